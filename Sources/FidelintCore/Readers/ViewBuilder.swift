import CLibXML2

/// Builds a prose view from text a parser extracted (cmark-gfm text nodes, libxml2 text nodes),
/// finding where each piece stands in the source so that every view byte maps back to its exact
/// source bytes.
///
/// Each piece is searched for forward from a cursor (in HTML, skipping tags, comments and
/// `script`/`style` contents) and aligned byte by byte, tolerating what parsers decode:
/// character references (`&amp;`, `&#8220;`, `&eacute;` become atomic segments), Markdown
/// backslash escapes, CRLF, and runs of white space (collapsed to one space in the view, as a
/// browser renders them). A piece that cannot be found is still added, mapped to the cursor, so no
/// text is lost. Blocks are separated by `\n`, table cells by `\t`.
struct ViewBuilder {
    let source: [UInt8]
    let isHTML: Bool
    private(set) var view: [UInt8] = []
    private(set) var map = OffsetMap()
    /// Where the next search starts (source byte offset).
    var cursor: Int
    private var pendingSpace: SourceRange? = nil
    private var blockViewStart = 0
    private var blockSource: SourceRange? = nil
    /// How far ahead a piece is searched for before it is mapped to the cursor.
    static let searchWindow = 1 << 18
    /// Where each tag, comment or raw element skipped so far ends, by start offset: a piece that
    /// is not found rescans its window, and without this every rescan would parse every tag (and
    /// every inline script) in it again.
    private let skips = SkipMemo()

    static let commentClose = Array("-->".utf8)
    static let commentBangClose = Array("--!>".utf8)

    final class SkipMemo {
        var ends: [Int: Int] = [:]
    }

    init(source: [UInt8], isHTML: Bool, cursor: Int = 0) {
        self.source = source
        self.isHTML = isHTML
        self.cursor = cursor
    }

    var blockIsEmpty: Bool { view.count == blockViewStart }

    /// The first view offset at or after `start` that is not white space or a separator, for
    /// ranges recorded before a pending space was written.
    func contentStart(_ start: Int) -> Int {
        var s = min(start, view.count)
        while s < view.count, view[s] == 0x20 || view[s] == 0x09 || view[s] == 0x0A { s += 1 }
        return s
    }

    /// Moves the cursor forward (never back).
    mutating func advance(to offset: Int) { cursor = max(cursor, min(offset, source.count)) }

    /// Moves the cursor anywhere (to align a piece that stands earlier, such as a `<title>`).
    mutating func reposition(to offset: Int) { cursor = max(0, min(offset, source.count)) }

    // MARK: - Pieces

