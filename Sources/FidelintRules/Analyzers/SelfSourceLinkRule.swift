import FidelintCore

/// A link to the publishing site's own domain offered as the source of a claim attributed to
/// someone else: "according to Reuters" linking to one of the site's own pages. The site's
/// domain comes from `--site-domain` (or `site_domain` in `.fidelint.yml`), else from the
/// article's own address (HTML canonical link or `og:url`, front matter `url`); without one the
/// rule says nothing. An attribution to the site itself (its registered domain, or its name:
/// "the Harbour Times" on harbourtimes.example) is not reported.
///
/// Pattern source: the "a link to the site's own domain offered as the source".
public struct SelfSourceLinkRule: Rule {
    let finder: AttributionFinder

    /// - Parameter finder: the attribution finder shared by the source rules.
    public init(finder: AttributionFinder = AttributionFinder(sources: SourceRegistry())) {
        self.finder = finder
    }

    public let description = RuleDescription(
        identifier: "self_source_link", name: "Self Source Link",
        summary: "The only link given for an attributed claim goes to the publishing site itself.",
        category: .missingSource, defaultSeverity: .warning,
        origin: "issue 6 (a link to the site's own domain offered as the source)",
        triggeringExamples: [
            Example("---\nurl: https://www.harbourtimes.example/news/exports\n---\n\nExports fell, ↓according to [Reuters](https://harbourtimes.example/news/older-story).\n", format: .markdown),
            Example("<html><head><link rel=\"canonical\" href=\"https://harbourtimes.example/a\"></head><body><p>Exports fell, ↓according to <a href=\"/news/b\">Reuters</a> and <a href=\"https://harbourtimes.example/c\">Reuters</a>.</p></body></html>", format: .html),
        ],
        nonTriggeringExamples: [
            Example("Exports fell, according to [Reuters](https://www.reuters.com/x).\n", format: .markdown),
            Example("---\nurl: https://www.harbourtimes.example/news/exports\n---\n\nExports fell, according to [Reuters](https://www.reuters.com/x).\n", format: .markdown),
            Example("---\nurl: https://harbourtimes.example/news/exports\n---\n\nPrices rose, according to the Harbour Times [archive](https://harbourtimes.example/archive/1).\n", format: .markdown),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] {
        let index = try sourcing(context, finder)
        guard let site = index.site else { return [] }
        var out: [Finding] = []
        for a in index.attributions {
            let nearby = index.links(in: a.paragraph).filter { $0.host != nil && !$0.isPlaceholder }
            guard !nearby.isEmpty, nearby.allSatisfy({ !$0.isExternal }) else { continue }
            out.append(finding(
                "The link given for “\(a.label)” goes to this site (\(site)), not to the source",
                at: a.range, related: nearby.map { RelatedRange(range: $0.link.range, message: "link to \($0.host ?? site)") }))
        }
        return out
    }
}
