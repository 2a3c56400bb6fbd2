import FidelintCore
import Foundation

/// Page widgets scraped into the article body, found as *line shapes* over short per-language
/// word lists (`WidgetVocabulary`), not as sentences: a calendar (month line, weekday row, day
/// grid, month navigation), pagination ("« Previous 1 2 Next »", "Page 1 of 3", "Seite 1 von 3",
/// "Older posts / Newer posts"), share/like/follow rows, related-article lists ("Related posts:"
/// and the link titles under it), newsletter and cookie banners, and sidebar headings.
///
/// Each prose line of at most `maxLineBytes` bytes is classified once per article
/// (`WidgetLines.shared`); consecutive widget lines (blank lines between them allowed) form one
/// cluster (a line of another family starts a new one), and each cluster is **one finding**
/// spanning its lines, reported by the rule of its first *strong* line (a shape that prose never takes, such as a weekday row or "Share this:").
/// A cluster of weak lines only (a lone "Facebook", a "July 2025" heading, a day-number row) is
/// reported only when it holds two or more lines. In HTML, a cluster holding a live link
/// (`<a href>`) is working page furniture (a real pager, a related-links box), not residue.
///
/// Pattern source: `../shared/cases/TAXONOMY.md` §19 widget_junk (Jetpack "Share this:" and
/// "Like this:", Elementor share buttons in trafilatura#916, newspaper#128 menus), the seed article
/// (lines 79-91) and issue 14 (pagination, calendar and related-list families in five languages).
enum WidgetKind: Int, Sendable {
    case calendar, pagination, share, sidebar
    /// Breadcrumb trails ("Home > Sport > Football", "Breadcrumb: News / Courts").
    case breadcrumb
}

/// One classified line: its kind and whether its shape alone proves a widget.
struct WidgetLine: Sendable {
    var kind: WidgetKind
    var strong: Bool
    /// The line continues a cluster only (a day row, link titles under a related header).
    var continuation: Bool = false
    /// Link titles may follow (a related-list header: "Related posts:", "Read more").
    var header: Bool = false
}

/// A cluster of widget lines: view byte range (first line start to last line end) and the kind
/// that reports it.
struct WidgetCluster: Sendable {
    var kind: WidgetKind
    var viewRange: Range<Int>
    var lines: Int
    /// The cluster stands in `Article.pageResidue` (its `viewRange` is in that view), not in the prose.
    var inPageResidue = false
}

