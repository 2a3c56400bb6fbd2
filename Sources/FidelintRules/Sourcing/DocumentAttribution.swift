import FidelintCore

/// Form 4 of the attribution grammar: a document tied to a named body. A claim credited to a
/// report, study, survey, estimate, figures or data that a named organisation published is a
/// published source, whatever verb or preposition ties them:
///
/// - author after the noun: `DOCUMENT [participle of doing or publishing] by|from|de|del|der|da|
///   dell'… BODY` — "a report from the National Coastal Monitoring Centre", "a survey carried out
///   by the Agricultural Drought Taskforce", "une enquête publiée par le ministère de la Culture",
///   "eine Studie der Universität Hamburg", "una stima dell'Agenzia per la mobilità";
/// - owner before the noun: `BODY's [modifiers] DOCUMENT` — "the harbour authority's annual
///   report", "Ofcom's latest survey"; or, in English, `a BODY DOCUMENT` — "a YouGov poll", "an
///   ONS analysis";
/// - author as the subject of a reporting verb: `BODY [had] warned|said|noted in its|a DOCUMENT` —
///   "The National Highways agency had warned in its consultation response".
///
/// A BODY is an organisation's name (several capitalized words that are no person's and no
/// place's, an acronym, a brand with an inner capital, a one-word name after an article, a name
/// with an organisation word), a lower-case public body with a modifier ("the regional health
/// board", "the space agency's independent science board"), a body noun with a name after it
/// ("le ministère de la Culture", "the research firm Voltmark Analytics"), or researchers at one.
///
/// The document is a source of the sentence's claim when an opener comes before it ("according to",
/// "según", "selon", "d'après", "laut", "segundo", "secondo", "de acordo com", "citing", "from",
/// "based on", "stando a", or "in" / "dans" / "en" / "nel"; German "zufolge" after it), or, without
/// one, when a finding verb follows the body ("found", "estimated", "shows", "montre", "zeigt",
/// "mostram", …; an appositive between commas may come first). Without an opener a definite noun
/// phrase whose body was credited before in the article ("the survey by X also found") refers back
/// to the document named there, whose first mention is the one checked, and a clause set off by a
/// comma ("An audit, carried out by the firm X, found …") describes the work the story is about:
/// neither is read. People ("a report by Jane
/// Doe", "a study led by Dr Ruiz"), unnamed bodies ("a report by the council"), statements and
/// letters (spoken or personal), and documents with no author ("a report last year found",
/// "studies show") are not attributions of this form.
///
/// Offsets are token indices; the ranges returned are token ranges, half-open.
extension AttributionGrammar {
    /// Form 4 at document noun `d`: the phrase and the body (token ranges), and whether the noun
    /// phrase is definite with neither opener nor owner ("The latest figures from X show", "the
    /// survey by X also found"): the caller drops it when the same body was credited before in the
    /// article (a reference back to a document named there); `nil` when there is no attribution.
    func document(_ d: Int) -> (phrase: Range<Int>, source: Range<Int>, definite: Bool)? {
        let noun = lower(d)
        // Lower-case modifiers before the noun ("a new annual", "market", "consultation"), and
        // dates ("a March 2019 study").
        var s = d, mods = 0
        while s > 0, mods < 4, isDocumentModifier(s - 1) || isWord(s - 1) && tokens[s - 1].cap && isGapWord(s - 1) { s -= 1; mods += 1 }
        // An owner before them: "the harbour authority's", "Ofcom's", "a YouGov".
        var owner: Range<Int>? = nil
        var start = s
        if openerStart(before: s) != nil {
            // "Segundo estimativa do …": the opener itself, not an owner nor a modifier.
        } else if s > 0, isWord(s - 1), tokens[s - 1].possessive {
            // Someone's document ("the mayor's report", "Smith's study") is no body's.
            guard let o = possessiveOwner(endingAt: s - 1) else { return nil }
            owner = o.body
            start = o.start
        } else if s > 0, isWord(s - 1), tokens[s - 1].cap || innerCapital(s - 1), !isDeterminer(s - 1) {
            if let o = adjectivalOwner(endingAt: s - 1) {
                owner = o.body
                start = o.start
            } else if sentenceInitial(s - 1) {
                start = s - 1   // "Industry figures published by …": the sentence's first word
            } else {
                return nil   // a title ("the Global Risks Report") or a name used otherwise
            }
        }
        // The determiner ("a", "the", "its", "une", "einer"); an owner brings its own.
        var det: String? = nil
        if owner == nil, start > 0, isDeterminer(start - 1) {
            det = lower(start - 1)
            start -= 1
        }
        // A capitalized noun is German, or opens the sentence; otherwise it is a title's word.
        if tokens[d].cap, !(sentenceInitial(d) || s < d || det != nil || owner != nil) { return nil }
        if let needed = AttributionLexicon.documentNeedsModifier[noun], owner == nil, !(s < d && needed.contains(lower(d - 1))) {
            return nil
        }
        let opener = openerStart(before: start)
        // The author after the noun.
        let agent = documentAgent(after: d)
        if let a = agent ?? owner {
            let end = max(a.upperBound, d + 1)
            if let o = opener { return (o.start..<end, a, false) }
            // German "Einer Studie des DIW zufolge": the opener after the source.
            if isWord(end), lower(end) == "zufolge" { return (start..<(end + 1), a, false) }
            // No opener: a finding verb after the source.
            guard findingVerb(after: end) else { return nil }
            let definite = owner == nil && det.map { AttributionLexicon.definiteArticles.contains($0) } ?? false
            return (start..<end, a, definite)
        }
        // "The agency had warned in its consultation response": the subject of the reporting verb.
        if let o = opener, o.container, det.map({ AttributionLexicon.possessivePronouns.contains($0) || ["a", "an"].contains($0) }) ?? false,
           let subject = subjectBefore(reportingVerbAt: o.start - 1) {
            return (subject.lowerBound..<(d + 1), subject, false)
        }
        return nil
    }

