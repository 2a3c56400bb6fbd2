import FidelintCore

/// One unqualified role bound to two different people in one article: the headline says
/// "President Lee" and the lede "President Yoon Suk-yeol". The person named most often with the
/// role is taken as right (on a tie, the one named first, the headline counting as first); each
/// other person is reported at their first mention, with every conflicting mention related.
///
/// Precision guards: qualifiers separate offices ("former President", "Vice President",
/// "Chinese President", "Mayor Tomas Brill of Estrel"; see `PersonMentions`), and a person also
/// named with a qualified role holds that other office; quotations are masked; two people ever named in one sentence are two real
/// holders (a list of officials, a summit); and one mention against one is reported only when one
/// of them is in the headline; roles many hold at once ("Senator", "Judge", "Ambassador", a bare
/// "Minister") never conflict.
///
/// Pattern source: the seed article (headline "President Lee", line 8 "President Yoon
/// Suk-yeol") and `../shared/cases/TAXONOMY.md` §12 name_inconsistency.
public struct RoleConflictRule: Rule {
    let entities: EntityRegistry

    /// - Parameter entities: people and offices, to tell two offices with one title apart.
    public init(entities: EntityRegistry = EntityRegistry()) {
        self.entities = entities
    }

    public let description = RuleDescription(
        identifier: "role_conflict", name: "Role Conflict",
        summary: "The same role is given to two different people in one article.",
        category: .nameInconsistency, defaultSeverity: .warning,
        origin: "seed article lines 4 and 8; TAXONOMY §12 name_inconsistency",
        triggeringExamples: [
            Example("President Lee Emphasizes Partnership with Tajikistan\n\n↓President Yoon Suk-yeol underscored the importance of ties.\nPresident Lee highlighted trade.\n"),
            Example("President Halvorsen Pledges Flood Aid\n\n↓President Ilse Marrick on Tuesday promised emergency funds.\nPresident Halvorsen later agreed.\n"),
            Example("Mayor Dara Quillon opened the bridge on Monday.\nLater, ↓Mayor Tomas Brill said repairs were finished.\nMayor Quillon thanked the crews.\n"),
            Example("President Lee Visits Seoul\n\n↓President Kim Ha-neul said the talks went well.\nLee's aides agreed.\n"),
            Example("Harbour Talks\n\nReporters later asked President Lee. ↓President Kim Ha-neul said the talks went well. President Lee agreed.\n"),
        ],
        nonTriggeringExamples: [
            Example("President Lee met former President Yoon Suk-yeol on Monday.\nPresident Lee said the talks went well.\n"),
            Example("Chinese President Xi Jinping received President Lee in Beijing.\nPresident Lee thanked his host.\n"),
            Example("Bridge Repairs to Finish Before Spring, Mayor Says\n\nMayor Dara Quillon said the work was on schedule.\n"),
            Example("President Lee and President Japarov signed the accord.\nPresident Japarov said trade would double.\n"),
            Example("\"President Marrick never said that,\" President Halvorsen told reporters.\n"),
            Example("Vice President Ana Petrov met President Lee.\nPresident Lee praised Vice President Petrov.\n"),
            Example("CEO Steve Jobs founded the firm in 1976.\nIts shares rose after CEO Tim Cook spoke.\n"),
            Example("President Trump. Grisham said so.\nPresident Donald Trump later agreed.\n"),
            Example("President Lee spoke first.\nFrench President Emmanuel Macron replied.\nLater, President Macron left.\nPresident Lee stayed.\n"),
            Example("Summit Opens\n\nPresident Lee Jae-myung arrived first.\nPresident Lee greeted the guests.\nOn Tuesday, President Emmanuel Macron spoke about trade.\n"),
            Example("Mr. Lee spoke first.\nMr. Lee said trade would grow.\nMr. Park agreed.\n"),
            Example("President Trump spoke.\nWhen President Barack Obama signed the law, premiums fell.\nPresident Trump left.\n"),
            Example("Mayor Dara Quillon spoke.\nMayor Quillon left.\nMayor Tomas Brill of Estrel agreed.\n"),
            Example("Senator Ana Warren spoke.\nSenator Warren left.\nSenator Ted Cruz agreed.\n"),
            Example("President Lee spoke.\nPresident Lee left.\nChinese President Xi Jinping agreed. Then he left.\n"),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] {
        let mentions = try nameIndex(context).mentions.filter { !$0.isHonorific && !$0.isSharedRole }
        let bodyWords = try nameIndex(context).bodyWords
        var out: [Finding] = []
        for key in Set(mentions.map(\.roleKey)).sorted() {
            let people = PersonMentions.people(mentions.filter { $0.roleKey == key })
            guard people.count >= 2 else { continue }
            // The person named most often is taken as right; a tie goes to the one named first.
            let ranked = people.sorted { a, b in
                a.count != b.count ? a.count > b.count : a[0].range.start < b[0].range.start
            }
            let majority = ranked[0]
            let majoritySentences = Set(majority.map(\.sentence))
            for other in ranked.dropFirst() {
                // Named side by side in one sentence: two real holders.
                if other.contains(where: { majoritySentences.contains($0.sentence) }) { continue }
                // Evidence, not a coin toss: the right holder is named more often, or the two are
                // named once each and one of them in the headline.
                let headlineTie = majority.count == other.count
                    && (majority.contains(where: \.inHeadline) || other.contains(where: \.inHeadline))
                guard majority.count > other.count && majority.count >= 2 || headlineTie else { continue }
                // Either person also named with a qualified role ("French President Macron") holds
                // another office.
                let otherKeys = Set(mentions.filter { m in
                    (majority + other).contains { !Set($0.name).isDisjoint(with: m.name) }
                }.map(\.roleKey))
                if otherKeys.contains(where: { $0 != key && ($0.hasSuffix(key) || $0.hasPrefix(key + " of ")) }) { continue }
                // A headline-only person whom the body never names: the headline rule's case.
                if [majority, other].contains(where: { g in g.allSatisfy(\.inHeadline) && g.allSatisfy { $0.name.allSatisfy { !bodyWords.contains($0) } } }) { continue }
                // The registry knows them as holders of two different offices with this title.
                if entities.differentOffices(majority[0], other[0]) { continue }
                let first = other[0]
                let majorityName = majority.max { $0.name.count < $1.name.count }!.display
                let where_ = majority.contains(where: \.inHeadline) ? " including the headline" : ""
                let related = majority.map { RelatedRange(range: $0.range, message: "“\($0.display)”") }
                    + other.dropFirst().map { RelatedRange(range: $0.range, message: "“\($0.display)” (same person as here)") }
                out.append(finding(
                    "“\(first.display)” conflicts with “\(majorityName)” (\(majority.count) mention\(majority.count == 1 ? "" : "s")\(where_)): the role “\(first.role)” is given to two different people",
                    at: first.range, related: related))
            }
        }
        return out
    }
}
