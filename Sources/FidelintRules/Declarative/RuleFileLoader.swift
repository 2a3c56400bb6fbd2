import FidelintCore
import FidelintRegex
import Yams

/// A rule file that cannot be loaded: the file, the 1-based line, and what is wrong.
public struct RuleFileError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, or `file: message` when the problem is the whole file (`line` 0).
    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}

/// Loads declarative rule files (YAML, data only) into `PatternRule`s.
///
/// Keys (unknown keys are an error, as in Vale's `ErrorUnused`):
/// - `id` (required): snake_case; must equal the file name without `.yml`.
/// - `name`, `summary`, `message` (required): Title Case name, one-sentence summary, finding message
///   (`{match}` is replaced by the quoted match).
/// - `category` (required): one of the seven categories; `severity`: `error` (default), `warning`, `note`.
/// - `pattern` (required): PCRE2, compiled with UTF, UCP, multiline and JIT; `caseless` (default
///   `true`), `dot_all`, `extended` (default `false`).
/// - `scope`: `text` (default), `headline`, `first_lines`, `last_lines`, `envelope` (the first and
///   the last lines); `lines` (default 3) for the last three.
/// - `skip`: a list of `quotations`, `code`; default `[code]`.
/// - `front_matter` (default `false`): the pattern also runs over a Markdown file's front matter,
///   raw and unmasked (its values are published as the page's title, author and description).
/// - `page_residue` (default `false`): the pattern also runs over an HTML page's residue view
///   (`Article.pageResidue`: widget and footer text outside the article region), unmasked and
///   without the prefilter; for rules that find page furniture (a feed footer under the article).
/// - `prefilter`: a list of literals, at least one of which every match of the pattern contains;
///   an item may be a list of literals that a match contains together. Literals are compared
///   ASCII-caselessly, hold no white space, and start with `\b`, `^` or `\A` or a non-word
///   character, and may end with `\b` or `\d` (see `PrefilterLiteral`). The pattern then runs
///   only on articles whose scope holds one (or a whole group). Each match in every example must
///   contain one, or the file is refused at the example's line.
/// - `starts`: a list of literals (as in `prefilter`, with `\b` or no anchor) one of which every
///   match of the pattern starts with, unless it starts with a non-ASCII character that begins a
///   word; the item `'^'` also allows any line's beginning. The pattern is then tried only at those positions (anchored), which finds the same
///   matches. Each match in every example must start so, or the file is refused.
/// - `repair`: how `fidelint fix` (and the SARIF `fixes`, the JSON `fix` object, the editors'
///   code actions) repairs a finding without a person: `line` (delete the finding's lines when
///   nothing else stands on them), `sentence` (`line`, or the finding's whole sentences within
///   its line) or `token` (the inline token with the space before it, or its line when alone);
///   see `RepairKind`. Absent: no repair (a person decides).
/// - `origin` (required): where the pattern comes from.
/// - `examples` (required): `triggering` and `non_triggering` lists of article texts; `↓` marks
///   where a finding must start.
public enum RuleFileLoader {
    static let knownKeys: Set<String> = [
        "id", "name", "summary", "category", "severity", "message", "pattern", "caseless", "dot_all",
        "extended", "scope", "lines", "skip", "origin", "examples", "prefilter", "starts", "yields", "page_residue", "front_matter",
        "repair",
    ]

    /// Loads one rule file.
    /// - Parameters:
    ///   - path: shown in errors and used as the example origin.
    ///   - pack: the rule pack (folder) name.
    /// - Throws: `RuleFileError` naming the file and line.
    /// Refuses YAML that uses an alias as a mapping key (`YAMLGuard`), before Yams expands it.
    /// - Throws: `RuleFileError` with the file and the alias's line.
    public static func refuseAliasKeys(_ yaml: String, path: String) throws(RuleFileError) {
        if let hit = YAMLGuard.aliasKey(in: yaml) {
            throw RuleFileError(file: path, line: hit.line,
                                message: "the alias \(hit.alias) is used as a mapping key, which fidelint refuses (its expansion is unbounded)")
        }
    }

