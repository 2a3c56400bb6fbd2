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
            // The words around the figure in its sentence (ten either side): a long generated
            // sentence joins several facts, and the one with the figure is what an input tells.
            guard let at = words.firstIndex(where: { $0.end > f.range.lowerBound }) ?? words.indices.last else { continue }
            let sentence = words[at].sentence
            let window = words[max(0, at - 10)..<min(words.count, at + 10)].filter { $0.sentence == sentence && $0.isContent }.map(\.hash)
            guard let match = Self.matchingSentence(window, unit: f.unit, figure: f, index: index) else { continue }
            let theirs = index.figures(inSentence: match).filter { $0.unit == f.unit }
            let p = index.passage(match)
            let given = theirs.map { "“" + p.document.article.prose.text($0.range) + "”" }.joined(separator: ", ")
            let written = view.text(f.range)
            out.append(finding("Figure “\(written)” is in none of the source documents; the matching input sentence gives \(given)",
                               at: view.sourceRange(f.range), related: [index.related(match, "input sentence")]))
        }
        return out
    }

    /// The input sentence the figure's words match that gives a figure of the same unit: one that
    /// shares at least `minimumShared` content words with the window around the figure and holds
    /// at least `minimumScore` of the smaller side's content words (a short list item "Revenue of
    /// $1.84 billion, up 12 percent" matches a long sentence on revenue), or, for a figure whose
    /// digits are an input figure's reordered or with one digit changed ("$1.48 billion" for
    /// "$1.84 billion", "21,450 acres" for "12,450 acres"), one that shares two content words.
    static func matchingSentence(_ window: [UInt64], unit: String, figure: Figure, index: FidelityIndex) -> Int? {
        let size = Set(window).count
        for c in index.similarSentences(window, limit: 12) {
            let theirs = index.figures(inSentence: c.sentence).filter { $0.unit == unit }
            guard !theirs.isEmpty else { continue }
            let own = index.contentCount(c.sentence)
            let score = Double(c.shared) / Double(max(1, min(size, own)))
            if c.shared >= minimumShared && score >= 0.5 { return c.sentence }
            if c.shared >= 2, theirs.contains(where: { Self.digitSlip(figure, $0) }) { return c.sentence }
        }
        return nil
    }

    /// Whether two figures of one unit differ by a slip of digits: the same digits in another
    /// order, or one digit changed, at the same scale (within a factor of ten).
    static func digitSlip(_ a: Figure, _ b: Figure) -> Bool {
        for x in a.values {
            for y in b.values where x > 0 && y > 0 && max(x, y) / min(x, y) < 10 {
                let dx = significantDigits(x), dy = significantDigits(y)
                if dx.count == dy.count, dx != dy {
                    if dx.sorted() == dy.sorted() { return true }
                    if zip(dx, dy).filter({ $0 != $1 }).count == 1 { return true }
                }
            }
        }
        return false
    }

    /// The significant digits of `x` ("1.84e9" → "184").
    static func significantDigits(_ x: Double) -> [Character] {
        var s = String(format: "%.6g", x)
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) { s = String(s[..<e]) }
        var digits = Array(s.filter(\.isNumber))
        while digits.first == "0" { digits.removeFirst() }
        while digits.last == "0" { digits.removeLast() }
        return digits
    }
}
