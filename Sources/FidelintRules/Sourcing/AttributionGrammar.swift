/// The attribution grammar (issue 14, capability 5): attributions to published sources read as a
/// small grammar over the tokens of the article's prose, the words being data
/// (`AttributionLexicon`, per language), so that a new wording of a known form is caught without
/// a new pattern. Forms:
///
/// 1. publication: `<noun> [was|were|, …] PARTICIPLE [time words, commas] PREPOSITION SOURCE` —
///    "the findings, published this week in Global Change Biology", "data posted by NHS England",
///    "datos publicados en el portal del INE", "riportato dalla Gazzetta dello Sport". A participle
///    with a second sense ("released", "issued") needs a noun of information as its subject.
/// 2. opener: `according to | según | selon | d'après | laut | segundo | secondo SOURCE`, the
///    source a publication's name, or `a report / data / einem Bericht … from / of / der SOURCE`.
/// 3. report verb: `SOURCE berichtete / reported / wrote`, `informó / rapporte / scrive SOURCE`.
///
/// A SOURCE is a domain ("Korea.net"), a site ("the SEC's EDGAR website", "el portal del INE",
/// "its website"), a medium noun with its name ("the journal Studies in Conservation"), or a name
/// (capitalized words with connectors: "Office for National Statistics"). After "by" any name
/// that is not a person's (titles such as "Dr", "the mayor") counts; after "in", "on" and the
/// openers the name must look like a publication's (an outlet or journal word, a registered name,
/// a title opening with an article such as "El País", a platform after "on").
///
/// Offsets are byte offsets into the view given; ranges are half-open. The scan is linear in the
/// view: one pass to tokenize, and a bounded look-around at each trigger word.
struct AttributionGrammar {
    enum Kind: UInt8 { case word, comma, stop, other }

    struct Token {
        var start: Int
        var end: Int
        var kind: Kind
        /// The first character is an upper-case letter.
        var cap: Bool
        /// The word ends in "'s" or "’s".
        var possessive: Bool
    }

    /// How a source is introduced: by an agent preposition ("by"), a container ("in"), a surface
    /// ("on"), an opener ("according to"), or an origin after a noun of information ("data from").
    enum Slot { case agent, container, surface, according }

    let bytes: [UInt8]
    var tokens: [Token] = []
    /// Registered outlet names and aliases (case-sensitive).
    let registered: Set<String>

    /// Finds the attributions of `bytes` (a view of the prose).
    /// - Returns: each attribution's phrase and source name, view byte ranges, in view order,
    ///   none overlapping another, and whether it credits a document of a named body (form 4,
    ///   `document(_:)`), whose link may be any link in its sentence.
    static func hits(_ bytes: [UInt8], registered: Set<String>) -> [(phrase: Range<Int>, source: Range<Int>, document: Bool)] {
        var g = AttributionGrammar(bytes: bytes, registered: registered)
        g.tokenize()
        return g.scan()
    }

    // MARK: Tokens

    /// Splits the view into words, commas, sentence stops and other punctuation. A word holds
    /// letters, digits, non-ASCII letters, and inner apostrophes, hyphens and dots ("Korea.net",
    /// "S.Paulo", "SEC's"); an elided article or preposition ("l'", "dell'", "d'") is a word of its own.
    mutating func tokenize() {
        let n = bytes.count
        var i = 0
        tokens.reserveCapacity(n / 5)
        bytes.withUnsafeBufferPointer { p in
            while i < n {
                let b = p[i]
                if let w = Self.wordByteWidth(p, i) {
                    let start = i
                    i += w
                    while i < n {
                        if let w2 = Self.wordByteWidth(p, i) { i += w2; continue }
                        // Inner ' ’ - . between word characters.
                        let inner: Int
                        if p[i] == 0x27 || p[i] == 0x2D || p[i] == 0x2E { inner = 1 }
                        else if p[i] == 0xE2, i + 2 < n, p[i + 1] == 0x80, p[i + 2] == 0x99 { inner = 3 }
                        else { break }
                        if i + inner < n, Self.wordByteWidth(p, i + inner) != nil { i += inner } else { break }
                    }
                    appendWord(p, start, i)
                    continue
                }
                switch b {
                case 0x2C: tokens.append(Token(start: i, end: i + 1, kind: .comma, cap: false, possessive: false))
                case 0x0A, 0x21, 0x3F, 0x3B, 0x3A:
                    tokens.append(Token(start: i, end: i + 1, kind: .stop, cap: false, possessive: false))
                case 0x2E:
                    // A full stop ends a sentence unless it closes an abbreviation ("Dr.", "U.S.").
                    let abbreviation = PersonMentions.isAbbreviation(bytes, endingAt: i)
                    if !abbreviation { tokens.append(Token(start: i, end: i + 1, kind: .stop, cap: false, possessive: false)) }
                case 0x20, 0x09, 0x0D: break
                default:
                    if b == 0xC2, i + 1 < n, p[i + 1] == 0xA0 { i += 2; continue }
                    if b == 0xE2, i + 2 < n, p[i + 1] == 0x80, (0x80...0x8A).contains(p[i + 2]) || p[i + 2] == 0xAF { i += 3; continue }
                    tokens.append(Token(start: i, end: i + 1, kind: .other, cap: false, possessive: false))
                    // Skip the rest of a multi-byte punctuation character.
                    if b >= 0xC0 { i += 1; while i < n, p[i] & 0xC0 == 0x80 { i += 1 }; continue }
                }
                i += 1
            }
        }
    }

