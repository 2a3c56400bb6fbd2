import FidelintCore
import FidelintRules
import Foundation

/// Shared helpers for rule tests.
enum TestSupport {
    /// The CPU time (seconds) the calling thread spends in `body`: unlike wall time, not inflated
    /// by other processes or parallel tests on a loaded machine (the linear-work tests of issue
    /// 15 use it; linting one text runs on the calling thread).
    static func threadCPUSeconds(_ body: () -> Void) -> Double {
        func now() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        }
        let start = now()
        body()
        return now() - start
    }

    /// Every rule: built-in analyzers and the shipped (embedded) packs.
    static let rules: [any Rule] = {
        do { return try RuleSet.all() } catch { fatalError("shipped rules do not load: \(error)") }
    }()

    static func rule(_ id: String) -> any Rule {
        guard let r = rules.first(where: { $0.identifier == id }) else { fatalError("no rule \(id)") }
        return r
    }

    /// Lints `text` with `rules` (all by default).
    static func lint(_ text: String, format: ArticleFormat = .plain, path: String = "test.txt",
                     rules: [any Rule]? = nil, options: LintOptions = LintOptions()) -> FileResult {
        Linter(rules: rules ?? self.rules, options: options).lint(SourceText(path: path, string: text), format: format)
    }

    /// The package root (for reading Rules/ and Tests/Fixtures/).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the package, when present.
    static var shared: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// 1-based line of byte `offset` in `text`.
    static func line(of offset: Int, in text: String) -> Int {
        Array(text.utf8)[..<offset].filter { $0 == 0x0A }.count + 1
    }

    /// One expected finding of a rule-level fixture folder (`Tests/Fixtures/names`, `…/sources`):
    /// `expected.tsv` rows are file, category, line, reason, and the reason starts with the rule id.
    struct RuleRow: Hashable { var file: String; var rule: String; var line: Int }

    /// The positive rows and the clean files of a rule-level fixture folder.
    static func ruleFixtures(_ folder: URL) throws -> (positives: [RuleRow], clean: [String]) {
        let tsv = try String(contentsOf: folder.appendingPathComponent("expected.tsv"), encoding: .utf8)
        var positives: [RuleRow] = [], clean: [String] = []
        for line in tsv.split(separator: "\n").dropFirst() {
            let p = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if p[1] == "none" { clean.append(p[0]); continue }
            positives.append(RuleRow(file: p[0], rule: String(p[3].prefix { $0 != ":" }), line: Int(p[2])!))
        }
        return (positives, clean)
    }

    /// The findings of `category` in one fixture file, read in the format its extension names.
    static func fixtureFindings(_ folder: URL, _ file: String, _ category: Category) throws -> [ResolvedFinding] {
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        return lint(text, format: ArticleFormat.forPath(file), path: file).findings.filter { $0.category == category }
    }
}
