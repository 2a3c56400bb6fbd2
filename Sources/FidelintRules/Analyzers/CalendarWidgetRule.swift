import FidelintCore

/// A calendar widget: a month line, a weekday row ("M T W T F S S", "L M M J V S D",
/// "Mo Di Mi Do Fr Sa So"), day-number rows and month navigation, reported once for the block.
public struct CalendarWidgetRule: WidgetClusterRule {
    public init() {}
    let kind = WidgetKind.calendar
    let what = "Calendar widget"
    public let description = RuleDescription(
        identifier: "calendar_widget", name: "Calendar Widget",
        summary: "A sidebar calendar widget (month, weekday row, day numbers) was scraped into the article.",
        category: .scraperResidue, defaultSeverity: .error,
        origin: "TAXONOMY §19 widget_junk (calendar widgets); seed article lines 83-89; issue 14 (weekday rows in five languages)",
        triggeringExamples: [
            Example("The festival runs from 4 to 6 July.\n↓July 2025\nM T W T F S S\n  1 2 3 4 5 6\n7 8 9 10 11 12 13\n« Jun   Aug »\n"),
            Example("Archives\n↓September 2025\nMTWTFSS\n1234567\n"),
            Example("La feria abre el sábado.\n\n↓Octubre 2025\nL M X J V S D\n1 2 3 4 5\n"),
            Example("Der Markt beginnt am Montag.\n↓Mo Di Mi Do Fr Sa So\n1 2 3 4 5 6 7\n8 9 10 11 12 13 14\n"),
        ],
        nonTriggeringExamples: [
            Example("Public information sessions:\nSat 14 June – Kessling Town Hall, 10 a.m.\nTue 17 June – Brennock Library, 6 p.m.\n"),
            Example("July 2025\nSales rose 4 percent in July 2025.\n"),
            Example("Results\n1 2 3\nThe scores were close.\n"),
        ],
        repair: .line)
}
