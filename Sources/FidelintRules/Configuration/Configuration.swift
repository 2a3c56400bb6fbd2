import FidelintCore
import Foundation
import Yams

/// `.fidelint.yml`: what a repository (or a folder of it) turns on and off. Found by walking up
/// from each linted file to the repository root, or named with `--config FILE`.
///
/// ```yaml
/// disable: [sidebar_widget, scraper-residue]   # rule ids or category names
/// enable: [stale_office]                       # turns back on what an earlier level disabled
/// severity: {role_conflict: error, missing-source: note}   # by rule id or category
/// options: {duplicate_section: {min_run_words: 15}, unsourced_article: {min_links: 2}}
/// include: ["articles/**"]                     # globs relative to this file's folder
/// exclude: ["**/drafts/**"]
/// overrides:                                   # per-path settings, applied in order
///   - files: ["archive/**"]
///     disable: [stale_office]
/// site_domain: harbourtimes.example
/// entities: [newsroom/people.yml]              # paths relative to this file's folder
/// sources: [newsroom/outlets.yml]
/// rules: [house-rules/]                        # extra rule packs
/// require_suppression_reason: true
/// ```
///
/// Globs (`Glob`): gitignore/globstar syntax: `*`, `?`, `[0-9]`, `**`, `{md,html}`, and `!` to
/// take back what an earlier glob of the same list matched; a glob without `/` matches a file
/// name in any folder. A glob that cannot be parsed is an error with its line.
public struct Configuration: Sendable {
    /// Per-path settings (`overrides:` entries, and the top level itself).
    public struct Settings: Sendable {
        public var files: [Glob] = []
        public var disable: [String] = []
        public var enable: [String] = []
        public var severity: [String: Severity] = [:]
        public var options: [String: [String: Int]] = [:]
        /// 1-based line of each rule id or category named, for errors (`disable:sidebar_widget` → 3).
        var lines: [String: Int] = [:]
    }

    /// The file, or `nil` for the built-in defaults.
    public var path: String?
    /// Absolute folder that globs and relative paths are resolved against.
    public var directory: String
    public var base = Settings()
    public var overrides: [Settings] = []
    public var include: [Glob] = []
    public var exclude: [Glob] = []
    public var siteDomain: String?
    /// Absolute paths.
    public var entities: [String] = []
    public var sources: [String] = []
    public var rulePacks: [String] = []
    public var requireSuppressionReason = false

    /// Default settings (no configuration file), rooted at `directory`.
    public init(directory: String) {
        self.directory = directory
    }

    public static let fileNames = [".fidelint.yml", ".fidelint.yaml"]

    /// The nearest configuration file for a file in `folder`: `.fidelint.yml` (or `.yaml`) in that
    /// folder or an ancestor, stopping at the repository root (a folder holding `.git`) or `/`.
    public static func find(from folder: String) -> String? {
        var dir = URL(fileURLWithPath: folder).standardizedFileURL.path
        let fm = FileManager.default
        while true {
            for name in fileNames {
                let candidate = (dir as NSString).appendingPathComponent(name)
                if fm.fileExists(atPath: candidate) { return candidate }
            }
            if fm.fileExists(atPath: (dir as NSString).appendingPathComponent(".git")) || dir == "/" || dir.isEmpty { return nil }
            dir = (dir as NSString).deletingLastPathComponent
        }
    }

    static let topKeys: Set<String> = ["disable", "enable", "severity", "options", "include", "exclude", "overrides",
                                       "site_domain", "entities", "sources", "rules", "require_suppression_reason"]
    static let overrideKeys: Set<String> = ["files", "disable", "enable", "severity", "options"]

