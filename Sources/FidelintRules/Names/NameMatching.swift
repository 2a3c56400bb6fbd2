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
