import FidelintCore
import FidelintRegex
import Foundation

/// A person given an office they did not hold on the article's date: "President Yoon Suk-yeol" in
/// an article of 2025-09-15, when Yoon's presidency had ended on 2025-04-04. The facts come from
/// the entity registry (`Rules/registries/entities.yml` and the user's `--entities` files); the
/// date from the article (front matter `date`, HTML `article:published_time`, `<time>`, JSON-LD),
/// else `--article-date`. Without a date, or for a person or office the registry does not list,
/// the rule says nothing.
///
/// Precision guards: "former", "then-", "late" and other past-holder qualifiers are never
/// mentions, and a mention in a past context ("signed by President Barack Obama", "under President
/// Obama", "President Obama's administration") is history (see `PersonMentions`), and so is every
/// other mention of that person; quotations are masked; a sentence that names a year within
/// the person's tenure ("In 2023, President Yoon …") is a historical reference; a place after the
/// name ("President Yoon Suk-yeol of South Korea") must be the office's `of`; a one-word name
/// ("President Lee") must match exactly one registered holder of an office with that title.
///
/// Pattern source: the seed article (line 8, "President Yoon Suk-yeol", in an article about
/// President Lee's 2025 visits) and the issue's example tenures.
public struct StaleOfficeRule: Rule {
    let entities: EntityRegistry

    /// - Parameter entities: the people and offices to check against.
    public init(entities: EntityRegistry = EntityRegistry()) {
        self.entities = entities
    }

    public let description = RuleDescription(
        identifier: "stale_office", name: "Stale Office",
        summary: "A person is given an office they did not hold on the article's date (entity registry).",
        category: .nameInconsistency, defaultSeverity: .error,
        origin: "seed article line 8; entity registry Rules/registries/entities.yml",
        triggeringExamples: [
            Example("---\ntitle: Partnership Talks\ndate: 2025-09-15\n---\n\n↓President Yoon Suk-yeol underscored the ties.\n", format: .markdown),
            Example("---\ndate: 2023-03-01\n---\n\nThe talks went well, ↓Prime Minister Keir Starmer said.\n", format: .markdown),
            Example("---\ndate: 2022-06-01\n---\n\nOfficials praised ↓President Donald Trump on Monday.\n", format: .markdown),
        ],
        nonTriggeringExamples: [
            Example("---\ndate: 2025-09-15\n---\n\nPresident Lee Jae-myung underscored the ties.\n", format: .markdown),
            Example("---\ndate: 2025-09-15\n---\n\nFormer President Yoon Suk-yeol stood trial.\n", format: .markdown),
            Example("---\ndate: 2025-09-15\n---\n\nIn 2023, President Yoon Suk-yeol visited Tajikistan.\n", format: .markdown),
            Example("President Yoon Suk-yeol underscored the ties.\n"),
            Example("---\ndate: 2024-03-01\n---\n\nPresident Yoon Suk-yeol underscored the ties.\n", format: .markdown),
            Example("---\ndate: 2025-09-15\n---\n\n\"President Yoon Suk-yeol was right,\" she said.\n", format: .markdown),
            Example("---\ndate: 2025-09-15\n---\n\nPresident Ana Petrov of Norvessa arrived.\n", format: .markdown),
            Example("---\ndate: 2025-09-15\n---\n\nThe law, signed by President Barack Obama, stands.\nPresident Obama's law is popular.\n", format: .markdown),
            Example("---\ndate: 2025-09-15\n---\n\nHis predecessor, President Yoon Suk-yeol, had tried.\n", format: .markdown),
        ])

    static let year: PCRE2Regex = {
        do { return try PCRE2Regex(#"\b(19|20)\d\d\b"#, options: .init(caseless: false)) } catch { fatalError("\(error)") }
    }()

    /// The article's date: its own metadata first, then `--article-date`.
    static func articleDate(_ context: RuleContext) -> String? {
        context.article.metadata.date.flatMap(ArticleDate.parse) ?? context.options.articleDate.flatMap(ArticleDate.parse)
    }

    public func check(_ context: RuleContext) throws -> [Finding] {
        guard let date = Self.articleDate(context), !entities.offices.isEmpty else { return [] }
        let index = try nameIndex(context)
        let view = context.view(masking: [.quotations, .code])
        let starts = index.sentenceStarts
        var out: [Finding] = []
        var reported: Set<String> = []
        // A person the article names once in a past context is history in every mention.
        let historical = Set(index.mentions.filter(\.isHistorical).flatMap(\.name).filter { $0.count >= 2 })
        for m in index.mentions where !m.isHonorific && m.officeKey == m.role.lowercased() && historical.isDisjoint(with: m.name) {
            let people = entities.people(named: m.fullName, title: m.role)
            guard people.count == 1 else { continue }
            let person = people[0]
            // "President Yoon Suk-yeol of South Korea": only the office of that place.
            let held = entities.offices(titled: m.role, heldBy: person.id).filter { o in
                m.place.map { EntityRegistry.fold($0) == EntityRegistry.fold(o.office.of.replacingOccurrences(of: "the ", with: "")) } ?? true
            }
            guard !held.isEmpty, !held.contains(where: { $0.tenures.contains { $0.covers(date) } }) else { continue }
            // A year inside the tenure in the same sentence: a historical reference.
            let s = min(m.sentence, starts.count - 1)
            let sentence = starts[s]..<(s + 1 < starts.count ? starts[s + 1] : view.utf8.count)
            let years = try matches(Self.year, in: view, range: sentence).compactMap { Int(view.text($0.range)) }
            let tenures = held.flatMap(\.tenures)
            if years.contains(where: { y in tenures.contains { t in
                (Int(t.from?.prefix(4) ?? "0") ?? 0) <= y && y <= (Int(t.until?.prefix(4) ?? "9999") ?? 9999) } }) { continue }
            guard reported.insert(person.id + "|" + m.role).inserted else { continue }
            let office = held[0].office
            let spans = tenures.map { t in
                "from \(t.from ?? "an unknown date")" + (t.until.map { " to \($0)" } ?? "")
            }.joined(separator: " and ")
            let current = office.holders.filter { $0.covers(date) }.compactMap { entities.person($0.person)?.name }
            let then = current.isEmpty ? "" : "; on that date the office was held by \(current.joined(separator: ", "))"
            let when = tenures.allSatisfy({ ($0.from ?? "") > date }) ? "had not yet taken office" : "no longer held it"
            let others = index.mentions.filter { $0.range != m.range && $0.role == m.role && !Set($0.name).isDisjoint(with: m.name.filter { $0.count >= 2 }) }
            out.append(finding(
                "“\(m.display)”: \(person.name) held the office of \(office.display) \(spans), and \(when) on the article date \(date)\(then) (registry: \(office.origin), as of \(office.asOf))",
                at: m.range,
                related: others.map { RelatedRange(range: $0.range, message: "“\($0.display)” (same person)") }))
        }
        return out
    }
}
