import FidelintCore
import Foundation

/// An attribution to a published, linkable source ("as detailed in statements released on
/// Korea.net", "according to Northwind Wire") with no link to that source in the same paragraph:
/// in Markdown and HTML a link, in plain text a bare URL or `[text](url)` on the same line. Only a
/// link that plausibly goes to the source counts (`AttributionFinder.plausible`: the registry's
/// domains, the host spelled or abbreviated from the name); an unrelated link in the paragraph
/// does not (issue 14). A linked source satisfies every attribution to it in its paragraph; so does a footnote marker whose note links a source, and a link to
/// the same source in another item of the same list or row of the same table. A placeholder link
/// (or "[source]") in the attribution's sentence is left to `placeholder_link`. What counts as an attribution, and what does not (quoted speech,
/// bylines, credits, "Read more" lines, corrections), is `AttributionFinder`'s.
///
/// A document of a named body ("a report by the Royal College of Nursing estimated", "the port
/// authority's annual review", `AttributionGrammar.document(_:)`) is served by any link in its
/// sentence, wherever the document is hosted, and by a link to the body anywhere in the article.
///
/// Pattern source: `../shared/cases/TAXONOMY.md` §16 (gpt-researcher#295, insight-wave#48), the
/// seed article (line 8), and issue 14 (capability 5: the attribution grammar, link plausibility).
public struct MissingSourceLinkRule: Rule {
    let finder: AttributionFinder

    /// - Parameter finder: the attribution finder (with the source registry) shared by the source rules.
    public init(finder: AttributionFinder = AttributionFinder(sources: SourceRegistry())) {
        self.finder = finder
    }

