import FidelintCore
import Foundation

/// A word of a text folded for comparison: lowercase, accents removed, apostrophes inside the
/// word dropped ("company’s" and "company's" are "companys"); every other mark (quotes, dashes,
/// hyphens, punctuation, white space) separates words, so quotation marks, dash styles, case and
/// white space never tell two texts apart.
struct FoldedWord: Sendable {
    var word: String
    var hash: UInt64
    /// View byte offsets of the word as written.
    var start: Int
    var end: Int
    /// Sentence number within the text (0-based).
    var sentence: Int
    /// The word as written starts with an uppercase letter.
    var capitalized: Bool
    /// Letters only (no digit).
    var isLetters: Bool

    /// A content word for sentence similarity: four or more letters.
    var isContent: Bool { isLetters && word.unicodeScalars.count >= 4 }
}

/// Folding and splitting of texts into `FoldedWord`s and sentences (UTF-8 in, offsets out).
enum FidelityText {
    /// The folded words of `bytes[range]`, with sentence numbers: a sentence ends at a line break
    /// or at `.`, `!` or `?` followed by white space (not after a one- or two-letter abbreviation
    /// such as "Dr." or an initial).
    static func words(_ bytes: [UInt8], in range: Range<Int>? = nil) -> [FoldedWord] {
        let r = range ?? 0..<bytes.count
        var out: [FoldedWord] = []
        var i = r.lowerBound
        var sentence = 0
        var boundary = false
        var current: [Unicode.Scalar] = []
        var ascii = true
        var start = -1
        var end = -1
        var capital = false
        var letters = true
        func flush() {
            guard !current.isEmpty else { return }
            var s = String(String.UnicodeScalarView(current))
            if ascii { s = s.lowercased() } else {
                s = s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
                s = s.replacingOccurrences(of: "ß", with: "ss")
            }
            if boundary, !out.isEmpty { sentence += 1 }
            boundary = false
            out.append(FoldedWord(word: s, hash: Fingerprint.fnv1a(s), start: start, end: end, sentence: sentence,
                                  capitalized: capital, isLetters: letters))
            current.removeAll(keepingCapacity: true)
            ascii = true
            letters = true
        }
        while i < r.upperBound {
            let (scalar, length) = decode(bytes, i, limit: r.upperBound)
            let v = scalar.value
            let isWord = scalar.properties.isAlphabetic || (v >= 0x30 && v <= 0x39) || scalar.properties.numericType != nil
            if isWord {
                if current.isEmpty { start = i; capital = scalar.properties.isUppercase }
                current.append(scalar)
                if v >= 0x80 { ascii = false }
                if !scalar.properties.isAlphabetic { letters = false }
                end = i + length
            } else if (v == 0x27 || v == 0x2019 || v == 0x2BC), !current.isEmpty, i + length < r.upperBound,
                      decode(bytes, i + length, limit: r.upperBound).0.properties.isAlphabetic {
                // An apostrophe inside a word is dropped.
            } else {
                if !current.isEmpty {
                    let abbreviation = current.count <= 2 && (current.first?.properties.isUppercase ?? false)
                    flush()
                    if (v == 0x2E || v == 0x21 || v == 0x3F), !abbreviation || v != 0x2E {
                        // Sentence end when white space or a closing mark follows.
                        let next = i + length < r.upperBound ? decode(bytes, i + length, limit: r.upperBound).0 : Unicode.Scalar(0x20)!
                        if next.properties.isWhitespace || "\"”’»)".unicodeScalars.contains(next) { boundary = true }
                    }
                }
                if v == 0x0A { boundary = true }
            }
            i += length
        }
        flush()
        return out
    }