/// Word lists of the widget families, per language (en, es, fr, de, it, pt), lowercased.
enum WidgetVocabulary {
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        "januar", "jänner", "februar", "märz", "april", "juni", "juli", "oktober", "dezember",
        "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
        "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
    ]
    /// Month abbreviations of calendar navigation ("« Jun   Aug »").
    static let monthAbbreviations: Set<String> = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "ene", "abr", "ago", "dic", "janv", "févr", "fév", "avr", "juil", "déc", "mär", "mrz", "okt", "dez",
        "gen", "mag", "giu", "lug", "set", "ott", "fev", "out",
    ]
    /// Weekday rows, Monday or Sunday first; a row matches in any rotation.
    static let weekdayRows: [[String]] = [
        ["m", "t", "w", "t", "f", "s", "s"], ["mo", "tu", "we", "th", "fr", "sa", "su"],
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
        ["l", "m", "m", "j", "v", "s", "d"], ["lu", "ma", "me", "je", "ve", "sa", "di"],
        ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"],
        ["l", "m", "x", "j", "v", "s", "d"], ["lu", "ma", "mi", "ju", "vi", "sá", "do"], ["lu", "ma", "mi", "ju", "vi", "sa", "do"],
        ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"], ["lun", "mar", "mie", "jue", "vie", "sab", "dom"],
        ["m", "d", "m", "d", "f", "s", "s"], ["mo", "di", "mi", "do", "fr", "sa", "so"],
        ["l", "m", "m", "g", "v", "s", "d"], ["lu", "ma", "me", "gi", "ve", "sa", "do"],
        ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
        ["s", "t", "q", "q", "s", "s", "d"], ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"],
        ["seg", "ter", "qua", "qui", "sex", "sab", "dom"],
    ]
    /// Pagination direction words and arrows.
    static let navWords: Set<String> = [
        "«", "»", "‹", "›", "←", "→", "<", ">", "<<", ">>", "prev", "previous", "next", "older", "newer", "first", "last",
        "anterior", "anteriores", "siguiente", "siguientes", "próxima", "proxima", "próximo", "seguinte", "primera", "última",
        "précédent", "précédente", "precedent", "suivant", "suivante", "suivants", "première", "dernière", "plus", "anciens", "récents",
        "zurück", "weiter", "vorherige", "vorige", "nächste", "ältere", "neuere", "erste", "letzte",
        "precedente", "precedenti", "successivo", "successiva", "successivi", "prossima", "meno", "più", "recenti",
        "antigos", "recentes", "mais",
    ]
    /// Direction words that make a navigation line on their own ("Older posts", "Suivant »").
    static let directionWords: Set<String> = [
        "prev", "previous", "next", "older", "newer", "anterior", "anteriores", "siguiente", "siguientes", "próxima", "proxima",
        "próximo", "seguinte", "précédent", "précédente", "suivant", "suivante", "zurück", "weiter", "vorherige", "nächste",
        "ältere", "neuere", "precedente", "precedenti", "successivo", "successiva", "successivi", "antigos", "recentes",
        "anciens", "récents", "recenti",
    ]
    /// Nouns of pagination lines ("Older posts", "Página siguiente").
    static let pageNouns: Set<String> = [
        "page", "pages", "post", "posts", "entries", "entry", "articles", "article", "stories", "results", "página", "pagina",
        "páginas", "entradas", "artículos", "noticias", "seite", "beiträge", "artikel", "articoli", "pagine", "notícias", "postagens",
    ]
    /// "Page", "of" words of "Page 1 of 3" in each language.
    static let pageWords: Set<String> = ["page", "página", "pagina", "pág", "seite", "pag"]
    static let ofWords: Set<String> = ["of", "de", "sur", "von", "di", "/"]
    /// Share targets and actions (buttons).
    static let shareButtons: Set<String> = [
        "facebook", "twitter", "x", "linkedin", "whatsapp", "pinterest", "reddit", "telegram", "email", "e-mail", "mail",
        "print", "tweet", "share", "messenger", "flipboard", "tumblr", "threads", "bluesky", "mastodon", "pocket", "sms",
        "compartir", "partager", "teilen", "condividi", "compartilhar", "compartilhe", "imprimir", "imprimer", "drucken",
        "stampa", "correo", "courriel", "copiar", "copier", "kopieren", "copia", "link", "enlace", "lien", "xing",
        "instagram", "youtube", "tiktok", "snapchat", "vk", "viber", "wechat", "weibo",
        // Send, save and copy actions of share rows ("Enviar por correo", "Copy link", "Save").
        "send", "save", "enviar", "guardar", "envoyer", "enregistrer", "senden", "merken", "invia", "salva", "salvar",
        "correio", "url", "copy",
    ]
    /// Words of the label before a share or follow row ("Share this article:", "Compartir en:",
    /// "Partager sur :", "Diesen Artikel teilen:", "Siga-nos nas redes:"); one of `shareVerbs` must be among them.
    static let shareHeadWords: Set<String> = [
        "share", "this", "article", "story", "post", "page", "on", "via", "follow", "us", "the", "with", "your", "friends",
        "compartir", "comparte", "compártelo", "esta", "este", "artículo", "noticia", "en", "síguenos", "siguenos", "nos", "redes",
        "partager", "partagez", "cet", "article", "sur", "suivez-nous", "la", "les", "réseaux",
        "teilen", "diesen", "artikel", "auf", "folgen", "sie", "uns", "beitrag", "jetzt",
        "condividi", "questo", "articolo", "su", "seguici", "sui", "social",
        "compartilhe", "compartilhar", "artigo", "no", "nas", "em", "siga-nos", "sociais",
    ]
    /// Verbs of share and follow labels.
    static let shareVerbs: Set<String> = [
        "share", "follow", "compartir", "comparte", "compártelo", "síguenos", "siguenos", "partager", "partagez", "suivez-nous",
        "teilen", "folgen", "condividi", "seguici", "compartilhe", "compartilhar", "siga-nos",
    ]
    /// Words that may join buttons ("Share on X", "Copy link", "Compartir en Facebook").
    static let shareJoiners: Set<String> = ["on", "via", "en", "sur", "auf", "per", "su", "no", "na", "por", "par", "by", "le", "el", "copy", "the"]
    /// Whole-line labels of share, like and follow widgets (trailing ":" and "…" removed).
    static let shareLabels: Set<String> = [
        "share this", "share this article", "share this story", "share this post", "share article", "share story",
        "like this", "like loading", "follow us", "share via", "share on",
        "compartir", "compartir esto", "compartir este artículo", "comparte esta noticia", "comparte este artículo", "me gusta esto",
        "me gusta cargando", "síguenos", "siguenos",
        "partager", "partager cet article", "partager ceci", "j'aime ceci", "j’aime ceci", "j'aime chargement", "j’aime chargement", "suivez-nous",
        "teilen", "diesen artikel teilen", "artikel teilen", "gefällt mir", "gefällt mir wird geladen", "folgen sie uns", "folge uns",
        "condividi", "condividi questo articolo", "mi piace", "mi piace caricamento", "seguici",
        "compartilhe", "compartilhar", "compartilhe este artigo", "curtir isso", "curtir carregando", "siga-nos", "siga nos",
    ]
    /// Whole-line headers of related-article lists and "read more" links.
    static let relatedLabels: Set<String> = [
        "related", "related posts", "related articles", "related stories", "related news", "related content", "related coverage",
        "you may also like", "you might also like", "you may also be interested in", "recommended", "recommended for you",
        "recommended stories", "read more", "read next", "read also", "see also", "more stories", "more from this author",
        "don't miss", "don’t miss", "also read", "more on this story", "further reading",
        "te puede interesar", "también te puede interesar", "quizás te interese", "lee también", "leer más", "lea también",
        "noticias relacionadas", "artículos relacionados", "entradas relacionadas", "publicaciones relacionadas", "más noticias",
        "à lire aussi", "a lire aussi", "lire aussi", "lire la suite", "articles similaires", "articles liés", "sur le même sujet",
        "vous aimerez aussi", "vous aimerez peut-être aussi", "à voir aussi",
        "das könnte sie auch interessieren", "mehr zum thema", "weitere artikel", "auch interessant", "lesen sie auch",
        "ähnliche artikel", "ähnliche beiträge", "weiterlesen", "passend zum thema", "verwandte artikel",
        "potrebbe interessarti", "ti potrebbe interessare", "leggi anche", "articoli correlati", "leggi di più", "post correlati",
        "potrebbero interessarti",
        "veja também", "leia também", "leia mais", "notícias relacionadas", "posts relacionados", "artigos relacionados",
        "você também pode gostar", "voce tambem pode gostar", "saiba mais",
    ]
    /// Openings of related-list headers that name a section ("More from Books").
    static let relatedPrefixes = [
        "more from ", "more in ", "more on ", "latest from ", "latest in ", "also in ", "more stories from ", "more news from ",
        "más de ", "más noticias de ", "más en ", "lo último en ", "plus d'articles ", "plus de ", "toute l'actualité ", "dernières actualités ",
        "mehr aus ", "mehr zu ", "mehr von ", "mehr nachrichten ", "weitere nachrichten ", "altro da ", "altre notizie ", "altri articoli ",
        "ultime notizie ", "mais de ", "mais notícias de ", "mais sobre ", "últimas de ",
    ]
    /// Sidebar headings (weak: two or more together, or next to a strong widget line).
    static let sidebarLabels: Set<String> = [
        "categories", "archives", "recent posts", "recent comments", "popular posts", "tags", "most read", "most popular",
        "trending", "trending now", "latest news", "latest posts", "top stories", "search", "meta", "blogroll", "tag cloud",
        "categorías", "archivos", "entradas recientes", "comentarios recientes", "etiquetas", "lo más leído", "más leídas", "buscar",
        "catégories", "articles récents", "commentaires récents", "étiquettes", "les plus lus", "rechercher",
        "kategorien", "archiv", "neueste beiträge", "neueste kommentare", "schlagwörter", "meistgelesen", "suche",
        "categorie", "archivi", "articoli recenti", "commenti recenti", "i più letti", "cerca",
        "categorias", "arquivos", "posts recentes", "comentários recentes", "mais lidas", "mais lidos", "pesquisar",
    ]
    /// Whole-line "loading" placeholders (strong).
    static let loadingLabels: Set<String> = [
        "loading", "cargando", "chargement", "chargement en cours", "wird geladen", "lädt", "caricamento", "carregando",
    ]
    /// Buttons and fields of newsletter and cookie banners (weak).
    static let bannerButtons: Set<String> = [
        "accept", "accept all", "accept cookies", "reject", "reject all", "decline", "manage preferences", "cookie settings",
        "cookie preferences", "got it", "i agree", "agree", "subscribe", "sign up", "subscribe now", "email address",
        "enter your email", "enter your email address", "your email", "your email address",
        "aceptar", "aceptar todo", "aceptar todas", "rechazar", "configurar", "suscribirse", "suscríbete", "tu correo electrónico",
        "accepter", "tout accepter", "refuser", "tout refuser", "paramétrer", "s'abonner", "s’abonner", "je m'abonne", "votre e-mail",
        "akzeptieren", "alle akzeptieren", "ablehnen", "einstellungen", "abonnieren", "jetzt abonnieren", "ihre e-mail-adresse",
        "accetta", "accetta tutto", "rifiuta", "rifiuta tutto", "iscriviti", "la tua email",
        "aceitar", "aceitar todos", "recusar", "assinar", "inscreva-se", "seu e-mail",
    ]
    /// Verbs opening a newsletter call ("Sign up for our weekly newsletter").
    static let subscribeVerbs = [
        "subscribe", "sign up", "signup", "join", "get", "receive", "suscríbete", "suscribete", "suscríbase", "suscribirse", "recibe",
        "apúntate", "abonnez-vous", "inscrivez-vous", "recevez", "abonnieren", "abonnieren sie", "melden sie sich", "jetzt",
        "bestellen sie", "iscriviti", "ricevi", "abbonati", "assine", "inscreva-se", "receba", "cadastre-se",
    ]
    /// Nouns (prefixes) naming a newsletter in a newsletter call.
    static let newsletterNouns = ["newsletter", "boletín", "boletin", "mailing", "bulletin", "infolettre", "lettre d", "rundbrief", "notiziario"]
    /// Openings of cookie banners ("We use cookies …"), whole-line start.
    static let cookieOpenings = [
        "we use cookies", "this website uses cookies", "this site uses cookies", "our site uses cookies", "we and our partners use cookies",
        "utilizamos cookies", "usamos cookies", "este sitio web utiliza cookies", "este sitio utiliza cookies", "este site usa cookies",
        "este site utiliza cookies", "nous utilisons des cookies", "ce site utilise des cookies", "wir verwenden cookies",
        "wir nutzen cookies", "diese website verwendet cookies", "diese webseite verwendet cookies", "utilizziamo i cookie",
        "utilizziamo cookie", "questo sito utilizza i cookie", "questo sito utilizza cookie", "questo sito usa i cookie",
    ]
    /// Newsletter calls, whole-line start ("Subscribe to our newsletter", "Abonnez-vous à notre newsletter").
    static let newsletterOpenings = [
        "subscribe to our newsletter", "subscribe to the newsletter", "sign up for our newsletter", "sign up for the newsletter",
        "sign up to our newsletter", "get our newsletter", "join our newsletter", "subscribe to our mailing list",
        "suscríbete a nuestro boletín", "suscríbete a nuestra newsletter", "suscríbete al boletín", "suscríbete a la newsletter",
        "abonnez-vous à notre newsletter", "abonnez-vous à la newsletter", "inscrivez-vous à notre newsletter", "inscrivez-vous à la newsletter",
        "newsletter abonnieren", "jetzt newsletter abonnieren", "abonnieren sie unseren newsletter", "melden sie sich für unseren newsletter an",
        "iscriviti alla nostra newsletter", "iscriviti alla newsletter", "assine nossa newsletter", "assine a nossa newsletter",
        "inscreva-se na nossa newsletter", "inscreva-se em nossa newsletter", "receba nossa newsletter",
    ]

    /// Labels opening a breadcrumb trail ("Breadcrumb: News / Courts", "Vous êtes ici : Accueil > …").
    static let breadcrumbLabels = [
        "breadcrumbs", "breadcrumb", "you are here", "estás en", "usted está en", "está en", "vous êtes ici", "vous etes ici",
        "sie sind hier", "sie befinden sich hier", "ti trovi in", "sei in", "você está em", "voce esta em", "está em",
    ]
    /// First items of a breadcrumb trail (the site's home page).
    static let homeWords: Set<String> = [
        "home", "homepage", "start", "inicio", "portada", "accueil", "startseite", "start", "home page", "início", "inicio",
        "página inicial", "pagina inicial", "pagina iniziale", "pagina principale",
    ]
    /// Separators of breadcrumb trails: `>`-like arrows prove a trail on their own; `/` and `|`
    /// need a label or a home item first (they also separate a kicker from its section).
    static let trailArrows: Set<Character> = [">", "›", "»", "→", "▸", "►"]
    static let trailBars: Set<Character> = ["/", "|"]

    /// Cues of newsletter sign-up boxes, as lower-case substrings, in three groups: delivery to
    /// the reader's own inbox (second person), a sign-up call, and an opt-out promise. Two
    /// groups on one short line make a sign-up box ("Get the brief in your inbox — Sign up · No
    /// spam, unsubscribe anytime"); news prose about newsletters names none in the second person.
    static let inboxCues = [
        "in your inbox", "to your inbox", "into your inbox", "in your email", "to your email", "in your mailbox",
        "en tu bandeja", "en tu correo", "en su bandeja", "en su correo", "en tu email", "en tu e-mail",
        "dans votre boîte", "dans votre boite", "dans ta boîte", "dans votre messagerie",
        "in ihr postfach", "in ihrem postfach", "in dein postfach", "in ihre inbox", "in deine inbox",
        "na sua caixa", "no seu e-mail", "no seu email", "no seu correio",
        "nella tua casella", "nella tua email", "nella tua e-mail", "nella tua posta", "nella sua casella",
    ]
    static let signUpCues = [
        "sign up", "signup", "subscribe", "register now", "join now", "get it now",
        "suscríbete", "suscribete", "suscríbase", "suscribirse", "regístrate", "registrate", "apúntate", "apuntate", "date de alta",
        "inscrivez-vous", "abonnez-vous", "je m'inscris", "je m’inscris", "s'inscrire", "s’inscrire", "s'abonner", "s’abonner",
        "jetzt anmelden", "anmelden", "abonnieren", "registrieren",
        "iscriviti", "abbonati", "registrati",
        "inscreva-se", "assine", "cadastre-se", "quero receber",
    ]
    static let optOutCues = [
        "unsubscribe anytime", "unsubscribe any time", "unsubscribe at any time", "opt out at any time", "opt-out at any time", "no spam",
        "cancel anytime", "cancel at any time",
        "date de baja", "darte de baja", "sin spam", "cancela cuando quieras", "cancela en cualquier momento",
        "vous désinscrire", "se désinscrire", "désinscription", "desinscription", "vous désabonner", "se désabonner", "pas de spam",
        "jederzeit abbestellen", "jederzeit abbestellbar", "jederzeit abmelden", "jederzeit kündbar", "kein spam", "jederzeit wieder abmelden",
        "sem spam", "cancele a qualquer momento", "cancelar a inscrição", "descadastrar", "descadastre-se",
        "disiscriviti", "annulla l'iscrizione", "annulla l’iscrizione", "niente spam", "nessuno spam", "cancellarti in qualsiasi momento",
    ]

    /// Subjects opening a cookie notice ("We use cookies", "This website uses cookies", "By
    /// continuing to browse … cookies"): the site speaking of itself, or the reader's consent.
    static let siteSubjects = [
        "we use", "we and our", "we store", "we place", "this site", "this website", "our site", "our website",
        "este sitio", "este portal", "esta web", "nuestro sitio", "nuestra web", "usamos", "utilizamos",
        "ce site", "nous utilisons", "notre site",
        "wir verwenden", "wir nutzen", "wir setzen", "diese website", "diese webseite", "unsere website", "unsere webseite",
        "questo sito", "utilizziamo", "usiamo", "il nostro sito",
        "este site", "nosso site", "o nosso site",
    ]
    /// Words of reported speech and findings, per language (a news line about cookies or
    /// newsletters, not a notice).
    static let reportWords = [
        "said", "says", "told", "according to", "found", "reported", "warned", "added",
        "dijo", "afirmó", "aseguró", "según", "informó", "a déclaré", "a dit", "selon", "a indiqué", "sagte", "sagt", "laut", "erklärte",
        "ha detto", "ha dichiarato", "secondo", "disse", "afirmou", "segundo", "informou",
    ]
    /// Openings of cookie notices that ask for consent ("By continuing to browse …, you agree to
    /// our use of cookies"): they count with a consent word (`consentWords`).
    static let consentSubjects = [
        "by continuing", "by using", "by browsing", "by clicking", "if you continue",
        "al continuar", "al navegar", "al utilizar", "si continúa", "si continúas", "si sigue",
        "en poursuivant", "en continuant", "en cliquant", "si vous continuez",
        "durch die nutzung", "durch die weitere nutzung", "mit der nutzung", "wenn sie die",
        "proseguendo", "continuando", "cliccando", "se continui",
        "ao continuar", "ao navegar", "ao utilizar", "ao clicar", "se continuar",
    ]
    static let consentWords = [
        "agree", "accept", "consent", "acept", "consient", "accepte", "acceptez", "zustimm", "stimmen sie", "einverstanden",
        "akzeptier", "accett", "acconsent", "consenti", "concorda", "aceita",
    ]
}

