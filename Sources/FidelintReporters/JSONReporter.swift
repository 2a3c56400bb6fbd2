import FidelintCore
import Foundation

/// The JSON format: one object, keys sorted, stable across runs.
///
/// ```
/// {
///   "version": "0.1.0",                       // fidelint version
///   "findings": [{
///     "ruleId": "role_conflict", "category": "name-inconsistency", "severity": "warning",
///     "message": "…", "path": "articles/a.txt",
///     "line": 8, "column": 1, "endLine": 8, "endColumn": 24,   // 1-based; columns in UTF-16 code units; endColumn exclusive
///     "offset": 97, "endOffset": 120,                         // UTF-8 byte offsets into the decoded text
///     "fingerprint": "3f0c…",                                 // line-independent, 16 hex digits
///     "snippet": "President Yoon Suk-yeol",
///     "related": [{"path": "…", "line": 4, "column": 1, "endLine": 4, "endColumn": 14, "message": "…"}],
///     "fix": {                                                // only when the rule's safe repair applies here
///       "description": "Delete the line",
///       "edits": [{"line": 8, "column": 1, "endLine": 9, "endColumn": 1,   // exact, end exclusive: a whole
///                  "offset": 97, "endOffset": 120,                         // line ends at column 1 of the next
///                  "replacement": ""}]                                     // (UTF-16 columns, UTF-8 offsets)
///     }
///   }],
///   "errors": [{"path": "missing.txt", "message": "…"}],     // files that could not be read or rules that aborted
///   "summary": {"files": 1, "findings": 9, "error": 5, "warning": 4, "note": 0},
///   "files": [{"path": "articles/a.txt", "errors": []}],     // every file linted, also clean ones; errors: rules that gave up
///   "rules": [{"id": "ad_label", "name": "Ad Label", "summary": "…", "category": "scraper-residue",
///              "severity": "error", "origin": "…", "pack": "scraper"}]      // every rule that ran
/// }
/// ```
///
/// `files` and `rules` (added in 0.2) let `fidelint report` rebuild the run from shards; readers
/// must ignore keys they do not know, as later versions may add optional ones (for example a
/// per-file signature for cross-shard duplicate detection).
public enum JSONReporter: Reporter {
    public static let identifier = "json"
    public static let summary = "one JSON object with a findings array (documented in the README)"

    struct Output: Codable {
        var version: String
        var findings: [FindingJSON]
        var errors: [ErrorJSON]
        var summary: Summary
        var files: [FileJSON]?
        var rules: [RuleJSON]?
    }

    struct FileJSON: Codable {
        var path: String
        var errors: [String]
        /// The article's MinHash signature (when the duplicate-article rule ran and the article is
        /// long enough), so `fidelint report` finds duplicates that fall in different shards.
        var signature: ArticleSignature?
        /// With a signature: the file's inline suppressions and the severity a duplicate-article
        /// finding has there, so `report` treats a cross-shard pair as the shard would have.
        var suppressions: [Suppression]?
        var duplicateSeverity: Severity?
    }

    struct RuleJSON: Codable {
        var id, name, summary, category, severity, origin, pack: String
    }

    struct FindingJSON: Codable {
        var ruleId, category, severity, message, path: String
        var line, column, endLine, endColumn, offset, endOffset: Int
        var fingerprint, snippet: String
        var related: [RelatedJSON]
        var fix: FixJSON?
    }

    /// A finding's safe repair: what it does and its edits (see the format above).
    struct FixJSON: Codable {
        var description: String
        var edits: [EditJSON]
    }

    /// One edit of a fix: its exact range (1-based lines, 1-based UTF-16 columns, end exclusive;
    /// UTF-8 byte offsets into the decoded text) and the text that replaces it.
    struct EditJSON: Codable {
        var line, column, endLine, endColumn, offset, endOffset: Int
        var replacement: String
    }

    static func fixJSON(_ fix: ResolvedFix) -> FixJSON {
        FixJSON(description: fix.description, edits: fix.edits.map {
            EditJSON(line: $0.location.line, column: $0.location.column, endLine: $0.location.endLine, endColumn: $0.location.endColumn,
                     offset: $0.range.start, endOffset: $0.range.end, replacement: $0.replacement)
        })
    }

    struct RelatedJSON: Codable {
        var path: String
        var line, column, endLine, endColumn: Int
        var message: String
    }

    struct ErrorJSON: Codable {
        var path, message: String
    }

    struct Summary: Codable {
        var files, findings, error, warning, note: Int
    }

    /// The report, written piece by piece (`JSONText`): a run of 100,000 files costs one output
    /// buffer, not an encoder tree per file. Byte for byte what `JSONEncoder.stable` gives for
    /// `Output` (tested).
    public static func report(_ run: LintRun, options: ReportOptions) -> String {
        var whole = ""
        write(run, chunkSize: Int.max) { whole += $0 }
        return whole
    }

    /// The report in pieces of about `chunkSize` bytes handed to `emit` in order (their
    /// concatenation is `report(run)`), so a run of any size is written with one buffer.
    public static func write(_ run: LintRun, chunkSize: Int = 1 << 20, to emit: (String) -> Void) {
        withoutActuallyEscaping(emit) { emit in
            writeChunks(run, chunkSize: chunkSize, emit: emit)
        }
    }

