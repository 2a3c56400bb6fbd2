import Foundation

/// Small text helpers shared by readers and rules. Everything here is pure and allocation-light.
public enum TextTools {
    /// Words: maximal runs of letters, digits, and apostrophes or hyphens between letters.
    /// Returns the words as substrings of `text`.
    public static func words(_ text: String) -> [Substring] {
        // Unicode scalars, not Characters: grapheme breaking is the slowest part of Swift strings.
        let scalars = text.unicodeScalars
        var result: [Substring] = []
        var start: String.Index? = nil
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            let isWordChar = isWordScalar(c)
            var isJoiner = false
            if !isWordChar, start != nil, c == "'" || c == "\u{2019}" || c == "-" {
                let next = scalars.index(after: i)
                isJoiner = next < scalars.endIndex && scalars[next].properties.isAlphabetic
            }
            if isWordChar || isJoiner {
                if start == nil { start = i }
            } else if let s = start {
                result.append(Substring(scalars[s..<i]))
                start = nil
            }
            i = scalars.index(after: i)
        }
        if let s = start { result.append(Substring(scalars[s..<scalars.endIndex])) }
        return result
    }

    /// The FNV-1a hash of each word of `text` (the words `words(_:)` finds, hashed from their
    /// UTF-8 bytes without building strings): `wordHashes(t)` equals
    /// `words(t).map { Fingerprint.fnv1a(String($0)) }`, several times faster.
    public static func wordHashes(_ text: String) -> [UInt64] {
        var out: [UInt64] = []
        var h: UInt64 = 0
        var inWord = false
        var pendingJoiner: UInt32? = nil
        @inline(__always) func feed(_ value: UInt32) {
            // UTF-8 bytes of the scalar into the running hash.
            var buffer: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
            var n = 0
            if value < 0x80 { buffer.0 = UInt8(value); n = 1 }
            else if value < 0x800 { buffer = (UInt8(0xC0 | (value >> 6)), UInt8(0x80 | (value & 0x3F)), 0, 0); n = 2 }
            else if value < 0x10000 { buffer = (UInt8(0xE0 | (value >> 12)), UInt8(0x80 | ((value >> 6) & 0x3F)), UInt8(0x80 | (value & 0x3F)), 0); n = 3 }
            else { buffer = (UInt8(0xF0 | (value >> 18)), UInt8(0x80 | ((value >> 12) & 0x3F)), UInt8(0x80 | ((value >> 6) & 0x3F)), UInt8(0x80 | (value & 0x3F))); n = 4 }
            withUnsafeBytes(of: buffer) { raw in
                for k in 0..<n { h ^= UInt64(raw[k]); h = h &* 0x0000_0100_0000_01B3 }
            }
        }
        for c in text.unicodeScalars {
            if isWordScalar(c) {
                if !inWord { h = 0xcbf2_9ce4_8422_2325; inWord = true }
                if let j = pendingJoiner {
                    // A joiner counts only before a letter.
                    if c.properties.isAlphabetic { feed(j) } else { out.append(h); h = 0xcbf2_9ce4_8422_2325 }
                    pendingJoiner = nil
                }
                feed(c.value)
            } else if inWord, pendingJoiner == nil, c == "'" || c == "\u{2019}" || c == "-" {
                pendingJoiner = c.value
            } else {
                if inWord { out.append(h) }
                inWord = false
                pendingJoiner = nil
            }
        }
        if inWord { out.append(h) }
        return out
    }

    @inline(__always) static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            let v = c.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        let p = c.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    /// Words that contain at least one letter.
    public static func letterWords(_ text: String) -> [Substring] {
        words(text).filter { $0.unicodeScalars.contains { $0.properties.isAlphabetic } }
    }

    /// Normalization used before comparing text: Unicode NFKC, curly quotes to straight, en and em
    /// dashes to "-", lowercase, whitespace collapsed to single spaces, trimmed.
    public static func normalize(_ text: String) -> String {
        // NFKC only when the text holds a character that NFKC could change: plain ASCII and the
        // quotes, dashes and spaces mapped below are already in their final form.
        var needsNFKC = false
        for scalar in text.unicodeScalars where scalar.value >= 0x80 && !fastScalars.contains(scalar.value) {
            if scalar.properties.isWhitespace || !scalar.properties.changesWhenNFKCCaseFolded { continue }
            needsNFKC = true
            break
        }
        let source = needsNFKC ? text.precomposedStringWithCompatibilityMapping : text
        var out: [UInt8] = []
        out.reserveCapacity(source.utf8.count)
        var lastWasSpace = true
        for scalar in source.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value == 0x20 || value == 0x0A || value == 0x09 || value == 0x0D {
                    if !lastWasSpace { out.append(0x20); lastWasSpace = true }
                    continue
                }
                lastWasSpace = false
                out.append(value >= 0x41 && value <= 0x5A ? UInt8(value + 32) : UInt8(value))
                continue
            }
            switch value {
            case 0x2018, 0x2019, 0x201A, 0x2032: out.append(0x27); lastWasSpace = false; continue
            case 0x201C, 0x201D, 0x201E, 0x2033, 0xAB, 0xBB: out.append(0x22); lastWasSpace = false; continue
            case 0x2010...0x2015, 0x2212: out.append(0x2D); lastWasSpace = false; continue
            default: break
            }
            if scalar.properties.isWhitespace {
                if !lastWasSpace { out.append(0x20); lastWasSpace = true }
                continue
            }
            lastWasSpace = false
            if scalar.properties.changesWhenLowercased {
                out += Array(scalar.properties.lowercaseMapping.utf8)
            } else {
                out += Array(String(scalar).utf8)
            }
        }
        if out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// Non-ASCII characters `normalize` maps itself, so they need no NFKC pass.
    static let fastScalars: Set<UInt32> = [0x2018, 0x2019, 0x201A, 0x2032, 0x201C, 0x201D, 0x201E, 0x2033, 0xAB, 0xBB,
                                           0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212]

    /// English function words: a sentence that ends on one of these was cut off.
    public static let functionWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "with",
        "from", "into", "onto", "over", "under", "about", "as", "than", "that", "which", "who", "whom",
        "whose", "if", "because", "while", "although", "though", "when", "where", "whether", "its",
        "their", "his", "her", "our", "your", "my", "this", "these", "those", "is", "are", "was", "were",
        "be", "been", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
        "must", "between", "among", "through", "during", "without", "within", "including", "such",
    ]

    /// Closed-class words (articles, prepositions, conjunctions, possessives, auxiliaries) of
    /// Spanish, French, German, Portuguese and Italian, by ISO 639-1 code, plus English
    /// (`functionWords`): a sentence never ends on one of these, so a block whose last word is one
    /// was cut off. German omits verbs and separable prefixes ("an", "auf", "zu", "ist"), which
    /// end German clauses. Lowercase; used by `truncated_text` (issue 14) to pick the article's
    /// language (`functionWordLanguage`) and to judge a short closing fragment ("So, as the").
    public static let functionWordsByLanguage: [(language: String, words: Set<String>)] = [
        ("en", functionWords),
        ("es", ["el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "al", "en", "con", "por",
                "para", "sin", "sobre", "entre", "hacia", "desde", "hasta", "y", "e", "o", "u", "ni", "pero",
                "que", "cuando", "donde", "como", "porque", "aunque", "si", "su", "sus", "este", "esta", "estos",
                "estas", "ha", "han", "había", "habían", "es", "son", "fue", "era", "será", "se", "lo", "le", "les",
                "muy", "cuyo", "cuya", "mientras", "según"]),
        ("fr", ["le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "à", "dans", "sur",
                "sous", "avec", "pour", "par", "sans", "entre", "vers", "chez", "et", "ou", "mais", "que", "qu",
                "qui", "dont", "quand", "lorsque", "puisque", "si", "son", "sa", "ses", "leur", "leurs", "ce",
                "cette", "ces", "est", "sont", "ont", "été", "se", "ne", "notre", "votre", "mon", "ma", "mes"]),
        ("de", ["der", "die", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder",
                "aber", "sondern", "von", "vom", "für", "mit", "bei", "beim", "zum", "zur", "im", "ins", "dass",
                "weil", "wenn", "ob", "obwohl", "während", "seine", "seiner", "seinem", "seinen", "ihre", "ihrer",
                "ihrem", "ihren", "unsere", "diese", "dieser", "diesem", "diesen", "dieses", "trotz", "wegen"]),
        ("pt", ["o", "a", "os", "as", "um", "uma", "uns", "umas", "de", "do", "da", "dos", "das", "em", "no", "na",
                "nos", "nas", "ao", "aos", "à", "às", "com", "por", "pelo", "pela", "pelos", "pelas", "para",
                "sem", "sobre", "entre", "e", "ou", "mas", "que", "quando", "onde", "como", "porque", "embora",
                "se", "seu", "sua", "seus", "suas", "foi", "é", "são", "era", "tem", "têm", "este", "esta", "esse",
                "essa", "cujo", "cuja", "segundo"]),
        ("it", ["il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "di", "del", "dello", "della", "dei",
                "degli", "delle", "al", "allo", "alla", "ai", "agli", "alle", "a", "da", "dal", "dalla", "in",
                "nel", "nello", "nella", "nei", "negli", "nelle", "dallo", "dai", "dagli", "dalle", "sullo", "sui", "sugli", "sulle", "col", "con", "su", "sul", "sulla", "per", "tra", "fra",
                "e", "ed", "o", "ma", "che", "quando", "dove", "come", "perché", "se", "suo", "sua", "suoi", "sue",
                "è", "sono", "ha", "hanno", "questo", "questa", "cui", "mentre", "secondo"]),
    ]

    /// The language (ISO 639-1 code, "en" on a tie or no evidence) whose function words
    /// (`functionWordsByLanguage`) are most frequent among the lowercased `words`.
    public static func functionWordLanguage<S: Sequence>(_ words: S) -> String where S.Element == Substring {
        var counts = [Int](repeating: 0, count: functionWordsByLanguage.count)
        for w in words {
            let l = w.lowercased()
            for (i, entry) in functionWordsByLanguage.enumerated() where entry.words.contains(l) { counts[i] += 1 }
        }
        var best = 0
        for i in counts.indices where counts[i] > counts[best] { best = i }
        return functionWordsByLanguage[best].language
    }

    /// Whether `word` (as written) is a lowercase function word of `language`
    /// (`functionWordsByLanguage`).
    public static func isFunctionWord(_ word: Substring, language: String) -> Bool {
        guard word == word.lowercased() else { return false }
        return functionWordsByLanguage.first { $0.language == language }?.words.contains(String(word)) ?? false
    }

    /// Characters that close a sentence (or a clause that may stand last: ":" before a list), or
    /// close a quotation or bracket after one: a block ending on any other character stops
    /// mid-sentence.
    public static let sentenceClosers: Set<Character> = [".", "!", "?", "…", ":", "\"", "”", "’", "'", "»", "›", ")", "]", "}", "*", "_", "`"]

    /// The number of sentence ends inside `text` before its last character: a ".", "!", "?" or "…"
    /// (optionally followed by closing quotes or brackets) followed by white space and an
    /// upper-case letter, a digit or an opening quote. Abbreviations ("Dr. Smith", "U.S. Army")
    /// count too; callers use this as evidence that the block is prose written in sentences.
    public static func internalSentenceEnds(_ text: String) -> Int {
        if let n = text.utf8.withContiguousStorageIfAvailable(asciiInternalSentenceEnds), let n { return n }
        return internalSentenceEndsReference(text)
    }

    /// `internalSentenceEnds` on the bytes of ASCII text, where each byte is a character (a
    /// "\r\n" pair, one character, counts as two bytes that are neither sentence ends, closers,
    /// spaces nor capitals, as it is none of those); `nil` for other text.
    static func asciiInternalSentenceEnds(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard isASCII(b) else { return nil }
        var count = 0
        var pendingEnd = false, sawSpace = false
        for c in b {
            if c == 0x2E || c == 0x21 || c == 0x3F { pendingEnd = true; sawSpace = false; continue }
            if pendingEnd {
                if !sawSpace, c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D { continue }
                if c == 0x20 { sawSpace = true; continue }
                if sawSpace, c &- 0x41 < 26 || c &- 0x30 < 10 || c == 0x22 { count += 1 }
                pendingEnd = false; sawSpace = false
            }
        }
        return count
    }

    /// Whether every byte of `b` is ASCII (eight bytes at a time).
    public static func isASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return true }
        var i = 0
        let raw = UnsafeRawPointer(base)
        while i + 8 <= b.count {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < b.count { if b[i] >= 0x80 { return false }; i += 1 }
        return true
    }

    /// Whether ASCII text `text` holds the ASCII `needle`, compared byte for byte (for ASCII text
    /// what Foundation's `contains` finds); `nil` when `text` is not ASCII.
    public static func asciiContains(_ text: String, _ needle: StaticString) -> Bool? {
        text.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            guard isASCII(b) else { return nil }
            let n = needle.utf8CodeUnitCount, w = needle.utf8Start
            guard n > 0 else { return true }
            guard b.count >= n else { return false }
            var i = 0
            while i <= b.count - n {
                if b[i] == w[0] {
                    var k = 1
                    while k < n, b[i + k] == w[k] { k += 1 }
                    if k == n { return true }
                }
                i += 1
            }
            return false
        } ?? nil
    }

    /// `internalSentenceEnds` on Characters, for any text (the reference of its byte path).
    static func internalSentenceEndsReference(_ text: String) -> Int {
        var count = 0
        var pendingEnd = false, sawSpace = false
        for c in text {
            if ".!?…".contains(c) { pendingEnd = true; sawSpace = false; continue }
            if pendingEnd {
                if !sawSpace, "\"”’')]»".contains(c) { continue }
                if c == " " || c == "\u{A0}" { sawSpace = true; continue }
                if sawSpace, c.isUppercase || c.isNumber || "\"“‘«¿¡".contains(c) { count += 1 }
                pendingEnd = false; sawSpace = false
            }
        }
        return count
    }

    /// Short words that stay lowercase in a title-case headline.
    public static let titleCaseMinorWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "with",
        "from", "into", "over", "as", "vs", "via", "per", "amid", "after", "before", "than", "up", "out",
        "off", "is", "are", "be",
    ]

    /// `true` when the line reads as a title or heading: 2 to 20 words with letters, no closing
    /// sentence punctuation, and most words capitalized (minor words excepted).
    public static func isTitleLike(_ line: String) -> Bool {
        if let r = line.utf8.withContiguousStorageIfAvailable({ fastIsTitleLike($0) }), let r { return r }
        return isTitleLikeByCharacters(line)
    }

    /// `isTitleLike` over `Character`s and `letterWords` (any text).
    static func isTitleLikeByCharacters(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard let last = trimmed.last, !".,;:!?".contains(last) else { return false }
        guard let first = trimmed.first, first.isUppercase || first.isNumber else { return false }
        let ws = letterWords(trimmed)
        guard ws.count >= 2, ws.count <= 20 else { return false }
        var major = 0, capitalized = 0
        for w in ws where !titleCaseMinorWords.contains(w.lowercased()) {
            major += 1
            if w.first?.isUppercase == true || w.first?.isNumber == true { capitalized += 1 }
        }
        return major > 0 && capitalized * 4 >= major * 3
    }

    /// Damerau–Levenshtein distance (optimal string alignment), for spelling-variant checks.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var d = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[x.count][y.count]
    }

    /// Shortens `text` to at most `limit` characters for quoting in a message, with "…".
    public static func quote(_ text: String, limit: Int = 80) -> String {
        let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        if collapsed.count <= limit { return collapsed }
        return String(collapsed.prefix(limit - 1)) + "…"
    }
}