/// The widget lines and clusters of one article, computed once (`RuleContext.shared`).
struct WidgetLines {
    /// Lines longer than this (in bytes) are never widget lines, unless they hold a cue
    /// (`hasCue`: sign-up boxes and cookie notices run longer) and are at most `maxCueLineBytes`.
    static let maxLineBytes = 160
    static let maxCueLineBytes = 420

    /// Substrings (ASCII lower-case) that send a line to `classify` whatever its first word:
    /// cookie notices, sign-up boxes, breadcrumb labels and arrows.
    static let cueBytes: [[UInt8]] = ["cookie", "inbox", "unsubscri", "no spam", "bandeja", "postfach", "caixa de entrada",
                                      "casella", "spam", "breadcrumb", "you are here", "tes ici", "sind hier", " > ", " \u{203A} ",
                                      " \u{00BB} ", "\u{2192}", "\u{25B8}", "\u{25BA}", "sign up", "newsletter"].map { Array($0.utf8) }

    /// Breadcrumb labels and home items as UTF-8, lower-case: a line opening with one goes to `classify`.
    static let trailOpenings: [[UInt8]] = (WidgetVocabulary.breadcrumbLabels + Array(WidgetVocabulary.homeWords)).map { Array($0.utf8) }

    /// Whether the line opens with a breadcrumb label or a home item ("Estás en:", "Portada /").
    static func opensTrail(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first, first | 0x20 >= 0x61, first | 0x20 <= 0x7A else { return false }
        return trailOpenings.contains { o in
            o.count < bytes.count && zip(o, bytes).allSatisfy { ByteText.lower($1) == $0 }
                && !isAlnum(bytes[bytes.startIndex + o.count]) && bytes[bytes.startIndex + o.count] < 0x80
        }
    }

