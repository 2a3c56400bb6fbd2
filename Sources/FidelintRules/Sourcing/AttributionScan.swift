import FidelintCore
import FidelintRegex
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level prefilters that tell `AttributionFinder` where its two patterns can match, so PCRE2
/// runs only there. Every function returns a superset of the places a match can be, never fewer:
/// the findings are the same as with the patterns run over the whole view (see
/// `AttributionFinder.index(_:prefilter:)` and `AttributionScanTests`).
///
/// All offsets are byte offsets into the UTF-8 array given; ranges are half-open.
enum AttributionScan {
    /// The ASCII lower-case form of `b`; any other byte unchanged (`ByteText.lower`, inlined here).
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }

    /// Whether `b` is an ASCII letter or digit.
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 }

    /// Whether `b` is an ASCII byte that PCRE2's `\w` matches (letter, digit, underscore).
    @inline(__always) static func isASCIIWord(_ b: UInt8) -> Bool { isAlnum(b) || b == 0x5F }

    /// Whether `b` is an ASCII byte that PCRE2's `\s` matches (space, tab, line feed, vertical
    /// tab, form feed, carriage return).
    @inline(__always) static func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || b &- 0x09 < 5 }

    /// The start offsets of possible phrase matches in `bytes`, ascending: each place where the
    /// first word of a trigger alternative of `AttributionFinder`'s phrase pattern begins
    /// (ASCII-caseless) after a byte that is not an ASCII word character (the pattern opens with
    /// `\b`). The words: "according", "as" (followed by white space or a non-ASCII byte, for
    /// `as\s+`), "report" ("reported by", "report(s) published"), "citing", "statement", "post",
    /// "release", "notice", "figures", "data", "stud" ("study", "studies"), "article", "survey"
    /// and "said". A match of the phrase pattern starts at one of them.
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
                } else {
                    if !afterWord && startsTrigger(p, at: i) { out.append(i) }
                    afterWord = isASCIIWord(b)
                }
                i += 1
            }
            return out
        }
    }

    /// Whether a trigger word (see `triggerStarts`) starts at `i`, ASCII-caseless.
    @inline(__always)
    static func startsTrigger(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        switch lower(p[i]) {
        case 0x61:   // a
            if has(p, i, "according") || has(p, i, "article") { return true }
            guard i + 2 < p.count, lower(p[i + 1]) == 0x73 else { return false }
            let next = p[i + 2]
            return isASCIISpace(next) || next >= 0x80
        case 0x63: return has(p, i, "citing")
        case 0x64: return has(p, i, "data")
        case 0x66: return has(p, i, "figures")
        case 0x6E: return has(p, i, "notice")
        case 0x70: return has(p, i, "post")
        case 0x72: return has(p, i, "report") || has(p, i, "release")
        case 0x73: return has(p, i, "said") || has(p, i, "stud") || has(p, i, "statement") || has(p, i, "survey")
        default: return false
        }
    }

    /// Whether `word` (lower-case ASCII) is at `i` in `p`, ASCII-caseless.
    @inline(__always)
    static func has(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= p.count else { return false }
        let w = word.utf8Start
        for k in 0..<n where lower(p[i + k]) != w[k] { return false }
        return true
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
    static func containsLowercased(_ s: String, _ needle: StaticString) -> Bool {
        var s = s
        return s.withUTF8 { u in
            let n = needle.utf8CodeUnitCount, w = needle.utf8Start
            guard n > 0 else { return true }
            guard u.count >= n else { return false }
            for i in 0...(u.count - n) where lower(u[i]) == w[0] {
                var k = 1
                while k < n, lower(u[i + k]) == w[k] { k += 1 }
                if k == n { return true }
            }
            return false
        }
    }

    /// Whether `a` and `b`, each trimmed of white space and line breaks at both ends, are equal
    /// (`==`), worked out on the bytes when both are ASCII (then `==` compares bytes and the
    /// ASCII white space and line breaks are tab, line feed, vertical tab, form feed, carriage
    /// return and space); `nil` otherwise.
    static func trimmedEqualASCII(_ a: String, _ b: String) -> Bool? {
        var a = a, b = b
        return a.withUTF8 { x -> Bool? in
            b.withUTF8 { y -> Bool? in
                guard x.allSatisfy({ $0 < 0x80 }), y.allSatisfy({ $0 < 0x80 }) else { return nil }
                func trim(_ u: UnsafeBufferPointer<UInt8>) -> Range<Int> {
                    var lo = 0, hi = u.count
                    while lo < hi, isASCIISpace(u[lo]) { lo += 1 }
                    while hi > lo, isASCIISpace(u[hi - 1]) { hi -= 1 }
                    return lo..<hi
                }
                let rx = trim(x), ry = trim(y)
                guard rx.count == ry.count else { return false }
                return rx.count == 0 || memcmp(x.baseAddress! + rx.lowerBound, y.baseAddress! + ry.lowerBound, rx.count) == 0
            }
        }
    }

    /// Whether `u` holds the byte `b` (`memchr`).
    static func holds(_ u: UnsafeBufferPointer<UInt8>, _ b: UInt8) -> Bool {
        guard let base = u.baseAddress, !u.isEmpty else { return false }
        return memchr(base, Int32(b), u.count) != nil
    }

    /// Whether `s` holds the byte `b`.
    static func holds(_ s: String, _ b: UInt8) -> Bool {
        var s = s
        return s.withUTF8 { holds($0, b) }
    }

    /// Whether `bytes[range]` (clamped) holds the byte `b`.
    static func holds(_ bytes: [UInt8], _ range: SourceRange, _ b: UInt8) -> Bool {
        let lo = max(0, min(range.start, bytes.count)), hi = max(lo, min(range.end, bytes.count))
        return bytes.withUnsafeBufferPointer { holds(UnsafeBufferPointer(rebasing: $0[lo..<hi]), b) }
    }

    /// Whether a paragraph's text can open with a wire dateline (`AttributionFinder.dateline`):
    /// its first "(" comes after nothing but letters, digits, white space, `.`, `,`, `'`, `-` and
    /// non-ASCII bytes, a ")" follows, and after the first ")" and any white space comes "-", "–"
    /// or "—" (or a non-ASCII byte: a Unicode space). Every match has this shape.
    ///
    /// The words before the bracket are at most 66 characters (`\p{Lu}`, 40, a comma and 24) besides
    /// the white space after them, so the scan gives up after 66 other characters.
    static func mayOpenWithDateline(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { u -> Bool in
            var i = 0
            var characters = 0
            while i < u.count, u[i] != 0x28 {
                let b = u[i]
                guard b >= 0x80 || isAlnum(b) || isASCIISpace(b) || b == 0x2E || b == 0x2C || b == 0x27 || b == 0x2D
                else { return false }
                // Count code points (not continuation bytes) other than ASCII white space.
                if !isASCIISpace(b) && b & 0xC0 != 0x80 {
                    characters += 1
                    if characters > 66 { return false }
                }
                i += 1
            }
            guard i < u.count else { return false }
            while i < u.count, u[i] != 0x29 { i += 1 }
            i += 1
            while i < u.count, isASCIISpace(u[i]) { i += 1 }
            return i < u.count && (u[i] == 0x2D || u[i] >= 0x80)
        }
    }
}
