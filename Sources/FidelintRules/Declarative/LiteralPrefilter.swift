import FidelintCore
import FidelintRegex
import Foundation

/// One required literal of a pattern rule's prefilter, as declared in the rule file
/// (`prefilter: ['\bhere\b', '^advertis', 'utm_source=']`).
///
/// The literal is compared ASCII-caselessly; any other byte must be equal. It may start with one
/// anchor and end with one edge, each a promise about every match of the pattern that the
/// prefilter checks, never more strictly than PCRE2 would (a non-ASCII neighbour always passes):
/// - `\b…`: the character before the literal is not an ASCII letter, digit or `_`.
/// - `^…`: the literal starts a line after nothing but spaces and tabs (the pattern's
///   `^[ \t]*`); a line starts at the subject's start or after any line break PCRE2 knows
///   (`\n`, `\r`, `\v`, `\f`, U+0085, U+2028, U+2029).
/// - `\A…`: only white space stands between the subject's start and the literal (`\A\s*`).
/// - `…\b`: the character after the literal is not an ASCII letter, digit or `_`, or the
///   subject ends there.
/// - `…\d`: a digit follows the literal (an ASCII digit or any non-ASCII character).
/// - `…\s`: white space follows the literal (an ASCII one, or a character starting with one of
///   the lead bytes of the non-ASCII white space, C2 E1 E2 E3). With it a literal may be one byte
///   (`\bi\s`, for `\bi\s+am`); such a literal serves `starts:` only (a prefilter passes it).
public struct PrefilterLiteral: Sendable, Hashable, CustomStringConvertible {
    /// Where the literal must start.
    public enum Anchor: String, Sendable, Hashable {
        case none = "", wordStart = "\\b", lineStart = "^", textStart = "\\A"
    }

    /// What must follow the literal.
    public enum Edge: String, Sendable, Hashable {
        case none = "", wordEnd = "\\b", digit = "\\d", space = "\\s", nonASCII = "\\u"
    }

    /// The bytes that may follow a one-byte literal: ASCII white space and the lead bytes of the
    /// non-ASCII white space characters (`\\s`), or every lead byte (`\\u`).
    var followers: [UInt8] { edge == .nonASCII ? Array(0xC2...0xF4) : Self.spaceFollowers }