    /// Adds `text`, aligned to the source. Returns the source range it covers (nil when empty).
    @discardableResult
    mutating func append(_ text: String, limit searchLimit: Int? = nil) -> SourceRange? {
        let collapsed = Self.collapse(text)
        let leading = collapsed.first == 0x20, trailing = collapsed.last == 0x20
        let core = Array(collapsed.drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }.reversed())
        guard !core.isEmpty else {
            if !collapsed.isEmpty, !blockIsEmpty, pendingSpace == nil { pendingSpace = SourceRange(start: cursor, end: cursor) }
            return nil
        }
        let limit = min(source.count, searchLimit ?? source.count, cursor + Self.searchWindow)
        var k = cursor
        var steps: [Step]? = nil
        let firstByte = core[0]
        while k < limit {
            let b = source[k]
            if b == 0x3C {
                k = skipMarkup(k, limit: limit)
                guard k < limit else { break }
            }
            let c = source[k]
            if c == firstByte || c == 0x26 || c == 0x5C,
               let s = match(core, at: k, entities: true) ?? match(core, at: k, entities: false) {
                steps = s
                break
            }
            k += 1
        }
        guard let steps else {
            // Not found: keep the text, mapped to the cursor.
            flushSpace(leading)
            let start = view.count
            view += core
            map.append(viewStart: start, viewLength: core.count, sourceStart: cursor, sourceLength: 0)
            note(SourceRange(start: cursor, end: cursor))
            return SourceRange(start: cursor, end: cursor)
        }
        if leading, !blockIsEmpty, pendingSpace == nil { pendingSpace = SourceRange(start: cursor, end: k) }
        var first = true
        var covered: SourceRange? = nil
        for step in steps {
            if step.isSpace {
                pendingSpace = SourceRange(start: step.sourceStart, end: step.sourceStart + step.sourceLength)
                continue
            }
            if first { first = false }
            flushSpace(false)
            let start = view.count
            view += step.bytes
            map.append(viewStart: start, viewLength: step.bytes.count, sourceStart: step.sourceStart, sourceLength: step.sourceLength)
            let r = SourceRange(start: step.sourceStart, end: step.sourceStart + step.sourceLength)
            covered = covered.map { $0.union(r) } ?? r
        }
        if let c = covered {
            note(c)
            cursor = c.end
        }
        if trailing { pendingSpace = SourceRange(start: cursor, end: cursor) }
        return covered
    }

    /// Adds text that is known to stand at `range` (for example a front-matter value), atomically.
    mutating func append(_ text: String, at range: SourceRange) {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return }
        flushSpace(false)
        let start = view.count
        view += bytes
        map.append(viewStart: start, viewLength: bytes.count, sourceStart: range.start, sourceLength: range.length)
        note(range)
    }

    /// The piece added since view offset `start` (leading white space and separators skipped):
    /// its view range, its text (trimmed) and its source range; an empty piece sits at the cursor.
    func piece(since start: Int) -> (view: Range<Int>, text: String, range: SourceRange) {
        let from = contentStart(start)
        let view = from..<self.view.count
        let text = String(decoding: self.view[view], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        let range = view.isEmpty ? SourceRange(start: cursor, end: cursor) : map.sourceRange(view)
        return (view, text, range)
    }

    /// A separator inside a block (a table cell boundary, a line break): no source bytes.
    mutating func separator(_ byte: UInt8) {
        pendingSpace = nil
        guard !blockIsEmpty, view.last != byte else { return }
        view.append(byte)
    }

    /// A soft line break inside a paragraph: U+2028 LINE SEPARATOR, which patterns treat as a
    /// line end (`^`, `$`, `\R`) and as white space (`\s`), while `[^\n]` still crosses it, so a
    /// phrase wrapped over two lines of one paragraph is found and never one spanning two blocks.
    mutating func softBreak() {
        pendingSpace = nil
        guard !blockIsEmpty else { return }
        view += [0xE2, 0x80, 0xA8]
    }

    /// Ends the current block; returns its view and source ranges, or nil when it was empty.
    mutating func endBlock() -> (view: Range<Int>, source: SourceRange)? {
        pendingSpace = nil
        while view.count > blockViewStart, view.last == 0x09 || view.last == 0x0A || view.last == 0x20 { view.removeLast() }
        defer {
            blockViewStart = view.count
            blockSource = nil
        }
        guard view.count > blockViewStart, let src = blockSource else { return nil }
        let range = blockViewStart..<view.count
        view.append(0x0A)
        return (range, src)
    }

    private mutating func note(_ r: SourceRange) {
        blockSource = blockSource.map { $0.union(r) } ?? r
    }

    private mutating func flushSpace(_ force: Bool) {
        guard let s = pendingSpace ?? (force && !blockIsEmpty ? SourceRange(start: cursor, end: cursor) : nil) else { return }
        pendingSpace = nil
        guard !blockIsEmpty, view.last != 0x20, view.last != 0x09, view.last != 0x0A else { return }
        let start = view.count
        view.append(0x20)
        map.append(viewStart: start, viewLength: 1, sourceStart: s.start, sourceLength: s.length)
    }

    // MARK: - Alignment

    struct Step {
        var bytes: [UInt8]
        var sourceStart: Int
        var sourceLength: Int
        var isSpace: Bool
    }

    /// Aligns `text` (collapsed, no leading or trailing space) at source offset `k`.
    /// With `entities` false, a "&" that the text also has is taken literally (libxml2 keeps
    /// "&amp D" as written when no ";" follows).
    private func match(_ text: [UInt8], at k0: Int, entities: Bool) -> [Step]? {
        var steps: [Step] = []
        var i = 0, k = k0
        let n = source.count
        while i < text.count {
            let c = text[i]
            if c == 0x20 {
                // One space in the view stands for a run of white space in the source: white-space
                // bytes, references to white space ("&#13;", "&#x20;") and, in HTML, tags that
                // libxml2 dropped between the words.
                var e = k
                while e < n {
                    if Self.isSpace(source[e]) { e += 1; continue }
                    if source[e] == 0x26, let (d, len) = Self.entity(source, at: e, requireSemicolon: !isHTML), d.count == 1, Self.isSpace(d[0]) {
                        e += len; continue
                    }
                    if isHTML, source[e] == 0x3C {
                        let skipped = skipMarkup(e, limit: min(n, e + 4096), rawElements: false)
                        if skipped > e { e = skipped; continue }
                    }
                    break
                }
                guard e > k else { return nil }
                steps.append(Step(bytes: [0x20], sourceStart: k, sourceLength: e - k, isSpace: true))
                i += 1; k = e
                continue
            }
            guard k < n else { return nil }
            let s = source[k]
            if isHTML, s == 0x3C, c != 0x3C {
                // A stray end tag libxml2 dropped, joining the text on both sides into one node.
                let skipped = skipMarkup(k, limit: min(n, k + 4096), rawElements: false)
                if skipped > k { k = skipped; continue }
            }
            if s == 0x26, entities || c != 0x26, let (decoded, length) = Self.entity(source, at: k, requireSemicolon: !isHTML),
               i + decoded.count <= text.count, Array(text[i..<(i + decoded.count)]) == decoded {
                // A character reference first: "&amp;" is not a literal "&".
                steps.append(Step(bytes: decoded, sourceStart: k, sourceLength: length, isSpace: false))
                i += decoded.count; k += length
            } else if s == c {
                if let last = steps.last, !last.isSpace, last.bytes.count == last.sourceLength,
                   last.sourceStart + last.sourceLength == k {
                    steps[steps.count - 1].bytes.append(c)
                    steps[steps.count - 1].sourceLength += 1
                } else {
                    steps.append(Step(bytes: [c], sourceStart: k, sourceLength: 1, isSpace: false))
                }
                i += 1; k += 1
            } else if !isHTML, s == 0x26, c != 0x26, let length = Self.unknownEntityLength(source, at: k) {
                // An HTML5 entity cmark-gfm knows and libxml2's HTML4 table does not: one character.
                let width = Self.scalarWidth(c)
                guard i + width <= text.count else { return nil }
                steps.append(Step(bytes: Array(text[i..<(i + width)]), sourceStart: k, sourceLength: length, isSpace: false))
                i += width; k += length
            } else if !isHTML, s == 0x5C, k + 1 < n, source[k + 1] == c {
                steps.append(Step(bytes: [c], sourceStart: k, sourceLength: 2, isSpace: false))
                i += 1; k += 2
            } else {
                return nil
            }
        }
        return steps
    }

    /// In HTML, the first offset at or after `k` that is not inside a tag, a comment, or the
    /// contents of a `script`, `style`, `noscript` or `template` element.
    /// With `rawElements` false only one tag or comment is skipped (inside a match, where a
    /// dropped end tag may stand), never a whole `script` or `style` element.
    private func skipMarkup(_ k0: Int, limit: Int, rawElements: Bool = true) -> Int {
        guard isHTML else { return k0 }
        var k = k0
        while k < limit, source[k] == 0x3C {
            let memoKey = rawElements ? k : -k - 1
            if let end = skips.ends[memoKey], end <= limit {
                k = end
                continue
            }
            let tagStart = k
            defer { if k > tagStart, k < limit { skips.ends[memoKey] = k } }
            guard k + 1 < limit else { return k }
            let next = source[k + 1]
            if next == 0x21, k + 3 < limit, source[k + 2] == 0x2D, source[k + 3] == 0x2D {
                // "--!>" also ends a comment; look for it only before the first "-->".
                let close = find(Self.commentClose, from: k + 4, limit: limit).map { $0 + 3 } ?? limit
                let bang = find(Self.commentBangClose, from: k + 4, limit: min(limit, close + 1)).map { $0 + 4 } ?? limit
                k = min(close, bang)
            } else if Self.isASCIILetter(next) || next == 0x2F || next == 0x21 || next == 0x3F {
                let nameStart = next == 0x2F ? k + 2 : k + 1
                var e = k + 1
                var quote: UInt8? = nil
                var previous: UInt8 = 0
                while e < limit {
                    let b = source[e]
                    if let q = quote {
                        if b == q { quote = nil }
                    } else if (b == 0x22 || b == 0x27) && previous == 0x3D {
                        quote = b   // a quoted attribute value (an apostrophe elsewhere is text)
                    } else if b == 0x3E {
                        break
                    }
                    if !Self.isSpace(b) { previous = b }
                    e += 1
                }
                let name = tagName(at: nameStart, limit: e)
                k = min(e + 1, limit)
                if rawElements, next != 0x2F, ["script", "style", "noscript", "template", "textarea", "svg", "iframe", "object", "math"].contains(name) {
                    k = find(Array("</\(name)".utf8), from: k, limit: limit, caseless: true) ?? limit
                }
            } else {
                return k
            }
        }
        return k
    }

    private func tagName(at start: Int, limit: Int) -> String {
        var e = start
        while e < limit, Self.isASCIILetter(source[e]) || (source[e] >= 0x30 && source[e] <= 0x39) { e += 1 }
        return String(decoding: source[start..<e], as: UTF8.self).lowercased()
    }

    private func find(_ needle: [UInt8], from: Int, limit: Int, caseless: Bool = false) -> Int? {
        ByteText.find(needle, in: source, from: from, to: limit, caseless: caseless)
    }

    // MARK: - Helpers

    /// Collapses white-space runs (including CR, LF, tab) to one space.
    static func collapse(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var space = false
        for b in text.utf8 {
            if isSpace(b) { space = true; continue }
            if space { out.append(0x20); space = false }
            out.append(b)
        }
        if space { out.append(0x20) }
        if out.isEmpty, space { return [0x20] }
        return out
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { ByteText.lower(b) }

    /// Decodes a character reference at `k` (`&name;`, `&#NNN;`, `&#xHH;`): its UTF-8 bytes and
    /// its length in the source. Named references use libxml2's HTML entity table.
    /// The length of `&name;` at `k` when the name is not in libxml2's table (HTML5-only).
    static func unknownEntityLength(_ s: [UInt8], at k: Int) -> Int? {
        var e = k + 1
        while e < s.count, e - k <= 33, isASCIILetter(s[e]) || (s[e] >= 0x30 && s[e] <= 0x39) { e += 1 }
        guard e > k + 1, e < s.count, s[e] == 0x3B, entity(s, at: k, requireSemicolon: true) == nil else { return nil }
        return e + 1 - k
    }

    /// UTF-8 width of the scalar that starts with byte `b`.
    static func scalarWidth(_ b: UInt8) -> Int { b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2 }

    static func entity(_ s: [UInt8], at k: Int, requireSemicolon: Bool = false) -> ([UInt8], Int)? {
        var e = k + 1
        let n = s.count
        guard e < n else { return nil }
        var scalar: UInt32? = nil
        if s[e] == 0x23 {
            e += 1
            var hex = false
            if e < n, s[e] == 0x78 || s[e] == 0x58 { hex = true; e += 1 }
            let digitsStart = e
            while e < n, e - digitsStart < 8, hex ? isHex(s[e]) : (s[e] >= 0x30 && s[e] <= 0x39) { e += 1 }
            guard e > digitsStart else { return nil }
            scalar = UInt32(String(decoding: s[digitsStart..<e], as: UTF8.self), radix: hex ? 16 : 10)
        } else {
            let nameStart = e
            while e < n, e - nameStart < 32, isASCIILetter(s[e]) || (s[e] >= 0x30 && s[e] <= 0x39) { e += 1 }
            guard e > nameStart else { return nil }
            var name = Array(s[nameStart..<e])
            name.append(0)
            if let desc = name.withUnsafeBufferPointer({ htmlEntityLookup($0.baseAddress) }) {
                scalar = desc.pointee.value
            }
        }
        guard var value = scalar else { return nil }
        if requireSemicolon, !(e < n && s[e] == 0x3B) { return nil }   // CommonMark needs the ";"
        if value == 0 || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { value = 0xFFFD }
        let length = (e < n && s[e] == 0x3B) ? e + 1 - k : e - k
        return (Array(String(Character(Unicode.Scalar(value)!)).utf8), length)
    }

    @inline(__always) static func isHex(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66)
    }
}
