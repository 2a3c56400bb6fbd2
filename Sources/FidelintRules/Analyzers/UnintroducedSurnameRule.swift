import FidelintCore
import Foundation

/// A one-word reference to a person ("Marrick said", "according to Dunmore", "Mr. Dunmore")
/// whom the article never introduces with a full name or a role: a name left over from another
/// story, or a person the generator lost. Reported once per name, at its first use, with the
/// other uses related.
///
/// Precision guards: pronouns, common sentence subjects ("Officials said"), institutions, news
/// agencies, capitals, countries and US states are not people (`NameIndex.notPeople`,
/// `NameIndex.places`); a speaker that says "it" ("Ford said it would …") or that the article
/// writes with "the" ("the Taliban") is a body; a word that also appears in lowercase in the
/// article is a common word; a word one or two edits from an introduced name is
/// left to `NameSpellingVariantRule`; a word that appears elsewhere in a longer capitalized name
/// counts as introduced; a person in the entity registry is known without an introduction
/// ("Trump said"); a name used four times or more is the story's subject, not a stray; headings
/// are not checked (they are written in title case and shortened). References are found in any
/// position of a sentence ("and Ruiz said", "said Ruiz.", "Mr Ruiz", "sagte Wellmer", "Herr
/// Wellmer"; `RoleGrammar`), also before an appositive ("Reyes, the residents' lawyer, said": a
/// role that is no office of the role grammar gives no name; a word ending in "s" there is a
/// surname, not a plural); in German prose, where every noun is capitalized, a word written
/// after an article ("die Verwaltung") or with a noun's ending is not a surname.
///
/// Pattern source: the "later surname-only references ("Marrick said")" and TAXONOMY §12.
public struct UnintroducedSurnameRule: Rule {
    let entities: EntityRegistry

    /// - Parameter entities: registered people count as known without an introduction.
    public init(entities: EntityRegistry = EntityRegistry()) {
        self.entities = entities
    }

