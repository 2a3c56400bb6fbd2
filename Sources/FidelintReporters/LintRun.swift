import FidelintCore
import Foundation

/// Everything reporters need about one run: the rules, each file's findings and the errors of
/// files that could not be read. Files appear in the order they were given or found.
public struct LintRun: Sendable {
    /// A file that could not be linted (missing, unreadable, a folder that cannot be listed).
    public struct FileError: Sendable, Hashable {
        public var path: String
        public var message: String

        public init(path: String, message: String) {
            self.path = path
            self.message = message
        }
    }

    public var toolVersion: String
    public var rules: [RuleDescription]
    public var files: [FileResult]
    public var fileErrors: [FileError]
    /// Absolute path of the folder that URIs in SARIF are relative to (the repository root).
    public var root: String
    /// Whether the JSON report carries each file's duplicate-article signature (for `--shard`
    /// runs, so `fidelint report` can find duplicates across shards).
    public var carriesSignatures = false
    /// Absolute path of the working directory, against which relative paths are resolved.
    public var workingDirectory: String
    /// The decoded text (UTF-8) of linted files, by path, for reporters that show findings in
    /// their source context (HTML). Optional: a file missing here is shown without context.
    /// Finding offsets (`Location.offset`, `endOffset`) are UTF-8 byte offsets into this text.
    public var sources: [String: String]

    public init(toolVersion: String, rules: [RuleDescription], files: [FileResult], fileErrors: [FileError],
                root: String, workingDirectory: String, sources: [String: String] = [:]) {
        self.toolVersion = toolVersion
        self.rules = rules
        self.files = files
        self.fileErrors = fileErrors
        self.root = root
        self.workingDirectory = workingDirectory
        self.sources = sources
    }

    /// All findings, in file order, then line, column and rule id.
    public var findings: [ResolvedFinding] { files.flatMap(\.findings) }

    /// Number of findings at each severity.
    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

    /// Messages of rules that gave up on a file, with the file's path.
    public var ruleErrors: [FileError] {
        files.flatMap { file in file.errors.map { FileError(path: file.path, message: $0) } }
    }

    /// Whether some finding is at or above `threshold` (`nil`: never).
    public func fails(at threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return findings.contains { $0.severity >= threshold }
    }

    /// The rule's description, when the run knows the rule.
    public func rule(_ identifier: String) -> RuleDescription? { rules.first { $0.identifier == identifier } }

    /// The path to show to people and CI systems: relative to `root` when inside it, else as given.
    public func displayPath(_ path: String) -> String { relativePath(path) ?? path }

    /// `path` relative to `root` with `/` separators, or `nil` when it is outside the root or is
    /// standard input.
    public func relativePath(_ path: String) -> String? {
        guard path != "-" else { return nil }
        let absolute = path.hasPrefix("/") ? path : (workingDirectory as NSString).appendingPathComponent(path)
        let standardized = (absolute as NSString).standardizingPath
        let base = root.hasSuffix("/") ? root : root + "/"
        guard standardized.hasPrefix(base) else { return nil }
        return String(standardized.dropFirst(base.count))
    }

    /// Absolute, standardized path of `path`.
    public func absolutePath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : (workingDirectory as NSString).appendingPathComponent(path)
        return (absolute as NSString).standardizingPath
    }
}

/// How a report is presented, apart from the run itself.
public struct ReportOptions: Sendable {
    /// ANSI colour (text format only). The CLI decides it from `--color`, `NO_COLOR` and whether
    /// the stream written is a terminal.
    public var color: Bool
    /// The gate: the lowest severity that fails the run (`nil`: never fails). Reports that show a
    /// verdict (Markdown, HTML, JUnit) use it.
    public var failOn: Severity?

    public init(color: Bool = false, failOn: Severity? = .error) {
        self.color = color
        self.failOn = failOn
    }
}

/// An output format. Each reporter is one small type that turns a `LintRun` into text.
public protocol Reporter {
    /// The `--format` value.
    static var identifier: String { get }
    /// One line for help text.
    static var summary: String { get }
    /// The whole report. Pure: it reads nothing but `run` and `options`.
    static func report(_ run: LintRun, options: ReportOptions) -> String
}

extension Reporter {
    /// The report with default options (no colour, gate at `error`).
    public static func report(_ run: LintRun) -> String { report(run, options: ReportOptions()) }
}

/// The reporters, by identifier.
public enum Reporters {
    public static var all: [any Reporter.Type] {
        [TextReporter.self, JSONReporter.self, SARIFReporter.self, GitHubReporter.self, GitLabReporter.self,
         JUnitReporter.self, CheckstyleReporter.self, MarkdownReporter.self, HTMLReporter.self]
    }

    public static func reporter(named identifier: String) -> (any Reporter.Type)? {
        all.first { $0.identifier == identifier }
    }
}

extension JSONEncoder {
    /// Sorted keys, no escaped slashes: byte-for-byte stable output.
    static var stable: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return e
    }
}
