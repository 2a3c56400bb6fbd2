import FidelintCore
import FidelintRegex
import Foundation

/// One person's name spelled two ways ("Velasko" / "Velasco", "Marrick" / "Marick", "Yoon
/// Suk-yeol" / "Yoon Suk Yeol" / "Yoon Seok-youl").
///
/// Full names (runs of two or more capitalized words and role mentions) are compared first: one
/// end word identical (the family name) and the rest the same when folded (case, accents,
/// hyphens, spaces) or, for hyphenated or two-word romanized given names, the same romanization
/// skeleton (`NameMatching`). Two forms named in one sentence, or with two different roles, are
/// two people ("Kim Min-su and Kim Min-seo").
///
/// Single words: names come
/// from role mentions (the role grammar's too) and the family names of two-word full names; every capitalized word of five or more letters that shares the name's first
/// three letters and is one edit away (a substitution, insertion, deletion or swap, a dropped or
/// added last letter included: "Sloan" / "Sloane") is a variant, unless one is the other plus an
/// ending ("America" / "American", "Jordan" / "Jordans", `inflections`) or it
/// is another person's name (named with a role, or written after a given name that the other
/// spelling never has: "Ann Johnston" beside "Speaker Mike Johnson"). The spelling used
/// less often is reported (on a tie, the later one), with the other spelling's uses related.
///
/// Pattern source: `../shared/cases/TAXONOMY.md` §12 (spelling drift: edit distance 1, a shared
/// 3-letter prefix, both used as names).
public struct NameSpellingVariantRule: Rule {
    public init() {}

    public let description = RuleDescription(
        identifier: "name_spelling_variant", name: "Name Spelling Variant",
        summary: "A person's name is spelled two different ways in one article.",
        category: .nameInconsistency, defaultSeverity: .warning,
        origin: "TAXONOMY §12 name_inconsistency (spelling drift); issue 4 (romanizations)",
        triggeringExamples: [
            Example("Foreign Minister Katrin Velasko arrived in Norvessa on Monday.\nOfficials said the talks would focus on fishing.\n↓Velasco is expected to meet the prime minister.\n"),
            Example("President Ilse Marrick spoke on Tuesday.\nMarrick said aid would follow.\n↓Marick added that towns would be rebuilt.\n"),
            Example("President Yoon Suk-yeol arrived on Monday.\nYoon Suk-yeol met workers.\n↓Yoon Seok-youl left on Tuesday.\n"),
            Example("President Yoon Suk-yeol arrived on Monday.\nYoon Suk-yeol met workers.\nLater ↓Yoon Suk Yeol left.\n"),
            Example("Minister Lee Jae-myung spoke.\nLee Jae-myung smiled.\n↓Lee Jae-myeong waved.\n"),
            Example("Harriers Sign Sprinters\n\nHead coach Dana Sloane spoke.\nSloane said the club would race.\nCoach ↓Sloan said they were ready.\n"),
            Example("Bakery Grows\n\nBartosz Kowalczyk founded the firm.\nKowalczyk said prices rose.\n↓Kowalcyk said a kitchen was planned.\n"),
            Example("Court\n\nMagistrate Helen Dowling spoke.\nThe court heard evidence.\nMagistrate ↓Cowling said so.\n"),
            Example("Jazz Week\n\nSaxophonist Tomas Berglund opened.\nPianist Elin Westberg answered.\nBy the encore, ↓Barglund's tone had hardened.\n"),
        ],
        nonTriggeringExamples: [
            Example("Ferries to Moraig and Skelda run hourly. The Moraig Regatta is on Saturday.\nThe operator's chief executive, Morag Lindsay, said the trial would run until September. Moraig residents agreed.\n"),
            Example("Mayor Dara Quillon met Mayor Dara Quillon's deputy.\nQuillon said the Quillons had lived in the town for years.\n"),
            Example("President Ilse Marrick spoke on Tuesday.\nMarrick said aid would follow.\n"),
            Example("Ambassador talks: President Joe American spoke.\nAmerica is ready, American said.\n"),
            Example("Kim Min-su and Kim Min-seo both won medals.\nKim Min-su took gold.\n"),
            Example("Maria Lopez met Mario Lopez on Sunday.\nMaria Lopez later left.\n"),
            Example("Minister Ana Petrov spoke. Ana Petrova, her sister, listened.\n"),
            Example("Jean-Pierre Roux spoke. Later Jean-Paul Roux answered.\n"),
            Example("Speaker Mike Johnson scheduled the vote.\nAnn Johnston opposed it.\nJohnson said it would pass.\n"),
            Example("Students Arrive\n\nDirector Jordan Kenyatta said students came from Kenya and America.\nThe Kenyan and American students stay.\nThe Jordans host one.\n"),
            Example("Choir Wins\n\nConductor Mark Sloane spoke.\nSoprano Ellen Sloan sang.\nSloane said the prize helps.\nSloan said she was thrilled.\n"),
            Example("Gala\n\nThe soprano Hannah Ross sang.\nThe cellist Pieter Roos played.\nRoss's encore was loud.\n"),
        ])

