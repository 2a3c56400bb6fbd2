/// Reads plain text: one block per non-blank line, grouped into paragraphs by blank lines.
///
/// Structure is recovered by heuristics:
/// - code fences (```` ``` ````, `~~~`, and "“`" left by curly-quote autocorrect) with their info
///   string; a fence pair whose body is code is masked as code;
/// - pipe tables (`| a | b |`), whose pipes become tabs in the prose view so no phrase match spans
///   a cell boundary;
/// - flattened tables, whose cell delimiters were lost when the page was scraped
///   (`SectorPotential ProjectsExpected Benefits`), recovered by `FlattenedTableDetector`;
/// - list items (`•`, `-`, `*`, `+`, `1.`), title-like headings, and the headline (the first
///   title-like line among the first six non-blank lines);
/// - bare URLs and Markdown-style `[text](url)` links.
///
/// The prose view has the same bytes as the source except pipe-table delimiters (tabs) and line
/// endings (CRLF and CR become LF, byte for byte), so its offset map is the identity.
public struct PlainTextReader: ArticleReader {
    public let format: ArticleFormat

    public init(format: ArticleFormat = .plain) {
        self.format = format
    }

    struct Line {
        var number: Int
        var range: SourceRange   // content without line break, leading/trailing white space trimmed
        var text: String
        var isBlank: Bool { range.length == 0 }
    }