    /// Elided articles and prepositions split off the word they lean on ("l'ANSA", "dell'Istat").
    static let elisions: Set<String> = ["l", "d", "dell", "dall", "nell", "sull", "all", "un", "qu", "coll"]

    mutating func appendWord(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        // An elision: up to five letters, then ' or ’, then the word.
        var k = start
        while k < end, k - start <= 5, p[k] != 0x27, p[k] != 0xE2 { k += 1 }
        if k < end, k > start, k - start <= 4 {
            let apostrophe = p[k] == 0x27 ? 1 : 3
            let head = String(decoding: UnsafeBufferPointer(rebasing: p[start..<k]), as: UTF8.self).lowercased()
            if Self.elisions.contains(head), k + apostrophe < end {
                tokens.append(Token(start: start, end: k + apostrophe, kind: .word, cap: false, possessive: false))
                appendWord(p, k + apostrophe, end)
                return
            }
        }
        var possessive = false
        if end - start >= 3, p[end - 1] == 0x73 || p[end - 1] == 0x53 {
            if p[end - 2] == 0x27 { possessive = true }
            else if end - start >= 5, p[end - 2] == 0x99, p[end - 3] == 0x80, p[end - 4] == 0xE2 { possessive = true }
        }
        tokens.append(Token(start: start, end: end, kind: .word, cap: Self.isUpper(p, start), possessive: possessive))
    }

    /// The width of the word character at `i` (an ASCII letter or digit, or a non-ASCII letter:
    /// any multi-byte character except general punctuation, the no-break space and the guillemets),
    /// or `nil`.
    @inline(__always)
    static func wordByteWidth(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let b = p[i]
        if b < 0x80 { return AttributionScan.isAlnum(b) ? 1 : nil }
        guard b >= 0xC0 else { return nil }
        let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        guard i + width <= p.count else { return nil }
        if b == 0xC2, p[i + 1] >= 0xA0 { return nil }
        if b == 0xE2 { return nil }   // U+2000–U+2FFF: punctuation, symbols, arrows
        if b == 0xE3, p[i + 1] == 0x80 { return nil }   // CJK punctuation
        if b == 0xEF, p[i + 1] == 0xBB || p[i + 1] == 0xBC || p[i + 1] == 0xBD { return nil }   // BOM, full-width forms
        return width
    }

    /// Whether the character at `i` is an upper-case letter.
    static func isUpper(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = p[i]
        if b < 0x80 { return b &- 0x41 < 26 }
        var it = String(decoding: UnsafeBufferPointer(rebasing: p[i..<min(p.count, i + 4)]), as: UTF8.self).unicodeScalars.makeIterator()
        return it.next()?.properties.isUppercase ?? false
    }

    func text(_ t: Token) -> String { String(decoding: bytes[t.start..<t.end], as: UTF8.self) }
    func lower(_ i: Int) -> String { text(tokens[i]).lowercased() }
    func isWord(_ i: Int) -> Bool { i < tokens.count && tokens[i].kind == .word }

    /// Hashes of the trigger words (participles, report verbs, one-word openers, "according",
    /// "après"), so that most words are passed over without building a string.
    static let triggerHashes: Set<UInt64> = {
        var out: Set<UInt64> = []
        var words = AttributionLexicon.participles.union(AttributionLexicon.reportVerbs)
        for o in AttributionLexicon.accordingOpeners where !o.contains(" ") { words.insert(o) }
        words.formUnion(["according", "après", "acordo", "acuerdo", "nach"])
        words.formUnion(AttributionLexicon.informationNouns)
        words.formUnion(AttributionLexicon.documentNouns)
        words.formUnion(AttributionLexicon.ownSiteNouns)
        words.formUnion(AttributionLexicon.appearVerbs)
        words.formUnion(AttributionLexicon.namedMediumNouns)
        for w in words { out.insert(hash(Array(w.utf8)[...])) }
        return out
    }()

    /// FNV-1a of the ASCII-lower-cased bytes.
    @inline(__always)
    static func hash(_ s: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in s { h = (h ^ UInt64(AttributionScan.lower(b))) &* 0x100000001b3 }
        return h
    }

    // MARK: Grammar

