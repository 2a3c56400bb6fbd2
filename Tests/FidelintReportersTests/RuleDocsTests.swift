import FidelintCore
import FidelintReporters
import FidelintRules
import Foundation
import Testing

/// Issue 17, point 7: `docs/rules/` is generated from the rules themselves and kept in step.
@Suite struct RuleDocsTests {
    static let docs = ReporterTests.packageRoot.appendingPathComponent("docs/rules")

    /// Every shipped rule has its committed page, equal to what `fidelint rules --write-docs`
    /// writes now, and the index lists every rule; no page is left for a rule that is gone.
    @Test func committedPagesMatchTheRules() throws {
        let rules = try RuleSet.all()
        for rule in rules {
            let path = Self.docs.appendingPathComponent(rule.identifier + ".md")
            let committed = try? String(contentsOf: path, encoding: .utf8)
            #expect(committed == RuleDocs.page(rule.description),
                    "docs/rules/\(rule.identifier).md is missing or stale: run `.build/release/fidelint rules --write-docs docs/rules`")
        }
        let index = try String(contentsOf: Self.docs.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(index == RuleDocs.index(rules.map(\.description)))
        let pages = try FileManager.default.contentsOfDirectory(atPath: Self.docs.path).filter { $0.hasSuffix(".md") && $0 != "README.md" }
        #expect(Set(pages) == Set(rules.map { $0.identifier + ".md" }))
    }

    /// A page holds the rule's facts and examples.
    @Test func pageHoldsSummaryOriginAndExamples() throws {
        let rule = try #require(try RuleSet.all().first { $0.identifier == "ad_label" })
        let page = RuleDocs.page(rule.description)
        #expect(page.hasPrefix("# \(rule.description.name) (`ad_label`)\n\n\(rule.description.summary)\n"))
        #expect(page.contains("| Category | `scraper-residue` |"))
        #expect(page.contains("## Reported (each ↓ marks where a finding starts)"))
        #expect(page.contains(rule.description.triggeringExamples[0].text))
        #expect(page.contains("disable: [ad_label]"))
    }

    /// SARIF carries each shipped rule's page as `helpUri`.
    @Test func sarifRulesCarryHelpUri() throws {
        var d = try #require(try RuleSet.all().first { $0.identifier == "ad_label" }).description
        d.helpURI = RuleDocs.url("ad_label")
        let run = LintRun(toolVersion: "t", rules: [d], files: [], fileErrors: [], root: "/", workingDirectory: "/")
        let sarif = SARIFReporter.report(run)
        #expect(sarif.contains("\"helpUri\" : \"https:\\/\\/github.com\\/fidelint\\/fidelint\\/blob\\/main\\/docs\\/rules\\/ad_label.md\"")
                || sarif.contains("\"helpUri\" : \"https://github.com/fidelint/fidelint/blob/main/docs/rules/ad_label.md\""), "\(sarif.prefix(2000))")
    }
}
