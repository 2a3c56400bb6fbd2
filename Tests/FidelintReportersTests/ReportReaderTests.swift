import FidelintCore
import FidelintReporters
import Foundation
import Testing

/// JSON and SARIF reports read back give the run they were written from, and merge into one.
@Suite struct ReportReaderTests {
    static func key(_ f: ResolvedFinding) -> String {
        let l = f.location
        return "\(f.path) \(l.line):\(l.column)-\(l.endLine):\(l.endColumn) @\(l.offset)-\(l.endOffset) \(f.ruleId) \(f.severity) \(f.category) \(f.fingerprint) \(f.message) "
            + f.related.map { "[\($0.path) \($0.location.line):\($0.location.column) \($0.message)]" }.joined()
    }

    static let run = ReporterTests.run(files: [("flood.txt", ReporterTests.article), ("clean.txt", "Fine.\n")],
                                       errors: [.init(path: "gone.txt", message: "no such file or folder")])

    @Test(arguments: ["json", "sarif"])
    func roundTrip(format: String) throws {
        let text = format == "json" ? JSONReporter.report(Self.run) : SARIFReporter.report(Self.run)
        let shard = try ReportReader.read(Data(text.utf8), path: "in.\(format)", workingDirectory: "/repo")
        #expect(shard.files.map(\.path) == ["flood.txt", "clean.txt"])
        #expect(shard.files.flatMap(\.findings).map(Self.key) == Self.run.findings.map(Self.key))
        #expect(shard.fileErrors == [.init(path: "gone.txt", message: "no such file or folder")])
        #expect(shard.rules.map(\.identifier) == Self.run.rules.map(\.identifier))
        #expect(shard.rules.first { $0.identifier == "ad_label" }?.category == .scraperResidue)
    }

    @Test func mergeDeduplicatesAndSorts() throws {
        let json = try ReportReader.read(Data(JSONReporter.report(Self.run).utf8), path: "a.json", workingDirectory: "/repo")
        let sarif = try ReportReader.read(Data(SARIFReporter.report(Self.run).utf8), path: "a.sarif", workingDirectory: "/repo")
        let merged = ReportReader.merge([sarif, json])
        #expect(merged.files.map(\.path) == ["clean.txt", "flood.txt"])
        #expect(merged.files.flatMap(\.findings).map(Self.key) == Self.run.findings.map(Self.key))
        #expect(merged.fileErrors.count == 1)
    }

    @Test func badInputNamesTheFile() {
        func failure(_ text: String) -> String {
            do { _ = try ReportReader.read(Data(text.utf8), path: "shard.json", workingDirectory: "/repo"); return "" } catch { return error.description }
        }
        #expect(failure("ADVERTISEMENT\n") == "shard.json: not JSON (expected the json or sarif output of fidelint check)")
        #expect(failure("{\"a\": 1}").hasPrefix("shard.json: not a fidelint JSON or SARIF report"))
        #expect(failure("{\"findings\": [{\"ruleId\": 3}], \"summary\": {}}").hasPrefix("shard.json: not a fidelint JSON report: "))
        #expect(failure("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"eslint\"}}}]}")
                == "shard.json: not a fidelint SARIF log: the tool is eslint, not fidelint")
    }
}
