import FidelintCore
@testable import FidelintRules
import Testing

/// Scraper residue families of issue 14: widget clusters as one finding, mojibake with its
/// repaired reading, leftover widget text in HTML, and the duplicate-section placement rules.
@Suite struct ScraperResidueTests {
    static func findings(_ text: String, _ format: ArticleFormat = .plain, rule: String? = nil) -> [ResolvedFinding] {
        let path = format == .html ? "t.html" : format == .markdown ? "t.md" : "t.txt"
        return TestSupport.lint(text, format: format, path: path).findings.filter { rule == nil || $0.ruleId == rule }
    }

    @Test func calendarIsOneFindingSpanningItsLines() {
        let text = "The fair opens on Saturday.\n\nNovember 2025\nL M M J V S D\n1 2\n3 4 5 6 7 8 9\n« Oct   Déc »\n\nEntry is free.\n"
        let f = Self.findings(text, rule: "calendar_widget")
        #expect(f.count == 1)
        #expect(f.first?.location.line == 3)
        #expect(f.first?.location.endLine == 7)
        #expect(f.first?.message.contains("5 lines") == true)
    }

    @Test func shareClusterIsOneFindingInMarkdown() {
        let text = "# Title\n\nThe pool reopens.\n\nCondividi su Facebook\nCondividi su WhatsApp\nStampa\n\nMore text follows here.\n"
        let f = Self.findings(text, .markdown, rule: "share_widget")
        #expect(f.count == 1)
        #expect(f.first?.location.line == 5)
        #expect(f.first?.location.endLine == 7)
    }

    @Test func paginationFormsInFiveLanguages() {
        for line in ["Page 2 of 7", "Página 1 de 3", "Seite 1 von 3", "Pagina 2 di 4", "1 2 3 … 10 Next ›", "« Précédent 1 2 Suivant »",
                     "Older posts / Newer posts"] {
            let f = Self.findings("The vote is on Friday.\n\(line)\n", rule: "pagination_widget")
            #expect(f.count == 1, "\(line)")
            #expect(f.first?.location.line == 2, "\(line)")
        }
        for clean in ["The home side won 3 - 1.", "Page 3 of the report lists the savings.", "Next", "2 - 1"] {
            #expect(Self.findings("The vote is on Friday.\n\(clean)\n", rule: "pagination_widget").isEmpty, "\(clean)")
        }
    }

    @Test func relatedHeaderNeedsLinkTitles() {
        let list = "The bridge reopens.\n\nYou may also like\nTram plans go on show\nWhy the ring road closes\n"
        #expect(Self.findings(list, rule: "sidebar_widget").map(\.location.line) == [3])
        #expect(Self.findings("The bridge reopens.\n\nRead more\n\nThe council meets in May to decide.\n", rule: "sidebar_widget").isEmpty)
    }

    @Test func mojibakeReportsTheGarbledWordsWithTheirRepair() {
        let f = Self.findings("The mayor said itâ€™s too early. The cafÃ© is closed.\n", rule: "mojibake")
        #expect(f.count == 1)
        #expect(f.first?.message == "Mojibake (UTF-8 read as Windows-1252, 2 garbled characters): “itâ€™s too early. The cafÃ©” should read “it’s too early. The café”")
        #expect(f.first?.location.column == 16)
    }

    @Test func mojibakeLeavesRealAccentedCapitalsAlone() {
        for clean in ["NÃO HÁ VAGAS EM SÃO PAULO.", "LE CHÂTEAU rouvre; « IRMÃ »", "Un système automatisé\u{00A0}».", "Ärger über Öl, 15 °C ± 2."] {
            #expect(Self.findings(clean + "\n", rule: "mojibake").isEmpty, "\(clean)")
        }
    }

    /// Measured decision (HTMLReader.isLeftoverText): a text-only element named as an ad or widget
    /// between paragraphs is read (and reported); one beside an ad slot or with live links stays chrome.
    @Test func leftoverWidgetTextInHTMLIsReadButLiveSlotsAreChrome() {
        let leftover = "<html><body><article><h1>T</h1><p>First paragraph of the story.</p>\n<div class=\"promo\">Sponsored</div>\n<p>Second paragraph.</p></article></body></html>"
        #expect(Self.findings(leftover, .html, rule: "ad_label").map(\.location.line) == [2])
        let slot = "<html><body><article><h1>T</h1><p>First paragraph of the story.</p>\n<div class=\"ad-wrap\"><div class=\"ad-label\">Advertisement</div><div class=\"slot\"></div></div>\n<p>Second paragraph.</p></article></body></html>"
        #expect(Self.findings(slot, .html, rule: "ad_label").isEmpty)
        let live = "<html><body><article><h1>T</h1><p>First paragraph of the story.</p>\n<div class=\"pager\">« Previous <a href=\"/p/1\">1</a> <a href=\"/p/2\">2</a> Next »</div>\n</article></body></html>"
        #expect(Self.findings(live, .html, rule: "pagination_widget").isEmpty)
    }

