import FidelintCore
@testable import FidelintRules
import Foundation
import Testing

/// The source rules on 40 short articles of our own (`Tests/Fixtures/sources`, plain text,
/// Markdown and HTML): each positive file gives exactly the missing-source findings its
/// `expected.tsv` lists, each clean file none. Then the site-domain option, link classification,
/// the seed, and the source registry's loader.
@Suite struct SourceRulesTests {
    static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/sources")

    static func findings(_ file: String) throws -> [ResolvedFinding] {
        try TestSupport.fixtureFindings(folder, file, .missingSource)
    }

    @Test func everyRuleHasPositivesInEveryFormat() throws {
        let (positives, clean) = try TestSupport.ruleFixtures(Self.folder)
        let ext = { (f: String) in (f as NSString).pathExtension }
        for rule in ["missing_source_link", "source_domain_mismatch", "placeholder_link", "homepage_source_link", "unsourced_article"] {
            #expect(Set(positives.filter { $0.rule == rule }.map { ext($0.file) }) == ["txt", "md", "html"], "\(rule)")
        }
        #expect(Set(positives.filter { $0.rule == "self_source_link" }.map { ext($0.file) }) == ["md", "html"])   // plain: below
        #expect(Set(clean.map(ext)) == ["txt", "md", "html"])
    }