    /// The bytes that may follow a literal ending in `\s`: ASCII white space and the lead bytes
    /// of the non-ASCII white space characters.
    static let spaceFollowers: [UInt8] = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xC2, 0xE1, 0xE2, 0xE3]

    /// The literal's UTF-8 bytes with ASCII letters lower-cased.
    public let bytes: [UInt8]
    public let anchor: Anchor
    public let edge: Edge
    /// The `ArticleLiteralScan` bucket of the literal's first two bytes (0 for a one-byte `^` literal);
    /// a literal without `^` or `\A` registers it with `WantedBuckets` when parsed.
    let bucket: Int

    /// Parses a declared literal.
    /// - Parameter caseless: whether the rule's pattern is caseless; then a non-ASCII character
    ///   with case forms (`é`, `ß`) is refused, as PCRE2 would also match its other forms.
    /// - Throws: a message saying what is wrong.
    public init(parsing text: String, caseless: Bool) throws(PrefilterError) {
        var body = Substring(text)
        var anchor = Anchor.none
        for a in [Anchor.wordStart, .lineStart, .textStart] where body.hasPrefix(a.rawValue) {
            anchor = a
            body = body.dropFirst(a.rawValue.count)
            break
        }
        var edge = Edge.none
        for e in [Edge.wordEnd, .digit, .space, .nonASCII] where body.hasSuffix(e.rawValue) {
            edge = e
            body = body.dropLast(e.rawValue.count)
            break
        }
        self.anchor = anchor
        self.edge = edge
        guard !body.isEmpty else { throw PrefilterError("prefilter literal '\(text)' is empty") }
        for scalar in body.unicodeScalars {
            if scalar.properties.isWhitespace {
                throw PrefilterError("prefilter literal '\(text)' contains white space; a literal is one run of characters that every match contains")
            }
            if scalar == "\\" {
                throw PrefilterError("prefilter literal '\(text)' contains a backslash; write the characters themselves (only a leading \\b or \\A and a trailing \\b or \\d are special)")
            }
            if caseless, !scalar.isASCII, scalar.properties.isCased || scalar.properties.changesWhenCaseMapped {
                throw PrefilterError("prefilter literal '\(text)' contains '\(scalar)', which a caseless pattern also matches in another case; use ASCII or caseless characters")
            }
        }
        let raw = Array(body.utf8)
        if anchor == .wordStart, !Self.isWordByte(raw[0]) {
            throw PrefilterError("prefilter literal '\(text)': a leading \\b must stand before a letter, digit or _")
        }
        if edge == .wordEnd, !Self.isWordByte(raw[raw.count - 1]) {
            throw PrefilterError("prefilter literal '\(text)': a trailing \\b must stand after a letter, digit or _")
        }
        if anchor == .none, Self.isWordByte(raw[0]) {
            throw PrefilterError("prefilter literal '\(text)' starts inside a word; begin it with \\b, ^ or \\A, or with a character that is not a letter, digit or _")
        }
        if anchor == .textStart, raw[0] >= 0x80 || raw[0] <= 0x20 {
            throw PrefilterError("prefilter literal '\(text)': \\A must stand before an ASCII character")
        }
        if anchor != .lineStart, raw.count < 2, edge != .space, edge != .nonASCII {
            throw PrefilterError("prefilter literal '\(text)' is one byte; a literal needs two, or a ^ anchor")
        }
        let lowered = raw.map(ByteText.lower)
        bytes = lowered
        bucket = lowered.count > 1 ? ArticleLiteralScan.bucket(lowered[0], lowered[1]) : 0
        if anchor == .wordStart || anchor == .none {
            if lowered.count == 1 {
                for f in (edge == .nonASCII ? Array(0xC2...0xF4) : Self.spaceFollowers) { WantedBuckets.shared.register([lowered[0], f]) }
            } else {
                WantedBuckets.shared.register(lowered)
            }
        }
    }

    /// The literal as declared.
    public var description: String { anchor.rawValue + String(decoding: bytes, as: UTF8.self) + edge.rawValue }

    /// Whether an occurrence of the literal in the lower-cased prose at byte `p` is one in `text`
    /// (the rule's view: masked bytes are spaces, which no literal contains) with its anchor and
    /// edge holding, for a regex subject `text[0..<subjectEnd]`.
    @inline(__always)
    func holds(at p: Int, in text: UnsafeBufferPointer<UInt8>, subjectEnd: Int) -> Bool {
        bytes.withUnsafeBufferPointer { Self.holds($0, anchor, edge, at: p, in: text, subjectEnd: subjectEnd) }
    }

    /// `holds(at:in:subjectEnd:)` for a literal given by its bytes (lower-cased), anchor and edge.
    @inline(__always)
    static func holds(_ bytes: UnsafeBufferPointer<UInt8>, _ anchor: Anchor, _ edge: Edge, at p: Int,
                      in text: UnsafeBufferPointer<UInt8>, subjectEnd: Int) -> Bool {
        let end = p + bytes.count
        guard end <= text.count else { return false }
        for i in 0..<bytes.count where ByteText.lower(text[p + i]) != bytes[i] { return false }
        switch anchor {
        case .none:
            break
        case .wordStart:
            if p > 0, Self.isWordByte(text[p - 1]) { return false }
        case .lineStart:
            var q = p
            while q > 0, text[q - 1] == 0x20 || text[q - 1] == 0x09 { q -= 1 }
            if q > 0 {
                let b = text[q - 1]
                let lineBreak = (0x0A...0x0D).contains(b)
                    || (b == 0x85 && q >= 2 && text[q - 2] == 0xC2)
                    || ((b == 0xA8 || b == 0xA9) && q >= 3 && text[q - 3] == 0xE2 && text[q - 2] == 0x80)
                if !lineBreak { return false }
            }
        case .textStart:
            // `\s` also takes non-ASCII spaces: any non-ASCII byte passes.
            for q in 0..<p where text[q] < 0x80 && text[q] != 0x20 && !(0x09...0x0D).contains(text[q]) { return false }
        }
        switch edge {
        case .none:
            break
        case .wordEnd:
            if end < subjectEnd, Self.isWordByte(text[end]) { return false }
        case .digit:
            guard end < subjectEnd else { return false }
            let b = text[end]
            if b < 0x80, b &- 0x30 >= 10 { return false }
        case .space:
            guard end < subjectEnd else { return false }
            let b = text[end]
            if !((0x09...0x0D).contains(b) || b == 0x20 || b == 0xC2 || (0xE1...0xE3).contains(b)) { return false }
        case .nonASCII:
            guard end < subjectEnd, text[end] >= 0xC0 else { return false }
        }
        return true
    }

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool { ByteText.isASCIIAlnum(b) || b == 0x5F }

    /// Whether the literal occurs in `text[bounds]` with its anchor and edge, for a regex subject
    /// ending at `subjectEnd` (default `bounds.upperBound`): `lowered` is `text` with ASCII letters
    /// lower-cased, or the same for a less-masked view of it (same offsets).
    func occurs(in lowered: [UInt8], text: UnsafeBufferPointer<UInt8>, bounds: Range<Int>, subjectEnd: Int? = nil) -> Bool {
        var from = bounds.lowerBound
        let subjectEnd = min(subjectEnd ?? bounds.upperBound, text.count)
        while let p = ByteText.find(bytes, in: lowered, from: from, to: bounds.upperBound) {
            if holds(at: p, in: text, subjectEnd: subjectEnd) { return true }
            from = p + 1
        }
        return false
    }

    /// Whether the literal (`bytes`, `anchor`, `edge`) occurs at byte `p` of `text`, inside
    /// `bounds`, with its anchor and edge.
    @inline(__always)
    static func at(_ bytes: UnsafeBufferPointer<UInt8>, _ anchor: Anchor, _ edge: Edge, _ p: Int,
                   in text: UnsafeBufferPointer<UInt8>, bounds: Range<Int>) -> Bool {
        p >= bounds.lowerBound && p + bytes.count <= min(bounds.upperBound, text.count)
            && holds(bytes, anchor, edge, at: p, in: text, subjectEnd: min(bounds.upperBound, text.count))
    }
}

