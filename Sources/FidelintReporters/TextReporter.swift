import FidelintCore

/// Human-readable output, one finding per line in the form compilers and editors understand:
///
///     path:line:column: severity: message [rule-id]
///       path:line:column: note: related message
///
/// followed by a summary line. Columns are 1-based UTF-16 code units, as in JSON and SARIF.
/// With `options.color`, the location is bold, the severity red (error), yellow (warning) or cyan
/// (note) and the rule id dim (ANSI SGR codes); the characters are otherwise the same.
public enum TextReporter: Reporter {
    public static let identifier = "text"
    public static let summary = "path:line:column: severity: message [rule-id], one finding per line"

    public static func report(_ run: LintRun, options: ReportOptions) -> String {
        var out = ""
        let paint = options.color ? Self.paint : { _, text in text }
        for f in run.findings {
            out += paint(.bold, "\(escape(f.path)):\(f.location.line):\(f.location.column):") + " "
                + paint(Style(f.severity), "\(f.severity.rawValue):") + " \(f.message) " + paint(.dim, "[\(f.ruleId)]") + "\n"
            for r in f.related {
                out += "  " + paint(.bold, "\(escape(r.path)):\(r.location.line):\(r.location.column):") + " "
                    + paint(.note, "note:") + " \(r.message)\n"
            }
        }
        let files = run.files.count
        let total = run.findings.count
        out += "\(plural(total, "finding")) (\(plural(run.count(.error), "error")), \(plural(run.count(.warning), "warning")), \(plural(run.count(.note), "note"))) in \(plural(files, "file"))"
        if !run.fileErrors.isEmpty { out += "; \(plural(run.fileErrors.count, "path")) could not be read" }
        let ruleErrors = run.files.reduce(0) { $0 + $1.errors.count }
        if ruleErrors > 0 { out += "; \(plural(ruleErrors, "rule")) gave up (see standard error)" }
        return out + "\n"
    }

    /// ANSI SGR styles.
    enum Style: String {
        case bold = "1", dim = "2", error = "1;31", warning = "1;33", note = "1;36"
        init(_ severity: Severity) {
            switch severity {
            case .error: self = .error
            case .warning: self = .warning
            case .note: self = .note
            }
        }
    }

    static func paint(_ style: Style, _ text: String) -> String { "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    /// Control characters in a path (a newline in a file name) are escaped, so one finding is
    /// always one line.
    static func escape(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return path }
        return path.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
    }
}