    static let capitalized: PCRE2Regex = {
        do { return try PCRE2Regex(#"\b\p{Lu}[\p{Ll}\p{Lu}’'-]{4,}\b"#, options: .init(caseless: false)) } catch { fatalError("\(error)") }
    }()

    public func check(_ context: RuleContext) throws -> [Finding] { try check(context, prefilter: true) }

    /// - Parameter prefilter: skip the comparisons that `mayHaveFullNameVariants` and
    ///   `mayHaveWordVariants` show cannot report anything (the findings are the same; `false` is
    ///   the reference for tests).
    func check(_ context: RuleContext, prefilter: Bool) throws -> [Finding] {
        // Quoted speech keeps its speaker's spelling.
        let view = context.view(masking: [.quotations, .code])
        let index = try nameIndex(context)
        let mentions = index.mentions
        var (out, covered) = !prefilter || Self.mayHaveFullNameVariants(index) ? fullNameVariants(index, view: view) : ([], [])
        // Names: every role or title mention's words, and the family name of every two-word full
        // name outside quotations ("Dana Sloane"), so a surname-only use can be compared with it.
        // Only the family name (a mention's last word): a given name ("Morag" of "Morag Lindsay")
        // beside a place one letter away ("the island of Moraig") is no misspelling, and a given
        // name spelled two ways is a full-name variant, compared above.
        var nameTokens = Set(mentions.compactMap(\.name.last).filter { $0.count >= 5 })
        let roleWords = RoleWords.shipped
        // A full name's family name counts when the article also uses it alone ("Kowalczyk
        // said"): the person model links the two. Not in German prose, where capitalized noun
        // pairs look like names.
        let alone = Set(index.surnameReferences.map(\.surname))
        // Or alone anywhere in a sentence ("that Lettice set up", "Lettice's assets"): read only
        // for names some word could be a variant of (`loneUse`).
        var loneOnly: Set<String> = []
        for run in index.runs where !index.german && run.tokens.count == 2
            && !index.quotations.contains(where: { $0.contains(run.offset) }) {
            let family = run.tokens[1]
            guard family.count >= 5, run.tokens[0].count >= 2, !run.tokens[0].hasSuffix("."),
                  family.contains(where: \.isLowercase), run.tokens[0].contains(where: \.isLowercase),
                  !NameIndex.places.contains(family), !NameIndex.notPeople.contains(family),
                  !NameIndex.places.contains(run.tokens[0]),
                  !roleWords.orgNouns.contains(family.lowercased()), !roleWords.heads.contains(family.lowercased()),
                  !roleWords.modifiers.contains(family.lowercased()), !roleWords.modifiers.contains(run.tokens[0].lowercased()) else { continue }
            if !alone.contains(family), !nameTokens.contains(family) { loneOnly.insert(family) }
            nameTokens.insert(family)
        }
        loneOnly.subtract(alone)
        out += Self.firstLettersVariants(index: index, view: view, rule: self, covered: covered)
        guard !nameTokens.isEmpty else { return out }
        // Most articles hold no word that could be a variant of a name: then the words are not read.
        if prefilter, index.fastAlphabet, !Self.mayHaveWordVariants(of: nameTokens, in: view.utf8) { return out }
        // A variant shares its name's first three letters (lowercased), so only words that share
        // them with some name are read: on the fast alphabet they are picked by their bytes.
        let ranges: [Range<Int>]
        if index.fastAlphabet {
            let prefixes = Set(nameTokens.map { Self.prefixKey($0.utf8) })
            ranges = NameScan.capitalizedWords(view.utf8).filter { prefixes.contains(Self.prefixKey(view.utf8[$0])) }
        } else {
            ranges = try matches(Self.capitalized, in: view).map(\.range)
        }
        var uses: [String: [SourceRange]] = [:]
        for w in ranges {
            var text = view.text(w)
            for suffix in ["’s", "'s", "’", "'"] where text.hasSuffix(suffix) { text = String(text.dropLast(suffix.count)) }
            let r = view.sourceRange(w.lowerBound..<(w.lowerBound + text.utf8.count))
            uses[text, default: []].append(r)
        }
        var reported: Set<String> = []
        var slavicCache: Bool? = nil
        /// Whether the prose is written in a language that declines names: Cyrillic, or Latin with
        /// Czech, Slovak or Polish letters.
        func slavic() -> Bool {
            if let slavicCache { return slavicCache }
            let b = context.article.prose.utf8
            var hits = 0
            for i in 0..<max(0, b.count - 1) {
                let c = b[i], d = b[i + 1]
                if c == 0xD0 || c == 0xD1 || (c == 0xC5 && (d == 0x99 || d == 0xAF || d == 0x82 || d == 0xBE || d == 0xA1))
                    || (c == 0xC4 && (d == 0x9B || d == 0x8D || d == 0x85 || d == 0x99)) { hits += 1; if hits >= 8 { break } }
            }
            slavicCache = hits >= 8
            return hits >= 8
        }
        // A variant shares its name's first three letters: each name reads only the words that do.
        var byPrefix: [String: [(String, [SourceRange])]] = [:]
        for (w, r) in uses.sorted(by: { $0.key < $1.key }) { byPrefix[String(w.lowercased().prefix(3)), default: []].append((w, r)) }
        for name in nameTokens.sorted() {
            // The variant may itself carry a title ("Coach Sloan" beside "Dana Sloane").
            for (variant, variantUses) in byPrefix[String(name.lowercased().prefix(3))] ?? [] where variant != name {
                guard Self.isVariant(variant, of: name) else { continue }
                // "Syi’ah" / "Syiah" / "Syi'ah": an apostrophe is typography, not a spelling.
                if Self.withoutApostrophes(variant) == Self.withoutApostrophes(name) { continue }
                // A sentence opener or a function word ("While" beside "White") is no name.
                if NameIndex.sentenceOpeners.contains(variant) || PersonMentions.isStopToken(variant) { continue }
                // Declined names: German "-e"/"-en" plurals, Slavic case endings ("Villa" /
                // "Villy", "Полина" / "Полине").
                if index.german, Self.differsByEnding(variant, name, endings: ["e", "n", "s", "r"]) { continue }
                if slavic(), Self.differsByEnding(variant, name, endings: ["a", "e", "i", "o", "u", "y", "ą", "ę", "ě", "у", "а", "е", "и", "ы", "о", "ю", "я", "м", "й"]) { continue }
                let nameUses = uses[name] ?? []
                guard !nameUses.isEmpty else { continue }
                // A full name's family name never used alone is no evidence of one person.
                if loneOnly.contains(name), !nameUses.contains(where: { Self.isLone($0, in: context.article.source.utf8) }) { continue }
                // "Ann Johnston" beside "Speaker Mike Johnson": the other spelling introduced with a
                // given name of its own is another person.
                let variantGiven = givenNames(of: variant, in: index), nameGiven = givenNames(of: name, in: index)
                if !variantGiven.isEmpty, variantGiven.isDisjoint(with: nameGiven) { continue }
                // The less used spelling is the variant; a tie goes to the later first use.
                let variantIsMinority = variantUses.count != nameUses.count
                    ? variantUses.count < nameUses.count : variantUses[0].start > nameUses[0].start
                let (minority, minorityUses, majority, majorityUses) = variantIsMinority
                    ? (variant, variantUses, name, nameUses) : (name, nameUses, variant, variantUses)
                guard !covered.contains(minority), !covered.contains(majority) else { continue }
                guard reported.insert([minority, majority].sorted().joined(separator: "|")).inserted else { continue }
                let related = majorityUses.map { RelatedRange(range: $0, message: "spelled “\(majority)”") }
                out.append(finding(
                    "“\(minority)” looks like a misspelling of “\(majority)” (\(majorityUses.count) use\(majorityUses.count == 1 ? "" : "s") of “\(majority)”, \(minorityUses.count) of “\(minority)”)",
                    at: minorityUses[0], related: related))
            }
        }
        return out
    }

    /// Whether the word at `range` of `source` stands alone: the words around it (over spaces)
    /// are not capitalized, so it is no part of a longer name ("Graham Lettice").
    static func isLone(_ range: SourceRange, in source: [UInt8]) -> Bool {
        var b = range.start - 1
        while b >= 0, source[b] == 0x20 { b -= 1 }
        if b >= 0, b < range.start - 1, NameScan.isLetter(source[b]) {
            var w = b
            while w > 0, NameScan.isLetter(source[w - 1]) { w -= 1 }
            if NameScan.isUpper(source[w]) { return false }
        }
        var a = range.end
        while a < source.count, source[a] == 0x27 || source[a] == 0x73 && a == range.end + 1 { a += 1 }
        if a + 2 < source.count, source[a] == 0xE2, source[a + 1] == 0x80, source[a + 2] == 0x99 { a += 3; if a < source.count, source[a] == 0x73 { a += 1 } }
        let spaceStart = a
        while a < source.count, source[a] == 0x20 { a += 1 }
        if a > spaceStart, a < source.count, NameScan.isUpper(source[a]) { return false }
        return true
    }

    /// Spellings of a family name that differ in one of its first three letters ("Roos" /
    /// "Ross", "Hollins" / "Collins"): the shared-prefix comparison of `check` does not see them,
    /// and two real people may be called so. Reported only with evidence that they are one
    /// person: the other spelling is never introduced (no given name of its own in the article,
    /// no role but the same one), never named in a sentence with the name, and stands as a name
    /// (with the same role, possessive or inside a sentence, not only as a sentence's first
    /// word); the name is introduced (with a given name or a role). Same length, one letter
    /// changed, four letters or more; not a place, a common word (also written in lowercase in
    /// the article), a role word or a sentence opener. (issue 14: spelling variants without a
    /// shared prefix; TAXONOMY §12.)
    static func firstLettersVariants(index: NameIndex, view: TextView, rule: NameSpellingVariantRule,
                                     covered: Set<String>) -> [Finding] {
        guard !index.german else { return [] }
        let words = RoleWords.shipped
        func nameLike(_ w: String) -> Bool {
            guard w.count >= 4, let f = w.unicodeScalars.first, f.value < 0x80, NameScan.isUpper(UInt8(f.value)),
                  w.unicodeScalars.dropFirst().allSatisfy({ $0.value < 0x80 && NameScan.isLower(UInt8($0.value)) }) else { return false }
            let l = w.lowercased()
            return !NameIndex.places.contains(w) && !NameIndex.notPeople.contains(w) && !NameIndex.sentenceOpeners.contains(w)
                && !PersonMentions.isStopToken(w) && !words.heads.contains(l) && !words.modifiers.contains(l)
                && !words.orgNouns.contains(l) && !words.honorifics.contains(l) && !covered.contains(w)
        }
        // Family names: of role mentions and of full names of two or three words.
        var candidates: Set<String> = []
        for m in index.mentions where !(m.isHonorific && m.name.count < 2) { if let l = m.name.last, nameLike(l) { candidates.insert(l) } }
        for run in index.runs where (2...3).contains(run.tokens.count) && !index.quotations.contains(where: { $0.contains(run.offset) }) {
            if let l = run.tokens.last, nameLike(l) { candidates.insert(l) }
        }
        guard !candidates.isEmpty else { return [] }
        // A variant differs in its first three letters only: bucket by length and the rest
        // (lowercased), hashed from the bytes, so no word is copied unless its bucket is a name's.
        @inline(__always) func key<C: Collection<UInt8>>(_ w: C) -> UInt64 {
            var h: UInt64 = 0xcbf29ce484222325 ^ UInt64(w.count)
            for c in w.dropFirst(3) { h = (h ^ UInt64(ByteText.lower(c))) &* 0x100000001b3 }
            return h
        }
        let keys = Set(candidates.map { key(Array($0.utf8)) })
        var uses: [String: [Range<Int>]] = [:]
        let b = view.utf8
        var i = 0
        while i < b.count {
            let c = b[i]
            guard NameScan.isUpper(c), i == 0 || !(NameScan.isLetter(b[i - 1]) || b[i - 1] >= 0x80) else { i += 1; continue }
            var e = i + 1
            while e < b.count, NameScan.isLower(b[e]) { e += 1 }
            if e - i >= 4, e >= b.count || !(NameScan.isLetter(b[e]) || b[e] >= 0xC0 || b[e] == 0x2D), keys.contains(key(b[i..<e])) {
                uses[String(decoding: b[i..<e], as: UTF8.self), default: []].append(i..<e)
            }
            i = e
        }
        var out: [Finding] = []
        let starts = index.sentenceStarts
        func sentences(_ rs: [Range<Int>]) -> Set<Int> { Set(rs.map { PersonMentions.sentenceIndex(starts, $0.lowerBound) }) }
        var reported: Set<String> = []
        // Most articles hold no two words in one bucket: then nothing more is read.
        var byKey: [UInt64: [String]] = [:]
        for w in uses.keys { byKey[key(Array(w.utf8)), default: []].append(w) }
        for name in candidates.sorted() {
            guard let nameUses = uses[name], let bucket = byKey[key(Array(name.utf8))], bucket.count >= 2 else { continue }
            let nameLower = Array(name.lowercased())
            var introduced: Bool? = nil
            var nameRoles: Set<String> = []
            for variant in bucket.sorted() where variant != name && variant.count == name.count {
                guard let variantUses = uses[variant] else { continue }
                let v = Array(variant.lowercased())
                var diffs = 0
                for k in 0..<3 where v[k] != nameLower[k] { diffs += 1 }
                guard diffs == 1, v[3...] == nameLower[3...], variantUses.count <= nameUses.count, nameLike(variant),
                      !index.bodyWords.contains(variant.lowercased()), !reported.contains(variant) else { continue }
                if introduced == nil {
                    nameRoles = Set(index.mentions.filter { !$0.isHonorific && $0.name.last == name }.map(\.roleKey))
                    introduced = !rule.givenNames(of: name, in: index).isEmpty
                        || index.mentions.contains { $0.name.last == name && ($0.name.count >= 2 || !$0.isHonorific) }
                }
                guard introduced == true else { continue }
                // Never introduced: no full name gives it another name word.
                if index.runs.contains(where: { r in r.tokens.contains(variant) && r.tokens.contains { t in
                    t != variant && !words.heads.contains(t.lowercased()) && !words.modifiers.contains(t.lowercased())
                        && !words.honorifics.contains(t.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))) } }) { continue }
                let variantRoles = Set(index.mentions.filter { !$0.isHonorific && $0.name.last == variant }.map(\.roleKey))
                if !variantRoles.isEmpty, variantRoles.isDisjoint(with: nameRoles) { continue }
                if !sentences(variantUses).isDisjoint(with: sentences(nameUses)) { continue }
                // Used as a name: with the name's role, possessive, or inside a sentence.
                let asName = !variantRoles.isEmpty || variantUses.contains { r in
                    let e = r.upperBound
                    let possessive = e + 1 < b.count && b[e] == 0x27 && b[e + 1] == 0x73
                        || e + 3 < b.count && b[e] == 0xE2 && b[e + 1] == 0x80 && b[e + 2] == 0x99
                    return possessive || !PersonMentions.isSentenceStart(b, at: r.lowerBound)
                }
                guard asName else { continue }
                reported.insert(variant)
                let related = nameUses.map { RelatedRange(range: view.sourceRange($0), message: "spelled “\(name)”") }
                out.append(rule.finding(
                    "“\(variant)” looks like a misspelling of “\(name)” (\(nameUses.count) use\(nameUses.count == 1 ? "" : "s") of “\(name)”, \(variantUses.count) of “\(variant)”, which the article never introduces)",
                    at: view.sourceRange(variantUses[0]), related: related))
            }
        }
        return out
    }

