import FidelintCore
import Foundation

/// A person the article names whom no input names, by any spelling variant (accents, a letter or
/// two, romanization: `FidelityIndex.namesToken`), and the entity registry does not list; or a
/// role given to a person whom the inputs give another role, or whose role the inputs give to
/// someone else ("Council leader Raj Patel" where the minutes name Patel Cabinet Member for
/// Finance and Fiona Grant Leader of the Council). People come from the person model
/// (`NameIndex`): role mentions ("President Yoon Suk-yeol", "Detective Sergeant Mark Hollis", "Lisa
/// Moreno, an analyst at …") and full names the article later calls by family name alone ("Graham
/// Shaw … Shaw said"). A name inside a quotation is the quotation rule's case; each person is
/// reported once, at their first mention.
///
/// Pattern source: issue 19 (fidelity to the source documents: the seed's headline says "President
/// Lee", its lede "President Yoon Suk-yeol", and the Korea.net statement settles which is right).
public struct UnsupportedPersonRule: Rule {
    let entities: EntityRegistry

    /// - Parameter entities: the people a registry lists are never unsupported.
    public init(entities: EntityRegistry = EntityRegistry()) {
        self.entities = entities
    }

    public let description = RuleDescription(
        identifier: "unsupported_person", name: "Unsupported Person",
        summary: "A person named in the article appears in none of its source documents, or holds a role there that the article changes.",
        category: .unsupportedClaim, defaultSeverity: .warning,
        origin: "issue 19 (fidelity to the source documents; seed article lines 4 and 8); runs only when the article has source documents",
        triggeringExamples: [
            Example("Port Expands\n\n↓Councillor Mark Hollis said the board voted on Tuesday.\n", options: FidelityExamples.port),
            Example("Port Expands\n\n↓Chief Engineer Anna Lindqvist will lead the project, the board said.\n", options: FidelityExamples.port),
            Example("Port Expands\n\nThe board approved the plan. ↓Lisa Moreno, an analyst, called it bold. Moreno expects more ships.\n",
                    options: FidelityExamples.port),
        ],
        nonTriggeringExamples: [
            Example("Port Expands\n\nChair Anna Lindqvist said the board voted on Tuesday. Chief Engineer Tomas Berg will lead the project.\n",
                    options: FidelityExamples.port),
            Example("Port Expands\n\nThe harbour authority's chair, Anna Lindqvíst, said the vote was clear. Berg will lead the work.\n",
                    options: FidelityExamples.port),
            Example("Port Expands\n\nCouncillor Mark Hollis said the board voted on Tuesday.\n"),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] {
        guard let index = fidelityIndex(context) else { return [] }
        let names = try nameIndex(context)
        var reported: Set<String> = []
        var out: [Finding] = []
        let view = context.view(masking: [.code])
        let people = Self.people(names, view: view)
        for person in people {
            // In a headline the words after a name are title-case words too ("Superintendent
            // Clarke Recommends Closing Maple"): its first word is the one the mention is sure of.
            let family = person.inHeadline && person.name.count > 2 ? person.name[0] : person.name.last!
            let key = NameMatching.fold(family)
            guard !key.isEmpty, !reported.contains(key) else { continue }
            let named = index.namesToken(family) || (!person.inHeadline && person.name.count >= 2 && person.name.allSatisfy(index.namesToken))
            if !named {
                if isRegistered(person.name, headline: person.inHeadline) {
                    // A public figure the registry lists is no invention, unless the article gives
                    // them a role the inputs give to someone else (the seed's "President Yoon
                    // Suk-yeol" where the statement names President Lee Jae-myung).
                    guard let roleKey = person.roleKey,
                          let other = index.roleFacts.first(where: { $0.surname != key && Self.compatible($0.roleKey, roleKey) }) else { continue }
                    reported.insert(key)
                    out.append(finding("“\(person.display)” is named in none of the source documents, which give the role to \(other.display)",
                                       at: person.range, related: [index.related(other)]))
                    continue
                }
                reported.insert(key)
                let shown = person.display
                var related: [RelatedRange] = []
                let content = FidelityText.words(Array(context.article.source.text(sentenceRange(person.range, context)).utf8)).filter(\.isContent).map(\.hash)
                if let best = index.similarSentences(content, limit: 1).first, best.shared >= 2 { related.append(index.related(best.sentence)) }
                out.append(finding("“\(shown)” is named in none of the source documents", at: person.range, related: related))
                continue
            }
            // A role the inputs never give this person: its words are in no input sentence that
            // names them.
            guard let role = person.role, !role.isEmpty else { continue }
            // The role's domain the person model keeps after "of" ("la concejala de Urbanismo":
            // key "concejala of urbanismo") is part of the role.
            let domain = person.roleKey.flatMap { k in k.range(of: " of ").map { String(k[$0.upperBound...]) } } ?? ""
            let roleWords = FidelityText.words(Array((role + " " + domain).utf8)).filter { $0.isLetters && !Self.roleStopWords.contains($0.word) }.map(\.word)
            // An abbreviated title ("DI", "CFO") is not compared word by word.
            guard !roleWords.isEmpty, !role.split(separator: " ").contains(where: { $0.count >= 2 && $0.allSatisfy(\.isUppercase) }) else { continue }
            let naming = index.sentences(naming: family)
            guard !naming.isEmpty, !index.roleSupported(roleWords, in: naming) else { continue }
            reported.insert(key)
            let theirs = index.roleFacts.filter { $0.surname == key }
            if let roleKey = person.roleKey, let other = index.roleFacts.first(where: { $0.surname != key && Self.compatible($0.roleKey, roleKey) }) {
                out.append(finding("The source documents give the role in “\(person.display)” to \(other.display), not to \(family)",
                                   at: person.range, related: [index.related(other)] + theirs.prefix(1).map(index.related)))
            } else if let fact = theirs.first {
                out.append(finding("The source documents name \(family) “\(fact.display)”, not “\(person.display)”",
                                   at: person.range, related: [index.related(fact)]))
            } else {
                out.append(finding("No source document gives \(family) the role in “\(person.display)”",
                                   at: person.range, related: [index.related(naming[0], "input sentence naming \(family)")]))
            }
        }
        return out
    }

    /// Whether the entity registry lists the person (their full name, or a one-word name).
    func isRegistered(_ name: [String], headline: Bool) -> Bool {
        let full = headline && name.count > 2 ? [name[0]] : name
        if !entities.people(named: full.joined(separator: " ")).isEmpty { return true }
        return full.count == 1 && entities.nameWords.contains(NameMatching.fold(full[0]))
    }

    /// A person of the article: name tokens, where, the role the article gives them (as
    /// written) and its key, and whether the mention stands in a headline.
    struct Person {
        var name: [String]
        var range: SourceRange
        var role: String?
        var roleKey: String?
        var inHeadline: Bool
        var display: String { (role.map { $0 + " " } ?? "") + name.joined(separator: " ") }
    }

    /// Role heads the person model leaves out that a fidelity check still compares ("Council
    /// leader Raj Patel", "Liberal candidate Graham Shaw").
    static let extraHeads: Set<String> = ["leader", "candidate", "delegate", "member", "representative", "adviser", "advisor",
                                          "lawyer", "barrister", "strategist", "candidata", "candidato", "candidat", "candidate",
                                          "kandidat", "kandidatin", "déléguée", "délégué", "portavoz", "sprecher", "sprecherin"]

    /// Verbs of saying right after a name ("Graham Shaw said") or right before it ("said Lisa
    /// Moreno"), in the five languages of the person model.
    static let sayingVerbs: Set<String> = ["said", "says", "told", "added", "explained", "noted", "warned", "argued", "stated",
                                           "dijo", "afirmó", "explicó", "señaló", "declaró", "aseguró", "sagte", "erklärte", "betonte",
                                           "disse", "affirme", "déclare", "explique", "dénoncé", "déclaré", "expliqué", "indiqué"]

    /// The article's people: the person model's role mentions, and its name runs (two to four
    /// capitalized words) that the article refers to by family name alone later, that an
    /// appositive with a role follows ("Lisa Moreno, an analyst at …", "Sylvie Marchand, déléguée
    /// syndicale …"), that "who" follows, that a verb of saying follows or precedes, or that a role
    /// head stands right before ("Council leader Raj Patel"). Names inside quotations are left out.
    static func people(_ names: NameIndex, view: TextView) -> [Person] {
        var out: [Person] = names.mentions.filter { !$0.name.isEmpty && !$0.isHonorific && !$0.isHistorical && !$0.incoming }
            .map { Person(name: $0.name, range: $0.range, role: $0.role, roleKey: $0.roleKey, inHeadline: $0.inHeadline) }
        let heads = RoleWords.shipped.heads.union(extraHeads)
        let bytes = view.utf8
        for run in names.runs where (2...4).contains(run.tokens.count) && !names.inQuotation(run.offset) {
            guard !out.contains(where: { $0.range.overlaps(run.range) }) else { continue }
            guard run.tokens.allSatisfy({ t in t.first?.isUppercase == true && !(t.count > 1 && t == t.uppercased())
                && !AttributionLexicon.outletWords.contains(t.lowercased()) && !AttributionLexicon.organizationWords.contains(t.lowercased())
                && !AttributionLexicon.bodyNouns.contains(t.lowercased()) }) else { continue }
            let last = run.tokens.last!
            let end = run.offset + run.text.utf8.count
            let before = wordsBefore(bytes, run.offset, count: 3)
            let after = String(decoding: bytes[min(end, bytes.count)..<min(end + 80, bytes.count)], as: UTF8.self)
            var role: String? = nil
            if let head = before.last, heads.contains(head.lowercased()) {
                // The role phrase: the head and up to two words before it that qualify it.
                var words = [head]
                for w in before.dropLast().reversed() {
                    guard w.first?.isUppercase == true || RoleWords.shipped.modifiers.contains(w.lowercased()) else { break }
                    guard !AttributionLexicon.determiners.contains(w.lowercased()) else { break }
                    words.insert(w, at: 0)
                }
                role = words.joined(separator: " ")
            }
            let laterReference = names.surnameReferences.contains { $0.surname == last && $0.range.start >= run.range.end }
            let afterWords = after.split(whereSeparator: { $0 == " " || $0 == "," }).prefix(8).map { $0.lowercased() }
            let appositive = after.hasPrefix(", ") && afterWords.prefix(6).contains { heads.contains($0) || extraHeads.contains($0) }
            let relative = after.hasPrefix(", who ") || after.hasPrefix(", quien") || after.hasPrefix(", qui ")
            let speaks = (afterWords.first.map { sayingVerbs.contains($0) } ?? false) || (before.last.map { sayingVerbs.contains($0.lowercased()) } ?? false)
            guard role != nil || laterReference || appositive || relative || speaks else { continue }
            out.append(Person(name: run.tokens, range: run.range, role: role, roleKey: role?.lowercased(), inHeadline: false))
        }
        return out.sorted { $0.range.start < $1.range.start }
    }

    /// Up to `count` words right before view offset `offset` in its sentence (no punctuation
    /// between), in order.
    static func wordsBefore(_ bytes: [UInt8], _ offset: Int, count: Int) -> [String] {
        var words: [String] = []
        var i = offset
        while words.count < count {
            var e = i
            while e > 0, bytes[e - 1] == 0x20 { e -= 1 }
            guard e < i || words.isEmpty && e == i, e > 0 else { break }
            var s = e
            while s > 0, bytes[s - 1] != 0x20, bytes[s - 1] != 0x0A, bytes[s - 1] != 0x2C, bytes[s - 1] != 0x2E, bytes[s - 1] != 0x3A,
                  bytes[s - 1] != 0x3B, bytes[s - 1] != 0x28, bytes[s - 1] != 0x22 { s -= 1 }
            guard s < e else { break }
            let w = String(decoding: bytes[s..<e], as: UTF8.self)
            guard w.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }) else { break }
            words.insert(w, at: 0)
            i = s
            guard i > 0, bytes[i - 1] == 0x20 else { break }
        }
        return words
    }

    /// The source range of the sentence (line) around `range`.
    func sentenceRange(_ range: SourceRange, _ context: RuleContext) -> SourceRange {
        let lines = context.article.source.lineIndex
        let line = lines.line(at: range.start)
        return lines.rangeOfLine(line)
    }

    /// Two role keys that may name one office: equal, or one's words within the other's
    /// ("president" / "south korean president").
    static func compatible(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let wa = Set(a.split(separator: " ")), wb = Set(b.split(separator: " "))
        return wa.isSubset(of: wb) || wb.isSubset(of: wa)
    }

    /// Words of a role that name no office ("the club's", "of", "for").
    static let roleStopWords: Set<String> = ["the", "a", "an", "of", "for", "and", "de", "del", "la", "el", "le", "du", "des", "der", "die",
                                             "das", "von", "its", "their", "his", "her", "s", "y", "et", "und", "e", "di", "da", "do"]
}
