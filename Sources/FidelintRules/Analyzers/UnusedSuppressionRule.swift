import FidelintCore

/// An inline suppression (`<!-- fidelint-disable-next-line RULE -- reason -->`) that suppresses
/// nothing: the finding it was written for is gone, or it names the wrong rule or line. The
/// linter reports it after applying suppressions (`Linter.applySuppressions`); this type gives
/// the rule its id, description and severity.
///
/// Pattern source: ESLint's `--report-unused-disable-directives` and markdownlint's unused
/// `markdownlint-disable` comments.
public struct UnusedSuppressionRule: Rule {
    public init() {}

    public let description = RuleDescription(
        identifier: Suppressions.unusedRuleId, name: "Unused Suppression",
        summary: "An inline fidelint-disable comment suppresses nothing.",
        category: .suppression, defaultSeverity: .warning,
        origin: "ESLint --report-unused-disable-directives; markdownlint disable comments",
        triggeringExamples: [
            Example("# Harbour News\n\n↓<!-- fidelint-disable-next-line ad_label -- sponsor label required -->\nThe ferry runs hourly.\n", format: .markdown),
            Example("Harbour News\n\n↓# fidelint-disable-line\nThe ferry runs hourly.\n"),
        ],
        nonTriggeringExamples: [
            Example("# Harbour News\n\nThe ferry runs hourly.\n", format: .markdown),
            Example("<p>The ferry runs hourly. fidelint-disable-line is only text here.</p>", format: .html),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] { [] }
}
