import FidelintCore
import FidelintRegex
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level scanners that stand in for the name rules' regular expressions on text written in
/// the *fast alphabet*: ASCII plus the typographic punctuation ‘ ’ “ ” – — … (see
/// `isFastAlphabet`). On such text `\p{L}` is an ASCII letter, `\p{Lu}` `A-Z`, `\p{Ll}` `a-z`,
/// `\w` `[A-Za-z0-9_]`, `\h` a space or a tab, and one character is one scalar, so each scanner
/// below gives exactly the matches PCRE2 gives for the pattern it names. Any other text takes the
/// PCRE2 path. All offsets are byte offsets into the array scanned; ranges are half-open.
enum NameScan {
    // MARK: - Candidates, eight bytes at a time

    /// The high bit of each byte of `x` that is a capital letter A–Z.
    @inline(__always) static func capitals(_ x: UInt64) -> UInt64 { SWAR.inRange(x, 0x41, 0x5A) }

    /// Calls `body` with every offset `i` of `b` from `start` on, ascending, whose byte is a
    /// candidate: `test(x, next)` gets the eight bytes from `i` and the eight from `i + 1` (zeros
    /// past the end) and sets the high bit of each candidate byte. Every other offset is skipped
    /// without a branch. `body` returns `false` to stop.
    @inline(__always) static func forEachCandidate(_ b: UnsafeBufferPointer<UInt8>, from start: Int = 0,
                                                   _ test: (UInt64, UInt64) -> UInt64, _ body: (Int) -> Bool) {
        guard let base = b.baseAddress else { return }
        let n = b.count
        var i = start
        let raw = UnsafeRawPointer(base)
        while i + 9 <= n {
            var m = test(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)),
                         UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i + 1, as: UInt64.self))) & SWAR.highs
            while m != 0 {
                if !body(i + m.trailingZeroBitCount >> 3) { return }
                m &= m - 1
            }
            i += 8
        }
        guard i < n else { return }
        // The last one to eight bytes, padded with zeros.
        var pad: (UInt64, UInt64) = (0, 0)
        let r = n - i
        withUnsafeMutableBytes(of: &pad) { $0.copyMemory(from: UnsafeRawBufferPointer(start: raw + i, count: r)) }
        let (x, next) = withUnsafeBytes(of: &pad) {
            (UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)), UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: 1, as: UInt64.self)))
        }
        var m = test(x, next) & SWAR.highs & (r == 8 ? ~0 : (1 << UInt64(8 * r)) - 1)
        while m != 0 {
            if !body(i + m.trailingZeroBitCount >> 3) { return }
            m &= m - 1
        }
    }

    // MARK: - Alphabet

    /// Whether every byte of `bytes` is ASCII or part of one of U+2013 –, U+2014 —, U+2018 ‘,
    /// U+2019 ’, U+201C “, U+201D ”, U+2026 … (all three-byte sequences `E2 80 xx`). None of
    /// those is a letter, a digit, a word character, horizontal space or a combining mark.
    static func isFastAlphabet(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            let n = b.count
            var next = 0   // the first offset not yet read
            var fast = true
            forEachCandidate(b, { x, _ in x }) { i in
                guard i >= next else { return true }   // a continuation byte already read
                guard i + 2 < n, b[i] == 0xE2, b[i + 1] == 0x80 else { fast = false; return false }
                switch b[i + 2] {
                case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6: next = i + 3; return true
                default: fast = false; return false
                }
            }
            return fast
        }
    }

    @inline(__always) static func isUpper(_ c: UInt8) -> Bool { c &- 0x41 < 26 }
    @inline(__always) static func isLower(_ c: UInt8) -> Bool { c &- 0x61 < 26 }
    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }
    /// `\w` on the fast alphabet (a non-ASCII byte is never part of a word character there).
    @inline(__always) static func isWord(_ c: UInt8) -> Bool { ByteText.isASCIIAlnum(c) || c == 0x5F }
    /// `\h` on the fast alphabet.
    @inline(__always) static func isHSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }

    /// Whether `’` (E2 80 99) starts at `i`.
    @inline(__always) static func isApostrophe(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i >= 0 && i + 2 < b.count && b[i] == 0xE2 && b[i + 1] == 0x80 && b[i + 2] == 0x99
    }

    /// Whether `’` (E2 80 99) starts at `i`.
    @inline(__always) static func isApostrophe(_ b: [UInt8], _ i: Int) -> Bool {
        i >= 0 && i + 2 < b.count && b[i] == 0xE2 && b[i + 1] == 0x80 && b[i + 2] == 0x99
    }

    /// Whether the character ending right before `i` is in `[\p{L}’'\-]`.
    @inline(__always) static func letterApostropheHyphenBefore(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i > 0 else { return false }
        let c = b[i - 1]
        if c < 0x80 { return isLetter(c) || c == 0x27 || c == 0x2D }
        return isApostrophe(b, i - 3)
    }

    /// Whether a word character (`\w`) ends right before `i`.
    @inline(__always) static func wordBefore(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i > 0 && isWord(b[i - 1])
    }

    /// Whether a word character starts at `i` (`false` at the end).
    @inline(__always) static func wordAt(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i < b.count && isWord(b[i])
    }

    /// The first offset at or after `from` where `b` holds `byte` (`memchr`), or `nil`.
    @inline(__always) static func next(_ byte: UInt8, in b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard from < b.count, let base = b.baseAddress, let hit = memchr(base + from, Int32(byte), b.count - from) else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
    }

    // MARK: - Capitalized runs (`NameIndex.runPattern`)

    /// The end of one `\p{L}[\p{L}’'\-]*\.?` token whose first letter is at `i`.
    @inline(__always) static func tokenEnd(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        var k = i + 1
        let n = b.count
        while k < n {
            let c = b[k]
            if isLetter(c) || c == 0x27 || c == 0x2D { k += 1 } else if isApostrophe(b, k) { k += 3 } else { break }
        }
        if k < n, b[k] == 0x2E { k += 1 }
        return k
    }

    /// The particles of `NameIndex.particles`, as bytes.
    static let particles: [[UInt8]] = NameIndex.particles.split(separator: "|").map { Array($0.utf8) }

    /// The length of the particle at `i` when one is followed by `[\h-]`, else 0.
    @inline(__always) static func particle(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        guard i < b.count, isLower(b[i]) else { return 0 }
        outer: for p in particles where i + p.count < b.count {
            for k in 0..<p.count where b[i + k] != p[k] { continue outer }
            let next = b[i + p.count]
            if isHSpace(next) || next == 0x2D { return p.count }
        }
        return 0
    }

    /// Every match of `NameIndex.runPattern` in `bytes` (fast alphabet only), with whether it has
    /// more than one token (only those can give a name run of two or more words).
    static func runMatches(_ bytes: [UInt8]) -> [(range: Range<Int>, multiWord: Bool)] {
        bytes.withUnsafeBufferPointer { b in
            var out: [(range: Range<Int>, multiWord: Bool)] = []
            let n = b.count
            var next = 0   // the first offset not in a match
            forEachCandidate(b, { x, _ in capitals(x) }) { p in
                guard p >= next, !wordBefore(b, p) else { return true }
                var e = tokenEnd(b, from: p)
                var multi = false
                while true {
                    var q = e
                    while q < n, isHSpace(b[q]) { q += 1 }
                    guard q > e else { break }
                    // Particles with their separators, possessively.
                    while true {
                        let l = particle(b, at: q)
                        guard l > 0 else { break }
                        q += l
                        while q < n, isHSpace(b[q]) || b[q] == 0x2D { q += 1 }
                    }
                    guard q < n, isUpper(b[q]) else { break }
                    e = tokenEnd(b, from: q)
                    multi = true
                }
                out.append((p..<e, multi))
                next = e
                return true
            }
            return out
        }
    }

    // MARK: - One-word references (`NameIndex.surnamePattern`)

    /// The speech verbs of `NameIndex.surnamePattern`.
    static let speechVerbs = ByteWordSet(["said", "says", "told", "added", "noted", "argued", "explained", "wrote", "recalled",
                                          "continued", "insisted", "acknowledged", "stressed", "replied", "answered",
                                          "conceded", "admitted", "warned", "testified"])

    /// Whether `literal` (ASCII) starts at `i`.
    @inline(__always) static func hasLiteral(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ literal: StaticString) -> Bool {
        let l = literal.utf8CodeUnitCount
        guard i + l <= b.count else { return false }
        let p = literal.utf8Start
        for k in 0..<l where b[i + k] != p[k] { return false }
        return true
    }

    /// The end of `[\p{Ll}\-]+` (or with `’'` too) from `i`.
    @inline(__always) static func lowerRunEnd(_ b: UnsafeBufferPointer<UInt8>, from i: Int, apostrophes: Bool) -> Int {
        var k = i
        while k < b.count {
            let c = b[k]
            if isLower(c) || c == 0x2D || (apostrophes && c == 0x27) { k += 1 }
            else if apostrophes, isApostrophe(b, k) { k += 3 }
            else { break }
        }
        return k
    }

    /// Every match of `NameIndex.surnamePattern` in `bytes` (fast alphabet only): the whole match
    /// and the captured name.
    static func surnameMatches(_ bytes: [UInt8]) -> [(range: Range<Int>, name: Range<Int>)] {
        let speechVerbs = speechVerbs
        return bytes.withUnsafeBufferPointer { b in
            var out: [(range: Range<Int>, name: Range<Int>)] = []
            let n = b.count
            var next = 0   // the first offset not in a match
            // Only a capital before a lowercase letter, "ac" or "sa" can start a match.
            let test = { (x: UInt64, x1: UInt64) -> UInt64 in
                (capitals(x) & SWAR.inRange(x1, 0x61, 0x7A)) | (SWAR.byteMask(x, 0x61) & SWAR.byteMask(x1, 0x63))
                    | (SWAR.byteMask(x, 0x73) & SWAR.byteMask(x1, 0x61))
            }
            forEachCandidate(b, test) { p in
                guard p >= next else { return true }
                let c = b[p]
                if isUpper(c) {
                    // (?<![\p{L}’'\-]\h)(?<![\p{L}’'\-])\b(\p{Lu}\p{Ll}[\p{Ll}’'\-]+)\h+(?:verbs)\b
                    if !(p >= 1 && isHSpace(b[p - 1]) && letterApostropheHyphenBefore(b, p - 1)),
                       !letterApostropheHyphenBefore(b, p), !wordBefore(b, p),
                       p + 1 < n, isLower(b[p + 1]) {
                        let w = lowerRunEnd(b, from: p + 2, apostrophes: true)
                        if w > p + 2 {
                            var q = w
                            while q < n, isHSpace(b[q]) { q += 1 }
                            if q > w {
                                var r = q
                                while r < n, isWord(b[r]) { r += 1 }
                                if r > q, speechVerbs.contains(b, q..<r) {
                                    out.append((p..<r, p..<w))
                                    next = r
                                    return true
                                }
                            }
                        }
                    }
                } else if c == 0x61 {
                    // according\h+to\h+(\p{Lu}\p{Ll}[\p{Ll}\-]+)\b(?!\h*[\p{Lu}&])
                    if hasLiteral(b, p, "according") {
                        var q = p + 9
                        while q < n, isHSpace(b[q]) { q += 1 }
                        if q > p + 9, hasLiteral(b, q, "to") {
                            var s = q + 2
                            while s < n, isHSpace(b[s]) { s += 1 }
                            if s > q + 2, s + 1 < n, isUpper(b[s]), isLower(b[s + 1]) {
                                let runEnd = lowerRunEnd(b, from: s + 2, apostrophes: false)
                                var e = runEnd
                                var found = -1
                                while e >= s + 3 {
                                    // \b: b[e-1] is a letter (word) or '-' (not).
                                    if isWord(b[e - 1]) != wordAt(b, e) {
                                        var t = e
                                        while t < n, isHSpace(b[t]) { t += 1 }
                                        if !(t < n && (isUpper(b[t]) || b[t] == 0x26)) { found = e; break }
                                    }
                                    e -= 1
                                }
                                if found >= 0 {
                                    out.append((p..<found, s..<found))
                                    next = found
                                    return true
                                }
                            }
                        }
                    }
                } else if c == 0x73 {
                    // \bsaid\h+(\p{Lu}\p{Ll}[\p{Ll}\-]+)(?=[.,;])
                    if !wordBefore(b, p), hasLiteral(b, p, "said") {
                        var q = p + 4
                        while q < n, isHSpace(b[q]) { q += 1 }
                        if q > p + 4, q + 1 < n, isUpper(b[q]), isLower(b[q + 1]) {
                            let e = lowerRunEnd(b, from: q + 2, apostrophes: false)
                            if e > q + 2, e < n, b[e] == 0x2E || b[e] == 0x2C || b[e] == 0x3B {
                                out.append((p..<e, q..<e))
                                next = e
                                return true
                            }
                        }
                    }
                }
                return true
            }
            return out
        }
    }

    // MARK: - Capitalized words (`NameSpellingVariantRule.capitalized`)

    /// Every match of `\b\p{Lu}[\p{Ll}\p{Lu}’'-]{4,}\b` in `bytes` (fast alphabet only).
    static func capitalizedWords(_ bytes: [UInt8]) -> [Range<Int>] {
        bytes.withUnsafeBufferPointer { b in
            var out: [Range<Int>] = []
            var next = 0   // the first offset not in a match
            forEachCandidate(b, { x, _ in capitals(x) }) { p in
                guard p >= next, !wordBefore(b, p), let matched = capitalizedWordEnd(b, at: p) else { return true }
                out.append(p..<matched)
                next = matched
                return true
            }
            return out
        }
    }

    /// The end of the match of `\p{Lu}[\p{Ll}\p{Lu}’'-]{4,}\b` that starts at `p` (fast alphabet;
    /// `b[p]` is a capital letter), or `nil` when none starts there.
    @inline(__always) static func capitalizedWordEnd(_ b: UnsafeBufferPointer<UInt8>, at p: Int) -> Int? {
        let n = b.count
        var k = p + 1
        var count = 0
        while k < n {
            let c = b[k]
            if isLetter(c) || c == 0x27 || c == 0x2D { k += 1 } else if isApostrophe(b, k) { k += 3 } else { break }
            count += 1
        }
        // Greedy, then back one character at a time to a word boundary (`\b`): the class
        // character before it is a word character only when a letter; ’ is three bytes.
        var e = k
        while count >= 4 {
            if isLetter(b[e - 1]) != wordAt(b, e) { return e }
            e -= b[e - 1] >= 0x80 ? 3 : 1
            count -= 1
        }
        return nil
    }

    // MARK: - Role mentions (`PersonMentions.regex`)

    /// Literal words of which every match of `PersonMentions.regex` contains one, each starting
    /// with a capital letter.
    static let roleKeywords: [[UInt8]] = [
        "Minister", "President", "Premier", "Chancellor", "Mayor", "Gov", "Secretary", "CEO", "Chief", "Chair",
        "King", "Queen", "Sen", "Speaker", "Emperor", "Ambassador", "Commissioner", "Judge", "Mr", "Ms", "Dr",
        "Prof", "Rep",
    ].map { Array($0.utf8) }

    /// The lines of `bytes` (split at `\n`) that contain a role keyword, each from the start of the
    /// word before the one holding its first keyword to the line end. Any alphabet: a role mention
    /// and its name never cross a line break, and a match starts in the word of its keyword or
    /// in the one capitalized word before it ("Foreign Minister", "Prime Minister"), so none
    /// starts earlier.
    static func roleWindows(_ bytes: [UInt8]) -> [Range<Int>] {
        bytes.withUnsafeBufferPointer { b in
            var out: [Range<Int>] = []
            let n = b.count
            var next = 0   // the first offset not in a window
            var lineStart = 0
            forEachCandidate(b, { x, _ in capitals(x) | SWAR.byteMask(x, 0x0A) }) { i in
                guard i >= next else { return true }
                if b[i] == 0x0A { lineStart = i + 1; return true }
                guard startsRoleKeyword(b, i) else { return true }
                var e = i
                while e < n, b[e] != 0x0A { e += 1 }
                out.append(wordStart(b, i, lineStart)..<e)
                next = e
                return true
            }
            return out
        }
    }

    /// `PersonMentions.sentenceStarts(bytes)` and `roleWindows(bytes)` from one pass (any alphabet).
    static func sentenceStartsAndRoleWindows(_ bytes: [UInt8]) -> (sentences: [Int], windows: [Range<Int>]) {
        bytes.withUnsafeBufferPointer { b in
            var starts = [0]
            var windows: [Range<Int>] = []
            let n = b.count
            var next = 0   // the first offset not in a window
            var lineStart = 0
            let test = { (x: UInt64, x1: UInt64) -> UInt64 in
                capitals(x) | SWAR.byteMask(x, 0x0A) | ((SWAR.byteMask(x, 0x2E) | SWAR.byteMask(x, 0x21) | SWAR.byteMask(x, 0x3F)) & SWAR.byteMask(x1, 0x20))
            }
            forEachCandidate(b, test) { i in
                let c = b[i]
                if c == 0x0A {
                    starts.append(i + 1)
                    lineStart = i + 1   // never inside a window: a window ends at its line's end
                } else if c == 0x2E || c == 0x21 || c == 0x3F {
                    if i + 1 < n, b[i + 1] == 0x20, !(c == 0x2E && PersonMentions.isAbbreviation(bytes, endingAt: i)) {
                        starts.append(i + 2)
                    }
                } else if i >= next, startsRoleKeyword(b, i) {
                    var e = i
                    while e < n, b[e] != 0x0A { e += 1 }
                    windows.append(wordStart(b, i, lineStart)..<e)
                    next = e
                }
                return true
            }
            return (starts, windows)
        }
    }

    /// Whether one of `roleKeywords` starts at `i` (whose byte is a capital letter).
    @inline(__always) static func startsRoleKeyword(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        switch b[i] {
        case 0x4D: return hasLiteral(b, i, "Mr") || hasLiteral(b, i, "Ms") || hasLiteral(b, i, "Mayor") || hasLiteral(b, i, "Minister")
        case 0x50: return hasLiteral(b, i, "President") || hasLiteral(b, i, "Premier") || hasLiteral(b, i, "Prof")
        case 0x43: return hasLiteral(b, i, "Chief") || hasLiteral(b, i, "Chair") || hasLiteral(b, i, "CEO")
            || hasLiteral(b, i, "Chancellor") || hasLiteral(b, i, "Commissioner")
        case 0x47: return hasLiteral(b, i, "Gov")
        case 0x53: return hasLiteral(b, i, "Sen") || hasLiteral(b, i, "Secretary") || hasLiteral(b, i, "Speaker")
        case 0x4B: return hasLiteral(b, i, "King")
        case 0x51: return hasLiteral(b, i, "Queen")
        case 0x45: return hasLiteral(b, i, "Emperor")
        case 0x41: return hasLiteral(b, i, "Ambassador")
        case 0x4A: return hasLiteral(b, i, "Judge")
        case 0x44: return hasLiteral(b, i, "Dr")
        case 0x52: return hasLiteral(b, i, "Rep")
        default: return false
        }
    }

    /// The start of the space-delimited word before the one holding offset `k`, not before
    /// `lineStart`: back over the word, then over white space (`\h` may be a multi-byte space,
    /// so any non-ASCII byte is stepped over too), then over the word before.
    static func wordStart(_ b: UnsafeBufferPointer<UInt8>, _ k: Int, _ lineStart: Int) -> Int {
        var s = k
        while s > lineStart, b[s - 1] != 0x20, b[s - 1] != 0x09 { s -= 1 }
        while s > lineStart, b[s - 1] == 0x20 || b[s - 1] == 0x09 || b[s - 1] >= 0x80 { s -= 1 }
        while s > lineStart, b[s - 1] != 0x20, b[s - 1] != 0x09 { s -= 1 }
        return s
    }
}