    /// Runs the three forms at every trigger word.
    func scan() -> [(phrase: Range<Int>, source: Range<Int>, document: Bool)] {
        var out: [(phrase: Range<Int>, source: Range<Int>, document: Bool)] = []
        var next = 0   // the first byte a new phrase may start at (no overlaps)
        var credited: Set<String> = []   // the sources of the hits so far, lower-cased
        var t = 0
        while t < tokens.count {
            defer { t += 1 }
            let tok = tokens[t]
            guard tok.kind == .word, tok.end - tok.start >= 3,
                  Self.triggerHashes.contains(Self.hash(bytes[tok.start..<tok.end])) else { continue }
            let w = lower(t)
            var hit: (phrase: Range<Int>, source: Range<Int>)? = nil
            var isDocument = false
            if w == "according" {
                if isWord(t + 1), lower(t + 1) == "to", let s = according(t + 2) { hit = (tok.start..<tokens[s.upperBound - 1].end, range(s)) }
            } else if w == "après" {
                if t > 0, ["d'", "d’"].contains(lower(t - 1)), let s = according(t + 1) {
                    hit = (tokens[t - 1].start..<tokens[s.upperBound - 1].end, range(s))
                }
            } else if w == "acordo" || w == "acuerdo" {
                // "de acordo com", "de acuerdo con".
                if t > 0, lower(t - 1) == "de", isWord(t + 1), ["com", "con"].contains(lower(t + 1)), let s = according(t + 2) {
                    hit = (tokens[t - 1].start..<tokens[s.upperBound - 1].end, range(s))
                }
            } else if w == "nach" {
                // "nach Angaben der …", "nach Informationen des …", "nach einem Bericht der …".
                // The source must be a publication or a site ("nach Angaben des Versorgers" cites the company).
                if isWord(t + 1), let s = according(t + 1), s.lowerBound > t + 1,
                   publicationName(s) || AttributionLexicon.siteNouns.contains(lower(s.upperBound - 1)) || isDomain(s.upperBound - 1) {
                    hit = (tok.start..<tokens[s.upperBound - 1].end, range(s))
                }
            } else if AttributionLexicon.accordingOpeners.contains(w) {
                if let s = according(t + 1) { hit = (tok.start..<tokens[s.upperBound - 1].end, range(s)) }
            }
            if hit == nil, AttributionLexicon.participles.contains(w), let s = publication(t, w) {
                var start = t
                // "as (first) reported by": the phrase opens at "as".
                while start > 0, isWord(start - 1), ["as", "first"].contains(lower(start - 1)) { start -= 1 }
                hit = (tokens[start].start..<tokens[s.upperBound - 1].end, range(s))
            }
            // "appears in the journal Functional Ecology", "the notice appears on the government's
            // recalls database": a verb of appearing tells where a text is published when that
            // place is a medium or a site ("appeared in court", "appears on stage" are not).
            // "The post … appeared first on Valley Star" is a feed's footer (`aggregator_disclaimer`).
            if hit == nil, AttributionLexicon.appearVerbs.contains(w),
               !((t + 1)...(t + 4)).contains(where: { isWord($0) && ["first", "primeiro", "primero", "premier", "zuerst", "prima"].contains(lower($0)) }),
               let s = publication(t, w), mediumLike(s) {
                hit = (tok.start..<tokens[s.upperBound - 1].end, range(s))
            }
            // Form 6: "on the review site Trustmark Reviews", "in the trade journal Grocer Weekly":
            // a medium or site noun and its name after "on" or "in", wherever the sentence puts it.
            if hit == nil, AttributionLexicon.namedMediumNouns.contains(w), !tok.cap, let h = namedMedium(t) { hit = h }
            if hit == nil, AttributionLexicon.reportVerbs.contains(w) { hit = reportVerb(t, w) }
            // Form 5: a body's own site after a possessive, with a verb of saying beside it.
            if hit == nil, AttributionLexicon.ownSiteNouns.contains(w), let h = ownSite(t) { hit = h }
            // "a study in Nature", "an article in the Eastbrook Gazette", "a post on the council's
            // Facebook page": a noun of information, then where it appeared.
            // A capitalized noun opens a title ("National Survey on Drug Use and Health") unless a
            // lower-case determiner stands before it (German: "ein Bericht in der Zeit").
            if hit == nil, AttributionLexicon.informationNouns.contains(w), isWord(t + 1),
               !tok.cap || t > 0 && isWord(t - 1) && !tokens[t - 1].cap && AttributionLexicon.determiners.contains(lower(t - 1)) {
                let x = lower(t + 1)
                let slot: Slot? = AttributionLexicon.containerPrepositions.contains(x) ? .container
                    : AttributionLexicon.surfacePrepositions.contains(x) && x != "at" ? .surface : nil
                if let slot, let s = source(t + 2, slot) { hit = (tok.start..<tokens[s.upperBound - 1].end, range(s)) }
            }
            // Form 4: a document of a named body ("a report by the Royal College … estimated",
            // "according to the harbour authority's annual report", "une enquête du ministère").
            // An outlet's or a journal's document keeps the publication's link test (its site is
            // its name); a body's may be hosted anywhere.
            // A definite one whose body was credited before refers back to that document.
            if hit == nil, AttributionLexicon.documentNouns.contains(w), let d = document(t),
               !(d.definite && credited.contains(String(decoding: bytes[range(d.source)], as: UTF8.self).lowercased())) {
                hit = (tokens[d.phrase.lowerBound].start..<tokens[d.phrase.upperBound - 1].end, range(d.source))
                isDocument = !publicationName(d.source)
            }
            if let h = hit, h.phrase.lowerBound >= next {
                out.append((h.phrase, h.source, isDocument))
                credited.insert(String(decoding: bytes[h.source], as: UTF8.self).lowercased())
                next = h.phrase.upperBound
            }
        }
        return out
    }

    func range(_ s: Range<Int>) -> Range<Int> { tokens[s.lowerBound].start..<tokens[s.upperBound - 1].end }

