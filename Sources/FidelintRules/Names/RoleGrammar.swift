import FidelintCore
import Foundation
import Yams

/// The role word lists of `Rules/registries/role-words.yml`: heads, modifiers, roles many hold at
/// once, organisation nouns, courtesy titles, past/temporary qualifiers and succession words. All
/// lowercase single words. (issue 14, capability 3: a role is data over a token model, not a
/// closed list of titles.)
struct RoleWords: Sendable {
    let heads: Set<String>
    let modifiers: Set<String>
    let shared: Set<String>
    let orgNouns: Set<String>
    let honorifics: Set<String>
    let skip: Set<String>
    let transition: Set<String>
    /// Adjectives after a head in Romance role phrases ("delegado territorial", "secretário
    /// municipal", "directeur général").
    let postModifiers: Set<String>
    /// German heads that end a compound role noun ("…ministerin", "…kämmerer"), longest first.
    let compoundHeads: [String]
    /// Spellings of one office: variant words → canonical words ("ceo" → "chief executive").
    let synonyms: [(variant: [String], canonical: [String])]
    /// Role equivalence classes (`role_classes`): a role phrase as written, lowercase ("head
    /// coach", "treinador") → its class's first phrase ("manager"). Applied to roles qualified
    /// by an organisation (`RoleGrammar.merge`).
    let roleClasses: [String: String]
    /// Words before a role naming its incoming holder ("new", "nuovo", "neue").
    let incomingWords: Set<String>
    /// Words that elect a holder ("elected", "eletto", "electo", "élu").
    let electWords: Set<String>
    /// Copulas between a name and a predicate role ("è", "is", "foi").
    let copulas: Set<String>
    /// Role phrases with one holder, whose incoming holder is one too ("mayor", "sindaco",
    /// "chief executive", "head coach"), lowercase.
    let incomingOffices: Set<String>
    /// Words after an organisation's name that make another team of it ("Rovers Women", "Grêmio
    /// Sub-20"), lowercase.
    let teamSections: Set<String>
    /// Suffixes of club and town demonyms ("ista" of "gremista").
    let demonymSuffixes: [String]
    /// Nouns after or before a capitalized word that make it a street or place name ("Road",
    /// "Calle"), lowercase.
    let streetAfter: Set<String>
    let streetBefore: Set<String>
    /// Abbreviations around a club's or body's name ("FC", "AS", "SV"), lowercase: an
    /// organisation is compared without them (`RoleGrammar.applyRoleClasses`).
    let orgAffixes: Set<String>
    /// Offices one person never holds two of at once (`exclusive_offices`): each role phrase
    /// (canonical, lowercase) → the indexes of the groups holding it.
    let exclusiveGroups: [String: Set<Int>]
    /// Words before a rank naming its branch ("detective", "police"), dropped before a role phrase
    /// is looked up in `exclusiveGroups`.
    let rankModifiers: Set<String>
    /// Lookup sets over bytes (ASCII letters lowered), for the token pass.
    let headSet: ByteWordSet
    let honorificSet: ByteWordSet
    let transitionSet: ByteWordSet
    let verbSet: ByteWordSet
    /// Speech verbs after which the next word is the speaker ("said Ruiz."), not the listener
    /// ("told Newsweek").
    let verbFirstSet: ByteWordSet

    /// `key` with every variant spelling of an office replaced by its canonical words
    /// (`synonyms`): "corvex ceo" → "corvex chief executive", "chief executive officer" → "chief
    /// executive". Words after " of " (a place) are kept.
    /// A role word told in its feminine form ("alcaldesa", "procureure", "Vorstandschefin") also
    /// takes its unmarked form (`unmarked(_:)`): one office whoever holds it.
    func canonical(_ key: String) -> String {
        var words = key.split(separator: " ").map(String.init)
        let end = words.firstIndex(of: "of") ?? words.count
        for i in 0..<end { words[i] = unmarked(words[i]) }
        guard !synonyms.isEmpty else { return words.joined(separator: " ") }
        var out: [String] = []
        var i = 0
        outer: while i < end {
            for (variant, canonical) in synonyms where i + variant.count <= end && Array(words[i..<(i + variant.count)]) == variant {
                out += canonical
                i += variant.count
                continue outer
            }
            out.append(words[i])
            i += 1
        }
        words = out + words[end...]
        return words.joined(separator: " ")
    }

    /// Feminine endings of role nouns and the unmarked ending each stands for, in German, French,
    /// Spanish, Portuguese and Italian, longest first ("-rice" of "directrice" → "-eur", "-in" of
    /// "Ministerin" → "", "-a" of "ministra" → "-o").
    static let feminineEndings: [(feminine: String, unmarked: String)] = [
        ("essa", "e"), ("rice", "eur"), ("rice", "ore"), ("euse", "eur"), ("ätin", "at"), ("esa", "e"), ("ère", "er"),
        ("ète", "et"), ("nne", "n"), ("ée", "é"), ("in", ""), ("a", "o"), ("a", "e"), ("a", ""), ("e", ""), ("r", ""),
    ]

    /// The unmarked form of a lowercase role word (`heads`, or a German compound ending in one of
    /// `compoundHeads`): the first rewrite of `feminineEndings` that gives another such word
    /// ("alcaldesa" → "alcalde", "procureure" → "procureur", "vorstandschefin" → "vorstandschef",
    /// "vorsitzender" → "vorsitzende", "directrice" → "directeur", "presidenta" → "presidente" →
    /// "president"); any other word unchanged.
    func unmarked(_ w: String) -> String {
        guard w.count >= 4, heads.contains(w) || compoundHead(w) != nil else { return w }
        // Two steps at most: "presidentessa" → "presidente" → "president".
        var x = w
        for _ in 0..<2 {
            guard let c = Self.feminineEndings.lazy.filter({ x.hasSuffix($0.feminine) })
                .map({ String(x.dropLast($0.feminine.count)) + $0.unmarked })
                .first(where: { $0 != x && (self.heads.contains($0) || self.compoundHead($0) != nil) }) else { break }
            x = c
        }
        return x
    }

    /// The head a German compound role noun ends in ("ministerin" for "landesverkehrsministerin",
    /// lowercase), with three letters or more before it; `nil` for any other word.
    func compoundHead(_ lowered: String) -> String? {
        guard lowered.count >= 8, !lowered.contains(" ") else { return nil }
        for h in compoundHeads where lowered.count >= h.count + 3 && lowered.hasSuffix(h) {
            // "Landesverkehrsminister" but not "Minister" itself, nor a hyphen's second part.
            let prefix = lowered.dropLast(h.count)
            guard prefix.last != "-", prefix.contains(where: \.isLetter) else { return nil }
            return h
        }
        return nil
    }

    /// Speech verbs that stand next to a person named by one word, in English, German, Spanish,
    /// French, Italian and Portuguese ("Ruiz said", "sagte Wellmann", "dijo Ortega", "a déclaré
    /// Leclerc", "lembrou Carvalhal").
    static let speechVerbs: [String] = [
        "said", "says", "told", "added", "noted", "argued", "explained", "wrote", "recalled", "continued",
        "insisted", "acknowledged", "stressed", "replied", "answered", "conceded", "admitted", "warned",
        "testified", "confirmed", "announced", "cautioned", "agreed", "predicted", "estimated", "suggested",
        "sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "kündigte", "räumte", "ergänzte",
        "dijo", "afirmó", "explicó", "señaló", "aseguró", "indicó", "añadió", "declaró", "comentó",
        "déclaré", "affirmé", "expliqué", "souligné", "indiqué", "ajouté", "précisé", "estimé",
        "detto", "dichiarato", "spiegato", "aggiunto", "sottolineato", "affermato",
        "meinte", "warnte", "entgegnete", "bestätigte", "erläuterte", "unterstrich", "mahnte", "versicherte",
        "recordó", "advirtió", "subrayó", "apuntó", "insistió", "agregó", "sostuvo", "precisó", "reconoció",
        "detalló", "puntualizó", "rappelé", "assuré", "insisté", "reconnu", "détaillé", "averti",
        "ricordato", "precisato", "assicurato", "osservato", "commentato",
        "disse", "afirmou", "explicou", "lembrou", "acrescentou", "sublinhou", "referiu", "declarou",
        "garantiu", "salientou", "destacou", "frisou", "adiantou", "reconheceu", "observou", "alertou",
        "informó", "anunció", "manifestó", "lamentó", "reiteró", "destacó", "confirmó", "relató", "aclaró", "admitió",
        "informou", "anunciou", "lamentou", "ressaltou", "comentou", "confirmou", "admitiu", "avaliou",
    ]

    /// The shipped lists, embedded in the binary.
    static let shipped: RoleWords = {
        var lists: [String: [String]] = [:]
        for (path, contents) in EmbeddedRulePacks.registries where path.hasSuffix("role-words.yml") {
            for (k, v) in ShippedTree.node(for: path).map(lists(of:)) ?? yamsLists(contents) { lists[k, default: []] += v }
        }
        return RoleWords(lists)
    }()

    /// The lists of a role-words file from its node tree (a shipped file's pre-parsed tree): each
    /// key's list of words, lowercased.
    static func lists(of root: Node) -> [String: [String]] {
        var lists: [String: [String]] = [:]
        for (k, v) in root.mapping ?? [:] {
            guard let key = k.string else { continue }
            lists[key, default: []] += (v.sequence.map(Array.init) ?? []).map { ($0.string ?? "\($0)").lowercased() }
        }
        return lists
    }

    /// The lists of a role-words file read with Yams (typed scalars, as `String(describing:)`
    /// prints them): the reference `lists(of:)` is tested against.
    static func yamsLists(_ contents: String) -> [String: [String]] {
        var lists: [String: [String]] = [:]
        if let root = (try? Yams.load(yaml: contents)) as? [String: Any] {
            for (k, v) in root { lists[k, default: []] += (v as? [Any] ?? []).map { "\($0)".lowercased() } }
        }
        return lists
    }

