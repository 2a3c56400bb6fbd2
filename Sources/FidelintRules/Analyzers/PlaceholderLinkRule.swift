import FidelintCore
import FidelintRegex
import Foundation

/// A link that goes nowhere: an empty target, `#`, `example.com`, "URL", `javascript:void(0)`, a
/// chat citation token as the target ("turn0search3"), or a Markdown `[source]` with no target.
/// In HTML, where `href="#"` drives page scripts ("Read More" expanders, related-story lists),
/// only placeholder links in a paragraph that attributes a claim, or whose whole text offers a
/// source ("source", "the report", "here", …), count; so do bare `example.com` addresses in
/// plain text (a technical article may mention one).
///
/// Pattern source: `../shared/cases/TAXONOMY.md` §16 (open_deep_research#59: links that are
/// literally "URL") and the issue's list of placeholder links.
public struct PlaceholderLinkRule: Rule {
    let finder: AttributionFinder

    /// - Parameter finder: the attribution finder shared by the source rules.
    public init(finder: AttributionFinder = AttributionFinder(sources: SourceRegistry())) {
        self.finder = finder
    }

    public let description = RuleDescription(
        identifier: "placeholder_link", name: "Placeholder Link",
        summary: "A link has a placeholder target (#, empty, example.com, a chat token) or none at all.",
        category: .missingSource, defaultSeverity: .error,
        origin: "issue 6 (placeholder links); TAXONOMY §16 (open_deep_research#59)",
        triggeringExamples: [
            Example("Exports fell 4 percent, according to [↓Reuters](#).\n", format: .markdown),
            Example("Exports fell 4 percent, according to [↓Reuters](https://example.com/article).\n", format: .markdown),
            Example("Exports fell 4 percent, according to [↓Reuters](<>).\n", format: .markdown),
            Example("Exports fell 4 percent ↓[source].\n", format: .markdown),
            Example("Exports fell 4 percent (↓[Reuters](URL)).\n"),
            Example("<p>Exports fell, according to <a href=\"#\">↓Reuters</a>.</p>", format: .html),
            Example("<p>Exports fell 4 percent (<a href=\"turn0search3\">↓source</a>).</p>", format: .html),
            Example("<p>Beds are full, <a href=\"#\">↓according to a survey by the Royal College of Nursing</a>.</p>", format: .html),
        ],
        nonTriggeringExamples: [
            Example("Exports fell 4 percent, according to [Reuters](https://www.reuters.com/x).\n", format: .markdown),
            Example("<p>Weather today. <a href=\"#\">Show more</a></p>", format: .html),
            Example("Rents rose, according to the [statistics office](https://stats.example.org/rents).\n", format: .markdown),
            Example("See the table [1] and the appendix.\n"),
            Example("```\n[source]\n```\n", format: .markdown),
        ])

    /// "[source]", "[citation needed]", … with no target.
    static let bracketPattern = #"\[(?i:source|sources|link|citation|citation needed|url|ref|reference)\](?![(\[:])"#
    static let bracket: PCRE2Regex = {
        do { return try PCRE2Regex(bracketPattern, options: .init(caseless: false)) }
        catch { fatalError("\(error)") }
    }()

    /// Whether `range` (source bytes, half-open) of `bytes` holds a "[", which every
    /// `bracketPattern` match starts with.
    static func mayHoldBracket(_ bytes: [UInt8], _ range: SourceRange) -> Bool {
        AttributionScan.holds(bytes, range, 0x5B)
    }

    /// Link texts that offer a source ("[source]", "the report").
    static let sourceWords: Set<String> = ["source", "sources", "the source", "report", "the report", "statement", "the statement",
                                           "study", "the study", "release", "press release", "link", "here", "data", "citation"]

    public func check(_ context: RuleContext) throws -> [Finding] {
        let index = try sourcing(context, finder)
        let html = context.article.format == .html
        var out: [Finding] = []
        for l in index.links where l.isPlaceholder {
            // A bare "http://example.com/…" in prose is usually an example, not a source.
            if html || l.link.kind == .bare {
                let text = l.link.text.lowercased().trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
                let attributed = index.attributions.contains { $0.paragraph.start <= l.link.range.start && l.link.range.start < $0.paragraph.end }
                guard attributed || Self.sourceWords.contains(text) else { continue }
            }
            let target = l.link.target.isEmpty ? "an empty target" : "“\(TextTools.quote(l.link.target, limit: 40))”"
            out.append(finding("Link “\(TextTools.quote(l.link.text, limit: 40))” has a placeholder target (\(target)): it points to no source", at: l.link.range))
        }
        // Every "[source]" starts with "[": without one in the prose there is nothing to mask and read.
        if !html, AttributionScan.holds(context.article.prose.utf8, SourceRange(start: 0, end: context.article.prose.utf8.count), 0x5B) {
            let view = context.view(masking: [.code])
            for m in try matches(Self.bracket, in: view) {
                let r = view.sourceRange(m.range)
                guard !index.links.contains(where: { $0.link.range.start <= r.start && r.start < $0.link.range.end }) else { continue }
                out.append(finding("“\(view.text(m.range))” marks a source but links nowhere", at: r))
            }
        }
        return out
    }
}