    /// `cueBytes` and the sign-up box cues (`inboxCues`, `optOutCues`, `signUpCues`) as UTF-8.
    static let allCueBytes: [[UInt8]] = cueBytes
        + (WidgetVocabulary.inboxCues + WidgetVocabulary.optOutCues + WidgetVocabulary.signUpCues).map { Array($0.utf8) }

    /// Whether the line holds one of `allCueBytes` (ASCII letters compared case-insensitively).
    static func hasCue(_ bytes: ArraySlice<UInt8>) -> Bool {
        var lower = [UInt8]()
        lower.reserveCapacity(bytes.count)
        for b in bytes { lower.append(ByteText.lower(b)) }
        return allCueBytes.contains { ByteText.find($0, in: lower, from: 0, to: lower.count) != nil }
    }

    var clusters: [WidgetCluster] = []

    /// The clusters of the prose and of the page residue (`Article.pageResidue`), computed once per article.
    static func shared(in context: RuleContext) -> WidgetLines {
        (try? context.shared("widget-lines") { () -> WidgetLines in make(context) }) ?? make(context)
    }

    /// `shared`'s value: the prose's clusters, then the page residue's.
    static func make(_ context: RuleContext) -> WidgetLines {
        var lines = WidgetLines(article: context.article, view: context.view(masking: .code))
        if let residue = context.article.pageResidue {
            lines.clusters += WidgetLines(article: context.article, view: residue).clusters.map { c in
                var c = c
                c.inPageResidue = true
                return c
            }
        }
        return lines
    }

    init() {}

    init(article: Article, view: TextView) {
        let bytes = view.utf8
        // Lines of the view: (range, classification or nil, blank).
        var current: [(range: Range<Int>, line: WidgetLine)] = []
        var previous: WidgetLine? = nil
        func close() {
            defer { current.removeAll(); previous = nil }
            guard !current.isEmpty else { return }
            // Trailing continuation lines stay; a leading continuation-only run needs a strong line.
            let strong = current.first { $0.line.strong }
            let nonContinuation = current.filter { !$0.line.continuation }.count
            // Weak lines only: two or more different lines ("Facebook" twice is a repeated credit).
            let distinct = Set(current.map { String(decoding: bytes[$0.range], as: UTF8.self).lowercased() }).count
            guard strong != nil || (current.count >= 2 && nonContinuation >= 1 && distinct >= 2) else { return }
            let kind = strong?.line.kind ?? current.first { !$0.line.continuation }!.line.kind
            clusters.append(WidgetCluster(kind: kind, viewRange: current.first!.range.lowerBound..<current.last!.range.upperBound,
                                          lines: current.count))
        }
        var start = 0
        let n = bytes.count
        while start < n {
            // Lines end at a newline or at a soft break (U+2028, E2 80 A8: a Markdown paragraph's line).
            var end = start
            while end < n, bytes[end] != 0x0A, !(bytes[end] == 0xE2 && end + 2 < n && bytes[end + 1] == 0x80 && bytes[end + 2] == 0xA8) { end += 1 }
            let next = end < n && bytes[end] == 0xE2 ? end + 3 : end + 1
            // Trim.
            var lo = start, hi = end
            while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 || bytes[lo] == 0x0D { lo += 1 }
            while hi > lo {
                if bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 || bytes[hi - 1] == 0x0D { hi -= 1; continue }
                if hi - 2 >= lo, bytes[hi - 2] == 0xC2, bytes[hi - 1] == 0xA0 { hi -= 2; continue }   // no-break space
                break
            }
            if lo == hi { start = next; continue }   // blank: clusters go on across blank lines
            let cue = hi - lo <= Self.maxCueLineBytes && (Self.hasCue(bytes[lo..<hi]) || Self.opensTrail(bytes[lo..<hi]))
            if hi - lo <= Self.maxLineBytes || cue,
               previous != nil || cue || (Self.mayBeWidget(bytes[lo..<hi]) && !Self.isProse(bytes[lo..<hi])),
               let line = Self.classify(String(decoding: bytes[lo..<hi], as: UTF8.self), after: previous) {
                // A widget of another family starts its own cluster (HTML blocks have no blank line between them).
                if !line.continuation, let kind = current.first(where: { !$0.line.continuation })?.line.kind, kind != line.kind {
                    close()
                }
                if line.continuation && current.isEmpty {
                    // A day row or title with no widget before it: not a widget line.
                    close()
                } else {
                    current.append((lo..<hi, line))
                    previous = line
                }
            } else {
                close()
            }
            start = next
        }
        close()
    }

