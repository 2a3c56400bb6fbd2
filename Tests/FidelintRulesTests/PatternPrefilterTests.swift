import FidelintCore
import FidelintRegex
@testable import FidelintRules
import Foundation
import Testing

/// Pattern-rule prefilters (`prefilter:` literals in the rule files): sound on every text we have
/// (no match of a shipped pattern lacks its literals, and linting with and without the prefilters
/// gives the same findings), and a declared literal that the rule's own examples contradict is
/// refused when the file loads.
@Suite struct PatternPrefilterTests {
    static let patternRules = TestSupport.rules.compactMap { $0 as? PatternRule }

    /// Every readable text: the rules' examples, Tests/Fixtures, and `../shared/cases` and
    /// `../shared/corpus` when present (path, text).
    static let texts: [(path: String, text: String)] = {
        var out: [(String, String)] = []
        for rule in patternRules {
            for example in rule.description.triggeringExamples + rule.description.nonTriggeringExamples {
                out.append((example.origin + ".txt", example.stripped.text))
            }
        }
        var folders = [TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures")]
        if let shared = TestSupport.shared {
            folders += [shared.appendingPathComponent("cases"), shared.appendingPathComponent("corpus")]
        }
        let kept: Set<String> = ["txt", "md", "markdown", "html", "htm", "json"]
        for folder in folders {
            guard let e = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let rel as String in e where kept.contains((rel as NSString).pathExtension.lowercased()) {
                let url = folder.appendingPathComponent(rel)
                if let text = try? String(contentsOf: url, encoding: .utf8) { out.append((url.path, text)) }
            }
        }
        return out
    }()

    @Test func shippedRulesDeclarePrefilters() {
        // A rule scoped to the first or last lines reads a few lines only: it needs no prefilter.
        let without = Set(Self.patternRules.filter { rule in
            guard rule.prefilter == nil else { return false }
            if case .text = rule.scope { return true }
            return false
        }.map(\.identifier))
        // Its matches are lines of symbols: no literal is in every match.
        #expect(without == ["junk_glyphs"])
        #expect(Self.texts.count > 100)
    }

    /// Every match of every shipped pattern, in every text, contains one of its literals.
    @Test func everyMatchContainsALiteral() throws {
        let matcher = PCRE2Matcher.forCurrentThread()
        var checked = 0
        for (path, text) in Self.texts {
            let bytes = Array(text.utf8)
            let lowered = ByteText.lowercasedASCII(bytes)
            for rule in Self.patternRules {
                guard let prefilter = rule.prefilter else { continue }
                for m in try matcher.matches(rule.regex, in: bytes) {
                    checked += 1
                    #expect(prefilter.covers(m.range, in: bytes, lowered: lowered),
                            "\(rule.identifier): match “\(String(decoding: bytes[m.range], as: UTF8.self))” in \(path)")
                }
            }
        }
        #expect(checked > 50)
    }

    /// Linting with the prefilters gives exactly the findings of linting without them.
    @Test func prefiltersDoNotChangeFindings() {
        let filtered: [any Rule] = Self.patternRules
        let unfiltered: [any Rule] = Self.patternRules.map(\.withoutPrefilter)
        var findings = 0
        for (path, text) in Self.texts {
            let format = ArticleFormat.forPath(path)
            let a = TestSupport.lint(text, format: format, path: path, rules: filtered)
            let b = TestSupport.lint(text, format: format, path: path, rules: unfiltered)
            findings += b.findings.count
            #expect(a.findings == b.findings, "\(path)")
            #expect(a.errors == b.errors, "\(path)")
        }
        #expect(findings > 50)
    }

    /// Whether `prefilter` lets `rule` run on the plain-text article `text` (whole view).
    static func mayMatch(_ prefilter: LiteralPrefilter, of rule: PatternRule, in text: String) -> Bool {
        let context = RuleContext(article: ArticleReaders.reader(for: .plain).read(SourceText(path: "t.txt", string: text)))
        let view = context.view(masking: rule.masks).utf8
        return prefilter.mayMatch(ArticleLiteralScan.of(context), view: view, bounds: 0..<view.count)
    }

    /// The prefilter skips an article without its literals, and scoped rules look only in scope.
    @Test func prefilterSkipsTextWithoutLiterals() throws {
        let rule = try #require(Self.patternRules.first { $0.identifier == "aggregator_disclaimer" })
        let prefilter = try #require(rule.prefilter)
        func may(_ text: String) -> Bool { Self.mayMatch(prefilter, of: rule, in: text) }
        #expect(!may("The council met on Monday.\nThe budget passed.\n"))
        #expect(may("The council met on Monday.\nThe post Budget Passes APPEARED first on Daily.\n"))
        #expect(may("Denial of responsibility! x.example is an automatic aggregator.\n"))
    }

