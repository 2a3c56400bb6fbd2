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
        let yamlRange = SourceRange(start: index.lineStarts[1], end: index.lineStarts[closing - 1])
        let whole = SourceRange(start: 0, end: index.rangeOfLine(closing).end)
        var meta = ArticleMetadata()
        var titleRange: SourceRange? = nil
        do {
            guard let node = try Yams.compose(yaml: source.text(yamlRange)), let map = node.mapping else {
                return FrontMatter(range: whole, metadata: meta, titleRange: nil, error: nil)
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
                            titleRange = lineRange
                        }
                    }
                }
            }
            meta.date = scalar("date")?.0 ?? scalar("publishDate")?.0 ?? scalar("published")?.0
            meta.description = scalar("description")?.0
            meta.author = scalar("author")?.0
            if let s = scalar("source")?.0 { meta.sources.append(s) }
            if let seq = map["sources"]?.sequence { meta.sources += seq.compactMap { $0.scalar?.string } }
            else if let s = scalar("sources")?.0 { meta.sources.append(s) }
            return FrontMatter(range: whole, metadata: meta, titleRange: titleRange, error: nil)
        } catch {
            return FrontMatter(range: whole, metadata: meta, titleRange: nil, error: "\(error)")
        }
    }
}