    @Test func breadcrumbTrailsByShapeNotWords() {
        for line in ["Home » Travel » Europe", "Inicio > Deportes > Fútbol", "Accueil › Société", "Startseite / Lokales / Verkehr",
                     "You are here: Home / News", "Ti trovi in: Home > Cronaca", "Você está em: Início > Esportes", "Weather > Storms > Coast"] {
            let f = Self.findings("\(line)\n\nThe ferry leaves at noon.\n", rule: "breadcrumb_widget")
            #expect(f.map(\.location.line) == [1], "\(line)")
        }
        for clean in ["Temperatures > 40C were recorded in Alcora.", "Politics | Economy | Culture", "Opinion | Why the ferry needs a rethink",
                      "The route runs Leeds > York > Scarborough, the operator said.", "Sales rose 4% / 6% / 9% in the quarters.",
                      "Share this story: Facebook | LinkedIn | Email"] {
            #expect(Self.findings("\(clean)\n\nThe ferry leaves at noon.\n", rule: "breadcrumb_widget").isEmpty, "\(clean)")
        }
    }

    @Test func labelledShareRowsInSixLanguages() {
        for line in ["Share this article: Facebook · X · WhatsApp · Copy link", "Compartir en: Facebook | WhatsApp | Enviar por correo",
                     "Partager sur : Facebook · X · Envoyer par e-mail", "Teilen: Facebook | WhatsApp | E-Mail | Drucken",
                     "Condividi: Facebook · WhatsApp · Copia link", "Compartilhe: WhatsApp · Facebook · Copiar link",
                     "Share this page via Facebook, X or email"] {
            let f = Self.findings("The pool reopens.\n\n\(line)\n\nMore text follows here.\n", rule: "share_widget")
            #expect(f.map(\.location.line) == [3], "\(line)")
        }
        for clean in ["Share your photos with us on Facebook or by email.", "Follow us on Facebook and Instagram for updates, the council said.",
                      "Share prices fell 3% on Facebook, X and email news."] {
            #expect(Self.findings("The pool reopens.\n\n\(clean)\n", rule: "share_widget").isEmpty, "\(clean)")
        }
    }

    @Test func signUpBoxesNeedTwoCueGroupsAndCookieNoticesASpeaker() {
        for line in ["**The Ledger** lands in your inbox every weekday. [Subscribe](https://example.org/l) — unsubscribe at any time.",
                     "Recibe cada viernes el boletín en tu correo. Sin spam, date de baja cuando quieras.",
                     "Recevez l'essentiel dans votre boîte mail. Inscrivez-vous.",
                     "Die wichtigsten Nachrichten in Ihr Postfach. Jetzt anmelden, jederzeit abbestellbar.",
                     "By continuing to use this site you consent to the use of cookies.",
                     "Wir setzen Cookies ein, um die Nutzung zu messen. Alle akzeptieren"] {
            let f = Self.findings("The pool reopens.\n\n\(line)\n\nMore text follows here.\n", .markdown, rule: "sidebar_widget")
            #expect(f.map(\.location.line) == [3], "\(line)")
        }
        for clean in ["The newsletter lands in readers' inboxes every Friday.", "You can unsubscribe at any time, the company said in a statement.",
                      "We use cookies sparingly, the company's privacy officer told the committee.",
                      "By using cookies, advertisers can track users, the study found."] {
            #expect(Self.findings("The pool reopens.\n\n\(clean)\n", rule: "sidebar_widget").isEmpty, "\(clean)")
        }
    }

    @Test func adTeasersPairASlotLabelWithOneShortLine() {
        for line in ["Sponsored · Find the best commuter bikes near you", "Ferienhäuser an der Ostsee | Anzeige", "Promoted: Compare energy tariffs",
                     "Publicidad · Descubre las mejores hipotecas"] {
            #expect(Self.findings("The pool reopens.\n\(line)\n", rule: "ad_label").map(\.location.line) == [2], "\(line)")
        }
        for clean in ["Sponsored by the harbour trust, the regatta drew 40 boats.", "Promoted: the striker was promoted to captain.",
                      "Advertising | Agencies cut budgets as the downturn bites"] {
            #expect(Self.findings("The pool reopens.\n\(clean)\n", rule: "ad_label").isEmpty, "\(clean)")
        }
    }