    /// Whether token `i` is a determiner of a noun phrase (lower-case, or capitalized at a
    /// sentence's start: "A report", "Eine Studie").
    func isDeterminer(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        let x = lower(i)
        guard AttributionLexicon.determiners.contains(x) || AttributionLexicon.possessivePronouns.contains(x) else { return false }
        return !tokens[i].cap || sentenceInitial(i)
    }

    /// Whether token `i` opens a sentence (the first token, or after a sentence stop).
    func sentenceInitial(_ i: Int) -> Bool { i == 0 || tokens[i - 1].kind == .stop }

    /// Whether token `i` may stand between a determiner and a document noun: a lower-case word that
    /// is no determiner, preposition, conjunction, auxiliary or opener.
    func isDocumentModifier(_ i: Int) -> Bool {
        guard isWord(i), !tokens[i].cap, isModifier(i) else { return false }
        let x = lower(i)
        return !AttributionLexicon.determiners.contains(x) && !AttributionLexicon.possessivePronouns.contains(x)
            && !AttributionLexicon.notDocumentModifiers.contains(x) && !AttributionLexicon.findingVerbs.contains(x)
            && !AttributionLexicon.documentContainers.contains(x) && !AttributionLexicon.auxiliaries.contains(x)
    }

    /// The opener that ends just before token `i`: its first token, and whether it is a container
    /// preposition ("in", "dans", …) rather than "according to" and its kin.
    func openerStart(before i: Int) -> (start: Int, container: Bool)? {
        let j = i - 1
        guard j >= 0, isWord(j) else { return nil }
        let x = lower(j)
        if x == "to", j > 0, isWord(j - 1), lower(j - 1) == "according" { return (j - 1, false) }
        if x == "après", j > 0, ["d'", "d’"].contains(lower(j - 1)) { return (j - 1, false) }
        if ["com", "con"].contains(x), j > 1, ["acordo", "acuerdo"].contains(lower(j - 1)), lower(j - 2) == "de" { return (j - 2, false) }
        if ["según", "segun", "selon", "laut", "segundo", "secondo", "conforme", "per", "citing", "cited", "quoting", "from"].contains(x) { return (j, false) }
        // "based on a survey by", "drawing on figures from", "stando a un rapporto di".
        if x == "on", j > 0, ["based", "drawing", "drawn", "relying", "relies", "draws"].contains(lower(j - 1)) { return (j - 1, false) }
        if x == "a", j > 0, lower(j - 1) == "stando" { return (j - 1, false) }
        if AttributionLexicon.documentContainers.contains(x) { return (j, true) }
        return nil
    }

