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

    /// Byte classes for `triggerStarts`: 1 an ASCII word byte, 2 the first letter of a trigger
    /// word (either case), 4 the lead byte of U+017F or U+212A. Index: the byte.
    static let byteClass: [UInt8] = (0..<256).map { v -> UInt8 in
        let b = UInt8(v)
        var c: UInt8 = isASCIIWord(b) ? 1 : 0
        if "acdfnprs".utf8.contains(lower(b)) { c |= 2 }
        if b == 0xC5 || b == 0xE2 { c |= 4 }
        return c
    }

    /// The start offsets of possible phrase matches in `bytes`, ascending: each place, after a
    /// byte that is not an ASCII word character (the pattern opens with `\b`), where a trigger of
    /// `AttributionFinder`'s phrase pattern begins, ASCII-caseless: its first word, then white
    /// space and the start of a word that may follow it ("according" and "to", "as" and "first",
    /// "reported", "detailed", …, "said" and "in", "figures" and "published", …; "citing" alone).
    /// White space here is ASCII white space; where a non-ASCII byte comes instead (it may be a
    /// Unicode space) the place is kept. A match of the phrase pattern starts at one of them.
    ///
    /// `nil` when `bytes` holds U+017F (ſ) or U+212A (Kelvin sign): PCRE2's caseless matching
    /// takes them for "s" and "k", which an ASCII scan cannot see, so the caller runs the pattern
    /// over everything.
    static func triggerStarts(_ bytes: [UInt8]) -> [Int]? {
        byteClass.withUnsafeBufferPointer { table in
            bytes.withUnsafeBufferPointer { p -> [Int]? in
                let n = p.count
                var out: [Int] = []
                var i = 0
                // Word by word: the bytes that are not ASCII word bytes (checking the two non-ASCII
                // letters on the way), then a word's first byte, then the rest of the word.
                while i < n {
                    while i < n {
                        let c = table[Int(p[i])]
                        if c & 1 != 0 { break }
                        if c & 4 != 0 {
                            if p[i] == 0xC5 { if i + 1 < n, p[i + 1] == 0xBF { return nil } }
                            else if i + 2 < n, p[i + 1] == 0x84, p[i + 2] == 0xAA { return nil }
                        }
                        i += 1
                    }
                    guard i < n else { break }
                    if table[Int(p[i])] & 2 != 0 && startsTrigger(p, at: i) { out.append(i) }
                    i += 1
                    while i < n, table[Int(p[i])] & 1 != 0 { i += 1 }
                }
                return out
            }
        }
    }

    /// The first two letters of every trigger word (see `startsTrigger`), lower-case.
    static let triggerPairs: [StaticString] = ["as", "ac", "ar", "ci", "da", "fi", "no", "po", "re", "sa", "st", "su"]

    /// Makes `ArticleLiteralScan` record the starts of the trigger words (done once, before the
    /// first scan that `triggerStarts(_:scan:masked:)` reads).
    static let wantTriggers: Void = {
        for pair in triggerPairs { WantedBuckets.shared.register([pair.utf8Start[0], pair.utf8Start[1]]) }
    }()

    /// `triggerStarts(bytes)` read from the article's shared scan instead of a pass of its own.
    /// - Parameters:
    ///   - bytes: the view (the prose with `masked` blanked out with spaces).
    ///   - scan: the article's `ArticleLiteralScan` of the prose.
    ///   - masked: the byte ranges `bytes` blanks out.
    /// - Returns: the same offsets, or `nil` when the prose holds U+017F or U+212A (the view may
    ///   not; the caller then runs the pattern over everything, which finds the same).
    ///
    /// Why the same: a trigger starts with a word of two ASCII letters or more after a non-word
    /// byte, and masked bytes are spaces, so its first two bytes are the prose's and the scan
    /// records the position under their key (`triggerPairs`), unless the byte before it is masked
    /// in the view but a word byte in the prose: then the position ends a masked range, and those
    /// are tried too. Every candidate is then checked in the view as `triggerStarts(bytes)` does.
    static func triggerStarts(_ bytes: [UInt8], scan: ArticleLiteralScan, masked: [Range<Int>]) -> [Int]? {
        if scan.foldsToASCII { return nil }
        return bytes.withUnsafeBufferPointer { p -> [Int] in
            // Each bucket's positions are ascending, but the buckets are not: check the candidates
            // first (few pass), then sort the ones that pass.
            var out: [Int] = []
            @inline(__always) func check(_ i: Int) {
                if isASCIIWord(p[i]), i == 0 || !isASCIIWord(p[i - 1]), byteClass[Int(p[i])] & 2 != 0,
                   startsTrigger(p, at: i) {
                    out.append(i)
                }
            }
            for pair in triggerPairs {
                guard let positions = scan.positions(in: ArticleLiteralScan.bucket(pair.utf8Start[0], pair.utf8Start[1])) else {
                    // The scan was made before the triggers were wanted.
                    return triggerStarts(bytes) ?? []
                }
                for i in positions { check(Int(i)) }
            }
            for r in masked where r.upperBound < p.count { check(r.upperBound) }
            guard out.count > 1 else { return out }
            out.sort()
            var kept = 1
            for j in 1..<out.count where out[j] != out[kept - 1] {
                out[kept] = out[j]
                kept += 1
            }
            out.removeLast(out.count - kept)
            return out
        }
    }

    /// Words that follow "as" in a trigger ("as first reported", "as detailed in", …).
    static let afterAs: [StaticString] = [
        "first", "reported", "detailed", "stated", "published", "announced", "posted", "outlined", "noted", "described", "shown",
    ]
    /// Words that follow "statement(s)", "report(s)", "figures", "data", … in a trigger.
    static let afterNoun: [StaticString] = ["published", "posted", "released", "issued", "available"]
    static let afterAccording: [StaticString] = ["to"]
    static let afterReported: [StaticString] = ["by"]
    static let afterData: [StaticString] = ["from", "published", "posted", "released", "issued", "available"]
    static let afterSaid: [StaticString] = ["in"]

    /// Whether a trigger (see `triggerStarts`) starts at `i`.
    @inline(never)
    static func startsTrigger(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        /// `word` at `i`, then white space and one of `next`.
        @inline(__always) func pair(_ word: StaticString, _ next: [StaticString]) -> Bool {
            has(p, i, word) && follows(p, i + word.utf8CodeUnitCount, next)
        }
        switch lower(p[i]) {
        case 0x61:   // a
            return pair("as", afterAs) || pair("according", afterAccording)
                || pair("article", afterNoun) || pair("articles", afterNoun)
        case 0x63: return has(p, i, "citing")
        case 0x64: return pair("data", afterData)
        case 0x66: return pair("figures", afterNoun)
        case 0x6E: return pair("notice", afterNoun) || pair("notices", afterNoun)
        case 0x70: return pair("post", afterNoun) || pair("posts", afterNoun)
        case 0x72:
            return pair("reported", afterReported) || pair("report", afterNoun) || pair("reports", afterNoun)
                || pair("release", afterNoun) || pair("releases", afterNoun)
        case 0x73:
            return pair("said", afterSaid) || pair("statement", afterNoun) || pair("statements", afterNoun)
                || pair("study", afterNoun) || pair("studies", afterNoun) || pair("survey", afterNoun)
        default: return false
        }
    }

    /// Whether `\s+` and then one of `words` can match at `j`: ASCII white space, then a word of
    /// `words` (ASCII-caseless, as a prefix); also when a non-ASCII byte comes first or after the
    /// white space (it may be a Unicode space).
    @inline(__always)
    static func follows(_ p: UnsafeBufferPointer<UInt8>, _ j: Int, _ words: [StaticString]) -> Bool {
        guard j < p.count else { return false }
        if p[j] >= 0x80 { return true }
        guard isASCIISpace(p[j]) else { return false }
        var k = j + 1
        while k < p.count, isASCIISpace(p[k]) { k += 1 }
        guard k < p.count else { return false }
        if p[k] >= 0x80 { return true }
        for w in words where has(p, k, w) { return true }
        return false
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

    /// `reportedStretches(bytes, breakers:)` seeded only where "reported" starts a word, read
    /// from the article's shared scan: the stretches that hold a match are the same, in the same
    /// order (a stretch reaches from breaker to breaker, whichever "reported" in it it is found
    /// from), and the others hold none. Every match has white space before its "reported", so the
    /// scan of the prose records it under the key of "re" (`triggerPairs`) unless the byte before
    /// it is masked in the view and a word byte in the prose: then it ends a masked range, and those
    /// are tried too. `nil` when the scan did not record "re" (made before the triggers were wanted).
    /// - Parameters:
    ///   - bytes: the view (the prose with `masked` blanked out with spaces).
    ///   - masked: the byte ranges `bytes` blanks out.
    static func reportedStretches(_ bytes: [UInt8], breakers: [Bool], scan: ArticleLiteralScan, masked: [Range<Int>]) -> [Range<Int>]? {
        guard let positions = scan.positions(in: ArticleLiteralScan.bucket(0x72, 0x65)) else { return nil }
        let word: StaticString = "reported"
        var seeds: [Int] = []
        bytes.withUnsafeBufferPointer { p in
            // Case-sensitive, as the pattern asks.
            @inline(__always) func isReported(_ i: Int) -> Bool {
                guard i + 8 <= p.count else { return false }
                for k in 0..<8 where p[i + k] != word.utf8Start[k] { return false }
                return true
            }
            for i in positions where isReported(Int(i)) { seeds.append(Int(i)) }
            var extra = false
            for r in masked where isReported(r.upperBound) {
                seeds.append(r.upperBound)
                extra = true
            }
            if extra { seeds.sort() }
        }
        var out: [Range<Int>] = []
        var from = 0
        for r in seeds where r >= from {
            var lo = r
            while lo > 0, !breakers[Int(bytes[lo - 1])] { lo -= 1 }
            var hi = r + 8
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
    ///
    /// `notBefore` is a sentence start known to lie at or before the sentence's (the end of the
    /// previous attribution's sentence): the walk back stops there, so attributions found in order
    /// cost time linear in the article, not in the length of one long line per attribution.
    static func sentence(in bytes: [UInt8], at offset: Int, notBefore: Int = 0) -> Range<Int> {
        var start = min(offset, bytes.count)
        while start > notBefore, !isSentenceStart(bytes, start) { start -= 1 }
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

    /// `false` only when a block's text cannot open like a byline, credit or correction line
    /// (`AttributionFinder.exemptPrefixes`, after `lineOpeners`) nor contain "an earlier version of
    /// this", whatever its case: the first character after the ASCII openers (white space, `( [ -
    /// * _ >`) and the non-ASCII ones (— – • and the Unicode spaces) is not ASCII, or no prefix
    /// starts there, and the phrase is nowhere. Lower-casing only turns U+0130 (İ) and U+212A (K)
    /// from non-ASCII into ASCII letters, so text with either is always `true` (left to the exact
    /// comparison).
    static func mayOpenExemptLine(_ text: String, prefixes: [[UInt8]]) -> Bool {
        var text = text
        return text.withUTF8 { u -> Bool in
            let n = u.count
            var i = 0
            while i < n {
                let b = u[i]
                if b == 0x20 || b == 0x09 || b == 0x28 || b == 0x5B || b == 0x2D || b == 0x2A || b == 0x5F || b == 0x3E {
                    i += 1
                } else if let w = unicodeOpenerWidth(u, i) {
                    i += w
                } else {
                    break
                }
            }
            for k in 0..<n {
                if u[k] == 0xC4, k + 1 < n, u[k + 1] == 0xB0 { return true }
                if u[k] == 0xE2, k + 2 < n, u[k + 1] == 0x84, u[k + 2] == 0xAA { return true }
            }
            if i < n, u[i] < 0x80 {
                for w in prefixes where i + w.count <= n {
                    var k = 0
                    while k < w.count, lower(u[i + k]) == w[k] { k += 1 }
                    if k == w.count { return true }
                }
            }
            let note: StaticString = "an earlier version of this"
            let m = note.utf8CodeUnitCount
            var k = 0
            while k + m <= n {
                if lower(u[k]) == 0x61 {
                    var j = 1
                    while j < m, lower(u[k + j]) == note.utf8Start[j] { j += 1 }
                    if j == m { return true }
                }
                k += 1
            }
            return false
        }
    }

    /// The length in bytes of the non-ASCII opener at `i` (— – • or a Unicode space: U+00A0,
    /// U+1680, U+2000–U+200A, U+202F, U+205F, U+3000), or `nil`.
    static func unicodeOpenerWidth(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let n = u.count
        if u[i] == 0xC2, i + 1 < n, u[i + 1] == 0xA0 { return 2 }
        guard i + 2 < n else { return nil }
        let (a, b, c) = (u[i], u[i + 1], u[i + 2])
        if a == 0xE2, b == 0x80, c == 0x93 || c == 0x94 || c == 0xA2 || c == 0xAF || (0x80...0x8A).contains(c) { return 3 }
        if a == 0xE2, b == 0x81, c == 0x9F { return 3 }
        if a == 0xE1, b == 0x9A, c == 0x80 { return 3 }
        if a == 0xE3, b == 0x80, c == 0x80 { return 3 }
        return nil
    }

    /// `false` only when `text` and `linkText`, trimmed of white space and line breaks, cannot be
    /// equal (`==`, canonical equivalence): `text` keeps more printable ASCII bytes (never
    /// trimmed) than four times the bytes of `linkText`. A canonical decomposition never has fewer
    /// scalars than its string nor more than four per scalar, so equal strings differ in scalar
    /// count by at most that factor.
    static func mayEqualTrimmed(_ text: String, _ linkText: String) -> Bool {
        let limit = 4 * linkText.utf8.count
        var kept = 0
        for b in text.utf8 where b &- 0x21 < 0x5E {
            kept += 1
            if kept > limit { return false }
        }
        return true
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

    /// Byte classes for `mayOpenWithDateline`: 0 a byte that cannot come before the bracket, else
    /// bit 0 set, and bit 1 when the byte starts a character that counts (not ASCII white space
    /// nor a continuation byte). Index: the byte.
    static let datelineClass: [UInt8] = (0..<256).map { v -> UInt8 in
        let b = UInt8(v)
        guard b >= 0x80 || isAlnum(b) || isASCIISpace(b) || b == 0x2E || b == 0x2C || b == 0x27 || b == 0x2D else { return 0 }
        return !isASCIISpace(b) && b & 0xC0 != 0x80 ? 3 : 1
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
            datelineClass.withUnsafeBufferPointer { table in
                while i < u.count, u[i] != 0x28 {
                    let c = table[Int(u[i])]
                    guard c != 0 else { characters = .max; return }
                    // Count code points (not continuation bytes) other than ASCII white space.
                    characters += Int(c >> 1)
                    if characters > 66 { return }
                    i += 1
                }
            }
            guard characters <= 66 else { return false }
            guard i < u.count else { return false }
            while i < u.count, u[i] != 0x29 { i += 1 }
            i += 1
            while i < u.count, isASCIISpace(u[i]) { i += 1 }
            return i < u.count && (u[i] == 0x2D || u[i] >= 0x80)
        }
    }
}