    public func read(_ source: SourceText) -> Article {
        let bytes = source.utf8
        var lines: [Line] = []
        lines.reserveCapacity(source.lineIndex.lineCount)
        for n in 1...source.lineIndex.lineCount {
            var r = source.lineIndex.rangeOfLine(n)
            while r.start < r.end, isSpace(bytes[r.start]) { r.start += 1 }
            while r.end > r.start, isSpace(bytes[r.end - 1]) { r.end -= 1 }
            lines.append(Line(number: n, range: r, text: source.text(r)))
        }
        // Rules only ever see "\n": a CR of CRLF becomes a space and a lone CR a "\n", byte for
        // byte, so the view keeps the identity offset map.
        var view = bytes
        for i in view.indices where view[i] == 0x0D {
            view[i] = (i + 1 < view.count && view[i + 1] == 0x0A) ? 0x20 : 0x0A
        }
        var kinds = [BlockKind?](repeating: nil, count: lines.count)
        var codeRanges: [Range<Int>] = []

        // 1. Code fences.
        let fences = detectFences(lines, bytes: bytes, kinds: &kinds, codeRanges: &codeRanges)

        // 2. Pipe tables.
        var tables: [Table] = []
        var tableOfLine = [Int?](repeating: nil, count: lines.count)
        detectPipeTables(lines, bytes: bytes, view: &view, kinds: &kinds, tables: &tables, tableOfLine: &tableOfLine)

        // 3. List items.
        for (i, line) in lines.enumerated() where kinds[i] == nil && !line.isBlank && isListItem(line.text) {
            kinds[i] = .listItem
        }

        // 4. Flattened tables among the remaining lines.
        for candidate in FlattenedTableDetector.detect(lines: lines.enumerated().map { i, l in
            (kinds[i] == nil && !l.isBlank) ? (l.number, l.range, l.text) : nil
        }, source: source) {
            let index = tables.count
            tables.append(candidate.table)
            for n in candidate.lineNumbers {
                kinds[n - 1] = .tableRow
                tableOfLine[n - 1] = index
            }
        }

        // 5. Headings and paragraphs; blocks in document order.
        var blocks: [Block] = []
        var paragraph = 0
        var previousBlank = true
        var quotations: [Range<Int>] = []
        for (i, line) in lines.enumerated() {
            if line.isBlank { previousBlank = true; continue }
            if previousBlank { paragraph += 1 }
            previousBlank = false
            var kind = kinds[i] ?? .paragraph
            if kind == .paragraph {
                let nextBlank = i + 1 >= lines.count || lines[i + 1].isBlank
                let prevBlank = i == 0 || lines[i - 1].isBlank
                if prevBlank && nextBlank && Self.mayBeTitleLike(line.range, bytes) && Self.isTitleLike(line.text, line.range, bytes) {
                    kind = .heading
                } else if prevBlank && nextBlank && i > 0, line.range.length <= 70, lines[..<i].contains(where: { !$0.isBlank }),
                          let next = lines[(i + 1)...].firstIndex(where: { !$0.isBlank }), kinds[next] == nil,
                          Self.isSentenceCaseHeading(line.text), TextTools.hasLetterWords(lines[next].text, atLeast: 8) {
                    kind = .heading
                } else if prevBlank && nextBlank && i > 0, line.range.length <= 30, Self.isOneWordHeading(line.text),
                          let previous = lines[..<i].lastIndex(where: { !$0.isBlank }), kinds[previous] == nil,
                          TextTools.hasLetterWords(lines[previous].text, atLeast: 8),
                          let next = lines[(i + 1)...].firstIndex(where: { !$0.isBlank }), kinds[next] == nil,
                          TextTools.hasLetterWords(lines[next].text, atLeast: 8) {
                    // A one-word section heading between two paragraphs ("Outlook", "Services").
                    kind = .heading
                }
            }
            var range = line.range
            var text = line.text
            if kind == .listItem, let body = listItemBody(line, bytes: bytes) {
                range = body
                text = source.text(body)
            }
            let isQuote = text.hasPrefix(">")
            blocks.append(Block(kind: kind, range: range, viewRange: range.start..<range.end, text: text,
                                paragraph: paragraph, isQuotation: isQuote, table: tableOfLine[i]))
            if isQuote {
                quotations.append(range.start..<range.end)
            } else if kind != .code && kind != .fence {
                quotations += QuoteMarks.quotations(in: bytes[range.start..<range.end])
            }
        }

        // 6. Headline: the first title-like line among the first six non-blank lines.
        var headline: Int? = nil
        for (i, block) in blocks.prefix(6).enumerated() where block.kind == .heading || block.kind == .paragraph {
            guard Self.mayBeTitleLike(block.range, bytes) else { continue }
            if let ascii = Self.asciiTitle(bytes, block.range) {
                if ascii.letterWords >= 3, ascii.isTitle { headline = i; break }
                continue
            }
            let ws = TextTools.letterWords(block.text)
            if ws.count >= 3, TextTools.isTitleLike(block.text) { headline = i; break }
        }
        // A headline in sentence case ("Court of Appeal sides with tenants in eviction case"):
        // the file's first line, alone in its paragraph, 3 to 16 words, starting with a capital
        // and not ending a sentence or a clause, when prose follows it: the next paragraph, or the
        // one after at most two short lines of fewer than eight words (a byline, a dateline
        // "Stand: 05.02.2025, 07:15 Uhr", a section heading).
        if headline == nil, blocks.count >= 2, blocks[0].kind == .paragraph || blocks[0].kind == .heading,
           blocks[1].paragraph != blocks[0].paragraph, Self.isSentenceCaseHeadline(blocks[0].text),
           let body = blocks.dropFirst().prefix(3).firstIndex(where: { TextTools.hasLetterWords($0.text, atLeast: 8) }),
           blocks[body].kind == .paragraph,
           blocks[1..<body].allSatisfy({ $0.kind == .paragraph || $0.kind == .heading }) {
            headline = 0
        }

        let links = LinkScanner.links(in: bytes, skipping: codeRanges)
        return Article(source: source, format: format, headline: headline, blocks: blocks, tables: tables,
                       links: links, fences: fences, metadata: ArticleMetadata(),
                       prose: TextView(utf8: view, map: .identity(length: bytes.count)),
                       quotationRanges: QuoteScanner.merge(quotations), codeRanges: codeRanges)
    }

