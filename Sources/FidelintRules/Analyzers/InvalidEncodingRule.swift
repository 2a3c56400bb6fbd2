import FidelintCore
import Foundation

/// Text damaged on its way to the page: bytes that are not valid UTF-8 (the file is in another
/// encoding, or was cut mid-character), and U+FFFD replacement characters already in the text,
/// where a converter lost characters. Each run of replaced characters is one finding; the rest of
/// the file is still linted.
///
/// Pattern source: `../shared/NOTES-C-LIBRARIES.md` §2.3 (invalid bytes turned into U+FFFD) and
/// the scrapers' mojibake reports collected in `../shared/cases/TAXONOMY.md` (out-of-scope list).
public struct InvalidEncodingRule: Rule {
    public init() {}

    public let description = RuleDescription(
        identifier: "invalid_encoding", name: "Invalid Encoding",
        summary: "Bytes that are not valid UTF-8, or U+FFFD replacement characters, damage the text.",
        category: .scraperResidue, defaultSeverity: .warning,
        origin: "NOTES-C-LIBRARIES §2.3 (invalid bytes become U+FFFD); scraper mojibake",
        triggeringExamples: [
            Example("The caf↓\u{FFFD} reopened on Monday.\n"),
            Example("Prices rose ↓\u{FFFD}\u{FFFD}\u{FFFD} percent, the office said.\n"),
        ],
        nonTriggeringExamples: [
            Example("The café reopened on Monday — prices rose 4 percent.\n"),
        ])

    /// U+FFFD in UTF-8.
    static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

    public func check(_ context: RuleContext) throws -> [Finding] {
        let article = context.article
        let source = article.source
        var out: [Finding] = []
        // Bytes that were not valid UTF-8: anywhere in the file, for the file's encoding is wrong.
        var invalidRuns: [SourceRange] = []
        for offset in source.invalidByteOffsets {
            if let last = invalidRuns.last, last.end == offset { invalidRuns[invalidRuns.count - 1].end = offset + 3 } else {
                invalidRuns.append(SourceRange(start: offset, end: offset + 3))
            }
        }
        // Past the linter's per-rule limit findings are only counted (garbage input has hundreds of
        // thousands of runs): the message with its excerpt is made for the ones shown.
        let shown = context.options.maxFindingsPerRule + 1
        for run in invalidRuns {
            let count = run.length / 3
            if out.count >= shown { out.append(finding("", at: run)); continue }
            out.append(finding("\(count) byte\(count == 1 ? " is" : "s are") not valid UTF-8 near “\(Self.context(source.text(SourceRange(start: max(0, run.start - 40), end: min(source.utf8.count, run.end + 40)))))”: the file is in another encoding or was damaged",
                               at: run))
        }
        // U+FFFD already in the text: only in prose (a damaged meta tag or script is not read).
        let view = article.prose.utf8
        var i = 0
        var nextInvalid = 0   // invalidRuns is in source order, and so are the prose's runs: one pass
        while i + 2 < view.count {
            guard let at = ByteText.find(Self.replacementCharacter, in: view, from: i) else { break }
            i = at
            var end = i + 3
            while end + 2 < view.count, view[end] == 0xEF, view[end + 1] == 0xBF, view[end + 2] == 0xBD { end += 3 }
            let range = article.prose.sourceRange(i..<end)
            while nextInvalid < invalidRuns.count, invalidRuns[nextInvalid].end <= range.start { nextInvalid += 1 }
            if !(nextInvalid < invalidRuns.count && invalidRuns[nextInvalid].overlaps(range)) {
                let count = (end - i) / 3
                if out.count >= shown { out.append(finding("", at: range)); i = end; continue }
                let around = article.prose.text(max(0, i - 40)..<min(view.count, end + 40))
                out.append(finding("\(count) replacement character\(count == 1 ? "" : "s") (U+FFFD) near “\(Self.context(around))”: characters were lost when the text was converted",
                                   at: range))
            }
            i = end
        }
        return out
    }

    /// A short, whole-character excerpt (the cut may fall inside a multi-byte character).
    static func context(_ text: String) -> String {
        let clean = text.unicodeScalars.drop { $0.properties.generalCategory == .unassigned }
        return TextTools.quote(String(String.UnicodeScalarView(clean)).trimmingCharacters(in: .whitespacesAndNewlines), limit: 50)
    }
}
