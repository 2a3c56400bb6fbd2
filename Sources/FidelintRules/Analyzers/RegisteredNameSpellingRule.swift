import FidelintCore

/// A person the entity registry knows, spelled in a way the registry does not list: "Yoon
/// Seok-yul" where the registry accepts "Yoon Suk-yeol", "Yoon Suk Yeol" and "Yoon Seok-youl".
/// A written full name matches a registered person when one end word (the family name) is
/// identical and the rest is the same name folded or, for hyphenated and two-word romanized given
/// names, the same romanization skeleton (`NameMatching`). Quotations are masked: a quote keeps
/// its speaker's spelling.
///
/// Pattern source: the issue's example romanizations ("Yoon Suk-yeol" / "Yoon Suk Yeol" / "Yoon
/// Seok-youl") and the registry's `aliases`.
public struct RegisteredNameSpellingRule: Rule {
    let entities: EntityRegistry

    /// - Parameter entities: the people and their accepted spellings.
    public init(entities: EntityRegistry = EntityRegistry()) {
        self.entities = entities
    }

    public let description = RuleDescription(
        identifier: "registered_name_spelling", name: "Registered Name Spelling",
        summary: "A registered person's name is spelled in a way the entity registry does not list.",
        category: .nameInconsistency, defaultSeverity: .warning,
        origin: "entity registry aliases (Rules/registries/entities.yml)",
        triggeringExamples: [
            Example("Talks in Seoul\n\nOn Monday ↓Yoon Seok-yul met the delegation.\n"),
            Example("Talks in Seoul\n\nPresident ↓Lee Jae-myoung met the delegation.\n"),
        ],
        nonTriggeringExamples: [
            Example("Talks in Seoul\n\nOn Monday Yoon Suk Yeol met the delegation. Yoon Seok-youl is an older spelling.\n"),
            Example("Talks in Seoul\n\nLee Jae-myung met Lee Min-ho on Monday.\n"),
            Example("Talks in Seoul\n\n\"Yoon Seok-yul was here,\" the guard said.\n"),
            Example("Talks in Seoul\n\nMark Carey and Mark Carney met.\n"),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] {
        guard !entities.people.isEmpty else { return [] }
        let index = try nameIndex(context)
        var out: [Finding] = []
        var reported: Set<String> = []
        for run in index.runs where run.tokens.count >= 2 && run.tokens.count <= 4 {
            if index.inQuotation(run.offset) { continue }
            // Most names are nobody the registry knows, nor spelled like anyone it knows.
            guard entities.mayKnow(run.tokens) else { continue }
            let written = run.text
            guard !reported.contains(written) else { continue }
            if entities.isRegisteredSpelling(written) { continue }
            for person in entities.candidates(spelledLike: run.tokens) {
                let spellings = person.spellings.map { $0.split(separator: " ").map(String.init) }
                guard spellings.contains(where: { NameMatching.sameFullName($0, run.tokens) }) else { continue }
                reported.insert(written)
                out.append(finding(
                    "“\(written)” is not a registered spelling of \(person.name) (registered: \(person.spellings.map { "“\($0)”" }.joined(separator: ", ")); registry: \(person.origin))",
                    at: run.range))
                break
            }
        }
        return out
    }
}