    /// First words of every widget line shape (the vocabulary's phrases and tokens), for `mayBeWidget`.
    static let firstWords: Set<String> = {
        var out: Set<String> = []
        let phrases = WidgetVocabulary.shareLabels.union(WidgetVocabulary.relatedLabels).union(WidgetVocabulary.sidebarLabels)
            .union(WidgetVocabulary.loadingLabels).union(WidgetVocabulary.bannerButtons).union(WidgetVocabulary.months)
            .union(WidgetVocabulary.monthAbbreviations).union(WidgetVocabulary.navWords).union(WidgetVocabulary.pageWords)
            .union(WidgetVocabulary.shareButtons).union(WidgetVocabulary.pageNouns)
        let all = Array(phrases) + WidgetVocabulary.cookieOpenings + WidgetVocabulary.newsletterOpenings + WidgetVocabulary.subscribeVerbs
            + WidgetVocabulary.weekdayRows.flatMap { $0 } + ["follow", "share", "compartir", "partager", "teilen", "condividi", "compartilhar",
                                                          "síguenos", "suivez-nous", "folgen", "seguici", "siga-nos"]
        for phrase in all {
            if let first = firstWord(Substring(phrase)) { out.insert(first) }
        }
        return out
    }()

    /// The first word of a line, lowercased: its first run of letters, digits, apostrophes and
    /// hyphens; `nil` when the line has none.
    static func firstWord(_ text: Substring) -> String? {
        var word = ""
        for ch in text {
            if ch.isLetter || ch.isNumber || (!word.isEmpty && (ch == "'" || ch == "’" || ch == "-")) {
                word.append(ch)
            } else if !word.isEmpty {
                break
            }
        }
        return word.isEmpty ? nil : word.lowercased()
    }

    /// A cheap test before `classify`: the line's first word opens some widget shape, the line
    /// holds no word (arrows, separators), starts with a digit, or is one run-together token of
    /// weekday initials ("MTWTFSS").
    static func mayBeWidget(_ bytes: ArraySlice<UInt8>) -> Bool {
        // On bytes: skip leading ASCII punctuation; a line opening with a non-ASCII character
        // (an arrow, "«", "Ältere") goes to `classify`.
        var i = bytes.startIndex
        while i < bytes.endIndex, bytes[i] < 0x80, !isAlnum(bytes[i]) { i += 1 }
        guard i < bytes.endIndex, bytes[i] < 0x80 else { return true }
        if bytes[i] >= 0x30 && bytes[i] <= 0x39 { return true }
        var word: [UInt8] = []
        while i < bytes.endIndex, bytes[i] >= 0x80 || isAlnum(bytes[i]) || (!word.isEmpty && (bytes[i] == 0x27 || bytes[i] == 0x2D)) {
            word.append(ByteText.lower(bytes[i]))
            i += 1
        }
        if !bytes.contains(0x20), [7, 14, 21].contains(word.count) { return true }
        return firstWordBytes.contains(word)
    }

    /// Every word of the vocabulary's words and phrases (split at spaces, hyphens and
    /// apostrophes too), lower-cased UTF-8, with the joiners of follow rows: a line with a word of
    /// ASCII letters outside this set is no whole-line label and no row of vocabulary words.
    static let vocabularyWords: Set<[UInt8]> = {
        let sets: [Set<String>] = [
            WidgetVocabulary.months, WidgetVocabulary.monthAbbreviations, WidgetVocabulary.navWords, WidgetVocabulary.directionWords,
            WidgetVocabulary.pageNouns, WidgetVocabulary.pageWords, WidgetVocabulary.ofWords, WidgetVocabulary.shareButtons,
            WidgetVocabulary.shareJoiners, WidgetVocabulary.shareLabels, WidgetVocabulary.relatedLabels, WidgetVocabulary.sidebarLabels,
            WidgetVocabulary.loadingLabels, WidgetVocabulary.bannerButtons, WidgetVocabulary.shareHeadWords,
        ]
        var phrases = sets.flatMap { Array($0) } + WidgetVocabulary.subscribeVerbs + WidgetVocabulary.newsletterNouns
            + WidgetVocabulary.cookieOpenings + WidgetVocabulary.newsletterOpenings + WidgetVocabulary.weekdayRows.flatMap { $0 }
        phrases += ["follow us on", "síguenos en", "suivez-nous sur", "folgen sie uns auf", "seguici su", "siga-nos no", "siga-nos nas",
                    "share on", "share via", "compartir en", "partager sur", "teilen auf", "condividi su", "compartilhar no", "de"]
        phrases += Array(andWords)
        var out: Set<[UInt8]> = []
        for phrase in phrases {
            for word in phrase.lowercased().split(whereSeparator: { $0 == " " }) {
                out.insert(Array(word.utf8))
                for part in word.split(whereSeparator: { $0 == "-" || $0 == "'" || $0 == "’" }) { out.insert(Array(part.utf8)) }
            }
        }
        return out
    }()

    /// Parts of the lines `classify` reads past their first words (cookie and newsletter calls),
    /// ASCII lower-case.
    static let callWords: [[UInt8]] = ["cookie", "newsletter", "bolet", "mailing", "bulletin", "infolettre", "lettre d", "rundbrief",
                                       "notiziario", "]("].map { Array($0.utf8) }