    @Test func positivesGiveExactlyTheirFindings() throws {
        let (positives, _) = try TestSupport.ruleFixtures(Self.folder)
        for file in Set(positives.map(\.file)).sorted() {
            let got = try Self.findings(file).map { TestSupport.RuleRow(file: file, rule: $0.ruleId, line: $0.location.line) }
            #expect(got.sorted { ($0.line, $0.rule) < ($1.line, $1.rule) }
                    == positives.filter { $0.file == file }.sorted { ($0.line, $0.rule) < ($1.line, $1.rule) }, "\(file)")
        }
    }

    @Test func cleanArticlesStaySilent() throws {
        for file in try TestSupport.ruleFixtures(Self.folder).clean {
            let got = try Self.findings(file)
            #expect(got.isEmpty, "\(file): \(got.map { "\($0.location.line) \($0.ruleId): \($0.message)" })")
        }
    }

    @Test func messagesNameTheSourceAndTheLink() throws {
        let missing = try #require(try Self.findings("s02-missing-markdown-portal.md").first)
        #expect(missing.message == "Attribution to “Korea.net” has no link to the source: “as detailed in statements released on Korea.net”")
        #expect(missing.location.column == 52)
        let mismatch = try #require(try Self.findings("s07-mismatch-html.html").first)
        #expect(mismatch.message == "“Korea.net” is named as the source, but the link goes to mofa.go.kr, not korea.net")
        #expect(mismatch.related.first?.message == "link to mofa.go.kr")
        // unsourced_article is placed at the first attribution missing_source_link does not report.
        #expect(try Self.findings("s17-unsourced-plain.txt").allSatisfy { $0.ruleId == "missing_source_link" })
        let unsourced = try #require(try Self.findings("s21-unsourced-markdown-placeholder.md").first { $0.ruleId == "unsourced_article" })
        #expect(unsourced.message == "The article attributes 2 claims to 2 published sources (“Uplands Courier”, “Yonhap”) but links no external source")
        #expect(unsourced.location.line == 3 && unsourced.related.map(\.location.line) == [5])
        let placeholder = try #require(try Self.findings("s09-placeholder-markdown.md").first)
        #expect(placeholder.message == "Link “the harbour board” has a placeholder target (“#”): it points to no source")
    }

    @Test func siteDomainOptionInPlainText() {
        let text = "Exports Fall\n\nExports fell, according to Reuters (https://www.harbourtimes.example/business/old-story).\n"
        let none = TestSupport.lint(text).findings.filter { $0.category == .missingSource }
        #expect(none.map(\.ruleId) == ["source_domain_mismatch"])   // without the site's domain, just another site
        let with = TestSupport.lint(text, options: LintOptions(siteDomain: "WWW.HarbourTimes.example")).findings.filter { $0.category == .missingSource }
        #expect(with.map(\.ruleId).sorted() == ["self_source_link", "unsourced_article"])
        #expect(with.first { $0.ruleId == "self_source_link" }?.message == "The link given for “Reuters” goes to this site (harbourtimes.example), not to the source")
    }

    @Test func minimumNumberOfSourceLinks() {
        let text = "Trade\n\nExports rose, according to Yonhap (https://en.yna.co.kr/view/1).\nImports fell, according to Reuters.\n"
        let options = LintOptions(ruleOptions: ["unsourced_article": ["min_links": 2]])
        let f = TestSupport.lint(text, options: options).findings.filter { $0.ruleId == "unsourced_article" }
        #expect(f.map(\.message) == ["The article attributes 2 claims to 2 published sources (“Yonhap”, “Reuters”) but links only 1 external source; at least 2 required"])
        #expect(TestSupport.lint(text).findings.filter { $0.ruleId == "unsourced_article" }.isEmpty)
        // 0 asks for no minimum: even an article with no link is not reported (it used to act as 1).
        let unlinked = "Trade\n\nImports fell, according to Reuters.\n"
        // missing_source_link reports the only attribution: no second finding at the same place.
        #expect(TestSupport.lint(unlinked).findings.map(\.ruleId).sorted() == ["missing_source_link"])
        let zero = LintOptions(ruleOptions: ["unsourced_article": ["min_links": 0]])
        #expect(TestSupport.lint(unlinked, options: zero).findings.map(\.ruleId) == ["missing_source_link"])
    }

    /// Regressions from an adversarial pass: each of these was reported before.
    @Test func attributionsThatAreNotUnlinkedClaims() {
        func ids(_ text: String, _ format: ArticleFormat = .plain) -> [String] {
            TestSupport.lint(text, format: format).findings.filter { $0.category == .missingSource }.map(\.ruleId)
        }
        // The source of the claim is the person or subject before the comma, not the outlet after it.
        #expect(ids("Talks\n\nThe talks stalled, according to the minister, who spoke to Reuters.\n").isEmpty)
        #expect(ids("Talks\n\nThe talks stalled, according to a minister who told Reuters on Monday.\n").isEmpty)
        #expect(ids("Talks\n\nCiting security concerns, the White House postponed the trip.\n").isEmpty)
        // A comma inside a number or date does not end the phrase.
        #expect(ids("Poll\n\nSupport fell, according to a survey of 1,000 adults published in The Lancet.\n")
                == ["missing_source_link"])
        // A wire's own story ("(Reuters) -", "(AP) —") citing the wire's own data.
        #expect(ids("Exports\n\nSEOUL, Sept 15 (Reuters) - Exports rose, according to a Reuters tally.\n").isEmpty)
        #expect(ids("Exports\n\n(Reuters) - Exports rose, Reuters reported.\n").isEmpty)
        #expect(ids("Exports\n\nSEOUL, Sept 15 (Reuters) - Exports rose, according to Yonhap.\n") == ["missing_source_link"])
        // A footnote anchor whose note links the source; "#1" is an anchor, not a placeholder.
        let html = "<html><body><article><h1>Trade</h1><p>Imports fell, according to Reuters.<sup><a href=\"#1\">1</a></sup></p>"
            + "<ol><li id=\"1\"><a href=\"https://www.reuters.com/markets/imports\">Reuters</a></li></ol></article></body></html>"
        #expect(ids(html, .html).isEmpty)
        // A footnote marker whose note has no link is still unlinked.
        #expect(ids("Trade\n\nImports fell, according to Reuters.[1]\n\n[1] Reuters, 15 September 2025.\n") == ["missing_source_link"])
        // Another list item linking a different outlet does not serve the attribution.
        #expect(ids("# Trade\n\n- Oil rose, according to [Reuters](https://www.reuters.com/oil).\n- Gold fell, according to Bloomberg.\n", .markdown)
                == ["missing_source_link"])
    }

    @Test func linkClassification() {
        func c(_ target: String, site: String? = nil) -> SourceLink {
            AttributionFinder.classify(Link(kind: .inline, target: target, text: "t", range: SourceRange(start: 0, end: 1)), site: site)
        }
        #expect(c("https://www.Reuters.com/markets/x").host == "reuters.com")
        #expect(c("https://user@news.example.org:8080/a?b").host == "news.example.org")
        #expect(c("#").isPlaceholder && c("").isPlaceholder && c("URL").isPlaceholder && c("turn0search3").isPlaceholder)
        #expect(c("https://example.com/x").isPlaceholder && !c("https://stats.example.org/x").isPlaceholder)
        #expect(c("https://www.reuters.com/").isHomepage && c("https://www.reuters.com").isHomepage && !c("https://www.reuters.com/x").isHomepage)
        #expect(c("/news/x").host == nil && !c("/news/x").isExternal)
        #expect(!c("https://harbourtimes.example/x", site: "harbourtimes.example").isExternal)
        #expect(c("https://web.archive.org/web/2025/https://www.reuters.com/x").host == "reuters.com")
    }

    @Test(.enabled(if: TestSupport.shared != nil, "../shared is absent"))
    func seedGivesTheKoreaNetFindingAndTheDocumentFinding() throws {
        let seedDir = TestSupport.shared!.appendingPathComponent("seed")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: seedDir.path).first { $0.hasSuffix(".txt") })
        let text = try String(contentsOf: seedDir.appendingPathComponent(name), encoding: .utf8)
        let f = TestSupport.lint(text).findings.filter { $0.category == .missingSource }
        // unsourced_article does not repeat missing_source_link at line 8 (issue 14, capability 7).
        #expect(f.map { "\($0.location.line) \($0.ruleId)" } == ["8 missing_source_link"])
        #expect(f.allSatisfy { $0.message.contains("“Korea.net”") })
    }

    static func loadError(_ yaml: String) -> String? {
        do { _ = try SourceRegistry.load(yaml: yaml, path: "outlets.yml"); return nil } catch { return error.description }
    }

    @Test func registryRefusesBadHostsDatesNullsAndSharedNames() throws {
        let ok = "sources:\n  - id: ledger\n    name: Daily Ledger\n    domains: [dailyledger.example]\n    source: https://dailyledger.example/\n    as_of: 2025-01-01\n"
        for bad in ["x..y", "dailyledger.example:8080", "*.dailyledger.example", "-ledger.example", "ledger"] {
            #expect(Self.loadError(ok.replacingOccurrences(of: "[dailyledger.example]", with: "[\"\(bad)\"]"))
                    == "outlets.yml:4: '\(bad)' is not a host name (write reuters.com, not a URL)")
        }
        #expect(Self.loadError(ok.replacingOccurrences(of: "[dailyledger.example]", with: "[]")) == "outlets.yml:4: 'domains' must list at least one host name")
        #expect(Self.loadError(ok.replacingOccurrences(of: "2025-01-01", with: "2025-02-31")) == "outlets.yml:6: 'as_of' must be a date in the form YYYY-MM-DD, not '2025-02-31'")
        #expect(Self.loadError(ok.replacingOccurrences(of: "2025-01-01", with: "2024-02-29")) == nil)
        #expect(Self.loadError(ok.replacingOccurrences(of: "Daily Ledger", with: "~")) == "outlets.yml:3: 'name' must be a non-empty string, not null ('~')")
        #expect(Self.loadError(ok + "    aliases: [null]\n") == "outlets.yml:7: 'aliases' must be a non-empty string, not null ('null')")
        #expect(Self.loadError(ok.replacingOccurrences(of: "    as_of: 2025-01-01\n", with: "    as_of: 2025-01-01\n    as_of: 2025-01-02\n"))
                == "outlets.yml:6: invalid YAML: duplicate key 'as_of' in one mapping")
        #expect(Self.loadError("sources: [\n") == "outlets.yml:2: invalid YAML: while parsing a flow node, did not find expected node content (column 1)")
        #expect(SourceRegistry.isHostName("en.yna.co.kr") && SourceRegistry.isHostName("élysée.fr") && !SourceRegistry.isHostName("reuters.com."))
        // A name that two sources share: the user's entry would never be used.
        let shipped = try SourceRegistry.shipped()
        let reuters = try SourceRegistry.load(yaml: ok.replacingOccurrences(of: "Daily Ledger", with: "Reuters"), path: "outlets.yml")
        let clash = #expect(throws: RuleFileError.self) { try shipped.merged(with: reuters) }
        #expect(clash?.description == "outlets.yml:2: source 'ledger': the name 'Reuters' is already used by source 'reuters' (Rules/registries/sources.yml:11)")
    }

    @Test func registryLoadsAndErrorsNameFileAndLine() throws {
        let shipped = try SourceRegistry.shipped()
        #expect(shipped.outlet(named: "Reuters")?.domains == ["reuters.com"])
        #expect(shipped.outlet(named: "Korea.net")?.id == "korea-net")
        #expect(shipped.outlet(named: "www.korea.net")?.id == "korea-net")
        #expect(shipped.outlets.allSatisfy { $0.source.hasPrefix("http") && $0.asOf.count == 10 && !$0.domains.isEmpty })
        let ok = "sources:\n  - id: ledger\n    name: Daily Ledger\n    domains: [dailyledger.example]\n    source: https://dailyledger.example/\n    as_of: 2025-01-01\n"
        #expect(Self.loadError(ok) == nil)
        #expect(Self.loadError(ok.replacingOccurrences(of: "[dailyledger.example]", with: "[https://dailyledger.example/]")) == "outlets.yml:4: 'https://dailyledger.example/' is not a host name (write reuters.com, not a URL)")
        #expect(Self.loadError(ok + "    kind: blog\n") == "outlets.yml:7: unknown kind 'blog'; expected one of broadcaster, government, journal, newspaper, organization, other, wire")
        #expect(Self.loadError("outlets: []\n") == "outlets.yml:1: unknown key 'outlets' in a source registry; expected one of sources")
        #expect(Self.loadError(ok.replacingOccurrences(of: "    source: https://dailyledger.example/\n", with: "")) == "outlets.yml:2: a source is missing the required key 'source'")
        #expect(throws: RuleFileError.self) { try shipped.merged(with: SourceRegistry.load(yaml: ok.replacingOccurrences(of: "id: ledger", with: "id: reuters"), path: "x.yml")) }
    }
}
