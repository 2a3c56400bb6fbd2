import FidelintCore
import FidelintRegex
import Foundation

/// A person named with a role: "President Yoon Suk-yeol", "Transport Minister Ana Petrov".
public struct RoleMention: Sendable, Hashable {
    /// Role plus any qualifier that separates holders ("president", "vice president",
    /// "chinese president", "transport minister"), lowercased.
    public var roleKey: String
    /// The role as written ("President").
    public var role: String
    /// Name tokens as written, possessive removed (["Yoon", "Suk-yeol"]).
    public var name: [String]
    /// Role and name in the source.
    public var range: SourceRange
    /// Index of the sentence that holds the mention (for "named side by side" checks).
    public var sentence: Int
    public var inHeadline: Bool
    /// A courtesy title ("Mr.", "Dr.") rather than an office: it names a person but gives no role
    /// that two people could contend for.
    public var isHonorific: Bool = false
    /// Named in a past context: after "when", "under", "during", "by" and the like ("signed by
    /// President Barack Obama") or with a possessive before "administration", "presidency",
    /// "term" and the like ("President Obama's health law" is not; "President Obama's
    /// administration" is). `roleKey` then starts with "historical ", another office for the
    /// name rules.
    public var isHistorical: Bool = false
    /// A role many people hold at once ("Senator", "Judge", "Ambassador", a bare "Minister"; see
    /// `PersonMentions.sharedRoles`): two of them in one article are no conflict.
    /// A portfolio or body makes minister, secretary and commissioner one office ("Health
    /// Minister", "Transport Secretary"); senators, judges and the like stay many even qualified
    /// ("District Judge").
    public var isSharedRole: Bool {
        if let sharedOverride { return sharedOverride }
        let r = role.lowercased()
        guard PersonMentions.sharedRoles.contains(r) else { return false }
        if PersonMentions.officeWhenQualified.contains(r), roleKey != r, !roleKey.hasPrefix("historical") { return false }
        return true
    }
    /// Set by the role grammar (`RoleGrammar`): whether this role is one many hold at once ("Coach
    /// Ruiz" unqualified), overriding the title list; `nil` for the title list's answer.
    public var sharedOverride: Bool? = nil
    /// Whether the qualifier of `roleKey` names a domain or the article's own body ("Police
    /// Commissioner", "the club's team manager", "Port Commission chair"), not a jurisdiction
    /// ("Norvessa's prime minister", "Chinese President"): a bare use of the head then means this office.
    public var qualifierResolvable: Bool = false
    /// Found by `RoleGrammar` rather than `PersonMentions.pattern`.
    public var fromGrammar: Bool = false
    /// A grammar mention of a capitalized title that the title pattern reads itself.
    var patternCovered: Bool = false
    /// A role owned through a pronoun ("Their manager, Paula Gresham"): another body's office.
    var otherBody: Bool = false
    /// The qualifier is a lowercase definite body ("the school's headteacher", "the club's team
    /// manager"): it points back to the body the article is about, so a bare use of the role
    /// named before it ("Headteacher Anjali Rao") is the same office.
    var anaphoric: Bool = false
    /// The qualifier is a body's proper name ("Corvex CEO", "Valley Rail's managing director"):
    /// the body a definite "the company's" may point back to.
    var properQualifier: Bool = false
    /// A role told by a verb ("Lady Justice Imogen Farraday, who presided over the panel"): the
    /// words of the role it names ("presiding", "president", …). `RoleGrammar.merge` gives the
    /// mention the article's one role key holding one of them, or drops it.
    var verbal: Set<String>? = nil
    /// The words after such a verb, lowercased ("three-judge", "panel" for "presided over the
    /// three-judge panel"): a role key qualified by other words ("planning committee chair" for
    /// "chairs the finance committee") is another office.
    var verbObject: Set<String> = []
    /// The place or body written after the name ("South Korea" in "President Yoon Suk-yeol of
    /// South Korea"), or `nil`; when present it ends `roleKey` ("president of south korea").
    public var place: String? = nil
    /// Names the role's incoming holder ("the new mayor", "il neosindaco", "Marco Benassi è il
    /// nuovo sindaco", "alcalde electo"): `roleKey` then starts with "incoming ", an office of its
    /// own that two people cannot share (`RoleGrammar`).
    public var incoming: Bool = false
    /// The role phrase of the grammar, lowercase, without qualifier or place ("head coach" for
    /// "Rovers head coach"); `nil` for the title pattern's mentions (whose `role` is the phrase).
    var phraseKey: String? = nil

