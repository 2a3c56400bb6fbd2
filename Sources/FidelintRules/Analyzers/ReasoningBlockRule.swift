import FidelintCore

/// A reasoning model's thinking block (`<think>` … `</think>`, also `thinking`, `reasoning`,
/// `scratchpad`, `thought`, `reflection`) published with the article, reported once, from the
/// opening tag's line to the closing tag. A lone closing tag at a line's start (the reply began
/// inside the block) is reported on its own line; an unclosed opening tag alone on its line too.
///
/// The tags are read in the source bytes, not in the prose view: a Markdown reader drops a
/// `<think>` line as an HTML block, and its text with it, so a view-based pattern sees nothing.
/// Only tags that open a line count (a sentence that mentions "the <think> tag" does not), and
/// tags inside a fence whose body is code are skipped.
///
/// Pattern source: `../shared/cases/TAXONOMY.md` §11 reasoning_leak (jundot/omlx#2860,
/// Rapid-MLX#875, open-instruct's think-tag stripping; "report a tag block once, at its first
/// line"); issue 14 capability 1 (think tags).
public struct ReasoningBlockRule: Rule {
    public init() {}

    /// The tag names, lowercase ASCII.
    static let names: [[UInt8]] = ["think", "thinking", "reasoning", "scratchpad", "thought", "reflection"].map { Array($0.utf8) }

    public let description = RuleDescription(
        identifier: "reasoning_block", name: "Reasoning Block",
        summary: "A reasoning model's thinking block (<think> … </think>) is published with the article.",
        category: .assistantResidue, defaultSeverity: .error,
        origin: "TAXONOMY §11 reasoning_leak (think tags); issue 14 capability 1",
        triggeringExamples: [
            Example("↓<think>\nThe request is a short brief about the bridge.\n</think>\nThe bridge reopens on Monday.\n"),
            Example("---\ntitle: Bridge reopens\n---\n\n↓<thinking>\nKeep it short.\n</thinking>\n\nThe bridge reopens on Monday.\n", format: .markdown),
            Example("Keep it neutral and short.\n↓</think>\nThe bridge reopens on Monday.\n"),
        ],
        nonTriggeringExamples: [
            Example("Reasoning models wrap their notes in a <think> tag that apps hide from users.\n"),
            Example("The parser strips the tags:\n\n```\n<think>\nnotes\n</think>\n```\n", format: .markdown),
        ],
        repair: .line)

    public func check(_ context: RuleContext) throws -> [Finding] {
        let source = context.article.source
        let bytes = source.utf8
        // Nothing to do without a "</" or "<t", "<r", "<s" anywhere (most articles).
        guard bytes.contains(0x3C) else { return [] }
        let codeBodies = context.article.fences.compactMap { f -> SourceRange? in
            guard !f.bodyIsProse, let close = f.close else { return nil }
            return SourceRange(start: f.open.end, end: close.start)
        }
        var out: [Finding] = []
        let lines = source.lineIndex.lineCount
        var n = 1
        while n <= lines {
            let line = source.lineIndex.rangeOfLine(n)
            var p = line.start
            while p < line.end, bytes[p] == 0x20 || bytes[p] == 0x09 { p += 1 }
            guard p < line.end, bytes[p] == 0x3C, !codeBodies.contains(where: { $0.start <= p && p < $0.end }),
                  let tag = Self.tag(bytes, at: p, end: line.end) else { n += 1; continue }
            if tag.closing {
                out.append(finding("Closing reasoning tag “\(source.text(SourceRange(start: p, end: tag.end)))”: the end of a model's thinking block was published",
                                   at: SourceRange(start: p, end: tag.end)))
                n += 1
                continue
            }
            // Find the closing tag of the same name.
            var m = n, closeEnd: Int? = nil
            var q = tag.end
            while m <= lines, closeEnd == nil {
                let l = source.lineIndex.rangeOfLine(m)
                var k = max(q, l.start)
                while k < l.end {
                    if bytes[k] == 0x3C, let t = Self.tag(bytes, at: k, end: l.end), t.closing, t.name == tag.name {
                        closeEnd = t.end
                        break
                    }
                    k += 1
                }
                if closeEnd == nil { m += 1; q = 0 }
            }
            let first = TextTools.quote(source.text(SourceRange(start: tag.end, end: min(bytes.count, tag.end + 200))), limit: 60)
            if let closeEnd {
                out.append(finding("Model reasoning block “\(source.text(SourceRange(start: p, end: tag.end)))” published in the article (lines \(n)–\(m)): “\(first)”",
                                   at: SourceRange(start: p, end: closeEnd)))
                n = m + 1
            } else {
                // Unclosed: count it only when the tag stands alone on its line.
                var e = tag.end
                while e < line.end, bytes[e] == 0x20 || bytes[e] == 0x09 || bytes[e] == 0x0D { e += 1 }
                if e == line.end {
                    out.append(finding("Unclosed reasoning tag “\(source.text(SourceRange(start: p, end: tag.end)))”: a model's thinking block was published",
                                       at: SourceRange(start: p, end: tag.end)))
                }
                n += 1
            }
        }
        return out
    }

    /// The reasoning tag starting at `p` (`<name>` or `</name>`, ASCII case ignored) and the
    /// offset just past it, or `nil`.
    static func tag(_ bytes: [UInt8], at p: Int, end: Int) -> (name: Int, closing: Bool, end: Int)? {
        var i = p + 1
        guard i < end else { return nil }
        let closing = bytes[i] == 0x2F
        if closing { i += 1 }
        for (index, name) in names.enumerated() {
            let stop = i + name.count
            guard stop < end, bytes[stop] == 0x3E else { continue }
            var same = true
            for (j, c) in name.enumerated() where bytes[i + j] | 0x20 != c { same = false; break }
            if same { return (index, closing, stop + 1) }
        }
        return nil
    }
}
