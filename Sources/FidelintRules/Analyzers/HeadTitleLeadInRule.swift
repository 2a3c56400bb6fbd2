import FidelintCore
import Foundation
import FidelintRegex

/// A chat reply's lead-in published as the HTML page's `<title>` or `og:title` ("Sure! Here's a
/// 500-word travel article about Vlieland for your blog"): the chat envelope's first line, which
/// the reader keeps out of the prose view when the page has its own `<h1>`.
///
/// The title text (entities decoded) is read with the lead-in grammars of the rule packs
/// `assistant-residue/assistant_preamble.yml` and `assistant_opener.yml` (affirmation ×
/// presentation verb × deliverable or addressee, six languages), so a new wording caught in the
/// body is caught in the head too, with no pattern of its own. A title that is also a block of the
/// prose (the headline taken from the head when there is no `<h1>`) is left to those rules.
/// Reported once per page, at the title's text in the source (byte offsets).
///
/// Pattern source: `../shared/cases/TAXONOMY.md` §1 preamble (cross-cutting rule 3: the lead-in
/// on the first line, the headline included); issue 14 capability 1 (the chat envelope: first and
/// last lines, the title).
public struct HeadTitleLeadInRule: Rule {
    public init() {}

    public let description = RuleDescription(
        identifier: "head_title_lead_in", name: "Lead-in in the Page Title",
        summary: "The page's <title> or og:title is a chat reply's lead-in, not a headline.",
        category: .assistantResidue, defaultSeverity: .error,
        origin: "TAXONOMY §1 preamble (position anchoring: the headline included); issue 14 capability 1 (the chat envelope)",
        triggeringExamples: [
            Example("<html><head><title>↓Sure! Here's a 500-word travel article about Vlieland for your blog</title></head>\n<body><article><h1>Vlieland</h1><p>The island is quiet.</p></article></body></html>\n", format: .html),
            Example("<html><head><meta property=\"og:title\" content=\"↓Claro, aquí tienes el artículo sobre la cosecha\"></head>\n<body><article><h1>La cosecha</h1><p>La cosecha fue buena.</p></article></body></html>\n", format: .html),
        ],
        nonTriggeringExamples: [
            Example("<html><head><title>Here is the news: council approves budget</title></head>\n<body><article><h1>Budget</h1><p>The council voted.</p></article></body></html>\n", format: .html),
            Example("<html><head><title>Chatbots say 'Sure! Here's your article' - and editors worry</title></head>\n<body><article><h1>Chatbots</h1><p>Editors worry.</p></article></body></html>\n", format: .html),
        ])

    /// The lead-in grammars, compiled from the embedded rule packs (nil when a pack is missing).
    static let grammars: [PCRE2Regex] = {
        ["assistant-residue/assistant_preamble.yml", "assistant-residue/assistant_opener.yml"].compactMap { path in
            guard let file = EmbeddedRulePacks.files.first(where: { $0.path == path }),
                  let rule = try? RuleFileLoader.load(yaml: file.contents, path: path, pack: "assistant-residue") else { return nil }
            return rule.regex
        }
    }()

    public func check(_ context: RuleContext) throws -> [Finding] {
        let article = context.article
        guard article.format == .html else { return [] }
        let src = article.source.utf8
        // The head: up to "<body" (or the first 16 KiB).
        let headEnd = Self.find(Array("<body".utf8), in: src, from: 0, to: min(src.count, 65_536)) ?? min(src.count, 16_384)
        var titles: [SourceRange] = []
        if let open = Self.find(Array("<title".utf8), in: src, from: 0, to: headEnd),
           let gt = src[open..<headEnd].firstIndex(of: 0x3E),
           let close = Self.find(Array("</title".utf8), in: src, from: gt + 1, to: headEnd) {
            titles.append(SourceRange(start: gt + 1, end: close))
        }
        var from = 0
        while let og = Self.find(Array("og:title".utf8), in: src, from: from, to: headEnd) {
            from = og + 8
            // The meta tag around it and its content="…" value.
            guard let lt = src[..<og].lastIndex(of: 0x3C), let gt = src[og..<headEnd].firstIndex(of: 0x3E),
                  let c = Self.find(Array("content=".utf8), in: src, from: lt, to: gt), c + 8 < gt else { continue }
            let quote = src[c + 8]
            guard quote == 0x22 || quote == 0x27, let end = src[(c + 9)..<gt].firstIndex(of: quote) else { continue }
            titles.append(SourceRange(start: c + 9, end: end))
        }
        let early = article.blocks.prefix(3).map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
        let matcher = PCRE2Matcher.forCurrentThread()
        var seen: Set<String> = []
        for var r in titles {
            while r.start < r.end, src[r.start] <= 0x20 { r = SourceRange(start: r.start + 1, end: r.end) }
            while r.end > r.start, src[r.end - 1] <= 0x20 { r = SourceRange(start: r.start, end: r.end - 1) }
            guard r.length > 0, r.length <= 400 else { continue }
            let text = Self.decode(article.source.text(r))
            guard !seen.contains(text), !early.contains(text) else { continue }
            seen.insert(text)
            let bytes = Array(text.utf8)
            for g in Self.grammars where (try? matcher.firstMatch(g, in: bytes)) != nil {
                return [finding("Assistant lead-in as the page title: “\(TextTools.quote(text, limit: 80))”", at: r)]
            }
        }
        return []
    }

    /// The first offset of `needle` (ASCII, matched without case) in `bytes[from..<to]`, or `nil`.
    static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int, to: Int) -> Int? {
        guard !needle.isEmpty, from >= 0, to <= bytes.count, to - from >= needle.count else { return nil }
        let first = needle[0]
        return bytes.withUnsafeBufferPointer { b -> Int? in
            var i = from
            let last = to - needle.count
            while i <= last {
                if b[i] | (b[i] &- 0x41 < 26 ? 0x20 : 0) == first {
                    var k = 1
                    while k < needle.count, b[i + k] | (b[i + k] &- 0x41 < 26 ? 0x20 : 0) == needle[k] { k += 1 }
                    if k == needle.count { return i }
                }
                i += 1
            }
            return nil
        }
    }

    /// `s` with the entities a title uses decoded and white space collapsed.
    static func decode(_ s: String) -> String {
        var t = s
        for (e, c) in [("&amp;", "&"), ("&#39;", "'"), ("&#039;", "'"), ("&apos;", "'"), ("&quot;", "\""), ("&rsquo;", "’"),
                       ("&lsquo;", "‘"), ("&#8217;", "’"), ("&nbsp;", " "), ("&#160;", " "), ("&ldquo;", "“"), ("&rdquo;", "”")]
        where t.contains(e) {
            t = t.replacingOccurrences(of: e, with: c)
        }
        return t.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