    public let description = RuleDescription(
        identifier: "unintroduced_surname", name: "Unintroduced Surname",
        summary: "A person is referred to by surname alone but never introduced in the article.",
        category: .nameInconsistency, defaultSeverity: .warning,
        origin: "issue 4 (surname-only references); issue 14 (any position, five languages); TAXONOMY §12 name_inconsistency",
        triggeringExamples: [
            Example("Flood Aid Promised\n\nPresident Ilse Marrick promised funds on Tuesday.\nThe money will arrive soon, ↓Dunmore said.\n"),
            Example("Flood Aid Promised\n\nPresident Ilse Marrick promised funds on Tuesday.\nMr. ↓Dunmore welcomed the plan.\n"),
            Example("Flood Aid Promised\n\nMayor Dara Quillon opened the bridge.\nThe repairs are done, according to ↓Halloran.\n"),
            Example("Flood Aid Promised\n\nThe money will arrive soon, ↓Dunmore said.\n"),
            Example("Ferry Cut\n\nHarbourmaster Colm Deverell spoke.\nThe review is in March, and ↓Fenwright said a subsidy was needed.\n"),
            Example("Hallenbad geschlossen\n\nDie Stadt hat das Bad geschlossen. Die Reparatur sei aufwendig, sagte ↓Brauneck.\n"),
            Example("Ferry Cut\n\nThe ferry will run less often.\n↓Haverkamp, asked about the summer, said nothing was decided.\n"),
            Example("Seca\n\nA barragem está com 31 por cento.\n↓Carvalhal lembrou que em 2017 a barragem chegou aos 34 por cento.\n"),
            // An appositive describes one person, whatever the name's ending.
            Example("Rent Freeze\n\nChief executive Ruth Ellingham agreed.\n↓Villalobos, the tenants' adviser, said families were relieved.\n"),
            // An academic title alone introduces nobody; German "zufolge" after the name.
            Example("Housing\n\nThe vice-chancellor, Dr Amara Fenwick-Obi, spoke.\nProfessor ↓Okafor, speaking at the same briefing, said a crossing would be paid for.\n"),
            Example("Stellenabbau\n\nDie Firma streicht 400 Stellen.\n↓Brenninger zufolge ist die Stimmung am Boden.\n"),
        ],
        nonTriggeringExamples: [
            Example("Flood Aid Promised\n\nPresident Ilse Marrick promised funds on Tuesday.\nMarrick said the money would arrive soon.\n"),
            Example("Flood Aid Promised\n\nPresident Ilse Marrick promised funds.\nOfficials said the money would arrive. Reuters said so too.\n"),
            Example("Flood Aid Promised\n\nPresident Ilse Marrick promised funds.\nDr. Ana Petrov agreed. Petrov said it was enough.\n"),
            Example("Flood Aid Promised\n\nPresident Ilse Marrick promised funds.\nMarick said the money would arrive soon.\n"),
            Example("Neue Buslinie\n\nAb Montag fährt eine neue Buslinie. Die Sprecherin sagte, die Nachfrage werde beobachtet. Die Stadt sagte, die Finanzierung sei gesichert.\n"),
            Example("Podcast\n\nHe and his wife Kali explained the plan on their podcast.\n"),
            Example("Flood Aid Promised\n\nPresident Ilse Marrick promised funds.\n\"Ask Dunmore,\" Marrick said.\n"),
            Example("Flood Aid Promised\n\nPresident Ilse Marrick promised funds.\nSeoul said it would help; Beijing said nothing.\n"),
            Example("Cycle Lane\n\nRana Malik proposed it.\nMalik, speaking after the vote, said work starts in April.\n"),
            Example("Ciclovias\n\nA prefeitura anunciou obras.\nO secretário de Mobilidade disse que os trechos foram escolhidos.\n"),
            Example("Hospital\n\nEl gerente, Ignacio Salvatierra, habló.\nSegún informó la agencia, la obra costó dos millones.\n"),
            Example("Housing\n\nProfessor Ada Okafor led the study.\nProfessor Okafor said rents rose.\n"),
            Example("Stellenabbau\n\nDie Firma streicht 400 Stellen.\nMedienberichten zufolge ist die Stimmung am Boden. Dem Bericht zufolge sinkt der Umsatz.\n"),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] {
        let index = try nameIndex(context)
        guard !index.surnameReferences.isEmpty else { return [] }
        let introduced = index.introducedTokenList
        // The quotations' source ranges, looked up in logarithmic time per reference.
        let quoted = RangeLookup(context.article.quotationRanges.map { q in
            let s = context.article.prose.sourceRange(q)
            return s.start..<max(s.start, s.end)
        })
        // The prose as one string, made only when a name needs it.
        var proseText: String? = nil
        func text() -> String {
            if let proseText { return proseText }
            let t = context.article.prose.text(0..<context.article.prose.utf8.count)
            proseText = t
            return t
        }
        var byName: [String: [SurnameReference]] = [:]
        for ref in index.surnameReferences { byName[ref.surname, default: []].append(ref) }
        var out: [Finding] = []
        let registered = entities.nameWords
        let headings = context.article.blocks.filter { $0.kind == .heading }.map(\.range)
        for (name, refs) in byName.sorted(by: { $0.value[0].range.start < $1.value[0].range.start }) {
            if introduced.contains(name) || registered.contains(name) { continue }
            // German capitalizes every noun: a word with a noun's ending is no surname there.
            if index.german, Self.germanNounEndings.contains(where: { name.lowercased().hasSuffix($0) }) { continue }
            let lowerText = text()
            if occurrences(of: name, in: lowerText, upTo: 4) >= 4 { continue }
            // The same test on the whole file: a page whose reader kept only part of the story
            // (a novel's chapter beside its notes) still names its characters there.
            if RoleConflictRule.weight(of: [], family: name, in: context.article.source.utf8) >= 4 { continue }
            if introduced.contains(where: { $0.count >= 4 && TextTools.editDistance($0.lowercased(), name.lowercased()) <= 2 }) { continue }
            if lowerText.range(of: "\\b" + NSRegularExpression.escapedPattern(for: name.lowercased()) + "\\b", options: .regularExpression) != nil { continue }
            // "the Taliban", "la Aemet", "der Stadtrat": a body after a definite article, never a person.
            if lowerText.range(of: "\\b(?:[Tt]he|[Ll]a|[Ll]e|[Ee]l|[Ii]l|[Ll]o|[Ll]os|[Ll]as|[Ll]es|[Dd]er|[Dd]ie|[Dd]as|[Dd]el|[Dd]u|[Dd]a|[Dd]o|[Aa]l|[Aa]u)\\s+"
                                   + NSRegularExpression.escapedPattern(for: name) + "\\b", options: .regularExpression) != nil { continue }
            // References inside quotations are the speaker's words.
            let live = refs.filter { r in !headings.contains { $0.start <= r.range.start && r.range.start < $0.end } }.filter { r in !quoted.anyHolds(r.range.start, r.range.end) }
            guard let first = live.first else { continue }
            out.append(finding(
                "“\(name)” is referred to by one name, but the article never introduces anyone called \(name) (no full name or role)",
                at: first.range,
                related: live.dropFirst().map { RelatedRange(range: $0.range, message: "“\(name)” again") }))
        }
        return out
    }

    /// Endings of German common nouns ("Verwaltung", "Gesellschaft", "Stadtwerke").
    static let germanNounEndings = ["ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "werk", "werke", "amt", "ium", "chen", "lein", "nis", "tum", "ei", "rat", "haus", "stadt", "land"]

    /// How many times `word` stands as a whole word in `text`, counting no further than `limit`
    /// (a long file names its subject thousands of times; the rule asks only whether four).
    func occurrences(of word: String, in text: String, upTo limit: Int = .max) -> Int {
        var n = 0
        var search = text.startIndex..<text.endIndex
        while n < limit, let r = text.range(of: word, range: search) {
            let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { n += 1 }
            search = r.upperBound..<text.endIndex
        }
        return n
    }
}