    public let description = RuleDescription(
        identifier: "missing_source_link", name: "Missing Source Link",
        summary: "A claim is attributed to a published source that the article does not link.",
        category: .missingSource, defaultSeverity: .warning,
        origin: "TAXONOMY §16 missing_source_link; seed article line 8",
        triggeringExamples: [
            Example("The crossing reopens on 1 May, ↓as detailed in statements released on the foreign ministry's website.\n"),
            Example("The steelworks will cut 300 jobs, ↓according to Northwind Wire.\n"),
            Example("Seoul plans closer ties, ↓as detailed in statements released on Korea.net.\n"),
            Example("Exports fell 4 percent, ↓according to Reuters.\n"),
            Example("The mine will close, ↓as first reported by the Uplands Courier.\n"),
            Example("Heart attacks fell by a third, a ↓study published in The Lancet found.\n"),
            Example("# Mine Closure\n\n↓The Uplands Courier reported that the mine will close.\n", format: .markdown),
            Example("<p>Exports fell 4 percent, ↓according to Reuters.</p>", format: .html),
            Example("Beds are full. ↓A report by the Royal College of Nursing estimated that a third were blocked.\n"),
            Example("Traffic fell 6 percent, ↓according to the port authority's annual review.\n"),
            Example("↓Eine Umfrage des Statistischen Bundesamts zeigt, dass die Mieten steigen.\n"),
            // A body's site named by lower-case words; a verb of appearing in a medium; a medium
            // noun and its name after "on"; "revealed by" a site.
            Example("Admissions peaked in January, ↓according to an update on the regional health board's data dashboard.\n"),
            Example("The work ↓appears in the journal Pollinator Ecology this week.\n"),
            Example("It holds a rating of 4.6 out of 5 ↓on the comparison site Fairquote Reviews, a figure nobody checked.\n"),
            Example("The fee rises in May, ↓as revealed by the club's official website.\n"),
        ],
        nonTriggeringExamples: [
            Example("The striker appeared in court on Monday and appears on stage in the film Night Harbour.\n"),
            Example("The results appear in the journal Pollinator Ecology (https://doi.org/10.1000/pe.2026.114).\n"),
            Example("Rents rose 9 percent, according to figures published on the [statistics office website](https://stats.example.org/rents).\n"),
            Example("The fire started in the kitchen, according to police.\nTenant groups told this newspaper that wages had not kept pace.\n"),
            Example("Exports fell 4 percent, according to Reuters (https://www.reuters.com/markets/exports-2025).\n"),
            Example("\"Prices rose, according to the Daily Ledger,\" the minister said.\n"),
            Example("Additional reporting by Sela Okonkwo.\n"),
            Example("Exports fell, according to officials and sources familiar with the talks.\n"),
            Example("Photo: Reuters\n"),
            Example("Read more: Exports fall, according to Reuters\n"),
            Example("Correction: An earlier version, according to the Daily Ledger, gave the wrong day.\n"),
            Example("Exports fell, [according to Reuters](https://www.reuters.com/markets/exports). Imports rose, according to Reuters.\n", format: .markdown),
            Example("<p>Exports fell 4 percent, according to <a href=\"https://www.reuters.com/x\">Reuters</a>.</p>", format: .html),
            Example("A report last year found that waits grew, and studies show the same.\n"),
            Example("An inspection, carried out by the auditing firm Crane Holt, found no fault.\n"),
            Example("A [report](https://assets.gov.example/waits.pdf) by the Royal College of Nursing found that waits grew.\n", format: .markdown),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] {
        let index = try sourcing(context, finder)
        var out: [Finding] = []
        for a in index.attributions where Self.reports(a, index, context) {
            let phrase = context.article.source.text(a.range)
            out.append(finding("Attribution to “\(TextTools.quote(a.source, limit: 50))” has no link to the source: “\(TextTools.quote(phrase))”",
                               at: a.range))
        }
        return out
    }

    /// Whether this rule reports `a`: no link in its paragraph (in plain text, its line) plausibly
    /// goes to its source (`SourcingIndex.satisfying`) and no footnote serves it, and no other
    /// source rule reports the link given instead: a link offered on or right after the phrase
    /// that goes elsewhere (`source_domain_mismatch`), links only to the site itself
    /// (`self_source_link`), a placeholder in the sentence (`placeholder_link`). An unrelated link
    /// elsewhere in the paragraph does not satisfy it (issue 14, link plausibility).
    /// Whether the source's bytes in `range` (clamped) hold "[" (`PlaceholderLinkRule.mayHoldBracket`),
    /// read from the article's "[" offsets, found once: the attributions of one long sentence
    /// each read the whole sentence again (a 2 MB line with 1,500 of them, issue 16).
    static func bracket(in range: SourceRange, _ context: RuleContext) -> Bool {
        let bytes = context.article.source.utf8
        guard let offsets = try? context.shared("source.bracket-offsets", { () -> [Int] in
            var out: [Int] = []
            for (i, b) in bytes.enumerated() where b == 0x5B { out.append(i) }
            return out
        }) else { return PlaceholderLinkRule.mayHoldBracket(bytes, range) }
        let lo = max(0, min(range.start, bytes.count)), hi = max(lo, min(range.end, bytes.count))
        var a = 0, b = offsets.count
        while a < b {
            let mid = (a + b) / 2
            if offsets[mid] < lo { a = mid + 1 } else { b = mid }
        }
        return a < offsets.count && offsets[a] < hi
    }

    static func reports(_ a: Attribution, _ index: SourcingIndex, _ context: RuleContext) -> Bool {
        guard a.notes.isEmpty, index.satisfying(a).isEmpty else { return false }
        let nearby = index.links(in: a.paragraph).filter { $0.host != nil && !$0.isPlaceholder }
        // Only links to the site itself: self_source_link's (when the site is known).
        if index.site != nil, !nearby.isEmpty, nearby.allSatisfy({ !$0.isExternal }) { return false }
        // A link offered for the claim that goes elsewhere: source_domain_mismatch's.
        if SourceDomainMismatchRule.checks(a), !index.offered(a, in: context.article.source).isEmpty { return false }
        // A placeholder offered in the sentence ("[Reuters](#)", "[source]") is placeholder_link's.
        if index.links(in: a.sentence).contains(where: \.isPlaceholder) { return false }
        if bracket(in: a.sentence, context),
           context.article.source.text(a.sentence).range(of: PlaceholderLinkRule.bracketPattern, options: .regularExpression) != nil {
            return false
        }
        return true
    }
}
