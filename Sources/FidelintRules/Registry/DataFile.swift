import Foundation
import Yams

/// A YAML data file read strictly: every mapping names its allowed keys, and every wrong value is
/// a `RuleFileError` with the file and 1-based line. Shared by the entity and source registries
/// (rule files have their own loader with the same error type).
struct DataFile {
    let path: String

    /// The text of a user's data file.
    /// - Throws: `RuleFileError` (line 0: the whole file) when it is missing, a folder, unreadable
    ///   or not UTF-8.
    static func read(_ path: String, what: String) throws(RuleFileError) -> String {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue,
              let data = FileManager.default.contents(atPath: path) else {
            throw RuleFileError(file: path, line: 0, message: "\(what) not found or not readable")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RuleFileError(file: path, line: 0, message: "cannot be read as UTF-8 text")
        }
        return text
    }

    /// The document's root node.
    /// - Throws: `RuleFileError` for invalid YAML (with the parser's line) or an empty file.
    func root(_ yaml: String) throws(RuleFileError) -> Node {
        do {
            guard let n = try Yams.compose(yaml: yaml) else { throw RuleFileError(file: path, line: 0, message: "empty file") }
            return n
        } catch let e as RuleFileError {
            throw e
        } catch let e as YamlError {
            throw RuleFileError(file: path, line: RuleFileLoader.yamlErrorLine(e), message: "invalid YAML: \(RuleFileLoader.yamlErrorSummary(e))")
        } catch {
            throw RuleFileError(file: path, line: 1, message: "invalid YAML: \(error)")
        }
    }

    func error(_ node: Node?, _ message: String) -> RuleFileError {
        RuleFileError(file: path, line: node.map(RuleFileLoader.line) ?? 1, message: message)
    }

    /// The keys of a mapping, refusing keys outside `allowed` and keys in `required` that are missing.
    func mapping(_ node: Node, _ what: String, allowed: Set<String>, required: Set<String> = []) throws(RuleFileError) -> [String: Node] {
        guard let map = node.mapping else { throw error(node, "\(what) must be a mapping of keys to values") }
        var out: [String: Node] = [:]
        for (k, v) in map {
            guard let key = k.string else { throw error(k, "keys must be strings") }
            guard allowed.contains(key) else {
                throw error(k, "unknown key '\(key)' in \(what); expected one of \(allowed.sorted().joined(separator: ", "))")
            }
            out[key] = v
        }
        for key in required.sorted() where out[key] == nil {
            throw error(node, "\(what) is missing the required key '\(key)'")
        }
        return out
    }

    /// A non-empty string (not `null` or `~`).
    func string(_ node: Node, _ key: String) throws(RuleFileError) -> String {
        guard node.null == nil, let s = node.scalar?.string.trimmingCharacters(in: .whitespaces), !s.isEmpty else {
            throw error(node, "'\(key)' must be a non-empty string")
        }
        return s
    }

    /// A list of non-empty strings (a single string counts as a list of one).
    func strings(_ node: Node, _ key: String) throws(RuleFileError) -> [String] {
        if node.scalar != nil { return [try string(node, key)] }
        guard let seq = node.sequence else { throw error(node, "'\(key)' must be a list of strings") }
        var out: [String] = []
        for item in seq { out.append(try string(item, key)) }
        return out
    }

    /// A list of nodes.
    func sequence(_ node: Node, _ key: String) throws(RuleFileError) -> [Node] {
        guard let seq = node.sequence else { throw error(node, "'\(key)' must be a list") }
        return Array(seq)
    }

    /// A calendar date `YYYY-MM-DD` (YAML may read it as a timestamp; the text is kept).
    func date(_ node: Node, _ key: String) throws(RuleFileError) -> String {
        let s = try string(node, key)
        guard ArticleDate.parse(s) != nil, s.count == 10 else {
            throw error(node, "'\(key)' must be a date in the form YYYY-MM-DD, not '\(s)'")
        }
        return s
    }

    /// An http(s) URL.
    func url(_ node: Node, _ key: String) throws(RuleFileError) -> String {
        let s = try string(node, key)
        guard s.hasPrefix("https://") || s.hasPrefix("http://"), s.count > 10 else {
            throw error(node, "'\(key)' must be an http(s) address, not '\(s)'")
        }
        return s
    }
}

/// Calendar dates as written in articles and registries.
public enum ArticleDate {
    /// The `YYYY-MM-DD` day of an ISO 8601 date or date-time ("2025-09-15", "2025-09-15T08:00:00Z"),
    /// or `nil` when `text` does not start with a valid calendar date (2025-02-29 is not one).
    public static func parse(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard t.utf8.count >= 10 else { return nil }
        let day = String(t.prefix(10))
        let parts = day.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m) else { return nil }
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
        guard d >= 1, d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] else { return nil }
        if t.utf8.count > 10 {
            let next = t[t.index(t.startIndex, offsetBy: 10)]
            guard next == "T" || next == " " || next == "t" else { return nil }
        }
        return day
    }
}