    /// Whether the source `s` (token range) is a medium or a site: a medium or site noun in it or
    /// in the three words before it ("the journal Functional Ecology", "the government's recalls
    /// database"), or a publication's name ("the Northgate Echo").
    func mediumLike(_ s: Range<Int>) -> Bool {
        for k in max(0, s.lowerBound - 3)..<s.upperBound where isWord(k) {
            var x = lower(k)
            if tokens[k].possessive { x = String(x.dropLast(2)) }
            if AttributionLexicon.isMedium(x) || AttributionLexicon.isSite(x) { return true }
        }
        return publicationName(s, journal: true)
    }

    /// Form 6 at medium or site noun `t`: "on / in" (a surface or container preposition), a
    /// determiner, up to two lower-case modifiers, the noun, then a publication's name that is no
    /// person's ("on the review site Trustmark Reviews", "in the journal Functional Ecology &
    /// Climate", "sur le site Actu Loire"). The phrase runs from the preposition; the source is the
    /// name. A site of the publication itself ("on this site") is none.
    func namedMedium(_ t: Int) -> (phrase: Range<Int>, source: Range<Int>)? {
        var j = t - 1, mods = 0
        while mods < 2, j >= 0, isModifier(j), !AttributionLexicon.determiners.contains(lower(j)) { j -= 1; mods += 1 }
        guard j >= 1, isWord(j), AttributionLexicon.determiners.contains(lower(j)), !tokens[j].cap,
              !AttributionLexicon.selfDeterminers.contains(lower(j)), !AttributionLexicon.possessiveDeterminers.contains(lower(j)) else { return nil }
        let prep = lower(j - 1)
        guard isWord(j - 1), prep != "at", AttributionLexicon.surfacePrepositions.contains(prep) || AttributionLexicon.containerPrepositions.contains(prep)
        else { return nil }
        guard let n = name(t + 1), !person(n) else { return nil }
        return (tokens[j - 1].start..<tokens[n.upperBound - 1].end, range(n))
    }

    /// Form 5 at site noun `t`: a body's own site named by a possessive after a surface or
    /// container preposition, with a verb of saying next to it (`AttributionLexicon.sayingVerbs`:
    /// up to three words before the preposition, or up to two words after the site phrase for a
    /// verb-final clause): "the Met Office said on its website", "wie der Deutsche Wetterdienst
    /// auf seiner Internetseite mitteilte", "anunció en su página web", "a indiqué sur son site
    /// internet". "Tickets are sold on its website" has no verb of saying: no attribution.
    /// - Returns: the phrase (preposition to site noun) and the source (the possessive name, or the
    ///   possessive and site noun), token ranges turned into byte ranges; or `nil`.
    func ownSite(_ t: Int) -> (phrase: Range<Int>, source: Range<Int>)? {
        var j = t - 1
        // "página web", "sitio web", "site web": the head noun before "web".
        if lower(t) == "web" {
            guard isWord(j), ["página", "pagina", "sitio", "site", "sito"].contains(lower(j)) || AttributionLexicon.possessiveDeterminers.contains(lower(j)) else { return nil }
            if !AttributionLexicon.possessiveDeterminers.contains(lower(j)) { j -= 1 }
        }
        // Up to two modifiers: "its official website", "seiner eigenen Internetseite".
        var mods = 0
        while mods < 2, j >= 0, isModifier(j), !AttributionLexicon.possessiveDeterminers.contains(lower(j)),
              !AttributionLexicon.containerPrepositions.contains(lower(j)) { j -= 1; mods += 1 }
        guard j >= 1, isWord(j) else { return nil }
        var sourceStart = j
        if tokens[j].possessive {
            // "the ministry's website", "the DWD's website": back over the owner's name.
            var k = j
            while k > 0, isWord(k - 1), tokens[k - 1].cap, k > j - 5 { k -= 1 }
            sourceStart = tokens[j].cap ? k : j
            j = sourceStart - 1
            if j >= 0, isWord(j), AttributionLexicon.determiners.contains(lower(j)) { j -= 1 }
        } else if AttributionLexicon.possessiveDeterminers.contains(lower(j)), !tokens[j].cap || j == 0 {
            j -= 1
            // "sul suo sito": Italian puts an article before the possessive, folded into "sul".
            if j >= 0, isWord(j), ["il", "la", "o", "a"].contains(lower(j)) { j -= 1 }
        } else {
            return nil
        }
        guard j >= 0, isWord(j) else { return nil }
        let prep = lower(j)
        guard AttributionLexicon.surfacePrepositions.contains(prep) && prep != "at" || AttributionLexicon.containerPrepositions.contains(prep) else { return nil }
        var end = t
        // "son site internet", "its website's news page".
        if isWord(t + 1), ["internet", "web"].contains(lower(t + 1)) { end = t + 1 }
        // The verb of saying: just before the preposition (over adverbs and time words), or just
        // after the site phrase (a verb-final clause).
        var said = false
        var k = j - 1, steps = 0
        while k >= 0, steps < 3, isWord(k) {
            if AttributionLexicon.sayingVerbs.contains(lower(k)) { said = true; break }
            k -= 1; steps += 1
        }
        if !said {
            k = end + 1; steps = 0
            while steps < 2, isWord(k) {
                if AttributionLexicon.sayingVerbs.contains(lower(k)) { said = true; break }
                k += 1; steps += 1
            }
        }
        guard said else { return nil }
        return (tokens[j].start..<tokens[end].end, tokens[sourceStart].start..<tokens[end].end)
    }

