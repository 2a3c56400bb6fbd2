import FidelintCore

/// An article that attributes claims to published sources but links no external source at all,
/// or fewer than the configured minimum (`unsourced_article.min_links`, default 1; 0 turns the
/// check off): one document-level finding with the other attributions related, placed at the first
/// attribution that `missing_source_link` does not report (issue 14, capability 7: never a second
/// finding where missing_source_link already reports); none when it reports every attribution.
/// External links are web links that are not placeholders and not on the site's own domain (`--site-domain`).
///
/// Pattern source: `../shared/cases/TAXONOMY.md` §16 (insight-wave#48: 37 citations, no link;
/// content-farm pages with no sources) and the seed article, whose footer claims a linked primary
/// source while the article links nothing.
public struct UnsourcedArticleRule: Rule {
    let finder: AttributionFinder

    /// - Parameter finder: the attribution finder shared by the source rules.
    public init(finder: AttributionFinder = AttributionFinder(sources: SourceRegistry())) {
        self.finder = finder
    }

    public let description = RuleDescription(
        identifier: "unsourced_article", name: "Unsourced Article",
        summary: "The article attributes claims to published sources but links no external source.",
        category: .missingSource, defaultSeverity: .error,
        origin: "TAXONOMY §16 (insight-wave#48); seed article line 8 and footer",
        triggeringExamples: [
            Example("Trade Ties\n\nSeoul plans closer ties, ↓as detailed in statements released on [Korea.net](#).\nExports rose, according to Yonhap.\n"),
            Example("# Mine\n\nThe mine will close, ↓according to the [Uplands Courier](URL).\n\n[Our earlier story](/news/mine-2024)\n", format: .markdown),
        ],
        nonTriggeringExamples: [
            Example("Trade Ties\n\nSeoul plans closer ties, as detailed in statements released on Korea.net.\nMore at https://www.korea.net/NewsFocus/x\n"),
            Example("Trade Ties\n\nThe fire started in the kitchen, according to police.\n"),
            Example("Trade Ties\n\nSeoul plans closer ties, according to Yonhap.\n"),
        ],
        options: ["min_links": 1])

    public func check(_ context: RuleContext) throws -> [Finding] {
        let index = try sourcing(context, finder)
        guard !index.attributions.isEmpty else { return [] }
        // `min_links=0` asks for no minimum: nothing to report.
        let minimum = context.options.option(description.identifier, "min_links", default: 1)
        let external = Set(index.links.filter(\.isExternal).map(\.link.target))
        guard external.count < minimum else { return [] }
        // Reported once: at the first attribution that missing_source_link does not report (one
        // with a placeholder or an internal link). When it reports every one, its findings already
        // say that no claim is linked, and a second finding at the same place would repeat it.
        guard let first = index.attributions.first(where: { !MissingSourceLinkRule.reports($0, index, context) }) else { return [] }
        var names: [String] = []
        var seen: Set<String> = []
        for a in index.attributions where seen.insert(a.label).inserted { names.append(a.label) }
        let list = names.prefix(4).map { "“\(TextTools.quote($0, limit: 40))”" }.joined(separator: ", ") + (names.count > 4 ? ", …" : "")
        let n = index.attributions.count
        let claim = "The article attributes \(n == 1 ? "a claim" : "\(n) claims") to \(names.count == 1 ? "a published source" : "\(names.count) published sources") (\(list))"
        let message = external.isEmpty
            ? claim + " but links no external source"
            : claim + " but links only \(external.count) external source\(external.count == 1 ? "" : "s"); at least \(minimum) required"
        return [finding(message, at: first.range,
                        related: index.attributions.filter { $0.range != first.range }.map { RelatedRange(range: $0.range, message: "attribution to “\($0.label)”") })]
    }
}