// MARK: - Byte-level fast paths

extension TextTools {
    /// FNV-1a offset basis and prime (the word hashes of `wordHashes`).
    @usableFromInline static let fnvBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    @usableFromInline static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// The hashes of the words of the normalized text: `normalizedWordHashes(t)` equals
    /// `wordHashes(normalize(t))`, computed in one pass over the UTF-8 bytes of `t` without building
    /// the normalized string. ASCII, the quotes and dashes `normalize` maps itself, white space and
    /// characters NFKC leaves alone take the byte path; a text holding a character NFKC or lower-casing
    /// would change falls back to `wordHashes(normalize(t))`.
    public static func normalizedWordHashes(_ text: String) -> [UInt64] {
        var out: [UInt64] = []
        appendNormalizedWordHashes(text, to: &out)
        return out
    }

    /// Appends `normalizedWordHashes(text)` to `out` (one buffer for many texts). Returns `true`
    /// when the byte path was taken, `false` when the text needed `normalize` (NFKC or non-ASCII
    /// lower-casing).
    @discardableResult
    public static func appendNormalizedWordHashes(_ text: String, to out: inout [UInt64]) -> Bool {
        let done = text.utf8.withContiguousStorageIfAvailable { bytes in fastNormalizedWordHashes(bytes, into: &out) }
        if done == true { return true }
        out += wordHashes(normalize(text))
        return false
    }

