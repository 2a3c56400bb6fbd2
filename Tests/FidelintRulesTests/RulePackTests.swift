import FidelintCore
import FidelintRegex
@testable import FidelintRules
import Foundation
import Testing

/// The embedded packs match Rules/ on disk, every analyzer is registered, and bad rule files fail
/// with the file, the line and what is wrong.
@Suite struct RulePackTests {
    @Test func embeddedPacksMatchRulesFolder() throws {
        let rulesDir = TestSupport.packageRoot.appendingPathComponent("Rules")
        var onDisk: [String: String] = [:]
        let e = FileManager.default.enumerator(atPath: rulesDir.path)!
        for case let rel as String in e where rel.hasSuffix(".yml") {
            onDisk[rel] = try String(contentsOf: rulesDir.appendingPathComponent(rel), encoding: .utf8)
        }
        let embedded = Dictionary(uniqueKeysWithValues: (EmbeddedRulePacks.files + EmbeddedRulePacks.registries).map { ($0.path, $0.contents) })
        #expect(Set(onDisk.keys) == Set(embedded.keys), "run Scripts/embed-rule-packs")
        for (path, text) in onDisk {
            #expect(embedded[path] == text, "\(path) is stale in EmbeddedRulePacks.swift: run Scripts/embed-rule-packs")
        }
    }

    @Test func everyAnalyzerIsRegistered() throws {
        let dir = TestSupport.packageRoot.appendingPathComponent("Sources/FidelintRules/Analyzers")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix("Rule.swift") }
        let registered = Set(BuiltInRules.all.map { String(describing: type(of: $0)) })
        #expect(Set(files.map { String($0.dropLast(".swift".count)) }) == registered)
    }

    static let valid = """
    id: demo_rule
    name: Demo Rule
    summary: Demo.
    category: scraper-residue
    message: "Demo {match}"
    origin: test
    pattern: 'demo'
    examples:
      triggering: ["↓demo"]
      non_triggering: ["nothing"]
    """

    @Test func validRuleLoads() throws {
        let rule = try RuleFileLoader.load(yaml: Self.valid, path: "pack/demo_rule.yml", pack: "pack")
        #expect(rule.identifier == "demo_rule")
        #expect(rule.description.defaultSeverity == .error)
        #expect(rule.scope == .text)
        #expect(rule.masks == [.code])
        let result = TestSupport.lint("a demo here", rules: [rule])
        #expect(result.findings.map(\.message) == ["Demo “demo”"])
    }

    /// (line of `valid` to replace, replacement lines, line the error must name, message part).
    @Test(arguments: [
        (3, "summary: Demo.\nseverty: warning", 4, "unknown key 'severty'"),
        (7, "pattern: '(unclosed'", 7, "pattern does not compile at byte 9"),
        (3, "summary: Demo.\nscope: sentence", 4, "unknown scope 'sentence'"),
        (4, "category: typos", 4, "unknown category 'typos'"),
        (3, "summary: Demo.\nseverity: fatal", 4, "severity must be error, warning or note"),
        (1, "id: other_rule", 1, "must equal the file name 'demo_rule'"),
        (3, "summary: Demo.\nskip: [links]", 4, "unknown skip 'links'"),
        (9, "  triggering: [\"demo without marker\"]", 9, "must mark each expected finding"),
    ])
    func badRuleFilesNameFileLineAndProblem(_ replace: Int, _ replacement: String, _ line: Int, _ expected: String) {
        var lines = Self.valid.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[replace - 1] = replacement
        let yaml = lines.joined(separator: "\n")
        do {
            _ = try RuleFileLoader.load(yaml: yaml, path: "pack/demo_rule.yml", pack: "pack")
            Issue.record("expected an error for \(replacement)")
        } catch {
            #expect(error.file == "pack/demo_rule.yml")
            #expect(error.line == line, "\(error)")
            #expect(error.message.contains(expected), "\(error.message)")
        }
    }

    @Test func missingExamplesAreRejected() {
        let yaml = Self.valid.replacingOccurrences(of: "  non_triggering: [\"nothing\"]\n", with: "").replacingOccurrences(of: "\n  non_triggering: [\"nothing\"]", with: "")
        #expect(throws: RuleFileError.self) { try RuleFileLoader.load(yaml: yaml, path: "pack/demo_rule.yml", pack: "pack") }
    }

    @Test func invalidYAMLIsAnError() {
        do {
            _ = try RuleFileLoader.load(yaml: "id: [unclosed\nname: x", path: "pack/demo_rule.yml", pack: "pack")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.hasPrefix("invalid YAML"))
        }
    }

    /// A catastrophic pattern fails fast with a clear error instead of hanging.
    @Test func backtrackingPatternHitsTheMatchLimit() throws {
        let yaml = Self.valid.replacingOccurrences(of: "pattern: 'demo'", with: #"pattern: '^(\w+\s?)*$'"#)
        let rule = try RuleFileLoader.load(yaml: yaml, path: "pack/demo_rule.yml", pack: "pack")
        let subject = String(repeating: "word ", count: 12) + String(repeating: "a", count: 40) + "!"
        let start = Date()
        let result = TestSupport.lint(subject, rules: [rule])
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.contains("rule 'demo_rule' aborted: match limit exceeded") == true, "\(result.errors)")
    }

    @Test func duplicateRuleIdsAreRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fidelint-pack-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let yaml = Self.valid.replacingOccurrences(of: "id: demo_rule", with: "id: ad_label")
        try yaml.write(to: dir.appendingPathComponent("ad_label.yml"), atomically: true, encoding: .utf8)
        do {
            _ = try RuleSet.all(extraPacks: [dir.path])
            Issue.record("expected a duplicate id error")
        } catch {
            #expect(error.description == dir.appendingPathComponent("ad_label.yml").path
                + ": duplicate rule id 'ad_label' (already defined in Rules/scraper-residue/ad_label.yml)")
        }
    }

    /// A user's rule whose example does not hold is refused at load time, at the example's line.
    @Test func userPackExamplesAreCheckedAtLoad() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fidelint-pack-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let yaml = Self.valid.replacingOccurrences(of: "non_triggering: [\"nothing\"]", with: "non_triggering: [\"a demo\"]")
        try yaml.write(to: dir.appendingPathComponent("demo_rule.yml"), atomically: true, encoding: .utf8)
        do {
            _ = try RuleSet.all(extraPacks: [dir.path])
            Issue.record("expected the failing example to be refused")
        } catch {
            #expect(error.line == 10)
            #expect(error.message.hasPrefix("non-triggering example gives a finding at line 1"), "\(error)")
        }
    }
}