    private static func writeChunks(_ run: LintRun, chunkSize: Int, emit: @escaping (String) -> Void) {
        let encoder = JSONEncoder.stable
        func encoded<T: Encodable>(_ value: T) -> [UInt8] { (try? encoder.encode(value)).map(Array.init) ?? Array("{}".utf8) }
        let findings = run.findings
        let errors = run.fileErrors.map { ErrorJSON(path: $0.path, message: $0.message) }
            + run.files.flatMap { file in file.errors.map { ErrorJSON(path: file.path, message: $0) } }
        var out = JSONText(reservingCapacity: min(chunkSize, 1024 + run.files.count * 120 + findings.count * 800) + 65536,
                           sink: emit)
        out.raw("{")
        out.newline(1)
        out.key("errors")
        out.array(count: errors.count, level: 1) { o, i in o.embed(encoded(errors[i]), level: 2) }
        out.raw(",")
        out.newline(1)
        out.key("files")
        out.array(count: run.files.count, level: 1) { o, i in
            let f = run.files[i]
            if run.carriesSignatures, f.signature != nil {
                o.embed(encoded(FileJSON(path: f.path, errors: f.errors, signature: f.signature,
                                         suppressions: f.suppressions.isEmpty ? nil : f.suppressions,
                                         duplicateSeverity: f.duplicateSeverity)), level: 2)
                return
            }
            // The common case, written directly: {"errors": […], "path": "…"}.
            o.raw("{")
            o.newline(3)
            o.key("errors")
            o.array(count: f.errors.count, level: 3) { o, k in o.string(f.errors[k]) }
            o.raw(",")
            o.newline(3)
            o.key("path")
            o.string(f.path)
            o.newline(2)
            o.raw("}")
            o.flush(ifAtLeast: chunkSize)
        }
        out.raw(",")
        out.newline(1)
        out.key("findings")
        out.array(count: findings.count, level: 1) { o, i in
            write(findings[i], level: 2, to: &o)
            o.flush(ifAtLeast: chunkSize)
        }
        out.raw(",")
        out.newline(1)
        out.key("rules")
        out.array(count: run.rules.count, level: 1) { o, i in o.embed(encoded(ruleJSON(run.rules[i])), level: 2) }
        out.raw(",")
        out.newline(1)
        out.key("summary")
        out.embed(encoded(Summary(files: run.files.count, findings: findings.count, error: run.count(.error),
                                  warning: run.count(.warning), note: run.count(.note))), level: 1)
        out.raw(",")
        out.newline(1)
        out.key("version")
        out.string(run.toolVersion)
        out.newline(0)
        out.raw("}\n")
        out.flush()
    }

    /// `findingJSON(f)` as `JSONEncoder.stable` writes it, written directly (keys in sorted order)
    /// at indent `level`: a report of many findings needs no encoder tree for each.
    static func write(_ f: ResolvedFinding, level: Int, to o: inout JSONText) {
        func field(_ key: String, _ level: Int, last: Bool = false, _ value: (inout JSONText) -> Void) {
            o.newline(level)
            o.key(key)
            value(&o)
            if !last { o.raw(",") }
        }
        let inner = level + 1
        o.raw("{")
        field("category", inner) { $0.string(f.category.rawValue) }
        field("column", inner) { $0.raw(String(f.location.column)) }
        field("endColumn", inner) { $0.raw(String(f.location.endColumn)) }
        field("endLine", inner) { $0.raw(String(f.location.endLine)) }
        field("endOffset", inner) { $0.raw(String(f.location.endOffset)) }
        field("fingerprint", inner) { $0.string(f.fingerprint) }
        if let fix = f.fix {
            field("fix", inner) { $0.embed((try? JSONEncoder.stable.encode(fixJSON(fix))).map(Array.init) ?? Array("{}".utf8), level: inner) }
        }
        field("line", inner) { $0.raw(String(f.location.line)) }
        field("message", inner) { $0.string(f.message) }
        field("offset", inner) { $0.raw(String(f.location.offset)) }
        field("path", inner) { $0.string(f.path) }
        field("related", inner) { o in
            o.array(count: f.related.count, level: inner) { o, k in
                let r = f.related[k], deeper = inner + 2
                o.raw("{")
                for (key, value) in [("column", String(r.location.column)), ("endColumn", String(r.location.endColumn)),
                                     ("endLine", String(r.location.endLine)), ("line", String(r.location.line))] {
                    o.newline(deeper)
                    o.key(key)
                    o.raw(value)
                    o.raw(",")
                }
                o.newline(deeper)
                o.key("message")
                o.string(r.message)
                o.raw(",")
                o.newline(deeper)
                o.key("path")
                o.string(r.path)
                o.newline(inner + 1)
                o.raw("}")
            }
        }
        field("ruleId", inner) { $0.string(f.ruleId) }
        field("severity", inner) { $0.string(f.severity.rawValue) }
        field("snippet", inner, last: true) { $0.string(f.snippet) }
        o.newline(level)
        o.raw("}")
    }

    static func findingJSON(_ f: ResolvedFinding) -> FindingJSON {
        FindingJSON(ruleId: f.ruleId, category: f.category.rawValue, severity: f.severity.rawValue, message: f.message,
                    path: f.path, line: f.location.line, column: f.location.column, endLine: f.location.endLine,
                    endColumn: f.location.endColumn, offset: f.location.offset, endOffset: f.location.endOffset,
                    fingerprint: f.fingerprint, snippet: f.snippet,
                    related: f.related.map {
                        RelatedJSON(path: $0.path, line: $0.location.line, column: $0.location.column,
                                    endLine: $0.location.endLine, endColumn: $0.location.endColumn, message: $0.message)
                    },
                    fix: f.fix.map(fixJSON))
    }

    static func ruleJSON(_ r: RuleDescription) -> RuleJSON {
        RuleJSON(id: r.identifier, name: r.name, summary: r.summary, category: r.category.rawValue,
                 severity: r.defaultSeverity.rawValue, origin: r.origin, pack: r.pack)
    }
}
