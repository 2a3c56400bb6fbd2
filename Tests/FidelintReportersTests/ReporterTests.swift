import FidelintCore
@testable import FidelintReporters
import FidelintRules
import Foundation
import Testing

/// Each format carries the same findings: text lines in `path:line:column: severity: message
/// [rule-id]` form, JSON with the documented fields, and SARIF 2.1.0 that validates against the
/// official schema.
@Suite struct ReporterTests {
    /// Every rule but the document-level `unsourced_article`, so the fixture article keeps its
    /// three line-level findings (an error, a name warning and a source warning).
    static let rules: [any Rule] = { ((try? RuleSet.all()) ?? []).filter { $0.identifier != "unsourced_article" } }()
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let article = """
    Mayor Halvorsen Pledges Flood Aid

    é👩‍👩‍👧 Mayor Ilse Marrick promised emergency funds, according to Northwind Wire.
    ADVERTISEMENT
    """

    static func run(files: [(String, String)] = [("articles/flood.txt", article)], errors: [LintRun.FileError] = []) -> LintRun {
        let linter = Linter(rules: rules)
        let results = files.map { linter.lint(SourceText(path: $0.0, string: $0.1), format: .plain) }
        return LintRun(toolVersion: FidelintVersion.current, rules: rules.map(\.description), files: results,
                       fileErrors: errors, root: "/repo", workingDirectory: "/repo")
    }

    @Test func textFormat() {
        let lines = TextReporter.report(Self.run()).split(separator: "\n").map(String.init)
        #expect(lines.contains("articles/flood.txt:4:1: error: Ad-slot label scraped into the article: “ADVERTISEMENT” [ad_label]"))
        #expect(lines.contains { $0.hasPrefix("articles/flood.txt:3:11: warning: The headline names “Mayor Halvorsen”, who is never mentioned in the body") })
        #expect(lines.contains("  articles/flood.txt:1:1: note: the headline names “Mayor Halvorsen”"))
        #expect(lines.last == "3 findings (1 error, 2 warnings, 0 notes) in 1 file")
    }

    /// The JSON report is written piece by piece; it must be byte for byte what `JSONEncoder`
    /// gives for the whole report: clean files, files with rule errors, control characters and
    /// quotes in paths and messages, and (for shard runs) signatures and suppressions.
    @Test func jsonWrittenPieceByPieceEqualsTheEncoder() {
        var run = Self.run(files: [("articles/flood.txt", Self.article), ("a \"q\"\\/\u{1}\u{8}\t\u{7f}é.txt", "Clean text.\n"),
                                   ("dup.md", "<!-- fidelint-disable duplicate_article -- kept \\ \"on purpose\" -->\n" + String(repeating: "The harbour board approved the new ferry timetable on Monday after a long debate. ", count: 12))],
                           errors: [.init(path: "gone\n.txt", message: "no such file or folder")])
        run.files[1].errors = ["rule x gave up: \"match limit\"", ""]
        #expect(JSONReporter.report(run) == JSONReporter.encodedReport(run))
        run.carriesSignatures = true
        #expect(run.files[2].suppressions.count == 1)
        run.files[2].duplicateSeverity = .warning
        #expect(run.files[2].signature != nil)
        #expect(JSONReporter.report(run) == JSONReporter.encodedReport(run))
        let empty = LintRun(toolVersion: "1", rules: [], files: [], fileErrors: [], root: "/", workingDirectory: "/")
        #expect(JSONReporter.report(empty) == JSONReporter.encodedReport(empty))
        // Written in small pieces, as the CLI writes a large run: the same text, in several pieces.
        var pieces: [String] = []
        JSONReporter.write(run, chunkSize: 64) { pieces.append($0) }
        #expect(pieces.count > 3)
        #expect(pieces.joined() == JSONReporter.encodedReport(run))
    }

