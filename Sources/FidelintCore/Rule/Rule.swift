/// One rule, declarative (a YAML pattern rule) or built in (a Swift analyzer). Rules read the
/// article model and return findings with byte ranges; they never compute lines or columns.
public protocol Rule: Sendable {
    var description: RuleDescription { get }
    /// Whether the rule compares articles across files (`CrossArticleRule`); a requirement, so
    /// that asking costs no dynamic cast (the first cast to a protocol scans every conformance
    /// of the binary: start-up time, issue 16).
    var comparesArticles: Bool { get }
    /// Checks one article.
    /// - Throws: `RuleError` when the rule cannot finish on this article (a regex hit its match
    ///   limit); the linter reports it for this file and rule and goes on.
    func check(_ context: RuleContext) throws -> [Finding]
}

extension Rule {
    public var identifier: String { description.identifier }

    public var comparesArticles: Bool { false }

    /// A finding of this rule with its default severity.
    public func finding(_ message: String, at range: SourceRange, related: [RelatedRange] = []) -> Finding {
        Finding(ruleId: description.identifier, category: description.category,
                severity: description.defaultSeverity, message: message, range: range, related: related)
    }
}

/// A rule that compares the articles of one run with each other (the same story published twice
/// under two slugs). Its per-article `check` finds nothing; `check(across:)` runs once per run.
public protocol CrossArticleRule: Rule {
    /// Findings about the articles of a run, each for the file at `path`.
    func check(across signatures: [ArticleSignature]) -> [(path: String, finding: ResolvedFinding)]
}

extension CrossArticleRule {
    public var comparesArticles: Bool { true }
}

/// A rule that could not finish on one file.
public struct RuleError: Error, Sendable, CustomStringConvertible {
    public var ruleId: String
    public var message: String

    public init(ruleId: String, message: String) {
        self.ruleId = ruleId
        self.message = message
    }

    public var description: String { "rule '\(ruleId)' aborted: \(message)" }
}

/// What a view masks before a rule reads it.
public struct MaskSet: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// Quoted speech and block quotes.
    public static let quotations = MaskSet(rawValue: 1)
    /// Code blocks and inline code.
    public static let code = MaskSet(rawValue: 2)
}

/// Per-file state shared by the rules checking one article: the article, lint options and the
/// masked prose views, each built at most once. Not shared between threads.
public final class RuleContext {
    public let article: Article
    public let options: LintOptions
    /// The documents the article was written from (`SourceDocumentSet.inputs(of:options:)`), or
    /// `nil` when it has none: the fidelity rules then report nothing.
    public let sourceDocuments: SourceDocumentSet?
    private var views: [MaskSet: TextView] = [:]
    private var shared: [String: Any] = [:]

    public init(article: Article, options: LintOptions = LintOptions(), sourceDocuments: SourceDocumentSet? = nil) {
        self.article = article
        self.options = options
        self.sourceDocuments = sourceDocuments
    }

    /// A value computed once per article and shared by the rules that need it (the name index
    /// read by every name rule), stored under `key`.
    /// - Throws: what `make` throws; nothing is stored then.
    public func shared<T>(_ key: String, _ make: () throws -> T) throws -> T {
        if let v = shared[key] as? T { return v }
        let v = try make()
        shared[key] = v
        return v
    }

    /// The prose view with `masks` blanked out (same length and offset map as `article.prose`).
    public func view(masking masks: MaskSet) -> TextView {
        if let v = views[masks] { return v }
        var ranges: [Range<Int>] = []
        if masks.contains(.quotations) { ranges += article.quotationRanges }
        if masks.contains(.code) { ranges += article.codeRanges }
        let v = article.prose.masking(ranges)
        views[masks] = v
        return v
    }
}

/// Options that change what rules report, independent of output.
public struct LintOptions: Sendable, Hashable {
    /// The article's date (ISO 8601 `YYYY-MM-DD`) when the article itself does not say.
    public var articleDate: String?
    /// HTML: lint the whole page, page chrome (menus, sidebars, footers) included, not only the
    /// article region.
    public var wholePage: Bool
    /// Rule options by rule id and key (`duplicate_section` → `min_run_words` → 15), already
    /// validated against the rule's `RuleDescription.options`.
    public var ruleOptions: [String: [String: Int]]
    /// The publishing site's own domain ("example-news.com", lowercase, no `www.`): a link there is
    /// not an external source.
    public var siteDomain: String?
    /// Whether an inline suppression must give a reason (`-- why`); one without is reported.
    public var requireSuppressionReason: Bool

    /// At most this many findings of one rule in one file; the rest become one summary finding
    /// ("N more findings …"). Bounds the output of a file that is garbage for some rule.
    public var maxFindingsPerRule: Int

    /// Source documents of every article of the run (`--source-documents`), besides each
    /// article's own (front matter `source_documents:`, an `ARTICLE.sources/` folder).
    public var sourceDocuments: SourceDocumentSet?
    /// The string field of a JSON or JSONL input that holds its text (`--source-text-field`).
    public var sourceTextField: String

    public init(articleDate: String? = nil, wholePage: Bool = false, ruleOptions: [String: [String: Int]] = [:],
                siteDomain: String? = nil, requireSuppressionReason: Bool = false, maxFindingsPerRule: Int = 100,
                sourceDocuments: SourceDocumentSet? = nil, sourceTextField: String = "text") {
        self.sourceDocuments = sourceDocuments
        self.sourceTextField = sourceTextField
        self.maxFindingsPerRule = max(1, maxFindingsPerRule)
        self.requireSuppressionReason = requireSuppressionReason
        self.articleDate = articleDate
        self.wholePage = wholePage
        self.ruleOptions = ruleOptions
        self.siteDomain = siteDomain.map { d in
            let h = d.lowercased()
            return h.hasPrefix("www.") ? String(h.dropFirst(4)) : h
        }
    }

    /// The value of a rule option, or `fallback`.
    public func option(_ rule: String, _ key: String, default fallback: Int) -> Int {
        ruleOptions[rule]?[key] ?? fallback
    }
}
