/// The words of the attribution grammar (`AttributionGrammar`), per language, as data: which
/// words publish (participles), which prepositions introduce the publisher, which nouns name a
/// medium or a site, which words open an attribution ("according to", "según", "laut", …).
///
/// Every entry is lower-case; a word is looked up by its lower-cased form. The languages are
/// English, Spanish, French, German, Portuguese and Italian (issue 14, capability 5). Adding a
/// wording of a known family means adding a word here, not a pattern.
enum AttributionLexicon {
    /// Participles of publishing: "<noun> (was) published / released / posted / issued / reported
    /// (…) in / on / by <source>".
    static let participles: Set<String> = [
        // English
        "published", "posted", "released", "issued", "reported", "detailed", "uploaded", "broadcast", "aired",
        "republished", "carried", "revealed", "highlighted", "disclosed", "unveiled",
        // Spanish
        "publicado", "publicada", "publicados", "publicadas", "difundido", "difundida", "difundidos", "difundidas",
        "divulgado", "divulgada", "divulgados", "divulgadas", "recogido", "recogida", "recogidos", "recogidas",
        "informado", "informada", "emitido", "emitida",
        // French
        "publié", "publiée", "publiés", "publiées", "diffusé", "diffusée", "diffusés", "diffusées", "rapporté", "rapportée",
        "rapportés", "rapportées", "relayé", "relayée", "mis en ligne",
        // German
        "veröffentlicht", "veröffentlichte", "veröffentlichten", "erschienen", "erschienene", "gemeldet", "berichtet",
        // Portuguese
        "noticiado", "noticiada", "publicado", "publicados", "publicada", "publicadas", "divulgado", "divulgada",
        // Italian
        "pubblicato", "pubblicata", "pubblicati", "pubblicate", "diffuso", "diffusa", "diffusi", "diffuse", "riportato",
        "riportata", "riportati", "riportate", "riferito", "riferita",
    ]

    /// Verbs of appearing in a publication ("the study appears in the journal …", "the notice
    /// appeared on the agency's database", "erscheint in der Zeitschrift", "aparece en la revista"):
    /// a source only when the place is a medium or a site (`AttributionGrammar.mediumLike`).
    static let appearVerbs: Set<String> = [
        "appears", "appeared", "appear", "appearing", "features", "featured", "aparece", "apareció", "aparecen", "paraît",
        "parue", "paru", "figure", "erscheint", "erschien", "compare", "apparso", "apparsa", "aparece", "apareceu", "saiu",
    ]

    /// Nouns of a publication or a site that a name follows ("the journal Functional Ecology", "the
    /// review site Trustmark Reviews", "la revista Ciencia Hoy"): after "on" or "in" they place a
    /// claim in that publication (`AttributionGrammar.namedMedium`). Not "show", "network",
    /// "station" or "channel", whose names are programmes and broadcasters a story may mention.
    static let namedMediumNouns: Set<String> = [
        "journal", "newspaper", "magazine", "site", "website", "portal", "blog", "publication", "periodical", "newsletter",
        "tabloid", "revista", "diario", "periódico", "sitio", "revue", "quotidien", "portail", "zeitung",
        "zeitschrift", "fachzeitschrift", "magazin", "webseite", "jornal", "rivista", "giornale", "quotidiano", "sito",
        "forum", "foro", "fórum", "app",
    ]

    /// Participles that also have a sense with no publication ("the prisoner was released by the
    /// court", "a warrant issued by the judge", "the story carried by"): they count only after a
    /// noun of `informationNouns` (the subject: "data released by", "figures issued by").
    static let ambiguousParticiples: Set<String> = ["released", "issued", "unveiled", "carried", "aired", "broadcast", "emitido", "emitida", "recogido", "recogida", "recogidos", "recogidas"]

    /// Nouns of published information: the subjects that make an ambiguous participle a
    /// publication, and the heads after "according to a …" that take a publisher ("according to
    /// data from", "según datos del", "laut einem Bericht der").
    static let informationNouns: Set<String> = [
        "data", "figures", "statistics", "stats", "numbers", "report", "reports", "statement", "statements", "study", "studies",
        "survey", "surveys", "findings", "results", "analysis", "analyses", "paper", "papers", "article", "articles",
        "filing", "filings", "document", "documents", "records", "record", "notice", "notices", "release", "releases",
        "bulletin", "bulletins", "estimate", "estimates", "forecast", "forecasts", "poll", "polls", "audit", "audits",
        "minutes", "transcript", "transcripts", "update", "updates", "guidance", "review", "reviews", "post", "posts",
        "video", "footage", "letter", "index", "ranking", "rankings", "table", "tables", "dataset", "research", "assessment",
        "evaluation", "projections", "count", "tally", "tallies", "investigation", "report's", "story", "stories", "piece",
        "interview", "editorial", "column", "op-ed", "list", "map", "chart", "information", "summary", "memo",
        "dispatch", "dispatches", "wire", "preprint", "preprints", "press",
        "informations", "informaciones", "informações", "informazioni", "informationen",
        // Spanish
        "datos", "cifras", "estadísticas", "informe", "informes", "estudio", "estudios", "encuesta", "encuestas",
        "comunicado", "comunicados", "nota", "artículo", "análisis", "documento", "documentos", "balance", "boletín",
        "investigación", "reportaje", "noticia", "despacho", "despachos", "cable", "cables",
        // French
        "données", "chiffres", "statistiques", "rapport", "rapports", "étude", "études", "enquête", "sondage",
        "communiqué", "communiqués", "article", "bilan", "note", "document", "analyse", "dépêche", "dépêches",
        // German
        "daten", "zahlen", "statistik", "bericht", "berichten", "berichts", "studie", "umfrage", "mitteilung",
        "pressemitteilung", "artikel", "analyse", "dokument", "dokumenten", "angaben", "erhebung", "meldung",
        // Portuguese
        "dados", "números", "estatísticas", "relatório", "relatórios", "estudo", "pesquisa", "levantamento",
        "comunicado", "nota", "artigo", "boletim", "reportagem", "informações", "balanço",
        // Italian
        "dati", "cifre", "statistiche", "rapporto", "rapporti", "studio", "indagine", "sondaggio", "comunicato",
        "nota", "articolo", "documento", "bollettino", "ricerca", "analisi", "relazione", "stime", "lancio", "dispaccio",
    ]