    /// Reads a configuration file.
    /// - Throws: `RuleFileError` with the file and line: unreadable file, invalid YAML, an unknown
    ///   key, a value of the wrong type, a bad severity, glob or domain.
    public static func load(path: String) throws(RuleFileError) -> Configuration {
        let text = try DataFile.read(path, what: "configuration file")
        let file = DataFile(path: path)
        var config = Configuration(directory: URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path)
        config.path = path
        let root: Node
        try RuleFileLoader.refuseAliasKeys(text, path: path)
        do {
            guard let n = try Yams.compose(yaml: text) else { return config }   // an empty file: defaults
            root = n
        } catch let e as YamlError {
            throw RuleFileError(file: path, line: RuleFileLoader.yamlErrorLine(e), message: "invalid YAML: \(RuleFileLoader.yamlErrorMessage(e))")
        } catch {
            throw RuleFileError(file: path, line: 1, message: "invalid YAML: \(error)")
        }
        let top = try file.mapping(root, "the configuration", allowed: topKeys)
        config.base = try settings(top, file: file, globs: false)
        if let n = top["overrides"] {
            for item in try file.sequence(n, "overrides") {
                let m = try file.mapping(item, "an override", allowed: overrideKeys, required: ["files"])
                var s = try settings(m, file: file, globs: true)
                s.files = try globs(m["files"]!, "files", file)
                guard !s.files.isEmpty else { throw file.error(m["files"], "an override's 'files' must list at least one glob") }
                config.overrides.append(s)
            }
        }
        if let n = top["include"] { config.include = try globs(n, "include", file) }
        if let n = top["exclude"] { config.exclude = try globs(n, "exclude", file) }
        if let n = top["site_domain"] {
            let d = try file.string(n, "site_domain")
            guard SourceRegistry.isHostName(d.lowercased()) else {
                throw file.error(n, "'site_domain' must be a host name such as harbourtimes.example, not '\(d)'")
            }
            config.siteDomain = d
        }
        func paths(_ key: String) throws(RuleFileError) -> [String] {
            guard let n = top[key] else { return [] }
            return try file.strings(n, key).map { ($0 as NSString).isAbsolutePath ? $0 : (config.directory as NSString).appendingPathComponent($0) }
        }
        config.entities = try paths("entities")
        config.sources = try paths("sources")
        config.rulePacks = try paths("rules")
        if let n = top["require_suppression_reason"] {
            guard let b = n.scalar.flatMap({ Bool($0.string) }) else { throw file.error(n, "'require_suppression_reason' must be true or false") }
            config.requireSuppressionReason = b
        }
        return config
    }

    static func settings(_ m: [String: Node], file: DataFile, globs: Bool) throws(RuleFileError) -> Settings {
        var s = Settings()
        for key in ["disable", "enable"] {
            guard let n = m[key] else { continue }
            let items: [Node] = n.scalar != nil ? [n] : try file.sequence(n, key)
            for item in items {
                let id = try file.string(item, key)
                if key == "disable" { s.disable.append(id) } else { s.enable.append(id) }
                s.lines[id] = RuleFileLoader.line(item)
            }
        }
        if let n = m["severity"] {
            guard let map = n.mapping else { throw file.error(n, "'severity' must map rule ids or categories to error, warning or note") }
            for (k, v) in map {
                guard let id = k.string else { throw file.error(k, "keys must be strings") }
                guard let text = v.scalar?.string, let level = Severity(rawValue: text) else {
                    throw file.error(v, "severity of '\(id)' must be error, warning or note, not '\(v.scalar?.string ?? "a list or mapping")'")
                }
                s.severity[id] = level
                s.lines[id] = RuleFileLoader.line(k)
            }
        }
        if let n = m["options"] {
            guard let map = n.mapping else { throw file.error(n, "'options' must map rule ids to {option: number}") }
            for (k, v) in map {
                guard let id = k.string else { throw file.error(k, "keys must be strings") }
                guard let values = v.mapping else { throw file.error(v, "options of '\(id)' must be a mapping of option names to whole numbers") }
                s.lines[id] = RuleFileLoader.line(k)
                for (ok, ov) in values {
                    guard let key = ok.string else { throw file.error(ok, "keys must be strings") }
                    guard let number = ov.scalar.flatMap({ Int($0.string) }), number >= 0 else {
                        throw file.error(ov, "option '\(id).\(key)' must be a whole number of 0 or more, not '\(ov.scalar?.string ?? "a list or mapping")'")
                    }
                    s.options[id, default: [:]][key] = number
                    s.lines[id + "." + key] = RuleFileLoader.line(ok)
                }
            }
        }
        return s
    }

    static func globs(_ n: Node, _ key: String, _ file: DataFile) throws(RuleFileError) -> [Glob] {
        var out: [Glob] = []
        for g in try file.strings(n, key) {
            guard let glob = Glob(g) else { throw file.error(n, "'\(g)' in '\(key)' is not a valid glob") }
            out.append(glob)
        }
        return out
    }

