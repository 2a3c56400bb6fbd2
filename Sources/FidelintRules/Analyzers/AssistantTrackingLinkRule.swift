import FidelintCore

/// A link whose target carries a chat assistant's tracking parameter (`utm_source=chatgpt.com`,
/// `utm_source=perplexity`): the link was copied out of a chat answer. `citation_token` finds the
/// parameter where the URL is in the text (a bare URL); this rule reads the targets of Markdown
/// links and HTML `href`s, which are not part of the article's text.
///
/// Pattern source: `../shared/cases/TAXONOMY.md` §9 citation_artifact (the Wikipedia "Rabbit URL
/// tracker" list of AI `utm_source` values); issue 14 (a new form of a known family).
public struct AssistantTrackingLinkRule: Rule {
    public init() {}

    /// The `utm_source` values of chat assistants (lowercase).
    static let sources: Set<String> = ["chatgpt.com", "chatgpt", "openai", "openai.com", "perplexity", "perplexity.ai",
                                       "copilot", "copilot.com", "gemini", "claude", "claude.ai", "grok", "groq",
                                       "jasper", "askpandi", "deepseek", "mistral", "you.com", "meta.ai"]

    public let description = RuleDescription(
        identifier: "assistant_tracking_link", name: "Assistant Tracking Link",
        summary: "A link target carries a chat assistant's tracking parameter (utm_source=chatgpt.com).",
        category: .assistantResidue, defaultSeverity: .error,
        origin: "TAXONOMY §9 citation_artifact (AI utm_source values); issue 14",
        triggeringExamples: [
            Example("The trial lasted one season ([↓follow-up data](https://bio.example.com/rsv?utm_source=chatgpt.com)).\n", format: .markdown),
            Example("<p>Figures from the <a href=\"https://stats.example.org/t?ref=x&amp;utm_source=perplexity\">↓office</a>.</p>\n", format: .html),
        ],
        nonTriggeringExamples: [
            Example("Sign up via [our newsletter](https://news.example.org/?utm_source=newsletter).\n", format: .markdown),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] {
        var out: [Finding] = []
        for link in context.article.links where link.kind != .bare {
            guard let value = Self.trackingSource(link.target) else { continue }
            out.append(finding("Link copied from a chat assistant (utm_source=\(value)): “\(TextTools.quote(link.target, limit: 80))”", at: link.range))
        }
        return out
    }

    /// The AI `utm_source` value in `url`'s query, or `nil`.
    static func trackingSource(_ url: String) -> String? {
        guard let q = url.firstIndex(where: { $0 == "?" || $0 == "#" }) else { return nil }
        for pair in url[url.index(after: q)...].split(whereSeparator: { $0 == "&" || $0 == ";" || $0 == "#" }) {
            var p = Substring(pair)
            if p.hasPrefix("amp;") { p = p.dropFirst(4) }
            guard p.lowercased().hasPrefix("utm_source=") else { continue }
            let value = p.dropFirst("utm_source=".count).lowercased()
            if sources.contains(value) { return value }
        }
        return nil
    }
}
