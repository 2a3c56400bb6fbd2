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

    /// `rg -P -f` joins the exported lines into one alternation: group names are made distinct per
    /// rule (no name is defined by two lines), and each renamed line still finds what its rule
    /// finds. (All shipped patterns joined are now past PCRE2's compiled-size limit, so rg cannot
    /// take the whole file at once: issue 16's benchmark has to split it.)
    @Test func exportedPatternsCompileTogether() throws {
        let lines = Self.patternRules.enumerated().map { PCRE2Regex.renamingGroups($0.element.regex.singleLinePattern, prefix: "r\($0.offset)_") }
        let plain = PCRE2Regex.Options(caseless: false, multiline: false, dotAll: false, extended: false)
        var definedBy: [String: Int] = [:]
        for (k, line) in lines.enumerated() {
            for name in line.matches(of: /\(\?<([A-Za-z_][A-Za-z0-9_]*)>/).map({ String($0.1) }) {
                #expect(definedBy[name] == nil || definedBy[name] == k, "\(name) defined by two exported lines")
                definedBy[name] = k
            }
        }
        let matcher = PCRE2Matcher.forCurrentThread()
        for (rule, line) in zip(Self.patternRules, lines) {
            let renamed = try PCRE2Regex(line, options: plain)
            for example in rule.description.triggeringExamples + rule.description.nonTriggeringExamples {
                let bytes = Array(example.stripped.text.utf8)
                #expect(try matcher.matches(rule.regex, in: bytes).map(\.range) == matcher.matches(renamed, in: bytes).map(\.range), "\(rule.identifier)")
            }
        }
        #expect(PCRE2Regex.renamingGroups("(?(DEFINE)(?<w>a))(?<=b)(?&w)\\k<w>", prefix: "r1_") == "(?(DEFINE)(?<r1_w>a))(?<=b)(?&r1_w)\\k<r1_w>")
    }

    @Test func flatteningKeepsClassesAndEscapes() throws {
        let r = try PCRE2Regex("a [ #] b \\# c # comment\n| d\\ e", options: .init(caseless: true, multiline: true, dotAll: false, extended: true))
        #expect(r.singleLinePattern == "(?im)a[\\x20#]b\\#c|d\\x20e")
    }
}