    /// A cheap test before `classify` for a line with no widget line before it: `true` when
    /// `classify(_, after: nil)` is certainly `nil`, because the line holds a word of letters
    /// (between spaces, `|` or `,`, trailing `:` aside) outside `vocabularyWords` (so it is no
    /// whole-line label nor a row of vocabulary words), and no cookie or newsletter word nor
    /// link syntax.
    static func isProse(_ bytes: ArraySlice<UInt8>) -> Bool {
        var lower = [UInt8]()
        lower.reserveCapacity(bytes.count)
        for b in bytes { lower.append(ByteText.lower(b)) }
        for word in callWords where ByteText.find(word, in: lower, from: 0, to: lower.count) != nil { return false }
        var i = 0
        let n = lower.count
        while i < n {
            while i < n, lower[i] == 0x20 || lower[i] == 0x09 || lower[i] == 0x7C || lower[i] == 0x2C { i += 1 }
            var j = i
            while j < n, !(lower[j] == 0x20 || lower[j] == 0x09 || lower[j] == 0x7C || lower[j] == 0x2C) { j += 1 }
            var a = i, z = j
            while a < z, lower[a] == 0x3A { a += 1 }
            while z > a, lower[z - 1] == 0x3A { z -= 1 }
            if a < z, lower[a..<z].allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) {
                if !vocabularyWords.contains(Array(lower[a..<z])) { return true }
            } else if a < z, lower[a..<z].allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 >= 0x80 }) {
                // Non-ASCII letters: compared as `tokens` would (Unicode lower-casing); any other
                // character (a separator, a space) leaves the line to `classify`.
                let word = String(decoding: bytes[(bytes.startIndex + a)..<(bytes.startIndex + z)], as: UTF8.self)
                if word.allSatisfy(\.isLetter), !vocabularyWords.contains(Array(word.lowercased().utf8)) { return true }
            }
            i = j
        }
        return false
    }

    /// `firstWords` as UTF-8 bytes.
    static let firstWordBytes: Set<[UInt8]> = Set(firstWords.map { Array($0.utf8) })

    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
    }

    /// A line's text without list markers, Markdown emphasis, heading marks and link syntax.
    static func clean(_ raw: String) -> String {
        var s = Substring(raw)
        for prefix in ["- ", "* ", "+ ", "• ", "· "] where s.hasPrefix(prefix) { s = s.dropFirst(prefix.count) }
        while s.first == "#" { s = s.dropFirst() }
        var out = String(s)
        if out.contains("](") {
            // [text](target) → text
            var r = ""
            var i = out.startIndex
            while i < out.endIndex {
                if out[i] == "]", out.index(after: i) < out.endIndex, out[out.index(after: i)] == "(",
                   let close = out[i...].firstIndex(of: ")") {
                    i = out.index(after: close)
                    continue
                }
                if out[i] != "[" { r.append(out[i]) }
                i = out.index(after: i)
            }
            out = r
        }
        out = out.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        return out.trimmingCharacters(in: .whitespaces)
    }

    /// Tokens of a line: lowercased, split on white space and separators (`|`, `·`, `•`, `/`,
    /// a lone `-`), with trailing `:` and `,` removed.
    static func tokens(_ s: String) -> [String] {
        s.lowercased().split(whereSeparator: { $0.isWhitespace || "|·•,".contains($0) })
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ":,")) }
            .filter { !$0.isEmpty && $0 != "-" && $0 != "–" && $0 != "—" && $0 != "/" }
    }

    /// A label line: lowercased, trailing ":", "…", "...", "»" and "›" removed.
    static func label(_ s: String) -> String {
        var t = s.lowercased().trimmingCharacters(in: .whitespaces)
        while let last = t.last, ":….»›>→!".contains(last) || last == " " { t.removeLast() }
        while let first = t.first, "«‹<←".contains(first) || first == " " { t.removeFirst() }
        return t.replacingOccurrences(of: "  ", with: " ")
    }

    static func isNumber(_ t: String) -> Int? {
        guard t.count <= 3, t.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(t)
    }

    static func isEllipsis(_ t: String) -> Bool { t == "…" || t == "..." || t == ".." }

    /// The classification of one trimmed line, or `nil` for a line no widget has.
    static func classify(_ raw: String, after previous: WidgetLine?) -> WidgetLine? {
        let text = clean(raw)
        guard !text.isEmpty else { return nil }
        let lower = text.lowercased()
        let toks = tokens(text)
        guard !toks.isEmpty else { return nil }
        let lab = label(text)

        // Calendar: weekday row (any rotation; also run together: "MTWTFSS", "MoDiMiDoFrSaSo").
        if isWeekdayRow(toks) { return WidgetLine(kind: .calendar, strong: true) }
        // Month + year ("September 2025", "Septiembre de 2025"): weak.
        if (toks.count == 2 || (toks.count == 3 && toks[1] == "de")), WidgetVocabulary.months.contains(toks[0]),
           let y = Int(toks[toks.count - 1]), (1900...2100).contains(y), toks[toks.count - 1].count == 4 {
            return WidgetLine(kind: .calendar, strong: false)
        }
        // Calendar navigation ("« Jun   Aug »"): month abbreviations with an arrow.
        if toks.contains(where: { "«»‹›".contains($0) || $0.hasPrefix("«") || $0.hasSuffix("»") }),
           toks.allSatisfy({ t in
               let core = t.trimmingCharacters(in: CharacterSet(charactersIn: "«»‹›. "))
               return core.isEmpty || WidgetVocabulary.monthAbbreviations.contains(core) || WidgetVocabulary.months.contains(core)
           }), toks.contains(where: { !$0.trimmingCharacters(in: CharacterSet(charactersIn: "«»‹›. ")).isEmpty }) {
            return WidgetLine(kind: .calendar, strong: previous?.kind == .calendar, continuation: true)
        }
        // Day rows: ascending day numbers (calendar continuation), or digits run together after a
        // calendar line ("1234567").
        let numbers = toks.compactMap(isNumber)
        if numbers.count == toks.count, numbers.allSatisfy({ (1...31).contains($0) }),
           zip(numbers, numbers.dropFirst()).allSatisfy({ $1 == $0 + 1 }), numbers.count <= 7 {
            if previous?.kind == .calendar { return WidgetLine(kind: .calendar, strong: false, continuation: true) }
        }
        if toks.count == 1, previous?.kind == .calendar, toks[0].count >= 4, toks[0].count <= 14, toks[0].allSatisfy({ $0.isASCII && $0.isNumber }) {
            return WidgetLine(kind: .calendar, strong: false, continuation: true)
        }

        // Pagination: "Page 1 of 3", "Página 1 de 3", "Seite 1 von 3", "Page 1/3".
        if toks.count >= 2, WidgetVocabulary.pageWords.contains(toks[0].trimmingCharacters(in: CharacterSet(charactersIn: "."))) {
            let rest = Array(toks.dropFirst())
            if rest.count == 3, isNumber(rest[0]) != nil, WidgetVocabulary.ofWords.contains(rest[1]), isNumber(rest[2]) != nil {
                return WidgetLine(kind: .pagination, strong: true)
            }
            let parts = rest.count == 1 ? rest[0].split(separator: "/").map(String.init) : []
            if parts.count == 2, isNumber(parts[0]) != nil, isNumber(parts[1]) != nil {
                return WidgetLine(kind: .pagination, strong: true)
            }
        }
        // Numbers, ellipses and direction words only.
        let navCount = toks.filter { WidgetVocabulary.navWords.contains($0) || WidgetVocabulary.pageNouns.contains($0) }.count
        let directions = toks.filter { t in WidgetVocabulary.directionWords.contains(t) || "«»‹›←→".contains(t) || t == "<<" || t == ">>" }.count
        let ellipses = toks.filter(isEllipsis).count
        if numbers.count + navCount + ellipses == toks.count {
            let ascending = zip(numbers, numbers.dropFirst()).allSatisfy { $1 > $0 }
            let separated = raw.contains(" - ") || raw.contains("|") || raw.contains("·") || raw.contains("•")
            if numbers.count >= 1, ascending, directions >= 1 || (numbers.count >= 3 && (separated || ellipses > 0)) {
                return WidgetLine(kind: .pagination, strong: true)
            }
            if numbers.isEmpty, directions >= 1 {
                // "Older posts", "Next »", "« Previous | Next »": strong with an arrow, two directions or a noun.
                let arrows = toks.contains { "«»‹›←→".contains($0) || $0 == "<<" || $0 == ">>" }
                let nouns = toks.contains { WidgetVocabulary.pageNouns.contains($0) }
                return WidgetLine(kind: .pagination, strong: arrows || directions >= 2 || nouns)
            }
        }

        // "Page 1 of 3   1 2 3   Next ›": a page label and a pager on one line.
        if toks.count >= 5, WidgetVocabulary.pageWords.contains(toks[0]), isNumber(toks[1]) != nil,
           WidgetVocabulary.ofWords.contains(toks[2]), isNumber(toks[3]) != nil,
           toks.dropFirst(4).allSatisfy({ isNumber($0) != nil || WidgetVocabulary.navWords.contains($0) || isEllipsis($0) }) {
            return WidgetLine(kind: .pagination, strong: true)
        }

        // Share, like and follow.
        if WidgetVocabulary.shareLabels.contains(lab) { return WidgetLine(kind: .share, strong: true) }
        // A share or follow label, then a row of buttons ("Share this article: Facebook · X ·
        // Copy link", "Compartir en: Facebook | WhatsApp | Enviar por correo"). A sentence (it ends
        // with a full stop) is not a row.
        var head = 0
        while head < toks.count, WidgetVocabulary.shareHeadWords.contains(toks[head]) { head += 1 }
        if head > 0, head < toks.count, !text.hasSuffix("."), toks[..<head].contains(where: { WidgetVocabulary.shareVerbs.contains($0) }) {
            let items = toks[head...]
            if items.allSatisfy({ WidgetVocabulary.shareButtons.contains($0) || WidgetVocabulary.shareJoiners.contains($0) || Self.andWords.contains($0) }) {
                let buttons = items.filter { WidgetVocabulary.shareButtons.contains($0) }.count
                if buttons >= 2 || (buttons == 1 && items.count == 1 && text.contains(":")) { return WidgetLine(kind: .share, strong: true) }
            }
        }
        for label in ["follow us on ", "síguenos en ", "suivez-nous sur ", "folgen sie uns auf ", "seguici su ", "siga-nos no ",
                      "siga-nos nas ", "share on ", "share via ", "compartir en ", "partager sur ", "teilen auf ", "condividi su ", "compartilhar no "]
        where lab.hasPrefix(label) {
            let rest = tokens(String(lab.dropFirst(label.count)))
            if !rest.isEmpty, rest.allSatisfy({ WidgetVocabulary.shareButtons.contains($0) || WidgetVocabulary.shareJoiners.contains($0) || $0 == "and" || $0 == "y" || $0 == "et" || $0 == "und" || $0 == "e" }) {
                return WidgetLine(kind: .share, strong: true)
            }
        }
        if toks.allSatisfy({ WidgetVocabulary.shareButtons.contains($0) || WidgetVocabulary.shareJoiners.contains($0) }) {
            let buttons = toks.filter { WidgetVocabulary.shareButtons.contains($0) }.count
            let joiners = toks.count - buttons
            // "x" and joiners alone are not a row; two buttons are.
            if buttons >= 2 && joiners <= buttons { return WidgetLine(kind: .share, strong: true) }
            if buttons == 1 && toks.count <= 3 && toks[0] != "x" { return WidgetLine(kind: .share, strong: false) }
        }

        // Breadcrumb trails (after the share rows: "Share | Facebook | Email" is no trail).
        if let strong = breadcrumb(text) { return WidgetLine(kind: .breadcrumb, strong: strong) }

        // Related lists: a header; link titles after it continue the cluster.
        // A related-list header alone may be a page's own heading or button ("Read More" expanding
        // the story): it counts with the link titles under it or next to other widget lines.
        if WidgetVocabulary.relatedLabels.contains(lab) { return WidgetLine(kind: .sidebar, strong: false, header: true) }
        if let p = previous, p.kind == .sidebar, p.header || p.continuation, isLinkTitle(text) {
            return WidgetLine(kind: .sidebar, strong: false, continuation: true)
        }
        if WidgetVocabulary.loadingLabels.contains(lab), text.hasSuffix("...") || text.hasSuffix("…") {
            return WidgetLine(kind: .sidebar, strong: true)
        }
        if WidgetVocabulary.newsletterOpenings.contains(where: { lower.hasPrefix($0) }) { return WidgetLine(kind: .sidebar, strong: true) }
        // A newsletter call: a subscribe verb opening a short line that names a newsletter.
        // A longer call still is one when it ends on the banner's button ("… Enter your email | Subscribe").
        let endsOnButton = WidgetVocabulary.bannerButtons.contains { b in lower.hasSuffix(" " + b) || lower.hasSuffix("|" + b) }
        if toks.count <= 14 || (endsOnButton && toks.count <= 40), WidgetVocabulary.subscribeVerbs.contains(where: { lower.hasPrefix($0 + " ") }),
           toks.contains(where: { t in WidgetVocabulary.newsletterNouns.contains { t.hasPrefix($0) } }) {
            return WidgetLine(kind: .sidebar, strong: true)
        }
        // Cookie and sign-up notices; a line reporting what someone said or found is news about them.
        let reported = isReported(lower)
        if !reported, WidgetVocabulary.cookieOpenings.contains(where: { lower.hasPrefix($0) }) { return WidgetLine(kind: .sidebar, strong: true) }
        if !reported, toks.count <= 70, let strong = signUpBox(lower, tokens: toks) { return WidgetLine(kind: .sidebar, strong: strong) }
        if !reported, toks.count <= 70, isCookieNotice(lower, tokens: toks) { return WidgetLine(kind: .sidebar, strong: true) }
        // A related-list header naming its section ("More from Books", "Más noticias de Sevilla",
        // "Mehr aus Berlin"): link titles must follow, as for the fixed headers.
        if toks.count <= 6, !text.hasSuffix("."), WidgetVocabulary.relatedPrefixes.contains(where: { lab.hasPrefix($0) }) {
            return WidgetLine(kind: .sidebar, strong: false, header: true)
        }
        if WidgetVocabulary.bannerButtons.contains(lab) { return WidgetLine(kind: .sidebar, strong: false) }
        // A short sign-up button ("Sign up free", "Jetzt anmelden", "Inscrivez-vous gratuitement").
        if toks.count <= 4, !reported, WidgetVocabulary.signUpCues.contains(where: { containsPhrase(lower, $0) }) {
            return WidgetLine(kind: .sidebar, strong: false)
        }
        if WidgetVocabulary.sidebarLabels.contains(lab) { return WidgetLine(kind: .sidebar, strong: false) }
        return nil
    }

    /// Conjunctions that may join share buttons ("Facebook and X").
    static let andWords: Set<String> = ["and", "or", "y", "o", "et", "ou", "und", "oder", "e"]

    /// Whether `lower` (a lower-cased line) contains `phrase` starting and ending at word edges.
    static func containsPhrase(_ lower: String, _ phrase: String) -> Bool {
        var from = lower.startIndex
        while let r = lower.range(of: phrase, range: from..<lower.endIndex) {
            let startOK = r.lowerBound == lower.startIndex || !lower[lower.index(before: r.lowerBound)].isLetter
            let endOK = r.upperBound == lower.endIndex || !lower[r.upperBound].isLetter
                || !(phrase.last?.isLetter ?? false)
            if startOK && endOK { return true }
            from = lower.index(after: r.lowerBound)
        }
        return false
    }

    /// A newsletter sign-up box line: `true` (strong) for two of the three cue groups (delivery
    /// to the reader's inbox, a sign-up call, an opt-out promise), or the inbox or opt-out cue
    /// with the word newsletter; `false` (weak: it needs a button or field line beside it, as
    /// "Sign up" under it) for the inbox cue alone; `nil` otherwise.
    static func signUpBox(_ lower: String, tokens toks: [String]) -> Bool? {
        let inbox = WidgetVocabulary.inboxCues.contains { containsPhrase(lower, $0) }
        let optOut = WidgetVocabulary.optOutCues.contains { containsPhrase(lower, $0) }
        guard inbox || optOut else { return nil }
        let signUp = WidgetVocabulary.signUpCues.contains { containsPhrase(lower, $0) }
        let newsletter = toks.contains { t in WidgetVocabulary.newsletterNouns.contains { t.hasPrefix($0) } }
        if (inbox && optOut) || signUp || newsletter { return true }
        return inbox ? false : nil
    }

    /// Whether a line reports speech or findings ("…, the regulator said", "según el informe"):
    /// a notice never does.
    static func isReported(_ lower: String) -> Bool {
        WidgetVocabulary.reportWords.contains { containsPhrase(lower, $0) }
    }

    /// A cookie notice: the site speaking of its cookies ("We use cookies …", "Ce site utilise des
    /// cookies …"), or a consent clause ("By continuing to browse, you agree to our use of
    /// cookies"), with the word cookie within its first sixteen words.
    static func isCookieNotice(_ lower: String, tokens toks: [String]) -> Bool {
        guard toks.prefix(16).contains(where: { $0.hasPrefix("cookie") }) else { return false }
        if WidgetVocabulary.siteSubjects.contains(where: { lower.hasPrefix($0 + " ") }) { return true }
        if WidgetVocabulary.consentSubjects.contains(where: { lower.hasPrefix($0 + " ") }) {
            return WidgetVocabulary.consentWords.contains { lower.contains($0) }
        }
        return false
    }

    /// A breadcrumb trail: `nil` when the line is none, else whether its shape alone proves it.
    /// Items (one to five words, no sentence punctuation, capitalised unless a label opens the
    /// line) joined by one separator: `>`-like arrows between three or more items, a home item
    /// first ("Home > Sport", "Inicio / Deportes"), or a label ("Breadcrumb: News / Courts",
    /// "Vous êtes ici : Accueil > Société") prove it; three or more items joined by `/` or `|`
    /// alone are a weak line (a kicker or a list of sections may look the same).
    static func breadcrumb(_ text: String) -> Bool? {
        var rest = Substring(text)
        var labelled = false
        let lower = text.lowercased()
        for label in WidgetVocabulary.breadcrumbLabels where lower.hasPrefix(label) {
            let after = rest.dropFirst(label.count).drop(while: { $0 == " " })
            if after.first == ":" {
                rest = after.dropFirst()
                labelled = true
                break
            }
        }
        // The separator: the most frequent candidate; no other may occur.
        var counts: [Character: Int] = [:]
        let chars = Array(rest)
        for (i, c) in chars.enumerated() where WidgetVocabulary.trailArrows.contains(c) || WidgetVocabulary.trailBars.contains(c) {
            // A bar needs spaces around it ("AC/DC", "24/7" are words).
            if WidgetVocabulary.trailBars.contains(c) {
                guard i > 0, i + 1 < chars.count, chars[i - 1] == " ", chars[i + 1] == " " else { return nil }
            }
            counts[c, default: 0] += 1
        }
        guard counts.count == 1, let (sep, _) = counts.first else { return nil }
        let items = rest.split(separator: sep, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard items.count >= 2, items.allSatisfy({ !$0.isEmpty }) else { return nil }
        var words = 0
        for item in items {
            let w = item.split(separator: " ")
            words += w.count
            guard w.count <= 5, item.contains(where: \.isLetter), !item.contains(where: { ".!?;,:\"“”«".contains($0) }) else { return nil }
            if !labelled, let f = item.first, !(f.isUppercase || f.isNumber) { return nil }
        }
        guard words <= 18 else { return nil }
        let home = WidgetVocabulary.homeWords.contains(items[0].lowercased())
        if labelled || home { return true }
        if items.count >= 3 { return WidgetVocabulary.trailArrows.contains(sep) }
        return nil
    }

    /// A short title-like line (a related link's title): 2 to 16 words, not ending like a
    /// sentence of a paragraph (titles may end in "?" or "!").
    static func isLinkTitle(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0.isWhitespace }).count
        guard (2...16).contains(words) else { return false }
        return !text.hasSuffix(".") || text.hasSuffix("...")
    }

    /// Seven weekday tokens in the order of a known row (any rotation), or one token of seven
    /// initials or abbreviations run together.
    static func isWeekdayRow(_ toks: [String]) -> Bool {
        var row = toks.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
        if row.count == 1 {
            let s = Array(row[0])
            for width in 1...3 where s.count == 7 * width {
                row = (0..<7).map { String(s[($0 * width)..<(($0 + 1) * width)]) }
                break
            }
        }
        guard row.count == 7 else { return false }
        for known in WidgetVocabulary.weekdayRows {
            for shift in 0..<7 where (0..<7).allSatisfy({ row[$0] == known[($0 + shift) % 7] }) { return true }
        }
        return false
    }
}

