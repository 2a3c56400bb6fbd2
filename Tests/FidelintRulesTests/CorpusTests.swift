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
                // The gold texts lost their links when they were extracted, so "links no source" is
                // true of them and not a false alarm; the HTML pages below keep their links.
                if f.severity == .error, f.category != .missingSource {
                    errors.append("\(url.path):\(f.location.line): \(f.message) [\(f.ruleId)]")
                }
            }
        }
        print("corpus gold texts: \(Self.goldTexts.count) files; findings by category and severity: \(counts.sorted { $0.key < $1.key })")
        #expect(Self.goldTexts.count >= 150)
        #expect(errors.isEmpty, "error-level findings on human-written text:\n\(errors.joined(separator: "\n"))")
    }

    /// The real HTML pages (scrapinghub's gzip pages are decompressed in memory with gzip).
    static var htmlPages: [URL] {
        guard let shared = TestSupport.shared else { return [] }
        let fm = FileManager.default
        var files: [URL] = []
        let sh = shared.appendingPathComponent("corpus/scrapinghub/html")
        for name in (try? fm.contentsOfDirectory(atPath: sh.path)) ?? [] where name.hasSuffix(".html.gz") {
            files.append(sh.appendingPathComponent(name))
        }
        let pages = shared.appendingPathComponent("corpus/readability/pages")
        for name in (try? fm.contentsOfDirectory(atPath: pages.path)) ?? [] {
            let url = pages.appendingPathComponent(name).appendingPathComponent("source.html")
            if fm.fileExists(atPath: url.path) { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }

    static func contents(_ url: URL) throws -> Data {
        guard url.pathExtension == "gz" else { return try Data(contentsOf: url) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["gzip", "-dc", url.path]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return data
    }

    /// Per category, how many pages get an error-level finding (printed for the README). No page may
    /// get an error-level assistant-residue, name-inconsistency, truncated-table, truncated-text or
    /// duplicate-section finding (none of these pages really repeats a section), and at most one
    /// page in ten a missing-source error.
    @Test(.enabled(if: !htmlPages.isEmpty, "../shared/corpus is absent"))
    func htmlPagesGetNoStructuralFalseAlarm() throws {
        var pagesWithError: [Category: Set<String>] = [:]
        var forbidden: [String] = []
        let linter = Linter(rules: TestSupport.rules)
        for url in Self.htmlPages {
            let data = try Self.contents(url)
            let result = linter.lint(SourceText(path: url.lastPathComponent, bytes: Array(data)), format: .html)
            #expect(result.errors.isEmpty, "\(url.path): \(result.errors)")
            for f in result.findings where f.severity == .error {
                pagesWithError[f.category, default: []].insert(url.path)
                if [.assistantResidue, .nameInconsistency, .truncatedTable, .truncatedText, .duplicateSection].contains(f.category) {
                    forbidden.append("\(url.path):\(f.location.line):\(f.location.column): \(f.message) [\(f.ruleId)]")
                }
            }
        }
        let table = Category.allCases.map { "\($0.rawValue) \(pagesWithError[$0]?.count ?? 0)" }.joined(separator: ", ")
        print("corpus HTML pages: \(Self.htmlPages.count); pages with an error-level finding, by category: \(table)")
        #expect(Self.htmlPages.count >= 150)
        #expect(forbidden.isEmpty, "\(forbidden.joined(separator: "\n"))")
        // Sources: at most one page in ten gets a missing-source error (each checked by eye: the
        // README lists them).
        #expect((pagesWithError[.missingSource]?.count ?? 0) * 10 <= Self.htmlPages.count,
                "\(pagesWithError[.missingSource]?.sorted() ?? [])")
    }

    /// The three gold texts that really repeat a paragraph (a recurring interview question, a meal
    /// plan, a tweet credit line): repeats an editor publishes on purpose, so no finding.
    @Test(.enabled(if: TestSupport.shared != nil, "../shared/corpus is absent"),
          arguments: ["3c6d3381ef52ca26be2fbde19c1b0fe17d85682b726dfecf5e300c1ca34546b1",
                      "5f03fc173ebc6abdfae50b96ce0b05a6137b7d3f2ef379be35a9bb8ca9f49e87",
                      "0dd1357045727799a447563fd8851f4ebe79f042073ea16991a9b67aa595f81a"])
    func repeatedParagraphsInGoldTexts(_ id: String) throws {
        let url = TestSupport.shared!.appendingPathComponent("corpus/scrapinghub/text/\(id).txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        // The text does repeat a paragraph of its own ...
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count > 20 }
        #expect(Set(lines).count < lines.count)
        // ... and that is not reported.
        #expect(TestSupport.lint(text, path: id).findings.filter { $0.category == .duplicateSection }.isEmpty)
    }
}
