import FidelintCore
import Foundation
import Testing

/// Inputs that broke the Markdown and HTML readers when a fresh session attacked them; each `↓`
/// marks where the finding must start (`FormatPositionTests.check`).
@Suite struct ReaderRegressionTests {
    let p = FormatPositionTests()

    @Test func strayEndTagInsideAParagraph() {
        p.check("<html><body><article><h1>Harbour reopens</h1>\n<p>The harbour reopened on Monday.</span> ↓As an AI language model, I cannot verify this.</p>\n</article></body></html>\n", .html)
    }

    @Test func whiteSpaceWrittenAsReferences() {
        p.check("<article><p>The harbour reopened on Monday.&#13;\n↓As an AI language model, I cannot verify this.</p></article>", .html)
        p.check("First.\n\nThe harbour reopened.&#13; ↓As an AI language model, I cannot verify.\n", .markdown)
    }

    @Test func apostropheInAnUnquotedAttribute() {
        p.check("<article><p>See <a href=/x title=O'Brien>the profile</a> for more.</p>\n<p>Then ↓As an AI language model, I wrote.</p></article>", .html)
    }

    @Test func ampersandWithoutSemicolonAndHTML5Entities() {
        p.check("First para.\n\nQ&amp A: ↓As an AI language model, I wrote.\n", .markdown)
        p.check("&bigstar; ↓As an AI language model, I wrote.\n", .markdown)
        p.check("<article><p>R&amp D ↓As an AI language model, I wrote.</p></article>", .html)
    }

    @Test func frontMatterThatIsNotFrontMatter() {
        p.check("---\n\nIntro line here.\n\n↓As an AI language model, I cannot browse.\n\n---\n\nMore text follows here.\n", .markdown)
        p.check("---\ntitle: Harbour news\ndate: 2024-01-01\n\nThe harbour reopened on Monday.\n\n↓As an AI language model, I cannot browse.\n\n---\n\nEnd.\n", .markdown)
    }

    @Test func frontMatterTitleWithAnUnquotedColon() {
        p.check("---\ntitle: Harbour update: ↓As an AI language model, I wrote this\ndate: 2024-05-01\n---\n\nBody text.\n", .markdown)
    }

    @Test func wrappedMarkdownLinesReadAsOneLine() {
        let findings = TestSupport.lint("Exports fell 4 percent last year, according to\nReuters.\n", format: .markdown).findings
        #expect(findings.map(\.ruleId) == ["missing_source_link"])
        p.check("Intro.\n\n↓As an AI<br>language model, I wrote.\n", .markdown)
    }

    @Test func fenceInsideABlockQuoteIsClosed() {
        #expect(TestSupport.lint("Intro text.\n\n> ```\n> x = 1\n> ```\n", format: .markdown).findings.isEmpty)
    }

    @Test func rowspanFillsLaterRows() {
        let html = "<article><table><tr><th>Sector</th><th>Projects</th><th>Benefits</th></tr><tr><td rowspan=\"2\">Energy</td><td>Solar</td><td>Power</td></tr><tr><td>Wind</td><td>Power</td></tr></table></article>"
        #expect(TestSupport.lint(html, format: .html).findings.isEmpty)
    }

    @Test func titleWithAnEntity() {
        p.check("<html><head><title>Harbour &amp; port: ↓As an AI language model, I wrote this title</title></head><body><p>x</p></body></html>", .html)
    }

    @Test func lessIndentedTableRow() {
        let findings = TestSupport.lint(" a | b\n---|---\nADVERTISEMENT here | x\n", format: .markdown, rules: [TestSupport.rule("ai_self_reference")]).findings
        #expect(findings.isEmpty)
        p.check("  A | B\n  ---|---\n↓As an AI language model, I | x\n", .markdown)
    }

    @Test func htmlLinkInsideMarkdownCounts() {
        #expect(TestSupport.lint("Exports fell 4 percent, according to <a href=\"https://reuters.com/x\">Reuters</a>.\n", format: .markdown).findings.isEmpty)
    }

    @Test func htmlFencePairAroundProse() {
        let findings = TestSupport.lint("<article><p>```html</p><p>The tunnel will close on Friday for an inspection.</p><p>```</p></article>", format: .html).findings
        #expect(findings.map(\.message).map { $0.hasPrefix("Code fence") || $0.hasPrefix("Closing code fence") } == [true, true])
    }

    @Test func headerColspanNamesTheMissingColumn() throws {
        let html = "<article><table><tr><th colspan=\"2\">Project</th><th>Benefit</th></tr><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td><td>e</td></tr></table></article>"
        let f = try #require(TestSupport.lint(html, format: .html).findings.first { $0.ruleId == "truncated_table_row" })
        #expect(f.message.contains("(missing “Benefit”)"))
    }

    @Test func classNamesThatOnlyContainAChromeWordAreContent() {
        for cls in ["sharemarket-report", "commentary", "promotion-news"] {
            let html = "<article><div class=\"\(cls)\"><p>↓As an AI language model, I wrote it.</p></div></article>"
            p.check(html, .html)
        }
    }
}