/// A declared literal that cannot be used, or a prefilter that its rule's examples contradict.
public struct PrefilterError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// A pattern rule's cheap test before PCRE2 runs: every match of the rule's pattern contains all
/// the literals of one of its `groups`, so a scope in which no group is complete cannot match and
/// is skipped.
///
/// Why a skip is sound: the article's scan (`ArticleLiteralScan`) reads the prose view, which has
/// the same offsets as every masked view. Masking only writes spaces, and no literal contains
/// white space, so a literal in a match in the rule's (masked) view is in the prose at the same
/// offset. Each literal starts where the scan records a key: at a word start or a non-word,
/// non-space byte (`\b` and unanchored literals, whose keys the scan records when they were
/// registered before it was made; a literal whose key it lacks always passes) or at a line's
/// first non-blank byte (`^`).
/// Masking can add such a start only right after a masked span (a masked word character became
/// a space), so those positions are checked one by one. A `\A` literal can only start at the
/// view's first ASCII byte that is not white space, which is checked directly. Every candidate is
/// then verified byte for byte, with its anchor and edge, in the rule's view. When the article
/// contains U+017F (ſ) or U+212A (K), which PCRE2's caseless UCP matching folds to `s` and `k`,
/// the prefilter lets everything through.
public struct LiteralPrefilter: Sendable, Hashable {
    /// At least one group; every match contains all the literals of at least one group. A group
    /// of one is a plain literal; a longer one (`['\bchanges\b', '\bmade\b']` in the file)
    /// holds literals that each match of one part of the pattern contains together.
    public let groups: [[PrefilterLiteral]]
    /// The literals of `groups` in two arrays (`mayMatch` reads them without following a
    /// reference per group and per literal): group after group, each literal's place in `bytes`,
    /// its key, anchor and edge, and whether it ends its group.
    let entries: [Entry]
    let bytes: [UInt8]

    struct Entry: Sendable, Hashable {
        var offset: Int32, count: Int32
        var bucket: Int32
        var anchor: PrefilterLiteral.Anchor
        var edge: PrefilterLiteral.Edge
        var endsGroup: Bool
    }

    public init(groups: [[PrefilterLiteral]]) {
        self.groups = groups
        var entries: [Entry] = []
        var bytes: [UInt8] = []
        for group in groups {
            for (i, literal) in group.enumerated() {
                entries.append(Entry(offset: Int32(bytes.count), count: Int32(literal.bytes.count), bucket: Int32(literal.bucket),
                                     anchor: literal.anchor, edge: literal.edge, endsGroup: i == group.count - 1))
                bytes += literal.bytes
            }
        }
        self.entries = entries
        self.bytes = bytes
    }

    /// A prefilter of plain literals (each its own group).
    public init(literals: [PrefilterLiteral]) {
        self.init(groups: literals.map { [$0] })
    }