    /// The body after document noun `d`: an optional topic ("of 2,000 adults"), a participle of
    /// doing or publishing the work with no comma before it ("carried out", "compiled", "publiée",
    /// with up to three time words after it), then an author preposition and the body.
    func documentAgent(after d: Int) -> Range<Int>? {
        var k = d + 1
        // "a survey of 2,000 adults by Ipsos": the topic, then the author.
        if isWord(k), ["of", "among", "into", "on"].contains(lower(k)) {
            var m = k + 1, steps = 0
            while steps < 6, m < tokens.count {
                if tokens[m].kind == .comma, m > 0, isDigitWord(m - 1), isDigitWord(m + 1) { m += 1; continue }
                guard isWord(m), !tokens[m].cap else { break }
                if AttributionLexicon.documentPrepositions.contains(lower(m)) || AttributionLexicon.performerParticiples.contains(lower(m)) { break }
                m += 1; steps += 1
            }
            if isWord(m), AttributionLexicon.documentPrepositions.contains(lower(m)) || AttributionLexicon.performerParticiples.contains(lower(m)) { k = m }
        }
        if isWord(k) {
            let x = lower(k)
            if AttributionLexicon.performerParticiples.contains(x) || AttributionLexicon.participles.contains(x) || x == "carried" {
                k += 1
                // "carried out by", "llevada a cabo por".
                if x == "carried" { guard isWord(k), lower(k) == "out" else { return nil }; k += 1 }
                if x == "llevado" || x == "llevada", isWord(k + 1), lower(k) == "a", lower(k + 1) == "cabo" { k += 2 }
                var steps = 0
                while steps < 3, isWord(k), !AttributionLexicon.documentPrepositions.contains(lower(k)), isGapWord(k) || isTimeWord(k) { k += 1; steps += 1 }
                // "conducted for the newspaper by", "réalisée pour le journal par": whom it was for.
                if isWord(k), ["for", "para", "pour", "für", "per"].contains(lower(k)) {
                    var m = k + 1
                    while m < k + 5, isWord(m), !AttributionLexicon.documentPrepositions.contains(lower(m)) { m += 1 }
                    if isWord(m), AttributionLexicon.documentPrepositions.contains(lower(m)), ["by", "par", "por", "von", "da", "dal", "dalla", "dall'", "pelo", "pela"].contains(lower(m)) { k = m }
                }
            }
        }
        // "i dati Istat", "un rapporto Censis": a strong one-word name right after the noun.
        if k == d + 1, isWord(k), tokens[k].cap || innerCapital(k), !tokens[k].possessive, strongSingleName(k),
           !(isWord(k + 1) && tokens[k + 1].cap) {
            return k..<(k + 1)
        }
        guard isWord(k), AttributionLexicon.documentPrepositions.contains(lower(k)) else { return nil }
        return organisation(k + 1, after: lower(k))
    }

    /// Whether token `i` is a word of digits ("2", "000" in "2,000").
    func isDigitWord(_ i: Int) -> Bool { isWord(i) && bytes[tokens[i].start] &- 0x30 < 10 }

