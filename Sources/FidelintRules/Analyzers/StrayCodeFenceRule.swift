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
            Example("↓```html\n<html><body><h1>Comet Visible</h1><p>The comet can be seen at dusk.</p></body></html>\n↓```\n", format: .html),
            Example("↓```html\nHarbour Tunnel Closed for Inspection\n\nThe tunnel will close overnight on Friday for a safety inspection.\n↓```\n"),
            Example("The table follows.\n\n↓“`html\n\nThe ministry said talks would resume in May.\n"),
            Example("The council met on Monday.\n↓```\n"),
        ],
        nonTriggeringExamples: [
            Example("Download the file with one request:\n```\ncurl -O https://data.example.org/latest.csv\n```\nEach row holds one station.\n"),
            Example("Install it:\n\n```bash\npip install proselint\n```\n"),
            Example("Use `code` inline, as in ``a`` and ```b```, without fences.\n"),
        ],
        repair: .fencePair)

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
        if context.article.format == .html {
            // A fence the reader already kept (text inside the page's body) is reported once.
            let known = Set(out.map(\.range.start))
            out += pageFences(source).filter { !known.contains($0.range.start) }
        }
        return out
    }

    /// An HTML page wrapped in an assistant's fence: a fence line ("```html", "```") before the
    /// page's first tag or after its last one. The HTML parser keeps no trace of those lines (they
    /// are outside every element), so they are found in the source; a fence inside the page is
    /// text of an element (a `<pre>` sample) and is left alone.
    func pageFences(_ source: SourceText) -> [Finding] {
        let b = source.utf8
        guard let firstTag = b.firstIndex(of: 0x3C), let lastTag = b.lastIndex(of: 0x3E) else { return [] }
        var out: [Finding] = []
        let index = source.lineIndex
        for line in 1...index.lineCount {
            let r = index.rangeOfLine(line)
            guard r.end <= firstTag || r.start > lastTag else { continue }
            var s = r.start, e = r.end
            while s < e, b[s] == 0x20 || b[s] == 0x09 { s += 1 }
            while e > s, b[e - 1] == 0x20 || b[e - 1] == 0x09 { e -= 1 }
            guard e - s >= 3, (b[s] == 0x60 && b[s + 1] == 0x60 && b[s + 2] == 0x60) || (b[s] == 0x7E && b[s + 1] == 0x7E && b[s + 2] == 0x7E) else { continue }
            // The rest is an info string: letters, digits, "-" or "+".
            guard b[(s + 3)..<e].allSatisfy({ $0 == b[s] || $0 == 0x2D || $0 == 0x2B || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) else { continue }
            let range = SourceRange(start: s, end: e)
            let where_ = r.end <= firstTag ? "before the page's first tag" : "after the page's last tag"
            out.append(finding("Code fence “\(TextTools.quote(source.text(range)))” \(where_): the assistant's Markdown fence was published around the page", at: range))
        }
        return out
    }
}
