import FidelintCore
@testable import FidelintRules
import Testing

/// Scraper residue families of issue 14: widget clusters as one finding, mojibake with its
/// repaired reading, leftover widget text in HTML, and the duplicate-section placement rules.
@Suite struct ScraperResidueTests {
    static func findings(_ text: String, _ format: ArticleFormat = .plain, rule: String? = nil) -> [ResolvedFinding] {
        let path = format == .html ? "t.html" : format == .markdown ? "t.md" : "t.txt"
        return TestSupport.lint(text, format: format, path: path).findings.filter { rule == nil || $0.ruleId == rule }
    }

    @Test func calendarIsOneFindingSpanningItsLines() {
        let text = "The fair opens on Saturday.\n\nNovember 2025\nL M M J V S D\n1 2\n3 4 5 6 7 8 9\n« Oct   Déc »\n\nEntry is free.\n"
        let f = Self.findings(text, rule: "calendar_widget")
        #expect(f.count == 1)
        #expect(f.first?.location.line == 3)
        #expect(f.first?.location.endLine == 7)
        #expect(f.first?.message.contains("5 lines") == true)
    }

    @Test func shareClusterIsOneFindingInMarkdown() {
        let text = "# Title\n\nThe pool reopens.\n\nCondividi su Facebook\nCondividi su WhatsApp\nStampa\n\nMore text follows here.\n"
        let f = Self.findings(text, .markdown, rule: "share_widget")
        #expect(f.count == 1)
        #expect(f.first?.location.line == 5)
        #expect(f.first?.location.endLine == 7)
    }

    @Test func paginationFormsInFiveLanguages() {
        for line in ["Page 2 of 7", "Página 1 de 3", "Seite 1 von 3", "Pagina 2 di 4", "1 2 3 … 10 Next ›", "« Précédent 1 2 Suivant »",
                     "Older posts / Newer posts"] {
            let f = Self.findings("The vote is on Friday.\n\(line)\n", rule: "pagination_widget")
            #expect(f.count == 1, "\(line)")
            #expect(f.first?.location.line == 2, "\(line)")
        }
        for clean in ["The home side won 3 - 1.", "Page 3 of the report lists the savings.", "Next", "2 - 1"] {
            #expect(Self.findings("The vote is on Friday.\n\(clean)\n", rule: "pagination_widget").isEmpty, "\(clean)")
        }
    }

    @Test func relatedHeaderNeedsLinkTitles() {
        let list = "The bridge reopens.\n\nYou may also like\nTram plans go on show\nWhy the ring road closes\n"
        #expect(Self.findings(list, rule: "sidebar_widget").map(\.location.line) == [3])
        #expect(Self.findings("The bridge reopens.\n\nRead more\n\nThe council meets in May to decide.\n", rule: "sidebar_widget").isEmpty)
    }

    @Test func mojibakeReportsTheGarbledWordsWithTheirRepair() {
        let f = Self.findings("The mayor said itâ€™s too early. The cafÃ© is closed.\n", rule: "mojibake")
        #expect(f.count == 1)
        #expect(f.first?.message == "Mojibake (UTF-8 read as Windows-1252, 2 garbled characters): “itâ€™s too early. The cafÃ©” should read “it’s too early. The café”")
        #expect(f.first?.location.column == 16)
    }

    @Test func mojibakeLeavesRealAccentedCapitalsAlone() {
        for clean in ["NÃO HÁ VAGAS EM SÃO PAULO.", "LE CHÂTEAU rouvre; « IRMÃ »", "Un système automatisé\u{00A0}».", "Ärger über Öl, 15 °C ± 2."] {
            #expect(Self.findings(clean + "\n", rule: "mojibake").isEmpty, "\(clean)")
        }
    }

    /// Measured decision (HTMLReader.isLeftoverText): a text-only element named as an ad or widget
    /// between paragraphs is read (and reported); one beside an ad slot or with live links stays chrome.
    @Test func leftoverWidgetTextInHTMLIsReadButLiveSlotsAreChrome() {
        let leftover = "<html><body><article><h1>T</h1><p>First paragraph of the story.</p>\n<div class=\"promo\">Sponsored</div>\n<p>Second paragraph.</p></article></body></html>"
        #expect(Self.findings(leftover, .html, rule: "ad_label").map(\.location.line) == [2])
        let slot = "<html><body><article><h1>T</h1><p>First paragraph of the story.</p>\n<div class=\"ad-wrap\"><div class=\"ad-label\">Advertisement</div><div class=\"slot\"></div></div>\n<p>Second paragraph.</p></article></body></html>"
        #expect(Self.findings(slot, .html, rule: "ad_label").isEmpty)
        let live = "<html><body><article><h1>T</h1><p>First paragraph of the story.</p>\n<div class=\"pager\">« Previous <a href=\"/p/1\">1</a> <a href=\"/p/2\">2</a> Next »</div>\n</article></body></html>"
        #expect(Self.findings(live, .html, rule: "pagination_widget").isEmpty)
    }

    @Test func duplicatedHTMLTableIsReportedAtItsTableLine() {
        let table = "<table>\n<tr><th>Reservoir</th><th>Level</th></tr>\n<tr><td>Upper Dene</td><td>81%</td></tr>\n<tr><td>Holm Moss</td><td>74%</td></tr>\n</table>\n"
        let html = "<html><body><article><h1>Levels</h1>\n<p>Levels rose.</p>\n" + table + "<p>Restrictions end.</p>\n" + table + "</article></body></html>"
        let f = Self.findings(html, .html, rule: "duplicate_section")
        #expect(f.map(\.location.line) == [9])
    }

    @Test func headlineIsNeverTheFirstCopy() {
        let h = "Water company fined after sewage spills into the river Dene on forty separate days last summer, regulator says"
        let text = "\(h)\n\n\(h).\n\nThe regulator said pumping stations had failed.\n"
        #expect(Self.findings(text, rule: "duplicate_section").isEmpty)
    }
}
