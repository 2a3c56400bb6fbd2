/// A resolved position: 1-based line and 1-based column in UTF-16 code units, the unit SARIF calls
/// `utf16CodeUnits` and most editors use. `endColumn` is exclusive (the column just after the last
/// character), as in SARIF's `region.endColumn`. `offset`/`endOffset` are the UTF-8 byte offsets
/// into the decoded text (see `SourceRange`).
public struct Location: Hashable, Sendable, Codable {
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
    public var offset: Int
    public var endOffset: Int

    public init(line: Int, column: Int, endLine: Int, endColumn: Int, offset: Int, endOffset: Int) {
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
        self.offset = offset
        self.endOffset = endOffset
    }
}

/// The start offsets of every line of a UTF-8 text, built once per file, and the conversion from
/// byte offsets to `Location`s.
///
/// Line breaks are `\n`, `\r\n` and a lone `\r` (the three SARIF recognises). Lookup is a binary
/// search over line starts (O(log lines)) plus a scan of the line prefix for the UTF-16 column.
public struct LineIndex: Sendable {
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    private let bytes: [UInt8]

    /// Builds the index over `utf8` (valid UTF-8 is not required; invalid bytes count as one unit).
    public init(utf8: [UInt8]) {
        var starts = [0]
        starts.reserveCapacity(utf8.count / 40 + 1)
        var i = 0
        let n = utf8.count
        while i < n {
            let b = utf8[i]
            if b == 0x0A {
                starts.append(i + 1)
            } else if b == 0x0D {
                if i + 1 < n, utf8[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        self.lineStarts = starts
        self.bytes = utf8
    }

    /// Number of lines (a trailing newline starts a last, empty line).
    public var lineCount: Int { lineStarts.count }

    /// 1-based line number containing byte `offset` (clamped to the text).
    public func line(at offset: Int) -> Int {
        let o = max(0, min(offset, bytes.count))
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= o { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    /// 1-based UTF-16 column of byte `offset` on its line.
    public func column(at offset: Int, line: Int) -> Int {
        let o = max(0, min(offset, bytes.count))
        var units = 0
        var i = lineStarts[line - 1]
        while i < o {
            let b = bytes[i]
            if b & 0xC0 != 0x80 { units += (b >= 0xF0 ? 2 : 1) }
            i += 1
        }
        return units + 1
    }

    /// The byte range of 1-based `line`, without its line break.
    public func rangeOfLine(_ line: Int) -> SourceRange {
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return SourceRange(start: start, end: end)
    }

    /// Resolves many ranges at once: offsets are visited in order, so columns on one long line are
    /// counted once (O(bytes + ranges log ranges)), not once per range.
    public func locations(of ranges: [SourceRange]) -> [Location] {
        var points: [Int] = []
        points.reserveCapacity(ranges.count * 2)
        for r in ranges {
            points.append(max(0, min(r.start, bytes.count)))
            points.append(trimmedEnd(r))
        }
        let order = points.indices.sorted { points[$0] < points[$1] }
        var resolved = [(line: Int, column: Int)](repeating: (1, 1), count: points.count)
        var line = 1, lineOffset = 0, units = 0
        for p in order {
            let target = points[p]
            let l = self.line(at: target)
            if l != line || target < lineOffset {
                line = l
                lineOffset = lineStarts[l - 1]
                units = 0
            }
            while lineOffset < target {
                let b = bytes[lineOffset]
                if b & 0xC0 != 0x80 { units += (b >= 0xF0 ? 2 : 1) }
                lineOffset += 1
            }
            resolved[p] = (line, units + 1)
        }
        return ranges.indices.map { i in
            let s = resolved[2 * i], e = resolved[2 * i + 1]
            return Location(line: s.line, column: s.column, endLine: e.line, endColumn: e.column,
                            offset: points[2 * i], endOffset: points[2 * i + 1])
        }
    }

    private func trimmedEnd(_ range: SourceRange) -> Int {
        // Clamped to the text: a range from a reader that lost track of a position never traps here.
        let start = max(0, min(range.start, bytes.count))
        var end = max(start, min(range.end, bytes.count))
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return end
    }

    /// Resolves a byte range. A range that ends just after a line break is pulled back before it,
    /// so a finding never ends at column 1 of the next line.
    public func location(of range: SourceRange) -> Location {
        let end = trimmedEnd(range)
        let start = max(0, min(range.start, bytes.count))
        let line = self.line(at: start)
        let endLine = self.line(at: end)
        return Location(
            line: line, column: column(at: start, line: line),
            endLine: endLine, endColumn: column(at: end, line: endLine),
            offset: start, endOffset: end)
    }
}
