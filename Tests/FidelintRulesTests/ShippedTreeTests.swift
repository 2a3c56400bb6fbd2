@testable import FidelintRules
import Testing
import Yams

/// The shipped files' pre-parsed trees (issue 16, start-up time) are what Yams reads from their
/// text, and the shipped rules load the same either way.
@Suite struct ShippedTreeTests {
    /// A node as text: kind, mark, scalar text and whether it is plain; children in order.
    static func describe(_ node: Node) -> [String] {
        let mark = node.mark.map { "\($0.line):\($0.column)" } ?? "?"
        switch node {
        case let .scalar(s):
            return ["S \(mark) \(s.style == .plain ? "plain" : "quoted") \(s.string)"]
        case let .sequence(q):
            return ["Q \(mark) \(q.count)"] + q.flatMap(describe)
        case let .mapping(m):
            return ["M \(mark) \(m.count)"] + m.flatMap { describe($0.key) + describe($0.value) }
        case .alias:
            return ["A \(mark)"]
        }
    }

    @Test func everyTreeIsWhatYamsReads() throws {
        let all = EmbeddedRulePacks.files + EmbeddedRulePacks.registries
        #expect(Set(EmbeddedRulePacks.trees.keys) == Set(all.map(\.path)), "run Scripts/embed-rule-packs")
        for (path, contents) in all {
            let tree = try #require(ShippedTree.node(for: path), "\(path) has no tree: run Scripts/embed-rule-packs")
            let yams = try #require(try Yams.compose(yaml: contents))
            let a = Self.describe(tree), b = Self.describe(yams)
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            #expect(a == b, "\(path): the tree differs from Yams at item \(first)")
        }
    }

    /// Loaded from their trees (the run's way, examples not run) or from their text with every
    /// check (a user's way), the shipped pattern rules are the same rules.
    @Test func shippedRulesLoadTheSameFromTextAndTree() throws {
        let fromTrees = try RuleSet.loadShippedPatterns(verifyExamples: false)
        var fromText: [PatternRule] = []
        for (path, contents) in EmbeddedRulePacks.files {
            fromText.append(try RuleFileLoader.load(yaml: contents, path: "Rules/" + path, pack: String(path.split(separator: "/")[0])))
        }
        #expect(fromTrees.map(\.identifier) == fromText.map(\.identifier))
        for (a, b) in zip(fromTrees, fromText) {
            #expect(a.regex.pattern == b.regex.pattern && a.regex.options == b.regex.options, "\(a.identifier)")
            #expect(a.message == b.message && a.scope == b.scope && a.masks == b.masks && a.path == b.path, "\(a.identifier)")
            #expect(a.description.triggeringExamples == b.description.triggeringExamples, "\(a.identifier)")
            #expect(a.description.nonTriggeringExamples == b.description.nonTriggeringExamples, "\(a.identifier)")
            #expect(a.description.name == b.description.name && a.description.summary == b.description.summary, "\(a.identifier)")
            #expect(a.prefilter?.declared == b.prefilter?.declared && a.startsAtLines == b.startsAtLines, "\(a.identifier)")
            #expect(a.readsPageResidue == b.readsPageResidue && a.description.yields == b.description.yields, "\(a.identifier)")
        }
        _ = try RuleSet.loadShippedPatterns(verifyExamples: true)
    }

    @Test func registriesLoadTheSameFromTextAndTree() throws {
        for (path, contents) in EmbeddedRulePacks.registries {
            let node = try #require(ShippedTree.node(for: path))
            if path.hasSuffix("role-words.yml") {
                let a = RoleWords.lists(of: node), b = RoleWords.yamsLists(contents)
                #expect(a == b)
            } else if path.hasSuffix("entities.yml") {
                let file = DataFile(path: "Rules/" + path, typed: false)
                let a = try EntityRegistry.load(root: node, file: file), b = try EntityRegistry.load(yaml: contents, path: "Rules/" + path)
                #expect(a.people.map(\.id) == b.people.map(\.id) && a.people.map(\.origin) == b.people.map(\.origin))
                #expect(a.people.map(\.aliases) == b.people.map(\.aliases) && a.offices.map(\.id) == b.offices.map(\.id))
                #expect(a.offices.map(\.titles) == b.offices.map(\.titles) && a.offices.map(\.origin) == b.offices.map(\.origin))
            } else if path.hasSuffix("sources.yml") {
                let file = DataFile(path: "Rules/" + path, typed: false)
                let a = try SourceRegistry.load(root: node, file: file), b = try SourceRegistry.load(yaml: contents, path: "Rules/" + path)
                #expect(a.outlets.map(\.id) == b.outlets.map(\.id) && a.outlets.map(\.names) == b.outlets.map(\.names))
                #expect(a.outlets.map(\.domains) == b.outlets.map(\.domains) && a.outlets.map(\.origin) == b.outlets.map(\.origin))
            }
        }
    }

    /// The byte path of `isHostName` answers as the regular expression does.
    @Test func hostNameFastPathMatchesTheReference() {
        let names = ["reuters.com", "en.yna.co.kr", "a.b", "a", "", ".", "a..b", "-a.com", "a-.com", "a-b.com", "A1.B2", "x.com.",
                     ".x.com", "reuters.com\n", "a_b.com", "a b.com", "www.bbc.co.uk", String(repeating: "a", count: 63) + ".com",
                     String(repeating: "a", count: 64) + ".com", "1.2", "a.-", "a.b-c-d", "http://a.com", "a.com/x", "a:80.com"]
        for name in names {
            #expect(SourceRegistry.isHostName(name) == SourceRegistry.isHostNameReference(name), "\(name.debugDescription)")
        }
    }
}
