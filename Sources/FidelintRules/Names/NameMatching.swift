import FidelintCore
import Foundation

/// Comparing written names: folding (case, accents, hyphens and spaces) and a romanization
/// skeleton for names transliterated from Korean, Russian, Tajik and similar scripts, where
/// "Suk-yeol", "Seok-youl" and "Sok-yol" are one name.
public enum NameMatching {
    /// Lowercase letters and digits only, accents removed.
    public static func fold(_ name: String) -> String { EntityRegistry.fold(name) }

    /// The romanization skeleton of a name: folded, each run of vowels (a e i o u y w) becomes
    /// one "a", the voiced and unvoiced stops and affricates are merged (g/k/c/q, d/t, b/p,
    /// j/ch/zh/dzh → c, sh → s, r → l, h after a consonant dropped) and doubled letters collapsed.
    /// "Suk-yeol" and "Seok-youl" both give "sakal"; "Jae-myung" and "Jae-myeong" give "camang".
    public static func skeleton(_ name: String) -> String {
        var s = fold(name)
        for (a, b) in [("dzh", "j"), ("zh", "j"), ("ch", "j"), ("sh", "s"), ("kh", "k"), ("ph", "p"), ("th", "t")] {
            s = s.replacingOccurrences(of: a, with: b)
        }
        var out: [Character] = []
        for ch in s {
            var c = ch
            switch ch {
            case "a", "e", "i", "o", "u", "y", "w": c = "a"
            case "g", "k", "c", "q": c = "k"
            case "j": c = "c"
            case "d": c = "t"
            case "b": c = "p"
            case "r": c = "l"
            case "h": if let last = out.last, last != "a" { continue }
            default: break
            }
            if out.last == c { continue }
            out.append(c)
        }
        return String(out)
    }

    /// Whether two written forms of a name's variable part are the same name: equal when folded
    /// ("Suk-yeol" / "Suk Yeol"), or, when either is a hyphenated or two-word romanized given name,
    /// equal in skeleton ("Suk-yeol" / "Seok-youl"). Plain single words need an exact fold: "Maria"
    /// and "Mario" are two people.
    public static func sameName(_ a: String, _ b: String) -> Bool {
        let fa = fold(a), fb = fold(b)
        guard fa.count >= 3, fb.count >= 3 else { return false }
        if fa == fb { return true }
        let compound = { (s: String) in s.contains("-") || s.contains(" ") }
        guard compound(a) || compound(b), fa.count >= 4, fb.count >= 4 else { return false }
        return skeleton(a) == skeleton(b)
    }

    /// Whether full names `a` and `b` (tokens) are spellings of one person's name: one end token is
    /// identical (the family name) and the rest is `sameName`.
    public static func sameFullName(_ a: [String], _ b: [String]) -> Bool {
        guard a.count >= 2, b.count >= 2, a != b else { return false }
        // Every word a name word: two letters or more, not all capitals ("Plan A", "Prime III", "EU").
        let wordy = { (t: [String]) in t.allSatisfy { $0.count >= 2 && $0.contains(where: \.isLowercase) } }
        guard wordy(a), wordy(b) else { return false }
        // Only case differs ("Mark di Stefano" / "Mark Di Stefano"): a style choice, not a spelling.
        if a.map({ $0.lowercased() }) == b.map({ $0.lowercased() }) { return false }
        // Romanizations keep the word count ("Suk-yeol" / "Seok-youl"); only a fold may merge
        // words ("Suk-yeol" / "Suk Yeol"), so "Whole Foods" is not "A Whole Foods".
        if a.count != b.count || zip(a, b).contains(where: { $0.first != $1.first }) {
            return fold(a.joined()) == fold(b.joined())
        }
        if a[0] == b[0], sameName(a.dropFirst().joined(separator: " "), b.dropFirst().joined(separator: " ")) { return true }
        if a[a.count - 1] == b[b.count - 1], sameName(a.dropLast().joined(separator: " "), b.dropLast().joined(separator: " ")) { return true }
        return false
    }
}

// MARK: - One person spelled two ways (the person model's name comparison)

extension NameMatching {
    /// How two written full names of one person differ (`personVariant`).
    public enum VariantKind: Sendable, Equatable {
        /// One part of a compound or double family name changed, the other kept: "Hollerbach-Witt"
        /// / "Hollerbach-Weiß", "Marwood-Achebe" / "Marlowe-Achebe", "Montesinos Ruiz" /
        /// "Montesinos Quirós". `spaced`: the kept part is a separate word, not joined by a hyphen
        /// ("Bernardes Lacerda" / "Bernardes Leitão"), where the kept word could also be a middle
        /// given name ("Sarah Jane Smith" / "Sarah Jane Brown"): the caller asks for more evidence.
        case compoundPart(spaced: Bool)
        /// The family name spelled close to the other (`nearSurname`, loose): "Desmarais-Olivier" /
        /// "Desmarets", "Ferraris" / "Ferrero", "Ostrowska" / "Ostrowski".
        case nearFamily
        /// The same family name under a cognate spelling of the given name: "Katharine Oyelaran"
        /// / "Catherine Oyelaran".
        case givenCognate
    }

