import FidelintCore
import FidelintRegex
import Foundation

/// A claim attributed to a published, linkable source: "as detailed in statements released on
/// Korea.net", "according to Reuters", "a study published in Nature", "The Daily Ledger reported".
public struct Attribution: Sendable, Hashable {
    /// The attribution phrase in the source (trigger through the source's name).
    public var range: SourceRange
    /// The source as named ("Korea.net", "the foreign ministry's website", "Reuters").
    public var source: String
    /// The registered outlet the phrase names, if any.
    public var outlet: SourceRegistry.Outlet?
    /// A domain named in the phrase ("korea.net"), lowercase without `www.`.
    public var domain: String?
    /// The sentence and the paragraph that hold the phrase, in source bytes.
    public var sentence: SourceRange
    public var paragraph: SourceRange
    /// Links outside the paragraph that serve the attribution: the reference-list entries its
    /// footnote markers point to ("[1]" with a later "[1] … https://…" line, `<a href="#fn1">1</a>`
    /// with the `id="fn1"` note), links to the same source in the same list or table (four at
    /// most), and for a document of a named body a link to that body anywhere in the article
    /// (four at most). Left empty when a link in the paragraph already goes to the source.
    public var notes: [SourceLink] = []

    /// The source's name as words for the link-plausibility test, worked out once.
    public var name: SourceName = SourceName(source: "")

    /// The phrase credits a document of a named body ("a report by the Royal College …", "the
    /// harbour authority's annual report"; `AttributionGrammar.document(_:)`): any usable link in
    /// its sentence serves it, wherever the document is hosted (a copy on a government or
    /// university site, a PDF mirror).
    public var document: Bool = false

    /// A short label for messages: the outlet's name, else the source as named.
    public var label: String { outlet?.name ?? source }
}

/// A source's name read for `AttributionFinder.plausible`: its identifying words (capitalized
/// words and acronyms, without articles, medium and site nouns, outlet words and possessive
/// endings), folded (lower-case, no diacritics) and transliterated (German "ü" as "ue"), their
/// initials, and all its words folded.
public struct SourceName: Sendable, Hashable {
    /// Identifying words, folded; empty for a source with no name ("the ministry's website").
    public var words: [String]
    /// `words` with their transliterations.
    public var variants: [String]
    public var initials: String
    /// Every word of the name, folded, and the transliterations.
    public var pieces: [String]
    /// Every word of the name, folded, joined.
    public var joined: String
    /// The name is a newspaper's or a broadcaster's: it holds a word of
    /// `AttributionLexicon.newsOutletWords` ("the Northgate Echo", "Valley Courier").
    public var newsOutlet: Bool

    /// - Parameter source: the source as named.
    public init(source: String) {
        let significant = AttributionFinder.significantWords(source)
        words = significant.map(\.folded)
        variants = significant.flatMap { $0.folded == $0.transliterated ? [$0.folded] : [$0.folded, $0.transliterated] }
        initials = String(significant.compactMap { $0.folded.first })
        let all = source.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { AttributionFinder.fold(String($0)) }.filter { !$0.isEmpty }
        pieces = all + significant.map(\.transliterated).filter { !all.contains($0) }
        joined = all.joined()
        newsOutlet = all.contains { AttributionLexicon.newsOutletWords.contains($0) }
    }
}

/// A link with its host, classified once.
public struct SourceLink: Sendable, Hashable {
    public var link: Link
    /// Lowercase host without `www.`, or `nil` for a relative, fragment or non-web target.
    public var host: String?
    /// An empty, `#`, `example.com`, "URL" or chat-token target.
    public var isPlaceholder: Bool
    /// A web page on another site than the publisher's own.
    public var isExternal: Bool
    /// A site's home page (no path, or `/`), not a specific page.
    public var isHomepage: Bool
    /// A short link or redirect (t.co, bit.ly, reut.rs, news.google.com, archive.ph, …) whose
    /// destination cannot be told from the address: a link, but no evidence of a mismatch.
    public var isRedirect: Bool = false
}

/// The attributions and links of one article, built once and shared by the source rules
/// through `RuleContext.shared`.
public struct SourcingIndex: Sendable {
    public var attributions: [Attribution]
    public var links: [SourceLink]
    /// The publishing site's domain: `--site-domain`, else the host of the article's own address
    /// (canonical link, `og:url`, front matter `url`), else `nil`.
    public var site: String?

    /// Links inside `range` (source bytes).
    public func links(in range: SourceRange) -> [SourceLink] {
        AttributionFinder.links(links, in: range)
    }

    /// The links that satisfy `a`: usable links in its paragraph (in plain text, its line) and its
    /// `notes` that plausibly go to its source (`AttributionFinder.plausible`): the registered
    /// outlet's or named domain's hosts, a host that the source's name spells or abbreviates
    /// ("Office for National Statistics" and ons.gov.uk), a short link or resolver whose destination
    /// cannot be told; for a source with no name ("the ministry's website") any usable link; for a
    /// document of a named body (`Attribution.document`) also any usable link in its sentence.
    public func satisfying(_ a: Attribution) -> [SourceLink] {
        let nearby = links(in: a.paragraph).filter { !$0.isPlaceholder && $0.host != nil } + a.notes
        return nearby.filter { l in
            if a.document, a.sentence.start <= l.link.range.start, l.link.range.start < a.sentence.end { return true }
            return l.host.map { l.isRedirect || AttributionFinder.plausible(a, host: $0) } ?? false
        }
    }

    /// The external links offered for `a`: on its phrase or right after it in its sentence (only
    /// markup, spaces and a bracket or comma between); a link later in the sentence supports
    /// another claim ("…, Li wrote in a <a>post</a>"). Short links are never offered.
    public func offered(_ a: Attribution, in source: SourceText) -> [SourceLink] {
        links(in: a.sentence).filter { l in
            guard l.isExternal, !l.isRedirect, l.link.range.end > a.range.start else { return false }
            if l.link.range.start < a.range.end { return true }
            let between = source.text(SourceRange(start: a.range.end, end: l.link.range.start))
                .replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
                .filter { !$0.isWhitespace }
            return between.count <= 2 && between.allSatisfy { "([,:–—-".contains($0) }
        }
    }
}

