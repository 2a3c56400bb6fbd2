import FidelintCore
import Foundation

/// Text that stops mid-sentence, the signature of an output token limit:
/// - the article's last paragraph (or list item) of at least seven words, or the last paragraph of
///   a section (the block before a heading), ends without terminal punctuation on a function word
///   ("and the"), a comma, a semicolon, a dash or an opening parenthesis, or on a half word
///   ("constru-");
/// - the article's last paragraph leaves a quotation or a parenthesis open;
/// - the article ends on a Markdown section heading with nothing after it, or on a bare
///   list number ("4.").
///
/// Headlines, captions, bylines, datelines and list items written without a period are not
/// truncation; short closing lines (bylines, labels, widgets) are skipped; a document that ends
/// inside a table is left to `truncated_table_row`.
///
/// Pattern source: `../shared/cases/TAXONOMY.md` §15 (Jetpack#28994, wp-innovator/innovator-ai#2)
/// and issue 5.
public struct TruncatedTextRule: Rule {
    public init() {}

    public let description = RuleDescription(
        identifier: "truncated_text", name: "Truncated Text",
        summary: "The article, a section or a list stops mid-sentence.",
        category: .truncatedText, defaultSeverity: .error,
        origin: "TAXONOMY §15 truncated_text; issue 5",
        triggeringExamples: [
            Example("Kessling Approves Cycle Lanes\n\nThe committee approved the network on Wednesday.\n↓Construction will start in the western districts, where accident rates are highest, and the\n"),
            Example("The board met on Tuesday.\n\n↓Members voted to raise fees for boats over eight metres,\n"),
            Example("# Budget Passes\n\n↓The council approved the plan after a long debate about the future of the\n\n## Reaction\n\nResidents welcomed the vote.\n", format: .markdown),
            Example("The mayor spoke last.\n\n↓She told the crowd that “the harbour will be rebuilt within two years and\n"),
            Example("↓Officials said the bridge would reopen after a thorough structural inspec-\n"),
            Example("# Ferry Timetable Changes\n\nThe ferry will run hourly from May.\n\n## ↓What Passengers Should Know\n", format: .markdown),
            Example("Steps to apply:\n\n1. Fill in the form online.\n2. Attach a copy of your passport.\n↓3.\n"),
        ],
        nonTriggeringExamples: [
            Example("The committee approved the network on Wednesday.\nConstruction will start in the western districts.\n\nReporting by Sela Okonkwo\n"),
            Example("Harbour Board Approves Fee Increase for Boats Moored in the Bay\n"),
            Example("The festival ends on Sunday with a parade through the old town and the\n\n| Day | Event |\n|---|---|\n| Sunday | Parade |\n"),
            Example("# Ferry Timetable\n\nThe following changes take effect in May:\n\n## Weekdays\n\n- Hourly sailings from 6 a.m.\n- Last ferry at 11 p.m.\n", format: .markdown),
            Example("“We will rebuild the harbour within two years,” the mayor told the crowd on Monday.\n\nBy Sela Okonkwo\n"),
            Example("The mayor spoke last, and the crowd cheered (loudly) when she finished her speech.\n"),
            Example("# Meal Plan\n\nThe one-week prep menu for those who follow Eating Plan A\n\n## Pre-Workout Meal\n\nEat an hour before.\n", format: .markdown),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] {
        let article = context.article
        // Indices of the blocks read (no copies of the blocks).
        let all = article.blocks
        let prose = all.indices.filter { all[$0].kind != .code && all[$0].kind != .fence && all[$0].kind != .caption }
        guard let lastIndex = prose.last, all[lastIndex].kind != .tableRow else { return [] }
        let lastBlock = all[lastIndex]
        var out: [Finding] = []
        // Sections: the block just before each heading (after the headline).
        for i in prose.indices.dropFirst() where all[prose[i]].kind == .heading {
            let block = all[prose[i]]
            let before = all[prose[i - 1]]
            guard before.kind == .paragraph, TextTools.hasLetterWords(before.text, atLeast: 7),
                  let why = Self.cutOff(before.text, atArticleEnd: false) else { continue }
            out.append(finding("Section ends mid-sentence before “\(TextTools.quote(block.text, limit: 40))”: \(why)", at: before.range))
        }
        // The end of the article.
        // Only Markdown headings: a title-like last line of plain text is as often a byline or an
        // author's job title, and an HTML page's last heading is often a widget's ("More stories").
        if lastBlock.kind == .heading, article.format == .markdown, prose.count >= 3,
           article.headlineBlock.map({ $0.range != lastBlock.range }) ?? true {
            out.append(finding("The article ends on the heading “\(TextTools.quote(lastBlock.text, limit: 50))” with nothing after it", at: lastBlock.range))
            return out
        }
        let bare = Self.trimmed(lastBlock.text)
        if bare.prefix(5).count <= 4, bare.hasSuffix("."), bare.dropLast().allSatisfy(\.isNumber), !bare.dropLast().isEmpty {
            out.append(finding("A numbered list stops at “\(bare)” with no item text", at: lastBlock.range))
            return out
        }
        guard let blockIndex = prose.last(where: { all[$0].kind != .tableRow && TextTools.hasLetterWords(all[$0].text, atLeast: 7) }),
              case let block = all[blockIndex],
              block.kind == .paragraph || block.kind == .listItem,
              !out.contains(where: { $0.range == block.range }),
              let why = Self.cutOff(block.text, atArticleEnd: true) else { return out }
        out.append(finding("Text stops mid-sentence: \(why)", at: block.range))
        return out
    }

    /// Why `text` reads as cut off, or `nil`. Open quotations and parentheses count only at the
    /// article's end (a quotation running over several paragraphs leaves them open on purpose).
    static func cutOff(_ text: String, atArticleEnd: Bool) -> String? {
        let text = Self.trimmed(text)
        guard let last = text.last else { return nil }
        func tail() -> String { "“…" + TextTools.words(text).suffix(6).map(String.init).joined(separator: " ") }
        if atArticleEnd {
            let c = Self.marks(text)
            if c.opens > c.closes || c.straight % 2 == 1 { return "\(tail())” leaves a quotation open" }
            if c.parens > 0 { return "\(tail())” leaves a parenthesis open" }
        }
        if ".!?…\"”’')]".contains(last) { return nil }
        if last == "-", let previous = text.dropLast().last, previous.isLetter {
            return "\(tail())-” ends on a half word"
        }
        // A function word mid-sentence is lowercase ("Plan A", "Part I" name things).
        if last.isLetter {
            let lastWord = TextTools.words(text).last.map(String.init) ?? ""
            if lastWord == lastWord.lowercased(), TextTools.functionWords.contains(lastWord) {
                return "\(tail())” ends on the function word “\(lastWord)” with no closing punctuation"
            }
        }
        if ",;(–—".contains(last) { return "\(tail())\(last)” ends on “\(last)” with no closing punctuation" }
        return nil
    }

    /// `text.trimmingCharacters(in: .whitespaces)`, without the call when `text` starts and ends
    /// with an ASCII character other than space and tab (then nothing is trimmed).
    static func trimmed(_ text: String) -> String {
        if let f = text.utf8.first, let l = text.utf8.last, f < 0x80, l < 0x80, f != 0x20, f != 0x09, l != 0x20, l != 0x09 {
            return text
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Counts of the characters “ and ” and ", and of ( less ), in `text`: from the UTF-8 bytes
    /// when every non-ASCII character is punctuation or space that forms its own character
    /// (`TextTools.isPunctuationOnly`), otherwise by characters.
    static func marks(_ text: String) -> (opens: Int, closes: Int, straight: Int, parens: Int) {
        if let counts = text.utf8.withContiguousStorageIfAvailable({ bytes in
            TextTools.isPunctuationOnly(bytes) ? byteMarks(bytes) : nil
        }) {
            return counts ?? characterMarks(text)
        }
        if TextTools.isPunctuationOnly(text) {
            var opens = 0, closes = 0, straight = 0, parens = 0
            var previous1: UInt8 = 0, previous2: UInt8 = 0
            for b in text.utf8 {
                switch b {
                case 0x22: straight += 1
                case 0x28: parens += 1
                case 0x29: parens -= 1
                // “ is E2 80 9C, ” is E2 80 9D.
                case 0x9C where previous1 == 0x80 && previous2 == 0xE2: opens += 1
                case 0x9D where previous1 == 0x80 && previous2 == 0xE2: closes += 1
                default: break
                }
                previous2 = previous1
                previous1 = b
            }
            return (opens, closes, straight, parens)
        }
        return characterMarks(text)
    }

    /// `marks` by `Character`s (any text).
    static func characterMarks(_ text: String) -> (opens: Int, closes: Int, straight: Int, parens: Int) {
        let opens = text.filter { $0 == "“" }.count, closes = text.filter { $0 == "”" }.count
        let straight = text.filter { $0 == "\"" }.count
        let parens = text.filter { $0 == "(" }.count - text.filter { $0 == ")" }.count
        return (opens, closes, straight, parens)
    }

    /// The byte loop of `marks`, over UTF-8 `bytes` that `TextTools.isPunctuationOnly` accepts.
    static func byteMarks(_ bytes: UnsafeBufferPointer<UInt8>) -> (opens: Int, closes: Int, straight: Int, parens: Int) {
        var opens = 0, closes = 0, straight = 0, parens = 0
        var i = 0
        let n = bytes.count
        while i < n {
            switch bytes[i] {
            case 0x22: straight += 1
            case 0x28: parens += 1
            case 0x29: parens -= 1
            // “ is E2 80 9C, ” is E2 80 9D.
            case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80:
                if bytes[i + 2] == 0x9C { opens += 1 } else if bytes[i + 2] == 0x9D { closes += 1 }
            default: break
            }
            i += 1
        }
        return (opens, closes, straight, parens)
    }
}
