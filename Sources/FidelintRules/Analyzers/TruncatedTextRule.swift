import FidelintCore
import Foundation

/// Text that stops mid-sentence, the signature of an output token limit. Structural, not a list
/// of endings: the article's last paragraph (or list item) of at least seven words, the
/// paragraph before each section heading, a paragraph of prose inside the body followed by a
/// paragraph that opens and ends a sentence, and the body of an article wrapped whole in a code
/// fence, are cut off when they end
/// - on a comma, semicolon, dash or opening parenthesis, or on a half word ("constru-");
/// - on a function word of the article's language (English, Spanish, French, German,
///   Portuguese, Italian: `TextTools.functionWordsByLanguage`);
/// - on any other word or number with no closing punctuation ("…would need to change at Mill",
///   "…rose 4%. The"), when the block is prose written in sentences: not title-like, three in
///   ten words lowercase, a sentence ending inside it or in the paragraph before it, no other
///   paragraph of the article left without closing punctuation, no byline, credit, label, link
///   or footer (`isLabel`), not verse or a list set one item a line;
/// - at the article's end, with a quotation or a parenthesis left open;
/// and when the article's last paragraph is a short fragment after a complete paragraph
/// ("So, as the"), when it ends on a Markdown heading, or on a bare list number ("4.").
///
/// Headlines, captions, bylines, credits, datelines, sign-offs, URLs, text ending in a quotation
/// or bracket, verse and list items written without periods are not truncation; a document that
/// ends inside a table is left to `truncated_table_row`.
///
/// Pattern source: `../shared/cases/TAXONOMY.md` §15 (Jetpack#28994, wp-innovator/innovator-ai#2),
/// issue 5 and issue 14 (capability 2: any final word, six languages).
public struct TruncatedTextRule: Rule {
    public init() {}