    /// Whether token `i` is a time word after a participle ("last week", "this month", "on Monday",
    /// "in March", "mardi", "im Mai").
    func isTimeWord(_ i: Int) -> Bool {
        let x = lower(i)
        return ["last", "this", "next", "week", "month", "year", "on", "in", "earlier", "en", "im", "em", "el", "le", "il",
                "pasado", "pasada", "dernier", "dernière", "scorso", "scorsa", "passado", "passada", "vergangenen", "letzten"].contains(x)
            || AttributionLexicon.notNames.contains(x)
    }

    /// The body named at token `i0`, after preposition `prep`: a token range, or `nil`.
    func organisation(_ i0: Int, after prep: String, depth: Int = 0) -> Range<Int>? {
        var i = i0, dets = 0
        while dets < 2, isWord(i), !tokens[i].cap, AttributionLexicon.determiners.contains(lower(i)) { i += 1; dets += 1 }
        guard isWord(i) else { return nil }
        // "by the Treasury", "de l'Insee", "del Gobierno": a one-word name after an article is a
        // body's; not after English "from", which also takes places ("reports from the Gulf").
        let article = dets > 0 && prep != "from" || AttributionLexicon.romanceArticlePrepositions.contains(prep)
        if !tokens[i].cap && !innerCapital(i) {
            let x = lower(i)
            // "researchers at the University of Leeds", "chercheurs de l'Inserm".
            if depth == 0, AttributionLexicon.researcherNouns.contains(x), isWord(i + 1),
               ["at", "from", "of", "de", "du", "des", "d'", "der", "an", "von", "da", "do", "di", "dell'", "della", "del"].contains(lower(i + 1)) {
                return organisation(i + 2, after: lower(i + 1), depth: 1)
            }
            return lowerBody(i, determined: article)
        }
        guard let n = name(i), !person(n) else { return nil }
        if tokens[n.upperBound - 1].possessive {
            // "the Royal College's research unit", "NASA's Jet Propulsion Laboratory".
            guard bodyNameOK(n), let e = bodyAfter(n.upperBound) else { return nil }
            return i..<e
        }
        // "the National Highways agency": a name, then a lower-case body noun.
        if isWord(n.upperBound), !tokens[n.upperBound].cap, AttributionLexicon.bodyNouns.contains(lower(n.upperBound)), !placeLike(n) {
            return i..<(n.upperBound + 1)
        }
        return organisationName(n, article: article) ? n : nil
    }

    /// A lower-case body at `i`: up to three modifiers and a body noun, then a name ("the research
    /// firm Voltmark Analytics"), a connector and a name ("le ministère de la Culture"), or, with a
    /// modifier and a determiner, the public body itself ("the regional health board"); a
    /// possessive body noun then owns the body after it ("the space agency's independent science
    /// board").
    func lowerBody(_ i: Int, determined: Bool) -> Range<Int>? {
        var j = i, mods = 0
        while mods < 3, isWord(j), !tokens[j].cap, !tokens[j].possessive, !AttributionLexicon.bodyNouns.contains(lower(j)), isModifier(j) {
            j += 1; mods += 1
        }
        guard isWord(j), !tokens[j].cap, AttributionLexicon.bodyNouns.contains(bare(j)) else { return nil }
        if tokens[j].possessive {
            guard mods >= 1, let e = bodyAfter(j + 1) else { return nil }
            return i..<e
        }
        if let n = name(j + 1), !person(n), !placeLike(n) { return n }
        var c = j + 1, connectors = 0
        while connectors < 2, isWord(c), !tokens[c].cap, AttributionLexicon.nameConnectors.contains(lower(c)) { c += 1; connectors += 1 }
        if connectors > 0, let n = name(c), !person(n), !placeLike(n), !tokens[n.upperBound - 1].possessive { return i..<n.upperBound }
        if determined, mods >= 1, AttributionLexicon.officialBodies.contains(lower(j)) { return i..<(j + 1) }
        return nil
    }

