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
        var failures: [Failure] = []
        let linter = Linter(rules: [rule])
        for example in rule.description.triggeringExamples {
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
            let result = linter.lint(SourceText(path: "example", string: example.stripped.text), format: example.format)
            if let f = result.findings.first {
                failures.append(Failure(origin: example.origin,
                                        message: "non-triggering example gives a finding at line \(f.location.line): \(f.message)"))
            }
        }
        return failures
    }
}