    /// The scan records only the starts of wanted keys; a literal whose key a scan lacks (one
    /// parsed after the scan was made) always lets the pattern run.
    @Test func scanRecordsWantedKeys() throws {
        let literal = try PrefilterLiteral(parsing: "\\bbudget", caseless: true)
        let filter = LiteralPrefilter(literals: [literal])
        let text = Array("The Budget passed. A budgetary note.".utf8)
        let scan = ArticleLiteralScan(text)
        #expect(scan.positions(in: literal.bucket).map { Array($0) }?.filter { text[Int($0) + 1] == 0x75 } == [4, 21])
        #expect(filter.mayMatch(scan, view: text, bounds: 0..<text.count))
        #expect(!filter.mayMatch(scan, view: text, bounds: 5..<18))
        #expect(!filter.mayMatch(ArticleLiteralScan(Array("The council met.".utf8)), view: Array("The council met.".utf8), bounds: 0..<16))
        let bare = ArticleLiteralScan(Array("The council met.".utf8), table: WantedBuckets.Table(buckets: [], firstBytes: []))
        #expect(bare.positions(in: literal.bucket) == nil)
        #expect(filter.mayMatch(bare, view: Array("The council met.".utf8), bounds: 0..<16))
    }

    /// The scan's 64-byte blocks find what its byte-by-byte reference finds: on every text, and
    /// with the characters that send a block to the reference (line breaks, ſ, K) or that the
    /// blocks classify themselves (other non-ASCII, controls, `_`) at every offset of a block.
    @Test func blockScanMatchesByteScan() {
        let table = WantedBuckets.shared.table
        var texts = Self.texts.map(\.text)
        let filler = String(repeating: "Word, me. ", count: 8)
        for piece in ["x\u{2028}Copy", "a\u{85}b", "as ſtated", "40 \u{212A}", "café", "—", "\r\nshare", "\t \u{B}x", "_ai", "\u{1}x", "\n\n  \n"] {
            for k in 0..<70 { texts.append(String(filler.prefix(k)) + piece + " [insert your name] here\n  Share this\n" + filler) }
        }
        var compared = 0
        for text in texts {
            let bytes = Array(text.utf8)
            let wide = ArticleLiteralScan(bytes, table: table), narrow = ArticleLiteralScan(bytes, table: table, wide: false)
            #expect(wide.starts == narrow.starts && wide.bucketEnds == narrow.bucketEnds, "\(text.prefix(80))")
            #expect(wide.lineStarts == narrow.lineStarts && wide.foldsToASCII == narrow.foldsToASCII, "\(text.prefix(80))")
            compared += narrow.starts.count + narrow.lineStarts.count
        }
        #expect(compared > 10_000)
    }

    /// (literal, text, covered): the whole text is the match; anchors and edges are checked.
    @Test(arguments: [
        ("\\bai\\b", "an AI, I", true),
        ("\\bai\\b", "AI", true),
        ("\\bai\\b", "said", false),
        ("\\bai\\b", "ai_x", false),
        // A non-ASCII neighbour passes: PCRE2's Unicode \b may or may not hold there.
        ("\\bai\\b", "éai", true),
        ("^copy", "Copy code", true),
        ("^copy", "x\n \tcopy", true),
        ("^copy", "x\r\ncopy", true),
        ("^copy", "x\u{2028}copy", true),
        ("^copy", "x\u{85}copy", true),
        ("^copy", "to copy", false),
        ("\\Ahere\\b", " \n Here is", true),
        ("\\Ahere\\b", "\u{A0}here", true),
        ("\\Ahere\\b", "x here", false),
        ("\\bturn\\d", "turn0search", true),
        ("\\bturn\\d", "turn\u{663}", true),
        ("\\bturn\\d", "turned", false),
        ("\\bturn\\d", "turn", false),
    ])
    func anchorsAndEdgesAreChecked(_ literal: String, _ text: String, _ covered: Bool) throws {
        let filter = LiteralPrefilter(literals: [try PrefilterLiteral(parsing: literal, caseless: true)])
        let bytes = Array(text.utf8)
        #expect(filter.covers(0..<bytes.count, in: bytes) == covered)
    }

