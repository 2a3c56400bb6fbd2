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
/// The person model (issue 14, round four): a person is a given name and family-name parts (the
/// words of a double Spanish or Portuguese surname, the parts of a hyphenated one). Two full names
/// with the same given name (or a cognate spelling of it: "Margaret" / "Marguerite") are one
/// person spelled two ways when one family-name part is replaced while another is kept
/// ("Hollerbach-Witt" / "Hollerbach-Weiß", "Montesinos Ruiz" / "Montesinos Quirós"), when a part
/// is spelled close to the other's ("Desmarais-Olivier" / "Desmarets", "Ostrowska" /
/// "Ostrowski", accents folded), or when only the given name's spelling differs ("Katharine" /
/// "Catherine Oyelaran") (`NameMatching.personVariant`). Evidence asked: one of the two is named
/// as a person (a role, a title, a speech verb), no word of either is written in lowercase in the
/// article, the roles agree, no relative is named beside them ("su hijo"), and a kept part that
/// is a separate word ("Montesinos") is used alone or both hold one role (else it may be a middle
/// given name: "Sarah Jane Smith" / "Sarah Jane Brown"). A short form that only drops a part
/// ("Okafor-Reid" / "Okafor") is no variant. The spelling whose last word the article uses less is
/// reported. Family names two edits apart held with one role ("la vereadora Carvalhal" / "a
/// vereadora Carvalhais") are variants too (`roleHolderVariants`).
///
/// Declined names: in German prose (capitalized nouns, `-s`/`-e`/`-en`/`-r` endings) and in
/// Slavic prose (case endings), two forms that differ only in such an ending are one name in
/// another case ("Vössings Vorschlag", "Aston Villy"), never a variant; in every other language
/// an ending is a spelling, save a plural "-s", a demonym's "-n"/"-i" and a feminine "-a" after a
/// consonant ("Petrov" / "Petrova"), which name another word or person.
///
/// Single words: names come
/// from role mentions (the role grammar's too) and the family names of two-word full names; every capitalized word of five or more letters that shares the name's first
/// three letters and is one edit away without accents (a substitution, insertion, deletion or
/// swap, an accent ("Echeverri" / "Echeverría", "Gutiérrez" / "Gutierrez"), a dropped or
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
            // The person model: one part of a compound or double family name changed, a part
            // respelled, a cognate given name, an accent, one role held under two spellings.
            Example("Schulbau\n\nKämmerin Sabine Hollerbach-Witt rechnete vor.\nDie Opposition widersprach.\nKämmerin ↓Sabine Hollerbach-Weiß entgegnete das.\n"),
            Example("Calor\n\nEl delegado territorial, Rafael Montesinos Ruiz, habló.\nLa noche será cálida, advirtió Montesinos.\nSegún ↓Rafael Montesinos Quirós, el aviso seguirá.\n"),
            Example("Procès\n\nLa présidente du tribunal, Hélène Desmarais-Olivier, a parlé.\nLe prévenu a nié.\nLa présidente ↓Hélène Desmarets a conclu.\n"),
            Example("Results\n\nChief executive Marguerite Ostrowska spoke.\nOstrowska said demand rose.\nChief executive ↓Margaret Ostrowski said sales fell.\n"),
            Example("Force Cuts\n\nChief Constable Katharine Oyelaran said counters would close.\nUnions objected.\n↓Catherine Oyelaran said officers would be hired.\n"),
            Example("Sueño\n\nLa investigadora, la Dra. Marisol Echeverri, habló.\nEcheverri dijo que el efecto es grande.\nLa Dra. ↓Echeverría añadió más datos.\n"),
            Example("Orçamento\n\nA vereadora da Mobilidade, Luísa Carvalhal, falou.\nA oposição votou contra.\nA vereadora ↓Carvalhais garantiu o parque.\n"),
            // A full name's family name respelt when the person is referred to alone.
            Example("Incendio\n\nEl jefe de extinción, Roberto Echeverría, habló.\nEl fuego avanza.\nA mediodía, ↓Echevarría informó de que el flanco estaba estable.\n"),
            // A relative's family name misspelt once, told by a relation word.
            Example("Obituary\n\nRuth Abernathy taught for forty years.\nShe married Donald Abernathy in 1961. Mrs Abernathy retired in 2001.\nHer daughter said the family was overwhelmed. Clare ↓Abernethy thanked the school.\n"),
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
            // A short form drops a part; siblings share both surnames; a middle name is shared by two
            // people; a relative is named as one; a declined name in German.
            Example("Trees\n\nCouncillor Amara Okafor-Reid spoke.\nThe plan passed.\nAmara Okafor said planting starts in November.\n"),
            Example("Panadería\n\nLucía Prieto Alonso abrió la tienda.\nLos vecinos acudieron.\nMarcos Prieto Alonso atiende los pedidos.\n"),
            Example("Awards\n\nNurse Sarah Jane Whitlock runs a clinic.\nThe clinic is busy.\nTeacher Sarah Jane Pemberton founded an orchestra.\n"),
            Example("Medalla\n\nEl meteorólogo Rafael Montesinos Ruiz recibió la medalla.\nSu hijo, Rafael Montesinos Quirós, recibió un premio.\nMontesinos dio las gracias.\n"),
            Example("Vineyard\n\nMaria Lindqvist will run the cellar.\nHer brother Mario Lindqvist, 32, will look after the vines.\nMario Lindqvist said so.\n"),
            Example("Jean-Pierre Roux spoke.\nThe hall was full.\nLater Jean-Paul Roux answered.\n"),
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
            && !index.inQuotation(run.offset) {
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
        out += roleHolderVariants(index, covered: covered, prose: context.article.prose.utf8, source: context.article.source.utf8)
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
        var viewStarts: [String: [Int]] = [:]
        for w in ranges {
            var text = view.text(w)
            for suffix in ["’s", "'s", "’", "'"] where text.hasSuffix(suffix) { text = String(text.dropLast(suffix.count)) }
            let r = view.sourceRange(w.lowerBound..<(w.lowerBound + text.utf8.count))
            uses[text, default: []].append(r)
            viewStarts[text, default: []].append(w.lowerBound)
        }
        var reported: Set<String> = []
        var slavicCache: Bool? = nil
        func slavic() -> Bool {
            if let slavicCache { return slavicCache }
            let s = Self.isSlavic(context.article.prose.utf8)
            slavicCache = s
            return s
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
                if index.german, Self.differsByEnding(variant, name, endings: Self.germanEndings) { continue }
                if slavic(), Self.differsByEnding(variant, name, endings: Self.slavicEndings) { continue }
                let nameUses = uses[name] ?? []
                guard !nameUses.isEmpty else { continue }
                // A full name's family name never used alone is no evidence of one person, unless
                // the other spelling is: "Roberto Echeverría" then "Echevarría informó" is the
                // person referred to by family name, misspelt.
                if loneOnly.contains(name), !alone.contains(variant),
                   !nameUses.contains(where: { Self.isLone($0, in: context.article.source.utf8) }) { continue }
                // "Ann Johnston" beside "Speaker Mike Johnson": the other spelling introduced with a
                // given name of its own is another person.
                // A cognate given name is the same one ("Margaret Ostrowski" / "Marguerite Ostrowska").
                let variantGiven = givenNames(of: variant, in: index), nameGiven = givenNames(of: name, in: index)
                if !variantGiven.isEmpty, !variantGiven.contains(where: { v in nameGiven.contains { NameMatching.sameGivenName(v, $0) } }) {
                    // A relative of the family, its name misspelt once ("Her daughter said …
                    // Clare Abernethy said" beside Ruth and Donald Abernathy): the other given name
                    // is a relative's, told by a relation word in the sentence or the one before,
                    // or before that given name ("his great-granddaughter Tamsin").
                    guard variantUses.count == 1, nameUses.count >= 2, !nameGiven.isEmpty, let at = viewStarts[variant]?.first,
                          Self.toldAsRelative(at: at, given: variantGiven, starts: index.sentenceStarts, in: view.utf8) else { continue }
                }
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

    /// Whether `prose` is written in a language that declines names: Cyrillic, or Latin with
    /// Czech, Slovak or Polish letters (eight of them or more).
    static func isSlavic(_ b: [UInt8]) -> Bool {
        var hits = 0
        for i in 0..<max(0, b.count - 1) {
            let c = b[i], d = b[i + 1]
            if c == 0xD0 || c == 0xD1 || (c == 0xC5 && (d == 0x99 || d == 0xAF || d == 0x82 || d == 0xBE || d == 0xA1))
                || (c == 0xC4 && (d == 0x9B || d == 0x8D || d == 0x85 || d == 0x99)) { hits += 1; if hits >= 8 { return true } }
        }
        return false
    }

    /// Case endings of declined names: German "-e"/"-en"/"-s"/"-r", Slavic vowels and "-m"/"-j"
    /// ("Villa" / "Villy", "Полина" / "Полине").
    static let germanEndings: Set<Character> = ["e", "n", "s", "r"]
    static let slavicEndings: Set<Character> = ["a", "e", "i", "o", "u", "y", "ą", "ę", "ě", "у", "а", "е", "и", "ы", "о", "ю", "я", "м", "й"]

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
        for run in index.runs where (2...3).contains(run.tokens.count) && !index.inQuotation(run.offset) {
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

    /// Family names two edits apart held with one role ("A vereadora da Mobilidade, Luísa
    /// Carvalhal" / "A vereadora Carvalhais", "Desmarais" / "Desmarets" as the court's
    /// president): the shared office is the evidence the one-edit comparison of `check` asks of
    /// the spelling alone (`NameMatching.nearSurname`: six letters or more, the first three
    /// shared). Not when the two are introduced with different given names, or named in one
    /// sentence. The spelling used less in the article is reported.
    func roleHolderVariants(_ index: NameIndex, covered: Set<String>, prose: [UInt8], source: [UInt8]) -> [Finding] {
        var out: [Finding] = []
        var done: Set<String> = []
        let mentions = index.mentions.filter { !$0.isHonorific && !$0.isHistorical }
        var byKey: [String: [RoleMention]] = [:]
        for m in mentions where m.name.last.map({ $0.count >= 6 }) == true { byKey[m.roleKey, default: []].append(m) }
        for key in byKey.keys.sorted() {
            let ms = byKey[key]!
            for (i, a) in ms.enumerated() {
                for b in ms[(i + 1)...] {
                    let x = a.name.last!, y = b.name.last!
                    guard x != y, !covered.contains(x), !covered.contains(y), !Self.isVariant(x, of: y),
                          NameMatching.nearSurname(x, y), a.sentence != b.sentence,
                          !done.contains([x, y].sorted().joined(separator: "|")) else { continue }
                    if a.name.count >= 2, b.name.count >= 2, !NameMatching.sameGivenName(a.name[0], b.name[0]) { continue }
                    // Each spelling's other given names in the article ("Ana Ruiz" elsewhere).
                    let gx = givenNames(of: x, in: index), gy = givenNames(of: y, in: index)
                    if !gx.isEmpty, !gy.isEmpty, !gx.contains(where: { v in gy.contains { NameMatching.sameGivenName(v, $0) } }) { continue }
                    done.insert([x, y].sorted().joined(separator: "|"))
                    let wx = RoleConflictRule.weight(of: [], family: x, in: prose), wy = RoleConflictRule.weight(of: [], family: y, in: prose)
                    let xIsMinority = wx != wy ? wx < wy : a.range.start > b.range.start
                    let (minority, majority, wm, wj) = xIsMinority ? (x, y, wx, wy) : (y, x, wy, wx)
                    let related = ms.filter { $0.name.last == majority }.map { RelatedRange(range: $0.range, message: "“\($0.display)”") }
                    let minorityMention = ms.first { $0.name.last == minority }!
                    // At the name itself inside the mention ("A vereadora ↓Carvalhais").
                    var at = minorityMention.range
                    if let s = ByteText.find(Array(minority.utf8), in: source, from: at.start), s + minority.utf8.count <= at.end {
                        at = SourceRange(start: s, end: s + minority.utf8.count)
                    }
                    out.append(finding(
                        "“\(minority)” looks like a misspelling of “\(majority)”, who holds the same role “\(minorityMention.role)” (\(wj) use\(wj == 1 ? "" : "s") of “\(majority)”, \(wm) of “\(minority)”)",
                        at: at, related: related))
                }
            }
        }
        return out
    }

    /// `word` without its apostrophes (’ and ').
    static func withoutApostrophes(_ word: String) -> String { word.filter { $0 != "’" && $0 != "'" } }

    /// Whether `variant` is spelled one edit away from `name` (five characters or more, the same
    /// first three letters, neither one the other plus an ending).
    static func isVariant(_ variant: String, of name: String) -> Bool {
        guard variant.count >= 5, name.count >= 5, variant.lowercased().prefix(3) == name.lowercased().prefix(3),
              !isInflection(variant, name), !isInflection(name, variant) else { return false }
        // Compared without accents: an accent is a spelling ("Echeverri" / "Echeverría" is one
        // edit; "Gutiérrez" / "Gutierrez" differ only in it).
        let fv = NameMatching.accentFold(variant), fn = NameMatching.accentFold(name)
        if fv == fn { return variant.lowercased() != name.lowercased() }
        return TextTools.editDistance(fv, fn) == 1
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

    /// Whether `long` is `short` plus one of `inflections` (a feminine "-a" or a demonym's "-i"
    /// only after a consonant: "Petrov" / "Petrova", "Israel" / "Israeli", but "Echeverri" /
    /// "Echeverria" is a spelling).
    static func isInflection(_ long: String, _ short: String) -> Bool {
        guard long.count == short.count + 1, long.hasPrefix(short), let last = long.last, let end = short.last else { return false }
        let l = Character(last.lowercased())
        if l == "a" || l == "i", "aeiouy".contains(Character(end.lowercased())) { return false }
        return inflections.contains(l)
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
    /// names it may read (each run of two or more words outside quotations, and the run without
    /// its first one or two words, which may be role words), each name-like (every word two
    /// characters or more with a lowercase letter), share their folded letters, or their word
    /// count, initials and first or last word (`NameMatching.sameFullName` needs one of those), or
    /// the skeleton of their first word (`NameMatching.personVariant` needs one given name).
    static func mayHaveFullNameVariants(_ index: NameIndex) -> Bool {
        var seen: [String: [String]] = [:]
        for run in index.runs where run.tokens.count >= 2 && !index.inQuotation(run.offset) {
            for lead in 0...max(0, min(2, run.tokens.count - 2)) {
                let form = Array(run.tokens.dropFirst(lead))
                guard form.count <= 4, form.allSatisfy({ $0.count >= 2 && $0.contains(where: \.isLowercase) }) else { continue }
                let shape = "\(form.count)|" + String(form.compactMap(\.first))
                var given = NameMatching.skeleton(form[0])
                while given.count > 1, given.hasSuffix("a") { given.removeLast() }
                for key in ["1|" + shape + "|" + form[0], "2|" + shape + "|" + form[form.count - 1],
                            "3|" + NameMatching.fold(form.joined()), "4|" + given] {
                    if let other = seen[key] {
                        if other != form { return true }
                    } else {
                        seen[key] = form
                    }
                }
            }
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
            // Not role words, titles, a sentence's opening word ("Según Gutierrez") or a role with
            // an elided article ("L'adjointe Beaurepère").
            let given = run.tokens.dropLast().filter { t in
                if NameIndex.sentenceOpeners.contains(t) { return false }
                return Self.leadingRoleWords([t, "x", "y"]) == 0
            }
            return given.isEmpty ? nil : given.joined(separator: " ")
        })
    }

    /// Full names spelled two ways. Returns the findings and the words they cover (so the
    /// single-word comparison does not report the same pair again).
    func fullNameVariants(_ index: NameIndex, view: TextView) -> ([Finding], Set<String>) {
        // Every written full name with its uses, sentence and roles.
        struct Form {
            var tokens: [String]; var uses: [SourceRange] = []; var sentences: Set<Int> = []; var roles: Set<String> = []
            /// Named as a person somewhere: inside a role or courtesy-title mention, or right before a
            /// speech verb ("Delphine Marlowe-Achebe said").
            var person = false
        }
        var keys: [String] = [], forms: [Form] = [], byKey: [String: Int] = [:]
        let starts = index.sentenceStarts
        let bytes = view.utf8
        let runs = index.runs.filter { run in run.tokens.count >= 2 && !index.inQuotation(run.offset) }
        // Given names the article writes first in a two-word name or a role mention's name: a
        // longer run that has one second ("Trasporti Carlotta Ferrero" beside "Carlotta
        // Ferraris") opens with a word that is no part of the name.
        var givenFirst = Set(runs.filter { $0.tokens.count == 2 }.map { $0.tokens[0] })
        for m in index.mentions where m.name.count >= 2 { givenFirst.insert(m.name[0]) }
        for run in runs {
            // Role words and titles that open the run are no part of the name ("Kämmerin Sabine
            // Hollerbach-Witt", "L'assessora Carlotta Ferraris", "Justice Imogen Farraday").
            var lead = Self.leadingRoleWords(run.tokens)
            if run.tokens.count - lead >= 3, !givenFirst.contains(run.tokens[lead]), givenFirst.contains(run.tokens[lead + 1]) { lead += 1 }
            let tokens = Array(run.tokens.dropFirst(lead))
            guard tokens.count >= 2, tokens.count <= 4 else { continue }
            var range = run.range
            var offset = run.offset
            if lead > 0, let s = ByteText.find(Array(tokens[0].utf8), in: bytes, from: run.offset) {
                offset = s
                range = SourceRange(start: view.sourceRange(s..<(s + tokens[0].utf8.count)).start, end: run.range.end)
            }
            let key = tokens.joined(separator: " ")
            let i: Int
            if let known = byKey[key] { i = known } else {
                i = forms.count
                byKey[key] = i
                keys.append(key)
                forms.append(Form(tokens: tokens))
            }
            forms[i].uses.append(range)
            forms[i].sentences.insert(PersonMentions.sentenceIndex(starts, offset))
            if !forms[i].person, let last = ByteText.find(Array(tokens[tokens.count - 1].utf8), in: bytes, from: offset) {
                forms[i].person = Self.speechVerbFollows(bytes, at: last + tokens[tokens.count - 1].utf8.count)
            }
        }
        for m in index.mentions {
            for i in forms.indices where !forms[i].person && forms[i].tokens.last == m.name.last {
                forms[i].person = forms[i].uses.contains { m.range.start <= $0.start && $0.end <= m.range.end }
            }
        }
        let referenced = Set(index.surnameReferences.map(\.surname))
        guard forms.count >= 2 else { return ([], []) }
        for m in index.mentions where m.name.count >= 2 && !m.isHonorific {
            if let i = byKey[m.fullName] { forms[i].roles.insert(m.officeKey) }
        }
        var out: [Finding] = []
        var covered: Set<String> = []
        var done: Set<String> = []
        // Only forms that share a first word, a last word, their folded letters or a given name's
        // skeleton can be one name (`NameMatching.sameFullName`, `personVariant`), so pairs are
        // drawn from those buckets, not from all forms.
        var byFirst: [String: [Int]] = [:], byLast: [String: [Int]] = [:], byFolded: [String: [Int]] = [:], byGiven: [String: [Int]] = [:]
        for (i, form) in forms.enumerated() {
            byFirst[form.tokens[0], default: []].append(i)
            byLast[form.tokens[form.tokens.count - 1], default: []].append(i)
            byFolded[NameMatching.fold(form.tokens.joined()), default: []].append(i)
            var given = NameMatching.skeleton(form.tokens[0])
            while given.count > 1, given.hasSuffix("a") { given.removeLast() }
            byGiven[given, default: []].append(i)
        }
        var pairs: Set<Int> = []   // a * count + b, keys[a] < keys[b]
        for buckets in [byFirst, byLast, byFolded, byGiven] {
            for members in buckets.values where members.count > 1 {
                for a in members { for b in members where keys[a] < keys[b] { pairs.insert(a * forms.count + b) } }
            }
        }
        let prose = index.bodyWords.bytes
        let ordered = pairs.map { [keys[$0 / forms.count], keys[$0 % forms.count]] }
        for pair in ordered.sorted(by: { ($0[0], $0[1]) < ($1[0], $1[1]) }) {
            let fa = forms[byKey[pair[0]]!], fb = forms[byKey[pair[1]]!]
            // Named in one sentence: two people ("Kim Min-su and Kim Min-seo").
            guard fa.sentences.isDisjoint(with: fb.sentences) else { continue }
            let sameRole = !fa.roles.isDisjoint(with: fb.roles)
            let rolesAgree = fa.roles.isEmpty || fb.roles.isEmpty || sameRole
            // Either the same name in another spelling (fold, romanization), or the person model's
            // variant: the same given name with a family name changed in one part or spelled close.
            let weighByFamily: Bool
            if NameMatching.sameFullName(fa.tokens, fb.tokens) {
                guard rolesAgree else { continue }
                weighByFamily = false
            } else if let kind = NameMatching.personVariant(fa.tokens, fb.tokens) {
                // People, not clubs, places or headings: one of the two named as a person (a role,
                // a title, a speech verb, or a family-name word used alone as a speaker).
                let family = Set(fa.tokens.dropFirst() + fb.tokens.dropFirst()).flatMap { $0.split(separator: "-").map(String.init) }
                guard fa.person || fb.person || family.contains(where: referenced.contains) else { continue }
                // Names, not common words: no word of either written in lowercase in the article
                // ("Reservoir Level" / "Reservoir Levels" in a table), and no part the other's
                // plural or another inflection.
                let changed = Set(fa.tokens).symmetricDifference(fb.tokens)
                if (fa.tokens + fb.tokens).contains(where: { t in t.count >= 3 && index.bodyWords.contains(t.lowercased()) }) { continue }
                if changed.contains(where: { x in changed.contains { y in Self.isInflection(x, y) || (x.count > y.count && x.hasPrefix(y)) } }) { continue }
                // Declined forms in a language that declines names ("Aston Villa" / "Aston Villy").
                let endings: Set<Character>? = index.german ? Self.germanEndings : Self.isSlavic(prose) ? Self.slavicEndings : nil
                if let endings, changed.contains(where: { x in changed.contains { y in x != y && Self.differsByEnding(x, y, endings: endings) } }) { continue }
                // A relative named beside either ("her sister", "su hermano"): two people.
                if Self.relationNear(fa.sentences.union(fb.sentences), starts: starts, in: bytes) { continue }
                switch kind {
                case .nearFamily, .compoundPart(spaced: false), .givenCognate:
                    guard rolesAgree else { continue }
                case .compoundPart(spaced: true):
                    // "Rafael Montesinos Ruiz" / "Rafael Montesinos Quirós": the kept word is a
                    // family name when the article uses it alone ("advirtió Montesinos") or both
                    // forms hold one role; otherwise it may be a middle given name ("Sarah Jane
                    // Smith" / "Sarah Jane Brown", two people).
                    let kept = Set(fa.tokens.dropFirst()).intersection(fb.tokens.dropFirst())
                    guard sameRole || kept.contains(where: { Self.usedAlone($0, in: prose) }) else { continue }
                }
                weighByFamily = true
            } else { continue }
            // The spelling used less is the variant (a tie: the later one), weighed by the uses
            // of its last word anywhere in the article ("Lacerda said" counts for "Otávio Bernardes
            // Lacerda") for the person model's variants.
            func weight(_ f: Form) -> Int {
                weighByFamily ? max(f.uses.count, RoleConflictRule.weight(of: [], family: f.tokens.last!, in: prose)) : f.uses.count
            }
            let wa = weight(fa), wb = weight(fb)
            let aIsMinority = wa != wb ? wa < wb : fa.uses[0].start > fb.uses[0].start
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
        return (out, covered)
    }

    /// How many of `tokens`' first words are role words, courtesy or academic titles, or a German
    /// compound role ("Kämmerin", "Novelist", "Dr", "Landesverkehrsministerin"), leaving two words or more.
    static func leadingRoleWords(_ tokens: [String]) -> Int {
        let words = RoleWords.shipped
        var n = 0
        while tokens.count - n > 2 {
            var l = tokens[n].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
            // An elided article: "L'assessora", "l’adjointe".
            for article in ["l'", "l’"] where l.hasPrefix(article) { l = String(l.dropFirst(2)) }
            guard words.heads.contains(l) || words.modifiers.contains(l) || words.honorifics.contains(l)
                    || RoleGrammar.nameTitles.contains(l) || words.compoundHead(l) != nil else { break }
            n += 1
        }
        return n
    }

    /// Whether a speech verb (`RoleWords.speechVerbs`) follows `offset` of `bytes` over spaces and
    /// at most one comma: "Marlowe-Achebe said", "Marwood-Achebe, said".
    static func speechVerbFollows(_ bytes: [UInt8], at offset: Int) -> Bool {
        var i = offset
        var comma = false
        while i < bytes.count, bytes[i] == 0x20 || (bytes[i] == 0x2C && !comma) { if bytes[i] == 0x2C { comma = true }; i += 1 }
        var e = i
        while e < bytes.count, bytes[e] >= 0x80 || NameScan.isLower(bytes[e]) { e += 1 }
        guard e > i else { return false }
        return speechVerbs.contains(String(decoding: bytes[i..<e], as: UTF8.self))
    }
    static let speechVerbs = Set(RoleWords.speechVerbs)

    /// Words that name a relative, in six languages: a person named beside one is another person
    /// of the same family ("Ana Petrov … Ana Petrova, her sister").
    /// Whether the name at view offset `at` belongs to a relative of a family the article names:
    /// a word of `relationWords` or `familyWords` in its sentence or the sentence before, or a
    /// relation word right before one of its `given` names anywhere in `bytes` ("his
    /// great-granddaughter Tamsin").
    static func toldAsRelative(at: Int, given: Set<String>, starts: [Int], in bytes: [UInt8]) -> Bool {
        let s = PersonMentions.sentenceIndex(starts, at)
        if relationNear([s - 1, s], starts: starts, in: bytes, words: relationWords.union(familyWords)) { return true }
        for g in given where !g.contains(" ") {
            let needle = Array(g.utf8)
            var from = 0
            while let p = ByteText.find(needle, in: bytes, from: from) {
                from = p + 1
                var e = p
                while e > 0, bytes[e - 1] == 0x20 { e -= 1 }
                var b = e
                while b > 0, NameScan.isLetter(bytes[b - 1]) { b -= 1 }
                if b < e, relationWords.contains(String(decoding: bytes[b..<e], as: UTF8.self).lowercased()) { return true }
            }
        }
        return false
    }

    /// Words of a family as a whole ("the family had been overwhelmed", "la familia").
    static let familyWords: Set<String> = ["family", "families", "widow", "widower", "familia", "famille", "familie", "família", "famiglia"]

    static let relationWords: Set<String> = [
        "grandson", "granddaughter", "grandfather", "grandmother", "grandchild", "grandchildren", "children", "child",
        "sister", "brother", "wife", "husband", "son", "daughter", "father", "mother", "cousin", "twin", "niece", "nephew",
        "hermana", "hermano", "esposa", "esposo", "hijo", "hija", "padre", "madre", "prima", "primo", "sobrina", "sobrino",
        "sœur", "frère", "épouse", "époux", "fils", "fille", "cousine", "mari", "femme",
        "schwester", "bruder", "ehefrau", "ehemann", "sohn", "tochter", "vater", "mutter", "cousin", "cousine",
        "irmã", "irmão", "mulher", "marido", "filho", "filha", "pai", "mãe",
        "sorella", "fratello", "moglie", "marito", "figlio", "figlia", "cugina", "cugino",
    ]

    /// Whether any of `sentences` (indexes into `starts`) of `bytes` holds one of `words` (by
    /// default a relation word).
    static func relationNear(_ sentences: Set<Int>, starts: [Int], in bytes: [UInt8], words: Set<String> = relationWords) -> Bool {
        for s in sentences where s >= 0 && s < starts.count {
            let end = min(bytes.count, s + 1 < starts.count ? starts[s + 1] : bytes.count)
            let text = String(decoding: bytes[starts[s]..<end], as: UTF8.self).lowercased()
            if text.split(whereSeparator: { !$0.isLetter }).contains(where: { words.contains(String($0)) }) { return true }
        }
        return false
    }

    /// Whether `word` stands alone somewhere in `prose` (no capitalized word right before or after
    /// it over a space): used as a name by itself ("advirtió Montesinos, que").
    static func usedAlone(_ word: String, in prose: [UInt8]) -> Bool {
        let needle = Array(word.utf8)
        var from = 0
        while let s = ByteText.find(needle, in: prose, from: from) {
            from = s + 1
            let e = s + needle.count
            if s > 0, BodyWords.isWordByte(prose[s - 1]) { continue }
            if e < prose.count, prose[e] < 0x80, NameScan.isLetter(prose[e]) || prose[e] == 0x2D { continue }
            if e < prose.count, prose[e] >= 0x80, !(NameScan.isApostrophe(prose, e)) {
                // A letter outside ASCII continues the word.
                if String(decoding: prose[e..<min(prose.count, e + 4)], as: UTF8.self).first?.isLetter == true { continue }
            }
            func capitalizedWord(_ start: Int) -> Bool {
                guard start < prose.count else { return false }
                return String(decoding: prose[start..<min(prose.count, start + 4)], as: UTF8.self).first?.isUppercase == true
            }
            var b = s
            var spaces = 0
            while b > 0, prose[b - 1] == 0x20 { b -= 1; spaces += 1 }
            var before = false
            if spaces > 0, b > 0, BodyWords.isWordByte(prose[b - 1]) {
                var w = b
                while w > 0, BodyWords.isWordByte(prose[w - 1]) { w -= 1 }
                before = capitalizedWord(w)
            }
            var a = e
            while a < prose.count, prose[a] == 0x20 { a += 1 }
            let after = a > e && capitalizedWord(a)
            if !before && !after { return true }
        }
        return false
    }
}
