import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    private let scratch = Scratch()

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
        var text = text
        return text.withUTF8 { append(utf8: $0, limit: searchLimit) }
    }

    /// Adds the NUL-terminated UTF-8 text at `text` (a parser's text node), aligned to the source.
    @discardableResult
    mutating func append(cString text: UnsafePointer<UInt8>, limit searchLimit: Int? = nil) -> SourceRange? {
        let count = text.withMemoryRebound(to: CChar.self, capacity: 1) { strlen($0) }
        return append(utf8: UnsafeBufferPointer(start: text, count: count), limit: searchLimit)
    }

    /// `append(cString:)` for a C string of `CChar` (cmark-gfm's literals).
    @discardableResult
    mutating func append(cString text: UnsafePointer<CChar>, limit searchLimit: Int? = nil) -> SourceRange? {
        let count = strlen(text)
        return text.withMemoryRebound(to: UInt8.self, capacity: max(count, 1)) {
            append(utf8: UnsafeBufferPointer(start: $0, count: count), limit: searchLimit)
        }
    }

    /// Adds the UTF-8 bytes `text`, aligned to the source: white-space runs are collapsed to one
    /// space, the rest is searched for from the cursor (see the type). Returns the source range
    /// it covers, nil when `text` is only white space.
    @discardableResult
    mutating func append(utf8 text: UnsafeBufferPointer<UInt8>, limit searchLimit: Int? = nil) -> SourceRange? {
        guard !text.isEmpty else { return nil }
        let leading = Self.isSpace(text[0]), trailing = Self.isSpace(text[text.count - 1])
        if Self.isSimple(text) {
            // Text whose only white space is single spaces is its own collapsed form: no copy.
            let lo = leading ? 1 : 0, hi = text.count - (trailing && text.count > lo ? 1 : 0)
            return append(core: UnsafeBufferPointer(rebasing: text[lo..<hi]), leading: leading, trailing: trailing,
                          limit: searchLimit)
        }
        Self.collapse(text, into: &scratch.collapsed)
        let collapsed = scratch.collapsed
        var lo = 0, hi = collapsed.count
        while lo < hi, collapsed[lo] == 0x20 { lo += 1 }
        while hi > lo, collapsed[hi - 1] == 0x20 { hi -= 1 }
        return collapsed.withUnsafeBufferPointer { c in
            append(core: UnsafeBufferPointer(rebasing: c[lo..<hi]), leading: leading, trailing: trailing, limit: searchLimit)
        }
    }

    /// Where `append(utf8:limit:)` would align `text` from the cursor, without adding it (the
    /// builder is not changed): the source range that call would return (nil when `text` is only
    /// white space, the cursor when it is not found).
    func locate(utf8 text: UnsafeBufferPointer<UInt8>, limit searchLimit: Int? = nil) -> SourceRange? {
        guard !text.isEmpty else { return nil }
        if Self.isSimple(text) {
            let lo = Self.isSpace(text[0]) ? 1 : 0
            let hi = text.count - (Self.isSpace(text[text.count - 1]) && text.count > lo ? 1 : 0)
            return locate(core: UnsafeBufferPointer(rebasing: text[lo..<hi]), limit: searchLimit)
        }
        Self.collapse(text, into: &scratch.collapsed)
        let collapsed = scratch.collapsed
        var lo = 0, hi = collapsed.count
        while lo < hi, collapsed[lo] == 0x20 { lo += 1 }
        while hi > lo, collapsed[hi - 1] == 0x20 { hi -= 1 }
        return collapsed.withUnsafeBufferPointer { c in locate(core: UnsafeBufferPointer(rebasing: c[lo..<hi]), limit: searchLimit) }
    }

    /// `locate(utf8:)` of a collapsed text without leading or trailing space (empty: white space only).
    private func locate(core: UnsafeBufferPointer<UInt8>, limit searchLimit: Int?) -> SourceRange? {
        guard !core.isEmpty else { return nil }
        guard search(core, limit: searchLimit) != nil else { return SourceRange(start: cursor, end: cursor) }
        var covered: SourceRange? = nil
        for step in scratch.steps where !step.isSpace {
            let r = SourceRange(start: step.sourceStart, end: step.sourceStart + step.sourceLength)
            covered = covered.map { $0.union(r) } ?? r
        }
        return covered
    }

    /// Where `core` (collapsed, no leading or trailing space, not empty) is aligned first from the
    /// cursor, skipping markup; the alignment's steps are then in `scratch.steps`. Nil when it is
    /// not found within the search window (or before `searchLimit`).
    private func search(_ core: UnsafeBufferPointer<UInt8>, limit searchLimit: Int?) -> Int? {
        let limit = min(source.count, searchLimit ?? source.count, cursor + Self.searchWindow)
        var k = cursor
        let firstByte = core[0]
        while k < limit {
            let b = source[k]
            if b == 0x3C {
                k = skipMarkup(k, limit: limit)
                guard k < limit else { break }
            }
            let c = source[k]
            if c == firstByte || c == 0x26 || c == 0x5C,
               match(core, at: k, entities: true, into: &scratch.steps) || match(core, at: k, entities: false, into: &scratch.steps) {
                return k
            }
            k += 1
        }
        return nil
    }

    /// `append(utf8:)` of the collapsed text `core` without its leading or trailing space, which
    /// `leading` and `trailing` tell (`core` empty: the text was white space only).
    private mutating func append(core: UnsafeBufferPointer<UInt8>, leading: Bool, trailing: Bool, limit searchLimit: Int?) -> SourceRange? {
        guard !core.isEmpty else {
            if !blockIsEmpty, pendingSpace == nil { pendingSpace = SourceRange(start: cursor, end: cursor) }
            return nil
        }
        guard let k = search(core, limit: searchLimit) else {
            // Not found: keep the text, mapped to the cursor.
            flushSpace(leading)
            let start = view.count
            view.append(contentsOf: core)
            map.append(viewStart: start, viewLength: core.count, sourceStart: cursor, sourceLength: 0)
            note(SourceRange(start: cursor, end: cursor))
            return SourceRange(start: cursor, end: cursor)
        }
        if leading, !blockIsEmpty, pendingSpace == nil { pendingSpace = SourceRange(start: cursor, end: k) }
        var covered: SourceRange? = nil
        for step in scratch.steps {
            if step.isSpace {
                pendingSpace = SourceRange(start: step.sourceStart, end: step.sourceStart + step.sourceLength)
                continue
            }
            flushSpace(false)
            let start = view.count
            view.append(contentsOf: UnsafeBufferPointer(rebasing: core[step.textStart..<(step.textStart + step.textLength)]))
            map.append(viewStart: start, viewLength: step.textLength, sourceStart: step.sourceStart, sourceLength: step.sourceLength)
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
        let view = pieceView(since: start)
        return (view, pieceText(view), pieceRange(view))
    }

    /// The view range of the piece added since view offset `start` (see `piece(since:)`).
    func pieceView(since start: Int) -> Range<Int> { contentStart(start)..<view.count }

    /// The source range of a piece's view range; an empty piece sits at the cursor.
    func pieceRange(_ range: Range<Int>) -> SourceRange {
        range.isEmpty ? SourceRange(start: cursor, end: cursor) : map.sourceRange(range)
    }

    /// The text of a piece's view range, with white space (tab and Unicode `Zs`, as Foundation's
    /// `CharacterSet.whitespaces`) trimmed from both ends.
    func pieceText(_ range: Range<Int>) -> String {
        let bytes = view[range]
        // Foundation is needed only when a piece starts or ends with white space.
        if let first = bytes.first, let last = Self.lastScalar(bytes),
           !Self.isHorizontalSpace(Self.firstScalar(bytes) ?? UInt32(first)), !Self.isHorizontalSpace(last) {
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
    }

    /// What `CharacterSet.whitespaces` may trim: tab, the `Zs` (space separator) scalars, and
    /// U+200B and U+180E, which Core Foundation's set still holds or once held.
    static func isHorizontalSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09, 0x20, 0xA0, 0x1680, 0x180E, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// The first Unicode scalar of valid UTF-8 `bytes`.
    static func firstScalar(_ bytes: ArraySlice<UInt8>) -> UInt32? {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        if case let .scalarValue(v) = decoder.decode(&it) { return v.value }
        return nil
    }

    /// The last Unicode scalar of valid UTF-8 `bytes`.
    static func lastScalar(_ bytes: ArraySlice<UInt8>) -> UInt32? {
        guard !bytes.isEmpty else { return nil }
        var s = bytes.endIndex - 1
        while s > bytes.startIndex, bytes[s] & 0xC0 == 0x80 { s -= 1 }
        return firstScalar(bytes[s...])
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

    /// One aligned run of a piece: `textLength` bytes of the piece from `textStart` stand for
    /// `sourceLength` source bytes from `sourceStart` (equal lengths: copied byte for byte;
    /// otherwise an entity, escape or white-space run).
    struct Step {
        var textStart: Int
        var textLength: Int
        var sourceStart: Int
        var sourceLength: Int
        var isSpace: Bool
    }

    /// Buffers reused by every `append` of one builder (never shared between files).
    final class Scratch {
        var collapsed: [UInt8] = []
        var steps: [Step] = []
    }

    /// Aligns `text` (collapsed, no leading or trailing space) at source offset `k`; on success
    /// the steps are in `steps` (whose old contents are dropped either way).
    /// With `entities` false, a "&" that the text also has is taken literally (libxml2 keeps
    /// "&amp D" as written when no ";" follows).
    private func match(_ text: UnsafeBufferPointer<UInt8>, at k0: Int, entities: Bool, into steps: inout [Step]) -> Bool {
        steps.removeAll(keepingCapacity: true)
        let base = 0
        let count = text.count
        var i = 0, k = k0
        let n = source.count
        while i < count {
            let c = text[base + i]
            if c == 0x20 {
                // One space in the view stands for a run of white space in the source: white-space
                // bytes, references to white space ("&#13;", "&#x20;") and, in HTML, tags that
                // libxml2 dropped between the words.
                var e = k
                while e < n {
                    if Self.isSpace(source[e]) { e += 1; continue }
                    if source[e] == 0x26, let (d, len) = Self.entityScalar(source, at: e, requireSemicolon: !isHTML),
                       d < 0x80, Self.isSpace(UInt8(d)) {
                        e += len; continue
                    }
                    if isHTML, source[e] == 0x3C {
                        let skipped = skipMarkup(e, limit: min(n, e + 4096), rawElements: false)
                        if skipped > e { e = skipped; continue }
                    }
                    break
                }
                guard e > k else { return false }
                steps.append(Step(textStart: i, textLength: 1, sourceStart: k, sourceLength: e - k, isSpace: true))
                i += 1; k = e
                continue
            }
            guard k < n else { return false }
            let s = source[k]
            if isHTML, s == 0x3C, c != 0x3C {
                // A stray end tag libxml2 dropped, joining the text on both sides into one node.
                let skipped = skipMarkup(k, limit: min(n, k + 4096), rawElements: false)
                if skipped > k { k = skipped; continue }
            }
            if s == 0x26, entities || c != 0x26, let (scalar, length) = Self.entityScalar(source, at: k, requireSemicolon: !isHTML),
               Self.textHas(scalar, text, at: base + i) {
                // A character reference first: "&amp;" is not a literal "&".
                let width = Self.utf8Width(scalar)
                steps.append(Step(textStart: i, textLength: width, sourceStart: k, sourceLength: length, isSpace: false))
                i += width; k += length
            } else if s == c {
                if let last = steps.last, !last.isSpace, last.textLength == last.sourceLength,
                   last.sourceStart + last.sourceLength == k {
                    steps[steps.count - 1].textLength += 1
                    steps[steps.count - 1].sourceLength += 1
                } else {
                    steps.append(Step(textStart: i, textLength: 1, sourceStart: k, sourceLength: 1, isSpace: false))
                }
                i += 1; k += 1
                // The bytes that follow and are equal join this step (see `literalRun`).
                let run = source.withUnsafeBufferPointer { s in Self.literalRun(text, i, s, k) }
                if run > 0 {
                    steps[steps.count - 1].textLength += run
                    steps[steps.count - 1].sourceLength += run
                    i += run; k += run
                }
            } else if !isHTML, s == 0x26, c != 0x26, let length = Self.unknownEntityLength(source, at: k) {
                // An HTML5 entity cmark-gfm knows and libxml2's HTML4 table does not: one character.
                let width = Self.scalarWidth(c)
                guard i + width <= count else { return false }
                steps.append(Step(textStart: i, textLength: width, sourceStart: k, sourceLength: length, isSpace: false))
                i += width; k += length
            } else if !isHTML, s == 0x5C, k + 1 < n, source[k + 1] == c {
                steps.append(Step(textStart: i, textLength: 1, sourceStart: k, sourceLength: 2, isSpace: false))
                i += 1; k += 2
            } else {
                return false
            }
        }
        return true
    }

    /// How many bytes from `t[i]` and `s[k]` on are equal and can join a literal step: what the
    /// literal branch of `match` would add one by one. It stops at an "&" or "<" in the source
    /// (a reference, or markup libxml2 dropped). A space joins only when it stands for exactly
    /// one source space (the next source byte is no white space, "&" or "<"): then `match`
    /// would make a space step between two literal steps, which gives the same view byte and,
    /// all three being byte-for-byte, the same merged map segment.
    static func literalRun(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ s: UnsafeBufferPointer<UInt8>, _ k: Int) -> Int {
        var run = 0
        let tn = t.count, sn = s.count
        // Eight bytes at a time while they all join (the byte loop below decides the rest): equal,
        // no control byte, "&" or "<", no two spaces in a row, and a space in the last byte only
        // when the source byte after the word is no white space, "&" or "<".
        if let tb = t.baseAddress, let sb = s.baseAddress {
            while i + run + 8 <= tn, k + run + 9 <= sn {
                let a = SWAR.load(tb + i + run), b = SWAR.load(sb + k + run)
                guard a == b, !SWAR.hasLess(b, 0x20), !SWAR.hasByte(b, 0x26), !SWAR.hasByte(b, 0x3C) else { break }
                let spaces = SWAR.byteMask(b, 0x20)
                if spaces != 0 {
                    if spaces & (spaces >> 8) != 0 { break }
                    if spaces >> 56 != 0 {
                        let c = sb[k + run + 8]
                        if isSpace(c) || c == 0x26 || c == 0x3C { break }
                    }
                }
                run += 8
            }
        }
        return run + literalRunBytes(t, i + run, s, k + run)
    }

    /// `literalRun` byte by byte (the reference the word-at-a-time loop is tested against).
    static func literalRunBytes(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ s: UnsafeBufferPointer<UInt8>, _ k: Int) -> Int {
        var run = 0
        let tn = t.count, sn = s.count
        while i + run < tn, k + run < sn {
            let a = t[i + run], b = s[k + run]
            guard a == b, b != 0x26, b != 0x3C else { break }
            if a == 0x20 {
                let after = k + run + 1
                guard after < sn else { break }
                let c = s[after]
                if isSpace(c) || c == 0x26 || c == 0x3C { break }
            }
            run += 1
        }
        return run
    }

    /// UTF-8 width of scalar value `v` (a valid scalar).
    @inline(__always) static func utf8Width(_ v: UInt32) -> Int { v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4 }

    /// Whether the UTF-8 encoding of scalar `v` stands in `text` at index `at`.
    static func textHas(_ v: UInt32, _ text: UnsafeBufferPointer<UInt8>, at: Int) -> Bool {
        let width = utf8Width(v)
        guard at + width <= text.count else { return false }
        switch width {
        case 1: return text[at] == UInt8(v)
        case 2: return text[at] == UInt8(0xC0 | (v >> 6)) && text[at + 1] == UInt8(0x80 | (v & 0x3F))
        case 3: return text[at] == UInt8(0xE0 | (v >> 12)) && text[at + 1] == UInt8(0x80 | ((v >> 6) & 0x3F))
            && text[at + 2] == UInt8(0x80 | (v & 0x3F))
        default: return text[at] == UInt8(0xF0 | (v >> 18)) && text[at + 1] == UInt8(0x80 | ((v >> 12) & 0x3F))
            && text[at + 2] == UInt8(0x80 | ((v >> 6) & 0x3F)) && text[at + 3] == UInt8(0x80 | (v & 0x3F))
        }
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
            if !skips.ends.isEmpty, let end = skips.ends[memoKey], end <= limit {
                k = end
                continue
            }
            let tagStart = k
            // Only long skips (comments, scripts, styles) are remembered: parsing a short tag
            // again gives the same end and costs less than the dictionary.
            defer { if k > tagStart + Self.memoMinimum, k < limit { skips.ends[memoKey] = k } }
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
                k = min(e + 1, limit)
                if rawElements, next != 0x2F, let name = rawElementName(at: nameStart, limit: e) {
                    k = find(name, from: k, limit: limit, caseless: true) ?? limit
                }
            } else {
                return k
            }
        }
        return k
    }

    /// Skips shorter than this many bytes are not remembered in `skips`.
    static let memoMinimum = 64

    /// Elements whose contents are not text (`script`, `style`, …), lower-case, each with the
    /// `</name` that ends it.
    static let rawElements: [(name: [UInt8], close: [UInt8])] =
        ["script", "style", "noscript", "template", "textarea", "svg", "iframe", "object", "math"].map {
            (Array($0.utf8), Array("</\($0)".utf8))
        }

    /// When the tag name at `start` (ASCII letters and digits, any case) is a raw element's:
    /// the `</name` that closes it (lower-case; searched for ignoring case).
    private func rawElementName(at start: Int, limit: Int) -> [UInt8]? {
        var e = start
        while e < limit, Self.isASCIILetter(source[e]) || (source[e] >= 0x30 && source[e] <= 0x39) { e += 1 }
        let length = e - start
        guard length >= 3, length <= 8 else { return nil }
        outer: for (name, close) in Self.rawElements where name.count == length {
            for j in 0..<length where ByteText.lower(source[start + j]) != name[j] { continue outer }
            return close
        }
        return nil
    }

    private func find(_ needle: [UInt8], from: Int, limit: Int, caseless: Bool = false) -> Int? {
        ByteText.find(needle, in: source, from: from, to: limit, caseless: caseless)
    }

    // MARK: - Helpers

    /// Collapses white-space runs (including CR, LF, tab) to one space.
    static func collapse(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        var text = text
        text.withUTF8 { collapse($0, into: &out) }
        return out
    }

    /// Whether `text`'s only white space is single spaces (then it is its own collapsed form).
    static func isSimple(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousSpace = false
        var i = 0
        let n = text.count
        if let base = text.baseAddress {
            // Eight bytes at a time while they hold no control byte: only two spaces in a row
            // (within the word, or across from the one before) make the text not simple.
            while i + 8 <= n {
                let x = SWAR.load(base + i)
                if SWAR.hasLess(x, 0x20) { break }
                let spaces = SWAR.byteMask(x, 0x20)
                if spaces & (spaces >> 8) != 0 || (previousSpace && spaces & 0x80 != 0) { return false }
                previousSpace = spaces >> 56 != 0
                i += 8
            }
        }
        return isSimpleBytes(text, from: i, previousSpace: previousSpace)
    }

    /// `isSimple` byte by byte from `i` (`previousSpace`: the byte before `i` is a space); the
    /// reference the word-at-a-time loop is tested against.
    static func isSimpleBytes(_ text: UnsafeBufferPointer<UInt8>, from start: Int = 0, previousSpace wasSpace: Bool = false) -> Bool {
        var previousSpace = wasSpace
        var i = start
        let n = text.count
        while i < n {
            let b = text[i]
            if b > 0x20 {
                previousSpace = false
            } else if b == 0x20 {
                if previousSpace { return false }
                previousSpace = true
            } else if isSpace(b) {
                return false
            } else {
                previousSpace = false
            }
            i += 1
        }
        return true
    }

    /// `collapse` into `out` (its old contents dropped, its capacity kept).
    static func collapse(_ text: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        if isSimple(text) { out.append(contentsOf: text); return }
        out.reserveCapacity(text.count)
        var space = false
        for b in text {
            if isSpace(b) { space = true; continue }
            if space { out.append(0x20); space = false }
            out.append(b)
        }
        if space { out.append(0x20) }
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
        guard let (value, length) = entityScalar(s, at: k, requireSemicolon: requireSemicolon) else { return nil }
        return (Array(String(Character(Unicode.Scalar(value)!)).utf8), length)
    }

    /// `entity(…)` as a scalar value (never 0, a surrogate or above U+10FFFF: those become
    /// U+FFFD) and the reference's length in the source.
    static func entityScalar(_ s: [UInt8], at k: Int, requireSemicolon: Bool = false) -> (UInt32, Int)? {
        var e = k + 1
        let n = s.count
        guard e < n else { return nil }
        var scalar: UInt32? = nil
        if s[e] == 0x23 {
            e += 1
            var hex = false
            if e < n, s[e] == 0x78 || s[e] == 0x58 { hex = true; e += 1 }
            let digitsStart = e
            var value: UInt32 = 0
            while e < n, e - digitsStart < 8, hex ? isHex(s[e]) : (s[e] >= 0x30 && s[e] <= 0x39) {
                // At most 8 digits: 0xFFFFFFFF fits, 99,999,999 fits.
                let b = s[e]
                let digit = b <= 0x39 ? b - 0x30 : (b | 0x20) - 0x61 + 10
                value = value &* (hex ? 16 : 10) &+ UInt32(digit)
                e += 1
            }
            guard e > digitsStart else { return nil }
            scalar = value
        } else {
            let nameStart = e
            while e < n, e - nameStart < 32, isASCIILetter(s[e]) || (s[e] >= 0x30 && s[e] <= 0x39) { e += 1 }
            guard e > nameStart else { return nil }
            var name = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))   // 40 bytes, NUL-padded
            let length = e - nameStart
            withUnsafeMutableBytes(of: &name) { buf in
                for j in 0..<length { buf[j] = s[nameStart + j] }
                if let desc = htmlEntityLookup(buf.baseAddress!.assumingMemoryBound(to: UInt8.self)) {
                    scalar = desc.pointee.value
                }
            }
        }
        guard var value = scalar else { return nil }
        if requireSemicolon, !(e < n && s[e] == 0x3B) { return nil }   // CommonMark needs the ";"
        if value == 0 || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { value = 0xFFFD }
        let length = (e < n && s[e] == 0x3B) ? e + 1 - k : e - k
        return (value, length)
    }

    @inline(__always) static func isHex(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66)
    }
}