    /// `word` without its apostrophes (’ and ').
    static func withoutApostrophes(_ word: String) -> String { word.filter { $0 != "’" && $0 != "'" } }

    /// Whether `variant` is spelled one edit away from `name` (five characters or more, the same
    /// first three letters, neither one the other plus an ending).
    static func isVariant(_ variant: String, of name: String) -> Bool {
        variant.count >= 5 && name.count >= 5 && variant.lowercased().prefix(3) == name.lowercased().prefix(3)
            && !isInflection(variant, name) && !isInflection(name, variant)
            && TextTools.editDistance(variant.lowercased(), name.lowercased()) == 1
    }

    /// Endings that make another word of a name, not another spelling: a plural or a genitive
    /// ("Jordans", "Müllers"), a demonym ("America" / "American", "Kenya" / "Kenyan", "Israel" /
    /// "Israeli"), a feminine form ("Petrov" / "Petrova"). A dropped or added "e" ("Sloan" /
    /// "Sloane") or an inner letter ("Solberg" / "Sollberg") is a spelling.
    static let inflections: Set<Character> = ["s", "n", "i", "a"]

    /// Whether `a` and `b` differ only in their last letter, each ending (or the longer one's
    /// extra letter) in `endings`: a declined form, not a spelling.
    static func differsByEnding(_ a: String, _ b: String, endings: Set<Character>) -> Bool {
        let (x, y) = a.count >= b.count ? (a, b) : (b, a)
        if x.count == y.count + 1 { return x.hasPrefix(y) && endings.contains(Character(x.last!.lowercased())) }
        guard x.count == y.count, x.dropLast() == y.dropLast() else { return false }
        return endings.contains(Character(x.last!.lowercased())) && endings.contains(Character(y.last!.lowercased()))
    }

