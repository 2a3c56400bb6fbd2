import Foundation
@testable import FidelintCore
@testable import FidelintRules
import Testing

/// Issue 14, capabilities 2 and 4: sentence completeness without a closed word list, and the
/// shapes of table cells cut mid-value.
@Suite struct CompletenessShapeTests {
    // MARK: - Cell shapes

    @Test func cutShapesOfEveryClass() {
        let cases: [(cell: String, column: [String], kind: String)] = [
            ("€389,0", ["€412,50", "€24,50", "€398,00"], "number"),
            ("1,2", ["1,234", "5,678"], "number"),
            ("6,7", ["12,404", "10,987", "987"], "number"),
            ("3.", ["6.2", "12.4", "9.7"], "number"),
            ("1:08:4", ["1:07:52", "1:08:10", "59:48"], "time"),
            ("2024-0", ["2024-03-12", "2024-04-02"], "date"),
            ("4", ["45%", "38%", "41%"], "percentage"),
            ("45", ["45%", "38%", "41%"], "percentage"),
            ("12 Ma", ["14 April 2024", "3 June 2024"], "date"),
            ("29 ju", ["3 août", "15 août", "1 septembre"], "date"),
            ("Indep", ["Independent", "Civic Union"], "word"),
            ("Liberal Dem", ["Liberal Democrat", "Conservative"], "word"),
            ("€2", ["€33.60", "€44.20"], "decimal"),
            ("3", ["34.1", "33.8"], "decimal"),
            ("7", ["2,45", "3,10", "1,95"], "decimal"),
            ("Every 1", ["Every 60 min", "No service"], "value"),
            ("10 am to 1", ["10 am to 5 pm", "10 am to 4 pm"], "value"),
        ]
        for c in cases {
            let cut = TruncatedTableRowRule.cutShape(c.cell, column: c.column)
            #expect(cut?.kind == c.kind, "\(c.cell)")
            #expect(cut?.cell == c.cell)
        }
    }

    @Test func legitimateValuesKeepTheirShape() {
        let cases: [(cell: String, column: [String])] = [
            ("12", ["1,204", "987", "12,404"]),          // an integer column of mixed widths
            ("0", ["45%", "38%"]),                          // zero needs no unit
            ("41,2", ["36,5", "12,7"]),                     // decimal commas, one place
            ("58:12", ["59:48", "1:00:41"]),                // a shorter time, complete
            ("Won", ["Won on penalties", "Lost"]),          // a whole word
            ("2019", ["2020", "2021"]),
            ("Total", ["Harlow", "Brennock"]),
            ("Platform 3", ["Platform 1 and 2", "Platform 4 and 5"]),   // a number the column ends on a function word after
            ("120", ["3.5", "4.5"]),                        // wider than every value: no prefix of one
            ("Every 45 min", ["Every 15 min", "Hourly"]),
            ("4", ["3.5", "—", "4.25"]),                    // decimals of mixed widths
        ]
        for c in cases {
            #expect(TruncatedTableRowRule.cutShape(c.cell, column: c.column) == nil, "\(c.cell)")
        }
        // Inside a table (not its last row) only values no format allows.
        #expect(TruncatedTableRowRule.cutShape("€389,0", column: ["€412,50", "€24,50"], lastRow: false) == nil)
        #expect(TruncatedTableRowRule.cutShape("27.", column: ["42.5", "31.0"], lastRow: false)?.kind == "number")
        #expect(TruncatedTableRowRule.cutShape("1:01:5", column: ["1:00:41", "1:01:15"], lastRow: false)?.kind == "time")
        #expect(TruncatedTableRowRule.cutShape("5:01.4", column: ["4:21.35", "4:58.90"], lastRow: false) == nil)
    }