    @Test func parsedAnchorsAndEdges() throws {
        let a = try PrefilterLiteral(parsing: "\\bAI\\b", caseless: true)
        #expect(a.anchor == .wordStart && a.edge == .wordEnd && a.bytes == Array("ai".utf8))
        let b = try PrefilterLiteral(parsing: "^Note:", caseless: true)
        #expect(b.anchor == .lineStart && b.edge == .none && b.description == "^note:")
        let c = try PrefilterLiteral(parsing: "\\Ahere", caseless: true)
        #expect(c.anchor == .textStart && c.description == "\\Ahere")
        let d = try PrefilterLiteral(parsing: "\\bturn\\d", caseless: true)
        #expect(d.anchor == .wordStart && d.edge == .digit)
        let e = try PrefilterLiteral(parsing: "[insert", caseless: true)
        #expect(e.anchor == .none && e.edge == .none)
    }

    /// A literal inside a masked span (a quotation the rule skips) does not let the pattern run,
    /// and the view's own bytes decide the word edges.
    @Test func maskedLiteralsDoNotCount() throws {
        let rule = try #require(Self.patternRules.first { $0.identifier == "knowledge_cutoff" })
        let prefilter = try #require(rule.prefilter)
        func may(_ text: String) -> Bool { Self.mayMatch(prefilter, of: rule, in: text) }
        #expect(!may("“It was my car,” she said.\n"))
        #expect(may("It was my car, she said.\n"))
    }

    /// `firstLines` and `lastLines` give what the list of all non-blank lines gives.
    @Test func scopeLinesMatchTheLineList() {
        let texts = ["", "\n\n", "a", "a\n", "\n a \n\n b\n c \n\n", "one\ntwo\n\nthree\n \t \nfour", " \n\t\n"]
        for text in texts {
            let bytes = Array(text.utf8)
            let lines = PatternRule.nonBlankLines(bytes)
            for n in 1...5 {
                let first = lines.isEmpty ? nil : lines[0].lowerBound..<lines[min(n, lines.count) - 1].upperBound
                let last = lines.isEmpty ? nil : lines[max(0, lines.count - n)].lowerBound..<lines[lines.count - 1].upperBound
                #expect(PatternRule.firstLines(n, bytes) == first, "\(text.debugDescription) \(n)")
                #expect(PatternRule.lastLines(n, bytes) == last, "\(text.debugDescription) \(n)")
            }
        }
    }

    /// PCRE2's caseless Unicode matching folds exactly two non-ASCII characters to ASCII letters,
    /// U+017F (ſ → s) and U+212A (K → k); the scan lets everything through when either occurs.
    @Test func onlyTwoNonASCIICharactersFoldToASCIILetters() throws {
        let regex = try PCRE2Regex("^[a-z]$", options: .init(caseless: true, multiline: false))
        let matcher = PCRE2Matcher.forCurrentThread()
        var folding: [UInt32] = []
        for v in UInt32(0x80)...UInt32(0x10FFFF) {
            guard let scalar = Unicode.Scalar(v) else { continue }
            if try matcher.firstMatch(regex, in: Array(String(Character(scalar)).utf8)) != nil { folding.append(v) }
        }
        #expect(folding == [0x17F, 0x212A])
        #expect(ArticleLiteralScan(Array("a ſ b".utf8)).foldsToASCII)
        #expect(ArticleLiteralScan(Array("40 \u{212A}".utf8)).foldsToASCII)
        #expect(!ArticleLiteralScan(Array("Kelvin s é".utf8)).foldsToASCII)
    }

    @Test func foldingCharacterDisablesTheFilter() throws {
        let yaml = Self.demo.replacingOccurrences(of: "pattern: 'demo'", with: "pattern: 'ask'\nprefilter: ['\\bask']")
            .replacingOccurrences(of: "↓demo", with: "↓ask")
        let rule = try RuleFileLoader.load(yaml: yaml, path: "pack/demo_rule.yml", pack: "pack")
        #expect(rule.prefilter != nil)
        // "aſk" is a caseless match of "ask" for PCRE2 but holds no ASCII "ask".
        #expect(TestSupport.lint("They aſk twice.", rules: [rule]).findings.count == 1)
        #expect(TestSupport.lint("They ask twice.", rules: [rule]).findings.count == 1)
        #expect(TestSupport.lint("They asked twice.", rules: [rule]).findings.count == 1)
        #expect(TestSupport.lint("They tell twice.", rules: [rule]).findings.isEmpty)
    }

    /// The rule file of `RulePackTests`, which declares no prefilter.
    static let demo = RulePackTests.valid