    /// Whether `long` is `short` plus one of `inflections`.
    static func isInflection(_ long: String, _ short: String) -> Bool {
        guard long.count == short.count + 1, long.hasPrefix(short), let last = long.last else { return false }
        return inflections.contains(Character(last.lowercased()))
    }

    /// Whether the single-word comparison of `check` can report anything in `bytes` (a view in
    /// `NameScan`'s fast alphabet): some capitalized word (`NameScan.capitalizedWords`) that shares
    /// a name's first three letters and is `isVariant` of another of them.
    /// Every word starting at each capital letter that opens such a name is read (a superset of
    /// the words `capitalizedWords` gives), found with `memchr`, not by reading every byte.
    static func mayHaveWordVariants(of names: Set<String>, in bytes: [UInt8]) -> Bool {
        let prefixes = Set(names.map { prefixKey($0.utf8) })
        // A word shares a name's prefix only when its capital is that name's first letter.
        var capitals: Set<UInt8> = []
        for name in names {
            if let f = name.utf8.first, NameScan.isLetter(f) { capitals.insert(f & 0xDF) }
        }
        return bytes.withUnsafeBufferPointer { b in
            for capital in capitals {
                var from = 0
                while let i = NameScan.next(capital, in: b, from: from) {
                    from = i + 1
                    guard !NameScan.wordBefore(b, i), let e = NameScan.capitalizedWordEnd(b, at: i),
                          prefixes.contains(prefixKey(b[i..<e])) else { continue }
                    var text = String(decoding: b[i..<e], as: UTF8.self)
                    for suffix in ["’s", "'s", "’", "'"] where text.hasSuffix(suffix) { text = String(text.dropLast(suffix.count)) }
                    if names.contains(where: { $0 != text && isVariant(text, of: $0) }) { return true }
                }
            }
            return false
        }
    }

