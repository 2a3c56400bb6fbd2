import Foundation
import TOMLKit
import Yams

/// Front matter at the top of a Markdown file, in the three forms Hugo reads (Jekyll and Astro
/// use the first): YAML between a `---` line and a closing `---` or `...` line (read with Yams),
/// TOML between `+++` lines (read with TOMLKit, toml++), and a JSON object that opens with `{`
/// on the first line and closes with `}` alone on a line (read with Foundation's
/// JSONSerialization). The same fields are read from each (`Fields.keys`); invalid front matter
/// of any form is reported (`frontMatterProblem`) with its file line.
struct FrontMatter {
    /// The whole front matter, fences included (blanked before Markdown parsing).
    var range: SourceRange
    var metadata: ArticleMetadata
    /// Where the `title` value stands in the source, when it can be found on its line.
    var titleRange: SourceRange?
    /// A YAML error, reported as a finding-free note to the reader (the body is still read).
    var error: String?

    /// Whether trimmed line `t` starts like a YAML key: `^[A-Za-z0-9_"'-][^:]*:(\s|$)` (ICU).
    /// The pattern can only use the first colon, so the bytes decide it without a regex, except
    /// when a vertical tab or a non-ASCII character follows that colon (ICU's `\s` and `$`
    /// decide those).
    static func isKeyLine(_ t: String) -> Bool {
        let u = Array(t.utf8)
        guard let first = u.first, first < 0x80,
              ByteText.isASCIIAlnum(first) || first == 0x5F || first == 0x22 || first == 0x27 || first == 0x2D,
              let colon = u.dropFirst().firstIndex(of: 0x3A) else { return false }
        guard colon + 1 < u.count else { return true }
        let next = u[colon + 1]
        if next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0C || next == 0x0D { return true }
        if next < 0x80, next != 0x0B { return false }
        return t.range(of: #"^[A-Za-z0-9_"'-][^:]*:(\s|$)"#, options: .regularExpression) != nil
    }

    /// The line's text with tab and `Zs` white space trimmed from both ends, as
    /// `trimmingCharacters(in: .whitespaces)` gives it; Foundation is used only when a non-ASCII
    /// character stands at either end after spaces and tabs are dropped.
    static func trimmedLine(_ source: SourceText, _ range: SourceRange) -> String {
        let b = source.utf8
        var lo = range.start, hi = range.end
        while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
        while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
        if lo == hi || (b[lo] < 0x80 && b[hi - 1] < 0x80) { return String(decoding: b[lo..<hi], as: UTF8.self) }
        return source.text(range).trimmingCharacters(in: .whitespaces)
    }

    /// The front-matter fields the reader uses: non-empty scalar values by key, the file line
    /// of the `title` value, and the items of a `sources` sequence.
    struct Fields {
        var values: [String: String] = [:]
        var titleLine: Int? = nil
        var sources: [String]? = nil
        /// `source_documents`: a sequence of paths (or one path).
        var sourceDocuments: [String]? = nil

        static let keys = ["title", "date", "publishDate", "published", "description", "url", "canonical_url",
                           "canonical", "author", "source", "sources", "source_documents"]

        /// The fields of a mapping Yams composed (marks are 1-based YAML lines; YAML line 1 is
        /// file line 2).
        init(yaml map: Node.Mapping) {
            for key in Self.keys {
                if let s = map[key]?.scalar?.string, !s.isEmpty { values[key] = s }
            }
            if values["title"] != nil, let mark = map["title"]?.mark { titleLine = 1 + mark.line }
            sources = map["sources"]?.sequence?.compactMap { $0.scalar?.string }
            sourceDocuments = map["source_documents"]?.sequence?.compactMap { $0.scalar?.string }
        }

        /// The fields of a TOML table (TOMLKit): strings as written; dates, times, numbers and
        /// booleans in their TOML form (`2024-05-01`); `sources` from an array of strings. The
        /// title's line is the first of `lines` that starts with the key (`title =`).
        init(toml table: TOMLTable, source: SourceText, lines: Range<Int>) {
            for key in Self.keys {
                guard let value = table[key], value.array == nil, value.table == nil else { continue }
                let text = value.string ?? "\(value)"
                if !text.isEmpty { values[key] = text }
            }
            sources = table["sources"]?.array.map { $0.compactMap { $0.string } }
            sourceDocuments = table["source_documents"]?.array.map { $0.compactMap { $0.string } }
            if values["title"] != nil { titleLine = FrontMatter.keyLine(["title", "\"title\""], source: source, lines: lines) }
        }

        /// The fields of a JSON object (Foundation): strings as written, numbers and booleans as
        /// JSON writes them, `sources` from an array of strings. The title's line is the first
        /// of `lines` whose text starts with `"title"`.
        init(json object: [String: Any], source: SourceText, lines: Range<Int>) {
            for key in Self.keys {
                switch object[key] {
                case let s as String where !s.isEmpty: values[key] = s
                case let n as NSNumber: values[key] = n.stringValue
                default: break
                }
            }
            sources = (object["sources"] as? [Any])?.compactMap { $0 as? String }
            sourceDocuments = (object["source_documents"] as? [Any])?.compactMap { $0 as? String }
            if values["title"] != nil { titleLine = FrontMatter.keyLine(["\"title\""], source: source, lines: lines) }
        }

        init() {}
    }

    /// The first of `lines` whose text, after leading white space, starts with one of `keys`
    /// followed by white space, `=` or `:`.
    static func keyLine(_ keys: [String], source: SourceText, lines: Range<Int>) -> Int? {
        for line in lines {
            let t = trimmedLine(source, source.lineIndex.rangeOfLine(line))
            for key in keys where t.hasPrefix(key) {
                let rest = t.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }
                if rest.first == "=" || rest.first == ":" { return line }
            }
        }
        return nil
    }

