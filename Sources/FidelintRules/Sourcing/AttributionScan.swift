import FidelintCore
import FidelintRegex

/// Byte-level prefilters that tell `AttributionFinder` where its two patterns can match, so PCRE2
/// runs only there. Every function returns a superset of the places a match can be, never fewer:
/// the findings are the same as with the patterns run over the whole view (see
/// `AttributionFinder.index(_:prefilter:)` and `AttributionScanTests`).
///
/// All offsets are byte offsets into the UTF-8 array given; ranges are half-open.
enum AttributionScan {
    /// Lower-case first words of every trigger alternative of `AttributionFinder`'s phrase pattern:
    /// "according to", "as … in/on/by", "reported by", "citing", "statement(s)/report(s)/post(s)/
    /// release(s)/notice(s)/figures/data/study/studies/article(s)/survey published …", "data from",
    /// "said in a statement …". "report" covers "reported" and "reports", "stud" "study" and
    /// "studies". A match of the phrase pattern starts at one of these words.
    static let triggerWords: [[UInt8]] = [
        "according", "as", "report", "citing", "statement", "post", "release", "notice", "figures", "data",
        "stud", "article", "survey", "said",
    ].map { Array($0.utf8) }

    /// `triggerWords` by the ASCII lower-case byte they start with (index: the byte).
    static let wordsByFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for w in triggerWords { table[Int(w[0])].append(w) }
        return table
    }()

    /// Whether `b` is an ASCII byte that PCRE2's `\w` matches (letter, digit, underscore).
    @inline(__always) static func isASCIIWord(_ b: UInt8) -> Bool { ByteText.isASCIIAlnum(b) || b == 0x5F }

    /// Whether `b` is an ASCII byte that PCRE2's `\s` matches (space, tab, line feed, vertical
    /// tab, form feed, carriage return).
    @inline(__always) static func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || b &- 0x09 < 5 }

    /// The start offsets of possible phrase matches in `bytes`, ascending: each place where a
    /// trigger word begins (ASCII-caseless) after a byte that is not an ASCII word character (the
    /// pattern opens with `\b`). "as" must be followed by white space (`as\s+`) or a non-ASCII
    /// byte (a Unicode space).
    ///
    /// `nil` when `bytes` holds U+017F (ſ) or U+212A (Kelvin sign): PCRE2's caseless matching
    /// takes them for "s" and "k", which an ASCII scan cannot see, so the caller runs the pattern
    /// over everything.
    static func triggerStarts(_ bytes: [UInt8]) -> [Int]? {
        bytes.withUnsafeBufferPointer { p -> [Int]? in
            let n = p.count
            var out: [Int] = []
            var afterWord = false
            var i = 0
            while i < n {
                let b = p[i]
                if b >= 0x80 {
                    if b == 0xC5, i + 1 < n, p[i + 1] == 0xBF { return nil }
                    if b == 0xE2, i + 2 < n, p[i + 1] == 0x84, p[i + 2] == 0xAA { return nil }
                    afterWord = false
                    i += 1
                    continue
                }
                if !afterWord {
                    let words = wordsByFirstByte[Int(ByteText.lower(b))]
                    if !words.isEmpty && Self.startsTrigger(p, at: i, words) { out.append(i) }
                }
                afterWord = isASCIIWord(b)
                i += 1
            }
            return out
        }
    }

    /// Whether one of `words` (lower-case) starts at `i`, ASCII-caseless; "as" also needs white
    /// space or a non-ASCII byte after it.
    @inline(__always)
    static func startsTrigger(_ p: UnsafeBufferPointer<UInt8>, at i: Int, _ words: [[UInt8]]) -> Bool {
        let n = p.count
        for w in words where i + w.count <= n {
            var k = 1
            while k < w.count, ByteText.lower(p[i + k]) == w[k] { k += 1 }
            guard k == w.count else { continue }
            if w.count == 2 {   // "as"
                guard i + 2 < n else { continue }
                let next = p[i + 2]
                guard isASCIISpace(next) || next >= 0x80 else { continue }
            }
            return true
        }
        return false
    }

    /// The bytes no match of the "<source> reported" pattern can hold: ASCII punctuation other than
    /// what its source names are made of (`& ' . - _`, and any character of a registered name or
    /// alias). Index: the byte.
    static func breakers(names: [String]) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for b in UInt8(0x21)...UInt8(0x7E) where !isASCIIWord(b) { table[Int(b)] = true }
        for b in "&'.-_".utf8 { table[Int(b)] = false }
        for name in names { for b in name.utf8 where b < 0x80 { table[Int(b)] = false } }
        return table
    }

    /// The stretches of `bytes` between two breakers (`breakers`) that contain "reported"
    /// (case-sensitive, as the pattern asks), ascending and disjoint. No match of the "<source>
    /// reported" pattern crosses a breaker, and every match holds "reported", so every match lies
    /// in one of them; at a stretch's end the pattern's look-aheads (`\b`, `(?![\w-])`, `(?!\.\w)`)
    /// see the same as at the breaker that ends it.
    static func reportedStretches(_ bytes: [UInt8], breakers: [Bool]) -> [Range<Int>] {
        let word: [UInt8] = Array("reported".utf8)
        var out: [Range<Int>] = []
        var from = 0
        while let r = ByteText.find(word, in: bytes, from: from) {
            var lo = r
            while lo > 0, !breakers[Int(bytes[lo - 1])] { lo -= 1 }
            var hi = r + word.count
            while hi < bytes.count, !breakers[Int(bytes[hi])] { hi += 1 }
            out.append(lo..<hi)
            from = hi
        }
        return out
    }

    /// The sentence of `PersonMentions.sentenceStarts(bytes)` that holds `offset`: from the last
    /// sentence start at or before it to the next start (or the end), found by looking only around
    /// `offset`. A start is offset 0, the byte after a line feed, or the byte after ". ", "! " or
    /// "? " (a full stop that does not close an abbreviation).
    static func sentence(in bytes: [UInt8], at offset: Int) -> Range<Int> {
        var start = min(offset, bytes.count)
        while start > 0, !isSentenceStart(bytes, start) { start -= 1 }
        var end = offset + 1
        while end < bytes.count, !isSentenceStart(bytes, end) { end += 1 }
        return start..<max(start, min(end, bytes.count))
    }

    /// Whether `PersonMentions.sentenceStarts(bytes)` lists `p` (0 < `p` ≤ `bytes.count`, or 0).
    static func isSentenceStart(_ bytes: [UInt8], _ p: Int) -> Bool {
        if p == 0 { return true }
        if bytes[p - 1] == 0x0A { return true }
        guard p >= 2, bytes[p - 1] == 0x20 else { return false }
        let b = bytes[p - 2]
        if b == 0x21 || b == 0x3F { return true }
        return b == 0x2E && !PersonMentions.isAbbreviation(bytes, endingAt: p - 2)
    }

    /// Whether `s` is ASCII only, its bytes printable (0x20–0x7E): then a case-insensitive ICU
    /// pattern made of ASCII letters matches it exactly where an ASCII-caseless comparison does.
    static func isPrintableASCII(_ s: String) -> Bool {
        s.utf8.allSatisfy { $0 &- 0x20 < 0x5F }
    }

    /// Whether the ASCII lower-case bytes of `s` contain `needle` (lower-case ASCII).
    static func containsLowercased(_ s: String, _ needle: String) -> Bool {
        ByteText.find(Array(needle.utf8), in: Array(s.utf8), caseless: true) != nil
    }
}
