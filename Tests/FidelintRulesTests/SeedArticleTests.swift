import FidelintCore
import Foundation
import Testing

/// The real article the project started from (`../shared/seed/`): every defect at its line, the
/// related locations that explain the name conflict and the duplicate, and nothing else.
/// Skipped when `../shared` is absent.
@Suite struct SeedArticleTests {
    static var seed: String? {
        guard let shared = TestSupport.shared else { return nil }
        return try? String(contentsOf: shared.appendingPathComponent("seed/000_26ef7f82953b76ab.txt"), encoding: .utf8)
    }

    @Test(.enabled(if: seed != nil, "../shared/seed is absent"))
    func everyDefectAtItsLineAndNothingElse() throws {
        let result = TestSupport.lint(try #require(Self.seed), path: "seed.txt")
        #expect(result.errors.isEmpty)
        let got = result.findings.map { "\($0.location.line) \($0.ruleId)" }
        let expected = [
            "1 junk_glyphs", "2 ad_label", "6 ad_label", "8 role_conflict", "8 missing_source_link",
            "19 flattened_table", "37 flattened_table", "49 flattened_table", "52 assistant_preamble",
            "54 stray_code_fence", "56 duplicate_section", "60 flattened_table", "63 truncated_table_row",
            "70 aggregator_disclaimer", "70 email_obfuscation", "71 ad_label", "77 ad_label",
            "79 sidebar_widget", "83 calendar_widget", "91 pagination_widget", "93 junk_glyphs",
        ]
        #expect(got == expected, "\(got)")
    }

    @Test(.enabled(if: seed != nil, "../shared/seed is absent"))
    func relatedLocationsExplainTheFindings() throws {
        let findings = TestSupport.lint(try #require(Self.seed), path: "seed.txt").findings
        let conflict = try #require(findings.first { $0.ruleId == "role_conflict" })
        #expect(conflict.snippet == "President Yoon Suk-yeol")
        #expect(conflict.related.map(\.location.line) == [4, 10, 12, 26, 67])
        #expect(conflict.message.contains("“President Lee” (5 mentions of Lee, including the headline)"))

        let duplicate = try #require(findings.first { $0.ruleId == "duplicate_section" })
        #expect(duplicate.location.line == 56 && duplicate.location.endLine == 63)
        #expect(duplicate.related.map(\.location.line) == [45])
        #expect(duplicate.related.first?.location.endLine == 52)

        let row = try #require(findings.first { $0.ruleId == "truncated_table_row" })
        #expect(row.message.contains("has 2 of 3 cells (missing “Expected Outcomes”)"))
        #expect(row.message.contains("“Advanced technological solutions; Shared knowledge”"))
        #expect(row.related.map(\.location.line) == [52])

        let source = try #require(findings.first { $0.ruleId == "missing_source_link" })
        #expect(source.message.contains("“Korea.net”"))
        #expect(source.location.column == 485)

        let preamble = try #require(findings.first { $0.ruleId == "assistant_preamble" })
        #expect(preamble.snippet.hasPrefix("Certainly! Here’s the completed version of your table"))
        // Column in UTF-16 units: line 52 holds only ASCII before the lead-in.
        #expect(preamble.location.column == 118)
    }

    /// CRLF and lone-CR line endings give the same findings at the same lines and columns.
    @Test(.enabled(if: seed != nil, "../shared/seed is absent"), arguments: ["\r\n", "\r"])
    func lineEndingsDoNotChangeFindings(_ ending: String) throws {
        let seed = try #require(Self.seed)
        func summary(_ text: String) -> [String] {
            TestSupport.lint(text, path: "seed.txt").findings.map {
                "\($0.location.line):\($0.location.column)-\($0.location.endLine):\($0.location.endColumn) \($0.ruleId) \($0.related.map(\.location.line))"
            }
        }
        let converted = seed.replacingOccurrences(of: "\n", with: ending)
        #expect(summary(converted) == summary(seed))
    }
}
