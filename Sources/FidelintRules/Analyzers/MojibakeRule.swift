import FidelintCore

/// Mojibake: UTF-8 text that was decoded as Windows-1252 (or Latin-1) on its way to the page, so
/// each accented letter or typographic mark became two or three characters ("It’s" → "Itâ€™s",
/// "café" → "cafÃ©", "für" → "fÃ¼r", a byte-order mark → "ï»¿", a no-break space → "Â ").
///
/// The check is structural, not a list of garbled words: a character whose Windows-1252 byte is a
/// UTF-8 lead byte (0xC2–0xF4, "Â Ã Ä … ï ð") followed by the characters whose Windows-1252 bytes
/// are the continuation bytes (0x80–0xBF: "€ ‚ … ™ © « » ¼ ¿" and the like) that lead byte needs,
/// where the bytes decode to a character (Latin, Greek or Cyrillic letter, punctuation, symbol).
/// Real text with "Ã" or "Â" (Portuguese "NÃO", French "CHÂTEAU") is followed by a letter, not a
/// continuation character, so it stays silent; an all-capital word ending in such a letter before a
/// closing quotation mark ("«IRMÃ»") is skipped too. "â€" with its third byte lost (a closing
/// quotation mark whose 0x9D was dropped) and "Â" before a space after a lowercase letter, a digit
/// or sentence punctuation (a no-break space read as Windows-1252) count as well.
///
/// One finding per line: the garbled words from the first to the last, with the repaired reading.
///
/// Pattern source: issue 14 (capability 6, mojibake family); `../shared/cases/TAXONOMY.md`
/// (scrapers' encoding reports); the Windows-1252 table (WHATWG Encoding Standard, index-windows-1252).
public struct MojibakeRule: Rule {
    public init() {}

    public let description = RuleDescription(
        identifier: "mojibake", name: "Mojibake",
        summary: "UTF-8 text was read as Windows-1252, so accented letters and quotation marks became garbled character pairs.",
        category: .scraperResidue, defaultSeverity: .error,
        origin: "issue 14 (mojibake family: UTF-8 lead byte read as Windows-1252); WHATWG index-windows-1252",
        triggeringExamples: [
            Example("The mayor said ↓itâ€™s too early to decide.\n"),
            Example("Le ↓cafÃ© du port a rouvert lundi.\n"),
            Example("Die Stadt zahlt ↓fÃ¼r die BrÃ¼cke.\n"),
            Example("↓â€œWe are ready,â€ the coach said.\n"),
            Example("The fee is ↓5Â euros.\n"),
        ],
        nonTriggeringExamples: [
            Example("NÃO HÁ VAGAS, disse o gerente de SÃO PAULO.\n"),
            Example("LE CHÂTEAU DE CHÂTEAUNEUF ouvre ses portes. Ça coûte 5 €.\n"),
            Example("Le café coûte 2 € ; « ça va », dit-il — à 20 °C.\n"),
            Example("Ärger über Öl: Übergänge für Äpfel, 15 °C ± 2.\n"),
            Example("Un système automatisé\u{00A0}». Il était naïf\u{00A0}».\n"),
        ])

