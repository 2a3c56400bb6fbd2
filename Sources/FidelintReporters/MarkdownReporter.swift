import FidelintCore

/// A Markdown summary for people (pull-request comments, GitHub's job summary):
///
/// ```
/// ## fidelint: fail (--fail-on error)
/// **21 findings** (12 errors, 9 warnings, 0 notes) in 1 file.
/// ### By category      (table: category, findings; all seven categories)
/// ### By rule          (table: rule, category, findings; most findings first)
/// ### Worst files      (table: file, errors, warnings, notes; most errors first, at most 10)
/// ### Findings         (per file: "- **error** line 2, column 1: message `ad_label`")
/// ```
///
/// The verdict is `pass` when no finding reaches the gate (`--fail-on`) and every file was read.
/// Lines are 1-based, columns 1-based UTF-16 code units. Text from articles and paths is escaped
/// (backslash escapes for Markdown punctuation, no raw HTML), so a quoted `*` or `<script>` shows
/// as written. At most `findingLimit` findings are listed (GitHub caps a job summary at 1 MiB);
/// the counts always cover all of them.
public enum MarkdownReporter: Reporter {
    public static let identifier = "markdown"
    public static let summary = "a Markdown summary: verdict, counts by category and rule, worst files, findings"

    /// How many findings are listed one by one.
    public static let findingLimit = 1000

    public static func report(_ run: LintRun, options: ReportOptions) -> String {
        let tally = RunTally(run)
        let (passed, gate) = options.verdict(run)
        let total = run.findings.count
        var out = "## fidelint: \(passed ? "✅ pass" : "❌ fail") (`\(gate)`)\n\n"
        out += "**\(TextReporter.plural(total, "finding"))** (\(TextReporter.plural(run.count(.error), "error")), "
            + "\(TextReporter.plural(run.count(.warning), "warning")), \(TextReporter.plural(run.count(.note), "note"))) "
            + "in \(TextReporter.plural(run.files.count, "file")).\n"
        let problems = run.fileErrors + run.ruleErrors
        if !problems.isEmpty {
            out += "\n**\(TextReporter.plural(problems.count, "problem")) stopped the run from being complete:**\n\n"
            out += problems.map { "- \(escape($0.path)): \(escape($0.message))\n" }.joined()
        }
        out += "\n### By category\n\n| category | findings |\n|---|---:|\n"
        out += tally.byCategory.map { "| \($0.0.rawValue) | \($0.1) |\n" }.joined()
        if !tally.byRule.isEmpty {
            out += "\n### By rule\n\n| rule | category | findings |\n|---|---|---:|\n"
            out += tally.byRule.map { id, n in "| `\(id)` | \(run.rule(id)?.category.rawValue ?? "") | \(n) |\n" }.joined()
        }
        let worst = tally.worstFiles
        if !worst.isEmpty {
            out += "\n### Worst files\n\n| file | errors | warnings | notes |\n|---|---:|---:|---:|\n"
            out += worst.prefix(10).map { "| \(escape($0.path)) | \($0.error) | \($0.warning) | \($0.note) |\n" }.joined()
        }
        if total > 0 {
            out += "\n### Findings\n"
            var listed = 0
            for file in run.files where !file.findings.isEmpty && listed < findingLimit {
                out += "\n**\(escape(file.path))**\n\n"
                for f in file.findings.prefix(findingLimit - listed) {
                    out += "- **\(f.severity.rawValue)** line \(f.location.line), column \(f.location.column): \(escape(f.message)) `\(f.ruleId)`\n"
                    listed += 1
                }
            }
            if total > listed { out += "\n… and \(total - listed) more findings (see the full report).\n" }
        }
        return out
    }

    /// Text shown as written: ASCII punctuation that Markdown (CommonMark, GFM) could read as
    /// markup is backslash-escaped, and line breaks become spaces.
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\u{2028}", "\u{2029}": out += " "
            case "\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "(", ")", "#", "+", "-", "!", "|", "~", "&", ":", "@":
                out += "\\" + String(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