    /// Whether `fullNameVariants` can find anything: whether two different forms among the full
    /// names it reads (runs of two to four words outside quotations), both name-like (every word
    /// two characters or more with a lowercase letter), share their folded letters, or their word
    /// count, initials and first or last word (`NameMatching.sameFullName` needs one of those).
    /// Compared by hashes of their bytes, then by their words; `true` as soon as a word holds a
    /// character other than ASCII and ’ (where comparing `String`s is not comparing bytes).
    static func mayHaveFullNameVariants(_ index: NameIndex) -> Bool {
        let quotes = index.quotations
        var buckets: [(hash: UInt64, run: Int)] = []
        @inline(__always) func mix(_ h: UInt64, _ c: UInt64) -> UInt64 { (h ^ c) &* 0x100000001b3 }
        runs: for (r, run) in index.runs.enumerated()
        where run.tokens.count >= 2 && run.tokens.count <= 4 && !quotes.contains(where: { $0.contains(run.offset) }) {
            var shape = mix(0xcbf29ce484222325, UInt64(run.tokens.count))
            var folded: UInt64 = 0xcbf29ce484222325
            var first: UInt64 = 0, last: UInt64 = 0
            for (t, token) in run.tokens.enumerated() {
                var h: UInt64 = 0xcbf29ce484222325
                var chars = 0, lower = false
                var it = token.utf8.makeIterator()
                while let c = it.next() {
                    if chars == 0 { shape = mix(shape, UInt64(c)) }
                    if c < 0x80 {
                        if NameScan.isLower(c) { lower = true }
                        if ByteText.isASCIIAlnum(c) { folded = mix(folded, UInt64(ByteText.lower(c))) }
                        h = mix(h, UInt64(c))
                    } else {
                        // ’ (E2 80 99): one character, neither a letter nor a digit.
                        guard c == 0xE2, it.next() == 0x80, it.next() == 0x99 else { return true }
                        h = mix(h, 0x2019)
                    }
                    chars += 1
                }
                // Not a name word: `sameFullName` refuses the form.
                guard chars >= 2, lower else { continue runs }
                if t == 0 { first = h }
                if t == run.tokens.count - 1 { last = h }
            }
            buckets.append((mix(mix(1, shape), first), r))
            buckets.append((mix(mix(2, shape), last), r))
            buckets.append((mix(3, folded), r))
        }
        guard buckets.count >= 6 else { return false }
        buckets.sort { $0.hash < $1.hash }
        var g = 0
        while g < buckets.count {
            var e = g + 1
            while e < buckets.count, buckets[e].hash == buckets[g].hash {
                if index.runs[buckets[e].run].tokens != index.runs[buckets[g].run].tokens { return true }
                e += 1
            }
            g = e
        }
        return false
    }