    /// The end (exclusive) of a body owned by the possessive before `k`: up to three modifiers and
    /// a body noun ("independent science board"), or an organisation's name ("Jet Propulsion
    /// Laboratory").
    func bodyAfter(_ k: Int) -> Int? {
        var j = k, mods = 0
        while mods < 3, isWord(j), !tokens[j].cap, !AttributionLexicon.bodyNouns.contains(lower(j)), isModifier(j) { j += 1; mods += 1 }
        if isWord(j), !tokens[j].cap, !tokens[j].possessive, AttributionLexicon.bodyNouns.contains(lower(j)) { return j + 1 }
        if mods == 0, let n = name(j), !person(n), !tokens[n.upperBound - 1].possessive, n.count >= 2, !personLike(n) { return n.upperBound }
        return nil
    }

    /// The owner of a document whose possessive ends at token `p`: its first token (with its
    /// determiner) and the body, or `nil` for a person's or an unnamed body's document. A lower-case
    /// owner needs a modifier ("the harbour authority's"; not "the council's"); a name must be an
    /// organisation's ("Ofcom's", "the Royal College's"; not "Smith's").
    func possessiveOwner(endingAt p: Int) -> (start: Int, body: Range<Int>)? {
        if !tokens[p].cap && !innerCapital(p) {
            guard AttributionLexicon.bodyNouns.contains(bare(p)) else { return nil }
            var b = p, mods = 0
            while b > 0, mods < 3, isDocumentModifier(b - 1) { b -= 1; mods += 1 }
            // A name before the modifiers: "the Halden harbour authority's".
            if b > 0, isWord(b - 1), tokens[b - 1].cap, !sentenceInitial(b - 1) || !isDeterminer(b - 1) {
                var c = b - 1
                while c > 0, isWord(c - 1), tokens[c - 1].cap, !isDeterminer(c - 1) { c -= 1 }
                if let n = name(c), n.upperBound == b, !person(n) {
                    let start = c > 0 && isDeterminer(c - 1) ? c - 1 : c
                    return (start, c..<(p + 1))
                }
                return nil
            }
            guard mods >= 1, b > 0, isDeterminer(b - 1) else { return nil }
            return (b - 1, b..<(p + 1))
        }
        // A capitalized name ending in the possessive: walk back over its words and connectors.
        var b = p
        while b > 0, b > p - 8, isWord(b - 1), tokens[b - 1].cap && !isDeterminer(b - 1) || AttributionLexicon.nameConnectors.contains(lower(b - 1)) && !tokens[b - 1].cap {
            b -= 1
        }
        while b < p, !tokens[b].cap { b += 1 }
        guard let n = name(b), n.upperBound == p + 1, !person(n), bodyNameOK(n) else { return nil }
        let start = b > 0 && isDeterminer(b - 1) ? b - 1 : b
        return (start, n)
    }

    /// A body named as an adjective before a document ("a YouGov poll", "an ONS analysis", "a new
    /// ABC News poll", "Home Office figures"), ending at token `e`, with the first token of its noun
    /// phrase: only a publication's name, a strong one-word name (an acronym, a brand, a known
    /// body) or a name with a body word (`AttributionLexicon.adjectivalBodyWords`), after "a" or
    /// "an" and up to two modifiers, or with no determiner at a sentence's start or after an opener.
    func adjectivalOwner(endingAt e: Int) -> (start: Int, body: Range<Int>)? {
        guard !tokens[e].possessive else { return nil }
        var b = e
        while b > 0, b > e - 6, isWord(b - 1), tokens[b - 1].cap && !isDeterminer(b - 1) || innerCapital(b - 1) { b -= 1 }
        // Modifiers before the name: "a new ABC News poll".
        var m = b, mods = 0
        while m > 0, mods < 2, isDocumentModifier(m - 1) { m -= 1; mods += 1 }
        // English only ("a", "an"): in German every noun is capitalized ("in einem deutschen
        // Rechenzentrum gespeicherten Daten"), and the Romance languages name the body after the
        // noun. With no determiner ("ONS figures show", "according to Home Office data") the name
        // opens the sentence or follows an opener.
        let start: Int
        if m > 0, isWord(m - 1), ["a", "an"].contains(lower(m - 1)), !tokens[m - 1].cap || sentenceInitial(m - 1) {
            start = m - 1
        } else if m == b, sentenceInitial(b) || openerStart(before: b).map({ !$0.container }) ?? false {
            start = b
        } else {
            return nil
        }
        guard let n = name(b) ?? (innerCapital(b) ? b..<(b + 1) : nil), n.upperBound == e + 1, !person(n), !placeLike(n) else { return nil }
        // A capitalized phrase before a noun is often a description ("a new Fast Company report",
        // "Premier League figures"): a publication, a strong one-word name, or several words with a
        // word of a public or research body ("a Resolution Foundation report", "Home Office figures").
        let strong = publicationName(n) || n.count == 1 && strongSingleName(n.lowerBound)
            || n.count > 1 && n.contains(where: { AttributionLexicon.adjectivalBodyWords.contains(lower($0)) })
        return strong ? (start, n) : nil
    }

