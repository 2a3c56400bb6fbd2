import FidelintCore

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

    public func check(_ context: RuleContext) throws -> [Finding] {
        let source = context.article.source
        let bytes = source.utf8
        let invalid = Set(source.invalidByteOffsets)
        var out: [Finding] = []
        var i = 0
        while i + 2 < bytes.count {
            guard bytes[i] == 0xEF, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBD else { i += 1; continue }
            var end = i + 3
            while end + 2 < bytes.count, bytes[end] == 0xEF, bytes[end + 1] == 0xBF, bytes[end + 2] == 0xBD { end += 3 }
            let count = (end - i) / 3
            let range = SourceRange(start: i, end: end)
            let context = TextTools.quote(source.text(SourceRange(start: max(0, i - 20), end: min(bytes.count, end + 20))), limit: 60)
            if invalid.contains(i) {
                out.append(finding("\(count) byte\(count == 1 ? " is" : "s are") not valid UTF-8 near “\(context)”: the file is in another encoding or was damaged", at: range))
            } else {
                out.append(finding("\(count) replacement character\(count == 1 ? "" : "s") (U+FFFD) near “\(context)”: characters were lost when the text was converted", at: range))
            }
            i = end
        }
        return out
    }
}