    /// Checks every rule id, category and option named against the rules of the run.
    /// - Throws: `RuleFileError` at the line of the first unknown id, category or option.
    public func validate(against rules: [any Rule]) throws(RuleFileError) {
        guard let path else { return }
        let ids = Dictionary(rules.map { ($0.identifier, $0) }, uniquingKeysWith: { a, _ in a })
        let categories = Set(Category.allCases.map(\.rawValue))
        for s in [base] + overrides {
            for name in s.disable + s.enable + Array(s.severity.keys) where ids[name] == nil && !categories.contains(name) {
                throw RuleFileError(file: path, line: s.lines[name] ?? 1,
                                    message: "unknown rule or category '\(name)'" + Self.suggestion(for: name, in: Array(ids.keys) + Array(categories)))
            }
            for (rule, values) in s.options {
                guard let r = ids[rule] else {
                    throw RuleFileError(file: path, line: s.lines[rule] ?? 1, message: "unknown rule '\(rule)' in options" + Self.suggestion(for: rule, in: Array(ids.keys)))
                }
                for key in values.keys where r.description.options[key] == nil {
                    let known = r.description.options.keys.sorted()
                    throw RuleFileError(file: path, line: s.lines[rule + "." + key] ?? 1,
                                        message: "rule '\(rule)' has no option '\(key)'" + (known.isEmpty ? " (it takes none)" : "; its options: \(known.joined(separator: ", "))"))
                }
            }
        }
    }

    static func suggestion(for name: String, in candidates: [String]) -> String {
        let best = candidates.map { ($0, TextTools.editDistance($0, name)) }.min { $0.1 < $1.1 }
        guard let best, best.1 <= max(2, name.count / 4) else { return "" }
        return "; did you mean '\(best.0)'?"
    }

    /// The path of `file` relative to this configuration's folder (`nil` outside it).
    public func relativePath(_ file: String) -> String? {
        let absolute = URL(fileURLWithPath: file).standardizedFileURL.path
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        return absolute.hasPrefix(base) ? String(absolute.dropFirst(base.count)) : nil
    }

    /// Whether `file` is linted under `include`/`exclude` (no include: everything); in each list
    /// the last matching glob decides, so `!` globs take paths back.
    public func admits(_ file: String) -> Bool {
        guard !include.isEmpty || !exclude.isEmpty, let rel = relativePath(file) else { return true }
        if !include.isEmpty, Glob.decide(include, rel) != true { return false }
        return Glob.decide(exclude, rel) != true
    }

    /// Whether an `exclude` glob takes `file` (the last matching glob decides).
    public func excludes(_ file: String) -> Bool {
        guard !exclude.isEmpty, let rel = relativePath(file) else { return false }
        return Glob.decide(exclude, rel) == true
    }

    /// What applies to `file`: the enabled rule ids, severity overrides and rule options, from the
    /// top level and then every matching override in order.
    public func resolved(for file: String, rules: [any Rule]) -> (enabled: Set<String>, severity: [String: Severity], options: [String: [String: Int]]) {
        resolved(overrides: matchingOverrides(for: file), rules: rules)
    }

    /// The indexes into `overrides` of the entries whose globs match `file`, in order (empty when
    /// `file` is outside this configuration's folder). Files with the same indexes get the same
    /// settings, so a run resolves each distinct list once.
    public func matchingOverrides(for file: String) -> [Int] {
        guard !overrides.isEmpty, let rel = relativePath(file) else { return [] }
        return overrides.indices.filter { i in Glob.decide(overrides[i].files, rel) == true }
    }

    /// What applies under the top level and then the overrides at `indexes` (from
    /// `matchingOverrides(for:)`), in order.
    public func resolved(overrides indexes: [Int], rules: [any Rule]) -> (enabled: Set<String>, severity: [String: Severity], options: [String: [String: Int]]) {
        var enabled = Set(rules.map(\.identifier))
        var severity: [String: Severity] = [:]
        var options: [String: [String: Int]] = [:]
        let categoryOf = Dictionary(rules.map { ($0.identifier, $0.description.category.rawValue) }, uniquingKeysWith: { a, _ in a })
        func ids(_ name: String) -> [String] {
            categoryOf[name] != nil ? [name] : categoryOf.filter { $0.value == name }.map(\.key)
        }
        for s in [base] + indexes.map({ overrides[$0] }) {
            for name in s.disable { enabled.subtract(ids(name)) }
            for name in s.enable { enabled.formUnion(ids(name)) }
            // A category's severity first, then a rule's own wins.
            for (name, level) in s.severity where categoryOf[name] == nil { for id in ids(name) { severity[id] = level } }
            for (name, level) in s.severity where categoryOf[name] != nil { severity[name] = level }
            for (rule, values) in s.options { options[rule, default: [:]].merge(values) { _, new in new } }
        }
        return (enabled, severity, options)
    }
}