    /// Words that may stand between a subject and its participle ("data was first released by",
    /// "the report, which was published in").
    static let auxiliaries: Set<String> = [
        "was", "were", "is", "are", "been", "being", "be", "has", "have", "had", "first", "originally", "initially",
        "recently", "officially", "also", "just", "later", "previously", "which", "that", "newly", "jointly",
        "fue", "fueron", "ha", "han", "sido", "que", "été", "a", "ont", "est", "sont", "qui", "wurde", "wurden", "ist",
        "sind", "worden", "die", "der", "das", "foi", "foram", "è", "sono", "stato", "stata", "stati", "state", "che",
    ]

    /// Prepositions that introduce the publisher as the agent: "published by", "publicado por",
    /// "publié par", "veröffentlicht von", "publicado pelo", "pubblicato dalla".
    static let agentPrepositions: Set<String> = [
        "by", "via", "por", "par", "von", "vom", "durch", "pelo", "pela", "pelos", "pelas", "da", "dal", "dalla", "dallo",
        "dai", "dalle", "dagli", "dall'",
    ]

    /// Prepositions that introduce the publication that holds the text: "published in", "publicada
    /// en", "publié dans", "veröffentlicht in / im", "publicado no / na / em", "pubblicato nel / su".
    static let containerPrepositions: Set<String> = [
        "in", "en", "dans", "im", "em", "no", "na", "nos", "nas", "nel", "nella", "nei", "nelle", "nello", "nell'",
    ]

    /// Prepositions that introduce the site a text was put on: "posted on", "publié sur", "auf",
    /// "pubblicato sul".
    static let surfacePrepositions: Set<String> = [
        "on", "upon", "onto", "sur", "auf", "su", "sul", "sulla", "sui", "sulle", "sullo", "sull'", "at",
    ]

    /// Prepositions of origin after an information noun: "data from", "datos del", "un rapport
    /// de", "Bericht der", "dados do", "dati dell'".
    static let originPrepositions: Set<String> = [
        "from", "by", "of", "de", "del", "du", "des", "d'", "von", "vom", "der", "des", "do", "da", "dos", "das", "di",
        "della", "dello", "dei", "degli", "delle", "dell'", "por", "par", "pelo", "pela", "dal", "dalla", "dall'", "dai",
        "published", "released", "posted", "issued", "in", "on", "en", "dans", "em", "no", "na",
    ]

    /// Openers that take a source directly: "according to", "según", "selon", "d'après", "laut",
    /// "segundo", "conforme", "secondo". Multi-word openers are written with a space.
    static let accordingOpeners: Set<String> = [
        "according to", "según", "segun", "selon", "d'après", "d’après", "laut", "segundo", "conforme", "secondo",
        "as reported by", "as reported in", "per",
    ]

    /// Finite verbs of reporting that take an outlet as the subject: "wie die Süddeutsche Zeitung
    /// berichtete", "informó El País", "rapporte Le Monde", "scrive il Corriere", "noticiou a Folha".
    static let reportVerbs: Set<String> = [
        "berichtete", "berichtet", "berichten", "meldete", "meldet", "schrieb", "schreibt",
        "informó", "informa", "publicó", "publica", "señaló", "adelantó", "reveló",
        "rapporte", "rapportait", "rapporté", "écrit", "écrivait", "révèle", "indique", "affirme",
        "riporta", "riportava", "scrive", "scriveva", "rivela",
        "informou", "noticiou", "publicou", "revelou", "noticia",
        "reported", "wrote", "revealed",
        // Participles of compound tenses, the outlet after them: "ha riportato per primo il
        // Corriere", "ha informado El País", "a révélé Le Monde", "hat berichtet die Zeit".
        "riportato", "scritto", "rivelato", "informado", "revelado", "révélé", "publicado", "noticiado",
    ]

    /// Determiners and possessives skipped before a source's name or a medium noun.
    static let determiners: Set<String> = [
        "the", "a", "an", "its", "their", "his", "her", "this", "that", "el", "la", "los", "las", "un", "una", "le", "les",
        "l'", "une", "son", "sa", "ses", "leur", "der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einer",
        "eines", "seinem", "seiner", "ihrem", "ihrer", "o", "os", "as", "um", "uma", "seu", "sua", "il", "lo", "gli", "i",
        "suo", "del", "al", "au", "aux", "du",
    ]

    /// Nouns of a kind of web page: the source is the page ("the ministry's website", "el portal
    /// del INE", "its official Telegram channel").
    static let siteNouns: Set<String> = [
        "website", "site", "web", "portal", "blog", "account", "channel", "feed", "database", "homepage", "webpage",
        "page", "platform", "newsletter", "dashboard", "sitio", "página", "cuenta", "portail", "compte", "webseite",
        "internetseite", "internetauftritt", "onlineportal", "plattform", "konto", "conta", "sito", "portale", "pagina",
        "profilo", "canale", "server", "repository", "servidor", "repositorio", "repositório", "serveur", "dépôt",
    ]

    /// Whether the lower-cased word `x` is a medium noun (`mediumNouns`), or a German compound
    /// ending in one of `compoundMediumHeads` after three letters or more ("branchenportal",
    /// "fachmagazin", "regionalzeitung", "nachrichtenplattform").
    static func isMedium(_ x: String) -> Bool {
        mediumNouns.contains(x) || compoundHead(x)
    }

    /// Whether the lower-cased word `x` is a site noun (`siteNouns`) or a German compound ending in
    /// a medium or site head ("branchenportal", "onlineplattform").
    static func isSite(_ x: String) -> Bool {
        siteNouns.contains(x) || compoundHead(x)
    }

    /// Heads of German compound nouns of publications and sites.
    static let compoundMediumHeads: [String] = ["portal", "zeitung", "magazin", "zeitschrift", "plattform", "blatt"]

    static func compoundHead(_ x: String) -> Bool {
        guard x.utf8.count >= 9 else { return false }
        for h in compoundMediumHeads where x.hasSuffix(h) && x.count >= h.count + 3 { return true }
        return false
    }

