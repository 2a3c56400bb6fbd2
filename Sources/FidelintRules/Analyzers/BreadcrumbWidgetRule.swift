import FidelintCore

/// A breadcrumb trail ("Home > Sport > Football", "Breadcrumb: News / Courts / Coastal",
/// "Inicio › Deportes › Fútbol", "Vous êtes ici : Accueil > Société") scraped into the article:
/// a page's navigation, one finding per cluster. Decided by the line's shape (short capitalised
/// items joined by one separator), not by its words; see `WidgetLines.breadcrumb`.
public struct BreadcrumbWidgetRule: WidgetClusterRule {
    public init() {}
    let kind = WidgetKind.breadcrumb
    let what = "Breadcrumb trail"
    public let description = RuleDescription(
        identifier: "breadcrumb_widget", name: "Breadcrumb Widget",
        summary: "A page's breadcrumb trail (\"Home > News > Local\") was scraped into the article.",
        category: .scraperResidue, defaultSeverity: .error,
        origin: "TAXONOMY §19 widget_junk (page chrome scraped as body text); issue 14 (navigation lines in five languages)",
        triggeringExamples: [
            Example("↓Home > Travel > Europe > Portugal\n\nLisbon trams get new timetable\n"),
            Example("The bridge reopens in May.\n↓Breadcrumb: News / Transport\n"),
            Example("↓Inicio › Deportes › Fútbol\n\nEl Betis gana en casa.\n"),
            Example("↓Vous êtes ici : Accueil > Société > Justice\n\nLe procès s'ouvre lundi.\n"),
        ],
        nonTriggeringExamples: [
            Example("Temperatures > 40C were recorded in three towns.\n"),
            Example("Rock / Pop / Jazz\nThe festival has three stages.\n"),
            Example("The 24/7 helpline and the AC/DC tribute act both opened on Friday.\n"),
            Example("Opinion | The ferry timetable needs a rethink\n"),
        ],
        repair: .line)
}