    init(_ lists: [String: [String]]) {
        func set(_ k: String) -> Set<String> { Set(lists[k] ?? []) }
        heads = set("heads"); modifiers = set("modifiers"); shared = set("shared"); orgNouns = set("org_nouns")
        honorifics = set("honorifics"); skip = set("skip").union(PersonMentions.skipQualifiers); transition = set("transition")
        postModifiers = set("post_modifiers")
        synonyms = (lists["synonyms"] ?? []).compactMap { line in
            let sides = line.components(separatedBy: "=").map { $0.split(separator: " ").map(String.init) }
            guard sides.count == 2, !sides[0].isEmpty, !sides[1].isEmpty else { return nil }
            return (sides[0], sides[1])
        }.sorted { $0.variant.count > $1.variant.count }
        compoundHeads = set("compound_heads").sorted { $0.count > $1.count }
        var classes: [String: String] = [:]
        for line in lists["role_classes"] ?? [] {
            let members = line.split(separator: "|").map { $0.split(separator: " ").joined(separator: " ") }.filter { !$0.isEmpty }
            guard let first = members.first else { continue }
            for m in members { classes[m] = first }
        }
        roleClasses = classes
        incomingOffices = set("incoming_offices"); teamSections = set("team_sections")
        incomingWords = set("incoming_words"); electWords = set("elect_words"); copulas = set("copulas")
        demonymSuffixes = set("demonym_suffixes").sorted { $0.count > $1.count }
        streetAfter = set("street_after"); streetBefore = set("street_before"); orgAffixes = set("org_affixes")
        rankModifiers = set("rank_modifiers")
        var groups: [String: Set<Int>] = [:]
        for (g, line) in (lists["exclusive_offices"] ?? []).enumerated() {
            for m in line.split(separator: "|") {
                let phrase = m.split(separator: " ").joined(separator: " ")
                if !phrase.isEmpty { groups[phrase, default: []].insert(g) }
            }
        }
        exclusiveGroups = groups
        headSet = ByteWordSet(heads.union(modifiers))
        honorificSet = ByteWordSet(honorifics)
        transitionSet = ByteWordSet(transition)
        verbSet = ByteWordSet(Self.speechVerbs)
        verbFirstSet = ByteWordSet(Self.speechVerbs.filter { !["told", "wrote", "replied", "answered", "warned", "testified", "recalled", "agreed", "announced", "confirmed", "predicted", "estimated", "suggested", "cautioned", "admitted", "acknowledged"].contains($0) })
    }
}

/// One word of the article's prose (quotations and code masked), as byte offsets into the view.
struct WordToken {
    /// The word's bytes, a possessive "’s"/"'s"/"’" removed.
    var start: Int, end: Int
    var possessive = false
    var capitalized = false
    /// A full stop follows right after the word.
    var dot = false
    /// What separates this word from the next: only spaces, a comma (and spaces), or anything
    /// else (a line break, a stop, a bracket, a long masked quotation).
    var gap: Gap = .other
    var sentence = 0
    enum Gap { case space, comma, other }
}

/// The person model's grammar over `WordToken`s: role phrases built from `RoleWords` (modifiers
/// then a head: "Fire Chief", "the club's team manager", "Port Commission chair"), written before
/// a name ("Superintendent Gloria Havelka", "manager Brennan", "the hospital's medical director Ana
/// Ruiz", with or without a comma) or after one as an appositive ("Ana Ruiz, the city's mayor,");
/// courtesy titles in five languages ("Herr Wellmann", "Sra. Ortega", "Mme Leclerc"); one-word
/// references next to a speech verb anywhere in a sentence ("and Ruiz said", "sagte Wellmann"),
/// also over an appositive clause ("Rotich, speaking near the finish, said").
/// A qualifier names a body or a jurisdiction: a company before the role ("Corvex's chief
/// financial officer", "Corvane CEO"), a lowercase body ("the farmers' union regional chair"), or
/// a body after "of" in five languages ("el presidente de la cooperativa Olivar del Sur", "la
/// directrice du festival", "O prefeito de Caraguatatuba") holds the article's own office, which
/// a bare use of the role then means; a country's or a town's office ("Norvessa's prime
/// minister") stays another. A role may be held through a person ("Kessler's coach", "His coach"
/// right after Kessler is named). A title may stand between role and name ("Vice-chancellor
/// Professor Simon Hale", "the school's headteacher, Mrs Gwen Lowe").
/// One pass over the words; every look-around is bounded (a few words; an appositive clause at
/// most sixteen), so the work is linear in the article.
enum RoleGrammar {
    /// What the pass finds, in document order.
    struct Result {
        var mentions: [RoleMention] = []
        /// One-word references: the word and its view range.
        var references: [(name: String, range: Range<Int>)] = []
        /// View offsets of one-word references whose appositive names one person ("Reyes, the
        /// residents' lawyer, said"): not a plural noun, whatever the word's ending.
        var singularReferences: Set<Int> = []
        /// Indexes of sentences holding a succession word ("succeeded", "replaced", "Nachfolger").
        var transitionSentences: Set<Int> = []
        /// Years after "in", "since", "from", "until", "between" ("in 2019"): the sentence index and
        /// the year's view range. A holder named before such a year, or right before it ("Ruiz,
        /// who retired in 2019"), is named in a past tenure.
        var years: [(sentence: Int, range: Range<Int>)] = []
        /// Whether the prose reads as German (every noun capitalized: a capitalized word alone is
        /// no evidence of a name).
        var german = false
        /// Name words of people named with a past or temporary role ("former Vice President
        /// Biden", "the late chief executive Ana Ruiz"): past holders, never in conflict.
        var pastHolders: Set<String> = []
        /// Name words of people named as a role's incoming holder ("the new coach Ana Ruiz"):
        /// never in conflict with the role's other holders, only with another incoming one.
        var incomingHolders: Set<String> = []
    }

