import FidelintCore
import FidelintRules
import Foundation
import Testing

/// The chat envelope (issue 14 capability 1): quotation pairing across the publishing languages'
/// conventions, the envelope rule packs on new wordings in six languages, and the fixture folder
/// `Tests/Fixtures/generalize/envelope` (positives and clean near-misses).
@Suite struct ChatEnvelopeTests {
    /// The quoted substrings `QuoteScanner` finds in `text`.
    static func quoted(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return QuoteScanner.quotations(in: bytes[...]).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func quotationsPairAcrossConventions() {
        #expect(Self.quoted("Er sagte: „Gerne, hier ist der Bericht“, und ging.") == ["„Gerne, hier ist der Bericht“"])
        #expect(Self.quoted("Sie antwortete: »Es tut mir leid.« Dann ging sie.") == ["»Es tut mir leid.«"])
        #expect(Self.quoted("« Bien sûr, voici le plan », a-t-il dit.") == ["« Bien sûr, voici le plan »"])
        #expect(Self.quoted("“Sure. Here's the schedule,\" she said.") == ["“Sure. Here's the schedule,\""])
        #expect(Self.quoted("\"Claro, aqui está o relatório”, disse.") == ["\"Claro, aqui está o relatório”"])
        #expect(Self.quoted("„Ja“ und „Nein“") == ["„Ja“", "„Nein“"])
        #expect(Self.quoted("the phrase 'as an AI language model' shows up") == ["'as an AI language model'"])
        #expect(Self.quoted("Er sagte ‚ja‘ dazu.") == ["‚ja‘"])
        #expect(Self.quoted("He said “yes” and “no”.") == ["“yes”", "“no”"])
    }

    @Test func apostrophesAndUnpairedMarksQuoteNothing() {
        #expect(Self.quoted("The council’s plan and the students' union don't change.").isEmpty)
        #expect(Self.quoted("“unclosed at the end of the block").isEmpty)
        #expect(Self.quoted("It’s the mayor’s call, isn't it?").isEmpty)
        #expect(Self.quoted("She is 5'10\" tall").isEmpty)
    }

    /// The rule ids (of assistant residue) the shipped rules report on each line of `text`.
    static func residue(_ text: String, format: ArticleFormat = .plain) -> [Int: Set<String>] {
        var out: [Int: Set<String>] = [:]
        for f in TestSupport.lint(text, format: format).findings where f.category == .assistantResidue {
            out[f.location.line, default: []].insert(f.ruleId)
        }
        return out
    }

    @Test func leadInsInSixLanguages() {
        let cases: [(String, String)] = [
            ("Absolutely — below you'll find a tightened draft of the zoning piece.\n\nThe council met.\n", "assistant_preamble"),
            ("¡Claro que sí! Aquí tienes la crónica del pleno, lista para publicar.\n\nEl pleno aprobó el plan.\n", "assistant_preamble"),
            ("Avec plaisir ! Voici le compte rendu que vous avez demandé.\n\nLe conseil a voté.\n", "assistant_preamble"),
            ("Selbstverständlich! Hier ist deine Zusammenfassung der Sitzung.\n\nDer Rat tagte.\n", "assistant_preamble"),
            ("Com prazer! Aqui está a matéria sobre a votação.\n\nA câmara votou.\n", "assistant_preamble"),
            ("Volentieri! Ecco la sintesi della seduta.\n\nIl consiglio ha votato.\n", "assistant_preamble"),
            ("Here is a condensed version of the council story:\n\nThe council met.\n", "assistant_opener"),
        ]
        for (text, rule) in cases {
            #expect(Self.residue(text)[1]?.contains(rule) == true, "\(text)")
        }
    }

    @Test func closingOffersNeedAnOfferOfWork() {
        let offer = "The road reopens on Monday.\nFammi sapere se preferisci una versione più corta.\n"
        #expect(Self.residue(offer)[2] == ["assistant_closing_offer"])
        let column = "The road reopens on Monday.\nFammi sapere cosa ne pensi.\nLet me know what you think.\n"
        #expect(Self.residue(column).isEmpty)
    }

    @Test func thinkBlockInMarkdownIsReportedOnce() {
        let text = "---\ntitle: Vote\n---\n\n<think>\nPlan: lead with the result.\n</think>\n\nThe council voted 7-2.\n"
        let findings = TestSupport.lint(text, format: .markdown).findings.filter { $0.ruleId == "reasoning_block" }
        #expect(findings.count == 1)
        #expect(findings.first?.location.line == 5)
        #expect(findings.first?.location.endLine == 7)
    }

    @Test func quotedResidueIsJournalism() {
        let text = """
            Tram Depot Plan Approved

            „Natürlich, hier ist der Bericht, den Sie wollten“, sagte die Sprecherin.
            « Je ne peux pas fournir ces chiffres », a répondu le maire.
            “I'm sorry, but I can't discuss that," the director said.
            """
        #expect(Self.residue(text).isEmpty)
    }

    /// Every row of the envelope fixtures is found; clean near-misses get no finding at all.
    @Test func envelopeFixtures() throws {
        let folder = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/generalize/envelope")
        let tsv = try String(contentsOf: folder.appendingPathComponent("expected.tsv"), encoding: .utf8)
        var rows: [(file: String, category: String, line: Int?)] = []
        for line in tsv.split(separator: "\n").dropFirst() {
            let p = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            rows.append((p[0], p[1], Int(p[2])))
        }
        #expect(Set(rows.map(\.file)).count >= 25)
        #expect(Set(rows.filter { $0.category == "none" }.map(\.file)).count >= 8)
        for file in Set(rows.map(\.file)).sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let findings = TestSupport.lint(text, format: ArticleFormat.forPath(file), path: file).findings
            let expected = rows.filter { $0.file == file }
            if expected.allSatisfy({ $0.category == "none" }) {
                #expect(findings.isEmpty, "clean \(file): \(findings.map { "\($0.location.line) \($0.ruleId)" })")
                continue
            }
            for row in expected {
                let line = try #require(row.line)
                let hit = findings.contains { $0.category == .assistantResidue && ($0.location.line...$0.location.endLine).contains(line) }
                #expect(hit, "\(file):\(line) \(row.category) not found; got \(findings.map { "\($0.location.line) \($0.ruleId)" })")
            }
        }
    }

    /// `writer_note` (a general sentence model, `yields: true`) gives way where a specific
    /// assistant-residue rule reports the same sentence, and reports the sentences no other rule
    /// sees: one finding per defect (issue 14 capability 7).
    @Test func writerNoteYieldsToSpecificRules() {
        let both = "The river plan was approved.\n\nHere are the changes I made: I shortened the court section and removed the second figure.\n"
        #expect(Self.residue(both) == [3: ["assistant_meta_note"]])
        let only = "The river plan was approved.\n\nI've kept this under 300 words and used a neutral tone, as your outline suggested.\n"
        #expect(Self.residue(only) == [3: ["writer_note"]])
        let column = "I have kept a list of every stall for nineteen years, and you would be surprised how short it is.\n"
        #expect(Self.residue(column).isEmpty)
    }
}
