import Foundation
import Testing

/// Issue 19 from the command line: inputs by sidecar folder, front matter and
/// `--source-documents`, a folder walk that never lints a sidecar's files, related locations in
/// the JSON and SARIF output, and clear errors for inputs that cannot be read.
@Suite struct FidelityCLITests {
    static let release = """
        Harbour Authority approves Berth 9 expansion

        The Harbour Authority board on Tuesday approved the $2.6 billion expansion of Berth 9, Chair Anna Lindqvist said.
        Chief Engineer Tomas Berg will lead the project.
        """

    static func workspace() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fidelint-fidelity-cli-\(UUID().uuidString)")
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("news/story.sources"), withIntermediateDirectories: true)
        try fm.createDirectory(at: dir.appendingPathComponent("inputs"), withIntermediateDirectories: true)
        let article = "Port expands\n\nThe Harbour Authority board on Tuesday approved the $2.4 billion expansion of Berth 9, Chair Anna Lindqvist said.\n"
        try article.write(to: dir.appendingPathComponent("news/story.txt"), atomically: true, encoding: .utf8)
        try release.write(to: dir.appendingPathComponent("news/story.sources/release.txt"), atomically: true, encoding: .utf8)
        // An article with no inputs of its own, and a plain text file in a folder that is no sidecar.
        try article.write(to: dir.appendingPathComponent("news/other.txt"), atomically: true, encoding: .utf8)
        try release.write(to: dir.appendingPathComponent("inputs/release.txt"), atomically: true, encoding: .utf8)
        return dir
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func sidecarInputsWithRelatedLocationsInJSONAndSARIF() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLITests.run(["check", "--format", "json", "news"], in: dir)
        let findings = try #require(try Self.json(r.stdout)["findings"] as? [[String: Any]])
        // The sidecar's release.txt is not linted as an article; other.txt has no inputs.
        #expect(Set(findings.compactMap { $0["path"] as? String }).allSatisfy { !$0.contains(".sources") })
        let claims = findings.filter { $0["category"] as? String == "unsupported-claim" }
        #expect(claims.count == 1)
        let claim = try #require(claims.first)
        #expect(claim["ruleId"] as? String == "changed_figure" && claim["path"] as? String == "news/story.txt" && claim["line"] as? Int == 3)
        let related = try #require((claim["related"] as? [[String: Any]])?.first)
        #expect(related["path"] as? String == "news/story.sources/release.txt")
        #expect(related["line"] as? Int == 3)
        #expect((related["message"] as? String)?.contains("$2.6 billion expansion of Berth 9") == true)

        let s = try CLITests.run(["check", "--format", "sarif", "news/story.txt"], in: dir)
        let runs = try #require(try Self.json(s.stdout)["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        let result = try #require(results.first { $0["ruleId"] as? String == "changed_figure" })
        let location = try #require((result["relatedLocations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect(((location["artifactLocation"] as? [String: Any])?["uri"] as? String)?.hasSuffix("news/story.sources/release.txt") == true)
        #expect((location["region"] as? [String: Any])?["startLine"] as? Int == 3)
    }

    @Test func sourceDocumentsFlagAppliesToEveryArticle() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLITests.run(["check", "--format", "json", "--source-documents", "inputs", "news/other.txt"], in: dir)
        let findings = try #require(try Self.json(r.stdout)["findings"] as? [[String: Any]])
        #expect(findings.filter { $0["category"] as? String == "unsupported-claim" }.map { $0["ruleId"] as? String } == ["changed_figure"])
        // Without the flag the article gets no unsupported-claim finding.
        let plain = try CLITests.run(["check", "--format", "json", "news/other.txt"], in: dir)
        let none = try #require(try Self.json(plain.stdout)["findings"] as? [[String: Any]])
        #expect(none.allSatisfy { $0["category"] as? String != "unsupported-claim" })
    }

    @Test func unreadableInputsAreClearErrors() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = try CLITests.run(["check", "--source-documents", "nowhere.txt", "news/other.txt"], in: dir)
        #expect(missing.status == 64 || missing.status == 2)
        #expect(missing.stderr.contains("nowhere.txt"))
        try "{\"title\": 1}\n".write(to: dir.appendingPathComponent("inputs/bad.json"), atomically: true, encoding: .utf8)
        let field = try CLITests.run(["check", "--source-documents", "inputs/bad.json", "news/other.txt"], in: dir)
        #expect(field.status == 2)
        #expect(field.stderr.contains("source document 'inputs/bad.json': no record has a string field 'text'"))
        try "---\nsource_documents: [gone.md]\n---\n\nText.\n".write(to: dir.appendingPathComponent("news/fm.md"), atomically: true, encoding: .utf8)
        let frontMatter = try CLITests.run(["check", "news/fm.md"], in: dir)
        #expect(frontMatter.status == 2)
        #expect(frontMatter.stderr.contains("source document 'news/gone.md': no such file or folder"))
    }

    @Test func htmlReportShowsTheInputPassageBesideTheArticle() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLITests.run(["check", "--format", "html", "news/story.txt"], in: dir)
        #expect(r.stdout.contains("<div class=\"compare\">"))
        #expect(r.stdout.contains("Source document news/story.sources/release.txt:3"))
        #expect(r.stdout.contains("The Harbour Authority board on Tuesday approved the $2.6 billion expansion of Berth 9"))
    }
}
