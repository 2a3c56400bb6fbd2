/// How serious a finding is. Ordered `note < warning < error`; the CLI's `--fail-on` compares with it.
public enum Severity: String, Sendable, CaseIterable, Comparable, Codable {
    case note, warning, error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// The kind of content-fidelity defect. These identifiers are part of the output format.
public enum Category: String, Sendable, CaseIterable, Codable {
    /// Chat lead-ins, sign-offs, self-references, refusals, template slots, citation tokens, fences.
    case assistantResidue = "assistant-residue"
    /// The same role bound to different people, or one person spelled two ways.
    case nameInconsistency = "name-inconsistency"
    /// A block or run of blocks published twice.
    case duplicateSection = "duplicate-section"
    /// A table row with fewer cells than its header, or a table whose cells lost their delimiters.
    case truncatedTable = "truncated-table"
    /// Text that stops mid-sentence.
    case truncatedText = "truncated-text"
    /// An attribution to a published source with no link to it.
    case missingSource = "missing-source"
    /// Page chrome from a scraper: ad labels, widgets, e-mail obfuscation, aggregator footers.
    case scraperResidue = "scraper-residue"
    /// An inline suppression that suppresses nothing or gives no reason (about fidelint's own
    /// comments, not the article).
    case suppression = "suppression"
    /// A quotation, person, figure or outlet the article's source documents do not support (only
    /// for articles with source documents: `SourceDocumentSet`).
    case unsupportedClaim = "unsupported-claim"
    /// The file itself could not be fully read (front matter that is not valid YAML): about the
    /// input, not a defect of the article's text.
    case input = "input"
}

/// A second place in a file (or in another file) that explains a finding: the first copy of a
/// duplicate, the mentions a name conflicts with.
public struct RelatedRange: Hashable, Sendable, Codable {
    public var range: SourceRange
    public var message: String
    /// `nil` means the finding's own file.
    public var path: String?
    /// For a place in another file (`path` set): its resolved location there (a source document's
    /// passage), since the linter has only the finding's own file to resolve `range` in; `nil`
    /// reports line 1.
    public var location: Location?

    public init(range: SourceRange, message: String, path: String? = nil, location: Location? = nil) {
        self.range = range
        self.message = message
        self.path = path
        self.location = location
    }
}

/// What a rule reports: a byte range in the decoded text, never a line or column.
public struct Finding: Hashable, Sendable, Codable {
    public var ruleId: String
    public var category: Category
    public var severity: Severity
    /// One sentence, no trailing period, quoting the offending text.
    public var message: String
    public var range: SourceRange
    public var related: [RelatedRange]
    /// The safe repair, when the rule declares one (`RuleDescription.repair`) and it applies
    /// here; set by the linter, not by rules.
    public var fix: Fix?

    public init(ruleId: String, category: Category, severity: Severity, message: String,
                range: SourceRange, related: [RelatedRange] = [], fix: Fix? = nil) {
        self.fix = fix
        self.ruleId = ruleId
        self.category = category
        self.severity = severity
        self.message = message
        self.range = range
        self.related = related
    }
}

/// A related location with its line and column resolved.
public struct ResolvedRelated: Hashable, Sendable, Codable {
    public var path: String
    public var location: Location
    public var message: String

    public init(path: String, location: Location, message: String) {
        self.path = path
        self.location = location
        self.message = message
    }
}

/// A finding with its position resolved once, ready for reporters.
public struct ResolvedFinding: Hashable, Sendable, Codable {
    public var finding: Finding
    /// The path as the user named it (or as found while walking a folder).
    public var path: String
    public var location: Location
    public var related: [ResolvedRelated]
    /// Line-independent identity of the finding: 16 hex digits from the rule id, the normalized
    /// offending text and its ordinal among identical (rule, text) pairs in the file.
    public var fingerprint: String
    /// The offending text, as it stands in the file (at most 200 characters).
    public var snippet: String
    /// The finding's safe repair with its edits' positions resolved, or `nil`.
    public var fix: ResolvedFix?

    public init(finding: Finding, path: String, location: Location, related: [ResolvedRelated], fingerprint: String, snippet: String,
                fix: ResolvedFix? = nil) {
        self.fix = fix
        self.finding = finding
        self.path = path
        self.location = location
        self.related = related
        self.fingerprint = fingerprint
        self.snippet = snippet
    }

    public var ruleId: String { finding.ruleId }
    public var category: Category { finding.category }
    public var severity: Severity { finding.severity }
    public var message: String { finding.message }
}

extension ResolvedFinding {
    /// The order findings are reported in within a file: line, column, rule id, end, message.
    public func precedes(_ other: ResolvedFinding) -> Bool {
        (location.line, location.column, ruleId, location.endOffset, message)
            < (other.location.line, other.location.column, other.ruleId, other.location.endOffset, other.message)
    }
}