    /// The scalar at `i` and its length in bytes (a malformed byte is U+FFFD, length 1).
    @inline(__always) static func decode(_ b: [UInt8], _ i: Int, limit: Int) -> (Unicode.Scalar, Int) {
        let b0 = b[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        var n = 0
        var v: UInt32 = 0
        if b0 & 0xE0 == 0xC0 { n = 2; v = UInt32(b0 & 0x1F) } else if b0 & 0xF0 == 0xE0 { n = 3; v = UInt32(b0 & 0x0F) }
        else if b0 & 0xF8 == 0xF0 { n = 4; v = UInt32(b0 & 0x07) } else { return (Unicode.Scalar(0xFFFD)!, 1) }
        guard i + n <= limit else { return (Unicode.Scalar(0xFFFD)!, 1) }
        for k in 1..<n {
            let c = b[i + k]
            guard c & 0xC0 == 0x80 else { return (Unicode.Scalar(0xFFFD)!, 1) }
            v = (v << 6) | UInt32(c & 0x3F)
        }
        return (Unicode.Scalar(v) ?? Unicode.Scalar(0xFFFD)!, n)
    }

    /// `word` folded as `words` folds it.
    static func fold(_ word: String) -> String {
        words(Array(word.utf8)).map(\.word).joined(separator: " ")
    }

    /// The view ranges of the pieces of a quotation that must each appear in an input: the text
    /// is cut at an omission ("…", "...", "[…]", "[...]") and around an editor's insertion in
    /// square brackets ("[the council]"), which stand for words left out or added.
    static func quotationPieces(_ bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b == 0x5B, let close = bytes[i..<range.upperBound].firstIndex(of: 0x5D), close - i <= 80 {
                pieces.append(start..<i)
                i = close + 1
                start = i
                continue
            }
            if b == 0x2E, i + 2 < range.upperBound, bytes[i + 1] == 0x2E, bytes[i + 2] == 0x2E {
                pieces.append(start..<i)
                i += 3
                while i < range.upperBound, bytes[i] == 0x2E { i += 1 }
                start = i
                continue
            }
            if b == 0xE2, i + 2 < range.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA6 {   // …
                pieces.append(start..<i)
                i += 3
                start = i
                continue
            }
            i += 1
        }
        pieces.append(start..<range.upperBound)
        return pieces.filter { !$0.isEmpty }
    }
}

/// A number with its unit, currency or percent sign, in a base unit ("$2.6 billion" and "2,600
/// million dollars" are both 2.6e9 of `usd`; "14%" and "14 percent" are 14 of `%`; "80mm" and
/// "80 millimetres" are 0.08 of `m`).
struct Figure: Sendable, Hashable {
    /// The unit class: a currency (`usd`, `gbp`, `eur`, `jpy`, `chf`, `cur` for another), `%`,
    /// `pp` (percentage points) or a measure (`m`, `g`, `l`, `acre`, `ha`, `mi`, `ft`, `t`, `mph`, `kmh`).
    var unit: String
    /// Candidate values in the base unit: a separator such as "1,200" or "1.120" may be a thousands
    /// or a decimal mark (English, German, Spanish), so both readings are kept.
    var values: [Double]
    /// Half the last written digit's place in the base unit ("$18.6 million": 0.05e6): a value
    /// within it reads the same when rounded as written.
    var tolerances: [Double]
    /// View byte range of the figure as written (currency sign to unit word).
    var range: Range<Int>

    /// Whether `other` (an input's figure) says the same: same unit, a value equal to one of
    /// this figure's readings within its written precision.
    func isSupported(by other: Figure) -> Bool {
        guard unit == other.unit else { return false }
        for (v, tol) in zip(values, tolerances) {
            for u in other.values where abs(u - v) <= tol + 1e-9 * max(abs(v), 1) { return true }
        }
        return false
    }
}

