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
        "republished", "carried",
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

    /// Participles that also have a sense with no publication ("the prisoner was released by the
    /// court", "a warrant issued by the judge", "the story carried by"): they count only after a
    /// noun of `informationNouns` (the subject: "data released by", "figures issued by").
    static let ambiguousParticiples: Set<String> = ["released", "issued", "carried", "aired", "broadcast", "emitido", "emitida", "recogido", "recogida", "recogidos", "recogidas"]

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
        "della", "dello", "dei", "degli", "delle", "dell'", "por", "par", "pelo", "pela", "dal", "dalla",
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

    /// Outlet words that end compound titles ("Tagesspiegel", "Handelsblatt", "Morgenpost"): a
    /// capitalized word that ends with one, three letters or more before it, is a publication's.
    static let compoundSuffixes: [String] = [
        "zeitung", "spiegel", "post", "blatt", "anzeiger", "kurier", "rundschau", "nachrichten", "presse", "bote", "echo",
        "journal", "courier", "tribune", "herald", "gazette", "times", "news", "kurier", "dagblad", "bladet", "posten",
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
        "regulator", "watchdog", "registry", "registrar", "inspectorate", "ombudsman",
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