    /// `roleKey` without the place ("president").
    public var officeKey: String {
        guard let place else { return roleKey }
        return String(roleKey.dropLast(" of ".count + place.lowercased().count))
    }

    /// Role and name as an editor reads them ("President Lee"; "Imogen Farraday, who presided"
    /// for a role told by a verb).
    public var display: String { verbal != nil ? name.joined(separator: " ") + ", " + role : role + " " + name.joined(separator: " ") }
    /// The name as written ("Yoon Suk-yeol").
    public var fullName: String { name.joined(separator: " ") }
}

/// Extracts role + name mentions from the article's prose (quotations masked).
///
/// A name is one to four capitalized tokens after the role (initials, hyphens and particles such
/// as van, de, bin, al- allowed), cut at a title-case headline verb ("Emphasizes", "Pledges",
/// "Says"), a capitalized function word, a month or a day. Mentions after "former", "ex-",
/// "then-", "late", "acting", "interim", "incoming", "outgoing", "impeached" or "ousted" (also
/// behind a comma: "his predecessor, President …") are past or temporary holders and are skipped;
/// "Vice", "Deputy", a capitalized word before the role (a nationality such as "Chinese", also at a
/// sentence start, but not a sentence opener such as "Later"), "of" with a capitalized place
/// after the name ("Mayor Tomas Brill of Estrel") and a country or state opening the sentence ("In
/// Georgia, Governor Brian Kemp") become part of the role key, so they name a different office; so
/// does a past context ("when President Obama signed", "under President Obama", "signed by
/// President Obama", "President Obama's administration": `RoleMention.isHistorical`).
public enum PersonMentions {
    /// The match is the role alone; the name is captured in a lookahead, so the next search starts
    /// right after the role and a mention inside a long capitalized run is still found. Name tokens
    /// are separated by horizontal white space only (never a line break), and only an initial
    /// ("J.") or "Jr."/"Sr."/"St." may carry a full stop (any other stop ends the sentence).
    static let pattern = #"""
    \b(?<role>Prime\h+Minister|President|Premier|Chancellor|Mayor|Governor|\
    (?:[A-Z][a-z]+\h+)?Minister|(?:[A-Z][a-z]+\h+)?Secretary(?:\h+of\h+State)?|CEO|Chief\h+Executive|Chairman|\
    Chairwoman|Chair|King|Queen|Senator|Speaker|Emperor|Ambassador|Commissioner|Judge|\
    (?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov)\.|Mr|Mrs|Ms|Dr)\
    (?=\h+(?<name>(?&token)(?:\h+(?:(?:van|von|de|der|den|da|di|du|del|bin|ibn|al|el|le|la)[\h-]+){0,2}(?&token)){0,3}))\
    (?(DEFINE)(?<token>[A-Z]\.|(?:Jr|Sr|St)\.|[A-Z][\p{L}’'-]*))
    """#.replacingOccurrences(of: "\\\n", with: "")

    static let regex: PCRE2Regex = {
        do { return try PCRE2Regex(pattern, options: .init(caseless: false)) } catch { fatalError("\(error)") }
    }()

    static let skipQualifiers: Set<String> = [
        "former", "ex", "then", "late", "acting", "interim", "incoming", "outgoing", "previous", "past",
        "predecessor", "future", "next", "first", "impeached", "ousted", "deposed", "toppled", "disgraced",
        "jailed", "imprisoned", "exiled", "assassinated", "slain", "deceased", "retired", "erstwhile",
        "onetime", "one-time", "founding",
    ]
    /// Courtesy titles: they introduce a person but are not an office.
    static let honorifics: Set<String> = ["Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Mr", "Mrs", "Ms", "Dr"]
    static let keyQualifiers: Set<String> = ["vice", "deputy", "assistant", "associate", "co"]
    /// Months that are also names ("Theresa May", "June Carter"): a name word in body text unless a
    /// day number follows; a stop word in headlines, where "May" may be the verb.
    static let monthNames: Set<String> = ["April", "May", "June", "August"]
    /// Words before a role that place the mention in the past: "when President Obama signed",
    /// "under President Obama", "signed by President Obama".
    /// ("by" is not one: "plans were set out on Monday by Chair Priya Underhill" is today's news.)
    static let pastContextWords: Set<String> = ["when", "under", "during", "while", "since", "until"]
    /// Nouns after a holder's possessive that speak of a tenure: "President Obama's administration".
    static let tenureNouns: Set<String> = ["administration", "presidency", "term", "tenure", "era", "government", "cabinet", "reign", "premiership", "chancellorship", "years"]
    /// Roles held by many people at once: a legislature's members, a court's judges, a country's
    /// ambassadors, a commission's commissioners, a cabinet's ministers and secretaries named
    /// without their portfolio.
    static let sharedRoles: Set<String> = ["senator", "sen.", "rep.", "judge", "ambassador", "commissioner", "minister", "secretary"]
    /// Shared roles that a qualifier turns into one office ("Health Minister", "Transport Secretary").
    static let officeWhenQualified: Set<String> = ["commissioner", "minister", "secretary"]

    /// Capitalized words that end a name: headline verbs and nouns, function words, months, days.
    static let stopTokens: Set<String> = [
        "says", "say", "said", "emphasizes", "emphasises", "highlights", "pledges", "opens", "meets", "warns",
        "unveils", "calls", "urges", "vows", "visits", "announces", "signs", "backs", "rejects", "defends",
        "denies", "approves", "launches", "seeks", "wins", "loses", "slams", "praises", "welcomes", "hails",
        "names", "appoints", "resigns", "quits", "faces", "plans", "promises", "stresses", "underscores",
        "outlines", "discusses", "talks", "holds", "heads", "leads", "takes", "makes", "gets", "gives", "sets",
        "joins", "tells", "asks", "expects", "sees", "eyes", "targets", "touts", "orders", "admits",
        "confirms", "condemns", "criticizes", "criticises", "supports", "proposes", "rules", "vetoes",
        "declares", "reaffirms", "reiterates", "insists", "agrees", "arrives", "returns", "departs",
        "travels", "addresses", "attends", "hosts", "receives", "sends", "shares", "speaks", "answers",
        "responds", "reveals", "commits", "seals", "strikes", "pushes", "eases", "signals", "bids", "marks",
        "open", "opened", "meet", "met", "say", "warn", "warned", "pledge", "pledged", "vow", "vowed", "urge",
        "urged", "back", "backed", "reject", "rejected", "sign", "signed", "approve", "approved", "visit",
        "visited", "announce", "announced", "launch", "launched", "call", "called", "hail", "hailed", "win",
        "won", "face", "faced", "seek", "sought", "unveil", "unveiled", "defend", "defended", "deny", "denied",
        "administration", "government", "cabinet", "office", "era", "visit", "trip", "speech", "summit",
        "and", "of", "in", "on", "at", "for", "to", "with", "the", "from", "as", "by", "after", "before",
        "amid", "over", "into", "about", "against", "during", "is", "was", "has", "had", "will", "would",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.",
    ]

    /// All role mentions of the article, in document order.
    /// - Parameters:
    ///   - view: the prose with quotations and code masked.
    ///   - sentences: `sentenceStarts(view.utf8)` when already computed.
    ///   - windowed: search only the lines that hold a role keyword (`NameScan.roleWindows`; the
    ///     same matches); `false` searches the whole view.
    ///   - windows: `NameScan.roleWindows(view.utf8)` when already computed (read when `windowed`).
    ///   - matcher: the thread's PCRE2 matcher when at hand.
    public static func roleMentions(in article: Article, view: TextView, sentences: [Int]? = nil, windowed: Bool = true,
                                    windows: [Range<Int>]? = nil, matcher: PCRE2Matcher? = nil) throws(RegexError) -> [RoleMention] {
        let matcher = matcher ?? PCRE2Matcher.forCurrentThread()
        var matches: [PCRE2Matcher.Match] = []
        if windowed {
            for w in windows ?? NameScan.roleWindows(view.utf8) {
                matches += try matcher.matches(regex, in: view.utf8, from: w.lowerBound, to: w.upperBound)
            }
        } else {
            matches = try matcher.matches(regex, in: view.utf8)
        }
        guard !matches.isEmpty else { return [] }
        let sentences = sentences ?? sentenceStarts(view.utf8)
        let headlines = headlineRanges(article)
        var out: [RoleMention] = []
        var body: BodyWords? = nil   // read only for a headline mention
        for m in matches {
            guard let roleRange = m.groups[0], let nameRange = m.groups[1] else { continue }
            var role = view.text(roleRange)
            var key = asciiKey(view.utf8, roleRange) ?? role.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            // What stands before the role.
            let before = precedingWord(view.utf8, before: roleRange.lowerBound)
            // "His predecessor, President Yoon": a comma after the qualifier does not hide it.
            let beforeLower = trimmingQualifierPunctuation(before.lowercased())
            if skipQualifiers.contains(beforeLower) { continue }
            if keyQualifiers.contains(beforeLower) {
                key = beforeLower + " " + key
                role = before + " " + role
            } else if qualifierShape(before),   // "Lee." ends a sentence; "SALTASH" is a dateline
                      !["The", "A", "An", "And", "But", "Then", "When", "As", "Former"].contains(before),
                      // A sentence opener ("Later President Lee") or a headline verb ("Welcomes") is
                      // no qualifier; a nationality opening the sentence ("Chinese President Xi") is.
                      !NameIndex.sentenceOpeners.contains(before), !stopTokens.contains(beforeLower) {
                key = before.lowercased() + " " + key
            }
            var historical = pastContextWords.contains(beforeLower)
            // "signed by President Obama": an act done by a holder is history; "set out by Chair
            // Underhill" on Monday is not.
            if beforeLower == "by" {
                let byStart = roleRange.lowerBound - before.utf8.count - 1
                let verb = precedingWord(view.utf8, before: max(0, byStart)).lowercased()
                historical = ["signed", "appointed", "nominated", "enacted", "introduced", "vetoed", "founded", "established",
                              "brokered", "negotiated", "pardoned", "ordered", "approved", "launched", "created"].contains(verb)
            }
            let inHeadline = headlines.contains { $0.contains(roleRange.lowerBound) }
            // Name tokens, cut at a stop token.
            var tokens: [String] = []
            var end = nameRange.lowerBound
            var cursor = nameRange.lowerBound
            var closed = false
            for token in nameTokens(view.utf8, nameRange) {
                let t = String(token)
                let start = indexOf(t, in: view.utf8, from: cursor, to: nameRange.upperBound) ?? cursor
                cursor = start + t.utf8.count
                var clean = t
                // Each suffix below ends in "s", "'", "’" (E2 80 99) or "."; a token whose last byte
                // is none of those has none of them.
                if let last = t.utf8.last, last == 0x73 || last == 0x27 || last == 0x99 || last == 0x2E {
                    for suffix in ["’s", "'s", "’", "'"] where clean.hasSuffix(suffix) { clean = String(clean.dropLast(suffix.count)) }
                    // A full stop after a word of two or more letters ends the sentence, not an initial.
                    let endsSentence = clean.hasSuffix(".") && clean.dropLast().count >= 2
                        && !["jr.", "sr.", "st."].contains(clean.lowercased())
                    if endsSentence { clean = String(clean.dropLast()) }
                }
                // "Prime Minister Theresa May said": a month that is also a name, in body text and
                // not before a day number ("May 5"), is part of the name.
                let monthName = monthNames.contains(clean) && !inHeadline && !followedByNumber(view.utf8, at: cursor)
                if isStopToken(clean), !monthName { break }
                // "CEO Brandt Shifts Focus": in a title-case headline, a word in "-s" after the
                // name and before another capitalized word, which the body never writes, is the
                // headline's verb.
                if inHeadline, !tokens.isEmpty, t == clean, clean.count >= 4, clean.hasSuffix("s"), !clean.hasSuffix("ss"),
                   cursor + 1 < view.utf8.count, view.utf8[cursor] == 0x20, NameScan.isUpper(view.utf8[cursor + 1]) {
                    if body == nil { body = BodyWords(article) }
                    if !body!.contains(clean) { break }
                }
                tokens.append(clean)
                end = start + clean.utf8.count
                if t != clean {   // a possessive or a sentence end closes the name
                    closed = true
                    if clean + "." != t, tenureNouns.contains(nextWord(view.utf8, after: cursor).lowercased()) { historical = true }
                    break
                }
            }
            guard !tokens.isEmpty, tokens.contains(where: isNameWord) else { continue }
            let range = view.sourceRange(roleRange.lowerBound..<end)
            let sentence = sentenceIndex(sentences, roleRange.lowerBound)
            let place = (closed ? nil : place(after: end, in: view.utf8))
                ?? sentencePlace(view.utf8, from: sentences[sentence], to: roleRange.lowerBound)
            if let place { key += " of " + place.lowercased() }
            if historical { key = "historical " + key }
            out.append(RoleMention(roleKey: key, role: role, name: tokens, range: range,
                                   sentence: sentence,
                                   inHeadline: inHeadline,
                                   isHonorific: honorifics.contains(role), isHistorical: historical, place: place))
        }
        return out
    }

    /// View ranges that are headlines: the headline block, and the first heading before any
    /// paragraph when the headline came from metadata (a Markdown front matter `title` above a
    /// `# Heading`, an HTML `<title>` above an `<h1>`).
    public static func headlineRanges(_ article: Article) -> [Range<Int>] {
        var out: [Range<Int>] = []
        if let h = article.headlineBlock { out.append(h.viewRange) }
        for (i, b) in article.blocks.enumerated() where i != article.headline {
            if b.kind == .heading { out.append(b.viewRange) }
            break
        }
        return out
    }

    /// Groups mentions of one role into people: two mentions are the same person when their names
    /// share a token of two or more letters ("Lee" and "Lee Jae-myung").
    public static func people(_ mentions: [RoleMention]) -> [[RoleMention]] {
        var groups: [[RoleMention]] = []
        for m in mentions {
            let tokens = Set(m.name.filter { $0.count >= 2 && !$0.hasSuffix(".") }.map { $0.lowercased() })
            let hits = groups.indices.filter { g in
                groups[g].contains { !Set($0.name.map { $0.lowercased() }).isDisjoint(with: tokens) }
            }
            if let first = hits.first {
                groups[first].append(m)
                for g in hits.dropFirst().reversed() { groups[first] += groups.remove(at: g) }
            } else {
                groups.append([m])
            }
        }
        return groups
    }

    // MARK: - Text helpers

    /// The word after `offset` (spaces skipped), letters only: "administration" after
    /// "President Obama's".
    static func nextWord(_ bytes: [UInt8], after offset: Int) -> String {
        var i = offset
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        var j = i
        while j < bytes.count, (bytes[j] >= 0x41 && bytes[j] <= 0x5A) || (bytes[j] >= 0x61 && bytes[j] <= 0x7A) { j += 1 }
        return String(decoding: bytes[i..<j], as: UTF8.self)
    }

    /// Whether a number follows `offset` after spaces ("May 5").
    static func followedByNumber(_ bytes: [UInt8], at offset: Int) -> Bool {
        var i = offset
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        return i < bytes.count && (0x30...0x39).contains(bytes[i])
    }

    /// The country or US state a sentence opens with ("In Georgia, Governor Brian Kemp …"), from
    /// `NameIndex.places`; `nil` for any other opening ("In 2023,", "In Seoul,").
    static func sentencePlace(_ bytes: [UInt8], from start: Int, to end: Int) -> String? {
        guard end - start > 5 else { return nil }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        guard text.hasPrefix("In "), let comma = text.firstIndex(of: ",") else { return nil }
        let word = String(text[text.index(text.startIndex, offsetBy: 3)..<comma])
        return NameIndex.places.contains(word) ? word : nil
    }

    /// The place or body named right after a holder's name, up to three capitalized words after
    /// "of" or "of the", on the same line: "South Korea" in "President Yoon Suk-yeol of South Korea
    /// said", "European Commission" in "President Ursula von der Leyen of the European Commission".
    static func place(after end: Int, in bytes: [UInt8]) -> String? {
        guard end < bytes.count else { return nil }
        // The text must open with " of " (bytes that differ cannot decode to that prefix).
        guard end + 4 <= bytes.count, bytes[end] == 0x20, bytes[end + 1] == 0x6F, bytes[end + 2] == 0x66,
              bytes[end + 3] == 0x20 else { return nil }
        if let fast = placeFast(after: end, in: bytes) { return fast }
        return placeReference(after: end, in: bytes)
    }

    /// `place(after:in:)` through `String`s, for any text (the reference for `placeFast`).
    static func placeReference(after end: Int, in bytes: [UInt8]) -> String? {
        guard end < bytes.count else { return nil }
        let tail = String(decoding: bytes[end..<min(bytes.count, end + 160)], as: UTF8.self)
            .split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard tail.hasPrefix(" of ") else { return nil }
        var words = tail.dropFirst(4).split(separator: " ").map(String.init)
        if words.first == "the" { words.removeFirst() }
        var out: [String] = []
        for w in words.prefix(3) {
            var word = w
            for suffix in ["’s", "'s"] where word.hasSuffix(suffix) { word = String(word.dropLast(2)) }
            word = word.trimmingCharacters(in: CharacterSet(charactersIn: ",.;:!?)’'\"”"))
            guard let f = word.first, f.isUppercase, word.count >= 2, word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "." }),
                  !stopTokens.contains(word.lowercased()) else { break }
            out.append(word)
            if word != w { break }   // punctuation ends the place
        }
        return out.isEmpty ? nil : out.joined(separator: " ")
    }

    /// `place(after:in:)` byte by byte when the text it reads (up to 160 bytes, one line) is in
    /// `NameScan`'s fast alphabet with no carriage return; `nil` otherwise. `bytes[end...]` opens
    /// with " of ". The outer optional is `nil` when the bytes are not fast; the inner is the place.
    static func placeFast(after end: Int, in bytes: [UInt8]) -> String?? {
        let limit = min(bytes.count, end + 160)
        var lineEnd = end
        while lineEnd < limit, bytes[lineEnd] != 0x0A { lineEnd += 1 }
        // The window must hold whole fast-alphabet characters only.
        var i = end
        while i < lineEnd {
            let c = bytes[i]
            if c == 0x0D { return nil }
            if c < 0x80 { i += 1; continue }
            guard i + 2 < lineEnd, c == 0xE2, bytes[i + 1] == 0x80 else { return nil }
            switch bytes[i + 2] {
            case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6: i += 3
            default: return nil
            }
        }
        var words: [Range<Int>] = []
        var k = end + 4
        while k < lineEnd {
            while k < lineEnd, bytes[k] == 0x20 { k += 1 }
            var j = k
            while j < lineEnd, bytes[j] != 0x20 { j += 1 }
            if j > k { words.append(k..<j) }
            k = j
        }
        if let f = words.first, bytes[f].elementsEqual("the".utf8) { words.removeFirst() }
        func isQuote(_ at: Int) -> Bool {   // ’ or ”
            at + 2 < bytes.count && bytes[at] == 0xE2 && bytes[at + 1] == 0x80 && (bytes[at + 2] == 0x99 || bytes[at + 2] == 0x9D)
        }
        func isTrim(_ c: UInt8) -> Bool {   // , . ; : ! ? ) ' "
            c == 0x2C || c == 0x2E || c == 0x3B || c == 0x3A || c == 0x21 || c == 0x3F || c == 0x29 || c == 0x27 || c == 0x22
        }
        var out: [String] = []
        for w in words.prefix(3) {
            var s = w.lowerBound, e = w.upperBound
            if e - s >= 4, bytes[e - 1] == 0x73, NameScan.isApostrophe(bytes, e - 4) { e -= 4 }
            if e - s >= 2, bytes[e - 1] == 0x73, bytes[e - 2] == 0x27 { e -= 2 }
            while s < e {
                if isTrim(bytes[s]) { s += 1 } else if s + 3 <= e, isQuote(s) { s += 3 } else { break }
            }
            while e > s {
                if isTrim(bytes[e - 1]) { e -= 1 } else if e - 3 >= s, isQuote(e - 3) { e -= 3 } else { break }
            }
            guard e - s >= 2, NameScan.isUpper(bytes[s]),
                  bytes[s..<e].allSatisfy({ NameScan.isLetter($0) || $0 == 0x2D || $0 == 0x2E }),
                  !NameIndex.stopTokenSet.contains(bytes, s..<e, lowercased: true) else { break }
            out.append(String(decoding: bytes[s..<e], as: UTF8.self))
            if s != w.lowerBound || e != w.upperBound { break }   // punctuation ends the place
        }
        return .some(out.isEmpty ? nil : out.joined(separator: " "))
    }

    /// `text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")` for the
    /// text of `bytes[range]` when it is ASCII (white space there: tab to carriage return and
    /// space); `nil` for any other text.
    static func asciiKey(_ bytes: [UInt8], _ range: Range<Int>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var gap = false
        for i in range {
            let c = bytes[i]
            guard c < 0x80 else { return nil }
            if c == 0x20 || (c >= 0x09 && c <= 0x0D) { gap = !out.isEmpty; continue }
            if gap { out.append(0x20); gap = false }
            out.append(ByteText.lower(c))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `stopTokens` holds `word` lowercased; an ASCII word is looked up by its bytes.
    static func isStopToken(_ word: String) -> Bool {
        let u = word.utf8
        if u.allSatisfy({ $0 < 0x80 }),
           let hit = u.withContiguousStorageIfAvailable({ NameIndex.stopTokenSet.contains($0, 0..<$0.count, lowercased: true) }) {
            return hit
        }
        return stopTokens.contains(word.lowercased())
    }

    /// Whether `word` reads as a name word: two characters or more, the first uppercase, no full
    /// stop at the end ("Lee", not "J." nor "Jr."). ASCII words without a carriage return (one
    /// character a byte) are read byte by byte.
    static func isNameWord(_ word: String) -> Bool {
        let u = word.utf8
        if u.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            return u.count >= 2 && NameScan.isUpper(u.first!) && u.last != 0x2E
        }
        return word.count >= 2 && word.first!.isUppercase && !word.hasSuffix(".")
    }

    /// Whether a word before a role has the shape of a qualifier ("Chinese" in "Chinese President
    /// Xi"): its first character uppercase and its last a letter ("Lee." ends a sentence), a
    /// lowercase letter in it or a single character ("SALTASH - Mayor …" is a dateline), and not an
    /// adverb ("Reportedly": over four characters ending in "ly"). ASCII words without a carriage
    /// return (one character a byte) are read byte by byte.
    static func qualifierShape(_ word: String) -> Bool {
        let u = word.utf8
        if u.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            guard let f = u.first, let l = u.last, NameScan.isUpper(f), NameScan.isLetter(l) else { return false }
            let n = u.count
            let adverb = n > 4 && l == 0x79 && u[u.index(u.endIndex, offsetBy: -2)] == 0x6C
            return (u.contains(where: NameScan.isLower) || n < 2) && !adverb
        }
        guard let f = word.first, f.isUppercase, let l = word.last, l.isLetter else { return false }
        return !(word.hasSuffix("ly") && word.count > 4) && (word.contains(where: \.isLowercase) || word.count < 2)
    }

    /// `word` without the scalars `-,;:(` at either end (`trimmingCharacters(in:)` with that set).
    static func trimmingQualifierPunctuation(_ word: String) -> String {
        let trim: (Unicode.Scalar) -> Bool = { $0 == "-" || $0 == "," || $0 == ";" || $0 == ":" || $0 == "(" }
        let scalars = word.unicodeScalars
        guard let f = scalars.first, let l = scalars.last, trim(f) || trim(l) else { return word }
        var s = scalars.startIndex, e = scalars.endIndex
        while s < e, trim(scalars[s]) { s = scalars.index(after: s) }
        while e > s, trim(scalars[scalars.index(before: e)]) { e = scalars.index(before: e) }
        return String(scalars[s..<e])
    }

    /// The white-space-separated words of `bytes[range]` (`split(whereSeparator: \.isWhitespace)`
    /// of its text): split on the ASCII white space bytes when the range is ASCII.
    static func nameTokens(_ bytes: [UInt8], _ range: Range<Int>) -> [Substring] {
        let text = String(decoding: bytes[range], as: UTF8.self)
        guard bytes[range].allSatisfy({ $0 < 0x80 }) else { return text.split(whereSeparator: \.isWhitespace) }
        return text.utf8.split(whereSeparator: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }).map { Substring($0) }
    }

    static func precedingWord(_ bytes: [UInt8], before offset: Int) -> String {
        var e = offset
        while e > 0, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x2D { e -= 1 }   // spaces and "then-"
        var s = e
        while s > 0, bytes[s - 1] != 0x20, bytes[s - 1] != 0x0A, bytes[s - 1] != 0x09 { s -= 1 }
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }

    static func isSentenceStart(_ bytes: [UInt8], at offset: Int) -> Bool {
        var i = offset
        while i > 0, bytes[i - 1] == 0x20 { i -= 1 }
        if i <= 0 { return true }
        let b = bytes[i - 1]
        return b == 0x0A || b == 0x2E || b == 0x21 || b == 0x3F
    }

    static func indexOf(_ token: String, in bytes: [UInt8], from: Int, to: Int) -> Int? {
        ByteText.find(Array(token.utf8), in: bytes, from: from, to: to)
    }

    /// Offsets where sentences start: after ". ", "! ", "? " and at line starts.
    static func sentenceStarts(_ bytes: [UInt8]) -> [Int] {
        bytes.withUnsafeBufferPointer { p in
            var starts = [0]
            let n = p.count
            // Only a line feed, or ".", "!" or "?" before a space, can start a sentence.
            let test = { (x: UInt64, x1: UInt64) -> UInt64 in
                SWAR.byteMask(x, 0x0A)
                    | ((SWAR.byteMask(x, 0x2E) | SWAR.byteMask(x, 0x21) | SWAR.byteMask(x, 0x3F)) & SWAR.byteMask(x1, 0x20))
            }
            NameScan.forEachCandidate(p, test) { i in
                let b = p[i]
                if b == 0x0A { starts.append(i + 1) }
                else if (b == 0x2E || b == 0x21 || b == 0x3F), i + 1 < n, p[i + 1] == 0x20,
                        !(b == 0x2E && isAbbreviation(bytes, endingAt: i)) { starts.append(i + 2) }
                return true
            }
            return starts
        }
    }

    /// Whether the full stop at `dot` closes an abbreviation that does not end a sentence: a
    /// courtesy title ("Mr."), "Jr.", "St." or an initial ("J.").
    static func isAbbreviation(_ bytes: [UInt8], endingAt dot: Int) -> Bool {
        var s = dot
        while s > 0, bytes[s - 1] != 0x20, bytes[s - 1] != 0x0A, bytes[s - 1] != 0x09, bytes[s - 1] != 0x28 { s -= 1 }
        if bytes[s..<dot].allSatisfy({ $0 < 0x80 }) {
            // ASCII: one character per byte.
            if dot - s == 1 { return NameScan.isUpper(bytes[s]) || abbreviations.contains(bytes, s..<dot) }
            return abbreviations.contains(bytes, s..<dot)
        }
        let word = String(decoding: bytes[s..<dot], as: UTF8.self)
        if word.count == 1, word.first!.isUppercase { return true }
        return ["Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Jr", "Sr", "St", "Gen", "Lt", "Col", "Capt"].contains(word)
    }

    static let abbreviations = ByteWordSet(["Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Jr", "Sr", "St", "Gen", "Lt", "Col", "Capt"])

    static func sentenceIndex(_ starts: [Int], _ offset: Int) -> Int {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}

extension Rule {
    /// The article's role mentions, read with quotations and code masked.
    /// - Throws: `RuleError` naming this rule when PCRE2 gives up.
    func roleMentions(_ context: RuleContext) throws -> [RoleMention] {
        do {
            return try PersonMentions.roleMentions(in: context.article, view: context.view(masking: [.quotations, .code]))
        } catch {
            throw RuleError(ruleId: description.identifier, message: error.description)
        }
    }
}
