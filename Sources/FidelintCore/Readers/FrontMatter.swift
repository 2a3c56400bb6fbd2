import Foundation
import Yams

/// YAML front matter at the top of a Markdown file (Hugo, Jekyll, Astro): a `---` line, YAML, and
/// a closing `---` or `...` line. Read with Yams.
struct FrontMatter {
    /// The whole front matter, fences included (blanked before Markdown parsing).
    var range: SourceRange
    var metadata: ArticleMetadata
    /// Where the `title` value stands in the source, when it can be found on its line.
    var titleRange: SourceRange?
    /// A YAML error, reported as a finding-free note to the reader (the body is still read).
    var error: String?

    /// Finds and reads front matter; `nil` when the file does not start with a `---` line.
    static func read(_ source: SourceText) -> FrontMatter? {
        let index = source.lineIndex
        guard index.lineCount >= 2, source.text(index.rangeOfLine(1)).trimmingCharacters(in: .whitespaces) == "---" else { return nil }
        var closing: Int? = nil
        for line in 2...index.lineCount {
            let t = source.text(index.rangeOfLine(line)).trimmingCharacters(in: .whitespaces)
            if t == "---" || t == "..." { closing = line; break }
        }
        guard let closing else { return nil }
        // Every line between the fences must read as YAML (a key, a list item, an indented or
        // blank line, a comment); a prose line means the "---" was a thematic break.
        for line in 2..<closing {
            let raw = source.text(index.rangeOfLine(line))
            let t = raw.trimmingCharacters(in: .whitespaces)
            let isKey = t.range(of: #"^[A-Za-z0-9_"'-][^:]*:(\s|$)"#, options: .regularExpression) != nil
            guard t.isEmpty || t.hasPrefix("#") || t.hasPrefix("- ") || raw.hasPrefix(" ") || raw.hasPrefix("\t") || isKey else {
                return nil
            }
        }
        let yamlRange = SourceRange(start: index.lineStarts[1], end: index.lineStarts[closing - 1])
        let whole = SourceRange(start: 0, end: index.rangeOfLine(closing).end)
        var meta = ArticleMetadata()
        var titleRange: SourceRange? = nil
        do {
            guard let node = try Yams.compose(yaml: source.text(yamlRange)), let map = node.mapping else {
                return nil   // YAML that is not a mapping: not front matter
            }
            func scalar(_ key: String) -> (String, Node)? {
                guard let v = map[key], let s = v.scalar?.string, !s.isEmpty else { return nil }
                return (s, v)
            }
            if let (title, node) = scalar("title") {
                meta.title = title
                if let mark = node.mark {
                    let line = 1 + mark.line   // YAML line 1 is file line 2
                    if line <= index.lineCount {
                        let lineRange = index.rangeOfLine(line)
                        let text = Array(source.utf8[lineRange.start..<lineRange.end])
                        let needle = Array(title.utf8)
                        if let at = (0...max(0, text.count - needle.count)).first(where: { text.count >= needle.count && Array(text[$0..<($0 + needle.count)]) == needle }) {
                            titleRange = SourceRange(start: lineRange.start + at, end: lineRange.start + at + needle.count)
                        } else {
                            // Escaped or quoted differently: the value after the key.
                            let colon = text.firstIndex(of: 0x3A).map { $0 + 1 } ?? 0
                            var start = colon
                            while start < text.count, text[start] == 0x20 || text[start] == 0x09 { start += 1 }
                            titleRange = SourceRange(start: lineRange.start + start, end: lineRange.end)
                        }
                    }
                }
            }
            meta.date = scalar("date")?.0 ?? scalar("publishDate")?.0 ?? scalar("published")?.0
            meta.description = scalar("description")?.0
            meta.url = scalar("url")?.0 ?? scalar("canonical_url")?.0 ?? scalar("canonical")?.0
            meta.author = scalar("author")?.0
            if let s = scalar("source")?.0 { meta.sources.append(s) }
            if let seq = map["sources"]?.sequence { meta.sources += seq.compactMap { $0.scalar?.string } }
            else if let s = scalar("sources")?.0 { meta.sources.append(s) }
            return FrontMatter(range: whole, metadata: meta, titleRange: titleRange, error: nil)
        } catch {
            // Invalid YAML (an unquoted colon in a title is common): read `title:` from its line.
            for line in 2..<closing {
                let r = index.rangeOfLine(line)
                let t = source.text(r)
                guard t.hasPrefix("title:") else { continue }
                var value = t.dropFirst("title:".count).trimmingCharacters(in: .whitespaces)
                if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f { value = String(value.dropFirst().dropLast()) }
                meta.title = value
                let offset = Array(t.utf8).count - Array(t.utf8).drop(while: { $0 != 0x3A }).dropFirst().drop(while: { $0 == 0x20 }).count
                titleRange = SourceRange(start: r.start + offset, end: r.end)
            }
            return FrontMatter(range: whole, metadata: meta, titleRange: titleRange, error: "\(error)")
        }
    }
}
