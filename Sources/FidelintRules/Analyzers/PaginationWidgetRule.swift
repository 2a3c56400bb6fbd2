import FidelintCore

/// A pagination row ("« Previous 1 2 Next »", "1 2 3 … 10 Next ›", "Page 1 of 3", "Página 1 de 3",
/// "Seite 1 von 3", "Older posts / Newer posts").
public struct PaginationWidgetRule: WidgetClusterRule {
    public init() {}
    let kind = WidgetKind.pagination
    let what = "Pagination widget"
    public let description = RuleDescription(
        identifier: "pagination_widget", name: "Pagination Widget",
        summary: "A page-number navigation row was scraped into the article.",
        category: .scraperResidue, defaultSeverity: .error,
        origin: "seed article line 91 (\"1 - 2 - 3 - 4\"); issue 14 (pagination forms in five languages)",
        triggeringExamples: [
            Example("The content will be deleted within 24 hours.\n\n↓1 - 2 - 3 - 4 - 5 - 6 - 7 - 8\n"),
            Example("The vote is on Friday.\n↓« Previous 1 2 3 … 10 Next »\n"),
            Example("La votación es el viernes.\n↓Página 1 de 3\n"),
            Example("Die Wahl ist am Freitag.\n↓Seite 2 von 4\n« Zurück   Weiter »\n"),
            Example("Rain is expected.\n↓Older posts / Newer posts\n"),
        ],
        nonTriggeringExamples: [
            Example("The home side won 3 - 1 after extra time.\nSteps 1 - 2 were skipped.\n"),
            Example("Next\nThe council meets again in May.\n"),
            Example("Final score\n2 - 1\n"),
        ],
        repair: .line)
}