    /// The first three characters of a fast-alphabet word (`NameScan`: ASCII and three-byte
    /// punctuation, one scalar a character), ASCII letters lowered, packed 16 bits a character.
    static func prefixKey<C: Collection<UInt8>>(_ bytes: C) -> UInt64 {
        var key: UInt64 = 0
        var chars = 0
        var scalar: UInt64 = 0
        var pending = 0
        for b in bytes {
            if pending > 0 {
                scalar = scalar << 6 | UInt64(b & 0x3F)
                pending -= 1
                if pending == 0 { key = key << 16 | scalar; chars += 1 }
            } else if b < 0x80 {
                key = key << 16 | UInt64(ByteText.lower(b)); chars += 1
            } else {
                scalar = UInt64(b & 0x0F); pending = 2
            }
            if chars == 3 && pending == 0 { break }
        }
        return key | UInt64(chars) << 48
    }

    /// The words written before `surname` in the article's full names of two or three words
    /// ("Ann" for "Ann Johnston"). Role words and courtesy titles before the name ("Coach Sloan", "Herr Wellmann") are no given name.
    func givenNames(of surname: String, in index: NameIndex) -> Set<String> {
        let words = RoleWords.shipped
        // A given name and the surname, nothing else ("Angaben von Hollwegg" is a German noun phrase).
        return Set(index.runs.filter { ($0.tokens.count == 2 || ($0.tokens.count == 3 && $0.tokens.allSatisfy { $0.first?.isUppercase == true })) && $0.tokens.last == surname }.compactMap { run in
            let given = run.tokens.dropLast().filter { t in
                let l = t.lowercased()
                return !words.heads.contains(l) && !words.modifiers.contains(l) && !words.honorifics.contains(l.trimmingCharacters(in: CharacterSet(charactersIn: ".")))
            }
            return given.isEmpty ? nil : given.joined(separator: " ")
        })
    }