    /// Whether two given names are one name: equal when folded ("Hélène" / "Helene"), or cognate
    /// spellings of it: the same romanization skeleton once a last vowel is dropped
    /// ("Margaret" / "Marguerite", "Katharine" / "Catherine", "Michael" / "Michel", "Eleanor" /
    /// "Elinor"), but not two names that differ only in their ending vowel, which mark another
    /// person of the other sex in many languages ("Maria" / "Mario", "Daniel" / "Daniela",
    /// "Jan" / "Jana", "Anna" / "Anne"). Cognates have six letters or more each; compound given
    /// names are compared part by part ("Jean-Pierre" / "Jean-Paul": two people).
    public static func sameGivenName(_ a: String, _ b: String) -> Bool {
        let fa = fold(a), fb = fold(b)
        guard fa.count >= 2, fb.count >= 2 else { return false }
        if fa == fb { return true }
        // Compound given names part by part: "Jean-Pierre" and "Jean-Paul" are two people.
        let partsA = a.split(whereSeparator: { $0 == "-" || $0 == " " }), partsB = b.split(whereSeparator: { $0 == "-" || $0 == " " })
        if partsA.count > 1 || partsB.count > 1 {
            return partsA.count == partsB.count && zip(partsA, partsB).allSatisfy { sameGivenName(String($0), String($1)) }
        }
        // Cognates are long enough to tell apart by their skeleton ("Pierre" and "Paul" share one).
        guard fa.count >= 6, fb.count >= 6 else { return false }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        // Only the ending vowels differ (or one has an ending vowel the other lacks).
        let stemA = fa.reversed().drop(while: { vowels.contains($0) }), stemB = fb.reversed().drop(while: { vowels.contains($0) })
        if String(stemA) == String(stemB) { return false }
        func trimmed(_ s: String) -> String {
            var k = skeleton(s)
            while k.count > 1, k.hasSuffix("a") { k.removeLast() }
            return k
        }
        let ka = trimmed(a), kb = trimmed(b)
        return ka.count >= 3 && ka == kb
    }

    /// Whether one given name is a short form of the other: a prefix of three letters or more
    /// ("Dan" / "Daniel", "Chris" / "Christopher"), a short form of four letters or fewer with
    /// the same first letter ("Tom" / "Thomas", "Kate" / "Katherine"), or a common English
    /// hypocorism with another first letter (`hypocorisms`: "Bill" / "William", "Peggy" /
    /// "Margaret").
    public static func isShortForm(_ a: String, _ b: String) -> Bool {
        let fa = fold(a), fb = fold(b)
        let (s, l) = fa.count <= fb.count ? (fa, fb) : (fb, fa)
        guard s.count >= 2, s != l else { return s == l }
        if s.count >= 3, l.hasPrefix(s) { return true }
        if s.count <= 4, l.count > s.count, s.first == l.first { return true }
        return hypocorisms[s]?.contains(l) ?? false
    }

    /// English short forms whose first letter differs from the full name's.
    static let hypocorisms: [String: Set<String>] = [
        "bill": ["william"], "will": ["william"], "liam": ["william"], "bob": ["robert"], "bobby": ["robert"],
        "dick": ["richard"], "rick": ["richard"], "ted": ["edward", "theodore"], "ned": ["edward"],
        "peggy": ["margaret"], "meg": ["margaret"], "maggie": ["margaret"], "liz": ["elizabeth"], "beth": ["elizabeth"],
        "betty": ["elizabeth"], "lisa": ["elizabeth"], "jack": ["john"], "sandy": ["alexander", "alexandra"],
        "sasha": ["alexander", "alexandra"], "tony": ["anthony", "antony"], "chuck": ["charles"], "hank": ["henry"],
        "polly": ["mary"], "molly": ["mary"], "sally": ["sarah"], "nancy": ["ann", "anne"], "harry": ["henry"],
    ]