    /// Form 1 at participle `p`: the source (token range) after its preposition, or `nil`.
    func publication(_ p: Int, _ w: String) -> Range<Int>? {
        // "Posted by …", "Published in …" opening a line or sentence: a byline or a filing line,
        // not an attribution of a claim.
        if p == 0 || tokens[p - 1].kind == .stop { return nil }
        if AttributionLexicon.ambiguousParticiples.contains(w) {
            // The subject: the nearest word before, over auxiliaries, relative pronouns and commas.
            var j = p - 1, steps = 0
            while j >= 0, steps < 5, tokens[j].kind == .comma || tokens[j].kind == .word && AttributionLexicon.auxiliaries.contains(lower(j)) {
                j -= 1; steps += 1
            }
            guard j >= 0, tokens[j].kind == .word, AttributionLexicon.informationNouns.contains(lower(j)) else { return nil }
        }
        // "carried out by", "issued out of": a phrasal verb, no publication.
        if isWord(p + 1), lower(p + 1) == "out" { return nil }
        var j = p + 1, steps = 0
        while j < tokens.count, steps < 8 {
            let t = tokens[j]
            if t.kind == .comma { j += 1; continue }
            guard t.kind == .word else { return nil }
            let x = lower(j)
            let slot: Slot? = AttributionLexicon.agentPrepositions.contains(x) ? .agent
                : AttributionLexicon.containerPrepositions.contains(x) ? .container
                : AttributionLexicon.surfacePrepositions.contains(x) || x == "to" && AttributionLexicon.toParticiples.contains(w) ? .surface : nil
            if let slot {
                if let s = source(j + 1, slot) { return s }
            } else if AttributionLexicon.gapBreakers.contains(x) {
                return nil
            } else if t.cap, !AttributionLexicon.notNames.contains(x) {
                return nil
            }
            j += 1; steps += 1
        }
        return nil
    }

    /// Form 2 after an opener: a publication's name, or a noun of information and its publisher.
    func according(_ i0: Int) -> Range<Int>? {
        var i = i0, dets = 0
        while dets < 2, isWord(i), !tokens[i].cap, AttributionLexicon.determiners.contains(lower(i)) { i += 1; dets += 1 }
        // Up to three modifiers before a noun of information ("a new", "the latest monthly").
        var mods = 0
        while mods < 3, isModifier(i), !AttributionLexicon.informationNouns.contains(lower(i)) { i += 1; mods += 1 }
        // German nouns are capitalized: "laut einem Bericht der …".
        if isWord(i), AttributionLexicon.informationNouns.contains(lower(i)), !tokens[i].cap || i > i0 || i0 > 0 && lower(i0 - 1) == "nach" {
            // "a report by", "data from", "einem Bericht der", "datos del", "un rapport de".
            var j = i + 1, steps = 0
            while isWord(j), steps < 4 {
                let x = lower(j)
                if AttributionLexicon.originPrepositions.contains(x) {
                    let slot: Slot = AttributionLexicon.containerPrepositions.contains(x) ? .container
                        : AttributionLexicon.surfacePrepositions.contains(x) ? .surface : .agent
                    if AttributionLexicon.participles.contains(x) { j += 1; steps += 1; continue }
                    return source(j + 1, slot)
                }
                guard !tokens[j].cap, !AttributionLexicon.gapBreakers.contains(x) else { return nil }
                j += 1; steps += 1
            }
            return nil
        }
        return source(i0, .according)
    }

    /// Whether token `i` is a lower-case modifier that may stand before a noun: a word that is no
    /// preposition, breaker or medium noun ("new", "latest", "official", "monthly", "2024").
    func isModifier(_ i: Int) -> Bool {
        guard isWord(i), !tokens[i].cap, !tokens[i].possessive else { return false }
        let x = lower(i)
        return !AttributionLexicon.originPrepositions.contains(x) && !AttributionLexicon.gapBreakers.contains(x)
            && !AttributionLexicon.siteNouns.contains(x) && !AttributionLexicon.mediumNouns.contains(x)
            && !AttributionLexicon.agentPrepositions.contains(x) && !AttributionLexicon.surfacePrepositions.contains(x)
            && x.count <= 20
    }

