import FidelintCore
import Foundation

/// A figure (a number with its currency, percent sign or unit: `FigureScanner`) that no input
/// gives in any equivalent form ("$2.6 billion" = "2,600 million dollars" = "US$2.6bn"; "14%" =
/// "14 percent" = "14 por ciento"; "80mm" = "80 millimetres"; a value rounded as written, "71%"
/// for "71.4 percent", is the same), in a sentence that closely matches an input sentence giving
/// a figure of the same unit: the number changed on the way. A figure in a sentence no input
/// resembles (background the article adds) is not judged, nor one inside a quotation (the
/// quotation rule's case).
///
/// Pattern source: issue 19 (fidelity to the source documents: "a figure that changed on the way").
public struct ChangedFigureRule: Rule {
    public init() {}

    /// The least share of the article sentence's content words an input sentence must hold.
    static let minimumScore = 0.3
    /// And at least this many content words.
    static let minimumShared = 3

    public let description = RuleDescription(
        identifier: "changed_figure", name: "Changed Figure",
        summary: "A figure with its unit differs from the one the matching sentence of the source documents gives.",
        category: .unsupportedClaim, defaultSeverity: .warning,
        origin: "issue 19 (fidelity to the source documents); runs only when the article has source documents",
        triggeringExamples: [
            Example("Port Expands\n\nThe Harbour Authority board approved the ↓$2.4 billion expansion of Berth 9 on Tuesday.\n",
                    options: FidelityExamples.port),
            Example("Port Expands\n\nThe work will raise capacity by ↓12% and create 1,200 construction jobs.\n",
                    options: FidelityExamples.port),
        ],
        nonTriggeringExamples: [
            Example("Port Expands\n\nThe Harbour Authority board approved the 2,600 million dollar expansion of Berth 9 on Tuesday.\n",
                    options: FidelityExamples.port),
            Example("Port Expands\n\nThe board approved the US$2.6bn expansion of Berth 9; the work will raise capacity by 14% and create 1,200 construction jobs.\n",
                    options: FidelityExamples.port),
            Example("Port Expands\n\nThe city's airport handled 4.1 million passengers and $80 million of freight last year.\n",
                    options: FidelityExamples.port),
            Example("Port Expands\n\nThe Harbour Authority board approved the $2.4 billion expansion of Berth 9 on Tuesday.\n"),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] {
        guard let index = fidelityIndex(context) else { return [] }
        let view = context.view(masking: [.quotations, .code])
        let figures = FigureScanner.scan(view.utf8)
        guard !figures.isEmpty else { return [] }
        let words = FidelityText.words(view.utf8)
        var out: [Finding] = []
        for f in figures where !index.supports(f) {
            // The article sentence around the figure, by its content words (numbers left out).
            guard let at = words.firstIndex(where: { $0.end > f.range.lowerBound }) ?? words.indices.last else { continue }
            let sentence = words[at].sentence
            let content = words.filter { $0.sentence == sentence && $0.isContent }.map(\.hash)
            let candidates = index.similarSentences(content, limit: 5).filter { $0.shared >= Self.minimumShared && $0.score >= Self.minimumScore }
            guard let match = candidates.first(where: { c in index.figures(inSentence: c.sentence).contains { $0.unit == f.unit } }) else { continue }
            let theirs = index.figures(inSentence: match.sentence).filter { $0.unit == f.unit }
            let p = index.passage(match.sentence)
            let given = theirs.map { "“" + p.document.article.prose.text($0.range) + "”" }.joined(separator: ", ")
            let written = view.text(f.range)
            out.append(finding("Figure “\(written)” is in none of the source documents; the matching input sentence gives \(given)",
                               at: view.sourceRange(f.range), related: [index.related(match.sentence, "input sentence")]))
        }
        return out
    }
}
