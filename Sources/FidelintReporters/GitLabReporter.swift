import FidelintCore
import Foundation

/// GitLab Code Quality report (`artifacts: reports: codequality:`): one JSON array, no BOM, keys
/// sorted:
///
/// ```
/// [{
///   "description": "Ad-slot label scraped into the article: “ADVERTISEMENT” [ad_label]",
///   "check_name": "ad_label",
///   "fingerprint": "5a1c…",          // 32 hex digits, unique per finding across files
///   "severity": "major",             // error → major, warning → minor, note → info
///   "categories": ["scraper-residue"],
///   "location": {"path": "articles/a.txt",            // relative to the repository root
///                "positions": {"begin": {"line": 2, "column": 1}, "end": {"line": 2, "column": 14}}}
/// }]
/// ```
///
/// Lines are 1-based, columns 1-based UTF-16 code units (`end.column` exclusive). The fingerprint
/// joins the path and the finding's line-independent fingerprint, so it survives edits elsewhere
/// in the file. Findings on standard input use the path `stdin`. Files that could not be read
/// have no line to point at and are left out (they make the run exit 2).
public enum GitLabReporter: Reporter {
    public static let identifier = "gitlab"
    public static let summary = "GitLab Code Quality JSON (artifacts: reports: codequality)"

    struct Issue: Encodable {
        var description, check_name, fingerprint, severity: String
        var categories: [String]
        var location: Location
    }

    struct Location: Encodable {
        var path: String
        var positions: Positions
    }

    struct Positions: Encodable { var begin, end: Position }
    struct Position: Encodable { var line, column: Int }

    public static func report(_ run: LintRun, options: ReportOptions) -> String {
        let issues = run.findings.map { f in
            let path = f.path == "-" ? "stdin" : run.displayPath(f.path)
            let l = f.location
            return Issue(description: f.message + " [\(f.ruleId)]", check_name: f.ruleId,
                         fingerprint: Fingerprint.hex(path + "\u{0}" + f.fingerprint) + f.fingerprint,
                         severity: severity(f.severity), categories: [f.category.rawValue],
                         location: Location(path: path, positions: Positions(begin: Position(line: l.line, column: l.column),
                                                                             end: Position(line: l.endLine, column: max(1, l.endColumn)))))
        }
        let data = (try? JSONEncoder.stable.encode(issues)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// GitLab's severity for ours.
    public static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "major"
        case .warning: "minor"
        case .note: "info"
        }
    }
}