    public let description = RuleDescription(
        identifier: "truncated_text", name: "Truncated Text",
        summary: "The article, a section or a list stops mid-sentence.",
        category: .truncatedText, defaultSeverity: .error,
        origin: "TAXONOMY §15 truncated_text; issue 5",
        triggeringExamples: [
            Example("Kessling Approves Cycle Lanes\n\nThe committee approved the network on Wednesday.\n↓Construction will start in the western districts, where accident rates are highest, and the\n"),
            Example("The board met on Tuesday.\n\n↓Members voted to raise fees for boats over eight metres,\n"),
            Example("# Budget Passes\n\n↓The council approved the plan after a long debate about the future of the\n\n## Reaction\n\nResidents welcomed the vote.\n", format: .markdown),
            Example("The mayor spoke last.\n\n↓She told the crowd that “the harbour will be rebuilt within two years and\n"),
            Example("↓Officials said the bridge would reopen after a thorough structural inspec-\n"),
            Example("# Ferry Timetable Changes\n\nThe ferry will run hourly from May.\n\n## ↓What Passengers Should Know\n", format: .markdown),
            Example("Steps to apply:\n\n1. Fill in the form online.\n2. Attach a copy of your passport.\n↓3.\n"),
            Example("Ferry Service Extended\n\nThe harbour board voted to run the ferry at weekends.\n\n↓Tickets will cost the same as on weekdays. Staff for the extra shifts will be recruited from the town's seasonal\n"),
            Example("Ferry Service Extended\n\nThe harbour board voted to run the ferry at weekends.\n\n↓Sales rose by a third in the first month of the new timetable. The\n"),
            Example("Ferry Service Extended\n\nThe harbour board voted to run the ferry at weekends from April.\n\n↓But for the\n"),
            Example("La ville plante des arbres\n\n↓Les travaux seront menés pendant les vacances afin de ne pas perturber les\n"),
            Example("Ferry Service Extended\n\nThe harbour board voted to run the ferry at weekends from April.\n\n↓Meanwhile, the island council\n"),
            Example("Nuevo horario del mercado\n\nEl mercado central abrirá también los domingos por la mañana desde el mes de mayo.\n\n↓Por otra parte, los comerciantes\n"),
            Example("Ferry Service Extended\n\nThe harbour board voted to run the ferry at weekends from April.\n\n↓Tickets for the extra sailings will be sold at the harbour office, which opens every\n"),
            Example("Chess Club\n\nShe taught for forty years.\n\n↓Former pupils remember her as strict but fair. She had learned chess from her father and ran the club every W\n\nHer funeral will be held at St Mary's Church on Friday at 11am.\n"),
            Example("Bus Routes Redrawn\n\nThe board approved the plan on Tuesday.\n\n↓Routes 4 and 7 will be merged. Passengers from the villages will change buses at the interchange on Mill\n\nWhat changes for passengers\n\nNew timetables will be posted at every stop two weeks before the changes.\n"),
        ],
        nonTriggeringExamples: [
            Example("The committee approved the network on Wednesday.\nConstruction will start in the western districts.\n\nReporting by Sela Okonkwo\n"),
            Example("Harbour Board Approves Fee Increase for Boats Moored in the Bay\n"),
            Example("The festival ends on Sunday with a parade through the old town and the\n\n| Day | Event |\n|---|---|\n| Sunday | Parade |\n"),
            Example("# Ferry Timetable\n\nThe following changes take effect in May:\n\n## Weekdays\n\n- Hourly sailings from 6 a.m.\n- Last ferry at 11 p.m.\n", format: .markdown),
            Example("“We will rebuild the harbour within two years,” the mayor told the crowd on Monday.\n\nBy Sela Okonkwo\n"),
            Example("The mayor spoke last, and the crowd cheered (loudly) when she finished her speech.\n"),
            Example("# Meal Plan\n\nThe one-week prep menu for those who follow Eating Plan A\n\n## Pre-Workout Meal\n\nEat an hour before.\n", format: .markdown),
            Example("The council met on Tuesday and agreed the budget.\n\nRead the full report on the council's website at https://www.example.org/budget-report-2025\n"),
            Example("The author died in 2006.\n\n“Had he written five books in that world, he would have been famous.” — Neil Gaiman\n\nBut the novels were only the beginning. He wrote games and drew maps.\n"),
            Example("The village read the poem together at the festival on Sunday.\n\nThe fields are cut, the barns are full\nthe swallows gather on the wire\nand we who stayed to bring it in\nsit down at last beside the fire\n"),
            Example("Water will be off on Thursday.\n\n- Fill a few large bottles of drinking water the night before\n- Keep a bucket of water for flushing toilets in the bathroom\n"),
            Example("The choir won the national title.\n\nThanks for reading\n"),
            Example("Nuevo horario del mercado\n\nEl mercado central abrirá también los domingos por la mañana desde el mes de mayo.\n\nPor Ana Ruiz\n"),
            Example("The fair raised more than four thousand pounds for the village school on Saturday.\n\nWith thanks, the organisers\n"),
            // German quotation marks: „ opens and “ closes (blind set D, c09).
            Example("Die Stadtwerke senken die Strompreise zum Jahreswechsel deutlich.\n\n„Wir geben weiter, was wir selbst sparen – nicht mehr, aber auch nicht weniger“, sagte der Geschäftsführer.\n"),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] {
        var out = findings(in: context.article)
        // An article wrapped whole in a code fence ("```markdown" … "```"): its body read as
        // Markdown, in place of the outer reading of its lines.
        for (inner, offset) in Self.fencedArticles(context.article) {
            let body = offset..<(offset + inner.source.utf8.count)
            out.removeAll { body.contains($0.range.start) }
            out += findings(in: inner).map { Self.shifted($0, by: offset) }
        }
        return out
    }

    /// The bodies of `article`'s fences that hold prose, each read as a Markdown article, with the
    /// byte offset of the body in `article`'s source.
    static func fencedArticles(_ article: Article) -> [(Article, Int)] {
        var out: [(Article, Int)] = []
        for fence in article.fences where fence.bodyIsProse || ["markdown", "md", "text", "txt", ""].contains(fence.info) {
            let start = fence.open.end
            let end = fence.close?.start ?? article.source.utf8.count
            guard end > start + 200, end <= article.source.utf8.count else { continue }
            // Only when the reader did not read the body's structure (Markdown keeps a prose
            // fence's lines as paragraphs, headings and table rows included).
            guard article.format == .markdown,
                  !article.blocks.contains(where: { $0.kind == .heading && $0.range.start >= start && $0.range.end <= end }) else { continue }
            let body = Array(article.source.utf8[start..<end])
            let inner = MarkdownReader().read(SourceText(path: article.source.path, bytes: body))
            // Prose: three or more paragraphs of seven or more words that end sentences.
            let sentences = inner.blocks.filter { $0.kind == .paragraph && endsSentence($0.text) && TextTools.hasLetterWords($0.text, atLeast: 7) }
            guard sentences.count >= 3 else { continue }
            out.append((inner, start))
        }
        return out
    }

    /// `finding` with its ranges moved `offset` bytes on.
    static func shifted(_ finding: Finding, by offset: Int) -> Finding {
        var f = finding
        f.range = SourceRange(start: f.range.start + offset, end: f.range.end + offset)
        f.related = f.related.map { RelatedRange(range: SourceRange(start: $0.range.start + offset, end: $0.range.end + offset), message: $0.message, path: $0.path) }
        return f
    }

    /// The findings of one article (the file's, or a fenced body's).
    func findings(in article: Article) -> [Finding] {
        // Indices of the blocks read (no copies of the blocks).
        let all = article.blocks
        let prose = all.indices.filter { all[$0].kind != .code && all[$0].kind != .fence && all[$0].kind != .caption }
        guard let lastIndex = prose.last, all[lastIndex].kind != .tableRow else { return [] }
        let lastBlock = all[lastIndex]
        let headline = article.headlineBlock?.range
        var out: [Finding] = []
        // Paragraphs of seven or more words that end on a word with no closing punctuation: in an
        // article that writes its paragraphs in sentences there is at most the cut one.
        var open = 0
        for (k, i) in prose.enumerated() where all[i].kind == .paragraph && all[i].range != headline {
            if k + 1 < prose.count, all[prose[k + 1]].kind == .paragraph, all[prose[k + 1]].paragraph == all[i].paragraph { continue }
            let text = Self.trimmed(all[i].text)
            guard let last = text.last, last.isLetter || last.isNumber,
                  TextTools.hasLetterWords(text, atLeast: 7), !TextTools.isTitleLike(text),
                  text.utf8.count > 2000 || !Self.isLabel(text) else { continue }   // labels are short
            // Short lines set as one block (buttons, an address, verse) are not a paragraph.
            // (Markdown joins a paragraph's lines, so the source's lines are read.)
            let lines = all[i].range.end <= article.source.utf8.count && all[i].range.length <= 2000
                ? article.source.text(all[i].range).split(separator: "\n") : []
            if lines.count > 1, lines.allSatisfy({ $0.count < 50 }) { continue }
            // A headline the reader did not take (after a first line of residue): one of the first
            // three blocks, alone in its paragraph, that reads as a sentence-case headline.
            if k < 3, lines.count <= 1, PlainTextReader.isSentenceCaseHeadline(text) { continue }
            // A paragraph cut on a function word is a cut of its own, not a page without periods.
            let words = TextTools.words(text)
            if let w = words.last, Self.cannotEnd(w, language: TextTools.functionWordLanguage(words.suffix(40))) { continue }
            open += 1
        }
        let inSentences = open <= 1
        // In HTML, a block whose source holds a blank line joins separate lines (a list of
        // related headlines set in one element), not one paragraph.
        func joinsLines(_ unit: Unit) -> Bool {
            guard article.format == .html, unit.range.end <= article.source.utf8.count else { return false }
            var newlines = 0
            for b in article.source.utf8[unit.range.start..<unit.range.end] {
                if b == 0x0A { newlines += 1; if newlines >= 2 { return true } } else if b != 0x20 && b != 0x09 && b != 0x0D { newlines = 0 }
            }
            return false
        }
        func linked(_ unit: Unit) -> Bool {
            if joinsLines(unit) { return true }
            return article.format != .plain && article.links.contains { $0.range.end >= unit.range.end - 4 && $0.range.start < unit.range.end && $0.range.start >= unit.range.start }
        }
        // Sections: the paragraph just before each heading (after the headline).
        for i in prose.indices.dropFirst() where all[prose[i]].kind == .heading {
            let block = all[prose[i]]
            guard all[prose[i - 1]].kind == .paragraph, all[prose[i - 1]].range != headline else { continue }
            var unit = paragraph(endingAt: i - 1, prose, all)
            unit.inSentences = inSentences && !linked(unit)
            guard let why = Self.cutOff(unit, atArticleEnd: false) else { continue }
            out.append(finding("Section ends mid-sentence before “\(TextTools.quote(block.text, limit: 40))”: \(why)", at: unit.range))
        }
        // Paragraphs inside the body: a paragraph of prose (fifteen words or more, a sentence
        // ending inside it) that stops with no closing punctuation while the next paragraph opens
        // a new sentence and ends one ("…she ran the club every W" then "Her funeral will be …").
        // An article written in sentences has no such paragraph but a cut one.
        for k in prose.indices.dropLast() where all[prose[k]].kind == .paragraph && all[prose[k]].range != headline {
            let next = all[prose[k + 1]]
            guard next.kind == .paragraph, next.paragraph != all[prose[k]].paragraph else { continue }
            let nextText = Self.trimmed(next.text)
            guard nextText.first?.isUppercase == true, Self.endsSentence(nextText), TextTools.hasLetterWords(nextText, atLeast: 7) else { continue }
            var unit = paragraph(endingAt: k, prose, all)
            guard TextTools.hasLetterWords(unit.text, atLeast: 15), TextTools.internalSentenceEnds(unit.text) > 0,
                  !out.contains(where: { $0.range == unit.range }) else { continue }
            unit.inSentences = inSentences && !linked(unit)
            guard let why = Self.cutOff(unit, atArticleEnd: false) else { continue }
            out.append(finding("Paragraph stops mid-sentence: \(why)", at: unit.range))
        }
        // The end of the article.
        // Only Markdown headings: a title-like last line of plain text is as often a byline or an
        // author's job title, and an HTML page's last heading is often a widget's ("More stories").
        if lastBlock.kind == .heading, article.format == .markdown, prose.count >= 3,
           article.headlineBlock.map({ $0.range != lastBlock.range }) ?? true {
            out.append(finding("The article ends on the heading “\(TextTools.quote(lastBlock.text, limit: 50))” with nothing after it", at: lastBlock.range))
            return out
        }
        let bare = Self.trimmed(lastBlock.text)
        if bare.prefix(5).count <= 4, bare.hasSuffix("."), bare.dropLast().allSatisfy(\.isNumber), !bare.dropLast().isEmpty {
            out.append(finding("A numbered list stops at “\(bare)” with no item text", at: lastBlock.range))
            return out
        }
        // A short fragment after a complete paragraph ("So, as the").
        if lastBlock.kind == .paragraph || (lastBlock.kind == .heading && article.format == .plain), prose.count >= 3, lastBlock.range != headline,
           let why = fragment(prose.count - 1, prose, all) {
            out.append(finding("Text stops mid-sentence: \(why)", at: lastBlock.range))
            return out
        }
        // A closing footer that quotes the headline ("The post <headline> appeared first on …").
        let headlineKey = article.headlineBlock.map { TextTools.normalize($0.text) }.flatMap { TextTools.words($0).count >= 4 ? $0 : nil }
        func quotesHeadline(_ block: Block) -> Bool {
            guard let key = headlineKey, block.range != headline else { return false }
            return TextTools.normalize(block.text).contains(key)
        }
        guard let p = prose.lastIndex(where: { all[$0].kind != .tableRow && TextTools.hasLetterWords(all[$0].text, atLeast: 7)
                                                && !Self.isLabel(Self.trimmed(all[$0].text)) && !quotesHeadline(all[$0]) }),
              all[prose[p]].kind == .paragraph || all[prose[p]].kind == .listItem, all[prose[p]].range != headline,
              !out.contains(where: { $0.range == all[prose[p]].range }) else { return out }
        var unit = all[prose[p]].kind == .listItem ? listItem(p, prose, all) : paragraph(endingAt: p, prose, all)
        unit.inSentences = inSentences && !linked(unit)
        guard let why = Self.cutOff(unit, atArticleEnd: true) else { return out }
        out.append(finding("Text stops mid-sentence: \(why)", at: unit.range))
        return out
    }

    /// A block (or the lines of one plain-text paragraph) judged for a cut-off, with what comes
    /// before it: `text` is the block's text (lines joined by "\n"), `range` its source range,
    /// `lines` the number of source lines, `afterSentence` whether the prose block before it
    /// (not a heading) ends a sentence, `siblingsEnd` for a list item whether the items before it
    /// (at least two) all end a sentence.
    struct Unit {
        var text: String
        var range: SourceRange
        var lines: Int = 1
        var afterSentence = false
        var isListItem = false
        var siblingsEnd = false
        /// The article writes its other paragraphs in sentences, and the block's last words are
        /// no link (a "Learn more" button).
        var inSentences = true
        /// Two or more paragraphs before it end sentences: a long block here is body prose even
        /// when it holds one sentence and follows a heading.
        var inBody = false
    }

    /// The paragraph whose last block is `prose[p]`: in plain text, the consecutive paragraph
    /// blocks (lines) with the same paragraph number.
    private func paragraph(endingAt p: Int, _ prose: [Int], _ all: [Block]) -> Unit {
        let last = all[prose[p]]
        var first = p
        while first > 0, all[prose[first - 1]].kind == .paragraph, all[prose[first - 1]].paragraph == last.paragraph,
              p - first < 40 {
            first -= 1
        }
        let text = first == p ? last.text : prose[first...p].map { all[$0].text }.joined(separator: "\n")
        // The finding marks the line that stops (the paragraph's last).
        var unit = Unit(text: text, range: last.range, lines: p - first + 1)
        if first > 0 {
            let before = all[prose[first - 1]]
            unit.afterSentence = (before.kind == .paragraph || before.kind == .listItem) && Self.endsSentence(before.text)
            // In the body: two or more earlier paragraphs of seven or more words end sentences
            // (a section's paragraph after a heading or a widget line, not a standfirst).
            var complete = 0
            for k in prose[..<first].reversed() where all[k].kind == .paragraph {
                if Self.endsSentence(all[k].text), TextTools.hasLetterWords(all[k].text, atLeast: 7) { complete += 1 }
                if complete >= 2 { break }
            }
            unit.inBody = complete >= 2
        }
        return unit
    }

    /// The list item `prose[p]`, with whether the two or more items just before it end sentences.
    private func listItem(_ p: Int, _ prose: [Int], _ all: [Block]) -> Unit {
        let block = all[prose[p]]
        var unit = Unit(text: block.text, range: block.range)
        unit.isListItem = true
        var k = p - 1, siblings = 0, ending = 0
        while k >= 0, all[prose[k]].kind == .listItem, siblings < 8 {
            siblings += 1
            if Self.endsSentence(all[prose[k]].text) { ending += 1 }
            k -= 1
        }
        unit.siblingsEnd = siblings >= 2 && ending == siblings
        return unit
    }

    /// Why the article's last block, a short paragraph after a paragraph that ends a sentence,
    /// reads as the start of a sentence cut off ("So, as the"): it starts with a capital, has 2 to 6
    /// words, and ends on a function word of the article's language, a comma or a dash.
    private func fragment(_ p: Int, _ prose: [Int], _ all: [Block]) -> String? {
        let block = all[prose[p]], before = all[prose[p - 1]]
        let text = Self.trimmed(block.text)
        guard block.kind == .paragraph || !text.contains(where: { $0.isUppercase && $0 != text.first }) else { return nil }
        guard before.kind == .paragraph, Self.endsSentence(before.text), TextTools.hasLetterWords(before.text, atLeast: 7),
              !TextTools.hasLetterWords(text, atLeast: 7), text.first?.isUppercase == true,
              !Self.isLabel(text) else { return nil }
        let words = TextTools.letterWords(text)
        guard words.count >= 2, let lastWord = words.last, let last = text.last else { return nil }
        let tail = "“\(text)”"
        if ",;(–—".contains(last) { return "the closing fragment \(tail) ends on “\(last)”" }
        guard last.isLetter, TextTools.words(text).last == lastWord else { return nil }
        let language = TextTools.functionWordLanguage(TextTools.words(before.text) + words)
        if Self.cannotEnd(lastWord, language: language) {
            return "the closing fragment \(tail) ends on the function word “\(lastWord)”"
        }
        // An opening phrase, a comma, and a noun phrase with no verb yet ("Por otra parte, los
        // productores", "Meanwhile, the council"): a determiner or quantifier after the comma,
        // lowercase words after it (German capitalises its nouns).
        if let comma = text.lastIndex(of: ","), words.count >= 3,
           !TextTools.letterWords(String(text[..<comma])).contains(where: { Self.signOffWords.contains($0.lowercased()) }) {
            let after = TextTools.letterWords(String(text[text.index(after: comma)...]))
            if (2...3).contains(after.count),
               TextTools.isFunctionWord(after[0], language: language) || Self.quantifiers[language]?.contains(String(after[0])) == true,
               after.dropFirst(language == "de" ? after.count : 0).allSatisfy({ $0 == $0.lowercased() }),
               !Self.cannotEnd(after[after.count - 1], language: language) {
                return "the closing fragment \(tail) stops after “\(after.joined(separator: " "))” with no verb"
            }
        }
        return nil
    }

    /// Whether `text` ends a sentence: its last character is in `TextTools.sentenceClosers`.
    static func endsSentence(_ text: String) -> Bool {
        guard let last = trimmed(text).last else { return false }
        return TextTools.sentenceClosers.contains(last)
    }

    /// Byline, credit, label and footer openings ("By …", "Photo: …", "© 2024"); lowercase.
    static let labelOpenings = ["by ", "reporting by", "additional reporting", "editing by", "edited by", "written by",
                                "words by", "compiled by", "with reporting", "photo", "photos", "photograph", "image",
                                "images", "credit", "credits", "source", "sources", "copyright", "©", "(c) ", "all rights",
                                "follow us", "follow me", "share this", "subscribe", "sign up", "read more", "related",
                                "tags", "filed under", "updated", "published", "posted", "last updated", "por ", "par ",
                                "von ", "foto", "fotos", "fuente", "fuentes", "fonte", "fontes", "quelle", "quellen",
                                "bild", "crédito", "créditos", "crédit", "crédits", "texto", "texte", "redacción", "rédaction"]

    /// The `labelOpenings` that open a byline only before a name or `bylineFollowers`.
    static let bylineOpenings: Set<String> = ["by ", "por ", "par ", "von "]

    /// Lowercase words after "By" in a byline without a name ("By staff reporters", "By our
    /// correspondent", "por la redacción").
    static let bylineFollowers: Set<String> = ["staff", "our", "the", "a", "an", "la", "el", "nuestro", "nuestra", "notre",
                                                "le", "les", "der", "die", "unserem", "unserer", "unseren", "redacción", "rédaction"]

    /// Words that cannot end a sentence besides `TextTools.functionWordsByLanguage`: quantifiers
    /// and determiners that need a noun ("every", "cada", "chaque", "ogni"), prepositions
    /// ("zwischen", "tras") and the intensifier "very". Lowercase; a block that ends on one stopped mid-clause.
    static let nonFinalWords: [String: Set<String>] = [
        "en": ["every", "very", "whose"],
        "es": ["cada", "tras", "cuyos", "cuyas"],
        "fr": ["chaque", "nos", "vos", "quelques"],
        "de": ["zwischen", "ohne"],
        "pt": ["cada", "perante"],
        "it": ["ogni"],
    ]

    /// Quantifiers that open a noun phrase ("many residents", "algunos vecinos"): after an opening
    /// phrase and a comma, with no verb after them, a closing fragment stopped. Lowercase.
    static let quantifiers: [String: Set<String>] = [
        "en": ["many", "some", "most", "several", "both", "all", "few", "other", "no"],
        "es": ["muchos", "muchas", "algunos", "algunas", "varios", "varias", "todos", "todas", "otros", "otras", "ambos"],
        "fr": ["plusieurs", "certains", "certaines", "beaucoup", "tous", "toutes", "nombreux", "quelques"],
        "de": ["viele", "einige", "alle", "mehrere", "manche", "beide"],
        "pt": ["muitos", "muitas", "alguns", "algumas", "vários", "várias", "todos", "todas", "outros", "outras"],
        "it": ["molti", "molte", "alcuni", "alcune", "tutti", "tutte", "diversi", "diverse", "altri", "altre"],
    ]

    /// Whether `word` (as written, lowercase) is a function word or a `nonFinalWords` word of
    /// `language`.
    static func cannotEnd(_ word: Substring, language: String) -> Bool {
        TextTools.isFunctionWord(word, language: language)
            || (word == word.lowercased() && nonFinalWords[language]?.contains(String(word)) == true)
    }

    /// Words of a letter's or newsletter's closing formula ("With thanks, the organisers", "Un
    /// saludo, la redacción"): before a comma they open a sign-off, not a sentence. Lowercase.
    static let signOffWords: Set<String> = [
        "thanks", "thank", "regards", "best", "cheers", "love", "sincerely", "yours", "greetings", "wishes", "warmly",
        "saludo", "saludos", "gracias", "atentamente", "abrazo", "cordialement", "merci", "amitiés", "salutations",
        "bises", "grüße", "gruß", "grüßen", "danke", "herzlich", "grazie", "saluti", "cordiali", "obrigado", "obrigada",
        "abraço", "abraços", "atenciosamente",
    ]

    /// Copulas that follow an author's name in a closing note ("Dallas Robinson is a writer …").
    static let bioVerbs: Set<String> = ["is", "was", "es", "fue", "est", "était", "ist", "war", "é", "foi", "è", "era"]

    /// Whether `text` is a byline, credit, label or footer rather than a sentence: it opens with
    /// `labelOpenings` or a dash, has a colon or "|" among its first three words, or its last
    /// token is a URL, an e-mail address, a handle or a hashtag.
    static func isLabel(_ text: String) -> Bool {
        // A split stopped after n splits has n + 1 pieces exactly when the whole split has more
        // than n: `split(maxSplits: n).count <= n` is `split().count <= n`, without reading a long
        // paragraph to its end.
        isLabel(text, bio: text.split(separator: " ", maxSplits: 25).count <= 25)
    }

    /// The last piece of `text` between separators (`text.split(whereSeparator:).last`), read
    /// from the end.
    static func lastPiece(_ text: Substring, _ isSeparator: (Character) -> Bool) -> Substring? {
        guard let end = text.lastIndex(where: { !isSeparator($0) }) else { return nil }
        let start = text[..<end].lastIndex(where: isSeparator).map { text.index(after: $0) } ?? text.startIndex
        return text[start...end]
    }

    /// `lastPiece` on the bytes of an ASCII text without carriage returns (where every byte is a
    /// Character): the last run of bytes between separators.
    static func lastPieceASCII(_ text: String, _ isSeparator: (UInt8) -> Bool) -> Substring? {
        let found = text.utf8.withContiguousStorageIfAvailable { b -> (Int, Int)? in
            var end = b.count - 1
            while end >= 0, isSeparator(b[end]) { end -= 1 }
            guard end >= 0 else { return nil }
            var start = end
            while start > 0, !isSeparator(b[start - 1]) { start -= 1 }
            return (start, end)
        }
        let u = text.utf8
        guard let found else {
            guard let end = u.lastIndex(where: { !isSeparator($0) }) else { return nil }
            let start = u[..<end].lastIndex(where: isSeparator).map { u.index(after: $0) } ?? u.startIndex
            return text[start...end]
        }
        guard let (start, end) = found else { return nil }
        return text[u.index(u.startIndex, offsetBy: start)...u.index(u.startIndex, offsetBy: end)]
    }

    /// Whether `text` is ASCII without a carriage return: each byte one Character, so Character
    /// searches can run on the bytes ("\r\n" is one Character).
    static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { TextTools.isASCII($0) && !$0.contains(0x0D) } ?? false
    }

