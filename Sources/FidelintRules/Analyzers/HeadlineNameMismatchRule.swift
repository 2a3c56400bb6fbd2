import FidelintCore

/// The headline names a person the body never mentions, while the body gives the headline's role
/// to someone else: "President Halvorsen Pledges Flood Aid" over "President Ilse Marrick on
/// Tuesday promised emergency funds". Reported at the body's first mention of the other person
/// (the later, conflicting mention), with the headline mention and the other body mentions related.
///
/// Precision guards: the headline person counts as mentioned when any of their name words
/// appears anywhere in the body ("Lee" in "Lee's office"); qualified roles are other offices
/// ("former President", "Vice President"; see `PersonMentions`); quotations are masked; courtesy
/// titles and roles many hold at once ("Senator", "Judge") are not contended roles; and two people the entity registry places in different offices with
/// this title are both right.
///
/// Pattern source: `../shared/cases/022-name-headline-body-mismatch.txt` and TAXONOMY §12
/// (headline versus body).
public struct HeadlineNameMismatchRule: Rule {
    let entities: EntityRegistry

    /// - Parameter entities: people and offices, to tell two offices with one title apart.
    public init(entities: EntityRegistry = EntityRegistry()) {
        self.entities = entities
    }

    public let description = RuleDescription(
        identifier: "headline_name_mismatch", name: "Headline Name Mismatch",
        summary: "The headline names a person the body never mentions and gives their role to someone else.",
        category: .nameInconsistency, defaultSeverity: .warning,
        origin: "shared case 022; TAXONOMY §12 name_inconsistency (headline versus body)",
        triggeringExamples: [
            Example("President Halvorsen Pledges Flood Aid\n\n↓President Ilse Marrick on Tuesday promised emergency funds.\nMarrick said payments would follow.\n"),
            Example("Mayor Ardley Opens New Library\n\n↓Mayor Oona Castellane cut the ribbon on Saturday.\n"),
            Example("# Chancellor Brandt Backs Rail Plan\n\n↓Chancellor Olaf Weiss said the plan was sound.\n", format: .markdown),
        ],
        nonTriggeringExamples: [
            Example("President Lee Emphasizes Partnership\n\nPresident Lee Jae-myung spoke on Monday.\n"),
            Example("President Halvorsen Pledges Flood Aid\n\nFormer President Ilse Marrick welcomed the pledge made by Halvorsen.\n"),
            Example("President Halvorsen Pledges Flood Aid\n\nVice President Ilse Marrick announced the funds.\n"),
            Example("President Halvorsen Pledges Flood Aid\n\n\"President Ilse Marrick would never have done this,\" a resident said.\n"),
            Example("Mr. Ardley Opens New Library\n\nMr. Tomas Brill cut the ribbon.\n"),
            Example("President Macron Welcomes Korean Leader\n\nPresident Lee Jae-myung arrived in Paris on Monday.\n"),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] {
        let mentions = try nameIndex(context).mentions.filter { !$0.isHonorific && !$0.isSharedRole }
        let headline = mentions.filter(\.inHeadline)
        guard !headline.isEmpty else { return [] }
        let bodyWords = try nameIndex(context).bodyWords
        var out: [Finding] = []
        var reported: Set<String> = []
        for h in headline {
            let tokens = h.name.filter { $0.count >= 2 }
            guard !tokens.isEmpty, tokens.allSatisfy({ !bodyWords.contains($0) }) else { continue }
            let others = mentions.filter { !$0.inHeadline && $0.roleKey == h.roleKey && Set($0.name).isDisjoint(with: h.name) }
            guard let first = others.first, !entities.differentOffices(h, first) else { continue }
            guard reported.insert(first.fullName).inserted else { continue }
            let same = others.filter { !Set($0.name).isDisjoint(with: first.name) }
            let related = [RelatedRange(range: h.range, message: "the headline names “\(h.display)”")]
                + same.dropFirst().map { RelatedRange(range: $0.range, message: "“\($0.display)” (same person as here)") }
            out.append(finding(
                "The headline names “\(h.display)”, who is never mentioned in the body, but here the body gives the role “\(first.role)” to “\(first.fullName)”",
                at: first.range, related: related))
        }
        return out
    }
}
