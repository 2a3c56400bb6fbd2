import FidelintCore

/// Checkstyle XML, the format many CI tools and code-review bots read (Jenkins Warnings NG,
/// reviewdog, Danger, SonarQube's external issues):
///
/// ```
/// <?xml version="1.0" encoding="UTF-8"?>
/// <checkstyle version="4.3">
///   <file name="articles/a.txt">
///     <error line="2" column="1" severity="error" message="Ad-slot label …" source="fidelint.ad_label"/>
///   </file>
///   <file name="articles/clean.txt"/>
/// </checkstyle>
/// ```
///
/// Every linted file is listed (in run order), also those without findings. `line` is 1-based,
/// `column` 1-based in UTF-16 code units; severity `error`, `warning`, or `info` (for a note);
/// `source` is `fidelint.` and the rule id. A file that could not be read, or a rule that gave up
/// on a file, is an `error` without line, with source `fidelint.io` or `fidelint.rule`.
public enum CheckstyleReporter: Reporter {
    public static let identifier = "checkstyle"
    public static let summary = "Checkstyle XML (<checkstyle version=\"4.3\">) for CI tools and review bots"

    public static func report(_ run: LintRun, options: ReportOptions) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        func file(_ path: String, _ errors: [String]) {
            let name = Markup.escape(path)
            out += errors.isEmpty ? "  <file name=\"\(name)\"/>\n" : "  <file name=\"\(name)\">\n" + errors.joined() + "  </file>\n"
        }
        for f in run.files {
            file(f.path, f.findings.map { x in
                "    <error line=\"\(x.location.line)\" column=\"\(x.location.column)\" severity=\"\(severity(x.severity))\" "
                    + "message=\"\(Markup.escape(x.message))\" source=\"fidelint.\(Markup.escape(x.ruleId))\"/>\n"
            } + f.errors.map { "    <error severity=\"error\" message=\"\(Markup.escape($0))\" source=\"fidelint.rule\"/>\n" })
        }
        for e in run.fileErrors {
            file(e.path, ["    <error severity=\"error\" message=\"\(Markup.escape(e.message))\" source=\"fidelint.io\"/>\n"])
        }
        return out + "</checkstyle>\n"
    }

    /// Checkstyle's severity for ours.
    public static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "info"
        }
    }
}
