import FidelintCore

/// Share, like and follow rows ("Share on X   Share on Facebook   Copy link", "Share this:",
/// "Compartir en Facebook", "Teilen", "Folgen Sie uns auf Instagram"), one finding per cluster.
public struct ShareWidgetRule: WidgetClusterRule {
    public init() {}
    let kind = WidgetKind.share
    let what = "Share widget"
    public let description = RuleDescription(
        identifier: "share_widget", name: "Share Widget",
        summary: "A row of share buttons or \"Share this / Like this\" labels was scraped into the article.",
        category: .scraperResidue, defaultSeverity: .error,
        origin: "TAXONOMY §19 widget_junk (Jetpack \"Share this:\", Elementor share buttons in trafilatura#916); issue 14",
        triggeringExamples: [
            Example("Food stalls sold out on the final evening.\n↓Share on X   Share on Facebook   Copy link\n"),
            Example("The ferry leaves at noon.\n↓Share this:\nFacebook\nTwitter\nLike this:\nLike Loading...\n"),
            Example("El ferry sale al mediodía.\n↓Compartir en Facebook | WhatsApp | Correo\n"),
        ],
        nonTriggeringExamples: [
            Example("Readers can share on Facebook or copy the link to the article.\n"),
            Example("The company owns Facebook.\nIt also bought a messaging service.\n"),
        ],
        repair: .line)
}
