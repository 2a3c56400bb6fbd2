import FidelintCore

/// Sidebar, related-article, newsletter and cookie widgets ("Related posts:" and the titles under
/// it, "You may also like", "Lire aussi", "Subscribe to our newsletter", "We use cookies … Accept",
/// two or more sidebar headings), one finding per cluster.
public struct SidebarWidgetRule: WidgetClusterRule {
    public init() {}
    let kind = WidgetKind.sidebar
    let what = "Sidebar widget"
    public let description = RuleDescription(
        identifier: "sidebar_widget", name: "Sidebar Widget",
        summary: "Sidebar, related-article, newsletter or cookie widgets were scraped into the article.",
        category: .scraperResidue, defaultSeverity: .warning,
        origin: "TAXONOMY §19 widget_junk (newspaper#128 menus; trafilatura#160); seed article lines 79-81; issue 14",
        triggeringExamples: [
            Example("A podcast host who engages in conversations.\n\n↓Categories\n\nArchives\n"),
            Example("The bridge reopens in May.\n\n↓Related posts:\nBridge repairs delayed again\nCouncil approves new budget\n"),
            Example("Le pont rouvre en mai.\n↓Abonnez-vous à notre newsletter\nVotre e-mail\nS'abonner\n"),
            Example("The bridge reopens in May.\n↓We use cookies to improve your experience.\nAccept all\n"),
        ],
        nonTriggeringExamples: [
            Example("The city's archives hold records from 1820.\n\nArchives\n\nThe reading room reopens in May.\n"),
            Example("Readers who want more can read more about the plan on the council's site.\n"),
        ],
        repair: .line)
}
