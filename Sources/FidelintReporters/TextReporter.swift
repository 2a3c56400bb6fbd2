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
            out += "\(f.path):\(f.location.line):\(f.location.column): \(f.severity.rawValue): \(f.message) [\(f.ruleId)]\n"
            for r in f.related {
                out += "  \(r.path):\(r.location.line):\(r.location.column): note: \(r.message)\n"
            }
        }
        for file in run.files {
            for e in file.errors { out += "\(file.path): error: \(e)\n" }
        }
        let files = run.files.count
        let total = run.findings.count
        out += "\(total) finding\(total == 1 ? "" : "s") (\(run.count(.error)) errors, \(run.count(.warning)) warnings, \(run.count(.note)) notes) in \(files) file\(files == 1 ? "" : "s")"
        if !run.fileErrors.isEmpty { out += "; \(run.fileErrors.count) file\(run.fileErrors.count == 1 ? "" : "s") could not be read" }
        return out + "\n"
    }
}
