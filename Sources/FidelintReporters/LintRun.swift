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
    /// Absolute path of the working directory, against which relative paths are resolved.
    public var workingDirectory: String

    public init(toolVersion: String, rules: [RuleDescription], files: [FileResult], fileErrors: [FileError],
                root: String, workingDirectory: String) {
        self.toolVersion = toolVersion
        self.rules = rules
        self.files = files
        self.fileErrors = fileErrors
        self.root = root
        self.workingDirectory = workingDirectory
    }

    /// All findings, in file order, then line, column and rule id.
    public var findings: [ResolvedFinding] { files.flatMap(\.findings) }

    /// Number of findings at each severity.
    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

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

/// An output format. Each reporter is one small type that turns a `LintRun` into text.
public protocol Reporter {
    /// The `--format` value.
    static var identifier: String { get }
    /// One line for help text.
    static var summary: String { get }
    static func report(_ run: LintRun) -> String
}

/// The reporters, by identifier.
public enum Reporters {
    public static var all: [any Reporter.Type] { [TextReporter.self, JSONReporter.self, SARIFReporter.self] }

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