    /// Form 3 at report verb `v`: "Süddeutsche Zeitung berichtete" (the name before) or "informó
    /// El País" (after, not in English); the name must look like a publication's.
    func reportVerb(_ v: Int, _ w: String) -> (phrase: Range<Int>, source: Range<Int>)? {
        // The name just before the verb, over up to three adverbs and time words ("wie die
        // Allgemeine Zeitung zuerst berichtete", "as the Herald first reported").
        var e = v
        while e > 0, e > v - 4, isWord(e - 1), isGapWord(e - 1) { e -= 1 }
        if e < v, let hit = reportVerbBefore(v, e) { return hit }
        var j = v - 1
        while j >= 0, isWord(j), j > v - 9 {
            if tokens[j].cap || AttributionLexicon.nameConnectors.contains(lower(j)) { j -= 1 } else { break }
        }
        var s = j + 1
        while s < v, !tokens[s].cap { s += 1 }   // a name opens with a capital
        s = skipOpener(s, v)
        if s < v, let n = name(s), n.upperBound == v, !person(n), publicationName(n) {
            var start = n.lowerBound
            if start > 0, isWord(start - 1), AttributionLexicon.determiners.contains(lower(start - 1)) { start -= 1 }
            return (tokens[start].start..<tokens[v].end, range(n))
        }
        guard !["reported", "wrote", "revealed"].contains(w) else { return nil }
        var i = v + 1
        while i < v + 4, isWord(i), isGapWord(i) { i += 1 }
        if isWord(i), !tokens[i].cap, AttributionLexicon.determiners.contains(lower(i)) { i += 1 }
        if let n = name(i), !person(n), publicationName(n) { return (tokens[v].start..<tokens[n.upperBound - 1].end, range(n)) }
        return nil
    }

    /// Whether token `i` may stand between a publication and its report verb: an adverb of
    /// `AttributionLexicon.reportAdverbs` (lower-case), a weekday or month, or a number.
    func isGapWord(_ i: Int) -> Bool {
        let x = lower(i)
        if tokens[i].cap { return AttributionLexicon.notNames.contains(x) && !["i", "it", "he", "she", "we", "they", "this", "that", "these", "those", "there", "here"].contains(x) }
        return AttributionLexicon.reportAdverbs.contains(x) || bytes[tokens[i].start] &- 0x30 < 10
    }

    /// The start of a name at `s` (ending before `e`) without a sentence's capitalized first word
    /// and the article after it ("Wie die Allgemeine Zeitung …", "As the Herald …").
    func skipOpener(_ s: Int, _ e: Int) -> Int {
        guard s + 2 < e, s == 0 || tokens[s - 1].kind == .stop, isWord(s + 1), !tokens[s + 1].cap,
              AttributionLexicon.determiners.contains(lower(s + 1)), tokens[s + 2].cap else { return s }
        return s + 2
    }

    /// `reportVerb`'s name-before form with the name ending at `e` (adverbs from `e` to the verb `v`).
    func reportVerbBefore(_ v: Int, _ e: Int) -> (phrase: Range<Int>, source: Range<Int>)? {
        var j = e - 1
        while j >= 0, isWord(j), j > e - 9 {
            if tokens[j].cap || AttributionLexicon.nameConnectors.contains(lower(j)) { j -= 1 } else { break }
        }
        var s = j + 1
        while s < e, !tokens[s].cap { s += 1 }
        s = skipOpener(s, e)
        guard s < e, let n = name(s), n.upperBound == e, !person(n), publicationName(n) else { return nil }
        var start = n.lowerBound
        if start > 0, isWord(start - 1), AttributionLexicon.determiners.contains(lower(start - 1)) { start -= 1 }
        return (tokens[start].start..<tokens[v].end, range(n))
    }

    /// The source at `i0` for `slot`, as a token range, or `nil`.
    func source(_ i0: Int, _ slot: Slot) -> Range<Int>? {
        var i = i0
        var dets = 0
        while dets < 2, isWord(i), !tokens[i].cap, AttributionLexicon.determiners.contains(lower(i)) { i += 1; dets += 1 }
        guard isWord(i) else { return nil }
        // A domain.
        if isDomain(i) { return i..<(i + 1) }
        // Lower-case modifiers, then a site or medium noun: "the official website", "a scientific journal X".
        var j = i, mods = 0
        while mods < 2, isModifier(j), !isDomain(j) { j += 1; mods += 1 }
        if isWord(j), AttributionLexicon.isMedium(lower(j)) || AttributionLexicon.isSite(lower(j)) {
            // "articles on this site", "on our website": the publication itself, no outside source.
            if (i0..<j).contains(where: { isWord($0) && AttributionLexicon.selfDeterminers.contains(lower($0)) }) { return nil }
            if let s = medium(i, j) { return s }
        }
        // After "according to" a body is a speaker ("according to whale rescue group Project Jonah"),
        // after a participle of publishing it is the publisher.
        if slot != .according, name(i) == nil, !tokens[i].cap, let d = descriptor(i, slot: slot, determined: i > i0) { return d }
        if let n = name(i) {
            if person(n) { return nil }
            // "the Nordic tech site Kolumni": a name used as an adjective, then a medium noun and its name.
            var k = n.upperBound, mods = 0
            while mods < 2, isModifier(k) { k += 1; mods += 1 }
            if isWord(k), !tokens[k].cap, AttributionLexicon.isMedium(lower(k)) || AttributionLexicon.isSite(lower(k)),
               let m = name(k + 1), !person(m) {
                return m
            }
            // "the arXiv preprint server", "the ONS data portal": a name, then the site it runs.
            if !tokens[n.upperBound - 1].possessive, slot != .according, let e = site(after: n.upperBound) { return i..<e }
            if tokens[n.upperBound - 1].possessive {
                // "the SEC's EDGAR website", "the Office of Rail and Road's data portal".
                return site(after: n.upperBound).map { i..<$0 }
            }
            switch slot {
            // A book's imprint ("Salt Ledger is published by Northlight Press, £10.99"): a
            // credit line, not the source of a claim.
            // A registered outlet ("the Associated Press", "the Canadian Press") stays a source.
            case .agent where AttributionLexicon.publisherHeads.contains(lower(n.upperBound - 1)) && !registeredName(n): return nil
            case .agent: return publicationName(n) || !personLike(n) ? n : nil
            case .according: return publicationName(n) ? n : nil
            case .container, .surface:
                // A platform ("posted on X") names where a post is, which is no claim's source.
                return publicationName(n, journal: true) ? n : nil
            }
        }
        // "the ministry's portal", "the council's website", "the health agency's data dashboard",
        // "the power network's outage map page": a body's site, the body named by lower-case words.
        var q = i, mods2 = 0
        while mods2 < 3, isWord(q), !tokens[q].cap, !tokens[q].possessive, isModifier(q) { q += 1; mods2 += 1 }
        if isWord(q), tokens[q].possessive, !tokens[q].cap { return site(after: q + 1).map { i..<$0 } }
        return nil
    }

