import FidelintCore

/// The article stops mid-sentence: its last paragraph of at least seven words has no terminal
/// punctuation and ends on a function word ("and the"), a comma, a semicolon or an opening
/// parenthesis, the signature of an output token limit. Short closing lines (bylines, labels,
/// widgets) are skipped; a document that ends inside a table is left to `truncated_table_row`.
///
/// Pattern source: `../shared/cases/TAXONOMY.md` §15 (Jetpack#28994, wp-innovator/innovator-ai#2).
public struct TruncatedTextRule: Rule {
    public init() {}

    public let description = RuleDescription(
        identifier: "truncated_text", name: "Truncated Text",
        summary: "The article's last sentence stops mid-sentence.",
        category: .truncatedText, defaultSeverity: .error,
        origin: "TAXONOMY §15 truncated_text",
        triggeringExamples: [
            Example("Kessling Approves Cycle Lanes\n\nThe committee approved the network on Wednesday.\n↓Construction will start in the western districts, where accident rates are highest, and the\n"),
            Example("The board met on Tuesday.\n\n↓Members voted to raise fees for boats over eight metres,\n"),
        ],
        nonTriggeringExamples: [
            Example("The committee approved the network on Wednesday.\nConstruction will start in the western districts.\n\nReporting by Sela Okonkwo\n"),
            Example("Harbour Board Approves Fee Increase for Boats Moored in the Bay\n"),
            Example("The festival ends on Sunday with a parade through the old town and the\n\n| Day | Event |\n|---|---|\n| Sunday | Parade |\n"),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] {
        let blocks = context.article.blocks.filter { $0.kind != .code && $0.kind != .fence && $0.kind != .caption }
        guard let lastBlock = blocks.last, lastBlock.kind != .tableRow else { return [] }
        guard let block = blocks.last(where: { $0.kind != .tableRow && TextTools.letterWords($0.text).count >= 7 }),
              block.kind == .paragraph || block.kind == .listItem else { return [] }
        // Only the closing stretch of the article: nothing but short lines may follow.
        let text = block.text.trimmingCharacters(in: .whitespaces)
        guard let last = text.last else { return [] }
        if ".!?…\"”’')]".contains(last) { return [] }
        let lastWord = TextTools.words(text).last.map { $0.lowercased() } ?? ""
        let endsOnFunctionWord = last.isLetter && TextTools.functionWords.contains(lastWord)
        guard endsOnFunctionWord || ",;(–—-".contains(last) else { return [] }
        let tail = endsOnFunctionWord ? "the function word “\(lastWord)”" : "“\(last)”"
        let words = TextTools.words(text)
        let quoted = words.suffix(6).map(String.init).joined(separator: " ")
        return [finding("Text stops mid-sentence at “…\(quoted)\(endsOnFunctionWord ? "" : String(last))”, ending on \(tail) with no closing punctuation",
                        at: block.range)]
    }
}