    /// The groups as declared: `'a'`, or `['a', 'b']` for a group of two.
    public var declared: String {
        groups.map { g in g.count == 1 ? "'\(g[0])'" : "[" + g.map { "'\($0)'" }.joined(separator: ", ") + "]" }
            .joined(separator: ", ")
    }

    /// Whether a match of the rule could lie in `view[bounds]` (byte offsets, half-open): `false`
    /// only when no group has all its literals there.
    /// - Parameters:
    ///   - scan: the article's shared scan (`ArticleLiteralScan.of(context)`) of the prose view.
    ///   - view: the rule's view of the same article: the prose with `masked` blanked out.
    ///   - masked: the view ranges the rule's view masks (quotations, code), in any order.
    public func mayMatch(_ scan: ArticleLiteralScan, view: [UInt8], masked: [Range<Int>] = [], bounds: Range<Int>) -> Bool {
        if scan.foldsToASCII { return true }
        return view.withUnsafeBufferPointer { v in
            bytes.withUnsafeBufferPointer { blob in
                entries.withUnsafeBufferPointer { entries in
                    // The starts that masking may add: right after each masked span (a word start), and
                    // the first non-blank byte after it (a line start).
                    withUnsafeTemporaryAllocation(of: (word: Int, line: Int).self, capacity: masked.count) { buffer in
                        var count = 0
                        for r in masked where r.upperBound < v.count && r.upperBound < bounds.upperBound {
                            var p = r.upperBound
                            while p < v.count, v[p] == 0x20 || v[p] == 0x09 { p += 1 }
                            buffer[count] = (r.upperBound, p)
                            count += 1
                        }
                        let afterMask = UnsafeBufferPointer(rebasing: buffer[0..<count])
                        // Group after group: all the literals of one must occur.
                        var all = true
                        for e in entries {
                            if all {
                                let literal = UnsafeBufferPointer(rebasing: blob[Int(e.offset)..<Int(e.offset + e.count)])
                                all = Self.occurs(literal, e, scan: scan, view: v, afterMask: afterMask, bounds: bounds)
                            }
                            if e.endsGroup {
                                if all { return true }
                                all = true
                            }
                        }
                        return false
                    }
                }
            }
        }
    }

    /// Whether the literal `bytes` (of `entry`) occurs in `v[bounds]` (see the type's comment for
    /// why this is exact).
    @inline(__always)
    private static func occurs(_ bytes: UnsafeBufferPointer<UInt8>, _ entry: Entry, scan: ArticleLiteralScan,
                               view v: UnsafeBufferPointer<UInt8>, afterMask: UnsafeBufferPointer<(word: Int, line: Int)>,
                               bounds: Range<Int>) -> Bool {
        let first = bytes[0]
        let (anchor, edge) = (entry.anchor, entry.edge)
        switch anchor {
        case .textStart:
            var p = 0
            while p < v.count, v[p] >= 0x80 || v[p] == 0x20 || (0x09...0x0D).contains(v[p]) { p += 1 }
            return PrefilterLiteral.at(bytes, anchor, edge, p, in: v, bounds: bounds)
        case .lineStart:
            if scan.mayStartLine(with: bytes) {
                for (i, b) in scan.lineFirstBytes.enumerated() where b == first {
                    if PrefilterLiteral.at(bytes, anchor, edge, Int(scan.lineStarts[i]), in: v, bounds: bounds) { return true }
                }
            }
            for m in afterMask where m.line < v.count && ByteText.lower(v[m.line]) == first {
                if PrefilterLiteral.at(bytes, anchor, edge, m.line, in: v, bounds: bounds) { return true }
            }
        case .wordStart, .none:
            // A one-byte literal (`\bi\s`) has no two-byte key of its own: it may be anywhere.
            if bytes.count == 1 { return true }
            // A key the scan did not record (registered after it was made) may be anywhere.
            guard let positions = scan.positions(in: Int(entry.bucket)) else { return true }
            for p in positions where PrefilterLiteral.at(bytes, anchor, edge, Int(p), in: v, bounds: bounds) { return true }
            for m in afterMask where ByteText.lower(v[m.word]) == first {
                if PrefilterLiteral.at(bytes, anchor, edge, m.word, in: v, bounds: bounds) { return true }
            }
        }
        return false
    }