/// A set of short byte strings (ASCII words) looked up by a slice of a byte array without
/// building a `String`: a signature bitmap that turns most non-members away without hashing,
/// then open addressing over an FNV-1a hash.
final class ByteWordSet: Sendable {
    private let words: [[UInt8]]
    private let slots: [Int32]
    private let mask: Int
    /// One bit per `signature` of a member (4,096 bits).
    private let signatures: [UInt64]

    /// - Parameter words: the members (any `String`s; compared byte for byte as UTF-8).
    init(_ words: some Sequence<String>) {
        let list = Array(Set(words)).map { Array($0.utf8) }
        var size = 16
        while size < list.count * 4 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        var signatures = [UInt64](repeating: 0, count: 64)
        for (i, w) in list.enumerated() {
            var h = Self.hash(w[...], lower: false) & (size - 1)
            while slots[h] >= 0 { h = (h + 1) & (size - 1) }
            slots[h] = Int32(i)
            let sig = Self.signature(w.count, w.first ?? 0, w.count > 1 ? w[1] : 0, w.last ?? 0)
            signatures[sig >> 6] |= 1 << UInt64(sig & 63)
        }
        self.words = list
        self.slots = slots
        self.mask = size - 1
        self.signatures = signatures
    }

    @inline(__always) static func hash(_ w: ArraySlice<UInt8>, lower: Bool) -> Int {
        var h: UInt64 = 0xcbf29ce484222325
        for c in w { h = (h ^ UInt64(lower ? ByteText.lower(c) : c)) &* 0x100000001b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// 12 bits from a word's length and its first, second (0 for a one-byte word) and last bytes
    /// (0, 0, 0 for the empty word).
    @inline(__always) static func signature(_ length: Int, _ first: UInt8, _ second: UInt8, _ last: UInt8) -> Int {
        var h = UInt32(truncatingIfNeeded: length) &* 0x9E3779B1
        h ^= UInt32(first) &* 0x85EBCA77
        h ^= UInt32(second) &* 0xC2B2AE3D
        h ^= UInt32(last) &* 0x27D4EB2F
        h ^= h >> 15
        h = h &* 0x2C1B3C6D
        return Int(h >> 20)
    }

    /// Whether `b[range]` (ASCII letters lower-cased first when `lowercased`) is a member.
    @inline(__always) func contains(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowercased: Bool = false) -> Bool {
        let len = range.count
        let s = range.lowerBound
        let sig: Int
        if len == 0 {
            sig = Self.signature(0, 0, 0, 0)
        } else if lowercased {
            sig = Self.signature(len, ByteText.lower(b[s]), len > 1 ? ByteText.lower(b[s + 1]) : 0, ByteText.lower(b[s + len - 1]))
        } else {
            sig = Self.signature(len, b[s], len > 1 ? b[s + 1] : 0, b[s + len - 1])
        }
        guard signatures[sig >> 6] & (1 << UInt64(sig & 63)) != 0 else { return false }
        return probe(b, range, lowercased: lowercased)
    }

    /// The hash-table lookup of `contains`.
    @inline(never) private func probe(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowercased: Bool) -> Bool {
        var h: UInt64 = 0xcbf29ce484222325
        for i in range { h = (h ^ UInt64(lowercased ? ByteText.lower(b[i]) : b[i])) &* 0x100000001b3 }
        var s = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        let len = range.count
        while true {
            let idx = Int(slots[s])
            if idx < 0 { return false }
            let w = words[idx]
            if w.count == len {
                var same = true
                var k = 0
                for i in range {
                    if (lowercased ? ByteText.lower(b[i]) : b[i]) != w[k] { same = false; break }
                    k += 1
                }
                if same { return true }
            }
            s = (s + 1) & mask
        }
    }

    /// Whether `bytes[range]` is a member (see `contains(_:_:lowercased:)`).
    func contains(_ bytes: [UInt8], _ range: Range<Int>, lowercased: Bool = false) -> Bool {
        bytes.withUnsafeBufferPointer { contains($0, range, lowercased: lowercased) }
    }
}
