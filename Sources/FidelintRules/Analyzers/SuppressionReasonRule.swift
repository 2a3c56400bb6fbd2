import FidelintCore

/// An inline suppression without a reason (no `-- why` after the rules), reported when the
/// configuration sets `require_suppression_reason: true`. The linter reports it
/// (`Linter.applySuppressions`); this type gives the rule its id, description and severity.
///
/// Pattern source: ESLint's `eslint-comments/require-description`.
public struct SuppressionReasonRule: Rule {
    public init() {}

    public let description = RuleDescription(
        identifier: Suppressions.missingReasonRuleId, name: "Suppression Without Reason",
        summary: "An inline fidelint-disable comment gives no reason (when reasons are required).",
        category: .suppression, defaultSeverity: .warning,
        origin: "eslint-plugin-eslint-comments require-description",
        triggeringExamples: [
            Example("# Harbour News\n\n↓<!-- fidelint-disable-next-line ad_label -->\nADVERTISEMENT\n", format: .markdown,
                    options: LintOptions(requireSuppressionReason: true)),
            Example("Harbour News\n\n↓# fidelint-disable-file\nADVERTISEMENT\n", options: LintOptions(requireSuppressionReason: true)),
        ],
        nonTriggeringExamples: [
            Example("# Harbour News\n\n<!-- fidelint-disable-next-line ad_label -->\nADVERTISEMENT\n", format: .markdown),
            Example("# Harbour News\n\n<!-- fidelint-disable-next-line ad_label -- sponsor label required -->\nADVERTISEMENT\n", format: .markdown,
                    options: LintOptions(requireSuppressionReason: true)),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] { [] }
}
