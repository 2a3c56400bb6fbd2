import FidelintCore
import Foundation
import Testing

/// Real, human-written news text (`../shared/corpus/`, read in place, never copied): false
/// positives there are bugs. The gold texts must get no error-level finding; the per-category
/// counts of findings are printed for the README's accuracy section. Skipped when absent.
@Suite struct CorpusTests {
    static var goldTexts: [URL] {
        guard let shared = TestSupport.shared else { return [] }
        let fm = FileManager.default
        var files: [URL] = []
        let text = shared.appendingPathComponent("corpus/scrapinghub/text")
        for name in (try? fm.contentsOfDirectory(atPath: text.path)) ?? [] where name.hasSuffix(".txt") {
            files.append(text.appendingPathComponent(name))
        }
        let pages = shared.appendingPathComponent("corpus/readability/pages")
        for name in (try? fm.contentsOfDirectory(atPath: pages.path)) ?? [] {
            let url = pages.appendingPathComponent(name).appendingPathComponent("expected.txt")
            if fm.fileExists(atPath: url.path) { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }

    @Test(.enabled(if: !goldTexts.isEmpty, "../shared/corpus is absent"))
    func goldTextsGetNoErrorLevelFinding() throws {
        var counts: [String: Int] = [:]
        var errors: [String] = []
        for url in Self.goldTexts {
            let data = try Data(contentsOf: url)
            let file = Linter(rules: TestSupport.rules).lint(SourceText(path: url.lastPathComponent, bytes: Array(data)), format: .plain)
            #expect(file.errors.isEmpty, "\(url.path): \(file.errors)")
            for f in file.findings {
                counts["\(f.category.rawValue) \(f.severity.rawValue)", default: 0] += 1
                if f.severity == .error { errors.append("\(url.path):\(f.location.line): \(f.message) [\(f.ruleId)]") }
            }
        }
        print("corpus gold texts: \(Self.goldTexts.count) files; findings by category and severity: \(counts.sorted { $0.key < $1.key })")
        #expect(Self.goldTexts.count >= 150)
        #expect(errors.isEmpty, "error-level findings on human-written text:\n\(errors.joined(separator: "\n"))")
    }
}