    @Test func syndicationFootersNeedTwoSignalsAPlainCreditOne() {
        for line in ["This story was first published by Canal Times and is shared under a content syndication licence.",
                     "Republished via a partner wire. This text has not been reviewed by our editors.",
                     "Este contenido fue difundido originalmente por la agencia Norte y se reproduce en virtud de un acuerdo de intercambio de contenidos.",
                     "Cet article a d'abord été diffusé par l'agence Alpes Presse et est repris ici dans le cadre d'un accord de syndication.",
                     "Dieser Beitrag erschien ursprünglich im Kreisboten und wird hier mit freundlicher Genehmigung übernommen.",
                     "Questo articolo è stato pubblicato originariamente da Canale Oggi ed è riprodotto senza modifiche redazionali.",
                     "Este conteúdo foi publicado originalmente pelo portal Sul e é reproduzido aqui por meio de acordo de parceria editorial."] {
            #expect(Self.findings("The dam is full.\n\n\(line)\n", rule: "aggregator_disclaimer").map(\.location.line) == [3], "\(line)")
        }
        for clean in ["Originally published on Starwatch Magazine.", "This article first appeared in print on Saturday 14 June.",
                      "This story was produced in partnership with the Coastal Data Project.", "Additional reporting by Nadia Okafor.",
                      "The paper signed a content-sharing agreement with two regional titles.", "Reproduced with permission.",
                      "This piece was first published in 2019 and has been shared widely since."] {
            #expect(Self.findings("The dam is full.\n\n\(clean)\n", rule: "aggregator_disclaimer").isEmpty, "\(clean)")
        }
    }

    /// Measured decision (HTMLReader.isOuterResidue, isInterruptingWidget): a widget block beside
    /// the article region with its working parts gone, a consent notice inside the region and a
    /// share bar between two paragraphs are page residue; working furniture is not.
    @Test func pageResidueIsReadBesideAndInsideTheRegion() {
        let page = "<html><body>\n<div class=\"bar\">We use cookies to count visits. Accept all | Settings</div>\n<article><h1>T</h1>\n"
            + "<p>First paragraph of the story.</p>\n<div class=\"share-row\">Share <a href=\"https://fb.example/s\">Facebook</a> <a href=\"mailto:?s=T\">Email</a></div>\n"
            + "<p>Second paragraph.</p>\n</article>\n<aside><p>Get the briefing in your inbox.</p><p>Sign up</p></aside>\n"
            + "<footer><p>This story was supplied by a regional content partner and has not been reviewed by our editors.</p></footer>\n</body></html>"
        let article = HTMLReader().read(SourceText(path: "t.html", string: page))
        let residue = article.pageResidue.map { String(decoding: $0.utf8, as: UTF8.self) }
        #expect(residue == "We use cookies to count visits. Accept all | Settings\nShare Facebook Email\nGet the briefing in your inbox.\nSign up\n"
            + "This story was supplied by a regional content partner and has not been reviewed by our editors.\n")
        let f = Self.findings(page, .html).filter { $0.category == .scraperResidue }.map { "\($0.location.line) \($0.ruleId)" }
        #expect(f == ["2 sidebar_widget", "5 share_widget", "8 sidebar_widget", "9 aggregator_disclaimer"])

        let furniture = "<html><body>\n<div class=\"cookie-banner\">We use cookies. <button>Accept</button></div>\n<article><h1>T</h1>\n"
            + "<div class=\"share-tools\">Share <a href=\"https://fb.example/s\">Facebook</a> <a href=\"mailto:?s=T\">Email</a></div>\n"
            + "<p>First paragraph of the story.</p>\n<p>Second paragraph.</p>\n</article>\n"
            + "<footer><div><h4>Follow us</h4><a href=\"https://fb.example/t\">Facebook</a></div><p>Subscribe to our newsletter</p></footer>\n</body></html>"
        #expect(Self.findings(furniture, .html).filter { $0.category == .scraperResidue }.isEmpty)
    }

    @Test func duplicatedHTMLTableIsReportedAtItsTableLine() {
        let table = "<table>\n<tr><th>Reservoir</th><th>Level</th></tr>\n<tr><td>Upper Dene</td><td>81%</td></tr>\n<tr><td>Holm Moss</td><td>74%</td></tr>\n</table>\n"
        let html = "<html><body><article><h1>Levels</h1>\n<p>Levels rose.</p>\n" + table + "<p>Restrictions end.</p>\n" + table + "</article></body></html>"
        let f = Self.findings(html, .html, rule: "duplicate_section")
        #expect(f.map(\.location.line) == [9])
    }

    @Test func headlineIsNeverTheFirstCopy() {
        let h = "Water company fined after sewage spills into the river Dene on forty separate days last summer, regulator says"
        let text = "\(h)\n\n\(h).\n\nThe regulator said pumping stations had failed.\n"
        #expect(Self.findings(text, rule: "duplicate_section").isEmpty)
    }
}