    /// Full names spelled two ways. Returns the findings and the words they cover (so the
    /// single-word comparison does not report the same pair again).
    func fullNameVariants(_ index: NameIndex, view: TextView) -> ([Finding], Set<String>) {
        // Every written full name with its uses, sentence and roles.
        struct Form { var tokens: [String]; var uses: [SourceRange] = []; var sentences: Set<Int> = []; var roles: Set<String> = [] }
        var keys: [String] = [], forms: [Form] = [], byKey: [String: Int] = [:]
        let starts = index.sentenceStarts
        let quotes = index.quotations
        for run in index.runs where run.tokens.count >= 2 && run.tokens.count <= 4 && !quotes.contains(where: { $0.contains(run.offset) }) {
            let key = run.text
            let i: Int
            if let known = byKey[key] { i = known } else {
                i = forms.count
                byKey[key] = i
                keys.append(key)
                forms.append(Form(tokens: run.tokens))
            }
            forms[i].uses.append(run.range)
            forms[i].sentences.insert(PersonMentions.sentenceIndex(starts, run.offset))
        }
        guard forms.count >= 2 else { return ([], []) }
        for m in index.mentions where m.name.count >= 2 && !m.isHonorific {
            if let i = byKey[m.fullName] { forms[i].roles.insert(m.officeKey) }
        }
        var out: [Finding] = []
        var covered: Set<String> = []
        var done: Set<String> = []
        // Only forms that share a first word, a last word or their folded letters can be one name
        // (`NameMatching.sameFullName`), so pairs are drawn from those buckets, not from all forms.
        var byFirst: [String: [Int]] = [:], byLast: [String: [Int]] = [:], byFolded: [String: [Int]] = [:]
        for (i, form) in forms.enumerated() {
            byFirst[form.tokens[0], default: []].append(i)
            byLast[form.tokens[form.tokens.count - 1], default: []].append(i)
            byFolded[NameMatching.fold(form.tokens.joined()), default: []].append(i)
        }
        var pairs: Set<Int> = []   // a * count + b, keys[a] < keys[b]
        for buckets in [byFirst, byLast, byFolded] {
            for members in buckets.values where members.count > 1 {
                for a in members { for b in members where keys[a] < keys[b] { pairs.insert(a * forms.count + b) } }
            }
        }
        let ordered = pairs.map { [keys[$0 / forms.count], keys[$0 % forms.count]] }
        for pair in ordered.sorted(by: { ($0[0], $0[1]) < ($1[0], $1[1]) }) {
            do {
                let fa = forms[byKey[pair[0]]!], fb = forms[byKey[pair[1]]!]
                guard NameMatching.sameFullName(fa.tokens, fb.tokens),
                      fa.sentences.isDisjoint(with: fb.sentences),
                      fa.roles.isEmpty || fb.roles.isEmpty || !fa.roles.isDisjoint(with: fb.roles) else { continue }
                let aIsMinority = fa.uses.count != fb.uses.count ? fa.uses.count < fb.uses.count : fa.uses[0].start > fb.uses[0].start
                let (minority, majority) = aIsMinority ? (fa, fb) : (fb, fa)
                let mName = minority.tokens.joined(separator: " "), jName = majority.tokens.joined(separator: " ")
                guard done.insert(mName).inserted else { continue }
                covered.formUnion(minority.tokens + majority.tokens)
                out.append(finding(
                    "“\(mName)” looks like another spelling of “\(jName)” (\(majority.uses.count) use\(majority.uses.count == 1 ? "" : "s") of “\(jName)”, \(minority.uses.count) of “\(mName)”)",
                    at: minority.uses[0],
                    related: majority.uses.map { RelatedRange(range: $0, message: "spelled “\(jName)”") }
                        + minority.uses.dropFirst().map { RelatedRange(range: $0, message: "spelled “\(mName)” again") }))
            }
        }
        return (out, covered)
    }
}