    /// Site nouns a body's own site is named by after a possessive ("on its website", "auf seiner
    /// Internetseite", "en su web", "sur son site", "no seu site", "sul suo sito").
    static let ownSiteNouns: Set<String> = [
        "website", "site", "homepage", "webpage", "web", "sitio", "portal", "portail", "webseite", "internetseite",
        "internetauftritt", "onlineauftritt", "sito", "portale",
    ]

    /// Demonstratives and first-person possessives that make a site or medium the publication's
    /// own ("on this site", "our website", "notre site", "unserer Webseite"): no outside source.
    static let selfDeterminers: Set<String> = [
        "this", "our", "these", "este", "esta", "nuestro", "nuestra", "nuestros", "ce", "cet", "cette", "notre", "nos",
        "dieser", "diesem", "diese", "unser", "unsere", "unserer", "unserem", "unseren", "deste", "desta", "neste", "nesta",
        "nosso", "nossa", "questo", "questa", "nostro", "nostra",
    ]

    /// Last words of book publishers' names ("Northlight Press", "Faber Books", "Suhrkamp Verlag"):
    /// "published by" one of them credits an imprint, not a source.
    static let publisherHeads: Set<String> = [
        "press", "books", "publishing", "publishers", "editions", "éditions", "verlag", "editorial", "edizioni", "editora",
        "imprint", "poetry",
    ]

    /// Possessive determiners before a body's own site.
    static let possessiveDeterminers: Set<String> = [
        "its", "their", "his", "her", "seiner", "seinem", "ihrer", "ihrem", "seine", "ihre", "su", "sus", "son", "sa", "leur",
        "seu", "sua", "suo", "seus", "suas", "sue", "suoi",
    ]

    /// Verbs of saying and publishing (finite forms and participles) that make "on its website" the
    /// source of what is said: "said on its website", "auf seiner Internetseite mitteilte",
    /// "anunció en su web", "a indiqué sur son site", "informou no seu site", "ha comunicato sul suo sito".
    static let sayingVerbs: Set<String> = [
        "said", "says", "announced", "announces", "stated", "states", "wrote", "writes", "reported", "reports", "warned",
        "warns", "confirmed", "confirms", "noted", "notes", "explained", "explains", "declared", "revealed", "estimated",
        "estimates", "forecast", "forecasts", "predicted", "advised", "advises", "posted", "published", "listed", "shows",
        "showed", "added", "claimed", "claims", "insisted", "acknowledged",
        "mitteilte", "teilte", "teilt", "mitgeteilt", "hieß", "heißt", "bekanntgab", "gab", "schrieb", "schreibt",
        "veröffentlichte", "meldete", "meldet", "warnte", "warnt", "erklärte", "erklärt", "informierte", "informiert",
        "berichtete", "bestätigte", "kündigte", "ankündigte", "angekündigt", "bekanntgegeben",
        "dijo", "anunció", "informó", "publicó", "señaló", "indicó", "explicó", "advirtió", "confirmó", "detalló",
        "precisó", "aseguró", "afirmó", "comunicó", "anuncia", "informa", "señala", "indica", "explica", "advierte",
        "annoncé", "annonce", "indique", "indiqué", "précise", "précisé", "publié", "écrit", "affirme", "affirmé",
        "explique", "expliqué", "averti", "avertit", "confirmé", "détaille", "détaillé", "prévient", "signale", "signalé",
        "informou", "anunciou", "publicou", "disse", "afirmou", "divulgou", "explicou", "alertou", "confirmou", "indicou",
        "informa", "anuncia", "divulga",
        "annunciato", "annuncia", "comunicato", "comunica", "scrive", "scritto", "pubblicato", "spiega", "spiegato",
        "precisato", "precisa", "riferisce", "riferito", "avvisa", "avvisato", "confermato", "conferma", "reso",
    ]

    /// Site nouns that name a web page on their own, with no owner nor "of …" after them.
    static let bareSiteNouns: Set<String> = [
        "website", "site", "portal", "blog", "homepage", "webpage", "sitio", "portail", "webseite", "internetseite",
        "internetauftritt", "onlineportal", "sito", "portale", "website's",
    ]

    /// Words of organizations' names: a name with one is not a person's ("Statistics Canada").
    static let organizationWords: Set<String> = [
        "office", "ministry", "department", "agency", "bureau", "institute", "institution", "council", "commission",
        "board", "bank", "authority", "service", "services", "statistics", "university", "college", "school",
        "foundation", "trust", "association", "society", "union", "group", "company", "corporation", "inc", "ltd",
        "corp", "fund", "centre", "center", "organisation", "organization", "court", "parliament", "government",
        "committee", "federation", "league", "partners", "capital", "research", "labs", "laboratory", "hospital",
        "clinic", "museum", "library", "archive", "party", "club", "council's", "england", "scotland", "wales",
        "canada", "australia", "america", "europe", "international", "national", "federal", "state", "city", "county",
        // Head words of firms' and bodies' names ("Brightwater Analytics", "Agricultural Drought Taskforce").
        "analytics", "consulting", "consultants", "consultancy", "associates", "insights", "intelligence", "economics",
        "advisors", "advisers", "advisory", "strategies", "solutions", "systems", "technologies", "holdings", "ventures",
        "taskforce", "alliance", "coalition", "observatory", "partnership", "panel", "forum", "consortium", "collective",
        "initiative", "programme", "program", "unit", "agency", "institutes", "authorities", "commission", "directorate",
        "inspectorate", "regulator", "ombudsman", "tribunal", "chamber", "academy", "polytechnic", "trustees", "watch",
        // Spanish, French, German, Portuguese, Italian.
        "instituto", "institut", "instituts", "istituto", "ministerio", "ministère", "ministero", "ministério",
        "ministerium", "ministeriums", "agencia", "agence", "agenzia", "agência", "agentur", "consejo", "conseil",
        "consiglio", "conselho", "universidad", "université", "università", "universidade", "universität", "hochschule",
        "fundación", "fondation", "fondazione", "fundação", "stiftung", "banco", "banque", "banca", "observatorio",
        "observatoire", "osservatorio", "observatório", "oficina", "ufficio", "amt", "bundesamt", "landesamt", "centro",
        "zentrum", "asociación", "associazione", "associação", "verband", "verbands", "federación", "fédération",
        "federazione", "federação", "confederación", "confédération", "confederazione", "sindicato", "syndicat",
        "sindacato", "gewerkschaft", "cámara", "chambre", "camera", "câmara", "kammer", "comisión", "commissione",
        "comissão", "kommission", "autoridad", "autorité", "autorità", "autoridade", "behörde", "servicio", "servizio",
        "serviço", "dienst", "direction", "dirección", "direzione", "direção", "secretaría", "gobierno", "gouvernement",
        "governo", "regierung", "senado", "sénat", "senato", "parlamento", "parlement", "bundestag", "tribunale",
        "corte", "cour", "empresa", "société", "società", "gesellschaft", "akademie", "academia", "académie", "accademia",
    ]

