import FidelintCore
import Testing

/// The plain-text reader recovers structure: headline, headings, lists, pipe and flattened tables,
/// code fences, quotations and links, each with exact byte ranges.
@Suite struct PlainTextReaderTests {
    func read(_ text: String) -> Article { PlainTextReader().read(SourceText(path: "t.txt", string: text)) }

    @Test func headlineSkipsJunkAndLabels() {
        let a = read("* . * . .\nADVERTISEMENT\n\nPresident Lee Emphasizes Strong Partnership\n\nBody text here.\n")
        #expect(a.headlineBlock?.text == "President Lee Emphasizes Strong Partnership")
    }

    @Test func noHeadlineWhenTheArticleOpensWithASentence() {
        #expect(read("The minister arrived on Monday for talks.\nOfficials said little.\n").headline == nil)
    }

    @Test func flattenedTableCellsAreRecovered() throws {
        let text = "Intro line.\n\nSectorPotential ProjectsExpected Benefits\nEnergySolar power plants, Hydro projectsIncreased energy security\nTechnologyIT hubs, Digital skills trainingEnhanced innovation capacity\n"
        let a = read(text)
        let t = try #require(a.tables.first)
        #expect(t.style == .flattened)
        #expect(t.header.cells.map(\.text) == ["Sector", "Potential Projects", "Expected Benefits"])
        #expect(t.rows.map { $0.cells.map(\.text) } == [
            ["Energy", "Solar power plants, Hydro projects", "Increased energy security"],
            ["Technology", "IT hubs, Digital skills training", "Enhanced innovation capacity"],
        ])
        let cell = t.rows[1].cells[1]
        #expect(a.source.text(cell.range) == "IT hubs, Digital skills training")
    }

    @Test func sentenceRunIntoAFlattenedRowIsSplitOff() throws {
        let a = read("Focus AreaAction ItemsExpected Outcomes\nEconomyTrade dealsMore trade\nCultureStudent exchangesStronger bonds; Shared knowledge Certainly! Here’s the completed table:\n")
        let row = try #require(a.tables.first?.rows.last)
        #expect(row.cells.last?.text == "Stronger bonds; Shared knowledge")
        #expect(row.trailingText.map { a.source.text($0) } == "Certainly! Here’s the completed table:")
    }

    @Test func camelCaseProseIsNotATable() {
        #expect(read("The iPhone maker met McDonald's staff.\nThey use YouTube and eBay.\nNo deal followed.\n").tables.isEmpty)
    }

    @Test func pipeTableCountsCellsAsWritten() throws {
        let a = read("| A | B | C |\n|---|---|---|\n| 1 | 2 | 3 |\n| 4 | 5\n")
        let t = try #require(a.tables.first)
        #expect(t.style == .pipe)
        #expect(t.header.cells.map(\.text) == ["A", "B", "C"])
        #expect(t.rows.map(\.width) == [3, 2])
        #expect(t.rows.map(\.hasClosingDelimiter) == [true, false])
        // Pipes are tabs in the prose view, so no phrase match spans a cell boundary.
        #expect(!a.prose.utf8.contains(0x7C))
    }

    @Test func fencesAroundCodeAreMaskedAndProseFencesAreNot() {
        let code = read("Run it:\n```\ncurl -O https://x.example/a.csv\n```\nDone.\n")
        #expect(code.fences.count == 1 && code.fences[0].bodyIsProse == false)
        #expect(code.codeRanges.count == 1)
        let prose = read("```html\nHarbour Tunnel Closed for Inspection\n\nThe tunnel will close on Friday.\n```\n")
        #expect(prose.fences.first?.bodyIsProse == true)
        #expect(prose.codeRanges.isEmpty)
        let curly = read("Text.\n\n“`html\n\nMore text.\n")
        #expect(curly.fences.first?.info == "html" && curly.fences.first?.close == nil)
    }

    @Test func quotationsAreFoundWithinBlocks() {
        let a = read("He said \"Certainly, here it is\" and left.\nShe called it ‘the council’s plan’ today.\nAn “unclosed quote\n")
        let quoted = a.quotationRanges.map { a.source.text(SourceRange($0)) }
        #expect(quoted == ["\"Certainly, here it is\"", "‘the council’s plan’"])
    }

    @Test func linksAndBareURLs() {
        let a = read("See [the report](https://stats.example.org/r-1) and https://x.example/a_(b).\nAlso www.example.com.\n")
        #expect(a.links.map(\.target) == ["https://stats.example.org/r-1", "https://x.example/a_(b)", "www.example.com"])
        #expect(a.links.map(\.kind) == [.inline, .bare, .bare])
        #expect(a.links[0].text == "the report")
    }

    @Test func listItemsAndParagraphGroups() {
        let a = read("Intro.\n\n  • Energy: joint ventures.\n  • Transport: new roads.\nNext line.\n")
        #expect(a.blocks.map(\.kind) == [.paragraph, .listItem, .listItem, .paragraph])
        #expect(a.blocks[1].text == "Energy: joint ventures.")
        #expect(a.blocks.map(\.paragraph) == [1, 2, 2, 2])
    }
}

/// `TextTools.wordHashes` is `words` hashed, without the strings.
@Suite struct WordHashTests {
    @Test func sameAsHashingTheWords() {
        for text in ["", "one", "The harbour's new cranes - 12 of them - arrived", "co-op rock'n'roll a--b a- b '-x",
                     "naïve café ÉTÉ 3-d", "Don’t stop", "x-1 y'2 z-", "नमस्ते दुनिया", "a\u{0301}b c"] {
            #expect(TextTools.wordHashes(text) == TextTools.words(text).map { Fingerprint.fnv1a(String($0)) }, "\(text)")
        }
    }
}
