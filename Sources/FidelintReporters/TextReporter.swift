import FidelintCore

/// Human-readable output, one finding per line in the form compilers and editors understand:
///
///     path:line:column: severity: message [rule-id]
///       path:line:column: note: related message
///
/// followed by a summary line. Columns are 1-based UTF-16 code units, as in JSON and SARIF.
public enum TextReporter: Reporter {
    public static let identifier = "text"
    public static let summary = "path:line:column: severity: message [rule-id], one finding per line"

    public static func report(_ run: LintRun) -> String {
        var out = ""
        for f in run.findings {
            out += "\(escape(f.path)):\(f.location.line):\(f.location.column): \(f.severity.rawValue): \(f.message) [\(f.ruleId)]\n"
            for r in f.related {
                out += "  \(escape(r.path)):\(r.location.line):\(r.location.column): note: \(r.message)\n"
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

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    /// Control characters in a path (a newline in a file name) are escaped, so one finding is
    /// always one line.
    static func escape(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return path }
        return path.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
    }
}