    /// Nouns of a kind of publication: followed by its name ("the journal Nature Climate Change",
    /// "the newspaper El País", "die Zeitung Die Welt", "il quotidiano La Stampa").
    static let mediumNouns: Set<String> = [
        "journal", "newspaper", "paper", "magazine", "outlet", "site", "website", "portal", "agency", "broadcaster",
        "daily", "weekly", "tabloid", "broadsheet", "network", "station", "channel", "publication", "periodical",
        "wire", "newsletter", "blog", "podcast", "programme", "program", "show",
        "diario", "periódico", "revista", "agencia", "cadena", "emisora", "semanario", "medio",
        "journal", "quotidien", "hebdomadaire", "magazine", "revue", "agence", "chaîne", "radio", "média",
        "zeitung", "zeitschrift", "fachzeitschrift", "fachblatt", "magazin", "nachrichtenagentur", "agentur", "sender",
        "blatt", "wochenzeitung", "tageszeitung", "nachrichtenmagazin",
        "jornal", "agência", "emissora", "semanário", "folha",
        "quotidiano", "giornale", "rivista", "agenzia", "emittente", "settimanale", "testata",
    ]

    /// Words that mark a name as a publication's (besides registered outlets and mediumNouns in
    /// the name): outlet words of newspapers and broadcasters, and the head words of journal titles.
    static let outletWords: Set<String> = [
        "wire", "news", "times", "herald", "post", "journal", "agency", "press", "tribune", "gazette", "daily", "chronicle",
        "telegraph", "guardian", "courier", "observer", "express", "mail", "mirror", "monitor", "bulletin", "dispatch",
        "inquirer", "examiner", "register", "review", "star", "standard", "record", "globe", "independent", "economist",
        "magazine", "network", "broadcasting", "radio", "television", "tv", "ledger", "sentinel", "gazette", "argus",
        "advertiser", "leader", "echo", "mercury", "clarion", "beacon", "reporter", "week", "weekly", "insider",
        "online", "today", "digest", "newsletter", "podcast", "wochenblatt",
        // other languages
        "zeitung", "allgemeine", "rundschau", "anzeiger", "tagblatt", "tageblatt", "kurier", "nachrichten", "presse",
        "spiegel", "zeit", "welt", "stern", "focus", "diario", "periódico", "noticias", "prensa", "mundo", "país",
        "vanguardia", "crónica", "heraldo", "correo", "gaceta", "voz", "tiempo", "monde", "figaro", "libération",
        "parisien", "journal", "dépêche", "provence", "ouest", "croix", "express", "point", "obs", "humanité", "échos",
        "folha", "globo", "estadão", "jornal", "notícias", "correio", "gazeta", "diário", "veja", "exame",
        "corriere", "repubblica", "stampa", "gazzetta", "giornale", "messaggero", "sole", "mattino", "resto", "carlino",
        "fatto", "quotidiano", "tempo", "unione", "nazione", "gazzettino", "secolo", "manifesto",
    ]

    /// Outlet words of newspapers and broadcasters only (no journal, review or bulletin, which
    /// institutions publish too): a name with one is a news outlet's (`SourceName.newsOutlet`).
    static let newsOutletWords: Set<String> = [
        "times", "herald", "post", "tribune", "gazette", "chronicle", "telegraph", "courier", "observer", "express", "mirror",
        "inquirer", "examiner", "sentinel", "argus", "advertiser", "echo", "mercury", "clarion", "beacon", "ledger",
        "zeitung", "rundschau", "anzeiger", "tagblatt", "tageblatt", "kurier", "diario", "periodico", "heraldo", "gaceta",
        "jornal", "gazeta", "folha", "corriere", "gazzetta", "giornale", "quotidiano", "quotidien",
    ]

    /// Outlet words that end compound titles ("Tagesspiegel", "Handelsblatt", "Morgenpost"): a
    /// capitalized word that ends with one, three letters or more before it, is a publication's.
    static let compoundSuffixes: [String] = [
        "zeitung", "spiegel", "post", "blatt", "anzeiger", "kurier", "rundschau", "nachrichten", "presse", "bote", "echo",
        "journal", "courier", "tribune", "herald", "gazette", "times", "news", "kurier", "dagblad", "bladet", "posten",
        "portal", "magazin", "plattform",
    ]

    /// Head words of journal and science-site titles ("Global Change Biology", "Studies in
    /// Conservation", "Live Science"): a publication's name after "published in / on", not after
    /// "according to", where they name institutes and firms ("Coresight Research", "Department of
    /// Conservation").
    static let journalWords: Set<String> = [
        "biology", "medicine", "science", "sciences", "research", "studies", "letters", "reports", "proceedings", "annals",
        "communications", "advances", "ecology", "physics", "chemistry", "psychology", "economics", "health", "lancet",
        "nature", "cell", "quarterly", "transactions", "archives", "bmj", "plos", "epidemiology", "oncology", "cardiology",
        "neurology", "pediatrics", "psychiatry", "conservation", "geoscience", "environment", "astronomy", "genetics",
        "neuroscience", "immunology", "microbiology", "pharmacology", "physiology", "ornithology", "zoology", "botany",
        "geology", "geophysics", "climatology", "sociology", "anthropology", "archaeology", "criminology", "history",
    ]

