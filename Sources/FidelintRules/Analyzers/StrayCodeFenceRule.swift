import FidelintCore

/// Code-fence markers from an assistant's Markdown reply published in the article: a fence that
/// is never closed, or a fence pair whose body is prose rather than code. Both fence lines of a
/// prose-wrapping pair are reported. A balanced fence around code stays silent.
///
/// Pattern source: `../shared/cases/TAXONOMY.md` §8 (OpenOats#617, instacart/gadjit#5,
/// datalab-to/marker#1080); the curly-quote variant "“`html" is from the seed article, where an
/// autocorrect turned the first two backticks into a quotation mark.
public struct StrayCodeFenceRule: Rule {
    public init() {}

    public let description = RuleDescription(
        identifier: "stray_code_fence", name: "Stray Code Fence",
        summary: "A Markdown code fence from an assistant's reply is published around or inside prose.",
        category: .assistantResidue, defaultSeverity: .error,
        origin: "TAXONOMY §8 code_fence; seed article line 54",
        triggeringExamples: [
            Example("↓```html\nHarbour Tunnel Closed for Inspection\n\nThe tunnel will close overnight on Friday for a safety inspection.\n↓```\n"),
            Example("The table follows.\n\n↓“`html\n\nThe ministry said talks would resume in May.\n"),
            Example("The council met on Monday.\n↓```\n"),
        ],
        nonTriggeringExamples: [
            Example("Download the file with one request:\n```\ncurl -O https://data.example.org/latest.csv\n```\nEach row holds one station.\n"),
            Example("Install it:\n\n```bash\npip install proselint\n```\n"),
            Example("Use `code` inline, as in ``a`` and ```b```, without fences.\n"),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] {
        var out: [Finding] = []
        let source = context.article.source
        for fence in context.article.fences {
            let openText = TextTools.quote(source.text(fence.open))
            if let close = fence.close {
                guard fence.bodyIsProse else { continue }
                out.append(finding("Code fence “\(openText)” wraps prose: the assistant's Markdown fence was published with the article",
                                   at: fence.open, related: [RelatedRange(range: close, message: "closing fence")]))
                out.append(finding("Closing code fence “\(TextTools.quote(source.text(close)))” after prose: the assistant's Markdown fence was published with the article",
                                   at: close, related: [RelatedRange(range: fence.open, message: "opening fence")]))
            } else {
                out.append(finding("Unclosed code fence “\(openText)”: a stray fence marker from an assistant's reply", at: fence.open))
            }
        }
        return out
    }
}