/// Finds attributions and classifies links.
///
/// Two finders run over the same masked view and their hits are merged (a grammar hit that
/// overlaps a pattern hit is dropped): the patterns below, and the attribution grammar
/// (`AttributionGrammar`, words per language in `AttributionLexicon`: "the findings, published in
/// the journal X", "data posted by X", "según / selon / laut / segundo / secondo X", "wie X
/// berichtete", "a study in X"). A link satisfies an attribution only when it plausibly goes to
/// its source (`plausible`); in plain text only links on the attribution's line count.
///
/// Triggers (TAXONOMY §16 and the issue): "according to", "as (first) reported by/in/on",
/// "reported by", "as detailed/stated/published/announced/posted/outlined/noted/described/shown
/// in/on/by", "statement(s)/report(s)/post(s)/release(s)/notice(s)/figures/data/study/studies/
/// article(s)/survey published/posted/released/issued/available on/by/in", "data from", "citing",
/// "said in a statement posted/published on", and an outlet followed by "reported". The source
/// must be linkable: an outlet word (Wire, News, Times, Herald, Agency, …), a registered outlet's
/// name, a website, portal, blog, account or press release, or a domain. People, the police,
/// "officials" and "sources familiar" are not linkable and never match. Between the trigger and the
/// source there is no sentence end, semicolon, comma (other than in a number or date: "a survey of
/// 1,000 adults") or speech verb: in "according to the minister, who spoke to Reuters" and
/// "citing security concerns, the White House" the claim's source is not the outlet.
///
/// Not claims: quoted speech (masked), code, captions, bylines and credit lines ("By …", "Reporting
/// by …", "Photo: …", "Source: …", also as a table cell), "Read more"/"Related"/"See also" lines and
/// the items of sections with such headings (or "Sources", "References"), teasers (a block that is
/// all one link's text), correction notes, and
/// attributions to the wire whose dateline opens a paragraph ("SEOUL, Sept 15 (Reuters) -",
/// "WASHINGTON (AP) —": the article is that wire's own story).
public struct AttributionFinder: Sendable {
    let sources: SourceRegistry
    let phrase: PCRE2Regex
    /// `phrase` anchored with `\G`: tried only where `AttributionScan.triggerStarts` finds a
    /// trigger word, which gives the same matches as running `phrase` over the whole view.
    let anchoredPhrase: PCRE2Regex
    let reported: PCRE2Regex
    /// Bytes no `reported` match holds (`AttributionScan.breakers`).
    let breakers: [Bool]
    /// Registered outlets by name and alias: the first outlet that lists each.
    let outletsByName: [String: SourceRegistry.Outlet]
    /// The registered names and aliases, for the grammar's test of a publication's name.
    let registeredNames: Set<String>

    static let outletWords = #"Wire|News|Times|Herald|Post|Journal|Agency|Press|Tribune|Gazette|Daily|Chronicle|Telegraph|Guardian|Courier|Observer|Express|Mail|Mirror|Monitor|Bulletin|Dispatch|Inquirer|Examiner|Register|Review|Star|Standard|Record|Globe|Independent|Economist|Magazine|Network|Broadcasting|Radio|Television|TV"#

    /// - Parameter sources: registered outlets; their names and aliases count as linkable sources.
    public init(sources: SourceRegistry) {
        self.sources = sources
        let names = sources.outlets.flatMap(\.names).sorted { $0.count > $1.count }
            .map { NSRegularExpression.escapedPattern(for: $0).replacingOccurrences(of: " ", with: "\\s+") }
        let registered = names.isEmpty ? "" : "|(?<![\\w.])(?:" + names.joined(separator: "|") + ")(?![\\w-])"
        let cue = #"\b(?:[A-Z][\w&'’.-]*\h+){0,4}(?:"# + Self.outletWords + #")(?:\h+[A-Z][\w'’-]*){0,2}\b"# + registered
            + #"|\b(?i:website|web\s*site|portal|blog|(?:X|Twitter|Facebook|Telegram|official)\s+(?:account|channel)|press\s+release|news\s+release)\b"#
            + #"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|gov|kr|uk|io|info|news|biz|int|eu|tj|kg|jp|de|fr|it|ca|us)\b(?!\.\w)"#
        let trigger = #"\b(?i:according\s+to|as\s+(?:first\s+)?reported\s+(?:by|in|on)|reported\s+by|citing|"#
            + #"as\s+(?:detailed|stated|published|announced|posted|outlined|noted|described|shown)\s+(?:in|on|by)|"#
            + #"(?:statements?|reports?|posts?|releases?|notices?|figures|data|stud(?:y|ies)|articles?|survey)\s+"#
            + #"(?:published|posted|released|issued|available)\s+(?:on|by|in)|data\s+from|"#
            + #"said\s+in\s+a\s+statement\s+(?:posted|published)\s+on)"#
        let gap = #"(?:(?!\.\s|\.$|[;\n]|,(?!\s*\d)|\b(?i:who|whom|told|tells|said|says|spoke|speaking|talking|shared|provided|obtained|seen|reviewed|gave|given|sent|showed|shown\s+to)\b)[^\n]){0,80}?"#
        let p = "(?<phrase>" + trigger + ")" + gap + "(?<source>" + cue + ")"
        let r = "(?<source>" + cue + ")\\s+(?:first\\s+)?reported\\b"
        do {
            phrase = try PCRE2Regex(p, options: .init(caseless: false))
            anchoredPhrase = try PCRE2Regex("\\G(?:" + p + ")", options: .init(caseless: false))
            reported = try PCRE2Regex(r, options: .init(caseless: false))
        } catch {
            fatalError("attribution pattern: \(error)")
        }
        breakers = AttributionScan.breakers(names: sources.outlets.flatMap(\.names))
        AttributionScan.wantTriggers
        var byName: [String: SourceRegistry.Outlet] = [:]
        for o in sources.outlets { for n in o.names where byName[n] == nil { byName[n] = o } }
        outletsByName = byName
        registeredNames = Set(byName.keys)
    }

    /// `sources.outlet(named:)` with the names looked up in a table.
    func outlet(named name: String) -> SourceRegistry.Outlet? {
        if let o = outletsByName[name] { return o }
        // Not a registered name: only a domain ("reuters.com") can still name an outlet.
        guard name.utf8.contains(0x2E) else { return nil }
        return sources.outlet(named: name)
    }

    /// The phrase and source-name ranges (view bytes, half-open) of the matches of `phrase` and of
    /// `reported` (those that overlap no phrase match) and of the grammar in `bytes`, in view
    /// order, each with whether it credits a document of a named body (only grammar hits do). With `prefilter`,
    /// PCRE2 runs only where a match can start or lie (`AttributionScan`); without, over all of
    /// `bytes` (the reference the prefilter is tested against).
    /// - Throws: `RegexError` when PCRE2 gives up.
    /// - Parameter scan: the article's shared scan of the prose and the ranges `bytes` masks; with
    ///   it the trigger starts and the "reported" stretches are read from the scan
    ///   (`AttributionScan.triggerStarts(_:scan:masked:)`, `reportedStretches(_:breakers:scan:masked:)`).
    func hits(_ bytes: [UInt8], prefilter: Bool, scan: (ArticleLiteralScan, masked: [Range<Int>])? = nil)
        throws(RegexError) -> [(phrase: Range<Int>, source: Range<Int>, document: Bool)] {
        let matcher = PCRE2Matcher.forCurrentThread()
        var hits: [(phrase: Range<Int>, source: Range<Int>, document: Bool)] = []
        let starts = !prefilter ? nil
            : scan.map { AttributionScan.triggerStarts(bytes, scan: $0.0, masked: $0.masked) } ?? AttributionScan.triggerStarts(bytes)
        if let starts {
            // The matches a left-to-right search finds: the first match at or after the end of the
            // previous one, tried at each possible start in order.
            var next = 0
            for c in starts where c >= next {
                for m in try matcher.matches(anchoredPhrase, in: bytes, from: c) {
                    if let s = m.groups[1] { hits.append((m.range, s, false)) }
                    next = m.range.upperBound
                }
            }
        } else {
            for m in try matcher.matches(phrase, in: bytes) {
                if let s = m.groups[1] { hits.append((m.range, s, false)) }
            }
        }
        var reportedMatches: [PCRE2Matcher.Match] = []
        if prefilter {
            let stretches = scan.flatMap { AttributionScan.reportedStretches(bytes, breakers: breakers, scan: $0.0, masked: $0.masked) }
                ?? AttributionScan.reportedStretches(bytes, breakers: breakers)
            for r in stretches {
                reportedMatches += try matcher.matches(reported, in: bytes, from: r.lowerBound, to: r.upperBound)
            }
        } else {
            reportedMatches = try matcher.matches(reported, in: bytes)
        }
        for m in reportedMatches {
            if let s = m.groups[0], !hits.contains(where: { $0.phrase.overlaps(m.range) }) { hits.append((m.range, s, false)) }
        }
        hits.sort { $0.phrase.lowerBound < $1.phrase.lowerBound }
        // The attribution grammar (`AttributionGrammar`): the forms the patterns do not cover, where
        // no pattern match overlaps. Both lists are sorted, so the merge is linear.
        let grammar = AttributionGrammar.hits(bytes, registered: registeredNames)
        guard !grammar.isEmpty else { return hits }
        var merged: [(phrase: Range<Int>, source: Range<Int>, document: Bool)] = []
        merged.reserveCapacity(hits.count + grammar.count)
        var k = 0
        for g in grammar {
            while k < hits.count, hits[k].phrase.upperBound <= g.phrase.lowerBound { merged.append(hits[k]); k += 1 }
            if k < hits.count, hits[k].phrase.overlaps(g.phrase) { continue }
            if let last = merged.last, last.phrase.overlaps(g.phrase) { continue }
            merged.append(g)
        }
        merged += hits[k...]
        merged.sort { $0.phrase.lowerBound < $1.phrase.lowerBound }
        return merged
    }

