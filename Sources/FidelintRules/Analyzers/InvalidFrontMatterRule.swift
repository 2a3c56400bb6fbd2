import FidelintCore

/// Front matter that fidelint could not read: YAML with a syntax error (an unquoted colon in a
/// title is the common case) or an alias used as a mapping key (refused by `YAMLGuard`). The body
/// is still linted, but the title, date and other fields are missing, so the headline and
/// date-aware rules run without them; before, this happened without a word.
///
/// Pattern source: issue 15 ("invalid front matter is ignored without a word").
public struct InvalidFrontMatterRule: Rule {
    public init() {}

    public let description = RuleDescription(
        identifier: "invalid_front_matter", name: "Invalid Front Matter",
        summary: "The front matter is not valid YAML; its fields (title, date) were not read.",
        category: .input, defaultSeverity: .warning,
        origin: "issue 15 (invalid front matter ignored without a word)",
        triggeringExamples: [
            Example("↓---\ntitle: Budget: what changes\ndate: 2026-01-02\n---\n\nThe council met.\n", format: .markdown),
        ],
        nonTriggeringExamples: [
            Example("---\ntitle: \"Budget: what changes\"\ndate: 2026-01-02\n---\n\nThe council met.\n", format: .markdown),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] {
        guard let problem = context.article.metadata.frontMatterProblem else { return [] }
        let first = context.article.source.lineIndex.rangeOfLine(1)
        let at = SourceRange(start: problem.range.start, end: min(problem.range.end, first.end))
        return [finding("The front matter is not valid YAML (\(problem.message)); its title, date and other fields were not read", at: at)]
    }
}