    @Test func jsonFormat() throws {
        let data = Data(JSONReporter.report(Self.run(errors: [.init(path: "gone.txt", message: "no such file or folder")])).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == 3)
        let conflict = try #require(findings.first { $0["ruleId"] as? String == "headline_name_mismatch" })
        #expect(conflict["category"] as? String == "name-inconsistency")
        #expect(conflict["severity"] as? String == "warning")
        #expect(conflict["path"] as? String == "articles/flood.txt")
        #expect(conflict["line"] as? Int == 3)
        #expect(conflict["column"] as? Int == 11)          // é (1) + 👩‍👩‍👧 (8) + space (1), then column 11
        #expect(conflict["endColumn"] as? Int == 11 + 18)  // "Mayor Ilse Marrick" is 18 units
        #expect(conflict["endLine"] as? Int == 3)
        #expect((conflict["fingerprint"] as? String)?.count == 16)
        let related = try #require(conflict["related"] as? [[String: Any]])
        #expect(related.first?["line"] as? Int == 1)
        #expect(related.first?["path"] as? String == "articles/flood.txt")
        let errors = try #require(object["errors"] as? [[String: Any]])
        #expect(errors.first?["path"] as? String == "gone.txt")
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["files": 1, "findings": 3, "error": 1, "warning": 2, "note": 0])
    }

    @Test func fingerprintsSurviveLineMoves() {
        let before = Self.run().findings.map(\.fingerprint)
        let after = Self.run(files: [("articles/flood.txt", "A new first paragraph.\n\n" + Self.article)]).findings.map(\.fingerprint)
        #expect(!before.isEmpty)
        #expect(Set(before) == Set(after))
    }

    @Test func sarifStructure() throws {
        let data = Data(SARIFReporter.report(Self.run()).utf8)
        let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "utf16CodeUnits")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == Self.rules.count)
        let results = try #require(run["results"] as? [[String: Any]])
        let conflict = try #require(results.first { $0["ruleId"] as? String == "headline_name_mismatch" })
        let index = try #require(conflict["ruleIndex"] as? Int)
        #expect(rules[index]["id"] as? String == "headline_name_mismatch")
        let physical = try #require(((conflict["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
        let artifact = try #require(physical["artifactLocation"] as? [String: Any])
        #expect(artifact["uri"] as? String == "articles/flood.txt")
        #expect(artifact["uriBaseId"] as? String == "SRCROOT")
        let region = try #require(physical["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 3 && region["startColumn"] as? Int == 11)
        #expect((conflict["relatedLocations"] as? [[String: Any]])?.count == 1)
        #expect(((conflict["partialFingerprints"] as? [String: String])?[SARIFReporter.fingerprintKey])?.count == 16)
    }

    @Test func cleanSarifHasEmptyResults() throws {
        let data = Data(SARIFReporter.report(Self.run(files: [("ok.txt", "A clean sentence.\n")])).utf8)
        let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect((run["results"] as? [Any])?.isEmpty == true)
    }

    static var schema: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas/sarif-2.1.0.json")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// Validates with Python's `jsonschema` (installed by the README's setup command).
    @Test(.enabled(if: schema != nil, "../shared/schemas is absent"))
    func sarifValidatesAgainstTheOfficialSchema() throws {
        let run = Self.run(files: [("articles/flood.txt", Self.article), ("clean.txt", "Fine.\n")],
                           errors: [.init(path: "gone.txt", message: "no such file or folder")])
        for (name, text) in [("findings", SARIFReporter.report(run)), ("clean", SARIFReporter.report(Self.run(files: [])))] {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("fidelint-\(name)-\(UUID().uuidString).sarif")
            try text.write(to: file, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(at: file) }
            let (status, output) = try Self.python("""
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1])); doc = json.load(open(sys.argv[2]))
            jsonschema.Draft7Validator(schema).validate(doc); print("valid")
            """, [Self.schema!.path, file.path])
            #expect(status == 0 && output.contains("valid"), "\(name): \(output)")
        }
    }

    /// Runs `script` with the first Python 3 that has `jsonschema` (the one on PATH, else
    /// Debian's `/usr/bin/python3`, where `Scripts/bootstrap` installs python3-jsonschema).
    static func python(_ script: String, _ args: [String]) throws -> (Int32, String) {
        for candidate in [["/usr/bin/env", "python3"], ["/usr/bin/python3"]] {
            let (status, _) = try run(candidate + ["-c", "import jsonschema"])
            if status == 0 { return try run(candidate + ["-c", script] + args) }
        }
        return (127, "no python3 with jsonschema: run Scripts/bootstrap")
    }

    static func run(_ command: [String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: command[0])
        p.arguments = Array(command.dropFirst())
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self))
    }
}

extension JSONReporter {
    /// The whole report through `JSONEncoder` in one go: the reference `report` must equal.
    static func encodedReport(_ run: LintRun) -> String {
        let findings = run.findings.map(findingJSON)
        let errors = run.fileErrors.map { ErrorJSON(path: $0.path, message: $0.message) }
            + run.files.flatMap { file in file.errors.map { ErrorJSON(path: file.path, message: $0) } }
        let output = Output(version: run.toolVersion, findings: findings, errors: errors,
                            summary: Summary(files: run.files.count, findings: findings.count, error: run.count(.error),
                                             warning: run.count(.warning), note: run.count(.note)),
                            files: run.files.map { f in
                                let carry = run.carriesSignatures && f.signature != nil
                                return FileJSON(path: f.path, errors: f.errors, signature: carry ? f.signature : nil,
                                                suppressions: carry && !f.suppressions.isEmpty ? f.suppressions : nil,
                                                duplicateSeverity: carry ? f.duplicateSeverity : nil)
                            },
                            rules: run.rules.map(ruleJSON))
        let data = (try? JSONEncoder.stable.encode(output)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