    /// TOML front matter: a `+++` line, TOML, a closing `+++` line. `nil` without the closing
    /// line. Invalid TOML is a front matter with `error` (its file line) and `frontMatterProblem`.
    static func readTOML(_ source: SourceText) -> FrontMatter? {
        let index = source.lineIndex
        guard let closing = (2...index.lineCount).first(where: { trimmedLine(source, index.rangeOfLine($0)) == "+++" }) else { return nil }
        let whole = SourceRange(start: 0, end: index.rangeOfLine(closing).end)
        let body = SourceRange(start: index.lineStarts[1], end: index.lineStarts[closing - 1])
        do {
            let table = try TOMLTable(string: source.text(body))
            return make(source, whole: whole, fields: Fields(toml: table, source: source, lines: 2..<closing))
        } catch let error as TOMLParseError {
            return invalid(source, whole: whole, why: "line \(error.source.begin.line + 1): \(error.description) (TOML)")
        } catch {
            return invalid(source, whole: whole, why: "\(error) (TOML)")
        }
    }

    /// JSON front matter (Hugo): the file opens with `{` and the object closes with a line that
    /// is `}` alone; the first such line where the text parses as a JSON object ends it. `nil`
    /// when none does (a file that only starts with a brace).
    static func readJSON(_ source: SourceText) -> FrontMatter? {
        let index = source.lineIndex
        var lastError: String? = nil
        var lastWhole: SourceRange? = nil
        for line in 1...index.lineCount where trimmedLine(source, index.rangeOfLine(line)).hasSuffix("}") {
            let t = trimmedLine(source, index.rangeOfLine(line))
            guard t == "}" || line == 1 else { continue }
            let whole = SourceRange(start: 0, end: index.rangeOfLine(line).end)
            do {
                let value = try JSONSerialization.jsonObject(with: Data(source.utf8[whole.start..<whole.end]))
                guard let object = value as? [String: Any] else { return nil }
                return make(source, whole: whole, fields: Fields(json: object, source: source, lines: 1..<(line + 1)))
            } catch {
                if t == "}" && lastError == nil {
                    lastError = "\((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)") (JSON)"
                    lastWhole = whole
                }
            }
        }
        // A `}` line closed something that is not valid JSON: report it (the first such line).
        if let lastError, let lastWhole { return invalid(source, whole: lastWhole, why: lastError) }
        return nil
    }

    /// Front matter that could not be read: no fields, the problem reported.
    static func invalid(_ source: SourceText, whole: SourceRange, why: String) -> FrontMatter {
        var meta = ArticleMetadata()
        meta.frontMatterProblem = FrontMatterProblem(message: why, range: whole)
        meta.frontMatterRange = whole
        return FrontMatter(range: whole, metadata: meta, titleRange: nil, error: why)
    }

    /// Reads front matter that is only blank lines and one-line `key: value` entries (a key of
    /// ASCII letters, digits and `_`; a value that is plain, or single- or double-quoted without
    /// escapes, and holds no comment, tab, control or line-break character), without Yams: for
    /// such lines YAML's value is the text as written (quotes removed, trailing spaces dropped).
    /// `nil` for anything else, duplicate keys included, which Yams then reads.
    static func simpleFields(_ source: SourceText, lines: Range<Int>) -> Fields? {
        let b = source.utf8
        var fields = Fields()
        var seen: Set<String> = []
        for line in lines {
            let r = source.lineIndex.rangeOfLine(line)
            if r.length == 0 { continue }
            var p = r.start
            let e = r.end
            guard b[p] &- 0x41 < 26 || b[p] &- 0x61 < 26 || b[p] == 0x5F else { return nil }
            while p < e, ByteText.isASCIIAlnum(b[p]) || b[p] == 0x5F { p += 1 }
            guard p < e, b[p] == 0x3A else { return nil }
            guard p - r.start <= 128 else { return nil }   // YAML limits implicit keys to 1024 characters
            let key = String(decoding: b[r.start..<p], as: UTF8.self)
            guard seen.insert(key).inserted else { return nil }
            p += 1
            guard p == e || b[p] == 0x20 else { return nil }
            while p < e, b[p] == 0x20 { p += 1 }
            var q = e
            while q > p, b[q - 1] == 0x20 { q -= 1 }
            guard isPrintableLine(b, p, q) else { return nil }
            let value: ArraySlice<UInt8>
            if p == q {
                value = b[p..<p]
            } else if b[p] == 0x22 || b[p] == 0x27 {
                let quote = b[p]
                // One quoted value, nothing after it, no escapes (`\` in "…", `''` in '…').
                guard q - p >= 2, b[q - 1] == quote else { return nil }
                let inner = b[(p + 1)..<(q - 1)]
                guard !inner.contains(quote), quote == 0x27 || !inner.contains(0x5C) else { return nil }
                value = inner
            } else {
                // A plain scalar: no indicator first, no comment (" #"), no ": " or final ":".
                guard !"-?:,[]{}#&*!|>'\"%@`".utf8.contains(b[p]) else { return nil }
                for k in p..<q {
                    if b[k] == 0x3A, k + 1 == q || b[k + 1] == 0x20 { return nil }
                    if b[k] == 0x23, b[k - 1] == 0x20 { return nil }
                }
                value = b[p..<q]
            }
            guard Fields.keys.contains(key) else { continue }
            let text = String(decoding: value, as: UTF8.self)
            if !text.isEmpty { fields.values[key] = text }
            if key == "title", !text.isEmpty { fields.titleLine = line }
        }
        return seen.isEmpty ? nil : fields
    }

    /// No tab, control character (C0, DEL, C1 with NEL), U+2028, U+2029, U+FEFF, U+FFFE or
    /// U+FFFF in `b[p..<q]`: characters YAML treats specially or rejects.
    private static func isPrintableLine(_ b: [UInt8], _ p: Int, _ q: Int) -> Bool {
        var k = p
        while k < q {
            let c = b[k]
            if c < 0x20 || c == 0x7F { return false }
            if c == 0xC2, k + 1 < q, b[k + 1] < 0xA0 { return false }
            if c == 0xE2, k + 2 < q, b[k + 1] == 0x80, b[k + 2] == 0xA8 || b[k + 2] == 0xA9 { return false }
            if c == 0xEF, k + 2 < q, (b[k + 1] == 0xBB && b[k + 2] == 0xBF) || (b[k + 1] == 0xBF && b[k + 2] >= 0xBE) { return false }
            k += 1
        }
        return true
    }

    /// Reads the fields with Yams from the YAML on file lines `lines`; `nil` when it is not a
    /// mapping. Throws Yams' error for invalid YAML (duplicate keys included).
    static func yamsFields(_ source: SourceText, lines: Range<Int>) throws -> Fields? {
        let index = source.lineIndex
        let yamlRange = SourceRange(start: index.lineStarts[lines.lowerBound - 1], end: index.lineStarts[lines.upperBound - 1])
        // The encoding given, not `.default`, which reads the process environment on every call.
        let text = source.text(yamlRange)
        if let hit = YAMLGuard.aliasKey(in: text) {
            throw AliasKeyError(line: lines.lowerBound - 1 + hit.line, alias: hit.alias)
        }
        guard let node = try Yams.compose(yaml: text, .default, .default, .utf8),
              let map = node.mapping else { return nil }
        return Fields(yaml: map)
    }

    /// An alias used as a mapping key (`YAMLGuard`): refused before Yams would expand it.
    struct AliasKeyError: Error, CustomStringConvertible {
        var line: Int
        var alias: String
        var description: String { "line \(line): the alias \(alias) is used as a mapping key, which fidelint refuses (its expansion is unbounded)" }
    }

    /// Finds and reads front matter; `nil` when the file does not start with a `---` or `+++`
    /// line or a JSON object.
    static func read(_ source: SourceText) -> FrontMatter? {
        let index = source.lineIndex
        guard index.lineCount >= 2 else { return nil }
        let first = trimmedLine(source, index.rangeOfLine(1))
        if first == "+++" { return readTOML(source) }
        if first.hasPrefix("{") { return readJSON(source) }
        guard first == "---" else { return nil }
        var closing: Int? = nil
        for line in 2...index.lineCount {
            let t = trimmedLine(source, index.rangeOfLine(line))
            if t == "---" || t == "..." { closing = line; break }
        }
        guard let closing else { return nil }
        // Every line between the fences must read as YAML (a key, a list item, an indented or
        // blank line, a comment); a prose line means the "---" was a thematic break.
        for line in 2..<closing {
            let range = index.rangeOfLine(line)
            let b = source.utf8
            // Indented (a space or tab that is a character of its own, as `hasPrefix` compares).
            if range.length > 0, b[range.start] == 0x20 || b[range.start] == 0x09,
               range.length == 1 || b[range.start + 1] < 0x80 { continue }
            let raw = source.text(range)
            let t = trimmedLine(source, range)
            guard t.isEmpty || t.hasPrefix("#") || t.hasPrefix("- ") || raw.hasPrefix(" ") || raw.hasPrefix("\t")
                    || Self.isKeyLine(t) else { return nil }
        }
        let whole = SourceRange(start: 0, end: index.rangeOfLine(closing).end)
        var meta = ArticleMetadata()
        var titleRange: SourceRange? = nil
        let fields: Fields
        if let simple = simpleFields(source, lines: 2..<closing) {
            fields = simple
        } else {
            do {
                guard let yaml = try yamsFields(source, lines: 2..<closing) else {
                    return nil   // YAML that is not a mapping: not front matter
                }
                fields = yaml
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
                let why: String
                if let e = error as? YamlError {
                    // Yams' description spans lines (the source line and a caret): its first line.
                    // "1:14: error: scanner: mapping values are not allowed in this context:" is
                    // relative to the YAML, which starts on the file's line 2.
                    let first = "\(e)".split(separator: "\n").first.map(String.init) ?? "\(e)"
                    let parts = first.split(separator: ":", maxSplits: 4, omittingEmptySubsequences: false)
                    if parts.count == 5, let l = Int(parts[0]), Int(parts[1]) != nil, parts[2] == " error" {
                        var text = parts[4].trimmingCharacters(in: .whitespaces)
                        if text.hasSuffix(":") { text.removeLast() }
                        why = "line \(l + 1): \(text)"
                    } else {
                        why = first
                    }
                } else {
                    why = "\(error)"
                }
                meta.frontMatterProblem = FrontMatterProblem(message: why, range: whole)
                return FrontMatter(range: whole, metadata: meta, titleRange: titleRange, error: why)
            }
        }
        return make(source, whole: whole, fields: fields)
    }

    /// The front matter of `whole` with `fields`: the metadata, and where the title stands.
    static func make(_ source: SourceText, whole: SourceRange, fields: Fields) -> FrontMatter {
        let index = source.lineIndex
        var meta = ArticleMetadata()
        meta.frontMatterRange = whole
        var titleRange: SourceRange? = nil
        let values = fields.values
        if let title = values["title"] {
            meta.title = title
            if let line = fields.titleLine, line <= index.lineCount {
                let lineRange = index.rangeOfLine(line)
                let text = Array(source.utf8[lineRange.start..<lineRange.end])
                let needle = Array(title.utf8)
                if let at = ByteText.find(needle, in: text) {
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
        meta.date = values["date"] ?? values["publishDate"] ?? values["published"]
        meta.description = values["description"]
        meta.url = values["url"] ?? values["canonical_url"] ?? values["canonical"]
        meta.author = values["author"]
        if let s = values["source"] { meta.sources.append(s) }
        if let seq = fields.sources { meta.sources += seq } else if let s = values["sources"] { meta.sources.append(s) }
        if let seq = fields.sourceDocuments { meta.sourceDocuments = seq } else if let s = values["source_documents"] { meta.sourceDocuments = [s] }
        return FrontMatter(range: whole, metadata: meta, titleRange: titleRange, error: nil)
    }
}