    /// Windows-1252 bytes 0x80–0x9F by the character they decode to (undefined bytes decode to
    /// the C1 control of the same value, as in Latin-1).
    static let specials: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]

    /// The Windows-1252 byte of a character, or `nil` when it has none.
    static func cp1252(_ v: UInt32) -> UInt8? {
        if v < 0x100 { return UInt8(v) }
        return specials[v]
    }

    /// Characters after which an all-capital word's last letter ("IRMÃ»") is not taken for a lead byte.
    static let closingMarks: Set<UInt32> = [0xBB, 0xAB, 0x2019, 0x201D, 0x201C, 0x2018, 0x203A, 0x2039, 0x2026, 0x2013, 0x2014, 0xB7, 0x2022]

    public func check(_ context: RuleContext) throws -> [Finding] {
        let view = context.view(masking: .code)
        let bytes = view.utf8
        // Prefilter: a lead character (U+00C2…U+00F4, UTF-8 C3 82…C3 B4) followed by a character
        // that is a continuation byte in Windows-1252 (U+0080…U+00BF: C2 xx; Š Œ Ž š œ ž Ÿ: C5 xx;
        // ƒ: C6; ˆ ˜: CB; € ‚ „ … † ‡ ‰ ‹ › ‘ ’ “ ” • – — ™: E2 xx) or by a space ("Â ").
        var any = false
        var k = 0
        while k + 2 < bytes.count {
            if bytes[k] == 0xC3, bytes[k + 1] >= 0x82, bytes[k + 1] <= 0xB4,
               [0xC2, 0xC5, 0xC6, 0xCB, 0xE2, 0x20].contains(bytes[k + 2]) { any = true; break }
            k += 1
        }
        guard any else { return [] }
        // Line by line (a garbled word never crosses a line break, U+000A or U+2028), and only
        // lines with a non-ASCII character: the scalars of one line are held at a time (a 20 MB
        // file held all of them, 24 bytes a byte). Each line's scalars begin with the line break
        // before it and end with the one after it, as the whole text's did around the line.
        var out: [Finding] = []
        var lineStart = 0
        var hasLead = false
        var p = 0
        while p <= bytes.count {
            let breakLength = p == bytes.count ? 0 : bytes[p] == 0x0A ? 1
                : (bytes[p] == 0xE2 && p + 2 < bytes.count && bytes[p + 1] == 0x80 && bytes[p + 2] == 0xA8) ? 3 : -1
            if breakLength < 0 {
                if bytes[p] >= 0xC2 { hasLead = true }
                p += 1
                continue
            }
            if hasLead {
                // The break before the line (one byte, or U+2028's three) and the one after it.
                let from = lineStart == 0 ? 0 : (bytes[lineStart - 1] == 0x0A ? lineStart - 1 : lineStart - 3)
                out += findings(in: view, bytes: bytes, from: from, to: p + breakLength)
            }
            p += max(1, breakLength)
            lineStart = p
            hasLead = false
        }
        return out
    }

    /// The findings of the scalars of `bytes[from..<to]` (a line with the breaks around it).
    private func findings(in view: TextView, bytes: [UInt8], from: Int, to: Int) -> [Finding] {
        // Scalars with their view byte offsets.
        var scalars: [(v: UInt32, at: Int, end: Int)] = []
        var i = from
        while i < to {
            let b = bytes[i]
            let len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            var v = UInt32(b)
            if len > 1 {
                v = UInt32(b) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
                for j in 1..<len where i + j < bytes.count { v = v << 6 | UInt32(bytes[i + j] & 0x3F) }
            }
            scalars.append((v, i, min(bytes.count, i + len)))
            i += len
        }
        // Garbled sequences: (first scalar index, scalar count, repaired character).
        var hits: [(start: Int, count: Int, repaired: String)] = []
        var s = 0
        while s < scalars.count {
            guard let lead = Self.cp1252(scalars[s].v), lead >= 0xC2, lead <= 0xF4, scalars[s].v >= 0xC2 else { s += 1; continue }
            let need = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3
            var seq: [UInt8] = [lead]
            var t = s + 1
            while seq.count <= need, t < scalars.count, let c = Self.cp1252(scalars[t].v), c >= 0x80, c <= 0xBF {
                seq.append(c)
                t += 1
            }
            if seq.count == need + 1, let decoded = Self.decode(seq), Self.plausible(decoded, length: seq.count) {
                let previous = s > 0 ? scalars[s - 1].v : 0x20
                let isCapital = Unicode.Scalar(previous).map { $0.properties.isUppercase } ?? false
                if need == 1, lead >= 0xC3, isCapital, Self.closingMarks.contains(scalars[s + 1].v) { s += 1; continue }
                hits.append((s, seq.count, String(Character(Unicode.Scalar(decoded)!))))
                s = t
                continue
            }
            // "â€" whose third byte was lost.
            if lead == 0xE2, seq.count == 2, seq[1] == 0x80 {
                hits.append((s, 2, "”"))
                s += 2
                continue
            }
            // "Â" + space after a lowercase letter or digit: a no-break space read as Windows-1252.
            if lead == 0xC2, s + 1 < scalars.count, scalars[s + 1].v == 0x20, s > 0,
               let p = Unicode.Scalar(scalars[s - 1].v), p.properties.isLowercase || (p.value >= 0x30 && p.value <= 0x39)
                || ".,;:!?)%".unicodeScalars.contains(p) {
                hits.append((s, 1, "\u{00A0}"))
                s += 1
                continue
            }
            s += 1
        }
        guard !hits.isEmpty else { return [] }
        // One finding per line, from the first garbled word to the last.
        var out: [Finding] = []
        var h = 0
        while h < hits.count {
            let lineStart = lineBound(scalars, from: hits[h].start, step: -1)
            let lineEnd = lineBound(scalars, from: hits[h].start, step: 1)
            var last = h
            while last + 1 < hits.count, hits[last + 1].start <= lineEnd { last += 1 }
            let first = wordBound(scalars, from: hits[h].start, step: -1, limit: lineStart)
            let end = wordBound(scalars, from: hits[last].start + hits[last].count - 1, step: 1, limit: lineEnd)
            let garbled = view.text(scalars[first].at..<scalars[end].end)
            // The repaired reading of the same words.
            var repaired = ""
            var x = first
            var hh = h
            while x <= end {
                if hh <= last, hits[hh].start == x {
                    repaired += hits[hh].repaired
                    x += hits[hh].count
                    hh += 1
                } else {
                    repaired.unicodeScalars.append(Unicode.Scalar(scalars[x].v) ?? "?")
                    x += 1
                }
            }
            let count = last - h + 1
            // A byte-order mark is invisible: named, and left out of the repaired reading.
            let bom = repaired.unicodeScalars.contains("\u{FEFF}")
            if bom { repaired.unicodeScalars.removeAll { $0 == "\u{FEFF}" } }
            out.append(finding("Mojibake (UTF-8 read as Windows-1252\(count > 1 ? ", \(count) garbled characters" : "")): “\(TextTools.quote(garbled, limit: 60))” should read “\(TextTools.quote(repaired, limit: 60))”\(bom ? " (the garbled part is a byte-order mark)" : "")",
                               at: view.sourceRange(scalars[first].at..<scalars[end].end)))
            h = last + 1
        }
        return out
    }

    /// The index of the first (step -1) or last (step 1) scalar of the line holding `from`.
    func lineBound(_ scalars: [(v: UInt32, at: Int, end: Int)], from: Int, step: Int) -> Int {
        var i = from
        while i + step >= 0, i + step < scalars.count, scalars[i + step].v != 0x0A, scalars[i + step].v != 0x2028 { i += step }
        return i
    }

    /// The index of the first (step -1) or last (step 1) scalar of the word holding `from`,
    /// within `limit` (white space ends a word).
    func wordBound(_ scalars: [(v: UInt32, at: Int, end: Int)], from: Int, step: Int, limit: Int) -> Int {
        var i = from
        while i != limit, scalars[i + step].v != 0x20, scalars[i + step].v != 0x09, scalars[i + step].v != 0xA0 { i += step }
        return i
    }

    /// The character UTF-8 bytes `seq` encode (shortest form, no surrogates), or `nil`.
    static func decode(_ seq: [UInt8]) -> UInt32? {
        switch seq.count {
        case 2: return UInt32(seq[0] & 0x1F) << 6 | UInt32(seq[1] & 0x3F)
        case 3:
            let v = UInt32(seq[0] & 0x0F) << 12 | UInt32(seq[1] & 0x3F) << 6 | UInt32(seq[2] & 0x3F)
            return v >= 0x800 && !(0xD800...0xDFFF).contains(v) ? v : nil
        case 4:
            let v = UInt32(seq[0] & 0x07) << 18 | UInt32(seq[1] & 0x3F) << 12 | UInt32(seq[2] & 0x3F) << 6 | UInt32(seq[3] & 0x3F)
            return v >= 0x10000 && v <= 0x10FFFF ? v : nil
        default: return nil
        }
    }

    /// A decoded character a text plausibly held: two bytes → Latin-1 letters and signs, Latin
    /// Extended, Greek or Cyrillic; three bytes → punctuation, symbols and arrows (U+2000–U+2BFF),
    /// Vietnamese letters (U+1E00–U+1EFF), a byte-order mark or U+FFFD; four bytes → emoji. (French
    /// "automatisé »" holds "é", a no-break space and "»": the bytes E9 A0 BB decode to a CJK
    /// character, which the check does not take for mojibake.)
    static func plausible(_ v: UInt32, length: Int) -> Bool {
        switch length {
        case 2: return (0xA0...0x2FF).contains(v) || (0x370...0x4FF).contains(v)
        case 3: return (0x2000...0x2BFF).contains(v) || (0x1E00...0x1EFF).contains(v) || v == 0xFEFF || v == 0xFFFD
        default: return (0x1F000...0x1FAFF).contains(v)
        }
    }
}