    @Test func totalsRowsFollowNoColumn() {
        #expect(TruncatedTableRowRule.cutShape("9", column: ["8.6", "7.1"], total: true) == nil)
        #expect(TruncatedTableRowRule.cutShape("9", column: ["8.6", "7.1"])?.kind == "decimal")
        for label in ["Total", "TOTAL", "**Gesamt**", "Media", "Overall"] {
            #expect(TruncatedTableRowRule.isTotalLabel(label), "\(label)")
        }
        #expect(!TruncatedTableRowRule.isTotalLabel("Harbour"))
    }

    @Test func bylineOpeningsNeedAName() {
        #expect(TruncatedTextRule.isLabel("Por Ana Ruiz"))
        #expect(TruncatedTextRule.isLabel("By staff reporters"))
        #expect(TruncatedTextRule.isLabel("Par Jeanne Morel, à Lyon"))
        #expect(!TruncatedTextRule.isLabel("Por otra parte, los"))
        #expect(!TruncatedTextRule.isLabel("Par ailleurs, les"))
        #expect(TruncatedTextRule.cannotEnd("chaque", language: "fr"))
        #expect(!TruncatedTextRule.cannotEnd("Every", language: "en"))
    }

    @Test func gapMarkersAreNoValues() {
        for gap in ["—", "-", "n/a", "N/A", "TBC", "tbd", "…"] {
            #expect(TruncatedTableRowRule.isGap(gap), "\(gap)")
        }
        #expect(!TruncatedTableRowRule.isGap("0"))
    }

    // MARK: - Sentence completeness

    @Test func functionWordLanguages() {
        #expect(TextTools.functionWordLanguage(TextTools.words("la mayoría de los consultados estudia por la noche")) == "es")
        #expect(TextTools.functionWordLanguage(TextTools.words("afin de ne pas perturber les travaux dans la ville")) == "fr")
        #expect(TextTools.functionWordLanguage(TextTools.words("und Kunden mit Festpreisverträgen profitieren erst nach dem Ende")) == "de")
        #expect(TextTools.functionWordLanguage(TextTools.words("the board agreed to publish a plan at its meeting")) == "en")
        #expect(TextTools.isFunctionWord("ihrer", language: "de"))
        #expect(!TextTools.isFunctionWord("ist", language: "de"))   // German clauses end on verbs
        #expect(!TextTools.isFunctionWord("The", language: "en"))   // capitalised: a name ("Plan A")
    }

    @Test func internalSentenceEnds() {
        #expect(TextTools.internalSentenceEnds("Sales rose 4%. The") == 1)
        #expect(TextTools.internalSentenceEnds("He said “no.” Then he left, and the") == 1)
        #expect(TextTools.internalSentenceEnds("One sentence with no end") == 0)
        #expect(TextTools.internalSentenceEnds("It cost 3.5 million euros") == 0)
    }

    @Test func cutOffReasons() {
        func why(_ text: String, after: Bool = true) -> String? {
            var unit = TruncatedTextRule.Unit(text: text, range: SourceRange(start: 0, end: 0))
            unit.afterSentence = after
            return TruncatedTextRule.cutOff(unit, atArticleEnd: true)
        }
        #expect(why("Tickets cost the same as on weekdays. Staff will be recruited from the town's seasonal")?.contains("“seasonal”") == true)
        #expect(why("Sales to pubs outside the county rose by a third last year. The")?.contains("new sentence") == true)
        #expect(why("Los estudiantes llevaban dos años pidiendo más horas de apertura durante el")?.contains("“el”") == true)
        #expect(why("The council said it would widen the entrance before the first market day,")?.contains("“,”") == true)
        // Not cut.
        #expect(why("Reporting by Amira Castell and Jonah Whitby in Northfield; Editing by Tom Reyes") == nil)
        #expect(why("More information is on the trust's website at https://www.example.org/towpath") == nil)
        #expect(why("Harbour Board Approves Fee Increase for Boats Moored in the Bay") == nil)
        #expect(why("She told the crowd that the harbour would be rebuilt within two years.") == nil)
        #expect(why("The fields are cut, the barns are full\nthe swallows gather on the wire\nsit down at last beside the fire") == nil)
        #expect(why("One sentence without a full stop that runs on to the noun", after: false) == nil)
        #expect(why("Dallas Robinson is a freelance writer living in Minneapolis with two cats") == nil)
        #expect(why("evt.respondWith(cache.add(sheep.clone()).then(function(e) { return sheep; });") == nil)
    }