    /// `false` when `TextTools.isTitleLike` is certainly false for the trimmed line at `range`
    /// (which starts and ends with no ASCII white space):
    /// - it ends with sentence punctuation (`.,;:!?`) that is a character of its own (the byte
    ///   before it is ASCII, so no prepended or joined scalar makes the last `Character` longer);
    /// - it starts with an ASCII character that is not an upper-case letter or a digit (then the
    ///   first `Character` is neither upper-case nor a number, whatever follows it);
    /// - more than 20 of its space-separated tokens hold an ASCII letter (each holds a different
    ///   word with a letter, and a title has at most 20).
    /// Saves a Foundation trim and a word split on every prose line.
    static func mayBeTitleLike(_ range: SourceRange, _ bytes: [UInt8]) -> Bool {
        guard range.length > 0, range.end <= bytes.count, range.start >= 0 else { return true }
        switch bytes[range.end - 1] {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F:
            if range.length < 2 || bytes[range.end - 2] < 0x80 { return false }
        default:
            break
        }
        let first = bytes[range.start]
        if first < 0x80, !(first &- 0x41 < 26 || first &- 0x30 < 10) { return false }
        var tokens = 0, tokenHasLetter = false
        for k in range.start..<range.end {
            let b = bytes[k]
            if b == 0x20 {
                if tokenHasLetter { tokens += 1; tokenHasLetter = false }
            } else if (b | 0x20) &- 0x61 < 26 {
                tokenHasLetter = true
            }
        }
        if tokenHasLetter { tokens += 1 }
        return tokens <= 20
    }

    /// Whether the line `text` (standing alone between blank lines, at most 70 bytes, with a
    /// paragraph of eight or more words after it) is a section heading written in sentence case
    /// ("What happens next", "Why it matters", "Qué cambia ahora"): it starts with a capital
    /// letter, has 2 to 9 words with letters, ends on a letter or digit, holds no sentence
    /// punctuation (`.,;:!?`) or quotation marks, and its last word is no lowercase function word
    /// of any language of `TextTools.functionWordsByLanguage` (a cut-off fragment such as
    /// "So, as the" is no heading). Issue 14.
    /// Whether `text` is one capitalised word of four letters or more, not in capitals
    /// ("Outlook", "Services", "Reaktionen"; not "ADVERTISEMENT"), with nothing else on the line.
    static func isOneWordHeading(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard t.count >= 4, t.count <= 24, let first = t.first, first.isUppercase,
              t.allSatisfy(\.isLetter), t.dropFirst().contains(where: \.isLowercase) else { return false }
        return true
    }

    static func isSentenceCaseHeading(_ text: String) -> Bool {
        guard let first = text.first, first.isUppercase, let last = text.last, last.isLetter || last.isNumber,
              !text.contains(where: { ".,;:!?\"“”«»()[]|/@#*_".contains($0) }) else { return false }
        let words = TextTools.letterWords(text)
        guard words.count >= 2, words.count <= 9, let lastWord = words.last, text.hasSuffix(lastWord) else { return false }
        if lastWord == lastWord.lowercased(),
           TextTools.functionWordsByLanguage.contains(where: { $0.words.contains(String(lastWord)) }) { return false }
        if words[0] == "By" { return false }
        return true
    }

    /// Whether the first line `text` reads as a headline written in sentence case: 3 to 16 words
    /// with letters, a capital (or digit) first, at most one sentence closer or comma, and a last
    /// character that is a letter, a digit, "?" or a closing quote (a headline has no full stop),
    /// not a byline ("By …") or a label ("Photo: …").
    public static func isSentenceCaseHeadline(_ text: String) -> Bool {
        // Nothing to trim when the text starts and ends with an ASCII character other than a space
        // or tab (a long paragraph is not copied through Foundation).
        let t: String
        if let f = text.utf8.first, let l = text.utf8.last, f < 0x80, l < 0x80, f != 0x20, f != 0x09, l != 0x20, l != 0x09 { t = text }
        else { t = text.trimmingCharacters(in: .whitespaces) }
        // More than 16 letter words is no headline (read only as far as the 17th).
        if TextTools.hasLetterWords(t, atLeast: 17) { return false }
        guard let first = t.first, first.isUppercase || first.isNumber, let last = t.last,
              last.isLetter || last.isNumber || "?”’\"'".contains(last) else { return false }
        let words = TextTools.letterWords(t)
        guard (3...16).contains(words.count), words[0] != "By" else { return false }
        if t.split(separator: " ").prefix(3).contains(where: { $0.hasSuffix(":") }) { return false }
        if TextTools.internalSentenceEnds(t) > 0 { return false }
        if let lastWord = words.last, lastWord == lastWord.lowercased(), t.hasSuffix(lastWord),
           TextTools.functionWordsByLanguage.contains(where: { $0.words.contains(String(lastWord)) }) { return false }
        return true
    }

