import Foundation
import Yams

/// A YAML data file read strictly: every mapping names its allowed keys, and every wrong value is
/// a `RuleFileError` with the file and 1-based line. Shared by the entity and source registries
/// (rule files have their own loader with the same error type).
struct DataFile {
    let path: String
    /// Whether plain scalars are typed (numbers, booleans, null, dates: so `name: 42` is refused).
    /// Off only for the shipped registries, which tests load both ways: typing every scalar
    /// runs a regular expression per scalar and was most of fidelint's start-up time.
    var typed = true

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
        try RuleFileLoader.refuseAliasKeys(yaml, path: path)
        do {
            guard let n = try Yams.compose(yaml: yaml, typed ? .default : .basic) else { throw RuleFileError(file: path, line: 0, message: "empty file") }
            return n
        } catch let e as RuleFileError {
            throw e
        } catch let e as YamlError {
            throw RuleFileError(file: path, line: RuleFileLoader.yamlErrorLine(e), message: "invalid YAML: \(RuleFileLoader.yamlErrorMessage(e))")
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

    /// A non-empty string. An unquoted number, boolean or null (`name: 42`, `name: yes`, `name: ~`)
    /// is a wrong type, not a string; a date (`as_of: 2025-01-01`) is read as its text.
    func string(_ node: Node, _ key: String) throws(RuleFileError) -> String {
        guard let scalar = node.scalar, case let s = scalar.string.trimmingCharacters(in: .whitespaces), !s.isEmpty else {
            throw error(node, "'\(key)' must be a non-empty string")
        }
        if scalar.style == .plain {
            switch Tag.Name(rawValue: node.tag.rawValue) {
            case .null: throw error(node, "'\(key)' must be a non-empty string, not null ('\(s)')")
            case .bool: throw error(node, "'\(key)' must be a string, not the boolean '\(s)' (quote it if it is meant as text)")
            case .int, .float: throw error(node, "'\(key)' must be a string, not the number '\(s)' (quote it if it is meant as text)")
            default: break
            }
        }
        return s
    }

    /// A name or title: a string with at least one letter (`name: 2025-01-01` is a mistake).
    func name(_ node: Node, _ key: String) throws(RuleFileError) -> String {
        let s = try string(node, key)
        guard s.contains(where: \.isLetter) else { throw error(node, "'\(key)' must be a name with letters, not '\(s)'") }
        return s
    }

    /// A list of names (a single string counts as a list of one); `nonEmpty`: at least one.
    func names(_ node: Node, _ key: String, nonEmpty: Bool = false) throws(RuleFileError) -> [String] {
        if node.scalar != nil { return [try name(node, key)] }
        guard let seq = node.sequence else { throw error(node, "'\(key)' must be a list of strings") }
        var out: [String] = []
        for item in seq { out.append(try name(item, key)) }
        if nonEmpty, out.isEmpty { throw error(node, "'\(key)' must list at least one entry") }
        return out
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
    /// or `nil` when `text` does not start with a valid calendar date (Gregorian: no 2025-02-30,
    /// 2024-02-29 but not 2025-02-29; year 0001 or later).
    public static func parse(_ text: String) -> String? {
        // ASCII without a carriage return is read byte by byte (one character a byte: the trimmed
        // white space is spaces and tabs, and `Int` reads an optional "+" and digits).
        switch text.utf8.withContiguousStorageIfAvailable(asciiDate) {
        case .some(.some(let day)): return day
        default: return parseCharacters(text)
        }
    }

    /// `parse` on the bytes of ASCII text without a carriage return; `nil` for other text.
    static func asciiDate(_ all: UnsafeBufferPointer<UInt8>) -> String?? {
        guard !all.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return .none }
        var s = 0, e = all.count
        while s < e, all[s] == 0x20 || all[s] == 0x09 { s += 1 }
        while e > s, all[e - 1] == 0x20 || all[e - 1] == 0x09 { e -= 1 }
        guard e - s >= 10, all[s + 4] == 0x2D, all[s + 7] == 0x2D else { return .some(nil) }
        // `Int` of a part: an optional "+", then one digit or more, and nothing else.
        func int(_ from: Int, _ to: Int) -> Int? {
            var i = from
            if all[i] == 0x2B { i += 1 }
            guard i < to else { return nil }
            var v = 0
            while i < to {
                let d = all[i] &- 0x30
                guard d < 10 else { return nil }
                v = v * 10 + Int(d); i += 1
            }
            return v
        }
        guard let y = int(s, s + 4), y >= 1, let m = int(s + 5, s + 7), let d = int(s + 8, s + 10),
              (1...12).contains(m), (1...daysIn(month: m, year: y)).contains(d) else { return .some(nil) }
        if e - s > 10 {
            let next = all[s + 10]
            guard next == 0x54 || next == 0x20 || next == 0x74 else { return .some(nil) }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: all[s..<(s + 10)]), as: UTF8.self)
    }

    /// `parse` for any text, on `Character`s (the reference the byte path is tested against).
    static func parseCharacters(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard t.utf8.count >= 10 else { return nil }
        let day = String(t.prefix(10))
        let parts = day.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), y >= 1, let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...daysIn(month: m, year: y)).contains(d) else { return nil }
        if t.utf8.count > 10 {
            let next = t[t.index(t.startIndex, offsetBy: 10)]
            guard next == "T" || next == " " || next == "t" else { return nil }
        }
        return day
    }

    /// Days in `month` (1–12) of `year` in the Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