    /// Whether the groups cover `match` (a byte range of `text`): all the literals of some group
    /// lie inside it with their anchors and edges holding. Used to check a declared prefilter
    /// against the rule's examples.
    /// - Parameter lowered: `ByteText.lowercasedASCII(text)` when the caller has it.
    public func covers(_ match: Range<Int>, in text: [UInt8], lowered: [UInt8]? = nil) -> Bool {
        let lowered = lowered ?? ByteText.lowercasedASCII(text)
        return text.withUnsafeBufferPointer { t in
            groups.contains { group in
                group.allSatisfy { $0.occurs(in: lowered, text: t, bounds: match, subjectEnd: text.count) }
            }
        }
    }
}

/// The two-byte keys (`ArticleLiteralScan.bucket`) that some user of the scan looks up: the
/// prefilter literals without `^` or `\A` (registered as they are parsed) and the attribution
/// triggers. An `ArticleLiteralScan` records only the starts whose key is wanted when it is made;
/// a key registered later is not in that scan, and `ArticleLiteralScan.positions(in:)` says so.
final class WantedBuckets: @unchecked Sendable {
    /// A snapshot of the wanted keys: each wanted bucket's dense index (`count` for the others)
    /// and the byte classes of `ArticleLiteralScan.classes` with bit 16 on the bytes (either case)
    /// a wanted key can start with.
    final class Table: Sendable {
        let dense: [UInt16]
        let count: Int
        let classes: [UInt8]

        init(buckets: Set<Int>, firstBytes: Set<UInt8>) {
            var dense = [UInt16](repeating: UInt16(buckets.count), count: 1 << ArticleLiteralScan.bucketBits)
            for (i, b) in buckets.sorted().enumerated() { dense[b] = UInt16(i) }
            self.dense = dense
            count = buckets.count
            var classes = ArticleLiteralScan.classes
            for b in firstBytes {
                classes[Int(b)] |= 16
                if b &- 0x61 < 26 { classes[Int(b - 0x20)] |= 16 }
            }
            self.classes = classes
        }
    }

    static let shared = WantedBuckets()
    private let lock = NSLock()
    private var buckets: Set<Int> = []
    private var firstBytes: Set<UInt8> = []
    private var current = Table(buckets: [], firstBytes: [])

    /// Wants the key of a start whose first two bytes (ASCII lower-cased) are `bytes[0]` and `bytes[1]`.
    func register(_ bytes: [UInt8]) {
        guard bytes.count >= 2 else { return }
        let b = ArticleLiteralScan.bucket(bytes[0], bytes[1])
        lock.lock()
        defer { lock.unlock() }
        if buckets.contains(b) && firstBytes.contains(bytes[0]) { return }
        buckets.insert(b)
        firstBytes.insert(bytes[0])
        current = Table(buckets: buckets, firstBytes: firstBytes)
    }

    /// The keys wanted now.
    var table: Table {
        lock.lock()
        defer { lock.unlock() }
        return current
    }
}

/// Where the prefilters of every pattern rule look in one article, computed once per file from
/// the prose view: every position where a literal without `^` may start (a word start, or a
/// byte that is neither a word byte, white space nor a UTF-8 continuation byte) whose key (a hash
/// of its first two bytes, ASCII lower-cased) is wanted (`WantedBuckets`), grouped by key; every
/// line's first non-blank byte; and whether a character that caseless matching folds to an ASCII
/// letter occurs.
public final class ArticleLiteralScan {
    /// The keys recorded.
    let table: WantedBuckets.Table
    /// Byte offsets of the start positions, key by key, ascending in each: the key with dense
    /// index `d` is `starts[bucketEnds[d - 1] ..< bucketEnds[d]]` (from 0 for the first).
    let starts: [Int32]
    let bucketEnds: [Int32]
    /// Byte offsets of each line's first byte that is not a space or tab (`^[ \t]*`), lines ending
    /// at any PCRE2 line break.
    let lineStarts: [Int32]
    /// The byte at each line start, ASCII lower-cased.
    let lineFirstBytes: [UInt8]
    /// Bit sets over the line starts: their first bytes (256 bits), and the keys of their first
    /// two bytes (`bucket`, 1024 bits), ASCII lower-cased.
    let lineFirstSet: [UInt64]
    let linePairSet: [UInt64]
    /// The prose contains U+017F or U+212A, which caseless PCRE2 matches as `s` or `k`.
    public let foldsToASCII: Bool

    static let bucketBits = 10

    /// The bucket of a position whose first two (lower-cased) bytes are `a` and `b`.
    @inline(__always) static func bucket(_ a: UInt8, _ b: UInt8) -> Int {
        Int(((UInt32(a) << 8 | UInt32(b)) &* 0x9E37_79B1) >> UInt32(32 - bucketBits))
    }