/// The rule of one widget family: reports each cluster whose kind is `kind` as one finding.
protocol WidgetClusterRule: Rule {
    var kind: WidgetKind { get }
    var what: String { get }
}

extension WidgetClusterRule {
    public func check(_ context: RuleContext) throws -> [Finding] {
        let article = context.article
        var clusters = WidgetLines.shared(in: context).clusters.filter { $0.kind == kind }
        if article.format == .html, !clusters.isEmpty {
            // A widget whose items are live links (`<a href>`) is working page furniture, not residue;
            // so is one with buttons, icons, images or a form in the markup around it. The page
            // residue view holds only what the reader already judged residue.
            let links = article.links.filter { $0.kind == .element }.map(\.range)
            clusters.removeAll { c in
                guard !c.inPageResidue else { return false }
                let range = article.prose.sourceRange(c.viewRange)
                // Text the reader could not find in the source (rendered by a script) has no place to report.
                return range.length == 0 || links.contains { $0.overlaps(range) } || Self.hasLiveMarkup(around: c.viewRange, in: article)
            }
        }
        return clusters.map { c in
            let view = c.inPageResidue ? (article.pageResidue ?? article.prose) : article.prose
            let text = view.text(c.viewRange)
            let count = c.lines == 1 ? "" : " (\(c.lines) lines)"
            let place = c.inPageResidue ? "page" : "article"
            return finding("\(what) scraped into the \(place)\(count): “\(TextTools.quote(text, limit: 70))”",
                           at: view.sourceRange(c.viewRange))
        }
    }
}

