import FidelintCore
import Foundation
import Testing

/// Runs the hand-written case articles against their `expected.tsv`: our own fixtures in
/// `Tests/Fixtures/cases` always, and the shared originals in `../shared/cases` when present.
/// Matching follows `../shared/eval/score`: an expected row is found by a finding of its category
/// in its file that starts on (or spans) its line; a clean file (category `none`) gets no finding.
@Suite struct CaseFixtureTests {
    /// Fine-grained case categories mapped to fidelint's seven.
    static let categoryOf: [String: Category] = {
        var map: [String: Category] = [:]
        for fine in ["preamble", "closing_offer", "ai_self_reference", "refusal", "knowledge_cutoff", "ui_chrome",
                     "placeholder", "code_fence", "citation_artifact", "meta_commentary", "reasoning_leak"] {
            map[fine] = .assistantResidue
        }
        for fine in ["ad_label", "email_obfuscation", "widget_junk", "aggregator_disclaimer"] { map[fine] = .scraperResidue }
        map["name_inconsistency"] = .nameInconsistency
        map["duplicate_section"] = .duplicateSection
        map["truncated_table_row"] = .truncatedTable
        map["truncated_text"] = .truncatedText
        map["missing_source_link"] = .missingSource
        return map
    }()

    struct Row { var file: String; var category: String; var line: Int? }

    static func rows(in folder: URL) throws -> [Row] {
        let tsv = try String(contentsOf: folder.appendingPathComponent("expected.tsv"), encoding: .utf8)
        return tsv.split(separator: "\n").dropFirst().compactMap { line in
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 2, !parts[0].hasPrefix("#") else { return nil }
            return Row(file: parts[0], category: parts[1], line: parts.count > 2 ? Int(parts[2]) : nil)
        }
    }

    func check(folder: URL) throws {
        let rows = try Self.rows(in: folder)
        #expect(!rows.isEmpty)
        for file in Set(rows.map(\.file)).sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let findings = TestSupport.lint(text, path: file).findings
            let expected = rows.filter { $0.file == file }
            if expected.allSatisfy({ $0.category == "none" }) {
                #expect(findings.isEmpty, "false positive in clean \(file): \(findings.map { "\($0.location.line) \($0.ruleId): \($0.message)" })")
                continue
            }
            var used: Set<Int> = []
            for row in expected where row.category != "none" {
                let category = try #require(Self.categoryOf[row.category], "unknown category \(row.category)")
                let hit = findings.indices.first { i in
                    !used.contains(i) && findings[i].category == category
                        && (row.line == nil || findings[i].location.line == row.line
                            || (findings[i].location.line...findings[i].location.endLine).contains(row.line!))
                }
                #expect(hit != nil, "\(file):\(row.line.map(String.init) ?? "*") \(row.category) not found; got \(findings.map { "\($0.location.line) \($0.ruleId)" })")
                if let hit { used.insert(hit) }
            }
        }
    }

    @Test func ownFixtures() throws {
        try check(folder: TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/cases"))
    }

    @Test(.enabled(if: TestSupport.shared != nil, "../shared is absent"))
    func sharedCases() throws {
        try check(folder: TestSupport.shared!.appendingPathComponent("cases"))
    }
}