    /// `text.contains(needle)` (Foundation's), on the bytes when the text is ASCII.
    static func has(_ text: String, _ needle: StaticString) -> Bool {
        TextTools.asciiContains(text, needle) ?? text.contains(needle.description)
    }

    /// `isLabel`, with the author's-note test only when `bio`.
    static func isLabel(_ text: String, bio: Bool) -> Bool {
        let lower = text.prefix(40).lowercased()
        if let opening = labelOpenings.first(where: { lower.hasPrefix($0) }) {
            // "By", "Por", "Par", "Von" open a byline before a name ("Por Ana Ruiz", "By staff
            // reporters"), and a sentence before anything else ("Por otra parte, los").
            guard bylineOpenings.contains(opening) else {
                // The opening must end a word ("Photo", not "Photographers"), and a long sentence
                // that opens with it ("Fuentes de la agrupación indicaron que …", "Published
                // figures show …") is prose; a credit is short or puts a colon, bar or dash after it.
                let rest = lower.dropFirst(opening.count)
                let after = rest.drop(while: { $0 == " " }).first
                let long = text.split(separator: " ", maxSplits: 13).count > 13
                let prose = rest.first.map(\.isLetter) == true || long && after.map { !":|-–—".contains($0) } == true
                if !prose { return true }
                return isLabelAfterOpening(text, bio: bio)
            }
            let next = text.split(separator: " ", maxSplits: 2).dropFirst().first ?? ""
            if next.first?.isUppercase == true || bylineFollowers.contains(next.lowercased()) { return true }
        }
        return isLabelAfterOpening(text, bio: bio)
    }