    /// A source named by a lower-case descriptor at `i`: up to three modifiers ending on a body
    /// noun (`AttributionLexicon.bodyNouns`), then the body's name ("the research firm Voltmark
    /// Analytics", "la consultora Kantar"), which is then no person's; or, after an agent
    /// preposition and a determiner, the body phrase itself when its noun is a public body's
    /// ("published by the state election board").
    func descriptor(_ i: Int, slot: Slot, determined: Bool) -> Range<Int>? {
        var j = i, count = 0
        while count < 4, isWord(j), !tokens[j].cap, !tokens[j].possessive {
            let x = lower(j)
            if AttributionLexicon.bodyNouns.contains(x) {
                if let n = name(j + 1), !person(n) { return n }
                if slot == .agent, determined, AttributionLexicon.officialBodies.contains(x), count >= 1,
                   !(isWord(j + 1) && AttributionLexicon.bodyNouns.contains(lower(j + 1))) {
                    return i..<(j + 1)
                }
                return nil
            }
            guard isModifier(j) else { return nil }
            j += 1; count += 1
        }
        return nil
    }

    /// A source opened by medium or site noun `j` (after modifiers from `i`): the name after it
    /// ("the journal Studies in Conservation"), or the site itself ("the website of the ministry",
    /// "el portal del INE", "its website"); `nil` for a medium noun with no name.
    func medium(_ i: Int, _ j: Int) -> Range<Int>? {
        do {
            let noun = lower(j)
            // A second medium noun: "the news site Axios".
            var k = j + 1
            if isWord(k), !tokens[k].cap, AttributionLexicon.isMedium(lower(k)) || AttributionLexicon.isSite(lower(k)) { k += 1 }
            if let n = name(k), !person(n) { return n }
            if isDomain(k) { return k..<(k + 1) }
            if AttributionLexicon.siteNouns.contains(noun) || AttributionLexicon.siteNouns.contains(lower(k - 1)) {
                var end = k
                var named = false
                // "the website of the ministry", "el portal del INE", "le site du ministère".
                if isWord(k), !tokens[k].cap, ["of", "de", "del", "du", "des", "d'", "der", "des", "do", "da", "di", "dell'", "della", "dello"].contains(lower(k)) {
                    var m = k + 1
                    if isWord(m), !tokens[m].cap, AttributionLexicon.determiners.contains(lower(m)) { m += 1 }
                    if let n = name(m) { end = n.upperBound; named = true }
                    else if isWord(m), !tokens[m].cap, !AttributionLexicon.gapBreakers.contains(lower(m)) {
                        end = m + 1
                        named = true
                        if isWord(end), !tokens[end].cap, !AttributionLexicon.originPrepositions.contains(lower(end)),
                           !AttributionLexicon.gapBreakers.contains(lower(end)), isModifier(end) { end += 1 }
                    }
                }
                // A bare "page", "feed" or "channel" may be a printed page or a TV channel.
                guard named || AttributionLexicon.bareSiteNouns.contains(lower(k - 1)) else { return nil }
                return i..<end
            }
            return nil
        }
    }

    /// The end (exclusive token index) of a site noun within three words after `k` ("EDGAR
    /// website", "data portal"), or `nil`.
    func site(after k: Int) -> Int? {
        var j = k
        while j < k + 4, isWord(j) {
            if AttributionLexicon.siteNouns.contains(lower(j)) { return j + 1 }
            guard tokens[j].cap || isModifier(j) else { return nil }
            j += 1
        }
        return nil
    }