    /// `TextTools.isTitleLike(text)` for the line `text` at `range`, on bytes when it is ASCII.
    static func isTitleLike(_ text: String, _ range: SourceRange, _ bytes: [UInt8]) -> Bool {
        asciiTitle(bytes, range)?.isTitle ?? TextTools.isTitleLike(text)
    }

    /// `TextTools.letterWords(t).count` and `TextTools.isTitleLike(t)` for the text `t` at
    /// `range` when it is ASCII (`nil` otherwise), without building strings: in ASCII a word is
    /// a run of letters and digits, joined across "'" or "-" followed by a letter; a title has
    /// 2 to 20 words with letters, starts with a capital or a digit, does not end with `.,;:!?`,
    /// and at least three quarters of its words that are not minor words start with a capital
    /// or a digit.
    static func asciiTitle(_ bytes: [UInt8], _ range: SourceRange) -> (letterWords: Int, isTitle: Bool)? {
        guard range.start >= 0, range.end <= bytes.count else { return nil }
        var lo = range.start, hi = range.end
        for k in lo..<hi where bytes[k] >= 0x80 { return nil }
        // `trimmingCharacters(in: .whitespaces)`: in ASCII, spaces and tabs.
        while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
        @inline(__always) func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
        @inline(__always) func isWord(_ b: UInt8) -> Bool { isLetter(b) || b &- 0x30 < 10 }
        var letterWords = 0, major = 0, capitalized = 0
        var start: Int? = nil, hasLetter = false
        var k = lo
        while k <= hi {
            let b: UInt8 = k < hi ? bytes[k] : 0x20
            var joins = isWord(b)
            if !joins, start != nil, k < hi, b == 0x27 || b == 0x2D { joins = k + 1 < hi && isLetter(bytes[k + 1]) }
            if joins {
                if start == nil { start = k; hasLetter = false }
                if isLetter(b) { hasLetter = true }
            } else if let s = start {
                if hasLetter {
                    letterWords += 1
                    let word = String(unsafeUninitializedCapacity: k - s) { out in
                        for j in 0..<(k - s) { out[j] = ByteText.lower(bytes[s + j]) }
                        return k - s
                    }
                    if !TextTools.titleCaseMinorWords.contains(word) {
                        major += 1
                        if bytes[s] &- 0x41 < 26 || bytes[s] &- 0x30 < 10 { capitalized += 1 }
                    }
                }
                start = nil
            }
            k += 1
        }
        guard lo < hi, !".,;:!?".utf8.contains(bytes[hi - 1]), bytes[lo] &- 0x41 < 26 || bytes[lo] &- 0x30 < 10,
              letterWords >= 2, letterWords <= 20 else { return (letterWords, false) }
        return (letterWords, major > 0 && capitalized * 4 >= major * 3)
    }

    // MARK: - Fences

    /// The info string of a fence line ("```html" → "html"), or nil when the line is no fence.
    static func fenceInfo(_ text: String) -> String? {
        // Every fence starts with "`", "~", "\"" or a non-ASCII character (a curly quote, or a
        // character canonically equal to "`" such as U+1FEF): any other first byte is no fence.
        guard let lead = text.utf8.first, lead >= 0x80 || lead == 0x60 || lead == 0x7E || lead == 0x22 else { return nil }
        return parsedFenceInfo(text)
    }

