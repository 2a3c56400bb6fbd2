import FidelintCore

/// The same story published twice in one run (two slugs, an aggregator's copy): two articles that
/// share at least 90% of their words (`ArticleSignature.sharedWords`), estimated from MinHash
/// signatures of word 3-grams and found
/// with locality-sensitive hashing (`DuplicateArticleIndex`), so 100,000 articles are compared in
/// near-linear time, not pairwise. Reported in the later file of the run, at its first block, with
/// the other file as related location. Articles under 50 words are not compared.
///
/// Pattern source: issue 5 (aggregators publish the same story twice).
public struct DuplicateArticleRule: CrossArticleRule {
    public var threshold = 0.9

    public init() {}

    public let description = RuleDescription(
        identifier: "duplicate_article", name: "Duplicate Article",
        summary: "Two articles of the run are at least 90% the same: one story published twice.",
        category: .duplicateSection, defaultSeverity: .error,
        origin: "issue 5 (the same story under two slugs); MinHash with LSH",
        triggeringExamples: [Example(DuplicateArticleRule.story + "\u{0C}\n" + "↓" + DuplicateArticleRule.story.replacingOccurrences(of: "Monday", with: "Tuesday"))],
        nonTriggeringExamples: [Example(DuplicateArticleRule.story + "\u{0C}\n" + DuplicateArticleRule.otherStory)])

    static let story = """
    The national weather service issued an amber heat warning for six southern provinces on Sunday, with temperatures expected to reach 39C by the middle of the week.
    Hospitals have been asked to prepare extra cooling rooms for elderly patients, and schools will close early on Monday and Tuesday.
    The warning is expected to stay in place until Thursday, when a cooler air mass should arrive from the north and bring rain to the coast.
    Farmers said the heat came at the worst time for the grape harvest, which began two weeks earlier than usual after a dry summer.

    """

    static let otherStory = """
    The city council approved a new cycle lane network on Wednesday after a long debate about parking and deliveries in the old town.
    Construction will start in the western districts, where accident rates are highest, and is expected to take three years to finish.
    Shop owners in the old town said they feared losing customers who drive in from the villages around the city for their weekly shopping.
    The mayor promised a review of delivery hours before the first lanes open next spring, and a public meeting on the plans in January.

    """

    public func check(_ context: RuleContext) throws -> [Finding] { [] }

    public func check(across signatures: [ArticleSignature]) -> [(path: String, finding: ResolvedFinding)] {
        DuplicateArticleIndex.pairs(signatures, threshold: threshold).map { pair in
            let first = signatures[pair.first], second = signatures[pair.second]
            let percent = Int((pair.similarity * 100).rounded())
            let f = finding("This article is \(percent)% the same as \(first.path): the same story published twice (“\(TextTools.quote(second.anchorText, limit: 50))”)",
                            at: SourceRange(start: second.anchor.offset, end: second.anchor.endOffset))
            let resolved = ResolvedFinding(
                finding: f, path: second.path, location: second.anchor,
                related: [ResolvedRelated(path: first.path, location: first.anchor, message: "the other copy")],
                fingerprint: Fingerprint.hex(description.identifier + "\u{0}" + TextTools.normalize(second.anchorText) + "\u{0}" + first.path),
                snippet: String(second.anchorText.prefix(200)))
            return (second.path, resolved)
        }
    }
}
