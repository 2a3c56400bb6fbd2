/// Recovers tables whose cell delimiters were lost when a page was scraped: `<td>` contents run
/// together, as in `SectorPotential ProjectsExpected Benefits`.
///
/// A cell boundary is a lowercase letter, digit or `)` followed directly by an uppercase letter,
/// inside a word whose left part has at least three characters (so "iPhone", "eBay" and
/// "McDonald" are not split). A run of consecutive lines is a table when it
/// has at least three lines (a header and two rows), the header has 2 to 8 cells, at least two rows
/// have exactly the header's count, no row has more, no cell has more than 15 words, and no line
/// ends like a sentence. A sentence run into the last cell ("…Shared knowledge Certainly! Here’s…")
/// is split off as the row's `trailingText`.
public enum FlattenedTableDetector {
    public struct Candidate: Sendable {
        public var table: Table
        public var lineNumbers: [Int]
    }

    /// `lines[i]` is `(line number, trimmed range, text)` or `nil` for a line that is blank or
    /// already has a structure; tables never span a `nil`.
    public static func detect(lines: [(Int, SourceRange, String)?], source: SourceText) -> [Candidate] {
        var out: [Candidate] = []
        var current: [(Int, TableRow)] = []
        func flush() {
            defer { current = [] }
            guard current.count >= 3 else { return }
            let header = current[0].1
            let width = header.cells.count
            let rows = current.dropFirst().map(\.1)
            guard width >= 2, width <= 8, rows.filter({ $0.cells.count == width }).count >= 2,
                  !rows.contains(where: { $0.cells.count > width }) else { return }
            // A table's cells are short; its header is not a sentence.
            out.append(Candidate(
                table: Table(style: .flattened, header: header, rows: Array(rows),
                             range: SourceRange(start: header.range.start, end: current.last!.1.range.end)),
                lineNumbers: current.map(\.0)))
        }
        for entry in lines {
            guard let (number, range, text) = entry, mayHaveCellBoundary(source.utf8, range),
                  let row = row(text: text, range: range), row.cells.count >= 2 else {
                flush()
                continue
            }
            current.append((number, row))
        }
        flush()
        return out
    }

    /// A cheap necessary condition for a line to split into two or more cells: somewhere in
    /// `bytes[range]` a character that may be a lowercase letter, a digit or `)` is directly
    /// followed by one that may be an uppercase letter. ASCII bytes are classified exactly; a
    /// non-ASCII character counts as "may be" unless it is in the General Punctuation block
    /// (U+2000–U+206F: curly quotes, dashes, bullets, spaces), none of which is a letter or a
    /// digit. Lines that fail it give `row(…)` fewer than two cells, so skipping them leaves the
    /// result unchanged; `row` itself, which works on `Character`s, runs only on the rest.
    /// `wordAtATime` false tests byte by byte only (the reference the fast path is tested against).
    static func mayHaveCellBoundary(_ bytes: [UInt8], _ range: SourceRange, wordAtATime: Bool = true) -> Bool {
        let end = min(range.end, bytes.count)
        var i = max(0, range.start)
        guard end - i >= 2 else { return false }
        return bytes.withUnsafeBufferPointer { b in
            // Whether the previous character may end a cell.
            var previousMayEnd = false
            while i < end {
                // Eight ASCII bytes at once, classified exactly as the byte loop below does.
                if wordAtATime, i + 8 <= end, let base = b.baseAddress {
                    let x = SWAR.load(base + i)
                    if SWAR.isASCII(x) {
                        let upper = SWAR.asciiInRange(x, 0x41, 0x5A)
                        let mayEnd = SWAR.asciiInRange(x, 0x61, 0x7A) | SWAR.asciiInRange(x, 0x30, 0x39) | SWAR.byteMask(x, 0x29)
                        if ((mayEnd << 8) | (previousMayEnd ? 0x80 : 0)) & upper != 0 { return true }
                        previousMayEnd = mayEnd >> 56 != 0
                        i += 8
                        continue
                    }
                }
                let c = b[i]
                if c < 0x80 {
                    if previousMayEnd, c &- 0x41 < 26 { return true }
                    previousMayEnd = c &- 0x61 < 26 || c &- 0x30 < 10 || c == 0x29
                    i += 1
                    continue
                }
                // A multi-byte character: its width from the lead byte (a stray continuation
                // byte counts as a character of its own, which only makes the test looser).
                let width = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
                // U+2000–U+206F is E2 80 80 … E2 81 AF; U+200C and U+200D (joiners) extend the
                // character before them, so they do not count as punctuation here.
                let generalPunctuation = c == 0xE2 && i + 2 < end
                    && ((b[i + 1] == 0x80 && b[i + 2] != 0x8C && b[i + 2] != 0x8D) || (b[i + 1] == 0x81 && b[i + 2] < 0xB0))
                if !generalPunctuation, previousMayEnd { return true }
                previousMayEnd = !generalPunctuation
                i += width
            }
            return false
        }
    }

    /// Splits one line into cells, or `nil` when the line reads as a sentence.
    static func row(text: String, range: SourceRange) -> TableRow? {
        var chars: [(Character, Int)] = []
        var off = range.start
        for ch in text {
            chars.append((ch, off))
            off += String(ch).utf8.count
        }
        // A sentence run into the row: " Word!" after a lowercase letter.
        var cutIndex = chars.count
        var k = 2
        while k < chars.count {
            if chars[k - 1].0 == " ", chars[k - 2].0.isLowercase, chars[k].0.isUppercase {
                var m = k + 1
                while m < chars.count, chars[m].0.isLetter { m += 1 }
                if m < chars.count, chars[m].0 == "!" { cutIndex = k - 1; break }
            }
            k += 1
        }
        var end = cutIndex
        while end > 0, chars[end - 1].0.isWhitespace { end -= 1 }
        guard end > 0 else { return nil }
        if let last = chars[end - 1].0 as Character?, ".?!:;,".contains(last) { return nil }

        var cells: [TableCell] = []
        var cellStart = 0
        var wordStart = 0
        for i in 1..<max(end, 1) {
            let prev = chars[i - 1].0, cur = chars[i].0
            if prev.isWhitespace { wordStart = i; continue }
            let boundary = (prev.isLowercase || prev.isNumber || prev == ")") && cur.isUppercase
            guard boundary else { continue }
            let left = chars[wordStart..<i]
            guard left.count >= 3 else { continue }
            cells.append(cell(chars, cellStart, i))
            cellStart = i
            wordStart = i
        }
        cells.append(cell(chars, cellStart, end))
        guard cells.allSatisfy({ TextTools.words($0.text).count <= 15 && !$0.text.isEmpty }) else { return nil }
        let endOffset = end < chars.count ? chars[end].1 : range.end
        let trailing: SourceRange? = cutIndex < chars.count ? SourceRange(start: chars[cutIndex + (chars[cutIndex].0 == " " ? 1 : 0)].1, end: range.end) : nil
        return TableRow(range: SourceRange(start: range.start, end: endOffset), cells: cells,
                        hasClosingDelimiter: true, trailingText: trailing)
    }

    private static func cell(_ chars: [(Character, Int)], _ from: Int, _ to: Int) -> TableCell {
        var s = from, e = to
        while s < e, chars[s].0.isWhitespace { s += 1 }
        while e > s, chars[e - 1].0.isWhitespace { e -= 1 }
        let start = chars[s].1
        let endOffset = e < chars.count ? chars[e].1 : chars[e - 1].1 + String(chars[e - 1].0).utf8.count
        return TableCell(text: String(chars[s..<e].map(\.0)), range: SourceRange(start: start, end: endOffset))
    }
}
