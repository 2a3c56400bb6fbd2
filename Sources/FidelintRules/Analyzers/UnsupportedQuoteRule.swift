import FidelintCore
import Foundation

extension Rule {
    /// The index of the article's inputs, or nil when the article has none (then the fidelity
    /// rules report nothing: the article's findings are the ones it gets without inputs).
    func fidelityIndex(_ context: RuleContext) -> FidelityIndex? {
        guard let set = context.sourceDocuments, !set.documents.isEmpty else { return nil }
        return FidelityIndex.of(set)
    }
}

/// A direct quotation of six words or more that no input holds: not verbatim once quotation
/// marks, dashes, case, apostrophes and white space are folded (`FidelityText`), nor nearly so
/// (one word spelled another way, "organisation" / "organization"). A quotation trimmed at either
/// end is supported, and so is one whose omissions ("…", "[…]", "[...]") and editor's insertions
/// ("[the council]") cut it into pieces each found in an input. The finding relates the closest
/// input passage (the window most three-word shingles align with) and says how many words differ.
///
/// Pattern source: issue 19 (fidelity to the source documents: "a quotation nobody said").
public struct UnsupportedQuoteRule: Rule {
    public init() {}

    /// Quotations shorter than this (in words) are not checked: a phrase quoted for a term.
    static let minimumWords = 6

    public let description = RuleDescription(
        identifier: "unsupported_quote", name: "Unsupported Quotation",
        summary: "A direct quotation of six or more words appears in none of the article's source documents.",
        category: .unsupportedClaim, defaultSeverity: .error,
        origin: "issue 19 (fidelity to the source documents); runs only when the article has source documents",
        triggeringExamples: [
            Example("Port Expands\n\nThe harbour master said: ↓“We looked hard at the risks, and we are certain this expansion pays for itself.”\n",
                    options: FidelityExamples.port),
            Example("Port Expands\n\n↓\"The berth will open to ships in the spring of next year,\" Lindqvist said.\n",
                    options: FidelityExamples.port),
        ],
        nonTriggeringExamples: [
            Example("Port Expands\n\n“We looked hard at the numbers — and we are confident this expansion pays for itself,” Lindqvist said.\n",
                    options: FidelityExamples.port),
            Example("Port Expands\n\nLindqvist said the board had “looked hard at the numbers, and we are confident …” before it voted.\n",
                    options: FidelityExamples.port),
            Example("Port Expands\n\n“We looked hard at the numbers […] this expansion pays for itself,” she said.\n",
                    options: FidelityExamples.port),
            Example("Port Expands\n\n“We looked hard at the risks, and we are certain this expansion pays for itself.”\n"),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] {
        guard let index = fidelityIndex(context) else { return [] }
        let prose = context.article.prose
        var out: [Finding] = []
        for q in context.article.quotationRanges {
            let pieces = FidelityText.quotationPieces(prose.utf8, q).map { FidelityText.words(prose.utf8, in: $0) }
            let total = pieces.reduce(0) { $0 + $1.count }
            guard total >= Self.minimumWords else { continue }
            var unsupported: [[FoldedWord]] = []
            for piece in pieces where piece.count >= 2 {
                let hashes = piece.map(\.hash)
                if index.contains(hashes) || nearlyContains(piece, index) { continue }
                unsupported.append(piece)
            }
            guard !unsupported.isEmpty else { continue }
            let all = pieces.flatMap { $0 }
            let hashes = all.map(\.hash)
            let marks = CharacterSet(charactersIn: "\"'“”‘’«»„‚‹› ")
            let spoken = prose.text(q).trimmingCharacters(in: marks)
            var message = "Quotation “\(TextTools.quote(spoken, limit: 90))” is in none of the source documents"
            var related: [RelatedRange] = []
            let worst = unsupported.max { $0.count < $1.count }!
            if let (start, _) = index.bestAlignment(worst.map(\.hash)) {
                let lo = max(0, start - 2), hi = min(index.words.count, start + worst.count + 2)
                let doc = index.wordDocument[start]
                let window = (lo..<hi).filter { index.wordDocument[$0] == doc }
                let shared = commonSubsequence(worst.map(\.hash), window.map { index.words[$0].hash })
                let differ = max(1, worst.count - shared)
                message += ": the closest input passage differs in \(differ) of \(worst.count) words"
                let last = min(start + worst.count - 1, (window.last ?? start))
                let a = Int(index.wordSentence[start]), b = Int(index.wordSentence[max(start, last)])
                let p = index.passage(from: a, to: b)
                related.append(RelatedRange(range: SourceRange(start: 0, end: 0), message: "closest input passage: “\(p.text)”",
                                            path: p.document.path, location: p.location))
            } else if let best = index.similarSentences(all.filter(\.isContent).map(\.hash), limit: 1).first, best.shared >= 2 {
                message += " (no input passage shares three words in a row with it)"
                related.append(index.related(best.sentence))
            } else {
                message += " (no input passage comes close)"
            }
            _ = hashes
            out.append(finding(message, at: prose.sourceRange(q), related: related))
        }
        return out
    }

    /// Whether `piece` occurs in an input with one word spelled another way (one or two letters
    /// apart in a word of five or more: British and American spellings, a typo).
    func nearlyContains(_ piece: [FoldedWord], _ index: FidelityIndex) -> Bool {
        guard piece.count >= 4, let (start, _) = index.bestAlignment(piece.map(\.hash)) else { return false }
        guard start + piece.count <= index.words.count, index.wordDocument[start] == index.wordDocument[start + piece.count - 1] else { return false }
        var differences = 0
        for k in 0..<piece.count {
            let a = piece[k].word, b = index.words[start + k].word
            guard a != b else { continue }
            differences += 1
            guard differences <= 1, a.count >= 5, b.count >= 5, TextTools.editDistance(a, b) <= 2, a.first == b.first else { return false }
        }
        return differences <= 1
    }
}

/// The inputs the fidelity rules' examples run with.
enum FidelityExamples {
    static let portRelease = """
        Harbour Authority approves Berth 9 expansion

        The Harbour Authority board on Tuesday approved the $2.6 billion expansion of Berth 9, Chair Anna Lindqvist said.
        "We looked hard at the numbers, and we are confident this expansion pays for itself," Lindqvist said.
        The work will create 1,200 construction jobs and raise capacity by 14 percent, according to the Coastline News Service.
        Chief Engineer Tomas Berg will lead the project.
        """
    static let port = LintOptions(sourceDocuments: .inline([("release.txt", portRelease)]))
}
