import FidelintCore
import Foundation

/// Reads the JSON or SARIF output of earlier fidelint runs (shards) back into runs, and merges
/// them, for `fidelint report`.
///
/// Paths are normalized against `workingDirectory`: JSON paths (as the earlier run named them)
/// are taken relative to it; SARIF URIs are resolved against their `SRCROOT` base. Either way a
/// path inside the working directory becomes relative to it (`articles/a.txt`), so the same file
/// from a JSON and a SARIF shard is one file.
public enum ReportReader {
    /// One input, read.
    public struct Shard: Sendable {
        /// The fidelint version that wrote the report.
        public var toolVersion: String
        /// The rules the report describes (empty for a JSON report older than 0.2).
        public var rules: [RuleDescription]
        /// Every file linted, with its findings (positions as written: 1-based lines, UTF-16
        /// columns, UTF-8 byte offsets) and the rules that gave up on it.
        public var files: [FileResult]
        /// Files that could not be read.
        public var fileErrors: [LintRun.FileError]
        /// For a merge: which input (0-based) each file came from.
        public var shardOfPath: [String: Int] = [:]
    }

    /// An input that is not a fidelint JSON or SARIF report.
    public struct Failure: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// Reads one report. `path` names it in errors.
    /// - Throws: `Failure` when the data is not JSON, or not a fidelint JSON or SARIF report.
    public static func read(_ data: Data, path: String, workingDirectory: String) throws(Failure) -> Shard {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw Failure(path: path, reason: "not JSON (expected the json or sarif output of fidelint check)")
        }
        let dict = object as? [String: Any]
        if dict?["runs"] != nil, dict?["version"] as? String == "2.1.0" {
            return try readSARIF(dict!, path: path, cwd: workingDirectory)
        }
        if dict?["findings"] != nil, dict?["summary"] != nil {
            do {
                return try readJSON(JSONDecoder().decode(JSONReporter.Output.self, from: data), cwd: workingDirectory)
            } catch let failure as Failure {
                throw Failure(path: path, reason: failure.reason)
            } catch {
                throw Failure(path: path, reason: "not a fidelint JSON report: \(describe(error))")
            }
        }
        throw Failure(path: path, reason: "not a fidelint JSON or SARIF report (no findings/summary keys, no SARIF 2.1.0 runs)")
    }

    /// All shards as one: files de-duplicated by path and sorted by path; findings de-duplicated
    /// (same rule, position, fingerprint and message) and sorted by line, column and rule id;
    /// rules in first-seen order, unique by id; errors de-duplicated.
    public static func merge(_ shards: [Shard]) -> Shard {
        var files: [String: FileResult] = [:]
        var seenFindings = Set<String>()
        var shardOfPath: [String: Int] = [:]
        for (n, shard) in shards.enumerated() {
            for file in shard.files {
                if shardOfPath[file.path] == nil { shardOfPath[file.path] = n }
                var merged = files[file.path] ?? FileResult(path: file.path, findings: [], errors: [])
                for f in file.findings {
                    let l = f.location
                    let key = [f.ruleId, "\(l.line)", "\(l.column)", "\(l.endLine)", "\(l.endColumn)", f.fingerprint, f.message, f.path]
                        .joined(separator: "\u{0}")
                    if seenFindings.insert(key).inserted { merged.findings.append(f) }
                }
                for e in file.errors where !merged.errors.contains(e) { merged.errors.append(e) }
                if merged.signature == nil, file.signature != nil {
                    merged.signature = file.signature
                    merged.suppressions = file.suppressions
                    merged.duplicateSeverity = file.duplicateSeverity
                }
                files[file.path] = merged
            }
        }
        let sorted = files.values.sorted { $0.path < $1.path }.map { file -> FileResult in
            var f = file
            f.findings.sort { $0.precedes($1) }
            return f
        }
        var ruleIds = Set<String>(), errorKeys = Set<LintRun.FileError>()
        var merged = Shard(toolVersion: shards.first?.toolVersion ?? FidelintVersion.current,
                           rules: shards.flatMap(\.rules).filter { ruleIds.insert($0.identifier).inserted },
                           files: sorted,
                           fileErrors: shards.flatMap(\.fileErrors).filter { errorKeys.insert($0).inserted })
        merged.shardOfPath = shardOfPath
        return merged
    }

    // MARK: - Private

    static func readJSON(_ output: JSONReporter.Output, cwd: String) throws -> Shard {
        let rules = try (output.rules ?? []).map { r in
            RuleDescription(identifier: r.id, name: r.name, summary: r.summary, category: try category(r.category),
                            defaultSeverity: try severity(r.severity), origin: r.origin, pack: r.pack,
                            triggeringExamples: [], nonTriggeringExamples: [])
        }
        var order: [String] = []
        var byPath: [String: FileResult] = [:]
        func file(_ path: String) -> String {
            let p = normalize(path, cwd: cwd)
            if byPath[p] == nil { order.append(p); byPath[p] = FileResult(path: p, findings: [], errors: []) }
            return p
        }
        for f in output.files ?? [] {
            let p = file(f.path)
            byPath[p]!.errors = f.errors
            byPath[p]!.signature = f.signature
            byPath[p]!.signature?.path = p
            byPath[p]!.suppressions = f.suppressions ?? []
            byPath[p]!.duplicateSeverity = f.duplicateSeverity
        }
        for f in output.findings {
            let path = file(f.path)
            let location = Location(line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn,
                                    offset: f.offset, endOffset: f.endOffset)
            let finding = Finding(ruleId: f.ruleId, category: try category(f.category), severity: try severity(f.severity),
                                  message: f.message, range: SourceRange(start: f.offset, end: f.endOffset))
            let related = f.related.map {
                ResolvedRelated(path: normalize($0.path, cwd: cwd),
                                location: Location(line: $0.line, column: $0.column, endLine: $0.endLine, endColumn: $0.endColumn, offset: 0, endOffset: 0),
                                message: $0.message)
            }
            let fix = f.fix.map { fix in
                ResolvedFix(description: fix.description, edits: fix.edits.map {
                    ResolvedEdit(range: SourceRange(start: $0.offset, end: $0.endOffset),
                                 location: Location(line: $0.line, column: $0.column, endLine: $0.endLine, endColumn: $0.endColumn,
                                                    offset: $0.offset, endOffset: $0.endOffset),
                                 replacement: $0.replacement)
                })
            }
            byPath[path]!.findings.append(ResolvedFinding(finding: finding, path: path, location: location, related: related,
                                                          fingerprint: f.fingerprint, snippet: f.snippet, fix: fix))
        }
        let fileErrors = output.errors.compactMap { e -> LintRun.FileError? in
            let p = normalize(e.path, cwd: cwd)
            if output.files != nil, byPath[p]?.errors.contains(e.message) == true { return nil }
            return LintRun.FileError(path: p, message: e.message)
        }
        return Shard(toolVersion: output.version, rules: rules, files: order.map { byPath[$0]! }, fileErrors: fileErrors)
    }

    static func readSARIF(_ log: [String: Any], path: String, cwd: String) throws(Failure) -> Shard {
        func fail(_ why: String) -> Failure { Failure(path: path, reason: "not a fidelint SARIF log: \(why)") }
        guard let run = (log["runs"] as? [[String: Any]])?.first,
              let driver = (run["tool"] as? [String: Any])?["driver"] as? [String: Any] else { throw fail("no runs[0].tool.driver") }
        guard driver["name"] as? String == "fidelint" else { throw fail("the tool is \(driver["name"] as? String ?? "unnamed"), not fidelint") }
        let bases = (run["originalUriBaseIds"] as? [String: [String: Any]] ?? [:]).compactMapValues { $0["uri"] as? String }
        func filePath(_ artifact: [String: Any]?) -> String? {
            guard let uri = artifact?["uri"] as? String else { return nil }
            if uri == "stdin", artifact?["uriBaseId"] == nil { return "-" }
            var full = uri
            if let base = artifact?["uriBaseId"] as? String {
                guard let root = bases[base] else { return nil }
                full = (root.hasSuffix("/") ? root : root + "/") + uri
            }
            guard full.hasPrefix("file://") else { return nil }
            let decoded = String(full.dropFirst("file://".count)).removingPercentEncoding ?? String(full.dropFirst(7))
            return normalize(decoded, cwd: cwd)
        }
        func location(_ physical: [String: Any]?) -> (String, Location, String?)? {
            guard let path = filePath(physical?["artifactLocation"] as? [String: Any]) else { return nil }
            let r = physical?["region"] as? [String: Any] ?? [:]
            let line = r["startLine"] as? Int ?? 1, column = r["startColumn"] as? Int ?? 1
            let l = Location(line: line, column: column, endLine: r["endLine"] as? Int ?? line,
                             endColumn: r["endColumn"] as? Int ?? column, offset: 0, endOffset: 0)
            return (path, l, (r["snippet"] as? [String: Any])?["text"] as? String)
        }
        var rules: [RuleDescription] = []
        for r in driver["rules"] as? [[String: Any]] ?? [] {
            let props = r["properties"] as? [String: Any] ?? [:]
            guard let id = r["id"] as? String, let cat = Category(rawValue: props["category"] as? String ?? "") else { continue }
            let level = (r["defaultConfiguration"] as? [String: Any])?["level"] as? String
            rules.append(RuleDescription(identifier: id, name: r["name"] as? String ?? id,
                                         summary: (r["shortDescription"] as? [String: Any])?["text"] as? String ?? "",
                                         category: cat, defaultSeverity: level.flatMap(Severity.init(rawValue:)) ?? .warning,
                                         origin: props["origin"] as? String ?? "", pack: props["pack"] as? String ?? "builtin",
                                         triggeringExamples: [], nonTriggeringExamples: []))
        }
        var order: [String] = []
        var byPath: [String: FileResult] = [:]
        func add(_ p: String) {
            if byPath[p] == nil { order.append(p); byPath[p] = FileResult(path: p, findings: [], errors: []) }
        }
        for a in run["artifacts"] as? [[String: Any]] ?? [] {
            if let p = filePath(a["location"] as? [String: Any]) { add(p) }
        }
        for (i, result) in (run["results"] as? [[String: Any]] ?? []).enumerated() {
            let props = result["properties"] as? [String: Any] ?? [:]
            guard let ruleId = result["ruleId"] as? String,
                  let message = (result["message"] as? [String: Any])?["text"] as? String,
                  let (p, loc, snippet) = location((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            else { throw fail("result \(i) has no ruleId, message or file location") }
            guard let cat = Category(rawValue: props["category"] as? String ?? "") ?? rules.first(where: { $0.identifier == ruleId })?.category
            else { throw fail("result \(i) has no known category") }
            let level = result["level"] as? String ?? "warning"
            var l = loc
            l.offset = props["offset"] as? Int ?? 0
            l.endOffset = props["endOffset"] as? Int ?? l.offset
            let related = (result["relatedLocations"] as? [[String: Any]] ?? []).compactMap { r -> ResolvedRelated? in
                guard let (rp, rl, _) = location(r["physicalLocation"] as? [String: Any]) else { return nil }
                return ResolvedRelated(path: rp, location: rl, message: (r["message"] as? [String: Any])?["text"] as? String ?? "")
            }
            let finding = Finding(ruleId: ruleId, category: cat, severity: Severity(rawValue: level) ?? .note, message: message,
                                  range: SourceRange(start: l.offset, end: l.endOffset))
            // The first fix's replacements, with their byte offsets from their property bags.
            var fix: ResolvedFix? = nil
            if let first = (result["fixes"] as? [[String: Any]])?.first,
               let change = (first["artifactChanges"] as? [[String: Any]])?.first {
                let edits = (change["replacements"] as? [[String: Any]] ?? []).compactMap { r -> ResolvedEdit? in
                    guard let region = r["deletedRegion"] as? [String: Any], let bag = r["properties"] as? [String: Any],
                          let offset = bag["offset"] as? Int, let endOffset = bag["endOffset"] as? Int,
                          let line = region["startLine"] as? Int, let column = region["startColumn"] as? Int else { return nil }
                    return ResolvedEdit(range: SourceRange(start: offset, end: endOffset),
                                        location: Location(line: line, column: column, endLine: region["endLine"] as? Int ?? line,
                                                           endColumn: region["endColumn"] as? Int ?? column, offset: offset, endOffset: endOffset),
                                        replacement: (r["insertedContent"] as? [String: Any])?["text"] as? String ?? "")
                }
                if !edits.isEmpty { fix = ResolvedFix(description: (first["description"] as? [String: Any])?["text"] as? String ?? "", edits: edits) }
            }
            add(p)
            byPath[p]!.findings.append(ResolvedFinding(
                finding: finding, path: p, location: l, related: related,
                fingerprint: (result["partialFingerprints"] as? [String: String])?[SARIFReporter.fingerprintKey] ?? "",
                snippet: snippet ?? "", fix: fix))
        }
        var fileErrors: [LintRun.FileError] = []
        for invocation in run["invocations"] as? [[String: Any]] ?? [] {
            for n in invocation["toolExecutionNotifications"] as? [[String: Any]] ?? [] {
                let text = (n["message"] as? [String: Any])?["text"] as? String ?? ""
                let physical = (n["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
                let p = location(physical)?.0 ?? "-"
                // The message is "path: what happened", with the path as the run named it.
                let message = text.range(of: ": ").map { String(text[$0.upperBound...]) } ?? text
                if byPath[p] != nil { byPath[p]!.errors.append(message) } else { fileErrors.append(.init(path: p, message: message)) }
            }
        }
        return Shard(toolVersion: driver["version"] as? String ?? "unknown", rules: rules,
                     files: order.map { byPath[$0]! }, fileErrors: fileErrors)
    }

    /// `path` made relative to `cwd` when inside it, standardized (no `./`, no `..`).
    static func normalize(_ path: String, cwd: String) -> String {
        guard path != "-" else { return path }
        let absolute = ((path.hasPrefix("/") ? path : (cwd as NSString).appendingPathComponent(path)) as NSString).standardizingPath
        let base = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return absolute.hasPrefix(base) ? String(absolute.dropFirst(base.count)) : absolute
    }

    static func category(_ raw: String) throws -> Category {
        guard let c = Category(rawValue: raw) else { throw Failure(path: "", reason: "unknown category '\(raw)'") }
        return c
    }

    static func severity(_ raw: String) throws -> Severity {
        guard let s = Severity(rawValue: raw) else { throw Failure(path: "", reason: "unknown severity '\(raw)'") }
        return s
    }

    /// A decoding error in the terms of the report: a JSON path such as `findings[0].ruleId`
    /// (array positions 0-based, as in the file), not Swift's coding-path descriptions ("Index 0").
    static func describe(_ error: Error) -> String {
        func path(_ keys: [CodingKey]) -> String {
            var out = ""
            for k in keys {
                if let i = k.intValue { out += "[\(i)]" } else { out += (out.isEmpty ? "" : ".") + k.stringValue }
            }
            return out.isEmpty ? "the top level" : out
        }
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            return "missing key '\(path(context.codingPath + [key]))'"
        case .typeMismatch(let type, let context)?:
            return "'\(path(context.codingPath))' has the wrong type (expected \(Self.jsonType(type)))"
        case .valueNotFound(let type, let context)?:
            return "'\(path(context.codingPath))' is null (expected \(Self.jsonType(type)))"
        case .dataCorrupted(let context)?:
            return context.codingPath.isEmpty ? "not valid JSON" : "bad value at '\(path(context.codingPath))'"
        default:
            return "\(error)"
        }
    }

    /// The JSON name of a Swift type a decoder expected.
    static func jsonType(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "\(type)".hasPrefix("Array") ? "an array" : "an object"
        }
    }
}