extension WidgetClusterRule {
    /// Tags of a working widget: links, buttons, icons, images, frames, form fields.
    static var liveTags: [[UInt8]] {
        ["<a ", "<a\n", "<button", "<svg", "<img", "<iframe", "<input", "<form", "<select", "<textarea", "<i class", "<use ", "<picture"]
            .map { Array($0.utf8) }
    }

    /// Whether the HTML between the cluster and the article text before and after it (or, inside
    /// the cluster, between its lines) holds a working widget's tags.
    static func hasLiveMarkup(around viewRange: Range<Int>, in article: Article) -> Bool {
        let prose = article.prose
        let src = article.source.utf8
        let start = prose.sourceRange(viewRange).start, end = prose.sourceRange(viewRange).end
        // The source end of the text before the cluster and the source start of the text after it.
        var lo = viewRange.lowerBound
        while lo > 0, prose.utf8[lo - 1] <= 0x20 { lo -= 1 }
        let before = lo > 0 ? prose.sourceRange((lo - 1)..<lo).end : max(0, start - 400)
        var hi = viewRange.upperBound
        while hi < prose.utf8.count, prose.utf8[hi] <= 0x20 { hi += 1 }
        let after = hi < prose.utf8.count ? prose.sourceRange(hi..<(hi + 1)).start : end
        let window = max(0, min(before, start))..<min(src.count, max(after, end))
        let tags = liveTags
        var i = window.lowerBound
        while i < window.upperBound {
            if src[i] == 0x3C {
                for tag in tags where i + tag.count <= src.count {
                    var k = 1
                    while k < tag.count, ByteText.lower(src[i + k]) == tag[k] { k += 1 }
                    if k == tag.count { return true }
                }
            }
            i += 1
        }
        return false
    }
}