    /// Lines that are not claims: bylines, credits, "Read more" and correction notes.
    static let exemptPrefixes: [String] = [
        "by ", "reporting by", "additional reporting", "writing by", "editing by", "compiled by", "photo", "image",
        "credit", "source:", "sources:", "read more", "related", "see also", "also read", "more:", "correction",
        "clarification", "editor's note", "editor’s note", "an earlier version", "this story has been",
        "posted by", "published by", "written by", "posted in", "filed under", "originally published",
    ]

    /// Headings of sections that list other stories or the sources themselves: their items are
    /// not claims.
    static let listingHeadings: [String] = [
        "related", "read more", "see also", "also read", "more from", "more on", "more stories", "most read", "most popular",
        "recommended", "further reading", "you may also like", "trending", "sources", "references", "notes", "bibliography",
    ]

    /// A wire dateline that opens a paragraph: "SEOUL, Sept 15 (Reuters) -", "WASHINGTON (AP) —",
    /// "BEIJING (Xinhua) --", "(Reuters) -" (Reuters, AP, AFP and Xinhua copy).
    static let dateline = #"^(?:\p{Lu}[\p{L}.'’ -]{0,40}(?:,[\p{L}\d .,]{1,24})?\s*)?\((?<wire>[^()\n]{2,40})\)\s*(?:--?|–|—)"#

    /// Finds the attributions of `context`'s article.
    /// - Throws: `RegexError` when PCRE2 gives up.
    public func index(_ context: RuleContext) throws(RegexError) -> SourcingIndex {
        try index(context, prefilter: true)
    }

