import FidelintCore
import Foundation

/// An outlet the article attributes a claim to ("according to Reuters", "CNN reported", "told
/// the Northmoor Evening Post"; the attribution grammar of the source rules, `AttributionFinder`)
/// that no input mentions, by its name, a registered alias or its web domain. Generated copy
/// credits outlets its inputs never cite.
///
/// Pattern source: issue 19 (fidelity to the source documents: "an outlet the article cites that
/// the inputs never mention").
public struct UnsupportedOutletRule: Rule {
    let finder: AttributionFinder

    /// - Parameter finder: the attribution finder shared by the source rules.
    public init(finder: AttributionFinder = AttributionFinder(sources: SourceRegistry())) {
        self.finder = finder
    }

    public let description = RuleDescription(
        identifier: "unsupported_outlet", name: "Unsupported Outlet",
        summary: "The article attributes a claim to an outlet that none of its source documents mentions.",
        category: .unsupportedClaim, defaultSeverity: .note,
        origin: "issue 19 (fidelity to the source documents); runs only when the article has source documents",
        triggeringExamples: [
            Example("Port Expands\n\nThe board approved the expansion on Tuesday, ↓according to Reuters.\n", options: FidelityExamples.port),
        ],
        nonTriggeringExamples: [
            Example("Port Expands\n\nThe work will create 1,200 jobs, according to the Coastline News Service.\n", options: FidelityExamples.port),
            Example("Port Expands\n\nThe board approved the expansion on Tuesday, according to Reuters.\n"),
        ])

    /// Leading articles left out when an outlet's name is looked up ("The Guardian" / "Guardian").
    static let articles: Set<String> = ["the", "la", "el", "le", "les", "die", "der", "das", "il", "lo", "o", "a", "los", "las"]

    public func check(_ context: RuleContext) throws -> [Finding] {
        guard let index = fidelityIndex(context) else { return [] }
        let sourcing = try sourcing(context, finder)
        var out: [Finding] = []
        var seen: Set<String> = []
        // The attributions of the source rules, and outlets the article says a person spoke to
        // ("told the Island Courier", "in an interview with Radio Nord"), which credit the outlet
        // with the quotation but name no publication a link could serve.
        var claims: [(range: SourceRange, name: String, sentence: SourceRange, outlet: SourceRegistry.Outlet?)] = []
        for a in sourcing.attributions where !a.document { claims.append((a.range, a.label, a.sentence, a.outlet)) }
        let view = context.view(masking: [.quotations, .code])
        let lines = context.article.source.lineIndex
        for hit in AttributionGrammar.interviewHits(view.utf8, registered: finder.registeredNames) {
            let r = view.sourceRange(hit.phrase)
            guard !claims.contains(where: { $0.range.overlaps(r) }) else { continue }
            let name = view.text(hit.source)
            let line = lines.rangeOfLine(lines.line(at: r.start))
            claims.append((r, name, line, finder.sources.outlet(named: name)))
        }
        claims.sort { $0.range.start < $1.range.start }
        for a in claims {
            let names = [a.name] + (a.outlet.map { $0.names + $0.domains } ?? [])
            var mentioned = false
            for name in names {
                var words = FidelityText.words(Array(name.utf8)).map(\.word)
                while let first = words.first, Self.articles.contains(first), words.count > 1 { words.removeFirst() }
                guard !words.isEmpty else { continue }
                if index.contains(words.map(Fingerprint.fnv1a)) { mentioned = true; break }
            }
            guard !mentioned, seen.insert(a.name.lowercased()).inserted else { continue }
            // The input sentence closest to the attributed claim, for the reviewer.
            let content = FidelityText.words(Array(context.article.source.text(a.sentence).utf8)).filter(\.isContent).map(\.hash)
            let related = index.similarSentences(content, limit: 1).filter { $0.shared >= 2 }.map { index.related($0.sentence) }
            out.append(finding("“\(a.name)” is credited in the article but mentioned in none of the source documents", at: a.range,
                               related: related))
        }
        return out
    }
}

extension AttributionGrammar {
    /// Verbs and phrases of speaking to an outlet, each followed by the outlet (after a
    /// determiner): "told", "speaking to", "in an interview with", "dijo a", "a déclaré à",
    /// "sagte der" / "gegenüber der". Lower-case word sequences.
    static let interviewOpeners: [[String]] = [
        ["told"], ["speaking", "to"], ["spoke", "to"], ["talking", "to"], ["interview", "with"], ["said", "to"], ["comments", "to"],
        ["dijo", "a"], ["declaró", "a"], ["declaraciones", "a"], ["entrevista", "con"], ["afirmó", "a"],
        ["a", "déclaré", "à"], ["a", "confié", "à"], ["a", "dit", "à"], ["entretien", "avec"], ["interrogé", "par"],
        ["sagte", "der"], ["sagte", "dem"], ["gegenüber", "der"], ["gegenüber", "dem"], ["interview", "mit"],
    ]

    /// Outlets a person spoke to: an opener of `interviewOpeners`, an optional determiner, then a
    /// name the grammar takes for a publication's (`publicationName`) and not a person's:
    /// phrase and outlet name, view byte ranges.
    static func interviewHits(_ bytes: [UInt8], registered: Set<String>) -> [(phrase: Range<Int>, source: Range<Int>)] {
        var g = AttributionGrammar(bytes: bytes, registered: registered)
        g.tokenize()
        var out: [(phrase: Range<Int>, source: Range<Int>)] = []
        var t = 0
        while t < g.tokens.count {
            defer { t += 1 }
            guard g.isWord(t) else { continue }
            for opener in interviewOpeners where opener[0] == g.lower(t) {
                guard (0..<opener.count).allSatisfy({ g.isWord(t + $0) && g.lower(t + $0) == opener[$0] }) else { continue }
                var i = t + opener.count
                // German openers end in their article; others may have one ("the", "la", "El País").
                if g.isWord(i), !g.tokens[i].cap, AttributionLexicon.determiners.contains(g.lower(i)) { i += 1 }
                guard let n = g.name(i), !g.person(n), !g.personLike(n), g.publicationName(n) else { continue }
                out.append((g.tokens[t].start..<g.tokens[n.upperBound - 1].end, g.range(n)))
                t = n.upperBound - 1
                break
            }
            // A medium noun with its name after a word of reporting earlier in the clause ("Según
            // ha publicado el diario La Voz de Valdemora", "as the newspaper Harbour Times
            // reported"): the grammar's medium form, credited.
            if t < g.tokens.count, g.isWord(t), !g.tokens[t].cap, AttributionLexicon.mediumNouns.contains(g.lower(t)),
               let n = g.name(t + 1), !g.person(n), !g.personLike(n) || g.publicationName(n),
               out.last.map({ $0.phrase.upperBound <= g.tokens[t].start }) ?? true {
                var k = t - 1
                var credited = false
                while k >= 0, k >= t - 5, g.tokens[k].kind == .word {
                    let w = g.lower(k)
                    if AttributionLexicon.accordingOpeners.contains(w) || AttributionLexicon.participles.contains(w)
                        || AttributionLexicon.reportVerbs.contains(w) || interviewOpeners.contains(where: { $0.count == 1 && $0[0] == w })
                        || ["publicado", "publicada", "informado", "according", "reported", "told", "selon", "laut"].contains(w) {
                        credited = true
                        break
                    }
                    k -= 1
                }
                if credited {
                    out.append((g.tokens[t].start..<g.tokens[n.upperBound - 1].end, g.range(n)))
                    t = n.upperBound - 1
                }
            }
        }
        return out
    }
}