    /// `fenceInfo` without the first-byte shortcut: the fence parsed from the characters.
    static func parsedFenceInfo(_ text: String) -> String? {
        var s = Substring(text)
        if s.hasPrefix("```") { s = s.drop(while: { $0 == "`" }) }
        else if s.hasPrefix("~~~") { s = s.drop(while: { $0 == "~" }) }
        else if let f = s.first, "\u{201C}\u{201D}\"".contains(f), s.dropFirst().hasPrefix("`") {
            s = s.dropFirst().drop(while: { $0 == "`" })
        } else { return nil }
        let info = s.trimmingCharacters(in: .whitespaces)
        guard info.allSatisfy({ $0.isLetter || $0.isNumber || "+-_.".contains($0) }) else { return nil }
        return info.lowercased()
    }

    private func detectFences(_ lines: [Line], bytes: [UInt8], kinds: inout [BlockKind?],
                              codeRanges: inout [Range<Int>]) -> [CodeFence] {
        var fences: [CodeFence] = []
        var i = 0
        while i < lines.count {
            guard let info = Self.fenceInfo(lines[i].text) else { i += 1; continue }
            // Find the closing fence: a bare fence line (no info string).
            var j = i + 1
            while j < lines.count, Self.fenceInfo(lines[j].text) != "" { j += 1 }
            kinds[i] = .fence
            if j < lines.count {
                let isProse = Self.isProseBody(lines[(i + 1)..<j].map(\.text))
                kinds[j] = .fence
                if !isProse {
                    for k in (i + 1)..<j { kinds[k] = .code }
                    if j > i + 1 { codeRanges.append(lines[i + 1].range.start..<lines[j - 1].range.end) }
                }
                fences.append(CodeFence(open: lines[i].range, close: lines[j].range, info: info, bodyIsProse: isProse))
                i = j + 1
            } else {
                fences.append(CodeFence(open: lines[i].range, close: nil, info: info, bodyIsProse: true))
                i += 1
            }
        }
        return fences
    }

    /// A fence body is prose when most of its non-blank lines read as prose. Markdown structure
    /// lines (`#` headings, `|` table rows, `---` rules) count for neither side: an assistant's
    /// article wrapped in a ```markdown fence has headings and tables between its paragraphs.
    static func isProseBody(_ lines: [String]) -> Bool {
        let body = lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { line in
            guard let first = line.first else { return false }
            if first == "|" { return false }
            if first == "#" { return !line.drop(while: { $0 == "#" }).hasPrefix(" ") }
            return !(line.count >= 3 && line.allSatisfy { $0 == "-" || $0 == "*" || $0 == "_" })
        }
        return !body.isEmpty && body.filter(looksLikeProse).count * 2 > body.count
    }

    /// A line reads as prose: it starts with a capital letter or a quote, has at least three words,
    /// no code punctuation, and ends like a sentence or is a title.
    static func looksLikeProse(_ text: String) -> Bool {
        guard let first = text.first, first.isUppercase || "\"“‘'".contains(first) else { return false }
        if text.contains(where: { "{};=<>$`\\".contains($0) }) || text.contains("()") || text.contains("//") {
            return false
        }
        guard TextTools.letterWords(text).count >= 3 else { return false }
        if let last = text.last, ".!?\"”’)".contains(last) { return true }
        return TextTools.isTitleLike(text)
    }

    // MARK: - Pipe tables