    /// Words that join two roles of one holder ("founder and chief executive", "presidente y
    /// consejero delegado").
    static let coordinators: Set<String> = ["and", "y", "et", "und", "e"]
    static let definite: Set<String> = ["the", "its", "their", "his", "her", "our", "la", "le", "el", "die", "der", "il", "lo", "l", "o"]
    /// Academic and courtesy titles that may stand between a role and a name ("Vice-chancellor
    /// Professor Simon Hale", "Chefärztin Dr. Anke Sommer", "the school's headteacher, Mrs Gwen
    /// Lowe"): part of neither, the name follows.
    static let nameTitles: Set<String> = ["professor", "prof", "dr", "doctor", "dott", "dottssa", "dra", "docteur", "pr", "doktor", "justice"]
    /// Heads whose holder, owned through a person ("Okafor's spokesman"), is one of several.
    static let manyPerPerson: Set<String> = ["spokesman", "spokeswoman", "spokesperson", "attorney", "solicitor", "counsel", "assistant", "deputy"]
    /// Heads that name an office of a jurisdiction (a country's, a state's, a town's): a
    /// capitalized possessive before them ("Norvessa's prime minister") is another jurisdiction,
    /// never the article's own body.
    static let jurisdictionHeads: Set<String> = ["president", "minister", "premier", "chancellor", "governor", "mayor", "king", "queen",
                                                  "emperor", "senator", "ambassador", "envoy", "secretary", "speaker", "sheriff", "judge",
                                                  "presidente", "presidenta", "président", "présidente", "präsident", "präsidentin", "maire",
                                                  "alcalde", "alcaldesa", "sindaco", "sindaca", "bürgermeister", "bürgermeisterin",
                                                  "oberbürgermeister", "oberbürgermeisterin", "prefeito", "prefeita", "ministre", "ministro", "ministra"]
    static let indefinite: Set<String> = ["a", "an", "one", "another", "every", "each", "any", "some", "no", "un", "une", "una", "ein", "eine", "einer"]
    static let germanWords: Set<String> = ["der", "die", "das", "und", "nicht", "ist", "mit", "sich", "auf", "für", "dem", "den", "ein", "eine", "wird", "auch", "sagte", "nach", "bei", "wurde"]
    static let germanDeterminers: Set<String> = ["der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "eines", "einem", "einen", "kein", "keine", "jede", "jeder", "diese", "dieser", "unsere", "seine", "ihre"]
    /// Words that stand before a place, never before a person's appositive: "In Ashford, the mayor".
    static let placePrepositions: Set<String> = ["in", "at", "on", "from", "for", "to", "across", "near", "inside", "outside", "around", "throughout", "within", "across"]
    /// Words before a first or family name that introduce the person by a relation: "his wife Kali".
    static let relations: Set<String> = ["wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "friend",
                                          "partner", "colleague", "cousin", "uncle", "aunt", "niece", "nephew", "grandson",
                                          "granddaughter", "grandmother", "grandfather", "boyfriend", "girlfriend", "fiancé", "fiancée",
                                          "neighbour", "neighbor", "dog", "cat", "horse", "named", "called", "nicknamed", "dubbed"]
    /// Words before a role that make it a candidacy or a comparison, not a holder: "nominee for governor, Jim Hood".
    /// Not "as": "As President Lee emphasized, …" is the holder speaking (the seed article, line 67).
    static let candidacy: Set<String> = ["for", "against", "candidate", "nominee", "hopeful", "challenger", "contender"]
    /// Verbs that tell a role in a relative clause after a name ("X, who presided over the
    /// panel", "X, qui a présidé l'audience", "X, que presidió la sesión", "X, who chairs the
    /// committee"), with the role words they stand for.
    static let roleVerbs: [String: Set<String>] = {
        let presiding: Set<String> = ["presiding", "president", "presidente", "presidenta", "président", "présidente", "präsident", "präsidentin"]
        var out: [String: Set<String>] = [:]
        for v in ["presided", "presides", "presidió", "preside", "presidiu", "présidé", "présidait", "préside", "presieduto", "presiedeva", "presiede"] { out[v] = presiding }
        for v in ["chaired", "chairs"] { out[v] = ["chair", "chairman", "chairwoman", "chairperson"] }
        for v in ["coached", "coaches"] { out[v] = ["coach"] }
        for v in ["managed", "manages"] { out[v] = ["manager"] }
        for v in ["directed", "directs"] { out[v] = ["director"] }
        for v in ["captained", "captains"] { out[v] = ["captain"] }
        for v in ["edited", "edits"] { out[v] = ["editor"] }
        return out
    }()
    /// Relative pronouns that open such a clause, and auxiliaries that may stand before its verb.
    static let relativePronouns: Set<String> = ["who", "qui", "que", "che", "der", "die"]
    static let auxiliaries: Set<String> = ["has", "had", "a", "avait", "ha", "aveva", "había", "habia"]
    /// "According to" in Spanish, French, Italian, Portuguese and German.
    static let accordingTo: Set<String> = ["según", "selon", "secondo", "segundo", "laut"]
    /// Prepositions that open a sentence with the body or place its holder belongs to: "At
    /// Northfield, head teacher …", "En Carmona, el alcalde …", "Bei den Stadtwerken, …".
    static let openerPrepositions: Set<String> = ["at", "in", "à", "en", "em", "bei", "im", "nel", "nella", "presso",
                                                   // "For Ashby Town, manager …", "Do lado do Atlético, o técnico …",
                                                   // "Pour Lyon, l'entraîneur …", "Per la Juventus, l'allenatore …"
                                                   "for", "para", "pour", "für", "per", "por", "do", "da", "del", "dal", "dalla", "du", "chez", "beim"]

    /// Whether a word has a surname's shape: a capital, then two or more lowercase letters (hyphens
    /// and apostrophes allowed): not "VW", "IXIC", "U", "Lt".
    static func surnameShape(_ w: String) -> Bool {
        guard let f = w.first, f.isUppercase, w.count >= 3 else { return false }
        var lowers = 0
        var prev: Character = w.first!
        for c in w.dropFirst() {
            if c.isLowercase { lowers += 1; prev = c; continue }
            // A capital inside only after an apostrophe, a hyphen or "Mc" ("O'Neill", "McNab"), not "ChatGPT".
            if c.isUppercase, prev == "-" || prev == "'" || prev == "’" || (prev == "c" && w.hasPrefix("Mc")) || (prev == "c" && w.hasPrefix("Mac")) { prev = c; continue }
            if c == "-" || c == "'" || c == "’" { prev = c; continue }
            return false
        }
        return lowers >= 2
    }

    /// Heads the title pattern reads when capitalized before a name.
    static let patternHeads: Set<String> = ["minister", "president", "premier", "chancellor", "mayor", "governor", "secretary", "ceo",
                                             "executive", "chairman", "chairwoman", "chair", "king", "queen", "senator", "speaker",
                                             "emperor", "ambassador", "commissioner", "judge"]
    /// Words that put a place or body after a role: "the mayor of Ashford", "la maire de Saint-Aubin".
    static let ofWords: Set<String> = ["of", "de", "di", "del", "du", "des", "von", "der", "da", "do", "della", "dello", "dei", "degli", "delle", "dos", "das",
                                       // a portfolio: "l'assessora ai Trasporti", "adjoint aux finances"
                                       "al", "ai", "alla", "alle", "allo", "agli", "au", "aux"]
    static let particles: Set<String> = ["van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "bin", "ibn", "al", "el", "le", "la", "dos", "das", "ten", "ter", "zu"]

    /// Splits `bytes` (a view) into words, with their sentence index from `sentences`
    /// (`PersonMentions.sentenceStarts`).
    static func tokens(_ bytes: [UInt8], sentences: [Int]) -> [WordToken] {
        var out: [WordToken] = []
        out.reserveCapacity(bytes.count / 6)
        let n = bytes.count
        var i = 0
        var s = 0
        @inline(__always) func isPunct3(_ k: Int) -> Bool { k + 2 < n && bytes[k] == 0xE2 && bytes[k + 1] == 0x80 }
        @inline(__always) func isSpace(_ k: Int) -> Int {   // bytes of one horizontal space at k, or 0
            let c = bytes[k]
            if c == 0x20 || c == 0x09 { return 1 }
            if c == 0xC2, k + 1 < n, bytes[k + 1] == 0xA0 { return 2 }
            return 0
        }
        while i < n {
            let c = bytes[i]
            let wordStart: Bool
            if c < 0x80 { wordStart = NameScan.isLetter(c) || (c &- 0x30 < 10) }
            else { wordStart = !isPunct3(i) && c >= 0xC3 && !(c == 0xC2) }
            guard wordStart else { i += 1; continue }
            var e = i
            while e < n {
                let b = bytes[e]
                if b < 0x80 {
                    if NameScan.isLetter(b) || b &- 0x30 < 10 || b == 0x2D { e += 1; continue }
                    if b == 0x27, e + 1 < n, NameScan.isLetter(bytes[e + 1]) { e += 1; continue }
                    break
                }
                if isPunct3(e) {
                    if bytes[e + 2] == 0x99, e + 3 < n, bytes[e + 3] < 0x80 ? NameScan.isLetter(bytes[e + 3]) : bytes[e + 3] >= 0xC3 { e += 3; continue }
                    break
                }
                if b == 0xC2 { break }   // no-break space and Latin-1 punctuation
                e += 1
            }
            // An elided article or preposition ("L’allenatore", "d'Ashford"): its own word.
            if e - i >= 4, NameScan.isLetter(c), "lLdDnNsScCjJmMtT".utf8.contains(c) {
                let apo = bytes[i + 1] == 0x27 ? 1 : NameScan.isApostrophe(bytes, i + 1) ? 3 : 0
                if apo > 0, i + 1 + apo < e, NameScan.isLower(bytes[i + 1 + apo]) || bytes[i + 1 + apo] == 0xC3 {
                    var el = WordToken(start: i, end: i + 1)
                    el.capitalized = NameScan.isUpper(c)
                    el.gap = .space
                    while s + 1 < sentences.count, sentences[s + 1] <= i { s += 1 }
                    el.sentence = s
                    out.append(el)
                    i += 1 + apo
                    continue
                }
            }
            var t = WordToken(start: i, end: e)
            // Possessives.
            if e - i >= 3, bytes[e - 1] == 0x73, bytes[e - 2] == 0x27 { t.end = e - 2; t.possessive = true }
            else if e - i >= 5, bytes[e - 1] == 0x73, NameScan.isApostrophe(bytes, e - 4) { t.end = e - 4; t.possessive = true }
            else if e + 3 <= n, isPunct3(e), bytes[e + 2] == 0x99, bytes[e - 1] == 0x73 { t.possessive = true }
            else if e < n, bytes[e] == 0x27, bytes[e - 1] == 0x73 { t.possessive = true }
            if c < 0x80 { t.capitalized = NameScan.isUpper(c) }
            else { t.capitalized = String(decoding: bytes[i..<min(e, i + 4)], as: UTF8.self).first?.isUppercase ?? false }
            t.dot = e < n && bytes[e] == 0x2E
            while s + 1 < sentences.count, sentences[s + 1] <= i { s += 1 }
            t.sentence = s
            // The gap to the next word.
            var k = e
            if k < n, bytes[k] == 0x27 { k += 1 } else if isPunct3(k), bytes[k + 2] == 0x99, t.possessive { k += 3 }
            var spaces = 0, comma = false, other = false
            while k < n {
                let sp = isSpace(k)
                if sp > 0 { spaces += 1; k += sp; continue }
                let b = bytes[k]
                if b == 0x2C, !comma { comma = true; k += 1; continue }
                if b < 0x80 ? (NameScan.isLetter(b) || b &- 0x30 < 10) : (!isPunct3(k) && b >= 0xC3) { break }
                other = true
                k += 1
            }
            t.gap = other || spaces > 3 ? .other : comma ? .comma : .space
            out.append(t)
            i = e
        }
        return out
    }

    /// Runs the grammar over `view` (quotations and code masked).
    static func scan(_ view: TextView, sentences: [Int], headlines: [Range<Int>], words: RoleWords = .shipped) -> Result {
        let bytes = view.utf8
        let toks = tokens(bytes, sentences: sentences)
        var result = Result()
        guard !toks.isEmpty else { return result }
        func text(_ t: WordToken) -> String { String(decoding: bytes[t.start..<t.end], as: UTF8.self) }
        func lower(_ t: WordToken) -> String { text(t).lowercased() }
        // German: function words make up a good share of the words.
        var germanHits = 0
        let sample = min(toks.count, 400)
        for t in toks.prefix(sample) where t.end - t.start <= 6 && !t.capitalized {
            if germanWords.contains(lower(t)) { germanHits += 1 }
        }
        result.german = sample >= 20 && germanHits * 8 >= sample
        var germanNouns: Set<String> = []   // capitalized words written after a German determiner
        if result.german {
            for k in 1..<toks.count where toks[k].capitalized && toks[k - 1].gap == .space && !toks[k - 1].capitalized
                && germanDeterminers.contains(lower(toks[k - 1])) { germanNouns.insert(text(toks[k])) }
        }

        /// The start of the head inside a hyphenated word whose first part is a modifier
        /// ("vice-chancellor", "co-chair"), or `nil`.
        func hyphenHead(_ k: Int) -> Int? {
            let t = toks[k]
            guard t.end - t.start >= 6 else { return nil }
            var h = t.end - 1
            while h > t.start, bytes[h] != 0x2D { h -= 1 }
            guard h > t.start + 1, t.end - h > 3 else { return nil }
            let prefix = String(decoding: bytes[t.start..<h], as: UTF8.self).lowercased()
            guard words.modifiers.contains(prefix) || prefix == "co" || prefix == "pro-vice" else { return nil }
            return h + 1
        }
        /// The head of a role word that names its incoming holder ("neosindaco", "mayor-elect"),
        /// or `nil`.
        func incomingHead(_ k: Int) -> String? {
            let t = toks[k]
            guard t.end - t.start >= 7, !t.possessive else { return nil }
            let l = lower(t)
            if l.hasPrefix("neo") {
                let rest = l.dropFirst(3).drop { $0 == "-" }
                if rest.count >= 4, words.heads.contains(String(rest)) { return String(rest) }
            }
            if l.hasSuffix("-elect"), words.heads.contains(String(l.dropLast(6))) { return String(l.dropLast(6)) }
            return nil
        }
        func isHead(_ k: Int) -> Bool {
            let t = toks[k]
            guard !t.possessive, t.end - t.start >= 3 else { return false }
            if words.headSet.contains(bytes, t.start..<t.end, lowercased: true), words.heads.contains(lower(t)) { return true }
            // A German compound role noun: "Landesverkehrsministerin", "Stadtkämmerer".
            if t.capitalized, t.end - t.start >= 8, words.compoundHead(lower(t)) != nil { return true }
            if incomingHead(k) != nil { return true }
            guard let h = hyphenHead(k) else { return false }
            return words.heads.contains(String(decoding: bytes[h..<t.end], as: UTF8.self).lowercased())
        }
        func isRoleWord(_ k: Int) -> Bool {
            let l = lower(toks[k])
            return words.heads.contains(l) || words.modifiers.contains(l) || (l.contains("-") && isHead(k))
                || (toks[k].capitalized && l.utf8.count >= 8 && words.compoundHead(l) != nil)
        }
        /// Whether word `k` is an academic or courtesy title ("Professor", "Dr.", "Mrs").
        func isNameTitle(_ k: Int) -> Bool {
            let t = toks[k]
            guard t.capitalized, !t.possessive, t.end - t.start <= 9 else { return false }
            let l = lower(t)
            return Self.nameTitles.contains(l) || words.honorifics.contains(l)
        }
        /// Whether word `k` can be part of a name.
        func nameWord(_ k: Int) -> Bool {
            let t = toks[k]
            guard t.capitalized, !t.possessive || true else { return false }
            let w = text(t)
            if w.utf8.contains(where: { $0 &- 0x30 < 10 }) { return false }
            if PersonMentions.isStopToken(w) || isRoleWord(k) || words.honorifics.contains(w.lowercased()) { return false }
            if NameIndex.notPeople.contains(w) { return false }
            if words.orgNouns.contains(w.lowercased()) { return false }
            return true
        }
        /// The article's capitalized words, folded (`NameMatching.fold`), with one spelling each;
        /// read once, when a demonym is met.
        var foldedCapitals: [String: String]? = nil
        /// The organisation a lowercase club or town demonym after a role names ("gremista" →
        /// "Grêmio", "sevillista" → "Sevilla", "juventino" → "Juventus"): the one capitalized word
        /// of the article (no country, no role word) whose folded form starts with the demonym's
        /// stem (`RoleWords.demonymSuffixes` removed, four letters or more) and runs at most three
        /// letters past it; `nil` when none or several do.
        func demonym(_ q: Int) -> String? {
            let l = lower(toks[q])
            guard l.count >= 7, !words.postModifiers.contains(l), !words.heads.contains(l),
                  let suffix = words.demonymSuffixes.first(where: { l.hasSuffix($0) }) else { return nil }
            let stem = NameMatching.fold(String(l.dropLast(suffix.count)))
            guard stem.count >= 4 else { return nil }
            if foldedCapitals == nil {
                var found: [String: String] = [:]
                for tok in toks where tok.capitalized && tok.end - tok.start >= 4 {
                    let w = text(tok)
                    if found[NameMatching.fold(w)] == nil { found[NameMatching.fold(w)] = w }
                }
                foldedCapitals = found
            }
            var hits: [String] = []
            for (f, w) in foldedCapitals! where f.hasPrefix(stem) && f.count - stem.count <= 3 {
                if NameIndex.places.contains(w) || words.heads.contains(f) || words.modifiers.contains(f) { return nil }
                hits.append(w)
            }
            return hits.count == 1 ? hits[0] : nil
        }
        /// The name forward from `k`: up to four name words joined by spaces (particles inside).
        func nameForward(_ k: Int) -> Range<Int>? {
            var e = k
            var last = -1
            while e < toks.count, e - k < 6 {
                let t = toks[e]
                if t.capitalized {
                    // An initial ("J.") may stand in a name.
                    let initial = t.end - t.start == 1 && t.dot
                    guard initial || nameWord(e) else { break }
                    last = e
                    if t.possessive || t.gap != .space || (t.dot && !initial) { break }
                } else if last >= 0, particles.contains(lower(t)), t.gap == .space {
                    // a particle: keep going
                } else { break }
                e += 1
                if last >= 0, last - k >= 3 { break }
            }
            guard last >= k else { return nil }
            // A name of two letters or more, and no organisation word right after ("Principal
            // Financial Group").
            guard (k...last).contains(where: { toks[$0].end - toks[$0].start >= 2 && toks[$0].capitalized }) else { return nil }
            if last + 1 < toks.count, toks[last].gap == .space, words.orgNouns.contains(lower(toks[last + 1])), toks[last + 1].capitalized { return nil }
            return k..<(last + 1)
        }
        /// The name after a role from `k`, over one academic or courtesy title ("Professor Simon
        /// Hale", "Dr. Anke Sommer", "Mrs Gwen Lowe").
        func nameAfterRole(_ k: Int) -> Range<Int>? {
            if k + 1 < toks.count, isNameTitle(k), toks[k].gap == .space || (toks[k].dot && toks[k].gap == .other),
               toks[k + 1].sentence == toks[k].sentence || toks[k].dot {
                var n = k + 1
                // "Professor Dr. Anke Sommer": two titles.
                if n + 1 < toks.count, isNameTitle(n), toks[n].gap == .space || toks[n].dot { n += 1 }
                return nameForward(n)
            }
            return nameForward(k)
        }
        func names(_ r: Range<Int>) -> [String] { r.filter { toks[$0].capitalized }.map { text(toks[$0]) } }
        func atSentenceStart(_ k: Int) -> Bool { k == 0 || toks[k - 1].sentence != toks[k].sentence }

        // "At Northfield, head teacher Simone Achebe said": a body or place opening the sentence
        // holds the bare role named after it (the sentence's index → the body's words, lowercase).
        var openers: [Int: (body: [String], end: Int)] = [:]
        for k in 0..<toks.count where atSentenceStart(k) && toks[k].gap == .space && Self.openerPrepositions.contains(lower(toks[k])) {
            var q = k + 1
            // "Do lado do Atlético,": up to three short lowercase words (no role word) before the body.
            var lowers = 0
            while q < toks.count, lowers < 3, !toks[q].capitalized, toks[q].gap == .space, toks[q].sentence == toks[k].sentence,
                  toks[q].end - toks[q].start <= 6, !isRoleWord(q) { q += 1; lowers += 1 }
            var body: [String] = []
            while q < toks.count, body.count < 3, toks[q].capitalized, toks[q].sentence == toks[k].sentence {
                body.append(lower(toks[q]))
                if toks[q].gap != .space { break }
                q += 1
            }
            if !body.isEmpty, q < toks.count, toks[q].gap == .comma, toks[q].capitalized,
               !body.contains(where: { PersonMentions.stopTokens.contains($0) }) { openers[toks[k].sentence] = (body, q) }
        }
        var seenEnds: Set<Int> = []
        /// Words the pass has read as people so far (one-word references, the last word of a
        /// mention's name), and the last of them with its sentence: the owner of "his coach".
        var personWords: Set<String> = []
        var lastPerson: (word: String, sentence: Int)? = nil
        func notePerson(_ w: String, _ sentence: Int) {
            personWords.insert(w)
            lastPerson = (w, sentence)
        }
        var k = 0
        while k < toks.count {
            let t = toks[k]
            if words.transitionSet.contains(bytes, t.start..<t.end, lowercased: true), words.transition.contains(lower(t)) {
                result.transitionSentences.insert(t.sentence)
            }
            // "in 1976", "since 2019": a year marks a past tenure.
            if t.end - t.start == 4, bytes[t.start] == 0x31 && bytes[t.start + 1] == 0x39 || bytes[t.start] == 0x32 && bytes[t.start + 1] == 0x30,
               bytes[t.start..<t.end].allSatisfy({ $0 &- 0x30 < 10 }), k > 0, ["in", "since", "from", "until", "between"].contains(lower(toks[k - 1])) {
                result.years.append((t.sentence, t.start..<t.end))
            }
            // Courtesy titles: "Herr Wellmann", "Sra. Ortega", "Mr Ruiz".
            if t.capitalized, t.end - t.start <= 7, words.honorificSet.contains(bytes, t.start..<t.end, lowercased: true),
               t.gap == .space || t.dot, k + 1 < toks.count {
                let l = lower(t)
                // "John Smith Sr.": a suffix, not a title; "J. M. Coetzee": an initial.
                let afterName = k > 0 && toks[k - 1].capitalized && toks[k - 1].gap == .space
                let initialLike = l.count == 1 && (k > 0 && toks[k - 1].end - toks[k - 1].start == 1)
                // "Lady Justice Imogen Farraday", "Mrs Dr. Anke Sommer": a second title before the name.
                let first = k + 2 < toks.count && toks[k + 1].gap == .space && isNameTitle(k + 1) ? k + 2 : k + 1
                if !afterName, !initialLike, let r = nameForward(first), toks[first].end - toks[first].start >= 3,
                   seenEnds.insert(toks[r.upperBound - 1].end).inserted {
                    let end = toks[r.upperBound - 1].end
                    let m = RoleMention(roleKey: l, role: text(t) + (t.dot ? "." : ""), name: names(r),
                                        range: view.sourceRange(t.start..<end), sentence: t.sentence,
                                        inHeadline: headlines.contains { $0.contains(t.start) }, isHonorific: true)
                    result.mentions.append(m)
                    if let last = m.name.last { notePerson(last, t.sentence) }
                }
            }
            // One-word references beside a speech verb.
            if k + 1 < toks.count, t.capitalized, t.gap == .space, !t.possessive,
               words.verbSet.contains(bytes, toks[k + 1].start..<toks[k + 1].end, lowercased: false) {
                // "X said": X alone (the word before is no name word, no determiner, no relation
                // such as "his wife"), not a German noun after a determiner, not a body that
                // speaks of itself as "it".
                let prev = k > 0 && toks[k - 1].gap == .space ? lower(toks[k - 1]) : ""
                let prevName = k > 0 && toks[k - 1].gap == .space && toks[k - 1].capitalized
                // "O secretário de Mobilidade disse": a body's name after a preposition.
                let prevIntro = definite.contains(prev) || germanDeterminers.contains(prev) || relations.contains(prev) || ofWords.contains(prev)
                    || words.heads.contains(prev) || words.honorifics.contains(prev)
                let itAfter = k + 2 < toks.count && toks[k + 1].gap == .space && ["it", "its"].contains(lower(toks[k + 2]))
                let w = text(t)
                // "Según informó la agencia": a sentence opener, not a speaker.
                if !prevName, !prevIntro, !itAfter, surnameShape(w), nameWord(k), !germanNouns.contains(w),
                   !NameIndex.sentenceOpeners.contains(w), !Self.accordingTo.contains(lower(t)) {
                    result.references.append((w, t.start..<t.end))
                    notePerson(w, t.sentence)
                }
            }
            // "según Fernández, …", "selon Leclerc", "secondo Bassi", "laut Wellmann": one name
            // word after "according to" in five languages, then no other capitalized word.
            if !t.capitalized || atSentenceStart(k), t.gap == .space, k + 1 < toks.count, Self.accordingTo.contains(lower(t)) {
                let n = toks[k + 1]
                let w = text(n)
                let nextCapitalized = n.gap == .space && k + 2 < toks.count && toks[k + 2].capitalized
                if n.capitalized, !n.possessive, !nextCapitalized, surnameShape(w), nameWord(k + 1), !germanNouns.contains(w) {
                    result.references.append((w, n.start..<n.end))
                    notePerson(w, t.sentence)
                }
            }
            // "Brenninger zufolge": German puts "according to" after the name. Not after a
            // determiner or another capitalized word ("Dem Bericht zufolge", "des Ministeriums
            // zufolge"), nor a dative plural ("Medienberichten zufolge", "Insidern zufolge").
            if t.capitalized, t.gap == .space, !t.possessive, k + 1 < toks.count, lower(toks[k + 1]) == "zufolge",
               !(k > 0 && toks[k - 1].gap == .space && (germanDeterminers.contains(lower(toks[k - 1])) || toks[k - 1].capitalized)) {
                let w = text(t)
                let l = w.lowercased()
                if surnameShape(w), nameWord(k), !germanNouns.contains(w), !l.hasSuffix("en"), !l.hasSuffix("ern"), !l.hasSuffix("ung") {
                    result.references.append((w, t.start..<t.end))
                    notePerson(w, t.sentence)
                }
            }
            if !t.capitalized, k + 1 < toks.count, t.gap == .space, words.verbFirstSet.contains(bytes, t.start..<t.end, lowercased: false) {
                // "said Ruiz." / "sagte Wellmann,": the verb, one name word, then a clause end.
                let n = toks[k + 1]
                let w = text(n)
                if n.capitalized, n.gap != .space, !n.possessive, surnameShape(w), nameWord(k + 1), !germanNouns.contains(w) {
                    result.references.append((w, n.start..<n.end))
                    notePerson(w, t.sentence)
                }
            }
            // "Rotich, speaking near the finish, said": a name, an appositive clause between
            // commas, then a speech verb (the name opens its sentence or follows "and"/"but").
            if t.capitalized, t.gap == .comma, !t.possessive, k + 2 < toks.count,
               atSentenceStart(k) || (k > 0 && toks[k - 1].gap == .space && ["and", "but", "und", "y", "et", "e"].contains(lower(toks[k - 1]))),
               !toks[k + 1].capitalized, toks[k + 1].sentence == t.sentence {
                let w = text(t)
                var m = k + 1
                var verbAt = -1
                while m < toks.count, m - k <= 16, toks[m].sentence == t.sentence {
                    if toks[m - 1].gap == .comma, m > k + 1,
                       words.verbSet.contains(bytes, toks[m].start..<toks[m].end, lowercased: false) { verbAt = m; break }
                    if toks[m].gap == .other { break }
                    m += 1
                }
                if verbAt > 0, surnameShape(w), nameWord(k), !germanNouns.contains(w),
                   !NameIndex.sentenceOpeners.contains(w), !w.hasSuffix("ly"),
                   !(verbAt + 1 < toks.count && toks[verbAt].gap == .space && ["it", "its", "they", "their"].contains(lower(toks[verbAt + 1]))) {
                    result.references.append((w, t.start..<t.end))
                    // "Reyes, the residents' lawyer, said": an appositive with an article and a
                    // singular noun before the verb describes one person, whatever the name's
                    // ending ("Hospitals said" is a plural noun; "Reyes" here is not).
                    if Self.definite.contains(lower(toks[k + 1])) || Self.indefinite.contains(lower(toks[k + 1])),
                       !lower(toks[verbAt - 1]).hasSuffix("s"), !toks[verbAt - 1].capitalized {
                        result.singularReferences.insert(t.start)
                    }
                    notePerson(w, t.sentence)
                }
            }
            // "Lady Justice Imogen Farraday, who presided over the panel": a role told by a verb,
            // held by the name before the comma (`RoleMention.verbal`).
            if k >= 1, t.gap == .space, toks[k - 1].gap == .comma, toks[k - 1].capitalized, !toks[k - 1].possessive,
               Self.relativePronouns.contains(lower(t)), k + 1 < toks.count {
                var v = k + 1
                if v + 1 < toks.count, toks[v].gap == .space, Self.auxiliaries.contains(lower(toks[v])) { v += 1 }
                if let stems = Self.roleVerbs[lower(toks[v])], nameWord(k - 1) {
                    var s0 = k - 1
                    while s0 > 0, k - 1 - s0 < 3, toks[s0 - 1].gap == .space, toks[s0 - 1].capitalized, nameWord(s0 - 1) { s0 -= 1 }
                    if (s0..<k).contains(where: { toks[$0].end - toks[$0].start >= 3 }) {
                        var m = RoleMention(roleKey: "verb " + lower(toks[v]), role: String(decoding: bytes[t.start..<toks[v].end], as: UTF8.self),
                                            name: names(s0..<k), range: view.sourceRange(toks[s0].start..<toks[v].end), sentence: t.sentence,
                                            inHeadline: headlines.contains { $0.contains(toks[s0].start) })
                        m.verbal = stems
                        var o = v + 1
                        while o < toks.count, o - v <= 5, toks[o - 1].gap == .space, toks[o].sentence == t.sentence {
                            m.verbObject.insert(lower(toks[o]))
                            o += 1
                        }
                        m.fromGrammar = true
                        result.mentions.append(m)
                    }
                }
            }
            guard isHead(k) else { k += 1; continue }
            // A role phrase continues to a later head ("Chief Executive", "team manager").
            // Not over a title before a name ("Vice-chancellor Professor Simon Hale").
            if k + 1 < toks.count, t.gap == .space, toks[k + 1].capitalized == t.capitalized, isHead(k + 1),
               !(isNameTitle(k + 1) && k + 2 < toks.count && toks[k + 2].capitalized && toks[k + 1].gap == .space) { k += 1; continue }
            // Back over modifiers written in the head's case.
            var j = k
            while j > 0, k - j < 3, toks[j - 1].gap == .space, !toks[j - 1].possessive,
                  toks[j - 1].capitalized == t.capitalized || atSentenceStart(j - 1), isRoleWord(j - 1) {
                j -= 1
            }
            var phrase = (j...k).map { lower(toks[$0]) }
            // "Il neosindaco", "the mayor-elect": the incoming holder of the head's office.
            var incoming = false
            var electedBefore = false
            if let base = incomingHead(k) { phrase[phrase.count - 1] = base; incoming = true }
            // Keep a capitalized first word of the sentence only when it is a role word.
            var qualifier: [String] = []
            var resolvable = false   // the qualifier names the article's own body, not a jurisdiction
            var determined = false
            var skip = false
            var indefinite = false
            var otherBody = false
            var heldThroughPerson = false
            var anaphoric = false
            var properQualifier = false
            // "the company's founder and CEO, Marcus Ohlin": two roles joined by "and" are held by
            // one person, and what stands before the first (a body's possessive, "the") qualifies
            // the second too.
            var first = j
            if j >= 2, toks[j - 1].gap == .space, toks[j - 2].gap == .space, Self.coordinators.contains(lower(toks[j - 1])), isHead(j - 2) {
                first = j - 2
                while first > 0, (j - 2) - first < 2, toks[first - 1].gap == .space, !toks[first - 1].possessive, isRoleWord(first - 1) { first -= 1 }
            }
            let p = first - 1
            var chainStart = -1   // the first word of "the city's", "its", "Ashvale's"
            if p >= 0, toks[p].gap == .space || toks[p].gap == .comma {
                let pl = lower(toks[p])
                if words.skip.contains(pl) || pl.hasSuffix("-") { skip = true }
                // "Norvessa's prime minister", "the club's team manager", "the Port Authority's chair".
                if toks[p].possessive, toks[p].gap == .space {
                    var org: [Int] = [p]
                    if toks[p].capitalized, personWords.contains(text(toks[p])) {
                        // "Kessler's coach": a role held through a person the article names.
                        qualifier = [lower(toks[p])]
                        heldThroughPerson = true
                    } else if toks[p].capitalized {
                        var q = p
                        while q > 0, toks[q - 1].gap == .space, toks[q - 1].capitalized, org.count < 3, !atSentenceStart(q) { q -= 1; org.insert(q, at: 0) }
                        let orgWords = org.map { lower(toks[$0]) }
                        // "Valley Rail's managing director" is "Valley Rail managing director", as
                        // "the health board's chair" is "health board chair" (keys carry no "'s").
                        qualifier = orgWords
                        properQualifier = true
                        // A company ("Corvex's chief financial officer") is the article's own body,
                        // the bare role's; a country, a nationality or a jurisdiction's office
                        // ("Norvessa's prime minister") is another office.
                        let last = orgWords.last!
                        let placeLike = org.contains { NameIndex.places.contains(text(toks[$0])) }
                            || ["an", "ese", "ish", "ian", "ch"].contains(where: { last.hasSuffix($0) })
                        resolvable = words.orgNouns.contains(last)
                            || (!placeLike && !phrase.contains(where: { Self.jurisdictionHeads.contains($0) }))
                    } else {
                        // "the hospital's medical director" and "the clinic's medical director" are
                        // two offices; "the town's mayor" is the bare "Mayor" of the same article;
                        // "the infant school's headteacher" and "the junior school's" are two.
                        if p >= 2, toks[p - 1].gap == .space, !toks[p - 1].capitalized, !toks[p - 1].possessive,
                           toks[p - 2].gap == .space, lower(toks[p - 2]) == "the" {
                            let ml = lower(toks[p - 1])
                            if !words.skip.contains(ml), !definite.contains(ml), !Self.indefinite.contains(ml),
                               !PersonMentions.stopTokens.contains(ml) { org.insert(p - 1, at: 0) }
                        }
                        qualifier = org.map { lower(toks[$0]) }
                        resolvable = true
                        anaphoric = org.count == 1 && p >= 1 && toks[p - 1].gap == .space && lower(toks[p - 1]) == "the"
                    }
                    determined = true
                    chainStart = org[0]
                    let b = org[0] - 1
                    if b >= 0, toks[b].gap == .space {
                        let bl = lower(toks[b])
                        if words.skip.contains(bl) { skip = true }
                        if bl == "the" { chainStart = b }
                    }
                } else if definite.contains(pl) {
                    determined = true
                    chainStart = p
                    // "Their manager, Paula Gresham": a pronoun points to another body (the other
                    // team, the rival firm): a holder of that body's office, never this one's.
                    // "Kessler said. His coach, Dieter Hall, …": "his" or "her" right after a
                    // person is named (this sentence or the one before) is that person's.
                    if ["his", "her"].contains(pl), let lp = lastPerson, lp.sentence + 1 >= t.sentence {
                        qualifier = [lp.word.lowercased()]
                        heldThroughPerson = true
                    } else if ["their", "his", "her"].contains(pl) { otherBody = true }
                } else if !toks[p].capitalized, toks[p].gap == .space, p >= 1, words.orgNouns.contains(pl),
                          toks[p - 1].gap == .space, toks[p - 1].possessive || definite.contains(lower(toks[p - 1])) {
                    // "the farmers' union regional chair", "the council finance chair": the body's
                    // office, as "the union's regional chair".
                    qualifier = [pl]
                    resolvable = true
                    determined = true
                    chainStart = p - 1
                    if p >= 2, toks[p - 2].gap == .space, lower(toks[p - 2]) == "the", toks[p - 1].possessive { chainStart = p - 2 }
                } else if pl == "a", j == k, lower(t).hasSuffix("a"), !words.modifiers.contains(lower(t)) {
                    // "A vereadora Carvalhais", "a ministra": the Portuguese definite article before
                    // a feminine role (no English head ends in "a").
                    determined = true
                    chainStart = p
                } else if Self.indefinite.contains(pl) {
                    indefinite = true
                } else if toks[p].capitalized, toks[p].gap == .space, !t.capitalized || !atSentenceStart(p) {
                    // "Port Commission chair", "Ashford Mayor": capitalized words before the role.
                    var q = p
                    var org: [Int] = [p]
                    while q > 0, toks[q - 1].gap == .space, toks[q - 1].capitalized, org.count < 3, !atSentenceStart(q) { q -= 1; org.insert(q, at: 0) }
                    let orgWords = org.map { lower(toks[$0]) }
                    let opener = atSentenceStart(org[0]) && org.count == 1
                        && (NameIndex.sentenceOpeners.contains(text(toks[org[0]])) || orgWords[0].hasSuffix("ly"))
                    if !opener, !orgWords.contains(where: { PersonMentions.stopTokens.contains($0) || words.skip.contains($0) }) {
                        qualifier = orgWords
                        properQualifier = true
                        // "Port Commission chair", "Lumenfield chief executive": the body the
                        // article is about; "French President", "Ashford Mayor", "Norvessa
                        // minister": a jurisdiction, another office.
                        let last = orgWords.last!
                        let placeLike = org.contains { NameIndex.places.contains(text(toks[$0])) }
                            || ["an", "ese", "ish", "ian", "i", "ch"].contains(where: { last.hasSuffix($0) })
                        // "Corvane CEO": a company, like "Corvane's CEO"; "Ashford Mayor" and
                        // "Norvessa Minister" are jurisdictions.
                        resolvable = words.orgNouns.contains(last)
                            || (!placeLike && (!t.capitalized || !phrase.contains(where: { Self.jurisdictionHeads.contains($0) })))
                    }
                    if words.skip.contains(orgWords[0]) { skip = true }
                }
            }
            // The incoming holder: "the new mayor", "il nuovo sindaco", "Benassi eletto sindaco",
            // "the newly elected mayor": an office of its own (`RoleMention.incoming`), not a past
            // or temporary holder.
            let before = (skip: skip, determined: determined, chainStart: chainStart)
            if p >= 0, toks[p].gap == .space, !toks[p].capitalized || atSentenceStart(p), qualifier.isEmpty {
                let pl = lower(toks[p])
                // "Acme's new chief executive", "United's new manager": a body's incoming holder,
                // left alone (two bodies may each name one).
                let owned = p >= 1 && toks[p - 1].gap == .space && (toks[p - 1].possessive || (toks[p - 1].capitalized && !atSentenceStart(p - 1)))
                if words.incomingWords.contains(pl), !owned {
                    incoming = true
                    skip = false
                    if p >= 1, toks[p - 1].gap == .space {
                        let dl = lower(toks[p - 1])
                        if definite.contains(dl) { determined = true; chainStart = p - 1 }
                        if words.skip.contains(dl) { skip = true }
                    }
                } else if !owned, words.electWords.contains(pl) {
                    incoming = true
                    electedBefore = true
                    chainStart = p
                    var d = p - 1
                    if d >= 0, toks[d].gap == .space, words.incomingWords.contains(lower(toks[d])) { d -= 1; chainStart = d + 1 }
                    if d >= 0, toks[d].gap == .space, definite.contains(lower(toks[d])) { determined = true; chainStart = d; electedBefore = false }
                }
            }
            if qualifier.isEmpty, !otherBody, !heldThroughPerson, !determined || p < 0 || !toks[p].possessive,
               let opener = openers[t.sentence], opener.end < j {
                qualifier = opener.body
                resolvable = true
            }
            // A skip word inside the role phrase ("the interim director").
            if phrase.contains(where: { words.skip.contains($0) }) { skip = true }
            if p >= 0, toks[p].gap == .space, Self.candidacy.contains(lower(toks[p])) { skip = true }
            if skip {
                // Remember the past holder's name: "former Vice President Biden" is never in conflict.
                if k + 1 < toks.count, t.gap == .space || t.gap == .comma, let r = nameAfterRole(k + 1) {
                    for n in names(r) { result.pastHolders.insert(n) }
                }
                k += 1; continue
            }
            if indefinite { k += 1; continue }
            // The name: after the role ("Superintendent Gloria Havelka", "manager, Dana Holt")...
            var nameRange: Range<Int>? = nil
            var appositive = false
            var ofPlace: String? = nil
            var domain: [String] = []   // lowercase words after "of": "director of public health"
            // Adjectives after the head ("el delegado territorial", "o secretário municipal de
            // Saúde", "le directeur général"): part of the role phrase.
            var h = k
            while h + 1 < toks.count, h - k < 2, toks[h].gap == .space, !toks[h + 1].capitalized,
                  words.postModifiers.contains(lower(toks[h + 1])) { h += 1 }
            if h > k { phrase += ((k + 1)...h).map { lower(toks[$0]) } }
            // "il sindaco eletto", "el alcalde electo", "o prefeito eleito": the incoming holder
            // (not "the mayor elected in 2019", nor "eletto nel 2019").
            if h + 1 < toks.count, toks[h].gap == .space, !toks[h + 1].capitalized, lower(toks[h + 1]) != "elected",
               words.electWords.contains(lower(toks[h + 1])),
               !(h + 2..<min(toks.count, h + 4)).contains(where: { bytes[toks[$0].start] &- 0x30 < 10 }) {
                h += 1
                incoming = true
            }
            // Only an office one person holds has one incoming holder ("the new mayor", "the new
            // head coach"); "the new store manager" may be one of several.
            if incoming, !words.incomingOffices.contains(phrase.joined(separator: " ")), words.roleClasses[phrase.joined(separator: " ")] == nil {
                incoming = false
                electedBefore = false
                (skip, determined, chainStart) = before
                // "il neoassessore": a new holder of a role many hold, as "the new teacher".
                if skip || incomingHead(k) != nil {
                    if k + 1 < toks.count, t.gap == .space || t.gap == .comma, let r = nameAfterRole(k + 1) {
                        for n in names(r) { result.pastHolders.insert(n) }
                    }
                    k += 1; continue
                }
            }
            // "o técnico gremista", "el entrenador sevillista": a demonym names the organisation.
            if h + 1 < toks.count, toks[h].gap == .space, !toks[h + 1].capitalized, let body = demonym(h + 1) {
                h += 1
                ofPlace = body
            }
            let th = toks[h]
            if h + 1 < toks.count, !th.dot {
                if th.gap == .space || (th.gap == .comma && determined) {
                    nameRange = nameAfterRole(h + 1)
                }
                // "the mayor of Ashford, Ana Ruiz", "la maire de Saint-Aubin, Claire Vautrin",
                // "l'assessora ai Trasporti, Carlotta Ferraris".
                if nameRange == nil, determined, th.gap == .space, h + 2 < toks.count, Self.ofWords.contains(lower(toks[h + 1])),
                   toks[h + 1].gap == .space {
                    var q = h + 2
                    if q < toks.count, toks[q].gap == .space, ["the", "la", "le", "el", "lo", "l"].contains(lower(toks[q])) { q += 1 }
                    // The place or body: capitalized words with particles inside ("Olivar del
                    // Sur"), after at most two lowercase nouns ("la cooperativa Olivar del Sur",
                    // "du festival", "of transport"), then a comma and the name. The key is the
                    // capitalized part when there is one: "de la cooperativa Olivar del Sur" and
                    // "de Olivar del Sur" are one body.
                    let placeStart = q
                    var capStart = -1
                    var lowerWords = 0
                    var end = -1
                    while q < toks.count, q - placeStart < 6 {
                        let tq = toks[q]
                        let l = lower(tq)
                        if tq.capitalized {
                            if capStart < 0 { capStart = q }
                        } else if capStart >= 0 {
                            guard particles.contains(l), tq.gap == .space else { break }
                        } else {
                            lowerWords += 1
                            guard lowerWords <= 2, l.count >= 3, !l.utf8.contains(where: { $0 &- 0x30 < 10 }),
                                  !PersonMentions.stopTokens.contains(l), !words.verbSet.contains(bytes, tq.start..<tq.end, lowercased: false) else { break }
                        }
                        if tq.gap == .comma { end = q; break }
                        guard tq.gap == .space else { break }
                        q += 1
                    }
                    if end >= 0, toks[end].capitalized || capStart < 0, end + 1 < toks.count, let r = nameAfterRole(end + 1) {
                        nameRange = r
                        if capStart >= 0 {
                            ofPlace = String(decoding: bytes[toks[capStart].start..<toks[end].end], as: UTF8.self)
                        } else {
                            // Lowercase words name a domain, not a body: "the director of public
                            // health" is the "public health director" of the same article.
                            domain = (placeStart...end).map { lower(toks[$0]) }
                        }
                    }
                }
            }
            // ... or before it: "Ana Ruiz, the city's mayor".
            if nameRange == nil, chainStart >= 1, toks[chainStart - 1].gap == .comma {
                let q = chainStart - 1
                if toks[q].capitalized, nameWord(q) {
                    var s0 = q
                    while s0 > 0, q - s0 < 3, toks[s0 - 1].gap == .space, toks[s0 - 1].capitalized, nameWord(s0 - 1) { s0 -= 1 }
                    let before = s0 > 0 && toks[s0 - 1].gap == .space ? lower(toks[s0 - 1]) : ""
                    let placeLike = NameIndex.places.contains(text(toks[q])) || placePrepositions.contains(before)
                        || (atSentenceStart(s0) && s0 == q && NameIndex.sentenceOpeners.contains(text(toks[q])))
                    // The role ends its clause: "Ana Ruiz, the city's mayor, said".
                    let closes = toks[k].gap != .space || k + 1 >= toks.count || !toks[k + 1].capitalized
                    if !placeLike, closes { nameRange = s0..<(q + 1); appositive = true }
                }
            }
            // ... or as the subject of a copula: "Marco Benassi è il nuovo sindaco", "Ana Ruiz was
            // elected mayor", "Benassi eletto sindaco" (an incoming holder only).
            if nameRange == nil, incoming {
                var b = (chainStart >= 0 ? chainStart : j) - 1
                var verbs = 0
                while b >= 0, verbs < 3, toks[b].gap == .space, !toks[b].capitalized, toks[b].sentence == t.sentence,
                      words.copulas.contains(lower(toks[b])) || words.electWords.contains(lower(toks[b])) { b -= 1; verbs += 1 }
                if verbs > 0 || electedBefore, b >= 0, toks[b].gap == .space, toks[b].capitalized, !toks[b].possessive,
                   toks[b].sentence == t.sentence, nameWord(b), surnameShape(text(toks[b])), !germanNouns.contains(text(toks[b])) {
                    var s0 = b
                    while s0 > 0, b - s0 < 3, toks[s0 - 1].gap == .space, toks[s0 - 1].capitalized, toks[s0 - 1].sentence == t.sentence,
                          nameWord(s0 - 1) { s0 -= 1 }
                    nameRange = s0..<(b + 1)
                    appositive = true
                }
            }
            guard let nr = nameRange, let lastName = nr.last else { k += 1; continue }
            let nameEnd = toks[lastName].end
            if !appositive, !seenEnds.insert(nameEnd).inserted { k += 1; continue }
            let roleStart = toks[j].start, roleEnd = toks[appositive ? k : h].end
            let span = appositive ? toks[nr.lowerBound].start..<roleEnd : roleStart..<nameEnd
            var key = (qualifier + domain + phrase).joined(separator: " ")
            if incoming { key = "incoming " + key }
            var place: String? = nil
            let placeAt = appositive ? roleEnd : nameEnd
            if let pl = ofPlace ?? (!(appositive ? toks[k].possessive : toks[lastName].possessive) ? PersonMentions.place(after: placeAt, in: bytes) : nil) {
                // A country or a nationality names another jurisdiction ("the prime minister of
                // Norvessa"); a town or a body after "of" is where the article's story happens
                // ("Fire Chief Ana Ruiz of the Pine Hollow district", "la maire de Saint-Aubin"),
                // the same office as the bare role.
                // Two bodies ("the president of the Federal Reserve Bank", "the president of the
                // American Farm Bureau") stay two offices: the place stays in the key, and only a
                // bare role resolves to it (`merge`).
                let jurisdiction = pl.split(whereSeparator: { $0 == " " || $0 == "-" }).contains { NameIndex.places.contains(String($0)) }
                place = pl
                key += " of " + pl.lowercased()
                resolvable = jurisdiction ? false : (qualifier.isEmpty || resolvable)
            }
            let display = String(decoding: bytes[roleStart..<roleEnd], as: UTF8.self)
            let head = incomingHead(k) ?? lower(t)
            // "Landesverkehrsministerin": the compound's first part is its domain.
            let compound = phrase.count == 1 && t.capitalized && words.compoundHead(head) != nil
            let unqualified = qualifier.isEmpty && place == nil && domain.isEmpty && phrase.count == 1 && !compound
            var m = RoleMention(roleKey: key, role: display, name: names(nr), range: view.sourceRange(span),
                                sentence: t.sentence, inHeadline: headlines.contains { $0.contains(span.lowerBound) })
            m.place = place
            m.incoming = incoming
            m.phraseKey = phrase.joined(separator: " ")
            if incoming { for n in m.name { result.incomingHolders.insert(n) } }
            m.sharedOverride = (unqualified && words.shared.contains(head)) || otherBody
                || (heldThroughPerson && Self.manyPerPerson.contains(head))
            m.otherBody = otherBody
            m.anaphoric = anaphoric
            m.properQualifier = properQualifier && resolvable
            m.qualifierResolvable = heldThroughPerson ? false : !qualifier.isEmpty ? resolvable
                : phrase.count > 1 || resolvable || compound || !domain.isEmpty
            // "co-chair", "co-director": two holders at once.
            if head.hasPrefix("co-") { m.sharedOverride = true }
            if let last = m.name.last { notePerson(last, t.sentence) }
            m.fromGrammar = true
            // The title pattern (`PersonMentions.pattern`) reads a capitalized title before a name
            // itself, with its own past and temporary qualifiers: the grammar only lends it a
            // longer role phrase ("Police Commissioner"). It reads no name after a comma ("the
            // company's founder and CEO, Marcus Ohlin"): that one is the grammar's.
            m.patternCovered = !appositive && t.capitalized && Self.patternHeads.contains(head) && toks[h].gap == .space
            result.mentions.append(m)
            k += 1
        }
        return result
    }

    /// Name words after a past or temporary qualifier and a role phrase inside `ranges` of
    /// `bytes` ("former Vice President Biden" in a quotation): up to three role words after the
    /// qualifier, then the name. Reads only the ranges.
    static func pastHolders(in bytes: [UInt8], ranges: [Range<Int>], words: RoleWords = .shipped) -> Set<String> {
        var out: Set<String> = []
        for r in ranges where r.count >= 12 {
            let slice = Array(bytes[max(0, r.lowerBound)..<min(bytes.count, r.upperBound)])
            let toks = tokens(slice, sentences: [0])
            func lower(_ t: WordToken) -> String { String(decoding: slice[t.start..<t.end], as: UTF8.self).lowercased() }
            var k = 0
            while k < toks.count {
                defer { k += 1 }
                guard words.skip.contains(lower(toks[k])) else { continue }
                var j = k + 1
                var roles = 0
                while j < toks.count, roles < 3, toks[j - 1].gap == .space, words.heads.contains(lower(toks[j])) || words.modifiers.contains(lower(toks[j])) { j += 1; roles += 1 }
                guard roles > 0 else { continue }
                while j < toks.count, j - k <= 6, toks[j - 1].gap == .space || toks[j - 1].gap == .comma, toks[j].capitalized {
                    out.insert(String(decoding: slice[toks[j].start..<toks[j].end], as: UTF8.self))
                    if toks[j].gap != .space { break }
                    j += 1
                }
            }
        }
        return out
    }

    /// Merges the grammar's mentions into the pattern's (`PersonMentions.roleMentions`), both in
    /// document order: a grammar mention whose name ends where a pattern mention's does is the same
    /// mention (the pattern's is kept, with a longer role phrase taken over: "Police Commissioner"
    /// for the pattern's "Commissioner"). Then short forms are resolved: a bare head ("Commissioner
    /// Reyes", "Chair Delgado", "manager Brennan") in an article whose only qualified use of that
    /// head names the article's own body ("Police Commissioner", "Port Commission chair", "the
    /// club's team manager") holds that office, so the two can conflict.
    /// `headlineWords`: the headline's words, lowercased. A bare role that comes before every
    /// mention of the longer office is that office only when the office's qualifier is named in
    /// the headline (the article's own body): "manager Ilse Vandermeer" of the headline's club,
    /// then "City's manager, Tobias Renwick" of the other club, are two offices (blind set D, c06);
    /// "Headteacher Anjali Rao", then "the school's headteacher, Mrs Gwen Pritchard" in an
    /// article headed about the school, are one.
    static func merge(_ pattern: [RoleMention], _ grammar: [RoleMention], words: RoleWords = .shipped,
                      headlineWords: Set<String>? = nil) -> [RoleMention] {
        var out = mergeMentions(pattern, grammar, words: words, headlineWords: headlineWords)
        applyRoleClasses(&out, words: words)
        return out
    }

    /// Gives a role qualified by an organisation its equivalence class's key
    /// (`RoleWords.roleClasses`) with the organisation after it, however the organisation was
    /// written: "Rovers head coach" and "Rovers manager" are both "manager of rovers"; "o técnico
    /// do Grêmio", "o treinador gremista" and "Grêmio's coach" are "manager of grêmio"; "der
    /// Trainer des FC Auental" and "Auental-Cheftrainer" are "manager of auental" (club affixes
    /// such as "FC" and articles dropped, `RoleWords.orgAffixes`). An organisation whose words are
    /// all in exactly one longer organisation of the article is that one ("do Atlético" and
    /// "Atlético Vale Verde"). A bare role ("manager Okafor", "head coach Whitfield") keeps its
    /// key: without a body it may be any manager.
    static func applyRoleClasses(_ out: inout [RoleMention], words: RoleWords) {
        guard !words.roleClasses.isEmpty else { return }
        var found: [(index: Int, prefix: String, canonical: String, org: [String])] = []
        // A key some mention holds under a role outside every class ("club team manager" of "the
        // club's team manager", to which a bare "manager" resolved) is that other office's.
        // A bare role resolved to a longer office ("coach" to "rovers head coach") tells nothing
        // of that office: only a mention whose phrase is the key's whole role counts.
        var foreignKeys: Set<String> = []
        for m in out where !m.isHonorific && !m.isHistorical {
            let phrase = m.phraseKey ?? m.role.lowercased()
            let last = phrase.split(separator: "-").last.map(String.init) ?? phrase
            guard words.roleClasses[phrase] == nil, words.roleClasses[last] == nil else { continue }
            var key = m.roleKey
            if let r = key.range(of: " of ") { key = String(key[..<r.lowerBound]) }
            let before = key.hasSuffix(phrase) ? key.dropLast(phrase.count).split(separator: " ").last.map(String.init) : nil
            if let b = before, words.modifiers.contains(b) || words.heads.contains(b) { continue }
            foreignKeys.insert(m.roleKey)
        }
        for i in out.indices where !out[i].isHonorific && !out[i].isHistorical && !foreignKeys.contains(out[i].roleKey) {
            var phrase = out[i].phraseKey ?? out[i].role.lowercased()
            var key = out[i].roleKey
            var compoundOrg: [String] = []
            // "Auental-Cheftrainer": a capitalized hyphenated compound whose last part is a role.
            if words.roleClasses[phrase] == nil, let dash = phrase.lastIndex(of: "-"), out[i].role.first?.isUppercase == true,
               words.roleClasses[String(phrase[phrase.index(after: dash)...])] != nil {
                compoundOrg = phrase[..<dash].split(separator: "-").map(String.init)
                let rest = String(phrase[phrase.index(after: dash)...])
                guard key.hasSuffix(phrase) else { continue }
                key = String(key.dropLast(phrase.count)) + rest
                phrase = rest
            }
            guard let canonical = words.roleClasses[phrase] else { continue }
            var tail = ""
            if let r = key.range(of: " of ") { tail = String(key[r.upperBound...]); key = String(key[..<r.lowerBound]) }
            var prefix = ""
            if key.hasPrefix("incoming ") { prefix = "incoming "; key.removeFirst("incoming ".count) }
            guard key == phrase || key.hasSuffix(" " + phrase) else { continue }
            let before = key.dropLast(phrase.count).split(separator: " ").map(String.init)
            let org = (compoundOrg + before + tail.split(separator: " ").map(String.init))
                .filter { !words.orgAffixes.contains($0) && !Self.definite.contains($0) && !Self.ofWords.contains($0) && !words.modifiers.contains($0) }
            guard !org.isEmpty else { continue }
            found.append((i, prefix, canonical, org))
        }
        guard !found.isEmpty else { return }
        let orgs = Set(found.map { $0.org.joined(separator: " ") })
        for f in found {
            var org = f.org
            let longer = orgs.filter { o in
                let w = o.split(separator: " ").map(String.init)
                // "Rovers Women", "Grêmio Sub-20": another team of the club.
                return w.count > org.count && org.allSatisfy(w.contains) && !w.contains(where: words.teamSections.contains)
            }
            if longer.count == 1, let l = longer.first { org = l.split(separator: " ").map(String.init) }
            out[f.index].roleKey = f.prefix + f.canonical + " of " + org.joined(separator: " ")
            out[f.index].place = nil
        }
    }

    static func mergeMentions(_ pattern: [RoleMention], _ grammar: [RoleMention], words: RoleWords,
                              headlineWords: Set<String>?) -> [RoleMention] {
        var out = pattern
        var byEnd: [Int: Int] = [:]
        for (i, m) in out.enumerated() { byEnd[m.range.end] = i }
        for g in grammar {
            // "the school's headteacher, Mrs Gwen Lowe": the pattern read the courtesy title, the
            // grammar the role before it; both are kept.
            if let i = byEnd[g.range.end], out[i].isHonorific, !g.isHonorific, g.range.start < out[i].range.start {
                out.append(g)
                continue
            }
            // "the new Mayor Ana Ruiz": the pattern read the title, the grammar the incoming holder.
            if let i = byEnd[g.range.end], g.incoming, !out[i].isHonorific, !out[i].isHistorical {
                out[i].roleKey = g.roleKey
                out[i].incoming = true
                out[i].phraseKey = g.phraseKey
                out[i].sharedOverride = g.sharedOverride
                continue
            }
            if let i = byEnd[g.range.end] {
                if !out[i].isHonorific, !out[i].isHistorical, g.role.count > out[i].role.count,
                   g.roleKey.hasSuffix(out[i].roleKey) || out[i].roleKey.hasSuffix(g.roleKey.split(separator: " ").last.map(String.init) ?? "") {
                    let qualifierWord = out[i].roleKey.split(separator: " ").first.map(String.init) ?? ""
                    if words.modifiers.contains(qualifierWord) || g.roleKey == out[i].roleKey {
                        out[i].role = g.role
                        out[i].sharedOverride = false
                        out[i].qualifierResolvable = true
                    }
                } else if !out[i].isHonorific, !out[i].isHistorical, g.roleKey == out[i].roleKey, g.qualifierResolvable {
                    // "Corvane CEO Julia Voss": the grammar knows the qualifier names a company.
                    out[i].qualifierResolvable = true
                    out[i].properQualifier = g.properQualifier
                }
                continue
            }
            if g.patternCovered { continue }
            // A pattern mention holding the same name span under another start (an honorific).
            if out.contains(where: { $0.range.start <= g.range.start && g.range.end <= $0.range.end }) { continue }
            out.append(g)
        }
        // "Speaker Pro Tempore Eli Stein": role words the pattern took for the name continue the role.
        for i in out.indices where !out[i].fromGrammar && !out[i].isHonorific {
            var lead: [String] = []
            while lead.count + 1 < out[i].name.count, words.modifiers.contains(out[i].name[lead.count].lowercased())
                    || words.heads.contains(out[i].name[lead.count].lowercased()) { lead.append(out[i].name[lead.count]) }
            guard !lead.isEmpty, out[i].name.dropFirst(lead.count).contains(where: { $0.count >= 2 }) else { continue }
            out[i].name.removeFirst(lead.count)
            out[i].role += " " + lead.joined(separator: " ")
            out[i].roleKey = out[i].roleKey.replacingOccurrences(of: out[i].officeKey, with: out[i].officeKey + " " + lead.joined(separator: " ").lowercased())
            out[i].sharedOverride = false
        }
        // "Corvane CEO Julia Voss" opening a sentence: the title pattern keeps the capitalized
        // word as a qualifier; a company (no place, no nationality) before a role that is no
        // jurisdiction's office is the article's own body, as "Corvane's CEO".
        for i in out.indices where !out[i].fromGrammar && !out[i].isHonorific && !out[i].isHistorical && out[i].place == nil
            && !out[i].qualifierResolvable {
            let parts = out[i].roleKey.split(separator: " ").map(String.init)
            let role = out[i].role.lowercased().split(separator: " ").map(String.init)
            guard parts.count == role.count + 1, Array(parts.dropFirst()) == role, let q = parts.first,
                  !role.contains(where: { Self.jurisdictionHeads.contains($0) || PersonMentions.keyQualifiers.contains($0) }),
                  !PersonMentions.keyQualifiers.contains(q), !words.skip.contains(q) else { continue }
            let capital = q.prefix(1).uppercased() + q.dropFirst()
            if NameIndex.places.contains(capital) || ["an", "ese", "ish", "ian", "ch", "i"].contains(where: { q.hasSuffix($0) }) { continue }
            out[i].qualifierResolvable = true
            out[i].properQualifier = true
        }
        out.sort { $0.range.start < $1.range.start }
        // One office, one key: "CEO" and "chief executive", "Chairman" and "Chair".
        for i in out.indices where !out[i].isHonorific {
            let c = words.canonical(out[i].roleKey)
            if c != out[i].roleKey {
                let place = out[i].place
                out[i].roleKey = c
                out[i].place = place
            }
        }
        // "The company's chief executive" after "Corvex CEO": a definite body is the one body
        // the article names with that role ("Corvex"), when it names only one.
        for i in out.indices where out[i].anaphoric && !out[i].isHonorific {
            let parts = out[i].roleKey.split(separator: " ")
            guard parts.count >= 2 else { continue }
            let tail = parts.dropFirst().joined(separator: " ")
            let named = Set(out.filter { $0.properQualifier && !$0.isHonorific && !$0.isHistorical && !$0.otherBody && $0.qualifierResolvable
                && $0.place == nil && $0.roleKey.hasSuffix(" " + tail) }.map(\.roleKey))
            if named.count == 1, let key = named.first, key != out[i].roleKey { out[i].roleKey = key }
        }
        // Roles told by a verb take the article's one role key holding a word they stand for
        // ("presiding judge" for "who presided"); with none or several, they are dropped.
        if out.contains(where: { $0.verbal != nil }) {
            let keys = Set(out.filter { $0.verbal == nil && !$0.isHonorific && !$0.isHistorical && !$0.otherBody }.map(\.roleKey))
            out = out.compactMap { m in
                guard let stems = m.verbal else { return m }
                // "who chaired the previous inquiry": a past holder.
                if m.verbObject.contains(where: { words.skip.contains($0) || ["previous", "earlier", "last", "first"].contains($0) }) { return nil }
                // The key's other words must name what the verb governs: "chairs the finance
                // committee" holds "finance committee chair", not "planning committee chair".
                let hits = keys.filter { k in
                    let kw = k.split(separator: " ").map(String.init)
                    return kw.contains(where: stems.contains)
                        && kw.filter { !stems.contains($0) && !words.heads.contains($0) && $0 != "of" }.allSatisfy(m.verbObject.contains)
                }
                guard hits.count == 1, let key = hits.first else { return nil }
                var r = m
                r.roleKey = key
                r.sharedOverride = out.first { $0.roleKey == key && $0.verbal == nil }?.isSharedRole ?? false
                return r
            }
        }
        // Short forms: a key that ends exactly one longer key of the article ("mayor" in "town's
        // mayor", "team manager" in "club's team manager"), that longer key naming the article's
        // own body and no vice, deputy or assistant office, is that office.
        var resolvableKeys: Set<String> = []
        var allKeys: Set<String> = []
        for m in out where !m.isHonorific && !m.isHistorical && !m.otherBody {
            allKeys.insert(m.roleKey)
            let words0 = m.roleKey.split(separator: " ").map(String.init)
            if m.qualifierResolvable, m.place == nil || m.fromGrammar, !m.otherBody, !words0.contains(where: { PersonMentions.keyQualifiers.contains($0) }) { resolvableKeys.insert(m.roleKey) }
        }
        var resolved: [String: String] = [:]
        /// A key without its " of place" ("maire" for "maire of dorval").
        func base(_ key: String) -> Substring {
            guard let r = key.range(of: " of ") else { return Substring(key) }
            return key[..<r.lowerBound]
        }
        /// Whether `long` (a key without its place) is `key` with Romance adjectives after it
        /// ("secretário municipal" for "secretário") or a German compound ending in it
        /// ("landesverkehrsministerin" for "verkehrsministerin").
        func extends(_ long: Substring, _ key: String) -> Bool {
            if long.hasPrefix(key + " "), long.dropFirst(key.count + 1).split(separator: " ").allSatisfy({ words.postModifiers.contains(String($0)) }) { return true }
            return !key.contains(" ") && !long.contains(" ") && long.count > key.count && long.hasSuffix(key)
                && (words.compoundHead(key) != nil || words.compoundHeads.contains(key))
        }
        for key in allKeys where !key.contains(" of ") {
            // An incoming holder's office ("incoming mayor") is never a bare role's.
            let longer = allKeys.filter { $0 != key && $0.hasPrefix("incoming ") == key.hasPrefix("incoming ")
                && (base($0) == key || base($0).hasSuffix(" " + key) || extends(base($0), key)) }
            guard longer.count == 1, let l = longer.first, resolvableKeys.contains(l) else { continue }
            resolved[key] = l
        }
        guard !resolved.isEmpty else { return out }
        // A short form refers back: a bare role before the first mention of the longer office
        // resolves to it only when the office's qualifier is in the headline.
        var firstOfKey: [String: Int] = [:]
        var anaphoricKeys: Set<String> = []
        for m in out {
            if firstOfKey[m.roleKey] == nil { firstOfKey[m.roleKey] = m.range.start }
            if m.anaphoric { anaphoricKeys.insert(m.roleKey) }
        }
        func refersBack(_ m: RoleMention, to key: String) -> Bool {
            guard let headlineWords, let first = firstOfKey[key], first > m.range.start else { return true }
            // "the school's headteacher": the body the article is about, whatever the headline says.
            if anaphoricKeys.contains(key) { return true }
            let qualifier = key.split(separator: " ").dropLast(m.roleKey.split(separator: " ").count)
            return !qualifier.isEmpty && qualifier.allSatisfy { headlineWords.contains(String($0)) }
        }
        for i in out.indices where !out[i].isHonorific && !out[i].isHistorical && !out[i].otherBody {
            guard let key = resolved[out[i].roleKey], refersBack(out[i], to: key) else { continue }
            out[i].roleKey = key
            out[i].sharedOverride = false
        }
        return out
    }
}