/// Finds figures in a text: a number with a currency sign before it (`$`, `US$`, `£`, `€`, `¥`,
/// an ISO code), or a scale word ("million", "bn", "Millionen", "millones", "mil millones",
/// "Mio.", "Mrd.") and a currency, percent or unit word after it, in English, Spanish, French
/// and German. A bare number (a count, a year) is no figure.
enum FigureScanner {
    static let scales: [String: Double] = [
        "thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "billion": 1e9, "billions": 1e9,
        "bn": 1e9, "b": 1e9, "trillion": 1e12, "millon": 1e6, "millones": 1e6, "mio": 1e6, "millionen": 1e6, "milliarde": 1e9,
        "milliarden": 1e9, "mrd": 1e9, "milliard": 1e9, "milliards": 1e9, "mil": 1e3, "billones": 1e12, "tausend": 1e3,
        "mille": 1e3, "millier": 1e3, "milioni": 1e6, "milione": 1e6, "miliardi": 1e9, "miliardo": 1e9,
    ]
    /// Scale words that need a currency to be a scale ("4.2m" alone is metres).
    static let currencyScales: Set<String> = ["k", "m", "mn", "b"]
    static let currencyWords: [String: String] = [
        "dollar": "usd", "dollars": "usd", "dolares": "usd", "dolar": "usd", "usd": "usd",
        "euro": "eur", "euros": "eur", "eur": "eur",
        "pound": "gbp", "pounds": "gbp", "sterling": "gbp", "gbp": "gbp", "libras": "gbp", "livres": "gbp", "pfund": "gbp",
        "yen": "jpy", "jpy": "jpy", "francs": "chf", "franken": "chf", "chf": "chf",
    ]
    static let unitWords: [String: (String, Double)] = [
        "mm": ("m", 0.001), "millimetre": ("m", 0.001), "millimetres": ("m", 0.001), "millimeter": ("m", 0.001), "millimeters": ("m", 0.001),
        "milimetros": ("m", 0.001), "millimetres.": ("m", 0.001),
        "cm": ("m", 0.01), "centimetre": ("m", 0.01), "centimetres": ("m", 0.01), "centimeter": ("m", 0.01), "centimeters": ("m", 0.01),
        "centimetros": ("m", 0.01), "zentimeter": ("m", 0.01),
        "m": ("m", 1), "metre": ("m", 1), "metres": ("m", 1), "meter": ("m", 1), "meters": ("m", 1), "metros": ("m", 1), "metro": ("m", 1),
        "km": ("m", 1000), "kilometre": ("m", 1000), "kilometres": ("m", 1000), "kilometer": ("m", 1000), "kilometers": ("m", 1000),
        "kilometros": ("m", 1000), "kilometro": ("m", 1000),
        "mile": ("mi", 1), "miles": ("mi", 1), "mi": ("mi", 1), "feet": ("ft", 1), "foot": ("ft", 1), "ft": ("ft", 1),
        "acre": ("acre", 1), "acres": ("acre", 1), "hectare": ("ha", 1), "hectares": ("ha", 1), "ha": ("ha", 1), "hectareas": ("ha", 1),
        "hektar": ("ha", 1),
        "mg": ("g", 0.001), "milligram": ("g", 0.001), "milligrams": ("g", 0.001), "milligrammes": ("g", 0.001), "miligramos": ("g", 0.001),
        "g": ("g", 1), "gram": ("g", 1), "grams": ("g", 1), "gramos": ("g", 1), "gramm": ("g", 1),
        "kg": ("g", 1000), "kilogram": ("g", 1000), "kilograms": ("g", 1000), "kilos": ("g", 1000), "kilogramos": ("g", 1000),
        "kilogramm": ("g", 1000),
        "tonne": ("t", 1), "tonnes": ("t", 1), "tons": ("t", 1), "ton": ("t", 1), "toneladas": ("t", 1), "tonnen": ("t", 1),
        "ml": ("l", 0.001), "millilitre": ("l", 0.001), "millilitres": ("l", 0.001), "milliliters": ("l", 0.001),
        "l": ("l", 1), "litre": ("l", 1), "litres": ("l", 1), "liter": ("l", 1), "liters": ("l", 1), "litros": ("l", 1),
        "mph": ("mph", 1), "kmh": ("kmh", 1),
        "percent": ("%", 1), "prozent": ("%", 1), "pct": ("%", 1),
    ]

    /// The figures of `bytes[range]` (view bytes), in order.
    static func scan(_ bytes: [UInt8], in range: Range<Int>? = nil) -> [Figure] {
        let r = range ?? 0..<bytes.count
        var out: [Figure] = []
        var i = r.lowerBound
        while i < r.upperBound {
            let b = bytes[i]
            guard b >= 0x30, b <= 0x39 else { i += 1; continue }
            // A number starts here unless a letter, digit or joined separator comes just before.
            if i > r.lowerBound {
                let p = bytes[i - 1]
                if isASCIILetter(p) || (p >= 0x30 && p <= 0x39) || p == 0x2E || p == 0x2C || p == 0x2D || p == 0x2F || p >= 0x80 && !precededByCurrencyOrSpace(bytes, i, lower: r.lowerBound) {
                    i += 1
                    while i < r.upperBound, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
                    continue
                }
            }
            var j = i
            while j < r.upperBound {
                let c = bytes[j]
                if c >= 0x30 && c <= 0x39 { j += 1; continue }
                if (c == 0x2C || c == 0x2E), j + 1 < r.upperBound, bytes[j + 1] >= 0x30 && bytes[j + 1] <= 0x39 { j += 1; continue }
                break
            }
            let number = String(decoding: bytes[i..<j], as: UTF8.self)
            if let figure = figure(bytes, number: number, start: i, end: j, lower: r.lowerBound, upper: r.upperBound) {
                out.append(figure)
                i = max(figure.range.upperBound, j)
            } else {
                i = j
            }
        }
        return out
    }

