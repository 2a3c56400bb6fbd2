import FidelintCore

/// GitHub Actions workflow commands, which the runner turns into annotations on the pull request:
///
///     ::error file=articles/a.txt,line=2,col=1,endLine=2,endColumn=14,title=fidelint ad_label::Ad-slot label…
///
/// Severity `error` → `::error`, `warning` → `::warning`, `note` → `::notice`. Paths are relative to
/// the repository root (as GitHub expects); lines are 1-based, `col`/`endColumn` 1-based UTF-16
/// code units with `endColumn` exclusive, and both columns are left out when the finding spans
/// lines (GitHub accepts columns only on a one-line annotation). Related locations are appended to
/// the message, one per line. Values are escaped exactly as `@actions/core` (`command.ts`) does:
/// the message `%`→`%25`, CR→`%0D`, LF→`%0A`; property values also `:`→`%3A`, `,`→`%2C`.
/// Files that could not be read and rules that gave up are `::error` commands with only `file`.
/// The last line is the text format's summary. The job summary (Markdown) is written by the CLI
/// to `$GITHUB_STEP_SUMMARY` (see `MarkdownReporter`).
public enum GitHubReporter: Reporter {
    public static let identifier = "github"
    public static let summary = "GitHub Actions workflow commands (annotations), plus a job summary in $GITHUB_STEP_SUMMARY"

    public static func report(_ run: LintRun, options: ReportOptions) -> String {
        var out = ""
        for f in run.findings {
            var properties: [(String, String)] = []
            if f.path != "-" { properties.append(("file", run.displayPath(f.path))) }
            let l = f.location
            properties.append(("line", "\(l.line)"))
            if l.line == l.endLine { properties.append(("col", "\(l.column)")) }
            properties.append(("endLine", "\(l.endLine)"))
            if l.line == l.endLine { properties.append(("endColumn", "\(max(l.endColumn, l.column))")) }
            properties.append(("title", "fidelint \(f.ruleId) (\(f.category.rawValue))"))
            var message = f.message + " [\(f.ruleId)]"
            for r in f.related {
                message += "\n\(run.displayPath(r.path)):\(r.location.line):\(r.location.column): \(r.message)"
            }
            out += command(command(for: f.severity), properties, message)
        }
        for e in run.fileErrors + run.ruleErrors {
            out += command("error", e.path == "-" ? [] : [("file", run.displayPath(e.path))], "\(e.path): \(e.message)")
        }
        let text = TextReporter.report(run, options: ReportOptions(color: false, failOn: options.failOn))
        return out + (text.split(separator: "\n").last.map { String($0) + "\n" } ?? "")
    }

    /// The workflow command for a severity.
    public static func command(for severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
    }

    /// `::name key=value,…::message` and a newline, escaped as `@actions/core` does.
    /// Control characters other than the line breaks `escapeData` encodes are escaped first
    /// (`TerminalText.safe`, line by line): the log is shown on a terminal-like viewer.
    public static func command(_ name: String, _ properties: [(String, String)], _ message: String) -> String {
        let props = properties.map { "\($0.0)=\(escapeProperty(TerminalText.safe($0.1)))" }.joined(separator: ",")
        let safeMessage = message.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.safe(String($0)) }.joined(separator: "\n")
        return "::\(name)\(props.isEmpty ? "" : " " + props)::\(escapeData(safeMessage))\n"
    }

    /// `escapeData` of `@actions/core`: `%`, CR and LF.
    public static func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// `escapeProperty` of `@actions/core`: `escapeData` plus `:` and `,`.
    public static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
