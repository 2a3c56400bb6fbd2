import Foundation
import Testing

/// Issue 15: article content that used to crash or stall a whole run. Each test uses the input the
/// issue shows, and checks that the other files of the same run are still reported.
@Suite struct RobustnessCLITests {
    static func workspace() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fidelint-robust-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "Tram fares stay flat.\nADVERTISEMENT\nRidership grew.\n".write(to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        return dir
    }

    /// A blank `<title>` made no headline block; the headline index was -1 (exit 132).
    @Test func blankTitleDoesNotCrash() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "<html><head><title> </title></head><body><p>Hello.</p></body></html>"
            .write(to: dir.appendingPathComponent("t.html"), atomically: true, encoding: .utf8)
        try "<html><head><meta property=\"og:title\" content=\"  \"></head><body><p>Hello.</p></body></html>"
            .write(to: dir.appendingPathComponent("og.html"), atomically: true, encoding: .utf8)
        let r = try CLITests.run(["check", "--format", "json", "t.html", "og.html", "good.txt"], in: dir)
        #expect(r.status == 1, "stderr: \(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let findings = json?["findings"] as? [[String: Any]] ?? []
        #expect(findings.map { $0["path"] as? String } == ["good.txt"])
        #expect(findings.first?["ruleId"] as? String == "ad_label")
        #expect(findings.first?["line"] as? Int == 2)
    }

    /// UTF-16 with a NUL unit: cmark-gfm turned the NUL into U+FFFD and positions went negative
    /// (a trap in LineIndex.trimmedEnd). A NUL in decoded text now makes the file binary.
    @Test func utf16WithNulIsRefusedAsBinary() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bytes: [UInt8] = [0xFF, 0xFE, 0x00, 0x00, 0x4D, 0x00, 0x73, 0x00, 0x20, 0x00, 0x46, 0x00, 0x6C, 0x00]
        try Data(bytes).write(to: dir.appendingPathComponent("n.md"))
        let r = try CLITests.run(["check", "n.md", "good.txt"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("n.md"))
        #expect(r.stderr.contains("binary file"))
        #expect(r.stdout.contains("good.txt:2:1: error: Ad-slot label scraped into the article: “ADVERTISEMENT” [ad_label]"))
    }
}
