import FidelintCore
import Foundation

/// A link whose domain contradicts the outlet the attribution names: "according to Reuters" whose
/// only link in the sentence goes to another site. The outlet's domains come from the source
/// registry (`Rules/registries/sources.yml` and `--sources`); a domain named in the phrase
/// ("statements released on Korea.net") is its own. Only the link on the phrase or right after it
/// (markup, spaces, a bracket or comma between) counts as offered for it; a link to the named source anywhere in the paragraph
/// satisfies the attribution; an archived copy (web.archive.org) or an AMP view counts as its
/// original; a short link or redirect (t.co, reut.rs, news.google.com) hides its destination and is
/// never a mismatch; unregistered outlets are never checked.
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
        for a in index.attributions where a.outlet != nil || a.domain != nil {
            guard index.satisfying(a).isEmpty else { continue }
            // The link offered for this attribution: on the phrase or right after it (a link later
            // in the sentence supports another claim: "…, Li wrote in a <a>post</a>").
            let source = context.article.source
            let offered = index.links(in: a.sentence).filter { l in
                guard l.isExternal, !l.isRedirect, l.link.range.end > a.range.start else { return false }
                if l.link.range.start < a.range.end { return true }
                // Only markup, spaces and a bracket or comma between the phrase and the link.
                let between = source.text(SourceRange(start: a.range.end, end: l.link.range.start))
                    .replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
                    .filter { !$0.isWhitespace }
                return between.count <= 2 && between.allSatisfy { "([,:–—-".contains($0) }
            }
            guard let link = offered.first, let host = link.host else { continue }
            let expected = a.outlet?.domains ?? [a.domain!]
            out.append(finding(
                "“\(a.label)” is named as the source, but the link goes to \(host), not \(expected.joined(separator: " or "))",
                at: a.range, related: offered.map { RelatedRange(range: $0.link.range, message: "link to \($0.host ?? "?")") }))
        }
        return out
    }
}
