import FidelintCore
import Foundation

/// A link whose domain contradicts the outlet the attribution names: "according to Reuters" whose
/// only link in the sentence goes to another site. The outlet's domains come from the source
/// registry (`Rules/registries/sources.yml` and `--sources`); a domain named in the phrase
/// ("statements released on Korea.net") is its own. Only the link on the phrase or right after it
/// (markup, spaces, a bracket or comma between) counts as offered for it; a link to the named source anywhere in the paragraph
/// satisfies the attribution; an archived copy (web.archive.org) or an AMP view counts as its
/// original; a short link or redirect (t.co, reut.rs, news.google.com) hides its destination and is
/// never a mismatch; an unregistered source is checked by its name (`AttributionFinder.plausible`: the host spells or abbreviates it).
///
/// Pattern source: the issue's "a link whose domain contradicts the named outlet" and
/// `../shared/cases/TAXONOMY.md` §16 (case 033, links pointing to a different entity).
public struct SourceDomainMismatchRule: Rule {
    let finder: AttributionFinder

    /// - Parameter finder: the attribution finder (with the source registry) shared by the source rules.
    public init(finder: AttributionFinder = AttributionFinder(sources: SourceRegistry())) {
        self.finder = finder
    }

    public let description = RuleDescription(
        identifier: "source_domain_mismatch", name: "Source Domain Mismatch",
        summary: "The link given for an attributed claim goes to another site than the source it names.",
        category: .missingSource, defaultSeverity: .warning,
        origin: "issue 6 (domain contradiction, source registry); TAXONOMY §16 case 033",
        triggeringExamples: [
            Example("# Exports\n\nExports fell 4 percent, ↓according to [Reuters](https://www.dailyledger.example/exports).\n", format: .markdown),
            Example("<p>Seoul plans closer ties, ↓as detailed in statements released on Korea.net (<a href=\"https://www.mofa.go.kr/x\">statement</a>).</p>", format: .html),
            Example("Heart attacks fell, a ↓study published in Nature (https://www.sciencedaily.com/releases/2025/heart.htm) found.\n"),
        ],
        nonTriggeringExamples: [
            Example("Exports fell 4 percent, according to [Reuters](https://www.reuters.com/markets/exports).\n", format: .markdown),
            Example("Exports fell, [according to Reuters](https://uk.reuters.com/x). Imports rose, according to Reuters, and [the ministry](https://gov.example/x) agreed.\n", format: .markdown),
            Example("The steelworks will cut jobs, according to [Northwind Wire](https://northwind.example/jobs).\n", format: .markdown),
            Example("Seoul plans closer ties, as detailed in statements released on [Korea.net](https://www.korea.net/NewsFocus/x).\n", format: .markdown),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] {
        let index = try sourcing(context, finder)
        var out: [Finding] = []
        for a in index.attributions where Self.checks(a) {
            guard index.satisfying(a).isEmpty else { continue }
            let offered = index.offered(a, in: context.article.source)
            guard let link = offered.first, let host = link.host else { continue }
            let expected = a.outlet?.domains ?? a.domain.map { [$0] }
            let message = expected.map { "“\(a.label)” is named as the source, but the link goes to \(host), not \($0.joined(separator: " or "))" }
                ?? "“\(TextTools.quote(a.label, limit: 50))” is named as the source, but the link goes to \(host), which is not its site"
            out.append(finding(message, at: a.range,
                               related: offered.map { RelatedRange(range: $0.link.range, message: "link to \($0.host ?? "?")") }))
        }
        return out
    }

    /// Whether `a`'s source can be checked against a link: a registered outlet, a named domain, or
    /// a name (`AttributionFinder.significantWords`); a source with no name ("the ministry's
    /// website") cannot.
    static func checks(_ a: Attribution) -> Bool {
        a.outlet != nil || a.domain != nil || !a.name.words.isEmpty
    }
}