    /// Whether name `n` (ending in a possessive) is an organisation's, as an owner.
    func bodyNameOK(_ n: Range<Int>) -> Bool {
        guard !placeLike(n) else { return false }
        if publicationName(n) { return true }
        if n.count == 1 { return strongSingleName(n.lowerBound) }
        return !personLike(n)
    }

    /// Whether name `n` after a document preposition is an organisation's: a publication, several
    /// words that are no person's and no place's, or one word that is an acronym, a brand, a known
    /// body, a body's compound ("Umweltbundesamt"), or follows an article ("by the Treasury", "de
    /// l'Insee", "del Gobierno") and is no place.
    func organisationName(_ n: Range<Int>, article: Bool) -> Bool {
        if publicationName(n) { return true }
        guard !placeLike(n) else { return false }
        if n.count >= 2 { return !personLike(n) }
        if strongSingleName(n.lowerBound) { return true }
        let x = bare(n.lowerBound)
        return article && !AttributionLexicon.notNames.contains(x) && !AttributionLexicon.titleArticles.contains(x)
    }

    /// Whether the one-word name at `i` is a body's on its own: an acronym that names no place
    /// ("ONS", "RCEM"), a brand with an inner capital ("YouGov", "BookScan"), a known statistics
    /// office, pollster or research body, or a compound ending in a body word ("Bundesamt").
    func strongSingleName(_ i: Int) -> Bool {
        var t = text(tokens[i])
        if tokens[i].possessive { t = String(t.dropLast(2)) }
        if t.count >= 2, t.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "." }), t.contains(where: \.isLetter) {
            return !AttributionLexicon.notBodyAcronyms.contains(t)
        }
        if isBrand(t) { return true }
        let x = t.lowercased()
        if AttributionLexicon.knownBodies.contains(x) { return true }
        return AttributionLexicon.bodySuffixes.contains { x == $0 && x.count >= 4 || x.count >= $0.count + 3 && x.hasSuffix($0) }
    }

    /// Whether `word` is a brand written with an inner capital after three lower-case letters or
    /// more ("YouGov", "BookScan", "PayPal"), not a surname's prefix ("McDonald", "MacArthur", "DeSantis").
    func isBrand(_ word: String) -> Bool {
        let u = Array(word.utf8)
        guard u.count >= 5, u[0] &- 0x41 < 26 else { return false }
        var k = 1
        while k < u.count, u[k] &- 0x61 < 26 { k += 1 }
        guard k < u.count, u[k] &- 0x41 < 26 else { return false }
        if k >= 4 { return true }
        return k == 3 && !["Mac", "Van", "Von", "Del", "Des", "Dal", "Der", "Den", "Las", "Los", "San", "Dos", "Das", "Ter"].contains(String(decoding: u[0..<3], as: UTF8.self))
    }

    /// Whether name `n` is a place: every word a country, region or state (`NameIndex.places`), a
    /// word that qualifies one ("North", "New"), a connector, or a place that opens with an article.
    func placeLike(_ n: Range<Int>) -> Bool {
        let full = String(decoding: bytes[tokens[n.lowerBound].start..<tokens[n.upperBound - 1].end], as: UTF8.self)
        if AttributionLexicon.articlePlaces.contains(full.lowercased()) { return true }
        var place = false
        for k in n {
            var t = text(tokens[k])
            if tokens[k].possessive { t = String(t.dropLast(2)) }
            if NameIndex.places.contains(t) { place = true; continue }
            let x = t.lowercased()
            if AttributionLexicon.placeWords.contains(x) || AttributionLexicon.nameConnectors.contains(x) { continue }
            return false
        }
        return place
    }

    /// The lower-case word at `i` without a possessive ending ("authority's" → "authority").
    func bare(_ i: Int) -> String {
        let x = lower(i)
        guard tokens[i].possessive else { return x }
        return String(x.dropLast(x.hasSuffix("’s") ? 2 : 2))
    }

    /// Whether a finding verb follows token `k` in its sentence: within ten words, over an
    /// appositive between two commas ("…, a London-based think tank, concluded"), auxiliaries and
    /// time words; not after a conjunction or relative pronoun that opens another clause, nor
    /// inside an unclosed comma clause ("A report by X, the minister said, was wrong").
    func findingVerb(after k0: Int) -> Bool {
        var k = k0, words = 0, commas = 0
        while k < tokens.count, words < 10 {
            switch tokens[k].kind {
            case .stop: return false
            case .comma:
                commas += 1
                if commas > 2 { return false }
                k += 1
                continue
            case .other:
                k += 1
                continue
            case .word: break
            }
            let x = lower(k)
            if AttributionLexicon.findingVerbs.contains(x) { return commas != 1 }
            if commas != 1, AttributionLexicon.clauseBreakers.contains(x) { return false }
            k += 1
            words += 1
        }
        return false
    }

    /// The body that is the subject of the reporting verb at token `v` ("The National Highways
    /// agency had warned", "the regional water authority said"), over auxiliaries and adverbs
    /// before the verb: a token range, or `nil`.
    func subjectBefore(reportingVerbAt v: Int) -> Range<Int>? {
        guard v >= 0, isWord(v), AttributionLexicon.reportingVerbs.contains(lower(v)) else { return nil }
        var e = v
        while e > 0, e > v - 4, isWord(e - 1), !tokens[e - 1].cap,
              AttributionLexicon.auxiliaries.contains(lower(e - 1)) || AttributionLexicon.reportAdverbs.contains(lower(e - 1)) {
            e -= 1
        }
        var nameEnd = e
        let bodyNoun = nameEnd > 0 && isWord(nameEnd - 1) && !tokens[nameEnd - 1].cap && AttributionLexicon.bodyNouns.contains(lower(nameEnd - 1))
        if bodyNoun { nameEnd -= 1 }
        var b = nameEnd
        while b > 0, b > nameEnd - 8, isWord(b - 1), tokens[b - 1].cap || AttributionLexicon.nameConnectors.contains(lower(b - 1)) && !tokens[b - 1].cap {
            b -= 1
        }
        while b < nameEnd, !tokens[b].cap { b += 1 }
        // "The National Highways agency": the sentence's "The" is no part of the name.
        if b + 1 < nameEnd, sentenceInitial(b), isDeterminer(b) { b += 1 }
        if b < nameEnd, let n = name(b), n.upperBound == nameEnd, !person(n), !placeLike(n) {
            if bodyNoun { return b..<e }
            if organisationName(n, article: b > 0 && isDeterminer(b - 1)) { return n }
            return nil
        }
        // A lower-case public body with a modifier: "the regional water authority said in its report".
        guard bodyNoun, nameEnd == b else { return nil }
        var m = nameEnd, mods = 0
        while m > 0, mods < 3, isDocumentModifier(m - 1) { m -= 1; mods += 1 }
        guard mods >= 1, m > 0, isDeterminer(m - 1), AttributionLexicon.officialBodies.contains(lower(nameEnd)) else { return nil }
        return m..<e
    }
}