    /// Characters trimmed from a line before its opening words are compared with
    /// `exemptPrefixes`: white space and the markup or brackets credit lines open with.
    static let lineOpeners = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "([—–-*_•>"))
    /// Characters trimmed from a heading before it is compared with `listingHeadings`.
    static let headingTrim = CharacterSet.whitespaces.union(.punctuationCharacters)

    /// `index(_:)`; without `prefilter` the patterns run over the whole view and each sentence is
    /// read from the full sentence list, as before the prefilters (the reference they are tested
    /// against).
    /// - Throws: `RegexError` when PCRE2 gives up.
    func index(_ context: RuleContext, prefilter: Bool) throws(RegexError) -> SourcingIndex {
        let article = context.article
        let site = context.options.siteDomain
            ?? article.metadata.url.flatMap(Self.host(of:))
        // Sorted by start (the readers give them in source order), for `links(_:in:)`'s binary search.
        var links = article.links.map { Self.classify($0, site: site) }
        if zip(links, links.dropFirst()).contains(where: { $0.link.range.start > $1.link.range.start }) {
            links.sort { $0.link.range.start < $1.link.range.start }
        }
        let view = context.view(masking: [.quotations, .code])
        let scan = prefilter ? (ArticleLiteralScan.of(context), masked: article.quotationRanges + article.codeRanges) : nil
        let hits = try self.hits(view.utf8, prefilter: prefilter, scan: scan)
        guard !hits.isEmpty else { return SourcingIndex(attributions: [], links: links, site: site) }
        let sentences = prefilter ? [] : PersonMentions.sentenceStarts(view.utf8)
        var out: [Attribution] = []
        // Headings are not claims (a Markdown or plain-text article whose first block is a
        // sentence has no heading headline, and that sentence is read).
        let headlines = article.headlineBlock?.kind == .heading ? PersonMentions.headlineRanges(article) : []
        let blocks = article.blocks
        var exempt: [Int: Bool] = [:]   // by block index, worked out once per block
        var paragraphs: [Int: SourceRange] = [:]   // by paragraph number, worked out once each
        // For each block, the last heading before it (-1 for none): one pass.
        var lastHeading = [Int](repeating: -1, count: blocks.count)
        for k in blocks.indices.dropFirst() { lastHeading[k] = blocks[k - 1].kind == .heading ? k - 1 : lastHeading[k - 1] }
        var lastSentence: Range<Int>? = nil
        var names: [String: SourceName] = [:]   // by source as named
        var listingHeadings: [Int: Bool] = [:]   // by heading block index
        for (range, sourceRange, document) in hits {
            let src = view.sourceRange(range)
            // Headlines are not claims; a headline taken from page metadata has no source bytes.
            guard src.end > src.start, !headlines.contains(where: { $0.contains(range.lowerBound) }) else { continue }
            guard let i = Self.block(at: src.start, blocks) else { continue }
            let block = blocks[i]
            if block.kind == .caption || block.kind == .heading || block.kind == .code { continue }
            // Credit and correction lines may open with markup or a bracket: "(Reporting by …)",
            // "— Editing by …", "*Correction:*".
            let skip = exempt[i] ?? {
                if Self.listing(i, blocks, &listingHeadings, lastHeading: lastHeading) { return true }
                if !prefilter || AttributionScan.mayOpenExemptLine(block.text, prefixes: Self.exemptPrefixBytes) {
                    let lower = block.text.prefix(200).lowercased().trimmingCharacters(in: Self.lineOpeners)
                    if Self.exemptPrefixes.contains(where: { lower.hasPrefix($0) }) || lower.contains("an earlier version of this") { return true }
                }
                // A teaser: the whole block is one link's text ("<li><a href="/x">Oil falls, according to Reuters</a></li>").
                let inBlock = Self.links(links, in: block.range)
                guard !inBlock.isEmpty,
                      !prefilter || inBlock.contains(where: { AttributionScan.mayEqualTrimmed(block.text, $0.link.text) })
                else { return false }
                let text = block.text.trimmingCharacters(in: .whitespacesAndNewlines)
                return inBlock.contains { $0.link.text.trimmingCharacters(in: .whitespacesAndNewlines) == text && !text.isEmpty }
            }()
            exempt[i] = skip
            if skip { continue }
            // A table cell is read as a line of its own ("Source: data from the World Bank").
            if block.kind == .tableRow, let t = block.table, t < article.tables.count,
               let cell = ([article.tables[t].header] + article.tables[t].rows).lazy.flatMap(\.cells).first(where: { $0.range.start <= src.start && src.start < $0.range.end }) {
                if !prefilter || AttributionScan.mayOpenExemptLine(cell.text, prefixes: Self.exemptPrefixBytes) {
                    let lower = cell.text.lowercased().trimmingCharacters(in: Self.lineOpeners)
                    if Self.exemptPrefixes.contains(where: { lower.hasPrefix($0) }) { continue }
                }
            }
            // In plain text a line break ends a link's scope: the line is the attribution's paragraph.
            let paragraph = article.format == .plain ? block.range
                : (paragraphs[block.paragraph] ?? { let p = Self.paragraph(around: i, blocks); paragraphs[block.paragraph] = p; return p }())
            let sentenceView: Range<Int>
            if prefilter {
                // Hits come in view order: a sentence already found is reused, and the walk back stops
                // at its end (linear over the article).
                if let last = lastSentence, last.contains(range.lowerBound) {
                    sentenceView = last
                } else {
                    sentenceView = AttributionScan.sentence(in: view.utf8, at: range.lowerBound, notBefore: lastSentence?.upperBound ?? 0)
                }
                lastSentence = sentenceView
            } else {
                let s = PersonMentions.sentenceIndex(sentences, range.lowerBound)
                sentenceView = sentences[s]..<(s + 1 < sentences.count ? sentences[s + 1] : view.utf8.count)
            }
            // "according to NPR's Feng": the source is a person of the outlet (person attribution).
            if Self.possessiveFollows(view.utf8, sourceRange.upperBound) { continue }
            var name = view.text(sourceRange).trimmingCharacters(in: .whitespaces)
            for article in ["the ", "The "] where name.hasPrefix(article) { name = String(name.dropFirst(article.count)) }
            let cue = name
            // A website or portal is named by the words before it ("the foreign ministry's website").
            if Self.isSiteWord(cue, fast: prefilter) {
                let before = view.text(range.lowerBound..<sourceRange.lowerBound)
                if let on = before.range(of: #"\b(?:on|in|by|from)\s+(?:the\s+)?"#, options: [.regularExpression, .backwards]) {
                    name = (String(before[on.upperBound...]) + cue).trimmingCharacters(in: .whitespaces)
                }
            }
            let outlet = prefilter ? (outlet(named: name) ?? outlet(named: cue)) : (sources.outlet(named: name) ?? sources.outlet(named: cue))
            var domain: String? = nil
            if cue.contains("."), cue.range(of: #"^[\w.-]+\.[a-z]{2,}$"#, options: [.regularExpression, .caseInsensitive]) != nil {
                let h = cue.lowercased()
                domain = h.hasPrefix("www.") ? String(h.dropFirst(4)) : h
            }
            var attribution = Attribution(range: src, source: name, outlet: outlet, domain: domain,
                                          sentence: view.sourceRange(sentenceView), paragraph: paragraph)
            attribution.name = names[name] ?? { let n = SourceName(source: name); names[name] = n; return n }()
            attribution.document = document
            out.append(attribution)
        }
        guard !out.isEmpty else { return SourcingIndex(attributions: [], links: links, site: site) }
        // The site citing itself ("as first reported by the Harbour Times" on harbourtimes.example)
        // is not an external claim, nor is a wire's story citing the wire.
        if let site { out.removeAll { Self.names(site: site, $0) } }
        let wires = Set(article.blocks.compactMap { b -> String? in
            // The dateline needs a bracket: most paragraphs have none and skip the pattern.
            guard b.kind == .paragraph, !prefilter || AttributionScan.mayOpenWithDateline(b.text) else { return nil }
            let head = String(b.text.prefix(100))
            guard let r = head.range(of: Self.dateline, options: .regularExpression) else { return nil }
            return head[r].split(separator: "(").last.flatMap { $0.split(separator: ")").first }.map(String.init)
        })
        for wire in wires {
            let outlet = prefilter ? outlet(named: wire) : sources.outlet(named: wire)
            out.removeAll { a in outlet.map { a.outlet?.id == $0.id } ?? (a.source == wire) }
        }
        var notes = Notes(article: article, links: links, prefilter: prefilter)
        let index = SourcingIndex(attributions: [], links: links, site: site)
        for i in out.indices {
            // A link in its own paragraph that goes to the source serves it: no notes needed (a
            // list of thousands of attributions then never compares each item with the others).
            if prefilter, !index.satisfying(out[i]).isEmpty { continue }
            out[i].notes = notes.serving(out[i])
        }
        return SourcingIndex(attributions: out, links: links, site: site)
    }

    /// The source range of paragraph group `paragraph`: the union of its blocks' ranges, or `nil`
    /// when no block has that number.
    static func paragraph(_ paragraph: Int, _ blocks: [Block]) -> SourceRange? {
        var out: SourceRange? = nil
        for b in blocks where b.paragraph == paragraph { out = out.map { $0.union(b.range) } ?? b.range }
        return out
    }

    /// Whether "'s" or "’s" follows offset `end` of `bytes` (after masked markup, which the view
    /// blanks with spaces), then a capitalized word: the source's person, not the source.
    static func possessiveFollows(_ bytes: [UInt8], _ end: Int) -> Bool {
        var i = end
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        if i + 1 < bytes.count, bytes[i] == 0x27, bytes[i + 1] == 0x73 { i += 2 }
        else if i + 3 < bytes.count, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99, bytes[i + 3] == 0x73 { i += 4 }
        else { return false }
        guard i < bytes.count, bytes[i] == 0x20 else { return false }
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        return i < bytes.count && bytes[i] &- 0x41 < 26
    }

    /// The source range of the paragraph group of block `i`: the union of the run of blocks
    /// around it with its paragraph number (the readers number paragraphs in order, so a group's
    /// blocks are adjacent); linear in the group's size.
    static func paragraph(around i: Int, _ blocks: [Block]) -> SourceRange {
        let p = blocks[i].paragraph
        var lo = i, hi = i
        while lo > 0, blocks[lo - 1].paragraph == p { lo -= 1 }
        while hi + 1 < blocks.count, blocks[hi + 1].paragraph == p { hi += 1 }
        var out = blocks[lo].range
        for b in blocks[lo...hi] { out = out.union(b.range) }
        return out
    }

    /// Whether block `i` is an item under a "Related", "Read more", "Sources", … heading (the last
    /// heading before it): such sections list other stories or the sources themselves.
    /// `headings` keeps the answer for each heading (by block index) worked out so far.
    static func listing(_ i: Int, _ blocks: [Block], _ headings: inout [Int: Bool], lastHeading: [Int]? = nil) -> Bool {
        guard blocks[i].kind != .heading else { return false }
        let found = lastHeading.map { $0[i] >= 0 ? $0[i] : nil } ?? blocks[..<i].lastIndex(where: { $0.kind == .heading })
        guard let h = found else { return false }
        if let known = headings[h] { return known }
        let text = blocks[h].text.lowercased().trimmingCharacters(in: headingTrim)
        let listing = listingHeadings.contains { text.hasPrefix($0) }
        headings[h] = listing
        return listing
    }

    /// `exemptPrefixes` as bytes.
    static let exemptPrefixBytes: [[UInt8]] = exemptPrefixes.map { Array($0.utf8) }

    /// The pattern a source named only as a kind of page must match in full.
    static let siteWordPattern = #"^(?i:website|web\s*site|portal|blog|press release|news release)$"#
    /// The words of `siteWordPattern`, lower-case, for the ASCII comparison.
    static let siteWords: Set<String> = ["website", "portal", "blog", "press release", "news release"]

    /// Whether `cue` is just "website", "web site", "portal", "blog", "press release" or "news
    /// release" (any case). `fast` compares printable ASCII directly (where ICU's case-insensitive
    /// match is ASCII-caseless) and leaves anything else to the pattern.
    static func isSiteWord(_ cue: String, fast: Bool) -> Bool {
        guard fast, AttributionScan.isPrintableASCII(cue) else {
            return cue.range(of: siteWordPattern, options: .regularExpression) != nil
        }
        let lower = cue.lowercased()
        if siteWords.contains(lower) { return true }
        // web\s*site: printable ASCII white space is only the space.
        guard lower.hasPrefix("web"), lower.hasSuffix("site") else { return false }
        return lower.utf8.dropFirst(3).dropLast(4).allSatisfy { $0 == 0x20 }
    }

    /// The index of the block that holds source offset `offset` (blocks are in source order).
    static func block(at offset: Int, _ blocks: [Block]) -> Int? {
        var lo = 0, hi = blocks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if blocks[mid].range.start <= offset { lo = mid + 1 } else { hi = mid }
        }
        var i = lo - 1
        // Empty blocks may share a start; take the one that holds the offset.
        while i >= 0, blocks[i].range.start <= offset {
            if offset < max(blocks[i].range.end, blocks[i].range.start + 1) { return i }
            if blocks[i].range.start < offset { break }
            i -= 1
        }
        return nil
    }

    /// A reference-list entry: "[1] …", "[^1]: …", "1. …" at the start of a line.
    static let noteLine = #"^\s*(?:[-*•]\s*)?(?:\[\^?\d{1,3}\]:?|\^?\d{1,3}[.)])\s"#

    /// Finds `Attribution.notes`: footnotes resolved once per paragraph, the notes list and the
    /// page's element ids read once per article.
    struct Notes {
        let article: Article
        let links: [SourceLink]
        /// Skip the footnote-marker pattern in paragraphs without a "[".
        let prefilter: Bool
        /// Plain text and Markdown: note number → the note lines' ranges (line start to block end).
        lazy var numbered: [String: [SourceRange]] = {
            var out: [String: [SourceRange]] = [:]
            let source = article.source
            for b in article.blocks {
                var lineStart = b.range.start
                while lineStart > 0, source.utf8[lineStart - 1] != 0x0A { lineStart -= 1 }
                guard b.range.start - lineStart < 16 else { continue }
                let head = source.text(SourceRange(start: lineStart, end: min(b.range.end, b.range.start + 8)))
                guard let r = head.range(of: AttributionFinder.noteLine, options: .regularExpression) else { continue }
                out[String(head[r].filter(\.isNumber)), default: []].append(SourceRange(start: lineStart, end: b.range.end))
            }
            return out
        }()
        /// HTML: element id (or anchor name) → its offset in the page.
        lazy var ids: [String: Int] = {
            var out: [String: Int] = [:]
            let page = article.source.text(SourceRange(start: 0, end: article.source.utf8.count))
            guard let re = try? NSRegularExpression(pattern: #"\b(?:id|name)\s*=\s*["']([^"'<>\s]{1,100})["']"#) else { return out }
            let ns = page as NSString
            for m in re.matches(in: page, range: NSRange(location: 0, length: ns.length)) {
                let id = ns.substring(with: m.range(at: 1))
                if out[id] == nil { out[id] = ns.substring(to: m.range.location).utf8.count }
            }
            return out
        }()
        var byParagraph: [Int: [SourceLink]] = [:]
        /// A footnote marker, "[1]" or "[^1]", that is not a link's own brackets.
        static let marker = try? NSRegularExpression(pattern: #"\[\^?(\d{1,3})\](?![(\[])"#)

        init(article: Article, links: [SourceLink], prefilter: Bool = true) {
            self.article = article
            self.links = links
            self.prefilter = prefilter
        }

        func usable(_ r: SourceRange) -> [SourceLink] {
            AttributionFinder.links(links, in: r).filter { !$0.isPlaceholder && $0.host != nil }
        }
        /// The links to a fragment ("#fn1"), in source order: read once.
        lazy var anchors: [SourceLink] = links.filter { $0.link.target.hasPrefix("#") && $0.link.target.count > 1 }
        /// By the first block of a list or table: its usable links by host, each with its block's paragraph.
        var groups: [Int: [(host: String, links: [(paragraph: Int, link: SourceLink)])]] = [:]
        /// By group and source: the group's links that go to that source.
        var sources: [String: [(paragraph: Int, link: SourceLink)]] = [:]
        /// For each block, the first block of the run of list items or table rows that holds it
        /// (itself for other blocks): worked out once, in one pass.
        lazy var groupStart: [Int] = {
            let blocks = article.blocks
            var out = Array(blocks.indices)
            for k in blocks.indices.dropFirst() {
                if blocks[k].kind == .listItem, blocks[k - 1].kind == .listItem { out[k] = out[k - 1] }
                else if let t = blocks[k].table, blocks[k - 1].table == t { out[k] = out[k - 1] }
            }
            return out
        }()

        /// The links outside `a`'s paragraph that serve it.
        mutating func serving(_ a: Attribution) -> [SourceLink] {
            let footnotes = byParagraph[a.paragraph.start] ?? footnotes(a.paragraph)
            byParagraph[a.paragraph.start] = footnotes
            return footnotes + sameSource(a) + sameBody(a)
        }

        /// The article's usable links by host, in source order of each host's first link: read once.
        lazy var byHost: [(host: String, link: SourceLink)] = {
            var seen: Set<String> = []
            var out: [(host: String, link: SourceLink)] = []
            for l in links where !l.isPlaceholder && !l.isRedirect {
                guard let h = l.host, seen.insert(h).inserted else { continue }
                out.append((h, l))
            }
            return out
        }()

        /// For a document of a named body (`Attribution.document`), a link anywhere in the article
        /// whose host names the body (`AttributionFinder.namesBody`: "The full review is published
        /// at https://www.lgsu.example.gov/…" for a review by the Local Government Standards Unit):
        /// the article links the document, elsewhere. No link counts for a body with no name of its
        /// own ("the harbour authority's annual report").
        mutating func sameBody(_ a: Attribution) -> [SourceLink] {
            guard a.document, !a.name.words.isEmpty else { return [] }
            var out: [SourceLink] = []
            for (host, link) in byHost where AttributionFinder.namesBody(a, host: host) {
                out.append(link)
                if out.count == 4 { break }
            }
            return out
        }

        /// The notes that footnote markers in `paragraph` point to, after the paragraph.
        mutating func footnotes(_ paragraph: SourceRange) -> [SourceLink] {
            var out: [SourceLink] = []
            // "[1]", "[^1]" (not a link's own brackets), resolved to a later line with that number.
            if article.format != .html, !prefilter || AttributionScan.holds(article.source.utf8, paragraph, 0x5B) {
                let text = article.source.text(paragraph) as NSString
                var numbers: Set<String> = []
                for m in Self.marker?.matches(in: text as String, range: NSRange(location: 0, length: text.length)) ?? [] {
                    numbers.insert(text.substring(with: m.range(at: 1)))
                }
                for n in numbers.sorted() {
                    for note in numbered[n] ?? [] where note.start >= paragraph.end { out += usable(note) }
                }
            }
            // <a href="#fn1">1</a>, resolved to the element with id="fn1".
            for l in AttributionFinder.links(anchors, in: paragraph) {
                let id = String(l.link.target.dropFirst())
                let text = l.link.text.trimmingCharacters(in: .whitespaces)
                guard text.range(of: #"^\[?\^?\d{1,3}\]?$"#, options: .regularExpression) != nil
                        || ["fn", "cite", "ref", "note", "footnote", "endnote", "source"].contains(where: { id.lowercased().hasPrefix($0) }),
                      let offset = ids[id], offset >= paragraph.end else { continue }
                let blocks = article.blocks
                if let b = blocks.firstIndex(where: { $0.range.end > offset }) { out += usable(SourceRange(start: offset, end: blocks[b].range.end)) }
            }
            return out
        }

        /// Links to `a`'s source in the other items of its list or rows of its table. Each list's or
        /// table's links are gathered once (a list of thousands of attributions stays linear but
        /// for the links each one is compared with).
        mutating func sameSource(_ a: Attribution) -> [SourceLink] {
            let blocks = article.blocks
            guard let i = AttributionFinder.block(at: a.range.start, blocks) else { return [] }
            guard blocks[i].kind == .listItem || blocks[i].table != nil else { return [] }
            let lo = groupStart[i]
            let group: [(host: String, links: [(paragraph: Int, link: SourceLink)])]
            if let known = groups[lo] {
                group = known
            } else {
                var byHost: [String: [(paragraph: Int, link: SourceLink)]] = [:]
                var order: [String] = []
                var k = lo
                while k < blocks.count, groupStart[k] == lo {
                    for l in usable(blocks[k].range) {
                        guard let h = l.host else { continue }
                        if byHost[h] == nil { order.append(h) }
                        byHost[h, default: []].append((blocks[k].paragraph, l))
                    }
                    k += 1
                }
                group = order.map { ($0, byHost[$0]!) }
                groups[lo] = group
            }
            // The group's links to this source, worked out once per source (by outlet, domain or name).
            let key = "\(lo)|\(a.outlet?.id ?? "")|\(a.domain ?? "")|\(a.source)"
            let matching = sources[key] ?? {
                var m: [(paragraph: Int, link: SourceLink)] = []
                for (host, links) in group where AttributionFinder.goes(to: a, host: host, byName: true) { m += links }
                m.sort { $0.link.link.range.start < $1.link.link.range.start }
                sources[key] = m
                return m
            }()
            // A few are enough to serve it (the rules ask whether one exists, and show them).
            var out: [SourceLink] = []
            for (paragraph, link) in matching where paragraph != blocks[i].paragraph {
                out.append(link)
                if out.count == 4 { break }
            }
            return out
        }
    }

    /// Whether a link to `host` goes to `a`'s source: its registered outlet's domains, the domain
    /// named in the phrase, or (`byName`, for sources the registry does not know) a host whose first
    /// label the source's name holds ("Harbour Gazette" and harbourgazette.example).
    static func goes(to a: Attribution, host: String, byName: Bool = false) -> Bool {
        if let o = a.outlet, o.owns(host: host) { return true }
        if let d = a.domain, host == d || host.hasSuffix("." + d) { return true }
        guard byName, a.outlet == nil, a.domain == nil else { return false }
        let label = String(host.split(separator: ".").first ?? "")
        return label.count >= 4 && foldedContains(a.source, label)
    }

    /// Whether `a` names the publishing site itself: its registered outlet owns the site's domain,
    /// the phrase names that domain, or the source's name folds to the domain's first label
    /// ("Harbour Times" on harbourtimes.example).
    static func names(site: String, _ a: Attribution) -> Bool {
        if let o = a.outlet, o.owns(host: site) { return true }
        if let d = a.domain, site == d || site.hasSuffix("." + d) { return true }
        let label = String(site.split(separator: ".").first ?? "")
        return label.count >= 4 && foldedContains(a.source, label)
    }

    /// `EntityRegistry.fold(name).contains(label)`; for a printable ASCII name the fold is its
    /// letters and digits, lower-cased, and the search is on bytes.
    static func foldedContains(_ name: String, _ label: String) -> Bool {
        guard AttributionScan.isPrintableASCII(name) else { return EntityRegistry.fold(name).contains(label) }
        var folded: [UInt8] = []
        folded.reserveCapacity(name.utf8.count)
        for b in name.utf8 where ByteText.isASCIIAlnum(b) { folded.append(ByteText.lower(b)) }
        return ByteText.find(Array(label.utf8), in: folded) != nil
    }

    /// Link shorteners, outlets' own short domains, and redirect or snapshot services (hosts
    /// whose short paths hide the page they lead to), from the services' and outlets' own use.
    static let redirectHosts: Set<String> = [
        "t.co", "bit.ly", "ow.ly", "buff.ly", "tinyurl.com", "goo.gl", "is.gd", "dlvr.it", "lnkd.in", "fb.me", "trib.al",
        "reut.rs", "bloom.bg", "nyti.ms", "wapo.st", "bbc.in", "cnn.it", "apne.ws", "on.ft.com", "econ.st", "gu.com",
        "news.google.com", "archive.ph", "archive.today", "archive.is", "archive.li", "archive.md",
    ]

    /// Chat citation tokens used as link targets ("turn0search3", "【4†source】").
    static let tokenTargets = #"^(?:turn\d+[a-z]+\d+|cite.*|【.*】|\{\{.*\}\}|\[\[.*\]\])$"#

    /// Classifies a link's target.
    /// The address a link really points to: trimmed, an archived copy
    /// (web.archive.org/web/20191113015611/https://…) or Google's AMP viewer
    /// (google.com/amp/s/www.reuters.com/…) replaced by the page it holds.
    static func unwrap(_ raw: String) -> String {
        var target = trimmed(raw)
        // Each pattern needs its host's name, so an address without it skips the pattern; one that
        // is not printable ASCII takes the pattern as is (see `AttributionScan.isPrintableASCII`).
        if !AttributionScan.isPrintableASCII(target) || AttributionScan.containsLowercased(target, "web.archive.org/web/"),
           let r = target.range(of: archivePattern, options: [.regularExpression, .caseInsensitive]),
           target[r.upperBound...].lowercased().hasPrefix("http") {
            target = String(target[r.upperBound...])
        }
        if !AttributionScan.isPrintableASCII(target)
            || AttributionScan.containsLowercased(target, "google.") && AttributionScan.containsLowercased(target, "/amp/s/"),
           let r = target.range(of: ampPattern, options: [.regularExpression, .caseInsensitive]) {
            target = "https://" + target[r.upperBound...]
        }
        return target
    }

    /// An archived copy's address up to the archived page's (case-insensitive).
    static let archivePattern = #"^https?://web\.archive\.org/web/[0-9a-z_*]+/"#
    /// Google's AMP viewer up to the page it shows (case-insensitive).
    static let ampPattern = #"^https?://(?:www\.)?google\.[a-z.]+/amp/s/"#

    /// `s` without white space and line breaks at either end; `s` itself when it starts and ends
    /// with a printable ASCII byte other than the space.
    static func trimmed(_ s: String) -> String {
        if let first = s.utf8.first, let last = s.utf8.last, first &- 0x21 < 0x5E, last &- 0x21 < 0x5E { return s }
        return s.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether `target` starts with what every `tokenTargets` match starts with ("turn", "cite",
    /// "【", "{{", "[["), byte for byte (the pattern is case-sensitive).
    static func mayBeToken(_ target: String) -> Bool {
        let u = target.utf8
        return u.starts(with: "turn".utf8) || u.starts(with: "cite".utf8) || u.starts(with: "【".utf8)
            || u.starts(with: "{{".utf8) || u.starts(with: "[[".utf8)
    }

    /// The host (lowercase, without `www.`, user or port) and the rest of a lowercased web
    /// address; no host for a relative, fragment or non-web target.
    static func hostAndPath(_ lower: String) -> (host: String?, path: String) {
        AttributionScan.isPrintableASCII(lower) ? asciiHostAndPath(lower) : stringHostAndPath(lower)
    }

    /// `hostAndPath` on the address's characters.
    static func stringHostAndPath(_ lower: String) -> (host: String?, path: String) {
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//") || lower.hasPrefix("www.") else {
            return (nil, "")
        }
        let rest = lower.hasPrefix("www.") ? lower : String(lower[lower.range(of: "//")!.upperBound...])
        let hostEnd = rest.firstIndex(where: { "/?#".contains($0) }) ?? rest.endIndex
        var h = String(rest[..<hostEnd])
        if let at = h.lastIndex(of: "@") { h = String(h[h.index(after: at)...]) }
        if let colon = h.lastIndex(of: ":") { h = String(h[..<colon]) }
        if h.hasPrefix("www.") { h = String(h.dropFirst(4)) }
        return (h.isEmpty ? nil : h, String(rest[hostEnd...]))
    }

    /// `hostAndPath` of a printable ASCII address, on its bytes (a character is a byte there).
    static func asciiHostAndPath(_ lower: String) -> (host: String?, path: String) {
        var lower = lower
        return lower.withUTF8 { u -> (host: String?, path: String) in
            let n = u.count
            func opens(_ p: StaticString) -> Bool {
                p.utf8CodeUnitCount <= n && (0..<p.utf8CodeUnitCount).allSatisfy { u[$0] == p.utf8Start[$0] }
            }
            let www = opens("www.")
            guard www || opens("http://") || opens("https://") || opens("//") else { return (nil, "") }
            var restStart = 0
            if !www {
                while restStart + 1 < n, !(u[restStart] == 0x2F && u[restStart + 1] == 0x2F) { restStart += 1 }
                restStart += 2
            }
            var hostEnd = restStart
            while hostEnd < n, u[hostEnd] != 0x2F, u[hostEnd] != 0x3F, u[hostEnd] != 0x23 { hostEnd += 1 }
            var hs = restStart, he = hostEnd
            if let at = (hs..<he).last(where: { u[$0] == 0x40 }) { hs = at + 1 }
            if let colon = (hs..<he).last(where: { u[$0] == 0x3A }) { he = colon }
            if he - hs >= 4, u[hs] == 0x77, u[hs + 1] == 0x77, u[hs + 2] == 0x77, u[hs + 3] == 0x2E { hs += 4 }
            let path = String(decoding: UnsafeBufferPointer(rebasing: u[hostEnd..<n]), as: UTF8.self)
            return (he > hs ? String(decoding: UnsafeBufferPointer(rebasing: u[hs..<he]), as: UTF8.self) : nil, path)
        }
    }

    /// The host of a web address (see `unwrap` and `hostAndPath`).
    static func host(of address: String) -> String? { hostAndPath(unwrap(address).lowercased()).host }

    public static func classify(_ link: Link, site: String?) -> SourceLink {
        let target = unwrap(link.target)
        let lower = target.lowercased()
        var (host, path) = hostAndPath(lower)
        // A relative link ("/news/x") is a page of the site itself.
        if host == nil, lower.hasPrefix("/"), !lower.hasPrefix("//"), let site { host = site; path = lower }
        let placeholder = target.isEmpty || ["#", "#!", "#/"].contains(target)
            || ["url", "link", "source", "todo", "tbd", "javascript:void(0)", "javascript:void(0);", "javascript:;", "about:blank"].contains(lower)
            || host == "example.com" || lower == "example.com" || lower.hasPrefix("example.com/")
            || Self.mayBeToken(target) && target.range(of: tokenTargets, options: .regularExpression) != nil
        let homepage = host != nil && (path.isEmpty || path == "/" || path.hasPrefix("/?") || path.hasPrefix("/#") || path.hasPrefix("?") || path.hasPrefix("#"))
        let external = host != nil && !placeholder && !(site.map { host == $0 || host!.hasSuffix("." + $0) } ?? false)
        return SourceLink(link: link, host: host, isPlaceholder: placeholder, isExternal: external, isHomepage: homepage && !placeholder,
                          isRedirect: host.map { redirectHosts.contains($0) } ?? false)
    }
}

extension AttributionFinder {
    /// The links of `links` (in source order, as `Article.links`) that start inside `range`:
    /// found by binary search.
    static func links(_ links: [SourceLink], in range: SourceRange) -> [SourceLink] {
        var lo = 0, hi = links.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if links[mid].link.range.start < range.start { lo = mid + 1 } else { hi = mid }
        }
        var out: [SourceLink] = []
        var i = lo
        while i < links.count, links[i].link.range.start < range.end { out.append(links[i]); i += 1 }
        return out
    }

    /// Hosts that resolve or mirror citations (DOI, PubMed): their destination may be any
    /// publisher's page, so a link there is no evidence against the source.
    static let resolverHosts: Set<String> = [
        "doi.org", "dx.doi.org", "pubmed.ncbi.nlm.nih.gov", "ncbi.nlm.nih.gov", "europepmc.org", "scholar.google.com",
        "semanticscholar.org", "researchgate.net", "arxiv.org", "biorxiv.org", "medrxiv.org", "ssrn.com", "jstor.org",
        // Publishers' platforms, which host many journals under their own names.
        "wiley.com", "onlinelibrary.wiley.com", "sciencedirect.com", "elsevier.com", "springer.com", "link.springer.com",
        "tandfonline.com", "cell.com", "academic.oup.com", "cambridge.org", "journals.sagepub.com", "sagepub.com",
        "plos.org", "journals.plos.org", "frontiersin.org", "mdpi.com", "bmj.com", "jamanetwork.com", "pnas.org",
        "science.org", "nature.com", "pubs.acs.org", "iopscience.iop.org", "ieeexplore.ieee.org", "journals.aps.org",
        "royalsocietypublishing.org", "karger.com", "thieme-connect.com", "biomedcentral.com", "hindawi.com",
    ]

    /// Second-level labels that say nothing of a site's owner.
    static let genericLabels: Set<String> = [
        "www", "com", "org", "net", "gov", "edu", "co", "go", "or", "ac", "gob", "gouv", "gv", "int", "mil", "nic", "ne",
        "m", "amp", "en", "es", "fr", "de", "pt", "it", "english", "mobile", "web",
    ]

    /// Whether a link to `host` plausibly goes to `a`'s source (issue 14, link plausibility): the
    /// registered outlet's or the named domain's hosts; else, for a named source, a host label that
    /// is a word of the name ("nhs" for NHS England), is held in the name ("nature" in Nature
    /// Climate Change), holds a word of four letters or more ("brusselstimes"), or is the name's
    /// initials ("ons" for Office for National Statistics); a resolver (doi.org); for a source
    /// with no name ("the ministry's website") any host.
    static func plausible(_ a: Attribution, host: String) -> Bool {
        if a.outlet != nil || a.domain != nil { return goes(to: a, host: host) }
        if resolverHosts.contains(host) { return true }
        // A journal platform ("example-journal.org", "journals.example.org") hosts journals under
        // its own name, as the publishers' platforms above do.
        if host.split(separator: ".").dropLast().contains(where: { $0.contains("journal") }) { return true }
        let n = a.name
        guard !n.words.isEmpty else { return true }
        // A newspaper is never hosted on a government's site, whatever place the two are named
        // for ("the Northgate Echo" and northgate.gov.uk).
        if n.newsOutlet, isGovernmentHost(host) { return false }
        var labels = host.split(separator: ".").map(String.init)
        if labels.count > 1 { labels.removeLast() }
        for label in labels where !genericLabels.contains(label) && label.count >= 2 {
            let l = label.replacingOccurrences(of: "-", with: "")
            if n.variants.contains(l) { return true }
            if l.count >= 4, n.joined.contains(l) { return true }
            if n.initials.count >= 2, l == n.initials || n.initials.count >= 3 && l.hasPrefix(n.initials) { return true }
            if spells(l, with: n.pieces, significant: n.variants) { return true }
        }
        return false
    }

    /// Whether `host` is a government's: a label "gov", "gouv", "gob", "govt", "gv" or "mil"
    /// ("northgate.gov.uk", "interieur.gouv.fr", "sanidad.gob.es", "cdc.gov").
    static func isGovernmentHost(_ host: String) -> Bool {
        host.split(separator: ".").contains { ["gov", "gouv", "gob", "govt", "gv", "mil"].contains(String($0)) }
    }

    /// Whether `host` names `a`'s body outright, for a link far from the attribution: the
    /// registered outlet's or named domain's hosts; else a label that is the body's initials
    /// ("lgsu" for the Local Government Standards Unit, "rcn"), holds two of its words or more
    /// ("lakelandtourism", "metoffice"), or is the one word of a one-word name ("pollwise"). One
    /// word of several is not enough there: "nordhafen" is the town's site, not the Verkehrsinstitut
    /// Nordhafen's. Resolvers and publishers' platforms (doi.org, nature.com) name no body.
    static func namesBody(_ a: Attribution, host: String) -> Bool {
        if a.outlet != nil || a.domain != nil { return goes(to: a, host: host) }
        let n = a.name
        guard !n.words.isEmpty, !resolverHosts.contains(host) else { return false }
        var labels = host.split(separator: ".").map(String.init)
        if labels.count > 1 { labels.removeLast() }
        for label in labels where !genericLabels.contains(label) && label.count >= 2 {
            let l = label.replacingOccurrences(of: "-", with: "")
            if n.words.count == 1 { if n.variants.contains(l) { return true }; continue }
            if n.initials.count >= 2, l == n.initials { return true }
            var held: Set<String> = []
            for w in n.words where w.count >= 3 && l.contains(w) { held.insert(w) }
            if held.count >= 2 { return true }
        }
        return false
    }

    /// Words a site's label may add to its owner's name ("kedglobal", "rtlnews").
    static let labelSuffixes: [String] = ["network", "press", "journals", "publishing", "news", "online", "global", "media", "tv", "live", "web", "daily", "today", "digital", "group", "hq", "now", "world", "english", "eng", "info", "net", "radio"]

    /// Whether `label` is spelled by the source's words: a run of pieces, each a word, a prefix of
    /// a word (three letters or more: "stat" of "statistics") or a word's first letter, with one
    /// `labelSuffixes` word allowed at the end, and at least one piece from a significant word of
    /// four letters or more or three first letters ("brusselstimes", "stats", "jpost"); a place
    /// shared with another site ("northmoorweather" for the Northmoor Evening Post) is not.
    static func spells(_ label: String, with words: [String], significant: [String]) -> Bool {
        let l = Array(label.utf8)
        let ws = words.map { Array($0.utf8) }.filter { !$0.isEmpty }
        let strong = Set(significant.filter { $0.utf8.count >= 4 }.map { Array($0.utf8) })
        // reach[i]: 0 unreachable, 1 reached by weak pieces only, 2 reached with a strong piece.
        var reach = [UInt8](repeating: 0, count: l.count + 1)
        reach[0] = 1
        for i in 0..<l.count where reach[i] > 0 {
            for w in ws where w[0] == l[i] {
                var k = 0
                while k < w.count, i + k < l.count, w[k] == l[i + k] { k += 1 }
                // Pieces: the first letter, a prefix of three letters or more, the whole word.
                for len in [1] + (k >= 3 ? Array(3...k) : []) {
                    let strongPiece = len == w.count && strong.contains(w) || len >= 4
                    let v: UInt8 = strongPiece || reach[i] == 2 ? 2 : 1
                    reach[i + len] = max(reach[i + len], v)
                }
            }
        }
        if reach[l.count] == 2 { return true }
        for suffix in labelSuffixes where label.hasSuffix(suffix) && label.count > suffix.count {
            let head = String(label.dropLast(suffix.count))
            if spells(head, with: words, significant: significant) { return true }
        }
        // Three first letters or more and nothing else: initials ("orr").
        return l.count >= 3 && reach[l.count] == 1 && l.count <= 6 && l.allSatisfy { c in ws.contains { $0[0] == c } } && initialsOnly(l, ws)
    }

    /// Whether `l` is first letters of `words` in their order.
    static func initialsOnly(_ l: [UInt8], _ words: [[UInt8]]) -> Bool {
        var j = 0
        for w in words where j < l.count && w[0] == l[j] { j += 1 }
        return j == l.count
    }

    /// The words of a source's name that identify it: capitalized words and acronyms, without
    /// articles, medium and site nouns, possessive endings; folded (lower-case, no diacritics)
    /// and transliterated (German "ü" as "ue").
    static func significantWords(_ source: String) -> [(folded: String, transliterated: String)] {
        var out: [(folded: String, transliterated: String)] = []
        for raw in source.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" }) {
            var w = String(raw)
            for suffix in ["'s", "’s", "'", "’"] where w.hasSuffix(suffix) { w = String(w.dropLast(suffix.count)) }
            guard let first = w.first, first.isUppercase || first.isNumber else { continue }
            let lower = w.lowercased()
            if AttributionLexicon.titleArticles.contains(lower) || AttributionLexicon.siteNouns.contains(lower)
                || AttributionLexicon.mediumNouns.contains(lower) || AttributionLexicon.nameConnectors.contains(lower)
                || AttributionLexicon.outletWords.contains(lower) { continue }
            let t = lower.utf8.allSatisfy({ $0 < 0x80 }) ? lower : lower.replacingOccurrences(of: "ä", with: "ae").replacingOccurrences(of: "ö", with: "oe")
                .replacingOccurrences(of: "ü", with: "ue").replacingOccurrences(of: "ß", with: "ss")
            out.append((fold(w), fold(t)))
        }
        return out
    }

    /// Lower-case letters and digits of `s` without diacritics.
    static func fold(_ s: String) -> String {
        if AttributionScan.isPrintableASCII(s) {
            return String(decoding: s.utf8.filter { ByteText.isASCIIAlnum($0) }.map { ByteText.lower($0) }, as: UTF8.self)
        }
        return String(s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).unicodeScalars
            .filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }
}

extension Rule {
    /// The article's attributions and links, built once and shared by every source rule.
    /// - Throws: `RuleError` naming this rule when PCRE2 gives up.
    func sourcing(_ context: RuleContext, _ finder: AttributionFinder) throws -> SourcingIndex {
        do {
            return try context.shared("fidelint.sources") { () throws -> SourcingIndex in try finder.index(context) }
        } catch let e as RegexError {
            throw RuleError(ruleId: description.identifier, message: e.description)
        }
    }
}