    /// Participles that take "to" for the site a text was put on ("posted to the arXiv preprint
    /// server", "uploaded to its website"); "reported to" and "released to" name a recipient.
    static let toParticiples: Set<String> = ["posted", "uploaded", "published", "republished"]

    /// Adverbs that may stand between a publication and its report verb, or after the verb
    /// ("wie die Allgemeine Zeitung zuerst berichtete", "as the Herald first reported", "informó
    /// ayer El País", "a rapporté mardi Le Monde").
    static let reportAdverbs: Set<String> = [
        "first", "originally", "earlier", "previously", "initially", "exclusively", "also", "recently", "already", "today", "yesterday",
        "zuerst", "zunächst", "bereits", "schon", "gestern", "heute", "kürzlich", "exklusiv", "vorab", "online", "am", "ebenfalls",
        "primero", "ya", "ayer", "hoy", "antes", "también", "recientemente", "exclusivamente",
        "d'abord", "déjà", "hier", "aujourd'hui", "également", "aussi", "récemment", "mardi", "lundi",
        "primeiro", "já", "ontem", "hoje", "também", "recentemente", "antes",
        "per", "primo", "prima", "già", "ieri", "oggi", "anche", "recentemente",
        // Auxiliaries of compound tenses ("the Herald has reported", "il Corriere ha riportato").
        "has", "had", "have", "ha", "hat", "hatte", "a", "avait", "había", "tinha", "tem", "aveva",
    ]

    /// Head nouns of a descriptor before an organization's name ("the research firm Voltmark
    /// Analytics", "la consultora Kantar", "das Forschungsinstitut Prognos"): the name after them
    /// is a body's, not a person's. Those of public bodies (`officialBodies`) are a source on their
    /// own after "published by" ("results published by the state election board").
    static let bodyNouns: Set<String> = [
        "firm", "company", "consultancy", "consultants", "consultant", "group", "tank", "institute", "organisation", "organization",
        "charity", "nonprofit", "non-profit", "watchdog", "regulator", "body", "board", "office", "ministry", "department",
        "commission", "council", "authority", "bureau", "union", "association", "federation", "lobby", "bank", "fund",
        "insurer", "broker", "brokerage", "lab", "laboratory", "startup", "provider", "agency", "house", "consortium",
        "committee", "panel", "taskforce", "unit", "inspectorate", "observatory", "trust", "centre", "center",
        "empresa", "consultora", "firma", "organismo", "instituto", "ministerio", "asociación", "fundación", "entidad",
        "cabinet", "société", "institut", "organisme", "ministère", "association", "fédération", "entreprise",
        "beratungsfirma", "beratungsunternehmen", "forschungsinstitut", "unternehmen", "behörde", "ministerium", "amt", "verband",
        "marktforschungsinstitut", "konzern", "stiftung",
        "consultoria", "instituto", "órgão", "ministério", "associação", "fundação", "entidade",
        "società", "istituto", "ente", "ministero", "associazione", "fondazione", "agenzia",
    ]

    /// Nouns of public bodies that publish records: a lower-case body phrase with one is a source
    /// after "published by" ("the state election board", "the national statistics office").
    static let officialBodies: Set<String> = [
        "board", "office", "ministry", "department", "commission", "council", "authority", "bureau", "agency", "institute",
        "regulator", "watchdog", "registry", "registrar", "inspectorate", "ombudsman", "committee", "panel", "taskforce",
    ]

    /// Platforms a text can be posted on: a source for "posted on".
    static let platforms: Set<String> = [
        "x", "twitter", "facebook", "instagram", "telegram", "linkedin", "youtube", "tiktok", "weibo", "wechat", "threads",
        "bluesky", "mastodon", "reddit", "substack", "medium", "truth", "vk", "vkontakte", "github",
    ]

    /// Capitalized articles that open newspaper titles ("El País", "Le Monde", "Die Zeit").
    static let titleArticles: Set<String> = ["el", "la", "le", "les", "il", "lo", "o", "die", "der", "das", "the", "l'"]

    /// Places that open with an article and are not publications.
    static let articlePlaces: Set<String> = [
        "el salvador", "la paz", "los angeles", "las vegas", "le havre", "le mans", "la rochelle", "den haag",
        "the hague", "the netherlands", "the bahamas", "the gambia", "the philippines", "la coruña", "la plata",
        "la spezia", "l'aquila", "o porto", "la habana", "las palmas", "the bronx", "the united states", "the united kingdom",
    ]

    /// Lower-case words allowed inside a name between capitalized words ("Office for National
    /// Statistics", "Gazzetta dello Sport", "Studies in Conservation", "Folha de S.Paulo").
    static let nameConnectors: Set<String> = [
        "of", "for", "and", "&", "the", "on", "in", "de", "del", "de la", "des", "du", "der", "die", "für", "und", "do",
        "da", "dos", "das", "di", "della", "dello", "dei", "degli", "delle", "e", "y", "et", "la", "le", "el", "am", "an",
        "dell'", "d'", "l'", "zu", "zur", "im",
    ]

