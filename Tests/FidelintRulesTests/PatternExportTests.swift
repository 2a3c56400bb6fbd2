import FidelintCore
import FidelintRegex
@testable import FidelintRules
import Testing

/// `fidelint rules --export-patterns`: each shipped pattern as one line compiles without extended
/// mode and finds exactly what the rule's own pattern finds on the rule's examples.
@Suite struct PatternExportTests {
    static let patternRules = TestSupport.rules.compactMap { $0 as? PatternRule }

    @Test func everyShippedPatternExports() throws {
        #expect(Self.patternRules.count >= 14)   // the four widget packs became Swift analyzers (issue 14)
        for rule in Self.patternRules {
            let line = rule.regex.singleLinePattern
            #expect(!line.contains("\n"), "\(rule.identifier)")
            let exported = try PCRE2Regex(line, options: .init(caseless: false, multiline: false, dotAll: false, extended: false))
            let matcher = PCRE2Matcher.forCurrentThread()
            for example in rule.description.triggeringExamples + rule.description.nonTriggeringExamples {
                let bytes = Array(example.stripped.text.utf8)
                let a = try matcher.matches(rule.regex, in: bytes).map(\.range)
                let b = try matcher.matches(exported, in: bytes).map(\.range)
                #expect(a == b, "\(rule.identifier): \(example.origin)")
            }
        }
    }

    @Test func flatteningKeepsClassesAndEscapes() throws {
        let r = try PCRE2Regex("a [ #] b \\# c # comment\n| d\\ e", options: .init(caseless: true, multiline: true, dotAll: false, extended: true))
        #expect(r.singleLinePattern == "(?im)a[\\x20#]b\\#c|d\\x20e")
    }
}
