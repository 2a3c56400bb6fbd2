import FidelintCore

/// Runs a rule's examples: each `↓` in a triggering example must be the start of a finding of the
/// rule, and every finding must start at a marker; a non-triggering example must produce no
/// finding. Used by the test suite for every shipped rule and at load time for users' rule packs.
public enum RuleExampleVerifier {
    /// One example that does not hold.
    public struct Failure: Sendable, CustomStringConvertible {
        /// `file:line` of the example.
        public var origin: String
        public var message: String
        public var description: String { "\(origin): \(message)" }
    }

    /// The examples of `rule` that do not hold (empty when all do).
    public static func verify(_ rule: any Rule) -> [Failure] {
        if let cross = rule as? any CrossArticleRule { return verifyAcross(cross) }
        var failures: [Failure] = []
        for example in rule.description.triggeringExamples {
            let linter = Linter(rules: [rule], options: example.options)
            let (text, markers) = example.stripped
            let result = linter.lint(SourceText(path: "example", string: text), format: example.format)
            let starts = result.findings.map(\.location.offset).sorted()
            if !result.errors.isEmpty {
                failures.append(Failure(origin: example.origin, message: result.errors.joined(separator: "; ")))
            } else if starts != markers.sorted() {
                let where_ = starts.isEmpty ? "no finding" : "findings at byte offsets \(starts)"
                failures.append(Failure(origin: example.origin,
                                        message: "triggering example gives \(where_), but its markers are at \(markers.sorted())"))
            }
        }
        for example in rule.description.nonTriggeringExamples {
            let linter = Linter(rules: [rule], options: example.options)
            let result = linter.lint(SourceText(path: "example", string: example.stripped.text), format: example.format)
            if let f = result.findings.first {
                failures.append(Failure(origin: example.origin,
                                        message: "non-triggering example gives a finding at line \(f.location.line): \(f.message)"))
            }
        }
        return failures
    }

    /// Cross-article examples hold several articles separated by a form-feed line ("\u{0C}\n");
    /// marker offsets count from the start of the whole example.
    static func verifyAcross(_ rule: any CrossArticleRule) -> [Failure] {
        var failures: [Failure] = []
        let examples = rule.description.triggeringExamples.map { ($0, true) } + rule.description.nonTriggeringExamples.map { ($0, false) }
        for (example, triggering) in examples {
            let (text, markers) = example.stripped
            var bases: [String: Int] = [:]
            var signatures: [ArticleSignature] = []
            var base = 0
            let linter = Linter(rules: [rule], options: example.options)
            for (i, piece) in text.components(separatedBy: "\u{0C}\n").enumerated() {
                let path = "article\(i + 1).txt"
                bases[path] = base
                if let s = linter.lint(SourceText(path: path, string: piece), format: example.format).signature { signatures.append(s) }
                base += piece.utf8.count + 2
            }
            let starts = rule.check(across: signatures).map { bases[$0.path, default: 0] + $0.finding.location.offset }.sorted()
            let expected = triggering ? markers.sorted() : []
            if starts != expected {
                failures.append(Failure(origin: example.origin,
                                        message: "example gives findings at byte offsets \(starts), expected \(expected)"))
            }
        }
        return failures
    }
}