    private func detectPipeTables(_ lines: [Line], bytes: [UInt8], view: inout [UInt8], kinds: inout [BlockKind?],
                                  tables: inout [Table], tableOfLine: inout [Int?]) {
        var i = 0
        while i < lines.count {
            guard kinds[i] == nil, Self.startsWithPipe(lines[i], bytes) else { i += 1; continue }
            var j = i
            while j < lines.count, kinds[j] == nil, Self.startsWithPipe(lines[j], bytes) { j += 1 }
            let run = Array(lines[i..<j])
            let hasDelimiterRow = run.count >= 2 && Self.isDelimiterRow(run[1].text)
            // A table has a header of two or more named columns (an ASCII graph's "|" lines do not).
            let header = PipeRow.split(bytes, from: run[0].range.start, to: run[0].range.end).cells
            guard run.count >= 2, hasDelimiterRow || run.count >= 3, header.count >= 2,
                  header.allSatisfy({ !$0.text.isEmpty }) else { i = j; continue }
            Self.record(run, at: i, hasDelimiterRow: hasDelimiterRow, bytes: bytes, view: &view, kinds: &kinds,
                        tables: &tables, tableOfLine: &tableOfLine) { pipeRow($0, bytes: bytes) }
            i = j
        }
        detectBorderlessPipeTables(lines, bytes: bytes, view: &view, kinds: &kinds, tables: &tables, tableOfLine: &tableOfLine)
    }

    /// Pipe tables written without outer pipes ("Country | Sites | Share"): a run of three or more
    /// consecutive lines, each holding " | ", whose first line (the header) has two to twelve short
    /// named cells and at least two thirds of whose other lines have the header's cell count
    /// (a row with fewer cells is kept: that is what `truncated_table_row` reports). Issue 14.
    private func detectBorderlessPipeTables(_ lines: [Line], bytes: [UInt8], view: inout [UInt8], kinds: inout [BlockKind?],
                                            tables: inout [Table], tableOfLine: inout [Int?]) {
        func isRow(_ k: Int) -> Bool {
            guard kinds[k] == nil, !lines[k].isBlank, lines[k].range.length < 400 else { return false }
            let r = lines[k].range
            for p in (r.start + 1)..<max(r.start + 1, r.end - 1) where bytes[p] == 0x7C && bytes[p - 1] == 0x20 && bytes[p + 1] == 0x20 {
                return true
            }
            return false
        }
        var i = 0
        while i < lines.count {
            guard isRow(i) else { i += 1; continue }
            var j = i
            while j < lines.count, isRow(j) { j += 1 }
            defer { i = j }
            let run = Array(lines[i..<j])
            guard run.count >= 3 else { continue }
            let hasDelimiterRow = Self.isDelimiterRow(run[1].text)
            let header = PipeRow.split(bytes, from: run[0].range.start, to: run[0].range.end).cells
            guard header.count >= 2, header.count <= 12,
                  header.allSatisfy({ !$0.text.isEmpty && $0.text.count <= 40 && !$0.text.hasSuffix(".") }) else { continue }
            let body = run.dropFirst(hasDelimiterRow ? 2 : 1).map { PipeRow.split(bytes, from: $0.range.start, to: $0.range.end).cells }
            guard body.count >= 2, body.filter({ $0.count == header.count }).count * 3 >= body.count * 2,
                  body.allSatisfy({ $0.count <= header.count && $0.allSatisfy { $0.text.count <= 120 } }) else { continue }
            Self.record(run, at: i, hasDelimiterRow: hasDelimiterRow, bytes: bytes, view: &view, kinds: &kinds,
                        tables: &tables, tableOfLine: &tableOfLine) { line in
                TableRow(range: line.range, cells: PipeRow.split(bytes, from: line.range.start, to: line.range.end).cells,
                         hasClosingDelimiter: true)
            }
        }
    }

