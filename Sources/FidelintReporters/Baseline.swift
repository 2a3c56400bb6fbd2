import FidelintCore
import Foundation

/// A record of known findings, so a gate fails only on new ones (`fidelint baseline FILE PATH...`,
/// then `fidelint check --baseline FILE PATH...`).
///
/// A finding is known when the baseline holds one with the same path (relative to the repository
/// root), rule id and fingerprint. The fingerprint hashes the rule id with the finding's
/// normalized text and its ordinal among identical ones in the file, never its line or column, so
/// it survives lines moving and other paragraphs changing. The file is JSON:
///
/// ```
/// {"fidelintBaseline": 1, "version": "0.1.0",
///  "findings": [{"path": "articles/a.md", "ruleId": "ad_label", "fingerprint": "3f0c…", "line": 4, "message": "…"}]}
/// ```
/// (`line` and `message` are for people reading the file; matching ignores them.)
public struct Baseline: Codable, Sendable {
    public struct Entry: Codable, Sendable, Hashable {
        public var path: String
        public var ruleId: String
        public var fingerprint: String
        public var line: Int
        public var message: String
    }

    public var fidelintBaseline = 1
    public var version: String
    public var findings: [Entry]

    /// The baseline of a run: every finding, keyed by its path relative to the run's root.
    public init(run: LintRun) {
        version = run.toolVersion
        findings = run.findings.map {
            Entry(path: run.relativePath($0.path) ?? $0.path, ruleId: $0.ruleId, fingerprint: $0.fingerprint,
                  line: $0.location.line, message: $0.message)
        }
    }

    /// The JSON text, keys sorted, one entry per line group (stable, reviewable diffs).
    public var json: String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: (try? e.encode(self)) ?? Data(), as: UTF8.self) + "\n"
    }

    /// Reads a baseline file.
    /// - Throws: a message naming the file when it is missing, not JSON or not a fidelint baseline.
    public static func load(path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BaselineError(message: "\(path): baseline not found or not readable")
        }
        do {
            let b = try JSONDecoder().decode(Baseline.self, from: data)
            guard b.fidelintBaseline == 1 else { throw BaselineError(message: "\(path): unsupported baseline format \(b.fidelintBaseline)") }
            return b
        } catch let e as BaselineError {
            throw e
        } catch {
            throw BaselineError(message: "\(path): not a fidelint baseline (write one with `fidelint baseline \(path) PATH...`)")
        }
    }

    /// What the baseline says about a run.
    public struct Comparison: Sendable {
        /// The run with known findings removed.
        public var run: LintRun
        /// Findings the baseline knows (not counted against the gate).
        public var known: Int
        /// Baseline entries for the linted files that no longer occur.
        public var fixed: Int
        public var new: Int { run.findings.count }
    }

    /// Splits `run` into new and known findings.
    public func compare(_ run: LintRun) -> Comparison {
        var remaining: [Entry: Int] = [:]
        let linted = Set(run.files.map { run.relativePath($0.path) ?? $0.path })
        for e in findings where linted.contains(e.path) {
            remaining[Entry(path: e.path, ruleId: e.ruleId, fingerprint: e.fingerprint, line: 0, message: ""), default: 0] += 1
        }
        let total = remaining.values.reduce(0, +)
        var out = run
        var known = 0
        for i in out.files.indices {
            let path = run.relativePath(out.files[i].path) ?? out.files[i].path
            out.files[i].findings.removeAll { f in
                let key = Entry(path: path, ruleId: f.ruleId, fingerprint: f.fingerprint, line: 0, message: "")
                guard let n = remaining[key], n > 0 else { return false }
                remaining[key] = n - 1
                known += 1
                return true
            }
        }
        return Comparison(run: out, known: known, fixed: total - known)
    }
}

/// A baseline file that cannot be used.
public struct BaselineError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}