    /// The byte path of `appendNormalizedWordHashes`: `false` (and `out` unchanged) when `bytes` hold a
    /// character that needs NFKC or lower-casing beyond ASCII.
    static func fastNormalizedWordHashes(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt64]) -> Bool {
        if bytes.isEmpty { return true }
        let start = out.count
        let bound = maxWordCount(bytes.count)
        out.append(contentsOf: repeatElement(0, count: bound))
        let written = out.withUnsafeMutableBufferPointer { fastNormalizedWordHashes(bytes, writingTo: $0.baseAddress! + start) }
        out.removeLast(bound - (written ?? 0))
        return written != nil
    }

    /// For each byte value: the byte lower-cased when it is an ASCII letter or digit
    /// (`ByteText.isASCIIAlnum`, `ByteText.lower`), otherwise 0.
    /// Written once when first read, never after (hence `nonisolated(unsafe)`).
    nonisolated(unsafe) static let lowerAlnumTable: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for b in 0..<256 { table[b] = ByteText.isASCIIAlnum(UInt8(b)) ? ByteText.lower(UInt8(b)) : 0 }
        return UnsafePointer(table)
    }()

    /// The most words `fastNormalizedWordHashes` can find in `byteCount` bytes: a word takes a byte
    /// and is followed by a separator byte or the end.
    @inline(__always) public static func maxWordCount(_ byteCount: Int) -> Int { (byteCount + 1) / 2 }

    /// `fastNormalizedWordHashes(_:into:)` writing to `out`, which must have room for
    /// `maxWordCount(bytes.count)` hashes: the number of hashes written, or `nil` when `bytes` hold
    /// a character that needs NFKC or lower-casing beyond ASCII.
    static func fastNormalizedWordHashes(_ bytes: UnsafeBufferPointer<UInt8>, writingTo out: UnsafeMutablePointer<UInt64>) -> Int? {
        var count = 0
        @inline(__always) func emit(_ h: UInt64) { out[count] = h; count += 1 }
        let table = lowerAlnumTable
        var h = fnvBasis
        var inWord = false
        // The joiner byte (' or -) seen after a word and not yet fed, or 0.
        var pending: UInt8 = 0
        let n = bytes.count
        var i = 0
        while i < n {
            var b = bytes[i]
            if b >= 0x80 {
                // Decode the scalar (the string is valid UTF-8).
                let (v, len) = ByteText.scalar(in: bytes, at: i)
                switch v {
                case 0x2018, 0x2019, 0x201A, 0x2032: b = 0x27
                case 0x201C, 0x201D, 0x201E, 0x2033, 0xAB, 0xBB: b = 0x22
                case 0x2010...0x2015, 0x2212: b = 0x2D
                default:
                    let scalar = Unicode.Scalar(v)!
                    let p = scalar.properties
                    if p.isWhitespace {
                        b = 0x20
                    } else if p.changesWhenNFKCCaseFolded || p.changesWhenLowercased {
                        return nil
                    } else if isWordScalar(scalar) {
                        if !inWord { h = fnvBasis; inWord = true }
                        if pending != 0 {
                            // A joiner counts only before a letter.
                            if p.isAlphabetic { h = (h ^ UInt64(pending)) &* fnvPrime } else { emit(h); h = fnvBasis }
                            pending = 0
                        }
                        for k in 0..<len { h = (h ^ UInt64(bytes[i + k])) &* fnvPrime }
                        i += len
                        continue
                    } else {
                        b = 0x20
                    }
                }
                i += len
            } else {
                i += 1
            }
            // One ASCII byte (or the ASCII a mapped scalar stands for).
            if ByteText.isASCIIAlnum(b) {
                if !inWord { h = fnvBasis; inWord = true }
                if pending != 0 {
                    if b >= 0x41 { h = (h ^ UInt64(pending)) &* fnvPrime } else { emit(h); h = fnvBasis }
                    pending = 0
                }
                h = (h ^ UInt64(ByteText.lower(b))) &* fnvPrime
                // The rest of an ASCII run in a tight loop, one table load per byte.
                while i < n {
                    let c = table[Int(bytes[i])]
                    guard c != 0 else { break }
                    h = (h ^ UInt64(c)) &* fnvPrime
                    i += 1
                }
            } else if inWord, pending == 0, b == 0x27 || b == 0x2D {
                pending = b
            } else {
                if inWord { emit(h) }
                inWord = false
                pending = 0
            }
        }
        if inWord { emit(h) }
        return count
    }

    /// Counts of `letterWords(text)` and of those starting with a lower-case letter, in one pass
    /// over the UTF-8 bytes when the text is ASCII apart from punctuation and spaces (the curly
    /// quotes, dashes, NBSP); otherwise from `letterWords`.
    public static func letterWordCounts(_ text: String) -> (all: Int, lowercase: Int) {
        if let counts = text.utf8.withContiguousStorageIfAvailable({ fastLetterWordCounts($0) }), let counts {
            return counts
        }
        let words = letterWords(text)
        return (words.count, words.filter { $0.first?.isLowercase == true }.count)
    }

    /// Whether `text` has at least `count` letter words (`letterWords(text).count >= count`),
    /// reading only as far as the `count`th word on the byte path.
    public static func hasLetterWords(_ text: String, atLeast count: Int) -> Bool {
        if let counts = text.utf8.withContiguousStorageIfAvailable({ fastLetterWordCounts($0, limit: count) }), let counts {
            return counts.all >= count
        }
        return letterWords(text).count >= count
    }

    /// Whether every non-ASCII scalar of `bytes` is punctuation or space in the ranges U+00A0–U+00BF,
    /// U+2010–U+2027 or U+2030–U+205E that is not a word character: such a scalar is its own
    /// grapheme and never part of a word, so words and characters can be read from the bytes.
    /// Read from bit masks of the three ranges (`simplePunctuationMasks`).
    @inline(__always) static func isSimplePunctuation(_ v: UInt32) -> Bool {
        let masks = simplePunctuationMasks
        if v &- 0xA0 < 0x20 { return masks.latin >> UInt64(v - 0xA0) & 1 == 1 }
        let k = v &- 0x2010
        guard k < 0x50 else { return false }
        return (k < 64 ? masks.low >> UInt64(k) : masks.high >> UInt64(k - 64)) & 1 == 1
    }

    /// `isSimplePunctuation` from the scalar's Unicode properties (the definition the masks are
    /// built from).
    static func isSimplePunctuationByProperties(_ v: UInt32) -> Bool {
        guard (0xA0..<0xC0).contains(v) || (0x2010..<0x2028).contains(v) || (0x2030..<0x205F).contains(v) else { return false }
        return !isWordScalar(Unicode.Scalar(v)!)
    }

    /// `isSimplePunctuationByProperties` as bits: `latin` bit k for U+00A0 + k, `low` bit k for
    /// U+2010 + k and `high` bit k for U+2050 + k.
    static let simplePunctuationMasks: (latin: UInt64, low: UInt64, high: UInt64) = {
        var latin: UInt64 = 0, low: UInt64 = 0, high: UInt64 = 0
        for k in 0..<32 where isSimplePunctuationByProperties(0xA0 + UInt32(k)) { latin |= 1 << UInt64(k) }
        for k in 0..<64 where isSimplePunctuationByProperties(0x2010 + UInt32(k)) { low |= 1 << UInt64(k) }
        for k in 0..<16 where isSimplePunctuationByProperties(0x2050 + UInt32(k)) { high |= 1 << UInt64(k) }
        return (latin, low, high)
    }()

    /// Whether every non-ASCII character of `text` is punctuation or space in U+00A0–U+00BF,
    /// U+2010–U+2027 or U+2030–U+205E that is no word character (curly quotes, dashes, NBSP, «»).
    /// Each such character, and each ASCII one but CR LF, is then a `Character` of its own and never
    /// part of a word, so characters and words can be read from the UTF-8 bytes.
    public static func isPunctuationOnly(_ text: String) -> Bool {
        if let r = text.utf8.withContiguousStorageIfAvailable({ isPunctuationOnly($0) }) { return r }
        var i = text.utf8.startIndex
        let utf8 = text.utf8
        while i < utf8.endIndex {
            let b = utf8[i]
            if b < 0x80 { i = utf8.index(after: i); continue }
            let len = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            var v = UInt32(b & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07))
            var j = utf8.index(after: i)
            for _ in 1..<len { v = v << 6 | UInt32(utf8[j] & 0x3F); j = utf8.index(after: j) }
            guard isSimplePunctuation(v) else { return false }
            i = j
        }
        return true
    }

    /// `isPunctuationOnly` of the valid UTF-8 `bytes`.
    public static func isPunctuationOnly(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            if bytes[i] < 0x80 { i += 1; continue }
            let (v, len) = ByteText.scalar(in: bytes, at: i)
            guard isSimplePunctuation(v) else { return false }
            i += len
        }
        return true
    }

    /// The byte path of `letterWordCounts`, or `nil` for a text with other non-ASCII characters.
    /// With `limit`, stops at the `limit`th letter word: the words before it are final (a word
    /// ends at a separator whatever follows), so `all >= limit` is exact.
    static func fastLetterWordCounts(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int = .max) -> (all: Int, lowercase: Int)? {
        var all = 0, lowercase = 0
        guard limit > 0 else { return (0, 0) }
        let simple = simpleWords(bytes) { word, _ in
            guard bytes[word].contains(where: { $0 >= 0x41 && $0 < 0x80 }) else { return true }
            all += 1
            if bytes[word.lowerBound] &- 0x61 < 26 { lowercase += 1 }
            return all < limit
        }
        return simple ? (all, lowercase) : nil
    }

    /// The words of `bytes` for the byte paths of `letterWordCounts` and `isTitleLike`: maximal
    /// runs of ASCII letters and digits, where `'`, `-` or `’` between a word and a letter stays in
    /// the word. Calls `word(range, joined)` for each in order (`range`: byte offsets, half-open;
    /// `joined`: the word holds such a joiner); `word` returns `false` to stop. Returns `false`
    /// when a character before the stop is neither ASCII nor simple punctuation
    /// (`isSimplePunctuation`): the caller then takes its Unicode path.
    @inline(__always)
    static func simpleWords(_ bytes: UnsafeBufferPointer<UInt8>, _ word: (Range<Int>, Bool) -> Bool) -> Bool {
        let n = bytes.count
        var start = -1, joined = false
        var i = 0
        @inline(__always) func isLetter(at k: Int) -> Bool { k < n && (bytes[k] | 0x20) &- 0x61 < 26 }
        while i < n {
            let b = bytes[i]
            if b >= 0x80 {
                let (v, len) = ByteText.scalar(in: bytes, at: i)
                guard isSimplePunctuation(v) else { return false }
                if v == 0x2019, start >= 0, isLetter(at: i + len) {
                    joined = true
                } else if start >= 0 {
                    if !word(start..<i, joined) { return true }
                    start = -1
                }
                i += len
                continue
            }
            if ByteText.isASCIIAlnum(b) {
                if start < 0 { start = i; joined = false }
            } else if start >= 0, b == 0x27 || b == 0x2D, isLetter(at: i + 1) {
                joined = true
            } else if start >= 0 {
                if !word(start..<i, joined) { return true }
                start = -1
            }
            i += 1
        }
        if start >= 0 { _ = word(start..<n, joined) }
        return true
    }

    /// `titleCaseMinorWords`, each packed into a `UInt64` (its bytes, first in the lowest byte).
    static let packedMinorWords: [UInt64] = titleCaseMinorWords.map { w in
        w.utf8.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }

    /// The byte path of `isTitleLike` for text that `isPunctuationOnly` accepts (each character one
    /// scalar, words of ASCII letters and digits), or `nil` for other text.
    static func fastIsTitleLike(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        let n = bytes.count
        // Trim spaces (category Zs: space, NBSP, narrow NBSP) and tabs.
        var lo = 0, hi = n
        while lo < hi {
            if bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
            else if lo + 1 < hi, bytes[lo] == 0xC2, bytes[lo + 1] == 0xA0 { lo += 2 }
            else if lo + 2 < hi, bytes[lo] == 0xE2, bytes[lo + 1] == 0x80, bytes[lo + 2] == 0xAF { lo += 3 }
            else { break }
        }
        while hi > lo {
            if bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
            else if hi - 2 >= lo, bytes[hi - 2] == 0xC2, bytes[hi - 1] == 0xA0 { hi -= 2 }
            else if hi - 3 >= lo, bytes[hi - 3] == 0xE2, bytes[hi - 2] == 0x80, bytes[hi - 1] == 0xAF { hi -= 3 }
            else { break }
        }
        // Words, their first bytes and packed lower-case forms.
        var words = 0, major = 0, capitalized = 0
        let simple = simpleWords(bytes) { word, joined in
            guard bytes[word].contains(where: { $0 >= 0x41 && $0 < 0x80 }) else { return true }
            words += 1
            // A word with a joiner or over 8 bytes is no minor word.
            var packed: UInt64 = 0
            if !joined, word.count <= 8 {
                for (k, b) in bytes[word].enumerated() { packed |= UInt64(ByteText.lower(b)) << (8 * UInt64(k)) }
            }
            if joined || word.count > 8 || !packedMinorWords.contains(packed) {
                major += 1
                let first = bytes[word.lowerBound]
                if first &- 0x41 < 26 || first &- 0x30 < 10 { capitalized += 1 }
            }
            return true
        }
        guard simple else { return nil }
        guard lo < hi else { return false }
        // The last character is not sentence punctuation; the first is an upper-case letter or a digit.
        if ".,;:!?".utf8.contains(bytes[hi - 1]) { return false }
        let head = bytes[lo]
        guard head &- 0x41 < 26 || head &- 0x30 < 10 else { return false }
        guard words >= 2, words <= 20 else { return false }
        return major > 0 && capitalized * 4 >= major * 3
    }
}
