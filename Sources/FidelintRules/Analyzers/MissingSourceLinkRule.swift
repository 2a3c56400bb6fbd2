import FidelintCore
import FidelintRegex
import Foundation

/// An attribution to a published, linkable source ("as detailed in statements released on
/// Korea.net", "according to Northwind Wire") with no link in the same paragraph. A source is
/// linkable when the phrase names an outlet (a wire, paper or broadcaster word, or a known outlet
/// name), a website, portal or account, or a domain. People, the police, "officials" and spoken
/// attribution ("said", "told") are not linkable. Quotations are masked first.
///
/// Pattern source: `../shared/cases/TAXONOMY.md` §16 (gpt-researcher#295, insight-wave#48) and
/// the seed article (line 8).
public struct MissingSourceLinkRule: Rule {
    public init() {}

    public let description = RuleDescription(
        identifier: "missing_source_link", name: "Missing Source Link",
        summary: "A claim is attributed to a published source that the article does not link.",
        category: .missingSource, defaultSeverity: .warning,
        origin: "TAXONOMY §16 missing_source_link; seed article line 8",
        triggeringExamples: [
            Example("The crossing reopens on 1 May, ↓as detailed in statements released on the foreign ministry's website.\n"),
            Example("The steelworks will cut 300 jobs, ↓according to Northwind Wire.\n"),
            Example("Seoul plans closer ties, ↓as detailed in statements released on Korea.net.\n"),
            Example("Exports fell 4 percent, ↓according to Reuters.\n"),
            Example("The mine will close, ↓as first reported by the Uplands Courier.\n"),
        ],
        nonTriggeringExamples: [
            Example("Rents rose 9 percent, according to figures published on the [statistics office website](https://stats.example.org/rents).\n"),
            Example("The fire started in the kitchen, according to police.\nTenant groups told this newspaper that wages had not kept pace.\n"),
            Example("Exports fell 4 percent, according to Reuters (https://www.reuters.com/markets/exports-2025).\n"),
            Example("\"Prices rose, according to the Daily Ledger,\" the minister said.\n"),
            Example("Additional reporting by Sela Okonkwo.\n"),
        ])

    /// Trigger phrase, then a source cue within about 80 characters of the same sentence.
    static let pattern = #"""
    (?<phrase>\b(?i:according\s+to|as\s+(?:first\s+)?reported\s+(?:by|in|on)|reported\s+by|\
    as\s+(?:detailed|stated|published|announced|posted|outlined|noted|described|shown)\s+(?:in|on|by)|\
    (?:statements?|reports?|posts?|releases?|notices?|figures|data|stud(?:y|ies)|articles?)\s+\
    (?:published|posted|released|issued|available)\s+(?:on|by|in)|data\s+from|\
    said\s+in\s+a\s+statement\s+(?:posted|published)\s+on))\
    (?:(?!\.\s|\.$|[;\n])[^\n]){0,80}?\
    (?<source>\b(?:[A-Z][\w&'’.-]*\s+){0,4}(?:Wire|News|Times|Herald|Post|Journal|Agency|Press|Tribune|Gazette|\
    Daily|Chronicle|Telegraph|Guardian|Courier|Observer|Express|Mail|Mirror|Monitor|Bulletin|Dispatch|Inquirer|\
    Examiner|Register|Review|Star|Standard|Record|Globe|Independent|Economist|Magazine|Network|Broadcasting|Radio|\
    Television|TV|Reuters|Bloomberg|AFP|AP|Associated\s+Press|Yonhap|Xinhua|BBC|CNN|NPR|\
    Kyodo|TASS|Al\s+Jazeera|Politico|Axios)\b|\b(?i:website|web\s*site|portal|blog|(?:X|Twitter|Facebook|official)\s+account|\
    press\s+release|news\s+release)\b|\b[\w-]+\.(?:com|net|org|gov|go\.kr|kr|co\.uk|uk|io|info|news|biz|int|eu)\b)
    """#.replacingOccurrences(of: "\\\n", with: "")

    static let regex: PCRE2Regex = {
        do { return try PCRE2Regex(pattern, options: .init(caseless: false)) } catch { fatalError("\(error)") }
    }()

    public func check(_ context: RuleContext) throws -> [Finding] {
        let article = context.article
        let view = context.view(masking: [.quotations, .code])
        var out: [Finding] = []
        for m in try matches(Self.regex, in: view) {
            let range = view.sourceRange(m.range)
            guard let block = article.blocks.first(where: { $0.range.start <= range.start && range.start < max($0.range.end, $0.range.start + 1) }) else { continue }
            let paragraph = article.blocks.filter { $0.paragraph == block.paragraph }
            let span = paragraph.reduce(block.range) { $0.union($1.range) }
            if article.links.contains(where: { span.overlaps($0.range) || (span.start <= $0.range.start && $0.range.end <= span.end) }) { continue }
            let sourceName = m.groups.count > 1 ? m.groups[1].map { article.source.text(view.sourceRange($0)) } : nil
            let phrase = article.source.text(range)
            out.append(finding("Attribution to “\(TextTools.quote(sourceName ?? phrase, limit: 50))” has no link to the source: “\(TextTools.quote(phrase))”",
                               at: range))
        }
        return out
    }
}