    static func isASCIILetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }

    /// A non-ASCII byte before a digit: a currency sign (£, €, ¥) or a no-break space is fine.
    static func precededByCurrencyOrSpace(_ bytes: [UInt8], _ i: Int, lower: Int) -> Bool {
        currencySign(before: i, in: bytes, lower: lower) != nil
            || (i >= lower + 2 && bytes[i - 2] == 0xC2 && bytes[i - 1] == 0xA0)
            || (i >= lower + 3 && bytes[i - 3] == 0xE2 && bytes[i - 2] == 0x80 && (bytes[i - 1] == 0xAF || bytes[i - 1] == 0x89))
    }

    /// The currency of a sign ending at `i` ("$", "US$", "£", "€", "¥", "A$" …) and where it starts.
    static func currencySign(before i: Int, in bytes: [UInt8], lower: Int) -> (String, Int)? {
        var k = i
        // One space between sign and number ("€ 12", "USD 40").
        if k > lower, bytes[k - 1] == 0x20 { k -= 1 } else if k >= lower + 2, bytes[k - 2] == 0xC2, bytes[k - 1] == 0xA0 { k -= 2 }
        if k > lower, bytes[k - 1] == 0x24 {   // $
            var s = k - 1
            var unit = "usd"
            if s >= lower + 2, bytes[s - 2] == 0x55, bytes[s - 1] == 0x53 { s -= 2 }   // US$
            else if s > lower, isASCIILetter(bytes[s - 1]), s - 1 == lower || !isASCIILetter(bytes[max(lower, s - 2)]) || (s >= lower + 2 && isASCIILetter(bytes[s - 2]) && bytes[s - 2] < 0x5B) {
                // A$, C$, NZ$, HK$: another dollar.
                unit = "cur$" + String(decoding: bytes[max(lower, s - 2)..<s].filter(isASCIILetter), as: UTF8.self)
                s -= 1
            }
            return (unit, s)
        }
        if k >= lower + 2, bytes[k - 2] == 0xC2, bytes[k - 1] == 0xA3 { return ("gbp", k - 2) }   // £
        if k >= lower + 3, bytes[k - 3] == 0xE2, bytes[k - 2] == 0x82, bytes[k - 1] == 0xAC { return ("eur", k - 3) }   // €
        if k >= lower + 2, bytes[k - 2] == 0xC2, bytes[k - 1] == 0xA5 { return ("jpy", k - 2) }   // ¥
        if k >= lower + 3, k < i {
            let code = String(decoding: bytes[(k - 3)..<k], as: UTF8.self)
            if let c = ["USD": "usd", "EUR": "eur", "GBP": "gbp", "CHF": "chf", "JPY": "jpy"][code],
               k - 3 == lower || !isASCIILetter(bytes[k - 4]) { return (c, k - 3) }
        }
        return nil
    }

    /// Readings of a written number: (value, half of the last digit's place).
    static func readings(_ number: String) -> [(Double, Double)] {
        let seps = number.filter { $0 == "," || $0 == "." }
        func value(decimal: Character?) -> (Double, Double)? {
            var digits = ""
            var decimals = 0
            var afterDecimal = false
            for ch in number {
                if ch == "," || ch == "." {
                    if ch == decimal { digits.append("."); afterDecimal = true }
                    continue
                }
                digits.append(ch)
                if afterDecimal { decimals += 1 }
            }
            guard let v = Double(digits) else { return nil }
            return (v, 0.5 * pow(10, Double(-decimals)))
        }
        if seps.isEmpty { return value(decimal: nil).map { [$0] } ?? [] }
        var out: [(Double, Double)] = []
        let groups = number.split(whereSeparator: { $0 == "," || $0 == "." })
        let lastGroup = groups.last?.count ?? 0
        let kinds = Set(seps)
        if kinds.count == 2 {
            // "1,234.5" or "1.234,5": the last separator is the decimal mark.
            if let v = value(decimal: seps.last) { out.append(v) }
            return out
        }
        let sep = seps.first!
        // Thousands: every group after the first has three digits.
        if groups.dropFirst().allSatisfy({ $0.count == 3 }), groups.first!.count <= 3, let v = value(decimal: nil) { out.append(v) }
        // Decimal: one separator.
        if seps.count == 1, let v = value(decimal: sep) { out.append(v) }
        _ = lastGroup
        return out
    }

    /// The figure whose number is `bytes[start..<end]`, or nil when no currency, percent or unit
    /// goes with it.
    static func figure(_ bytes: [UInt8], number: String, start: Int, end: Int, lower: Int, upper: Int) -> Figure? {
        var readings = readings(number)
        guard !readings.isEmpty else { return nil }
        var unit: String? = nil
        var rangeStart = start
        if let (c, s) = currencySign(before: start, in: bytes, lower: lower) { unit = c; rangeStart = s }
        var k = end
        var rangeEnd = end
        var scale = 1.0
        var factor = 1.0
        // Words after the number: up to four (a scale, "de", a currency or unit).
        func skipSpace() {
            while k < upper {
                if bytes[k] == 0x20 { k += 1; continue }
                if k + 1 < upper, bytes[k] == 0xC2, bytes[k + 1] == 0xA0 { k += 2; continue }
                if k + 2 < upper, bytes[k] == 0xE2, bytes[k + 1] == 0x80, bytes[k + 2] == 0xAF || bytes[k + 2] == 0x89 { k += 3; continue }
                break
            }
        }
        func nextWord() -> (String, Int)? {
            var e = k
            while e < upper {
                let (s, n) = FidelityText.decode(bytes, e, limit: upper)
                guard s.properties.isAlphabetic else { break }
                e += n
            }
            guard e > k else { return nil }
            return (FidelityText.fold(String(decoding: bytes[k..<e], as: UTF8.self)), e)
        }
        var sawScale = false
        for _ in 0..<4 {
            let before = k
            skipSpace()
            if k < upper, bytes[k] == 0x25 {   // %
                if unit == nil { unit = "%"; rangeEnd = k + 1 }
                break
            }
            guard let (w, e) = nextWord() else { k = before; break }
            // A word glued to the number is only a unit or scale ("80mm", "$2.6bn", "4.2m").
            if let s = scales[w], !sawScale, unit == nil || currencyWords[w] == nil {
                if currencyScales.contains(w), unit == nil {
                    // "4.2m" without a currency: metres.
                    if w == "m" { unit = "m"; rangeEnd = e; k = e; break }
                    k = before; break
                }
                if w == "mil", let after = lookahead(bytes, e, upper), after == "millones" {
                    scale = 1e9
                } else if w == "mil", unit == nil {
                    // "mil" alone is Spanish for thousand only before a currency word; keep going.
                    scale = 1e3
                } else { scale = s }
                sawScale = true
                k = e
                if e < upper, bytes[e] == 0x2E { k = e + 1 }   // "Mio.", "Mrd."
                rangeEnd = e
                continue
            }
            if sawScale, w == "millones" { k = e; rangeEnd = e; continue }   // "mil millones"
            if w == "de" || w == "of" || w == "d" { k = e; continue }
            if let c = currencyWords[w] {
                if unit == nil || unit == c { unit = c; rangeEnd = e }
                k = e
                break
            }
            if w == "per" || w == "por" || w == "pour" || w == "pour" {
                if let after = lookahead(bytes, e, upper), after == "cent" || after == "ciento" || after == "cento" {
                    if unit == nil { unit = "%" }
                    rangeEnd = lookaheadEnd(bytes, e, upper)
                }
                break
            }
            if w == "percentage" { if unit == nil { unit = "pp"; rangeEnd = e }; break }
            if let (u, f) = unitWords[w], !sawScale || u == "%" {
                if unit == nil { unit = u; factor = f; rangeEnd = e }
                break
            }
            k = before
            break
        }
        guard let unit else { return nil }
        // The digits must stand alone: "$2.6bn" is one figure, "COVID-19" is not one.
        let multiplier = scale * factor
        readings = readings.map { ($0.0 * multiplier, $0.1 * multiplier) }
        return Figure(unit: unit, values: readings.map(\.0), tolerances: readings.map(\.1), range: rangeStart..<max(rangeEnd, end))
    }

    /// The folded word after white space from `at`.
    static func lookahead(_ bytes: [UInt8], _ at: Int, _ upper: Int) -> String? {
        var k = at
        while k < upper, bytes[k] == 0x20 { k += 1 }
        var e = k
        while e < upper, isASCIILetter(bytes[e]) { e += 1 }
        return e > k ? String(decoding: bytes[k..<e], as: UTF8.self).lowercased() : nil
    }

    static func lookaheadEnd(_ bytes: [UInt8], _ at: Int, _ upper: Int) -> Int {
        var k = at
        while k < upper, bytes[k] == 0x20 { k += 1 }
        while k < upper, isASCIILetter(bytes[k]) { k += 1 }
        return k
    }
}