    /// A declared literal that a match in the rule's examples lacks is refused at load time, at
    /// the example's line, naming the file, the match and the literals.
    @Test func badPrefilterIsRefusedAtLoad() {
        let yaml = Self.demo.replacingOccurrences(of: "pattern: 'demo'", with: "pattern: 'demo|sample'\nprefilter: ['\\bdemo']")
            .replacingOccurrences(of: "non_triggering: [\"nothing\"]", with: "non_triggering: [\"nothing\", \"a sample\"]")
        do {
            _ = try RuleFileLoader.load(yaml: yaml, path: "pack/demo_rule.yml", pack: "pack")
            Issue.record("expected the prefilter to be refused")
        } catch {
            #expect(error.file == "pack/demo_rule.yml")
            #expect(error.line == 11)
            #expect(error.message == "prefilter: the pattern matches “sample” in this example, which contains none of the prefilter literals '\\bdemo'; every match must contain one")
            #expect(error.description.hasPrefix("pack/demo_rule.yml:11: prefilter:"))
        }
    }

    /// (literal, caseless, message part).
    @Test(arguments: [
        ("two words", true, "contains white space"),
        ("", true, "is empty"),
        ("\\b", true, "is empty"),
        ("caf\u{E9}", true, "contains 'é'"),
        ("\\b[x", true, "a leading \\b must stand before a letter"),
        ("^", true, "is empty"),
        ("x.\\b", true, "a trailing \\b must stand after a letter"),
        ("a\\wb", true, "contains a backslash"),
        ("demo", true, "starts inside a word"),
        ("\\bx", true, "is one byte"),
        ("\\A\u{2014}x", true, "ASCII"),
    ])
    func badLiteralsAreRefused(_ text: String, _ caseless: Bool, _ expected: String) {
        do {
            _ = try PrefilterLiteral(parsing: text, caseless: caseless)
            Issue.record("expected '\(text)' to be refused")
        } catch {
            #expect(error.description.contains(expected), "\(error)")
        }
    }

    @Test func literalsAreLowerCasedAndUncasedNonASCIIIsAllowed() throws {
        #expect(try PrefilterLiteral(parsing: "\\bUTM_Source=", caseless: true).bytes == Array("utm_source=".utf8))
        #expect(try PrefilterLiteral(parsing: "【", caseless: true).bytes == Array("【".utf8))
        #expect(try PrefilterLiteral(parsing: "\\bcaf\u{E9}", caseless: false).bytes == Array("caf\u{E9}".utf8))
    }

    /// A group (a list inside the list) needs all its literals, in the scope and in each match.
    @Test func groupsNeedAllTheirLiterals() throws {
        let yaml = Self.demo.replacingOccurrences(of: "pattern: 'demo'", with: "pattern: 'demo\\s+day'\nprefilter: [['\\bdemo', '\\bday']]")
            .replacingOccurrences(of: "↓demo", with: "↓demo day")
        let rule = try RuleFileLoader.load(yaml: yaml, path: "pack/demo_rule.yml", pack: "pack")
        #expect(rule.prefilter?.groups.map(\.count) == [2])
        #expect(rule.prefilter?.declared == "['\\bdemo', '\\bday']")
        #expect(TestSupport.lint("a demo day", rules: [rule]).findings.count == 1)
        #expect(TestSupport.lint("a demo\nday", rules: [rule]).findings.count == 1)
        let context = RuleContext(article: ArticleReaders.reader(for: .plain).read(SourceText(path: "t.txt", string: "a demo, then a night")))
        let view = context.view(masking: rule.masks).utf8
        #expect(rule.prefilter?.mayMatch(ArticleLiteralScan.of(context), view: view, bounds: 0..<view.count) == false)
        // A group that a match lacks part of is refused.
        let bad = yaml.replacingOccurrences(of: "'\\bday']]", with: "'\\bnight']]")
        do {
            _ = try RuleFileLoader.load(yaml: bad, path: "pack/demo_rule.yml", pack: "pack")
            Issue.record("expected the group to be refused")
        } catch {
            #expect(error.message.hasSuffix("literals ['\\bdemo', '\\bnight']; every match must contain one (all of a group in brackets)"), "\(error)")
        }
    }

    @Test func prefilterLineInFileErrors() {
        let yaml = Self.demo.replacingOccurrences(of: "pattern: 'demo'", with: "pattern: 'demo'\nprefilter: ['\\bde mo']")
        do {
            _ = try RuleFileLoader.load(yaml: yaml, path: "pack/demo_rule.yml", pack: "pack")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 8)
            #expect(error.message.contains("contains white space"))
        }
    }
}

extension PatternRule {
    /// The same rule without its prefilter (the pattern runs on every article).
    var withoutPrefilter: PatternRule {
        var rule = PatternRule(description: description, regex: regex, message: message, scope: scope, masks: masks, path: path,
                               readsPageResidue: readsPageResidue)
        rule.readsFrontMatter = readsFrontMatter
        return rule
    }
}