    public static func load(yaml: String, path: String, pack: String) throws(RuleFileError) -> PatternRule {
        try load(node: compose(yaml, path: path), path: path, pack: pack)
    }

    /// The root node of a rule file's YAML.
    /// - Throws: `RuleFileError` for an alias used as a key, invalid YAML or an empty file.
    static func compose(_ yaml: String, path: String) throws(RuleFileError) -> Node {
        let node: Node
        try refuseAliasKeys(yaml, path: path)
        do {
            guard let n = try Yams.compose(yaml: yaml) else {
                throw RuleFileError(file: path, line: 1, message: "empty rule file")
            }
            node = n
        } catch let e as RuleFileError {
            throw e
        } catch let e as YamlError {
            throw RuleFileError(file: path, line: yamlErrorLine(e), message: "invalid YAML: \(yamlErrorMessage(e))")
        } catch {
            throw RuleFileError(file: path, line: 1, message: "invalid YAML: \(error)")
        }
        return node
    }

    /// Loads one rule file from its root node (`compose`, or a shipped file's pre-parsed tree).
    /// - Parameter verifyExamples: whether to compile the pattern now and check the `prefilter`
    ///   and `starts` literals against the rule's examples (which runs the pattern on each). Off
    ///   only for the shipped packs (their patterns are then compiled on first use), which the
    ///   tests load with it on; a user's files are always checked.
    /// - Throws: `RuleFileError` naming the file and line.
    static func load(node: Node, path: String, pack: String, verifyExamples: Bool = true) throws(RuleFileError) -> PatternRule {
        guard let map = node.mapping else {
            throw RuleFileError(file: path, line: line(node), message: "a rule file must be a mapping of keys to values")
        }
        var values: [String: Node] = [:]
        for (k, v) in map {
            guard let key = k.string else { throw RuleFileError(file: path, line: line(k), message: "keys must be strings") }
            guard knownKeys.contains(key) else {
                throw RuleFileError(file: path, line: line(k),
                                    message: "unknown key '\(key)'; expected one of \(knownKeys.sorted().joined(separator: ", "))")
            }
            values[key] = v
        }
        func string(_ key: String, required: Bool = true) throws(RuleFileError) -> String? {
            guard let v = values[key] else {
                if required { throw RuleFileError(file: path, line: 1, message: "missing required key '\(key)'") }
                return nil
            }
            guard let s = v.scalar?.string, !s.isEmpty else {
                throw RuleFileError(file: path, line: line(v), message: "'\(key)' must be a non-empty string")
            }
            return s
        }
        func bool(_ key: String, default value: Bool) throws(RuleFileError) -> Bool {
            guard let v = values[key] else { return value }
            guard let s = v.scalar?.string, let b = Bool(s) else {
                throw RuleFileError(file: path, line: line(v), message: "'\(key)' must be true or false")
            }
            return b
        }

        let id = try string("id")!
        let fileName = path.split(separator: "/").last.map { String($0) } ?? path
        let stem = fileName.hasSuffix(".yml") ? String(fileName.dropLast(4)) : (fileName.hasSuffix(".yaml") ? String(fileName.dropLast(5)) : fileName)
        guard id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "_" }), id.first?.isLetter == true else {
            throw RuleFileError(file: path, line: line(values["id"]!), message: "id '\(id)' must be snake_case")
        }
        guard id == stem else {
            throw RuleFileError(file: path, line: line(values["id"]!), message: "id '\(id)' must equal the file name '\(stem)'")
        }
        let categoryText = try string("category")!
        guard let category = Category(rawValue: categoryText) else {
            throw RuleFileError(file: path, line: line(values["category"]!),
                                message: "unknown category '\(categoryText)'; expected one of \(Category.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var severity = Severity.error
        if let s = try string("severity", required: false) {
            guard let parsed = Severity(rawValue: s) else {
                throw RuleFileError(file: path, line: line(values["severity"]!), message: "severity must be error, warning or note, not '\(s)'")
            }
            severity = parsed
        }
        var scope = PatternScope.text
        var lines = 3
        if let l = values["lines"] {
            guard let n = l.scalar.flatMap({ Int($0.string) }), n >= 1, n <= 1000 else {
                throw RuleFileError(file: path, line: line(l), message: "'lines' must be a whole number from 1 to 1000")
            }
            lines = n
        }
        if let s = try string("scope", required: false) {
            switch s {
            case "text": scope = .text
            case "headline": scope = .headline
            case "first_lines": scope = .firstLines(lines)
            case "last_lines": scope = .lastLines(lines)
            case "envelope": scope = .envelope(lines)
            default:
                throw RuleFileError(file: path, line: line(values["scope"]!),
                                    message: "unknown scope '\(s)'; expected text, headline, first_lines, last_lines or envelope")
            }
        }
        var masks: MaskSet = [.code]
        if let skip = values["skip"] {
            guard let seq = skip.sequence else {
                throw RuleFileError(file: path, line: line(skip), message: "'skip' must be a list of quotations, code")
            }
            masks = []
            for item in seq {
                switch item.string {
                case "quotations": masks.insert(.quotations)
                case "code": masks.insert(.code)
                default:
                    throw RuleFileError(file: path, line: line(item), message: "unknown skip '\(item.string ?? "?")'; expected quotations or code")
                }
            }
        }
        let pattern = try string("pattern")!
        let options = PCRE2Regex.Options(caseless: try bool("caseless", default: true), multiline: true,
                                         dotAll: try bool("dot_all", default: false), extended: try bool("extended", default: false))
        let regex: PCRE2Regex
        do {
            // A shipped rule's pattern (tests compile every one) is compiled on first use.
            regex = verifyExamples ? try PCRE2Regex(pattern, options: options) : PCRE2Regex(deferred: pattern, options: options)
        } catch {
            throw RuleFileError(file: path, line: line(values["pattern"]!), message: error.description)
        }
        let (triggering, nonTriggering) = try examples(values["examples"], path: path)
        var prefilter: LiteralPrefilter?
        if let node = values["prefilter"] {
            guard let seq = node.sequence, !seq.isEmpty else {
                throw RuleFileError(file: path, line: line(node), message: "'prefilter' must be a non-empty list of literals")
            }
            var groups: [[PrefilterLiteral]] = []
            for item in seq {
                let members = item.sequence.map(Array.init) ?? [item]
                guard !members.isEmpty else {
                    throw RuleFileError(file: path, line: line(item), message: "a prefilter group must list at least one literal")
                }
                var group: [PrefilterLiteral] = []
                for member in members {
                    guard let text = member.scalar?.string else {
                        throw RuleFileError(file: path, line: line(member), message: "each prefilter literal must be a text, or a list of texts that match together")
                    }
                    do {
                        group.append(try PrefilterLiteral(parsing: text, caseless: options.caseless))
                    } catch {
                        throw RuleFileError(file: path, line: line(member), message: error.description)
                    }
                }
                groups.append(group)
            }
            let filter = LiteralPrefilter(groups: groups)
            if verifyExamples {
                try checkPrefilter(filter, regex: regex, examples: triggering + nonTriggering, path: path, line: line(node))
            }
            prefilter = filter
        }
        var starts: [PrefilterLiteral]?
        var anchoredRegex: PCRE2Regex?
        var startsAtLines = false
        if let node = values["starts"] {
            guard let seq = node.sequence, !seq.isEmpty else {
                throw RuleFileError(file: path, line: line(node), message: "'starts' must be a non-empty list of literals")
            }
            var literals: [PrefilterLiteral] = []
            for item in seq {
                guard let text = item.scalar?.string else {
                    throw RuleFileError(file: path, line: line(item), message: "each 'starts' literal must be a text")
                }
                if text == "^" {
                    startsAtLines = true
                    continue
                }
                let literal: PrefilterLiteral
                do {
                    literal = try PrefilterLiteral(parsing: text, caseless: options.caseless)
                } catch {
                    throw RuleFileError(file: path, line: line(item), message: error.description)
                }
                guard literal.anchor == .wordStart || literal.anchor == .none else {
                    throw RuleFileError(file: path, line: line(item), message: "a 'starts' literal begins the match: only \\b may anchor it")
                }
                literals.append(literal)
            }
            if verifyExamples {
                try checkStarts(literals, atLines: startsAtLines, regex: regex, examples: triggering + nonTriggering, path: path, line: line(node))
            }
            var anchoredOptions = options
            anchoredOptions.anchored = true
            do {
                anchoredRegex = verifyExamples ? try PCRE2Regex(pattern, options: anchoredOptions)
                    : PCRE2Regex(deferred: pattern, options: anchoredOptions)
            } catch {
                throw RuleFileError(file: path, line: line(values["pattern"]!), message: error.description)
            }
            starts = literals
        }
        var description = RuleDescription(
            identifier: id, name: try string("name")!, summary: try string("summary")!, category: category,
            defaultSeverity: severity, origin: try string("origin")!, pack: pack,
            triggeringExamples: triggering, nonTriggeringExamples: nonTriggering)
        description.yields = try bool("yields", default: false)
        if let r = try string("repair", required: false) {
            guard let kind = RepairKind(rawValue: r), RepairKind.declarable.contains(kind) else {
                throw RuleFileError(file: path, line: line(values["repair"]!),
                                    message: "unknown repair '\(r)'; expected \(RepairKind.declarable.map(\.rawValue).joined(separator: ", "))")
            }
            description.repair = kind
        }
        var rule = PatternRule(description: description, regex: regex, message: try string("message")!, scope: scope, masks: masks,
                               path: path, prefilter: prefilter, starts: starts, anchoredRegex: anchoredRegex, startsAtLines: startsAtLines,
                               readsPageResidue: try bool("page_residue", default: false))
        rule.readsFrontMatter = try bool("front_matter", default: false)
        return rule
    }

    /// Whether a match of `regex` starting at byte `p` of `bytes` is allowed by `starts`: one of
    /// the literals occurs there with its anchor and edge, a non-ASCII character starts a word
    /// there, or (`atLines`) a line begins there.
    static func startAllowed(_ starts: [PrefilterLiteral], atLines: Bool, at p: Int, in bytes: [UInt8]) -> Bool {
        if atLines {
            if p == 0 || (0x0A...0x0D).contains(bytes[p - 1]) { return true }
            if p >= 2, bytes[p - 1] == 0x85, bytes[p - 2] == 0xC2 { return true }
            if p >= 3, bytes[p - 1] == 0xA8 || bytes[p - 1] == 0xA9, bytes[p - 2] == 0x80, bytes[p - 3] == 0xE2 { return true }
        }
        guard p < bytes.count else { return false }
        if bytes[p] >= 0xC0 { return p == 0 || !PrefilterLiteral.isWordByte(bytes[p - 1]) }
        return bytes.withUnsafeBufferPointer { b in starts.contains { $0.holds(at: p, in: b, subjectEnd: b.count) } }
    }

    /// Refuses `starts` literals that some match of the pattern in the rule's own examples does
    /// not start with: they would hide findings.
    private static func checkStarts(_ starts: [PrefilterLiteral], atLines: Bool, regex: PCRE2Regex, examples: [Example], path: String,
                                    line startsLine: Int) throws(RuleFileError) {
        let matcher = PCRE2Matcher.forCurrentThread()
        for example in examples {
            let bytes = Array(example.stripped.text.utf8)
            guard let matches = try? matcher.matches(regex, in: bytes) else { continue }
            for m in matches where !startAllowed(starts, atLines: atLines, at: m.range.lowerBound, in: bytes) {
                let exampleLine = example.origin.split(separator: ":").last.flatMap { Int($0) } ?? startsLine
                let text = String(decoding: bytes[m.range], as: UTF8.self)
                throw RuleFileError(
                    file: path, line: exampleLine,
                    message: "starts: the pattern matches “\(TextTools.quote(text))” in this example, which starts with none of the 'starts' literals")
            }
        }
    }

    /// Refuses a prefilter that some match of the pattern in the rule's own examples does not
    /// contain: such a prefilter would hide findings.
    private static func checkPrefilter(_ filter: LiteralPrefilter, regex: PCRE2Regex, examples: [Example], path: String,
                                       line prefilterLine: Int) throws(RuleFileError) {
        let matcher = PCRE2Matcher.forCurrentThread()
        for example in examples {
            let bytes = Array(example.stripped.text.utf8)
            guard let matches = try? matcher.matches(regex, in: bytes) else { continue }
            for m in matches where !filter.covers(m.range, in: bytes) {
                let exampleLine = example.origin.split(separator: ":").last.flatMap { Int($0) } ?? prefilterLine
                let text = String(decoding: bytes[m.range], as: UTF8.self)
                throw RuleFileError(
                    file: path, line: exampleLine,
                    message: "prefilter: the pattern matches “\(TextTools.quote(text))” in this example, which contains none of the prefilter literals "
                        + filter.declared + "; every match must contain one"
                        + (filter.groups.contains { $0.count > 1 } ? " (all of a group in brackets)" : ""))
            }
        }
    }

    private static func examples(_ node: Node?, path: String) throws(RuleFileError) -> ([Example], [Example]) {
        guard let node else { throw RuleFileError(file: path, line: 1, message: "missing required key 'examples'") }
        guard let map = node.mapping else {
            throw RuleFileError(file: path, line: line(node), message: "'examples' must map triggering and non_triggering to lists")
        }
        var triggering: [Example] = [], nonTriggering: [Example] = []
        for (k, v) in map {
            guard let key = k.string, key == "triggering" || key == "non_triggering" else {
                throw RuleFileError(file: path, line: line(k), message: "unknown examples key '\(k.string ?? "?")'; expected triggering or non_triggering")
            }
            guard let seq = v.sequence, !seq.isEmpty else {
                throw RuleFileError(file: path, line: line(v), message: "'\(key)' must be a non-empty list of texts")
            }
            for item in seq {
                guard let text = item.scalar?.string else {
                    throw RuleFileError(file: path, line: line(item), message: "each example must be a text")
                }
                let example = Example(text, format: .plain, origin: "\(path):\(line(item))")
                if key == "triggering" {
                    guard text.contains(Example.marker) else {
                        throw RuleFileError(file: path, line: line(item), message: "a triggering example must mark each expected finding with \(Example.marker)")
                    }
                    triggering.append(example)
                } else {
                    nonTriggering.append(example)
                }
            }
        }
        guard !triggering.isEmpty, !nonTriggering.isEmpty else {
            throw RuleFileError(file: path, line: line(node), message: "a rule needs both triggering and non_triggering examples")
        }
        return (triggering, nonTriggering)
    }

    static func line(_ node: Node) -> Int { max(1, node.mark?.line ?? 1) }

    /// What is wrong, for "invalid YAML: …". A duplicated key is named without Yams's context,
    /// which holds the whole file.
    static func yamlErrorMessage(_ error: YamlError) -> String { yamlErrorSummary(error) }

    static func yamlErrorLine(_ error: YamlError) -> Int {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return mark.line
        case let .duplicatedKeysInMapping(_, context):
            return max(1, context.mark.line)
        default:
            return 1
        }
    }

    /// The parser's complaint on one line, without the quoted source and caret that Yams adds
    /// ("while parsing a flow node, did not find expected node content (column 1)").
    static func yamlErrorSummary(_ error: YamlError) -> String {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            return (context.map { "\($0.text), " } ?? "") + "\(problem) (column \(mark.column))"
        case let .duplicatedKeysInMapping(duplicates, _):
            return "duplicate key " + duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ") + " in one mapping"
        default:
            return error.description.split(separator: "\n").first.map(String.init) ?? "\(error)"
        }
    }
}
