/// A rule example: an article text in which each `↓` marks where a finding must start (triggering
/// examples) or that must produce no finding at all (non-triggering examples). Examples are the
/// rules' tests: `RuleExamplesTests` runs every one of them.
public struct Example: Sendable, Hashable {
    public var text: String
    public var format: ArticleFormat
    /// Where the example is written (a Swift file and line, or a rule file), for test failures.
    public var origin: String
    /// Lint options the example runs with (a required suppression reason, a site domain).
    public var options: LintOptions = LintOptions()

    public init(_ text: String, format: ArticleFormat = .plain, options: LintOptions = LintOptions(),
                file: StaticString = #fileID, line: UInt = #line) {
        self.text = text
        self.format = format
        self.options = options
        self.origin = "\(file):\(line)"
    }

    public init(_ text: String, format: ArticleFormat, origin: String) {
        self.text = text
        self.format = format
        self.origin = origin
    }

    /// The marker for an expected finding start.
    public static let marker = "↓"

    /// The example's text without markers, and the UTF-8 offsets where markers stood.
    public var stripped: (text: String, markers: [Int]) {
        var out = ""
        var markers: [Int] = []
        for ch in text {
            if String(ch) == Example.marker { markers.append(out.utf8.count) } else { out.append(ch) }
        }
        return (out, markers)
    }
}

/// A rule's metadata: everything the `rules` command, SARIF `tool.driver.rules` and the example
/// tests need. Identifiers are snake_case and never renamed.
public struct RuleDescription: Sendable {
    /// snake_case identifier, unique across all rule packs (`assistant_preamble`).
    public var identifier: String
    /// Title Case name (`Assistant Lead-in`).
    public var name: String
    /// One sentence, ending with a period.
    public var summary: String
    public var category: Category
    public var defaultSeverity: Severity
    /// Where the pattern or heuristic comes from (a taxonomy section, a public report, a tool).
    public var origin: String
    /// `builtin` for Swift analyzers, else the rule pack's folder name.
    public var pack: String
    public var triggeringExamples: [Example]
    public var nonTriggeringExamples: [Example]
    /// Options the rule reads (whole numbers), with their defaults: `key → default`.
    public var options: [String: Int]
    /// The rule's documentation page (`docs/rules/RULE.md` for the shipped rules, set by the
    /// command line; nil for a rule of a user's own pack): SARIF `helpUri`, the HTML report's link.
    public var helpURI: String? = nil
    /// A general rule that yields to the specific ones: its finding is dropped where a finding of
    /// another rule of the same category overlaps the source lines it stands on (one finding per
    /// defect; YAML key `yields: true`). Default `false`.
    public var yields = false
    /// How the rule's findings are repaired by `fidelint fix`, the SARIF `fixes`, the JSON `fix`
    /// object and the editors' code actions; `nil` (the default) when a person must decide
    /// (names, sources, truncation). YAML key `repair:` (`line`, `sentence`, `token`).
    public var repair: RepairKind? = nil

    public init(identifier: String, name: String, summary: String, category: Category, defaultSeverity: Severity,
                origin: String, pack: String = "builtin", triggeringExamples: [Example], nonTriggeringExamples: [Example],
                options: [String: Int] = [:], repair: RepairKind? = nil) {
        self.repair = repair
        self.options = options
        self.identifier = identifier
        self.name = name
        self.summary = summary
        self.category = category
        self.defaultSeverity = defaultSeverity
        self.origin = origin
        self.pack = pack
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}
