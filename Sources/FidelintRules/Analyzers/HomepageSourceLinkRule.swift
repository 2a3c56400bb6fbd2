import FidelintCore

/// A source link that goes to a site's home page ("https://www.reuters.com/") where the page that
/// holds the claim is expected: the reader cannot find the statement from there.
///
/// Pattern source: `../shared/cases/TAXONOMY.md` §16 (gpt-researcher#1000: "only root domains").
public struct HomepageSourceLinkRule: Rule {
    let finder: AttributionFinder

    /// - Parameter finder: the attribution finder shared by the source rules.
    public init(finder: AttributionFinder = AttributionFinder(sources: SourceRegistry())) {
        self.finder = finder
    }

    public let description = RuleDescription(
        identifier: "homepage_source_link", name: "Homepage Source Link",
        summary: "An attributed claim links only to the source's home page, not to the page that holds it.",
        category: .missingSource, defaultSeverity: .note,
        origin: "issue 6 (a bare homepage where a specific page is expected); TAXONOMY §16 (gpt-researcher#1000)",
        triggeringExamples: [
            Example("Exports fell 4 percent, ↓according to [Reuters](https://www.reuters.com/).\n", format: .markdown),
            Example("Seoul plans closer ties, ↓as detailed in statements released on Korea.net (https://www.korea.net).\n"),
        ],
        nonTriggeringExamples: [
            Example("Exports fell 4 percent, according to [Reuters](https://www.reuters.com/markets/exports).\n", format: .markdown),
            Example("Exports fell 4 percent, according to Reuters.\n"),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] {
        let index = try sourcing(context, finder)
        var out: [Finding] = []
        for a in index.attributions {
            let links = index.satisfying(a)
            guard !links.isEmpty, links.allSatisfy(\.isHomepage) else { continue }
            out.append(finding(
                "The link for “\(a.label)” goes to the home page of \(links[0].host ?? "the site"), not to the page that holds the claim",
                at: a.range, related: links.map { RelatedRange(range: $0.link.range, message: "home page link") }))
        }
        return out
    }
}