    /// Whether token `i` is a domain: labels of letters, digits and hyphens joined by dots, the
    /// last all letters (2–6).
    func isDomain(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        let s = text(tokens[i])
        guard let dot = s.lastIndex(of: "."), s.first != "." else { return false }
        let tld = s[s.index(after: dot)...]
        guard (2...6).contains(tld.count), tld.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        let head = s[..<dot]
        guard head.count >= 2, head.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }) else { return false }
        // "U.S." and "S.Paulo" are no domains: the label before the dot has two letters or more.
        return head.split(separator: ".").last.map { $0.count >= 2 } ?? false
    }

    /// The name (token range) that opens at `i`: capitalized words, with lower-case connectors
    /// and numbers between them ("Office for National Statistics", "Gazzetta dello Sport", "Il
    /// Sole 24 Ore"), ending after a possessive; `nil` when `i` opens none (a time word, a pronoun).
    func name(_ i: Int) -> Range<Int>? {
        guard isWord(i), tokens[i].cap || isDomain(i) || innerCapital(i), !AttributionLexicon.notNames.contains(lower(i)) else { return nil }
        var end = i + 1
        if !tokens[i].possessive {
            while end < tokens.count, end < i + 9, isWord(end) {
                if tokens[end].cap, !AttributionLexicon.notNames.contains(lower(end)) {
                    end += 1
                    if tokens[end - 1].possessive { break }
                    continue
                }
                // Connectors or a number, then a capitalized word.
                var k = end
                while k < end + 2, isWord(k), !tokens[k].cap,
                      AttributionLexicon.nameConnectors.contains(lower(k)) || bytes[tokens[k].start] &- 0x30 < 10 { k += 1 }
                guard k > end, isWord(k), tokens[k].cap, !AttributionLexicon.notNames.contains(lower(k)) else { break }
                end = k
            }
        }
        // A lone article is no name ("The" before a lower-case word).
        if end == i + 1, AttributionLexicon.titleArticles.contains(lower(i)) { return nil }
        return i..<end
    }

    /// Whether token `i` is a lower-case-initial brand with a capital inside ("arXiv", "medRxiv",
    /// "eBird"), which names a site as a capitalized word would.
    func innerCapital(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.end - t.start >= 3, bytes[t.start] &- 0x61 < 26 else { return false }
        var k = t.start + 1
        while k < t.end { if bytes[k] &- 0x41 < 26 { return true }; k += 1 }
        return false
    }

    /// Whether name `n` may be a person's full name: two or three capitalized words, none all
    /// capitals, with no connector, no outlet, organization or body word, no brand with an inner
    /// capital and no body's compound ("Maria Lopez", not "NHS England", "Statistics Canada",
    /// "Brightwater Analytics", "Nielsen BookScan" nor "Statistisches Bundesamt").
    func personLike(_ n: Range<Int>) -> Bool {
        guard (2...3).contains(n.count) else { return false }
        for k in n {
            let t = text(tokens[k])
            if !tokens[k].cap || t.count > 1 && t == t.uppercased() { return false }
            let x = t.lowercased()
            if AttributionLexicon.outletWords.contains(x) || AttributionLexicon.organizationWords.contains(x)
                || AttributionLexicon.bodyNouns.contains(x) || isBrand(t)
                || AttributionLexicon.bodySuffixes.contains(where: { x.count >= $0.count + 3 && x.hasSuffix($0) }) { return false }
        }
        return true
    }

    /// Whether name `n` is a person's: a title or role before it or as its first word.
    func person(_ n: Range<Int>) -> Bool {
        let first = lower(n.lowerBound)
        if AttributionLexicon.personTitles.contains(first) || AttributionLexicon.personTitles.contains(first + ".") { return true }
        if n.lowerBound > 0, isWord(n.lowerBound - 1), AttributionLexicon.personTitles.contains(lower(n.lowerBound - 1)) { return true }
        return false
    }

    /// Whether name `n`, without a leading "The", is a registered outlet's name or alias.
    func registeredName(_ n: Range<Int>) -> Bool {
        var bare = String(decoding: bytes[tokens[n.lowerBound].start..<tokens[n.upperBound - 1].end], as: UTF8.self)
        for a in ["The ", "the "] where bare.hasPrefix(a) { bare = String(bare.dropFirst(a.count)) }
        return registered.contains(bare)
    }

    /// Whether name `n` looks like a publication's: registered, an outlet or journal word in it, or
    /// a title that opens with an article ("El País", "Le Monde") and is no place.
    func publicationName(_ n: Range<Int>, journal: Bool = false) -> Bool {
        let full = String(decoding: bytes[tokens[n.lowerBound].start..<tokens[n.upperBound - 1].end], as: UTF8.self)
        var bare = full
        if tokens[n.upperBound - 1].possessive { bare = String(bare.dropLast(bare.hasSuffix("’s") ? 2 : 2)) }
        if registered.contains(bare) { return true }
        for a in ["The ", "the "] where bare.hasPrefix(a) { if registered.contains(String(bare.dropFirst(a.count))) { return true } }
        if n.count == 1, isDomain(n.lowerBound) { return true }
        for k in n {
            var x = lower(k)
            if tokens[k].possessive { x = String(x.dropLast(2)) }
            if AttributionLexicon.outletWords.contains(x) || AttributionLexicon.mediumNouns.contains(x) && tokens[k].cap { return true }
            if journal, AttributionLexicon.journalWords.contains(x) { return true }
            if tokens[k].cap, AttributionLexicon.compoundSuffixes.contains(where: { x.count >= $0.count + 3 && x.hasSuffix($0) }) { return true }
        }
        if n.count >= 2, AttributionLexicon.titleArticles.contains(lower(n.lowerBound)),
           !AttributionLexicon.articlePlaces.contains(full.lowercased()) { return true }
        return false
    }
}
