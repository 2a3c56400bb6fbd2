import FidelintCore
import FidelintRegex
import Yams
import Foundation

extension Rule {
    /// Every match of `regex` in `view[range]` with the calling thread's matcher.
    /// - Throws: `RuleError` naming this rule when PCRE2 gives up (match limit, JIT stack).
    func matches(_ regex: PCRE2Regex, in view: TextView, range: Range<Int>? = nil) throws -> [PCRE2Matcher.Match] {
        do {
            return try PCRE2Matcher.forCurrentThread().matches(regex, in: view.utf8, from: range?.lowerBound ?? 0, to: range?.upperBound)
        } catch {
            throw RuleError(ruleId: description.identifier, message: error.description)
        }
    }
}

/// All rules of a run: the built-in analyzers, the shipped (embedded) rule packs and any extra
/// rule packs the user names.
public enum RuleSet {
    /// The built-in Swift analyzers, in a fixed order.
    public static var builtInRules: [any Rule] { BuiltInRules.all }

    /// The identifiers of the shipped rules (built-in analyzers and embedded packs): the rules
    /// that have a page in `docs/rules/`. A rule of a user's own pack is not among them.
    public static let shippedIdentifiers: Set<String> = Set(builtInRules.map(\.identifier) + ((try? shippedPatternRules()) ?? []).map(\.identifier))

    /// The shipped pattern rules, from the packs embedded in the binary (loaded once a process).
    /// - Throws: `RuleFileError` (a shipped file is broken: a bug that tests catch).
    public static func shippedPatternRules() throws(RuleFileError) -> [PatternRule] {
        try shippedPatterns.get()
    }

    /// The embedded packs, loaded on first use from their pre-parsed trees (no YAML is read; see
    /// `ShippedTree`), without running each pattern over its examples (`ShippedRuleTests` does).
    private static let shippedPatterns = Result { () throws(RuleFileError) -> [PatternRule] in
        try loadShippedPatterns(verifyExamples: false)
    }

    /// The embedded packs: each file's pre-parsed tree (its YAML text when it has none).
    /// - Throws: `RuleFileError` (a shipped file is broken: a bug that tests catch).
    static func loadShippedPatterns(verifyExamples: Bool) throws(RuleFileError) -> [PatternRule] {
        var rules: [PatternRule] = []
        for (path, contents) in EmbeddedRulePacks.files {
            let pack = path.split(separator: "/").first.map(String.init) ?? "shipped"
            let node: Node
            if let tree = ShippedTree.node(for: path) { node = tree } else { node = try RuleFileLoader.compose(contents, path: "Rules/" + path) }
            rules.append(try RuleFileLoader.load(node: node, path: "Rules/" + path, pack: pack, verifyExamples: verifyExamples))
        }
        return rules
    }

    /// Starts loading the shipped rules (the two registries, the built-in analyzers and the
    /// embedded pattern packs: YAML parsing and PCRE2 compiling, about 15 ms of CPU) on two
    /// background threads and returns at once, so a run can walk its folders meanwhile. The
    /// rules are loaded once either way: a later `all()` waits for a load in progress
    /// (Swift's one-time initialization of static constants) instead of starting its own.
    public static func startLoadingShipped() {
        DispatchQueue.global(qos: .userInitiated).async {
            _ = BuiltInRules.shippedEntities
            _ = shippedPatterns
        }
        DispatchQueue.global(qos: .userInitiated).async {
            _ = BuiltInRules.shippedSources
            _ = BuiltInRules.all
        }
    }

    /// Loads every `*.yml`/`*.yaml` file under `folder` (recursively) as a rule pack named after the
    /// folder.
    /// - Throws: `RuleFileError` for an unreadable folder or file, or a bad rule.
    public static func loadPack(at folder: String) throws(RuleFileError) -> [PatternRule] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDir) else {
            throw RuleFileError(file: folder, line: 0, message: "rule pack not found")
        }
        var files: [String] = []
        if isDir.boolValue {
            guard let e = fm.enumerator(atPath: folder) else {
                throw RuleFileError(file: folder, line: 0, message: "rule pack folder cannot be read")
            }
            for case let rel as String in e where rel.hasSuffix(".yml") || rel.hasSuffix(".yaml") {
                files.append((folder as NSString).appendingPathComponent(rel))
            }
            files.sort()
        } else {
            files = [folder]
        }
        let pack = URL(fileURLWithPath: folder).lastPathComponent
        var rules: [PatternRule] = []
        for file in files {
            guard let data = fm.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                throw RuleFileError(file: file, line: 0, message: "cannot be read as UTF-8 text")
            }
            rules.append(try RuleFileLoader.load(yaml: text, path: file, pack: pack))
        }
        return rules
    }

    /// The rules of a run, refusing duplicate identifiers.
    /// - Parameters:
    ///   - extraPacks: folders or files of the user's rule packs.
    ///   - entityFiles: the user's entity registries, added to the shipped one.
    ///   - sourceFiles: the user's source registries, added to the shipped one.
    /// - Throws: `RuleFileError` for a bad pack or registry, or a duplicate rule id.
    public static func all(extraPacks: [String] = [], entityFiles: [String] = [], sourceFiles: [String] = []) throws(RuleFileError) -> [any Rule] {
        var rules: [any Rule] = entityFiles.isEmpty && sourceFiles.isEmpty
            ? builtInRules
            : BuiltInRules.rules(entities: try EntityRegistry.load(files: entityFiles), sources: try SourceRegistry.load(files: sourceFiles))
        rules += try shippedPatternRules() as [any Rule]
        for pack in extraPacks {
            let loaded = try loadPack(at: pack)
            // A user's examples are tests too: a rule whose examples fail is not loaded.
            for rule in loaded {
                if let failure = RuleExampleVerifier.verify(rule).first {
                    let parts = failure.origin.split(separator: ":")
                    throw RuleFileError(file: parts.dropLast().joined(separator: ":"), line: Int(parts.last ?? "1") ?? 1,
                                        message: failure.message)
                }
            }
            rules += loaded as [any Rule]
        }
        var seen: [String: String] = [:]
        for rule in rules {
            let home = (rule as? PatternRule)?.path ?? "built-in rules"
            if let first = seen[rule.identifier] {
                throw RuleFileError(file: home, line: 0, message: "duplicate rule id '\(rule.identifier)' (already defined in \(first))")
            }
            seen[rule.identifier] = home
        }
        return rules
    }
}
