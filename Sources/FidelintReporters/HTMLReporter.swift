import FidelintCore

/// One self-contained HTML page (inline CSS, SVG and a few lines of JS; no network access, which a
/// Content-Security-Policy `default-src 'none'` also enforces):
///
/// - a header with the verdict against the gate (`--fail-on`) and the counts;
/// - two inline-SVG bar charts: findings by category (all seven) and by rule;
/// - a table of files (findings by severity); click a column header to sort it;
/// - each finding with its severity, rule, `path:line:column` (1-based line, UTF-16 column), message,
///   related locations, and its source context: up to `contextLines` lines either side, with the
///   offending span in `<mark>`.
///
/// The context comes from `LintRun.sources` (UTF-8 text by path; the finding's `offset`/`endOffset`
/// are UTF-8 byte offsets into it). A file missing there, or whose text no longer matches the
/// finding's line, is shown without context. Long lines are cut around the span. All article text,
/// messages and paths are HTML-escaped.
public enum HTMLReporter: Reporter {
    public static let identifier = "html"
    public static let summary = "one self-contained HTML page: charts, sortable file table, findings in their source context"

    /// Lines of context shown before and after a finding.
    public static let contextLines = 2

    public static func report(_ run: LintRun, options: ReportOptions) -> String {
        let tally = RunTally(run)
        let (passed, gate) = options.verdict(run)
        let counts = "\(TextReporter.plural(run.findings.count, "finding")) (\(TextReporter.plural(run.count(.error), "error")), "
            + "\(TextReporter.plural(run.count(.warning), "warning")), \(TextReporter.plural(run.count(.note), "note"))) "
            + "in \(TextReporter.plural(run.files.count, "file"))"
        var html = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>fidelint report: \(passed ? "pass" : "fail")</title>
        <style>\(css)</style></head><body>
        <header><h1>fidelint report</h1>
        <p class="verdict \(passed ? "pass" : "fail")">\(passed ? "PASS" : "FAIL") <span>\(e(gate))</span></p>
        <p class="counts">\(e(counts)) · fidelint \(e(run.toolVersion))</p></header>

        """
        let problems = run.fileErrors + run.ruleErrors
        if !problems.isEmpty {
            html += "<section class=\"problems\"><h2>Problems</h2><ul>"
                + problems.map { "<li><code>\(e($0.path))</code>: \(e($0.message))</li>" }.joined() + "</ul></section>\n"
        }
        html += "<section class=\"charts\">\n"
        html += chart("Findings by category", tally.byCategory.map { ($0.0.rawValue, $0.1, $0.0) })
        html += chart("Findings by rule", tally.byRule.map { id, n in (id, n, run.rule(id)?.category) })
        html += "</section>\n"
        html += """
        <section><h2>Files</h2><table class="sortable" id="files"><thead><tr>
        <th data-type="text" title="Sort">File</th><th data-type="num" title="Sort">Errors</th><th data-type="num" title="Sort">Warnings</th>
        <th data-type="num" title="Sort">Notes</th><th data-type="num" title="Sort">Total</th></tr></thead><tbody>

        """
        for (i, t) in tally.files.enumerated() {
            let name = t.total > 0 ? "<a href=\"#file-\(i)\">\(e(t.path))</a>" : e(t.path)
            html += "<tr><td>\(name)</td><td class=\"n\">\(t.error)</td><td class=\"n\">\(t.warning)</td><td class=\"n\">\(t.note)</td><td class=\"n\">\(t.total)</td></tr>\n"
        }
        html += "</tbody></table></section>\n<section><h2>Findings</h2>\n"
        if run.findings.isEmpty { html += "<p>No findings.</p>\n" }
        let helpURIs = Dictionary(run.rules.compactMap { d in d.helpURI.map { (d.identifier, $0) } }, uniquingKeysWith: { a, _ in a })
        for (i, file) in run.files.enumerated() where !file.findings.isEmpty {
            let bytes = run.sources[file.path].map { Array($0.utf8) }
            let index = bytes.map { LineIndex(utf8: $0) }
            html += "<section class=\"file\" id=\"file-\(i)\"><h3>\(e(file.path))</h3>\n"
            for f in file.findings {
                html += "<article class=\"finding \(f.severity.rawValue)\"><p class=\"head\"><span class=\"badge \(f.severity.rawValue)\">\(f.severity.rawValue)</span> "
                    + (helpURIs[f.ruleId].map { "<a class=\"rule\" href=\"\(e($0))\"><code>\(e(f.ruleId))</code></a>" } ?? "<code class=\"rule\">\(e(f.ruleId))</code>")
                    + " <span class=\"cat\">\(f.category.rawValue)</span> "
                    + "<span class=\"loc\">\(e(f.path)):\(f.location.line):\(f.location.column)</span></p>\n"
                    + "<p class=\"msg\">\(e(f.message))</p>\n"
                if let bytes, let index, let context = context(f.location, bytes: bytes, index: index) { html += context }
                // A claim the source documents do not support: the article's text beside the
                // closest input passage.
                if f.category == .unsupportedClaim, let input = f.related.first(where: { $0.path != f.path }) {
                    html += compare(f, input)
                }
                if !f.related.isEmpty {
                    html += "<ul class=\"related\">" + f.related.map {
                        "<li><span class=\"loc\">\(e($0.path)):\($0.location.line):\($0.location.column)</span> \(e($0.message))</li>"
                    }.joined() + "</ul>\n"
                }
                html += "</article>\n"
            }
            html += "</section>\n"
        }
        return html + "</section>\n<script>\(script)</script>\n</body></html>\n"
    }

    static func e(_ text: String) -> String { Markup.escape(text) }

    /// The article's text and an input's passage side by side: the finding's snippet and the
    /// quoted text of the related message (`closest input passage: “…”`).
    static func compare(_ f: ResolvedFinding, _ input: ResolvedRelated) -> String {
        var passage = input.message
        if let open = passage.firstIndex(of: "“"), let close = passage.lastIndex(of: "”"), open < close {
            passage = String(passage[passage.index(after: open)..<close])
        }
        return "<div class=\"compare\"><div><p class=\"side\">Article, line \(f.location.line)</p><blockquote>\(e(f.snippet))</blockquote></div>"
            + "<div><p class=\"side\">Source document \(e(input.path)):\(input.location.line)</p><blockquote>\(e(passage))</blockquote></div></div>\n"
    }

    // MARK: - Private

    /// A horizontal bar chart in inline SVG, one bar per (label, count).
    static func chart(_ title: String, _ bars: [(String, Int, Category?)]) -> String {
        let rowHeight = 22, labelWidth = 170, barWidth = 270, width = labelWidth + barWidth + 50
        let height = max(1, bars.count) * rowHeight + 8
        let maxCount = max(1, bars.map(\.1).max() ?? 1)
        var svg = "<figure><figcaption>\(e(title))</figcaption>"
            + "<svg role=\"img\" aria-label=\"\(e(title))\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">"
        if bars.isEmpty { svg += "<text x=\"4\" y=\"18\">no findings</text>" }
        for (i, bar) in bars.enumerated() {
            let y = 4 + i * rowHeight
            let w = bar.1 == 0 ? 0 : max(2, bar.1 * barWidth / maxCount)
            svg += "<g><title>\(e(bar.0)): \(bar.1)</title>"
                + "<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(e(bar.0))</text>"
                + "<rect x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(w)\" height=\"\(rowHeight - 6)\" fill=\"\(color(bar.2))\"/>"
                + "<text x=\"\(labelWidth + w + 6)\" y=\"\(y + 15)\">\(bar.1)</text></g>"
        }
        return svg + "</svg></figure>\n"
    }

    static func color(_ category: Category?) -> String {
        switch category {
        case .assistantResidue: "#7b61ff"
        case .nameInconsistency: "#d9480f"
        case .duplicateSection: "#1971c2"
        case .truncatedTable: "#2f9e44"
        case .truncatedText: "#e8590c"
        case .missingSource: "#c2255c"
        case .scraperResidue: "#5c7cfa"
        case .suppression: "#495057"
        case .input: "#6c757d"
        case .unsupportedClaim: "#a61e4d"
        case nil: "#868e96"
        }
    }

    /// The lines around `l` with the span `offset..<endOffset` marked, or `nil` when the text does
    /// not match the finding (a file changed since the run, or offsets out of range).
    static func context(_ l: Location, bytes: [UInt8], index: LineIndex) -> String? {
        guard l.offset >= 0, l.offset <= l.endOffset, l.endOffset <= bytes.count,
              index.line(at: l.offset) == l.line, l.line <= index.lineCount else { return nil }
        let last = min(index.lineCount, min(l.endLine, l.line + 8) + contextLines)
        var out = "<pre class=\"context\">"
        for n in max(1, l.line - contextLines)...last {
            let r = index.rangeOfLine(n)
            let text: String
            if l.offset <= r.end, l.endOffset >= r.start, n >= l.line, n <= l.endLine {
                let ms = max(l.offset, r.start), me = min(l.endOffset, r.end)
                var pre = String(decoding: bytes[r.start..<ms], as: UTF8.self)
                var post = String(decoding: bytes[me..<r.end], as: UTF8.self)
                if pre.count > 160 { pre = "…" + pre.suffix(150) }
                if post.count > 160 { post = post.prefix(150) + "…" }
                let mark = String(decoding: bytes[ms..<me], as: UTF8.self)
                text = e(pre) + (mark.isEmpty ? "<mark class=\"caret\"></mark>" : "<mark>\(e(mark))</mark>") + e(post)
            } else {
                let line = String(decoding: bytes[r.start..<r.end], as: UTF8.self)
                text = e(line.count > 200 ? line.prefix(190) + "…" : line)
            }
            out += "<span class=\"ln\">\(n)</span>\(text)\n"
        }
        return out + "</pre>\n"
    }

    static let css = """
    body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:16px 24px;color:#212529;background:#fff}
    h1{margin:0 0 4px;font-size:24px}h2{font-size:18px;border-bottom:1px solid #dee2e6;padding-bottom:4px;margin-top:28px}h3{font-size:15px;font-family:ui-monospace,monospace}
    .verdict{display:inline-block;font-weight:700;padding:2px 10px;border-radius:4px;margin:4px 0}.verdict span{font-weight:400;font-family:ui-monospace,monospace}
    .verdict.pass{background:#d3f9d8;color:#2b8a3e}.verdict.fail{background:#ffe3e3;color:#c92a2a}.counts{color:#495057;margin:4px 0}
    .charts{display:flex;flex-wrap:wrap;gap:24px}figure{margin:8px 0}figcaption{font-weight:600;margin-bottom:4px}svg text{font-size:12px;fill:#343a40}
    table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #e9ecef;padding:4px 8px;text-align:left}td.n,th[data-type=num]{text-align:right}
    th{cursor:pointer;user-select:none;background:#f8f9fa}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
    .finding{border:1px solid #dee2e6;border-left:4px solid #868e96;border-radius:4px;padding:6px 10px;margin:10px 0}
    .finding.error{border-left-color:#e03131}.finding.warning{border-left-color:#f08c00}.finding.note{border-left-color:#1c7ed6}
    .head,.msg{margin:2px 0}.badge{font-size:12px;font-weight:700;text-transform:uppercase;padding:1px 6px;border-radius:3px;color:#fff}
    .badge.error{background:#e03131}.badge.warning{background:#f08c00}.badge.note{background:#1c7ed6}.cat,.loc{color:#6c757d;font-size:12px}.loc{font-family:ui-monospace,monospace}
    pre.context{background:#f8f9fa;border-radius:4px;padding:6px 8px;margin:6px 0;white-space:pre-wrap;word-break:break-word;font:12.5px/1.5 ui-monospace,monospace}
    .ln{display:inline-block;min-width:3.5em;color:#adb5bd;user-select:none}mark{background:#ffd43b;border-radius:2px;padding:0 1px}mark.caret{padding:0 2px;background:#e03131}
    .related{margin:4px 0;padding-left:20px;font-size:13px}
    .compare{display:grid;grid-template-columns:1fr 1fr;gap:12px;margin:6px 0}
    .compare blockquote{margin:0;padding:6px 10px;border-left:3px solid #a61e4d;background:#fff5f5;font-size:13px}
    .compare .side{margin:0 0 2px;font-size:12px;color:#495057}
    """

    /// Click a header to sort the table by that column (again to reverse).
    static let script = """
    document.querySelectorAll("table.sortable th").forEach(function (th, col) {
      th.addEventListener("click", function () {
        var table = th.closest("table"), body = table.tBodies[0], num = th.dataset.type === "num";
        var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
        table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
        Array.from(body.rows).sort(function (a, b) {
          var x = a.cells[col].textContent, y = b.cells[col].textContent;
          return (num ? x - y : x.localeCompare(y)) * dir;
        }).forEach(function (row) { body.appendChild(row); });
      });
    });
    """
}