    /// Records the pipe table of `run` (lines `i…` of the file): its lines become table rows of the
    /// next table index, its delimiters tabs in the prose view, a delimiter row (the second line,
    /// when `hasDelimiterRow`) blanks, and each other line a row made by `row` (the first the header).
    private static func record(_ run: [Line], at i: Int, hasDelimiterRow: Bool, bytes: [UInt8], view: inout [UInt8],
                               kinds: inout [BlockKind?], tables: inout [Table], tableOfLine: inout [Int?],
                               row: (Line) -> TableRow) {
        let index = tables.count
        var rows: [TableRow] = []
        for (k, line) in run.enumerated() {
            kinds[i + k] = .tableRow
            tableOfLine[i + k] = index
            // Delimiters become tabs in the prose view; the delimiter row disappears.
            for p in line.range.start..<line.range.end where bytes[p] == 0x7C && (p == 0 || bytes[p - 1] != 0x5C) {
                view[p] = 0x09
            }
            if hasDelimiterRow && k == 1 {
                for p in line.range.start..<line.range.end { view[p] = 0x20 }
                continue
            }
            rows.append(row(line))
        }
        if let header = rows.first {
            tables.append(Table(style: .pipe, header: header, rows: Array(rows.dropFirst()),
                                range: SourceRange(start: run[0].range.start, end: run[run.count - 1].range.end)))
        }
    }

    /// `line.text.hasPrefix("|")`, asked only when the first byte is a pipe.
    static func startsWithPipe(_ line: Line, _ bytes: [UInt8]) -> Bool {
        line.range.length > 0 && bytes[line.range.start] == 0x7C && line.text.hasPrefix("|")
    }

    static func isDelimiterRow(_ text: String) -> Bool {
        // ASCII: the pieces between pipes (empty ones dropped), each, without spaces and tabs
        // at its ends, non-empty, made of "-" and ":" with at least one "-".
        let u = Array(text.utf8)
        if !u.contains(where: { $0 >= 0x80 }) {
            var cells = 0
            var p = 0
            while p <= u.count {
                var q = p
                while q < u.count, u[q] != 0x7C { q += 1 }
                if q > p {
                    cells += 1
                    var a = p, e = q
                    while a < e, u[a] == 0x20 || u[a] == 0x09 { a += 1 }
                    while e > a, u[e - 1] == 0x20 || u[e - 1] == 0x09 { e -= 1 }
                    guard a < e, u[a..<e].contains(0x2D), u[a..<e].allSatisfy({ $0 == 0x2D || $0 == 0x3A }) else { return false }
                }
                p = q + 1
            }
            return cells > 0
        }
        let cells = text.split(separator: "|", omittingEmptySubsequences: true)
        return !cells.isEmpty && cells.allSatisfy { cell in
            let t = cell.trimmingCharacters(in: .whitespaces)
            return !t.isEmpty && t.contains("-") && t.allSatisfy { "-:".contains($0) }
        }
    }

    private func pipeRow(_ line: Line, bytes: [UInt8]) -> TableRow {
        let (cells, closed) = PipeRow.split(bytes, from: line.range.start, to: line.range.end)
        return TableRow(range: line.range, cells: cells, hasClosingDelimiter: closed)
    }

    // MARK: - Lists

    private static let bullets: [String] = ["• ", "- ", "* ", "+ ", "· ", "– ", "▪ ", "◦ "]

    private func isListItem(_ text: String) -> Bool {
        // A bullet starts with "-", "*", "+" or a non-ASCII character, a number with a digit (or
        // a non-ASCII numeral): any other first byte is no list item.
        guard let lead = text.utf8.first, lead >= 0x80 || lead == 0x2D || lead == 0x2A || lead == 0x2B || lead &- 0x30 < 10 else {
            return false
        }
        if Self.bullets.contains(where: { text.hasPrefix($0) }) { return true }
        let digits = text.prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 3 else { return false }
        let rest = text.dropFirst(digits.count)
        return rest.hasPrefix(". ") || rest.hasPrefix(") ")
    }

    private func listItemBody(_ line: Line, bytes: [UInt8]) -> SourceRange? {
        var p = line.range.start
        while p < line.range.end, !isSpace(bytes[p]) { p += 1 }
        while p < line.range.end, isSpace(bytes[p]) { p += 1 }
        return p < line.range.end ? SourceRange(start: p, end: line.range.end) : nil
    }
}

@inline(__always) func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A || b == 0x0C }
