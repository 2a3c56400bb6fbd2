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
            Example("Port Expands\n\n↓Deputy Chair Mark Hollis said the board voted on Tuesday.\n", options: FidelityExamples.port),
            Example("Port Expands\n\n↓Chief Engineer Anna Lindqvist will lead the project, the board said.\n", options: FidelityExamples.port),
            Example("Port Expands\n\nThe board approved the plan. ↓Lisa Moreno, an analyst, called it bold. Moreno expects more ships.\n",
                    options: FidelityExamples.port),
        ],
        nonTriggeringExamples: [
            Example("Port Expands\n\nChair Anna Lindqvist said the board voted on Tuesday. Chief Engineer Tomas Berg will lead the project.\n",
                    options: FidelityExamples.port),
            Example("Port Expands\n\nThe harbour authority's chair, Anna Lindqvíst, said the vote was clear. Berg will lead the work.\n",
                    options: FidelityExamples.port),
            Example("Port Expands\n\nDeputy Chair Mark Hollis said the board voted on Tuesday.\n"),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] {
        guard let index = fidelityIndex(context) else { return [] }
        let names = try nameIndex(context)
        let registered = entities.nameWords
        var reported: Set<String> = []
        var out: [Finding] = []
        // Role mentions first (they carry a role), then full names later called by family name.
        struct Person { var name: [String]; var range: SourceRange; var mention: RoleMention? }
        var people: [Person] = names.mentions.filter { !$0.name.isEmpty }.map { Person(name: $0.name, range: $0.range, mention: $0) }
        let referenced = Set(names.surnameReferences.map(\.surname))
        for run in names.runs where run.tokens.count >= 2 && run.tokens.count <= 4 && !names.inQuotation(run.offset) {
            guard let last = run.tokens.last, referenced.contains(last) else { continue }
            // A later reference by family name alone, outside the run itself.
            guard names.surnameReferences.contains(where: { $0.surname == last && ($0.range.start >= run.range.end || $0.range.end <= run.range.start) }) else { continue }
            people.append(Person(name: run.tokens, range: run.range, mention: nil))
        }
        people.sort { $0.range.start < $1.range.start }
        for person in people {
            guard let last = person.name.last else { continue }
            let key = NameMatching.fold(last)
            guard !key.isEmpty, !reported.contains(key) else { continue }
            let registeredName = person.name.contains { registered.contains(NameMatching.fold($0)) || registered.contains($0) || registered.contains($0.lowercased()) }
            let named = index.namesToken(last) || (person.name.count >= 2 && person.name.allSatisfy(index.namesToken))
            if !named {
                guard !registeredName else { continue }
                reported.insert(key)
                let shown = person.mention?.display ?? person.name.joined(separator: " ")
                var related: [RelatedRange] = []
                let content = FidelityText.words(Array(context.article.source.text(sentenceRange(person.range, context)).utf8)).filter(\.isContent).map(\.hash)
                if let best = index.similarSentences(content, limit: 1).first, best.shared >= 2 { related.append(index.related(best.sentence)) }
                out.append(finding("“\(shown)” is named in none of the source documents", at: person.range, related: related))
                continue
            }
            // A role the inputs never give this person: its words are not in (or next to) any
            // input sentence that names them.
            guard let m = person.mention, !m.isHonorific, !m.isHistorical, !m.incoming else { continue }
            let roleWords = FidelityText.words(Array(m.role.utf8)).filter { $0.isLetters && !Self.roleStopWords.contains($0.word) }.map(\.word)
            // An abbreviated title ("DI", "CFO") is not compared word by word.
            guard !roleWords.isEmpty, !m.role.split(separator: " ").contains(where: { $0.count >= 2 && $0.allSatisfy(\.isUppercase) }) else { continue }
            let naming = index.sentences(naming: last)
            guard !naming.isEmpty, !index.roleSupported(roleWords, near: naming) else { continue }
            reported.insert(key)
            let theirs = index.roleFacts.filter { $0.surname == key }
            if let other = index.roleFacts.first(where: { $0.surname != key && Self.compatible($0.roleKey, m.roleKey) }) {
                out.append(finding("The source documents give the role in “\(m.display)” to \(other.display), not to \(last)",
                                   at: m.range, related: [index.related(other)] + theirs.prefix(1).map(index.related)))
            } else if let fact = theirs.first {
                out.append(finding("The source documents name \(last) “\(fact.display)”, not “\(m.display)”",
                                   at: m.range, related: [index.related(fact)]))
            } else {
                out.append(finding("No source document gives \(last) the role in “\(m.display)”",
                                   at: m.range, related: [index.related(naming[0], "input sentence naming \(last)")]))
            }
        }
        return out
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
