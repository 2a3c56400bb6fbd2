import FidelintCore
import FidelintRules
import Testing

/// Every rule's examples are its tests (`RuleExampleVerifier`): each `↓` in a triggering example
/// must be the start of a finding of that rule, and a non-triggering example must produce none.
/// Columns and lines are also checked against an independent count.
@Suite struct RuleExamplesTests {
    static let ruleIds = TestSupport.rules.map(\.identifier)

    @Test(arguments: ruleIds)
    func examplesHold(_ id: String) {
        let rule = TestSupport.rule(id)
        let d = rule.description
        #expect(!d.triggeringExamples.isEmpty, "\(id) has no triggering example")
        #expect(!d.nonTriggeringExamples.isEmpty, "\(id) has no non-triggering example")
        let failures = RuleExampleVerifier.verify(rule)
        #expect(failures.isEmpty, "\(id): \(failures.map(\.description).joined(separator: "\n"))")
        for example in d.triggeringExamples {
            let text = example.stripped.text
            let result = TestSupport.lint(text, format: example.format, rules: [rule])
            for f in result.findings {
                // Independent column: UTF-16 units between the line start and the finding.
                let bytes = Array(text.utf8)
                let lineStart = (bytes[..<f.location.offset].lastIndex(of: 0x0A) ?? -1) + 1
                let prefix = String(decoding: bytes[lineStart..<f.location.offset], as: UTF8.self)
                #expect(f.location.column == prefix.utf16.count + 1, "\(example.origin): column")
                #expect(f.location.line == TestSupport.line(of: f.location.offset, in: text))
                #expect(f.category == d.category)
                #expect(!f.message.isEmpty && !f.message.hasSuffix("."), "\(id): message style")
            }
        }
    }

    @Test func ruleMetadataFollowsConventions() {
        var seen: Set<String> = []
        for rule in TestSupport.rules {
            let d = rule.description
            #expect(seen.insert(d.identifier).inserted, "duplicate id \(d.identifier)")
            #expect(d.identifier.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "_" }, "\(d.identifier) is not snake_case")
            #expect(d.summary.hasSuffix("."), "\(d.identifier): summary must end with a period")
            #expect(d.name.first?.isUppercase == true, "\(d.identifier): name must be Title Case")
            #expect(!d.origin.isEmpty, "\(d.identifier): origin says where the pattern comes from")
        }
        // Every category has at least one rule.
        #expect(Set(TestSupport.rules.map(\.description.category)) == Set(Category.allCases))
    }
}
