/// What the Markdown and HTML walkers collect while they read, and the one way a finished block
/// enters the article: its text, its quotations, and a paragraph that is only a fence marker
/// ("“`html", or "```html" … "```" around prose in HTML).
protocol ArticleCollecting {
    var builder: ViewBuilder { get set }
    var blocks: [Block] { get set }
    var fences: [CodeFence] { get set }
    var quotations: [Range<Int>] { get set }
    var paragraph: Int { get set }
}

extension ArticleCollecting {
    /// Ends the builder's current block and adds it; returns its index, or nil when it was empty.
    @discardableResult
    mutating func addBlock(_ kind: BlockKind, table: Int? = nil, inQuotation: Bool) -> Int? {
        guard let (view, range) = builder.endBlock() else { return nil }
        paragraph += 1
        let text = String(decoding: builder.view[view], as: UTF8.self)
        blocks.append(Block(kind: kind, range: range, viewRange: view, text: text, paragraph: paragraph,
                            isQuotation: inQuotation, table: table))
        if inQuotation { quotations.append(view) } else { quotations += QuoteMarks.quotations(in: builder.view[view]) }
        if kind == .paragraph, let info = PlainTextReader.fenceInfo(text) {
            if info.isEmpty, let i = fences.lastIndex(where: { $0.close == nil }) {
                fences[i].close = range
            } else {
                fences.append(CodeFence(open: range, close: nil, info: info, bodyIsProse: true))
            }
        }
        return blocks.count - 1
    }
}
