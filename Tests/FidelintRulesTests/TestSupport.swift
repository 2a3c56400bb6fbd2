import FidelintCore
import FidelintRules
import Foundation

/// Shared helpers for rule tests.
enum TestSupport {
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
}