    /// Capitalized words that are never a source: times, pronouns, sentence openers.
    static let notNames: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "spring", "summer", "autumn", "fall", "winter",
        "i", "it", "he", "she", "we", "they", "this", "that", "these", "those", "there", "here", "today", "yesterday",
        "tomorrow", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "enero", "febrero", "marzo",
        "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", "lundi", "mardi",
        "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre", "montag", "dienstag", "mittwoch", "donnerstag",
        "freitag", "samstag", "sonntag", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember",
        "segunda", "terça", "quarta", "quinta", "sexta", "janeiro", "fevereiro", "março", "maio", "junho", "julho",
        "setembro", "outubro", "novembro", "dezembro", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
        "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
    ]

    // MARK: Documents (form 4 of `AttributionGrammar`: a document tied to a named body)

    /// Nouns of documents a body publishes: the head of form 4's noun phrase ("a report by the
    /// Royal College", "the harbour authority's annual report", "une enquête du ministère", "eine
    /// Studie der Universität"). No statement, letter, post or interview: those are spoken or
    /// personal, and "a statement from the club said" is an official speaking.
    static let documentNouns: Set<String> = [
        "report", "reports", "study", "studies", "survey", "surveys", "analysis", "analyses", "estimate", "estimates",
        "figures", "data", "statistics", "review", "audit", "audits", "poll", "polls", "filing", "filings", "assessment",
        "findings", "research", "census", "forecast", "forecasts", "projections", "evaluation", "index", "ranking",
        "rankings", "paper", "submission", "response", "tally", "count", "dataset", "inventory", "outlook",
        // Spanish
        "informe", "informes", "estudio", "estudios", "encuesta", "encuestas", "estimación", "estimaciones", "datos",
        "cifras", "estadísticas", "análisis", "auditoría", "sondeo", "memoria", "censo", "previsiones", "proyecciones",
        "barómetro", "evaluación", "recuento",
        // French
        "rapport", "rapports", "étude", "études", "enquête", "enquêtes", "estimation", "estimations", "données",
        "chiffres", "statistiques", "analyse", "sondage", "bilan", "recensement", "prévisions", "baromètre",
        // German
        "bericht", "berichts", "studie", "studien", "umfrage", "umfragen", "schätzung", "schätzungen", "daten", "zahlen",
        "statistik", "erhebung", "gutachten", "jahresbericht", "auswertung", "prognose", "befragung", "untersuchung",
        // Portuguese
        "relatório", "relatórios", "estudo", "estudos", "pesquisa", "pesquisas", "levantamento", "estimativa",
        "estimativas", "dados", "números", "estatísticas", "análise", "auditoria", "sondagem", "balanço", "inquérito",
        // Italian
        "rapporto", "studio", "indagine", "sondaggio", "stima", "stime", "dati", "cifre", "statistiche", "analisi",
        "relazione", "censimento", "previsioni", "ricerca", "dossier",
    ]

    /// Document nouns that are documents only after a given modifier ("consultation response";
    /// a bare "response" is a reply, "research" alone a field).
    static let documentNeedsModifier: [String: Set<String>] = [
        "response": ["consultation", "formal", "written"], "submission": ["consultation", "formal", "written"],
        "count": ["official", "latest", "annual"],
    ]

    /// Verbs of a finding whose subject is a document or its author: form 4 without an opener
    /// needs one after the source ("a report by X estimated", "une étude de l'Insee montre",
    /// "eine Studie der Universität zeigt"); also the reporting verbs before "in its report".
    static let findingVerbs: Set<String> = [
        "found", "finds", "find", "show", "shows", "showed", "shown", "said", "says", "estimated", "estimates", "estimate",
        "suggested", "suggests", "suggest", "concluded", "concludes", "revealed", "reveals", "warned", "warns", "indicated",
        "indicates", "noted", "notes", "reported", "put", "puts", "predicted", "predicts", "projected", "projects",
        "calculated", "calculates", "ranked", "ranks", "identified", "identifies", "highlighted", "highlights", "recorded",
        "records", "counted", "described", "describes", "claimed", "claims", "stated", "states", "recommended",
        "recommends", "forecast", "forecasts", "argued", "argues", "confirmed", "confirms", "listed", "rated", "measured",
        "documented", "flagged", "blamed", "linked", "links", "attributed", "concluded", "disclosed", "discloses",
        "acknowledged", "cautioned", "criticised", "criticized", "determined", "established", "observed", "cited",
        "reveal", "indicate", "conclude", "warn", "predict", "points", "pointed", "placed",
        // Spanish
        "encontró", "halló", "muestra", "mostró", "señala", "señaló", "estima", "estimó", "revela", "reveló", "indica",
        "indicó", "concluye", "concluyó", "advierte", "advirtió", "afirma", "afirmó", "sitúa", "situó", "cifra", "cifró",
        "apunta", "apuntó", "destaca", "destacó", "constata", "mostrado", "revelado", "estimado", "concluido", "señalado",
        "muestran", "revelan", "indican", "señalan", "estiman", "concluyen", "advierten", "apuntan", "reflejan", "refleja",
        "calcula", "calculan", "cifran", "sitúan", "prevé", "prevén", "constatan", "destacan", "recoge", "recogen",
        // French
        "montre", "montrait", "révèle", "révélait", "indique", "indiquait", "estime", "estimait", "conclut", "souligne",
        "affirme", "relève", "constate", "chiffre", "pointe", "note", "évalue", "montré", "révélé", "estimé", "constaté",
        "relevé", "conclu", "souligné", "indiqué", "montrent", "révèlent", "indiquent", "estiment", "concluent",
        "soulignent", "relèvent", "constatent", "chiffrent", "évaluent", "prévoit", "prévoient", "recense", "dénombre",
        "pointent", "affirment",
        // German
        "zeigt", "zeigte", "ergab", "ergibt", "schätzt", "schätzte", "belegt", "belegte", "beziffert", "bezifferte",
        "warnt", "warnte", "kommt", "kam", "stellt", "stellte", "geht", "ging", "gezeigt", "ergeben", "festgestellt",
        "zeigen", "zeigten", "belegen", "beziffern", "schätzen", "warnen", "hervorgeht", "hervorging", "rechnet",
        "rechnen", "erwartet", "erwarten", "sieht", "sehen", "kommen",
        // Portuguese
        "mostra", "mostrou", "revelou", "aponta", "apontou", "indicou", "estimou", "conclui", "concluiu", "afirmou",
        "constatou", "apontado", "indicado", "concluído", "mostram", "revelam", "indicam", "apontam", "estimam",
        "concluem", "calcula", "calculam", "prevê", "preveem", "projeta", "estima", "afirmam", "destacam", "alerta",
        "alertam", "alertou",
        // Italian
        "rivela", "rivelato", "evidenzia", "evidenziato", "stimato", "conclude", "sottolinea", "segnala", "afferma",
        "rileva", "rilevato", "mostrato", "indicato", "mostrano", "rivelano", "indicano", "stimano", "evidenziano",
        "rilevano", "calcola", "calcolano", "prevede", "prevedono", "registra", "registrano", "attesta", "segnalano",
        "sottolineano", "confermano", "conferma",
    ]

    /// Words of public and research bodies that make a capitalized phrase before a document a
    /// body's name ("a Resolution Foundation report", "Home Office figures", "a Harvard Medical
    /// School study"); not "company", "group" or "club", which describe ("a new Fast Company report").
    static let adjectivalBodyWords: Set<String> = [
        "foundation", "institute", "institution", "university", "college", "school", "agency", "office", "commission",
        "council", "authority", "bureau", "board", "ministry", "department", "trust", "society", "association", "centre",
        "center", "observatory", "taskforce", "committee", "inspectorate", "regulator", "laboratory", "unit", "fund",
        "bank", "analytics", "consulting", "economics", "insights", "intelligence", "government", "executive", "statistics",
        "library", "service", "survey", "academy", "alliance", "federation", "confederation", "union",
    ]

    /// Reporting verbs before "in its / in a <document>" whose subject is the document's author
    /// ("the agency had warned in its consultation response", "the bank said in its annual report").
    static let reportingVerbs: Set<String> = [
        "said", "says", "warned", "warns", "noted", "notes", "stated", "states", "wrote", "writes", "argued", "argues",
        "found", "concluded", "estimated", "estimates", "reported", "reports", "acknowledged", "admitted", "disclosed",
        "revealed", "explained", "confirmed", "highlighted", "cautioned", "flagged", "outlined", "predicted", "forecast",
        "projected", "described", "raised", "cited", "recommended", "suggested", "claimed",
        "afirmó", "señaló", "advirtió", "indicó", "explicó", "estimó", "indique", "affirme", "souligne", "estime",
        "erklärte", "schrieb", "warnte", "afirmou", "apontou", "indicou", "estimou", "afferma",
        "sottolinea", "scrive", "segnala",
    ]

    /// Participles of doing the work a document reports: "a survey carried out by", "realizada por",
    /// "menée par", "durchgeführt von", "condotta da". Unlike participles of publishing
    /// (`participles`) they are read only right after the document noun, with no comma between: in
    /// "The audit, carried out by the accounting firm X, found" the clause describes an audit the
    /// story is about, not the source of a claim.
    static let performerParticiples: Set<String> = [
        "carried", "conducted", "commissioned", "compiled", "produced", "prepared", "undertaken", "led", "run", "done",
        "funded", "written", "authored", "co-authored", "coordinated", "collected", "gathered", "drawn", "analysed", "analyzed",
        "realizado", "realizada", "realizados", "realizadas", "elaborado", "elaborada", "elaborados", "elaboradas",
        "encargado", "encargada", "llevado", "llevada", "hecho", "hecha", "dirigido", "dirigida", "recopilados",
        "réalisé", "réalisée", "réalisés", "réalisées", "mené", "menée", "menés", "menées", "conduit", "conduite",
        "commandé", "commandée", "établi", "établie", "rédigé", "rédigée", "compilés", "compilées",
        "durchgeführt", "erstellt", "erstellte", "erhoben", "beauftragt", "veranlasst",
        "conduzido", "conduzida", "encomendado", "encomendada", "feito", "feita",
        "realizzato", "realizzata", "realizzati", "realizzate", "condotto", "condotta", "commissionato",
        "commissionata", "elaborato", "elaborata", "elaborati", "curato", "curata", "redatto", "redatta",
        "raccolto", "raccolta", "raccolti", "raccolte", "recogidos", "recogidas", "recopilado", "recopilada",
        "recopiladas", "recueilli", "recueillie", "recueillis", "recueillies", "collectées", "compilado", "compilados",
        "coletados", "coletadas", "reunidos", "reunidas", "erhobenen", "gesammelten",
    ]

    /// Prepositions that tie a document to its author after the noun ("a study by", "data from",
    /// "un informe del", "une étude de l'", "eine Studie der", "um estudo da", "una stima dell'").
    /// No English "of": "a survey of 2,000 adults", "an audit of the department" name the topic.
    static let documentPrepositions: Set<String> = [
        "by", "from", "de", "del", "du", "des", "d'", "von", "vom", "der", "do", "da", "dos", "das", "di", "della", "dello",
        "dei", "degli", "delle", "dell'", "dal", "dalla", "dai", "dall'", "par", "por", "pelo", "pela", "pelos", "pelas",
        "d’", "dell’", "dall’",
    ]

    /// Contracted or elided articles after which a lone capitalized word is a body's name in the
    /// Romance languages ("de l'Insee", "dell'Istat", "do Inmet", "del Gobierno", "du Sénat").
    static let romanceArticlePrepositions: Set<String> = [
        "d'", "l'", "del", "du", "des", "do", "da", "dos", "das", "della", "dello", "dell'", "dal", "dalla", "dall'",
        "pelo", "pela", "la", "le", "el", "d’", "l’", "dell’", "dall’",
    ]

    /// Prepositions before a document that make it the source of what the sentence says ("in a
    /// report by", "dans une étude de", "en un informe del", "in einer Studie der", "em um estudo
    /// da", "in uno studio dell'").
    static let documentContainers: Set<String> = ["in", "en", "dans", "im", "em", "nel", "nella", "nell'", "nei", "nelle", "nello"]

    /// Words that never stand between a determiner and a document noun: prepositions,
    /// conjunctions, auxiliaries, pronouns and openers; the modifiers of a document are adjectives,
    /// nouns and numbers ("a new annual", "market", "consultation", "2024").
    static let notDocumentModifiers: Set<String> = [
        "to", "according", "as", "that", "which", "than", "with", "for", "at", "about", "after", "before", "over",
        "under", "between", "among", "into", "is", "are", "was", "were", "be", "been", "has", "have", "had", "not", "no",
        "whose", "per", "cent", "percent", "if", "when", "while", "because", "also", "its", "their", "his", "her", "our",
        "your", "my", "what", "where", "how", "why", "whether", "most", "more", "less", "many", "much", "some", "any",
        "all", "both", "each", "every", "other", "such", "same", "very", "so", "then", "there", "here", "we", "they",
        "it", "he", "she", "i", "you", "do", "does", "did", "will", "would", "could", "should", "may", "might", "must",
        "can", "según", "selon", "laut", "segundo", "secondo", "après", "con", "com", "par", "pour", "para", "per",
        "con", "mit", "für", "und", "que", "qui", "che", "dass", "wie", "como", "comme", "come",
    ]

    /// Conjunctions and relative pronouns that end the stretch searched for a finding verb.
    static let clauseBreakers: Set<String> = [
        "who", "whom", "and", "but", "or", "while", "whereas", "although", "though", "because", "y", "pero", "et", "mais",
        "und", "aber", "oder", "e", "ma", "mas", "ou", "weil", "porque", "parce",
    ]

    /// Possessive determiners before a document ("in its annual report", "dans son rapport",
    /// "en su informe", "in seinem Bericht", "no seu relatório", "nel suo rapporto").
    static let possessivePronouns: Set<String> = [
        "its", "their", "son", "sa", "ses", "leur", "leurs", "su", "sus", "seinem", "seiner", "ihrem", "ihrer", "seu",
        "sua", "seus", "suas", "suo", "sua", "suoi", "sue",
    ]

    /// Definite articles: "the survey" refers back to a document named before (its first mention
    /// is the one checked), unless an opener or an owner makes it a source here.
    static let definiteArticles: Set<String> = [
        "the", "el", "la", "los", "las", "le", "les", "l'", "der", "die", "das", "dem", "den", "des", "o", "os", "il",
        "lo", "gli", "i", "this", "that", "these", "those",
    ]

    /// People who do research: "a study by researchers at the University of Leeds" names the body
    /// after "at" / "from".
    static let researcherNouns: Set<String> = [
        "researchers", "scientists", "economists", "analysts", "academics", "experts", "statisticians", "epidemiologists",
        "investigadores", "científicos", "economistas", "chercheurs", "scientifiques", "forschern", "forscher",
        "wissenschaftlern", "pesquisadores", "cientistas", "ricercatori", "scienziati", "economisti",
    ]

    /// Acronyms that name places or things, not bodies ("a UK study", "data from the US", "a
    /// review by VAR", "CCTV footage").
    static let notBodyAcronyms: Set<String> = [
        "UK", "US", "USA", "U.S", "U.K", "GB", "UAE", "NYC", "DC", "LA", "NZ", "SA", "EE.UU", "RU", "RFA", "BRD",
        "VAR", "TMO", "DRS", "TV", "CCTV", "DNA", "GPS", "AI", "GDP", "PIB", "BIP", "CPI", "ID", "PDF", "OK",
    ]

    /// Words that open or qualify place names ("North America", "New South Wales"): a name made of
    /// them and `NameIndex.places` is a place.
    static let placeWords: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "new", "united",
        "great", "greater", "upper", "lower", "saint", "st", "san", "santa", "middle", "far", "latin", "sub-saharan",
    ]

    /// Endings of one-word names of bodies, mostly German compounds ("Bundesamt", "Umweltbundesamt",
    /// "Forschungsinstitut", "Eurostat", "Landesgesundheitsbehörde").
    static let bodySuffixes: [String] = [
        "amt", "amts", "amtes", "institut", "instituts", "ministerium", "ministeriums", "verband", "verbands", "verbandes",
        "behörde", "agentur", "kammer", "stiftung", "zentrum", "zentrums", "gesellschaft", "hochschule", "universität",
        "akademie", "stat", "bank", "kasse",
    ]

    /// One-word names of statistics offices, pollsters and research bodies that publish figures
    /// ("figures from Eurostat", "a survey by Ipsos"); a one-word name must otherwise be an
    /// acronym, a brand with an inner capital or a registered outlet.
    static let knownBodies: Set<String> = [
        "eurostat", "destatis", "insee", "istat", "inserm", "ibge", "ipea", "ine", "ons", "ofcom", "ofgem", "ofsted",
        "ipsos", "yougov", "gallup", "kantar", "nielsen", "gfk", "forsa", "allensbach", "ifop", "elabe", "datafolha",
        "censis", "eurobarometer", "unicef", "unesco", "oxfam", "amnesty", "greenpeace", "interpol", "europol",
        "frontex", "nasa", "deloitte", "pwc", "kpmg", "mckinsey", "moody's", "fitch", "bundesbank", "eurocontrol",
    ]

    /// Titles and roles that make the following name a person's ("according to Dr Ruiz",
    /// "published by Professor Lee"): person attribution, not a published source.
    static let personTitles: Set<String> = [
        "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "professor", "sir", "dame", "lord", "lady",
        "president", "minister", "mayor", "senator", "governor", "judge", "justice", "chief", "secretary", "chancellor",
        "premier", "king", "queen", "prince", "princess", "pope", "father", "rev", "rev.", "reverend", "rabbi", "imam",
        "general", "gen.", "colonel", "captain", "sergeant", "officer", "detective", "inspector", "superintendent",
        "commissioner", "councillor", "councilor", "councilman", "councilwoman", "rep.", "sen.", "gov.", "spokesman",
        "spokeswoman", "spokesperson", "director", "ceo", "chairman", "chairwoman", "chair", "coach", "manager", "author",
        "writer", "columnist", "reporter", "correspondent", "editor", "researcher", "scientist", "economist", "analyst",
        "don", "doña", "señor", "señora", "sr.", "sra.", "m.", "mme", "madame", "monsieur", "herr", "frau", "dott.",
        "signor", "signora", "presidente", "ministro", "ministra", "alcalde", "alcaldesa", "maire", "bürgermeister",
        "bürgermeisterin", "sindaco", "prefeito", "prefeita", "doutor", "doutora", "dottor", "dottore", "dottoressa",
    ]

    /// Words that end the stretch between a participle and its preposition: speech verbs and
    /// relative pronouns ("published, he said in an interview", "released, who told").
    static let gapBreakers: Set<String> = [
        "said", "says", "told", "tells", "spoke", "speaking", "who", "whom", "dijo", "afirmó", "declaró", "a déclaré",
        "déclare", "sagte", "sagt", "disse", "ha detto", "affermato", "and", "but", "y", "et", "und", "e", "ma", "mais",
        "pero", "aber", "mas",
    ]
}