    /// The tests of `isLabel(_:bio:)` after its opening words.
    static func isLabelAfterOpening(_ text: String, bio: Bool = true) -> Bool {
        // ASCII without "\r": the last pieces below are found on the bytes.
        let plain = isPlainASCII(text)
        if let f = text.first, "—–-~•|#@".contains(f) { return true }
        let tokens = text.split(separator: " ", maxSplits: 3)
        if tokens.prefix(3).contains(where: { $0 == "|" }) { return true }
        // "Photo: Ana Ruiz", "Tags: harbour, ferries": a label and a short value. A label that
        // opens prose written in sentences ("Verdict: Saltmarsh rewards patience. The cooking …")
        // is a paragraph, and can be cut off like one.
        if tokens.prefix(3).contains(where: { $0.hasSuffix(":") }) {
            // … and that ends on a lowercase word, as a cut sentence does (a reference ending on a
            // DOI or a year is a label's value).
            let sentences = has(text, ". ") || has(text, "? ") || has(text, "! ")
            let last = (plain ? lastPieceASCII(text, { $0 == 0x20 }) : lastPiece(text[...], { $0 == " " })) ?? ""
            let endsOnWord = !last.isEmpty && last.allSatisfy { $0.isLetter && $0.isLowercase }
            if !sentences || !endsOnWord || text.split(separator: " ", maxSplits: 12).count <= 12 { return true }
        }
        if has(text, " | ") || has(text, "\t") { return true }
        // A widget's buttons in one line ("Share on Facebook · Share on X · Copy link").
        if text.utf8.count <= 400, text.components(separatedBy: " · ").count >= 3 || text.components(separatedBy: " • ").count >= 3 { return true }
        // "Tips for the desk: [email protected]": a label, a colon and a short value.
        // ":" in ASCII text: the byte (a character of its own there), found from the end.
        let ascii = text.utf8.withContiguousStorageIfAvailable(TextTools.isASCII) ?? false
        if let colon = ascii ? text.utf8.lastIndex(of: 0x3A) : text.lastIndex(of: ":"), text[text.index(after: colon)...].split(separator: " ", maxSplits: 4).count <= 4,
           text[..<colon].split(separator: " ", maxSplits: 6).count <= 6, !text[..<colon].contains(".") { return true }
        // An author's note: "Name Surname is/es/est … ".
        // … or in the first person: "I am a writer, journalist and …".
        if tokens.count >= 3, tokens[0] == "I", tokens[1] == "am" || tokens[1] == "was" || tokens[1] == "have",
           text.split(separator: " ", maxSplits: 40).count <= 40 { return true }
        if bio, tokens.count >= 3, tokens[0].first?.isUppercase == true, tokens[1].first?.isUppercase == true,
           bioVerbs.contains(String(tokens[2])) { return true }
        if plain, let token = lastPieceASCII(text, { $0 == 0x20 || $0 == 0x0A }) {
            // The same tests on the bytes (a long last token, a URL or a run of letters, is read
            // once, not through Foundation's Unicode search).
            // Only "www." needs the lowercase: "://", "@", "#", "." and letters are caseless.
            let t = String(token), b = t.utf8
            if t.prefix(4).lowercased() == "www." || TextTools.asciiContains(t, "://") == true || b.contains(0x40) || t.hasPrefix("#") { return true }
            if let dot = b.lastIndex(of: 0x2E), b.distance(from: b.index(after: dot), to: b.endIndex) >= 2,
               b.distance(from: b.startIndex, to: dot) >= 2, b[b.index(after: dot)...].allSatisfy({ NameScan.isLetter($0) }) { return true }
        } else if !plain, let token = lastPiece(text[...], { $0 == " " || $0 == "\n" }) {
            let t = token.lowercased()
            if t.contains("://") || t.hasPrefix("www.") || t.contains("@") || t.hasPrefix("#") { return true }
            if let dot = t.lastIndex(of: "."), t[t.index(after: dot)...].count >= 2, t[..<dot].count >= 2,
               t[t.index(after: dot)...].allSatisfy(\.isLetter) { return true }   // "example.com"
        }
        return false
    }