    /// Whether two family names (single words, or parts of a compound) are one name spelled two
    /// ways. Folded (case and accents removed) and compared by edit distance with the same first
    /// letter: one edit in four letters or more ("Ostrowska" / "Ostrowski", "Echeverri" /
    /// "Echeverría" folded); two edits in six or more sharing three first letters ("Desmarais" /
    /// "Desmarets", "Carvalhal" / "Carvalhais"); with `loose`, three edits in seven or more
    /// sharing four first letters ("Ferraris" / "Ferrero"). Equal when folded is an accent-only
    /// difference ("Gutiérrez" / "Gutierrez"); case-only differences are style, never reported.
    public static func nearSurname(_ a: String, _ b: String, loose: Bool = false) -> Bool {
        guard a.lowercased() != b.lowercased() else { return false }
        let fa = accentFold(a), fb = accentFold(b)
        guard fa.count >= 4, fb.count >= 4, fa.first == fb.first else { return false }
        if fa == fb { return true }
        let d = TextTools.editDistance(fa, fb)
        let shorter = min(fa.count, fb.count)
        let prefix = zip(fa, fb).prefix(while: { $0 == $1 }).count
        if d <= 1 { return true }
        if d == 2 { return shorter >= 6 && prefix >= 3 }
        if d == 3, loose { return shorter >= 7 && prefix >= 4 }
        return false
    }

    /// `name` lowercased with its accents removed, every other character kept ("Echeverría" →
    /// "echeverria", "Picture-in-Picture" keeps its hyphens, "SWIFT'S" its apostrophe).
    public static func accentFold(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return name.lowercased() }
        return name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    }

    /// The parts of a family name: its words and the parts of its hyphenated words
    /// ("Hollerbach-Witt" → ["Hollerbach", "Witt"], "Montesinos Ruiz" → ["Montesinos", "Ruiz"]),
    /// each with whether it was joined to the next by a hyphen.
    static func familyParts(_ tokens: ArraySlice<String>) -> [(part: String, hyphen: Bool)] {
        var out: [(String, Bool)] = []
        for t in tokens {
            let pieces = t.split(separator: "-").map(String.init)
            for (i, p) in pieces.enumerated() where !p.isEmpty { out.append((p, i + 1 < pieces.count)) }
        }
        return out
    }

    /// Whether full names `a` and `b` (tokens, a given name first, then one to three family-name
    /// words) are one person's name spelled two ways, and how. Both keep the same given name
    /// (`sameGivenName`: equal or cognate), and their family names differ in one of these ways:
    /// one part of a compound or double family name replaced while another part is kept
    /// (`compoundPart`), or a part spelled close to a part of the other (`nearFamily`). A family
    /// name that only drops a part ("Okafor-Reid" / "Okafor", "Montesinos Ruiz" / "Montesinos")
    /// is a short form of the same name, not a misspelling; and case-only differences are style.
    public static func personVariant(_ a: [String], _ b: [String]) -> VariantKind? {
        guard a.count >= 2, b.count >= 2, a.count <= 4, b.count <= 4 else { return nil }
        let wordy = { (t: [String]) in t.allSatisfy { $0.count >= 2 && $0.contains(where: \.isLowercase) } }
        guard wordy(a), wordy(b), a.map({ $0.lowercased() }) != b.map({ $0.lowercased() }) else { return nil }
        guard sameGivenName(a[0], b[0]) else { return nil }
        let pa = familyParts(a.dropFirst()), pb = familyParts(b.dropFirst())
        let fa = pa.map { fold($0.part) }, fb = pb.map { fold($0.part) }
        let shared = Set(fa).intersection(fb)
        let onlyA = pa.indices.filter { !shared.contains(fa[$0]) }, onlyB = pb.indices.filter { !shared.contains(fb[$0]) }
        // The same family name: a variant only when the given names differ in spelling.
        if onlyA.isEmpty, onlyB.isEmpty { return fold(a[0]) != fold(b[0]) && pa.count == pb.count ? .givenCognate : nil }
        // Nothing replaced: one a short form of the other.
        guard !onlyA.isEmpty, !onlyB.isEmpty else { return nil }
        // Replaced parts are family-name words: capitalized, three letters or more. A lowercase
        // syllable after a hyphen belongs to a romanized given name ("Kim Min-su" / "Kim Min-seo":
        // two people; "Suk-yeol" / "Seok-youl" is `sameFullName`'s romanization case).
        let nameLike = { (p: String) in p.count >= 3 && p.first!.isUppercase }
        guard onlyA.allSatisfy({ nameLike(pa[$0].part) }), onlyB.allSatisfy({ nameLike(pb[$0].part) }) else { return nil }
        // A part spelled close to a part of the other.
        if onlyA.contains(where: { i in onlyB.contains { j in nearSurname(pa[i].part, pb[j].part, loose: true) } }) { return .nearFamily }
        guard !shared.isEmpty, onlyA.count == 1, onlyB.count == 1 else { return nil }
        // The kept part joined by a hyphen to the replaced one in either name: a compound family name.
        let hyphenated = a.dropFirst().contains { $0.contains("-") } || b.dropFirst().contains { $0.contains("-") }
        return .compoundPart(spaced: !hyphenated)
    }
}
