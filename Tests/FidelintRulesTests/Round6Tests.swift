import FidelintCore
import FidelintRules
import Foundation
import Testing

/// Issue 14, round six: capabilities measured on blind set H once it became a development set,
/// each tested here on wordings of our own (the fixtures in `Tests/Fixtures/generalize/round6` are
/// scored by `Scripts/test`).
@Suite struct Round6Tests {
    /// `(line, rule)` of every finding of `text`, in order.
    static func found(_ text: String, format: ArticleFormat = .plain, path: String = "test.txt") -> [String] {
        TestSupport.lint(text, format: format, path: path).findings.map { "\($0.location.line) \($0.ruleId)" }
    }

    /// A slot in the front matter is published with the page (its author line), and reported at
    /// its own line and column; a front matter without one stays quiet.
    @Test func slotsInFrontMatterAreFound() {
        let text = "---\ntitle: Cup semi-final ends level\nauthor: \"[Reporter Name]\"\n---\n\nThe match ended 2-2 after extra time.\n"
        let findings = TestSupport.lint(text, format: .markdown, path: "a.md").findings.filter { $0.ruleId == "template_placeholder" }
        #expect(findings.count == 1)
        #expect(findings.first?.location.line == 3)
        #expect(findings.first?.location.column == 10)
        #expect(findings.first?.message.contains("[Reporter Name]") == true)
        let clean = "---\ntitle: Cup semi-final ends level\nauthor: Dana Holt\ntags: [sport, football]\n---\n\nThe match ended 2-2.\n"
        #expect(TestSupport.lint(clean, format: .markdown, path: "b.md").findings.filter { $0.ruleId == "template_placeholder" }.isEmpty)
    }

    /// The chat envelope: an SEO field label on the article's last line is found; a book's title
    /// block at the end of a review, whose soft labels ("Titolo:") come without a template's, is not.
    @Test func fieldLabelsAtTheEndOfTheEnvelope() {
        let body = (1...8).map { "Paragraph \($0) of the report says the recall covers kettles sold since March." }.joined(separator: "\n\n")
        #expect(Self.found("Kettle Recall\n\n" + body + "\n\nSlug: kettle-recall-overheating\n").contains("19 seo_field_label"))
        let review = "Recensione\n\n" + body + "\n\nTitolo: La voce nella stanza accanto\nAutrice: Marta Lenzi\n"
        #expect(!Self.found(review).contains { $0.hasSuffix("seo_field_label") })
    }

    /// A paragraph inside the body that stops mid-sentence before the next paragraph, and one
    /// before a scraped label that stops on a function word.
    @Test func paragraphsCutInsideTheBody() {
        let text = """
        Chess Club

        She taught for forty years at the village school.

        Former pupils remember her as strict but fair. She had learned chess from her father and ran the club every W

        Her funeral will be held at St Mary's Church on Friday at 11am.
        """
        #expect(Self.found(text) == ["5 truncated_text"])
        let complete = text.replacingOccurrences(of: "every W", with: "every week.")
        #expect(Self.found(complete).isEmpty)
    }

    /// One finding per defect: a refusal that is also a knowledge-cutoff note is reported once.
    @Test func oneFindingForARefusalThatIsACutoffNote() {
        let text = "Storm Warning\n\nRain will fall all week.\n\nI don't have access to real-time weather data, so you may want to check the latest forecast.\n\nRoads are closed.\n"
        let residue = TestSupport.lint(text).findings.filter { $0.category == .assistantResidue }
        #expect(residue.count == 1)
    }

    /// A feed's footer ("appeared first on") is the aggregator rule's, not an attribution.
    @Test func feedFooterIsNoAttribution() {
        let text = "Title\n\nThe council met.\n\nThe post Council meets appeared first on Valley Star.\n"
        let rules = TestSupport.lint(text).findings.map(\.ruleId)
        #expect(rules.contains("aggregator_disclaimer"))
        #expect(!rules.contains("missing_source_link"))
    }
}