    /// Why `text` reads as cut off, or `nil`. Open quotations and parentheses count only at the
    /// article's end (a quotation running over several paragraphs leaves them open on purpose).
    static func cutOff(_ text: String, atArticleEnd: Bool) -> String? {
        cutOff(Unit(text: text, range: SourceRange(start: 0, end: 0)), atArticleEnd: atArticleEnd)
    }

    /// Why the block `unit` reads as cut off, or `nil`:
    /// - at the article's end, a quotation or parenthesis left open;
    /// - a half word ("inspec-"), or a comma, semicolon, dash or opening parenthesis last;
    /// - a function word of the article's language last ("and the", "de la");
    /// - any other word or number last with no closing punctuation, when the block is prose
    ///   written in sentences: seven or more words, not title-like, at least three in ten words
    ///   lowercase, no byline, credit or link (`isLabel`), not verse (short lines), and either a
    ///   sentence ends inside it or the prose block before it ends one (so a subtitle or a
    ///   lead-in written without periods is not read as cut); a list item only when the items
    ///   before it end sentences.
    static func cutOff(_ unit: Unit, atArticleEnd: Bool) -> String? {
        let text = Self.trimmed(unit.text)
        guard let last = text.last, TextTools.hasLetterWords(text, atLeast: 7) else { return nil }
        func tail() -> String { "“…" + TextTools.words(text).suffix(6).map(String.init).joined(separator: " ") }
        // Code set as prose ("return sheep; });").
        if has(text, "{") || has(text, "}") || has(text, "();") || has(text, "=>") { return nil }
        if atArticleEnd {
            let c = Self.marks(text)
            if c.opens > c.closes || c.straight % 2 == 1 { return "\(tail())” leaves a quotation open" }
            if c.parens > 0 { return "\(tail())” leaves a parenthesis open" }
        }
        if TextTools.sentenceClosers.contains(last) { return nil }
        if last == "-", let previous = text.dropLast().last, previous.isLetter {
            return "\(tail())-” ends on a half word"
        }
        if ",;(–—".contains(last) { return "\(tail())\(last)” ends on “\(last)” with no closing punctuation" }
        guard last.isLetter || last.isNumber || "%°€$£¥".contains(last) else { return nil }
        let words = TextTools.words(text)
        guard let lastWord = words.last else { return nil }
        if isLabel(text) { return nil }
        let language = TextTools.functionWordLanguage(words.suffix(60))
        // A function word mid-sentence is lowercase ("Plan A", "Part I" name things).
        if last.isLetter, cannotEnd(lastWord, language: language) {
            return "\(tail())” ends on the function word “\(lastWord)” with no closing punctuation"
        }
        // Any other last word: only in prose written in sentences.
        if unit.isListItem && !unit.siblingsEnd { return nil }
        // A quotation credited after a dash ("… George R.R. Martin.” — Neil Gaiman").
        if let dash = text.lastIndex(where: { $0 == "—" || $0 == "–" }) {
            let credit = TextTools.letterWords(String(text[text.index(after: dash)...]))
            if (1...5).contains(credit.count), credit.allSatisfy({ $0.first?.isUppercase == true }) { return nil }
        }
        if TextTools.isTitleLike(text) { return nil }
        let counts = TextTools.letterWordCounts(text)
        guard counts.lowercase * 10 >= counts.all * 3 else { return nil }
        // A label run into the paragraph ("… ADVERTISEMENT"): a capitalised word of five or more letters.
        if lastWord.count >= 5, !lastWord.contains(where: \.isLowercase) { return nil }
        // A label on the last line ("ADVERTISEMENT", "Share"): no lowercase word, at most two words.
        let plain = isPlainASCII(text)
        if let lastLine = plain ? lastPieceASCII(text, { $0 == 0x0A }) : text.split(separator: "\n").last, !lastLine.contains(where: \.isLowercase),
           TextTools.letterWords(String(lastLine)).count <= 2 { return nil }
        if plain ? text.utf8.contains(0x0A) : text.contains("\n") {
            // Verse, an address, or a list written one item a line without bullets: short lines,
            // or lines that end on a word with the next starting with a capital.
            let lines = text.split(separator: "\n")
            if lines.count > 1, lines.dropLast().allSatisfy({ $0.count < 50 }) { return nil }
            var itemBreaks = 0
            for (a, b) in zip(lines, lines.dropFirst()) {
                if let e = a.last, e.isLetter || e.isNumber, b.first?.isUppercase == true { itemBreaks += 1 }
            }
            if itemBreaks > 0, itemBreaks * 2 >= lines.count - 1 { return nil }
        }
        // A script without letter case (Korean, Chinese, Arabic) marks sentences otherwise.
        guard lastWord.first.map({ $0.isUppercase || $0.isLowercase || $0.isNumber }) == true else { return nil }
        let ends = TextTools.internalSentenceEnds(text)
        let bodySentence = unit.inBody && TextTools.hasLetterWords(text, atLeast: 12)
        guard ends > 0 || unit.afterSentence || unit.isListItem || bodySentence, unit.inSentences else { return nil }
        // The last sentence: one capitalised word after a sentence end opens a new sentence.
        if ends > 0, lastWord.first?.isUppercase == true, words.count >= 2 {
            // The last character before the word, spaces and tabs skipped (on the bytes in ASCII).
            let p: Character?
            if plain {
                let u = text.utf8
                p = u[..<lastWord.startIndex].lastIndex(where: { $0 != 0x20 && $0 != 0x09 }).map { Character(Unicode.Scalar(u[$0])) }
            } else {
                p = text[..<lastWord.startIndex].trimmingCharacters(in: .whitespaces).last
            }
            if let p, ".!?…\"”)".contains(p) {
                return "\(tail())” stops on “\(lastWord)”, the first word of a new sentence"
            }
        }
        return "\(tail())” ends on “\(lastWord)” with no closing punctuation"
    }