    /// Byte classes: 1 word byte (ASCII letter, digit, `_`), 2 space or tab, 4 line break byte
    /// (`\n`, `\v`, `\f`, `\r`), 8 a byte that can start a literal without being a word byte.
    static let classes: [UInt8] = (0...255).map { (b: Int) -> UInt8 in
        let c = UInt8(b)
        if PrefilterLiteral.isWordByte(c) { return 1 }
        if c == 0x20 || c == 0x09 { return 2 }
        if (0x0A...0x0D).contains(c) { return 4 }
        if c < 0x20 || (c >= 0x80 && c < 0xC0) { return 0 }
        return 8
    }

    /// Scans `bytes` (valid UTF-8) for the keys wanted now.
    public convenience init(_ bytes: [UInt8]) {
        self.init(bytes, table: WantedBuckets.shared.table)
    }

    /// Scans `bytes` (valid UTF-8) for the keys of `table`; `wide: false` reads byte by byte only
    /// (the reference for the 64-byte blocks).
    init(_ bytes: [UInt8], table: WantedBuckets.Table, wide: Bool = true) {
        let n = bytes.count
        let buckets = table.count
        self.table = table
        // Start positions and their dense keys, then a counting sort by key.
        let found = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
        let keys = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: n)
        let lineBuffer = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n + 1)
        defer { found.deallocate(); keys.deallocate(); lineBuffer.deallocate() }
        // One more count for the starts whose key is not wanted (see `collect`).
        var ends = [Int32](repeating: 0, count: buckets + 1)
        let (count, lineCount, folds) = bytes.withUnsafeBufferPointer { src in
            table.classes.withUnsafeBufferPointer { cls in
                table.dense.withUnsafeBufferPointer { dense in
                    ends.withUnsafeMutableBufferPointer { perBucket in
                        Self.collect(src, cls, dense, found: found, keys: keys, perBucket: perBucket, lines: lineBuffer, wide: wide)
                    }
                }
            }
        }
        var total: Int32 = 0
        let sorted = [Int32](unsafeUninitializedCapacity: count) { out, initialized in
            ends.withUnsafeMutableBufferPointer { ends in
                let next = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(buckets, 1))
                defer { next.deallocate() }
                for b in 0..<buckets {
                    next[b] = total
                    total += ends[b]
                    ends[b] = total
                }
                ends[buckets] = total
                for j in 0..<count {
                    let b = Int(keys[j])
                    out[Int(next[b])] = found[j]
                    next[b] += 1
                }
            }
            initialized = count
        }
        let lines = Array(lineBuffer[0..<lineCount])
        var firstBytes = [UInt8](repeating: 0, count: lineCount)
        var firstSet = [UInt64](repeating: 0, count: 4)
        var pairSet = [UInt64](repeating: 0, count: (1 << Self.bucketBits) / 64)
        for (i, p) in lines.enumerated() {
            let p = Int(p)
            let a = ByteText.lower(bytes[p])
            firstBytes[i] = a
            firstSet[Int(a) >> 6] |= 1 << UInt64(a & 63)
            if p + 1 < n {
                let k = Self.bucket(a, ByteText.lower(bytes[p + 1]))
                pairSet[k >> 6] |= 1 << UInt64(k & 63)
            }
        }
        lineStarts = lines
        lineFirstBytes = firstBytes
        lineFirstSet = firstSet
        linePairSet = pairSet
        starts = sorted
        bucketEnds = ends
        foldsToASCII = folds
    }

    /// What the scanning loop carries from one byte or block to the next.
    struct ScanState {
        /// Start candidates and line starts written so far.
        var candidates = 0, lineCount = 0
        var folds = false
        /// 1 when the previous byte is a word byte.
        var prevWord: UInt64 = 0
        /// Only spaces and tabs since the last line break (or the start).
        var lineStart = true
    }

    /// The scanning loop: fills `found`/`keys` with the start positions of wanted keys and their
    /// dense keys, counts them per key, and fills `lines` with the line starts.
    /// - Parameter wide: read 64 bytes at a time where the block has no byte that needs a look
    ///   at its neighbours (`collectBlock`); otherwise byte by byte (`collectBytes`, the reference).
    /// - Returns: how many starts and line starts, and whether ſ or K occurs.
    private static func collect(_ src: UnsafeBufferPointer<UInt8>, _ cls: UnsafeBufferPointer<UInt8>,
                                _ dense: UnsafeBufferPointer<UInt16>,
                                found: UnsafeMutableBufferPointer<Int32>, keys: UnsafeMutableBufferPointer<UInt16>,
                                perBucket: UnsafeMutableBufferPointer<Int32>,
                                lines: UnsafeMutableBufferPointer<Int32>, wide: Bool) -> (Int, Int, Bool) {
        let n = src.count
        var state = ScanState()
        // First the candidates: a start (a non-word byte that can start a literal, or a word byte
        // after a non-word byte) whose first byte some wanted key starts with.
        var i = 0
        if wide {
            while i + 64 <= n {
                if !collectBlock(src, at: i, cls, found: found, lines: lines, &state) {
                    collectBytes(src, i..<(i + 64), cls, found: found, lines: lines, &state)
                }
                i += 64
            }
        }
        collectBytes(src, i..<n, cls, found: found, lines: lines, &state)
        // Then the candidates whose key is wanted; the others go to the spare count at
        // `perBucket[wanted]` and are overwritten.
        let unwanted = UInt16(perBucket.count - 1)
        var count = 0
        for j in 0..<state.candidates {
            let i = Int(found[j])
            let next: UInt8 = i + 1 < n ? ByteText.lower(src[i + 1]) : 0
            let d = dense[Self.bucket(ByteText.lower(src[i]), next)]
            found[count] = Int32(truncatingIfNeeded: i)
            keys[count] = d
            perBucket[Int(d)] &+= 1
            count &+= d != unwanted ? 1 : 0
        }
        return (count, state.lineCount, state.folds)
    }

    /// The candidates and line starts of `src[range]`, byte by byte, without branching on the
    /// text for the candidates: each position is written and kept only when it is one.
    private static func collectBytes(_ src: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ cls: UnsafeBufferPointer<UInt8>,
                                     found: UnsafeMutableBufferPointer<Int32>, lines: UnsafeMutableBufferPointer<Int32>,
                                     _ state: inout ScanState) {
        var candidates = state.candidates, lineCount = state.lineCount
        var folds = state.folds
        var prevWord = UInt8(state.prevWord)
        var lineStart = state.lineStart
        for i in range {
            let c = src[i]
            let k = cls[Int(c)]
            let word = k & 1
            let start = (k >> 4) & ((k >> 3) | (word & ~prevWord)) & 1
            found[candidates] = Int32(truncatingIfNeeded: i)
            candidates &+= Int(start)
            prevWord = word
            if lineStart, k & 2 == 0 {
                lineStart = false
                if k & 4 == 0 {
                    lines[lineCount] = Int32(i)
                    lineCount += 1
                }
            }
            if k & 4 != 0 {
                lineStart = true
            } else if c >= 0x80 {
                // U+0085, U+2028, U+2029 end lines; ſ (C5 BF) and K (E2 84 AA) fold to ASCII.
                if c == 0x85, i >= 1, src[i - 1] == 0xC2 { lineStart = true }
                if c == 0xA8 || c == 0xA9, i >= 2, src[i - 1] == 0x80, src[i - 2] == 0xE2 { lineStart = true }
                if c == 0xBF, i >= 1, src[i - 1] == 0xC5 { folds = true }
                if c == 0xAA, i >= 2, src[i - 1] == 0x84, src[i - 2] == 0xE2 { folds = true }
            }
        }
        state.candidates = candidates
        state.lineCount = lineCount
        state.folds = folds
        state.prevWord = UInt64(prevWord)
        state.lineStart = lineStart
    }

    /// `collectBytes` for the 64 bytes at `at`, eight at a time (SWAR): `false`, with nothing
    /// written, when the block holds a byte 0x85, 0xA8, 0xA9, 0xAA or 0xBF (the last byte of
    /// U+0085, U+2028, U+2029, U+212A, U+017F, which `collectBytes` reads with its neighbours).
    @inline(__always)
    private static func collectBlock(_ src: UnsafeBufferPointer<UInt8>, at: Int, _ cls: UnsafeBufferPointer<UInt8>,
                                     found: UnsafeMutableBufferPointer<Int32>, lines: UnsafeMutableBufferPointer<Int32>,
                                     _ state: inout ScanState) -> Bool {
        let ones = SWAR.ones, high = SWAR.highs, low = SWAR.lows
        /// High bit of each byte of `x` (bytes < 0x80) that is at least `c` (1...0x80).
        @inline(__always) func atLeast(_ x: UInt64, _ c: UInt64) -> UInt64 { (x &+ ones &* (0x80 - c)) & high }
        /// The high bits of the eight bytes as eight bits, byte 0 first.
        @inline(__always) func pack(_ m: UInt64) -> UInt64 { ((m >> 7) &* 0x0102_0408_1020_4080) >> 56 }
        var wordM: UInt64 = 0, startM: UInt64 = 0, spaceM: UInt64 = 0, breakM: UInt64 = 0
        let base = UnsafeRawPointer(src.baseAddress! + at)
        for k in 0..<8 {
            let w = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: 8 * k, as: UInt64.self))
            let hi = w & high
            if hi != 0, SWAR.byteMask(w, 0x85) | SWAR.byteMask(w, 0xA8) | SWAR.byteMask(w, 0xA9) | SWAR.byteMask(w, 0xAA) | SWAR.byteMask(w, 0xBF) != 0 {
                return false
            }
            let ascii = ~hi & high
            let x = w & low
            let folded = x | (ones &* 0x20)
            let letter = atLeast(folded, 0x61) & ~atLeast(folded, 0x7B)
            let digit = atLeast(x, 0x30) & ~atLeast(x, 0x3A)
            let word = (letter | digit | SWAR.byteMask(x, 0x5F)) & ascii
            // Bytes that start a literal without being word bytes: ASCII from 0x21 on, and lead bytes.
            let other = (atLeast(x, 0x21) & ~word & ascii) | (hi & (w << 1))
            let space = (SWAR.byteMask(x, 0x20) | SWAR.byteMask(x, 0x09)) & ascii
            let lineBreak = atLeast(x, 0x0A) & ~atLeast(x, 0x0E) & ascii
            let shift = UInt64(8 * k)
            wordM |= pack(word) << shift
            startM |= pack(other) << shift
            spaceM |= pack(space) << shift
            breakM |= pack(lineBreak) << shift
        }
        // Candidates: word starts and other start bytes, kept when the byte can start a wanted key.
        var m = startM | (wordM & ~((wordM << 1) | state.prevWord))
        state.prevWord = wordM >> 63
        var candidates = state.candidates
        while m != 0 {
            let p = at + m.trailingZeroBitCount
            m &= m &- 1
            found[candidates] = Int32(truncatingIfNeeded: p)
            candidates &+= Int((cls[Int(src[p])] >> 4) & 1)
        }
        state.candidates = candidates
        // Line starts: the first byte that is not a space or tab after the block's start (when a
        // line starts before it) and after each line break, unless it is a line break itself.
        let solid = ~spaceM
        @inline(__always) func record(after j: Int) {
            let rest = j < 0 ? solid : j >= 63 ? 0 : solid & (~UInt64(0) << UInt64(j + 1))
            guard rest != 0 else { return }
            let q = rest.trailingZeroBitCount
            if breakM & (1 << UInt64(q)) == 0 {
                lines[state.lineCount] = Int32(truncatingIfNeeded: at + q)
                state.lineCount += 1
            }
        }
        if state.lineStart { record(after: -1) }
        var b = breakM
        while b != 0 {
            let j = b.trailingZeroBitCount
            b &= b &- 1
            record(after: j)
        }
        if solid != 0 {
            state.lineStart = breakM & (1 << UInt64(63 - solid.leadingZeroBitCount)) != 0
        }
        return true
    }

    /// The start positions in `bucket`, ascending, or `nil` when the scan did not record that key
    /// (it was registered after the scan was made).
    @inline(__always) func positions(in bucket: Int) -> ArraySlice<Int32>? {
        let d = Int(table.dense[bucket])
        guard d != table.count else { return nil }
        return starts[(d == 0 ? 0 : Int(bucketEnds[d - 1]))..<Int(bucketEnds[d])]
    }

    /// Whether some line starts with `bytes` (lower-cased): `false` only when none can.
    @inline(__always) func mayStartLine(with bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let a = bytes[0]
        guard lineFirstSet[Int(a) >> 6] & (1 << UInt64(a & 63)) != 0 else { return false }
        guard bytes.count > 1 else { return true }
        let k = Self.bucket(a, bytes[1])
        return linePairSet[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    /// The article's scan, made by the first pattern rule that needs it and shared by the rest.
    public static func of(_ context: RuleContext) -> ArticleLiteralScan {
        // `make` does not throw.
        (try? context.shared("pattern-rule.literal-scan") { ArticleLiteralScan(context.view(masking: []).utf8) })
            ?? ArticleLiteralScan(context.view(masking: []).utf8)
    }
}