    @Test func labels() {
        #expect(TruncatedTextRule.isLabel("Tips for the courts desk: [email protected]"))
        #expect(TruncatedTextRule.isLabel("Photo: Northfield Health Trust archive and staff"))
        #expect(TruncatedTextRule.isLabel("By Sela Okonkwo and Tomas Brill in London"))
        #expect(!TruncatedTextRule.isLabel("The mayor had one message: the harbour will be rebuilt within two years and the"))
        #expect(!TruncatedTextRule.isLabel("Storm Isolde is the ninth named storm of the season, and meteorologists said its slow movement made it more dangerous than several windier storms earlier in the autumn and"))
    }

    // MARK: - Whole articles

    func findings(_ text: String, _ rule: any Rule, format: ArticleFormat = .plain) throws -> [Finding] {
        let article = ArticleReaders.reader(for: format).read(SourceText(path: "t", string: text))
        return try rule.check(RuleContext(article: article))
    }

    @Test func sentenceCaseHeadingsInPlainText() throws {
        let text = """
        Bus Routes Redrawn

        The board approved the plan on Tuesday after a long consultation.

        Routes 4 and 7 will be merged. Passengers from the villages will change buses at the interchange on Mill

        What changes for passengers

        New timetables will be posted at every stop two weeks before the changes.
        """
        let article = PlainTextReader().read(SourceText(path: "t", string: text))
        #expect(article.blocks.first { $0.text == "What changes for passengers" }?.kind == .heading)
        let found = try findings(text, TruncatedTextRule())
        #expect(found.count == 1)
        #expect(found.first?.message.contains("before “What changes for passengers”") == true)
        // A cut fragment is no heading; the last line of an article neither.
        #expect(!PlainTextReader.isSentenceCaseHeading("So, as the"))
        #expect(!PlainTextReader.isSentenceCaseHeading("Why it matters for the"))
        #expect(PlainTextReader.isSentenceCaseHeading("Why it matters"))
        #expect(PlainTextReader.isSentenceCaseHeading("Qué cambia para los inquilinos"))
    }

    @Test func articleInAFence() throws {
        let text = """
        ```markdown
        # Orbita Launches a Headset

        Orbita unveiled a lighter headset on Wednesday. It weighs 340 grams and ships in May.

        The company is pitching the device at businesses. Its main feature is a set of virtual monitors.

        ## Competition

        Orbita enters a crowded market. Several companies have released headsets in the past two years, and that

        ## Funding

        The company raised €62 million last year. It employs about 180 people in Helsinki.
        ```
        """
        let found = try findings(text, TruncatedTextRule(), format: .markdown)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("“that”") == true)
        let source = SourceText(path: "t", string: text)
        #expect(found.first.map { source.text($0.range).hasPrefix("Orbita enters a crowded market.") } == true)
    }

    @Test func borderlessPipeTable() throws {
        let text = """
        Visitor Numbers

        Museum | 2023 | 2024
        Castle Keep | 18,220 | 21,905
        Tide Mill | 9,430 | 11,012
        Weavers Hall | 12,870 | 14,3

        The county will publish the full report in June.
        """
        let article = PlainTextReader().read(SourceText(path: "t", string: text))
        #expect(article.tables.count == 1)
        #expect(article.tables.first?.rows.count == 3)
        let found = try findings(text, TruncatedTableRowRule())
        #expect(found.count == 1)
        #expect(found.first?.message.contains("“14,3”") == true)
        // A line of navigation is no table.
        let nav = PlainTextReader().read(SourceText(path: "t", string: "Home | News | Sport\n\nThe council met on Tuesday.\n"))
        #expect(nav.tables.isEmpty)
    }
}