    /// `text.trimmingCharacters(in: .whitespaces)`, without the call when `text` starts and ends
    /// with an ASCII character other than space and tab (then nothing is trimmed).
    static func trimmed(_ text: String) -> String {
        if let f = text.utf8.first, let l = text.utf8.last, f < 0x80, l < 0x80, f != 0x20, f != 0x09, l != 0x20, l != 0x09 {
            return text
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Counts of opening and closing double quotation marks, of ", and of ( less ), in `text`:
    /// “ opens and ” closes, and the German and Central European „ opens and takes a “ as its
    /// closing mark („So“ is balanced: each „ turns one “ into a closer). From the UTF-8 bytes
    /// when every non-ASCII character is punctuation or space that forms its own character
    /// (`TextTools.isPunctuationOnly`), otherwise by characters.
    static func marks(_ text: String) -> (opens: Int, closes: Int, straight: Int, parens: Int) {
        if let counts = text.utf8.withContiguousStorageIfAvailable({ bytes in
            TextTools.isPunctuationOnly(bytes) ? byteMarks(bytes) : nil
        }) {
            return counts ?? characterMarks(text)
        }
        if TextTools.isPunctuationOnly(text) {
            var opens = 0, closes = 0, straight = 0, parens = 0, low = 0
            var previous1: UInt8 = 0, previous2: UInt8 = 0
            for b in text.utf8 {
                switch b {
                case 0x22: straight += 1
                case 0x28: parens += 1
                case 0x29: parens -= 1
                // “ is E2 80 9C, ” is E2 80 9D.
                case 0x9C where previous1 == 0x80 && previous2 == 0xE2: opens += 1
                case 0x9D where previous1 == 0x80 && previous2 == 0xE2: closes += 1
                case 0x9E where previous1 == 0x80 && previous2 == 0xE2: low += 1
                default: break
                }
                previous2 = previous1
                previous1 = b
            }
            return lowPaired(opens, closes, low, straight, parens)
        }
        return characterMarks(text)
    }

    /// `marks` by `Character`s (any text).
    static func characterMarks(_ text: String) -> (opens: Int, closes: Int, straight: Int, parens: Int) {
        let opens = text.filter { $0 == "“" }.count, closes = text.filter { $0 == "”" }.count
        let low = text.filter { $0 == "„" }.count
        let straight = text.filter { $0 == "\"" }.count
        let parens = text.filter { $0 == "(" }.count - text.filter { $0 == ")" }.count
        return lowPaired(opens, closes, low, straight, parens)
    }

    /// The counts with each „ (`low`) opening and turning one “ into its closing mark.
    static func lowPaired(_ opens: Int, _ closes: Int, _ low: Int, _ straight: Int, _ parens: Int)
        -> (opens: Int, closes: Int, straight: Int, parens: Int) {
        let paired = min(low, opens)
        return (opens - paired + low, closes + paired, straight, parens)
    }

    /// The byte loop of `marks`, over UTF-8 `bytes` that `TextTools.isPunctuationOnly` accepts.
    static func byteMarks(_ bytes: UnsafeBufferPointer<UInt8>) -> (opens: Int, closes: Int, straight: Int, parens: Int) {
        var opens = 0, closes = 0, straight = 0, parens = 0, low = 0
        var i = 0
        let n = bytes.count
        while i < n {
            switch bytes[i] {
            case 0x22: straight += 1
            case 0x28: parens += 1
            case 0x29: parens -= 1
            // “ is E2 80 9C, ” is E2 80 9D.
            case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80:
                if bytes[i + 2] == 0x9C { opens += 1 } else if bytes[i + 2] == 0x9D { closes += 1 } else if bytes[i + 2] == 0x9E { low += 1 }
            default: break
            }
            i += 1
        }
        return lowPaired(opens, closes, low, straight, parens)
    }
}
