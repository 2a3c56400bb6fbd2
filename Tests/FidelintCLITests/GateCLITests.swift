import Foundation
import Testing

/// The CI gate from the command line: configuration found by walking up, `--config`, a bad
/// configuration, `init`, inline suppressions in all three formats, the baseline and
/// `--changed-since`.
@Suite struct GateCLITests {
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fidelint-gate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("articles/archive"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent(".git"), withIntermediateDirectories: true)
        return dir
    }

    static func write(_ text: String, _ path: String, in dir: URL) throws {
        let url = dir.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    static let ad = "Ferry News\n\nThe ferry runs hourly.\nADVERTISEMENT\nTickets cost less.\n"

    @Test func nearestConfigurationAppliesPerFolder() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.write(Self.ad, "articles/a.txt", in: dir)
        try Self.write(Self.ad, "articles/archive/b.txt", in: dir)
        try Self.write("severity: {ad_label: warning}\n", ".fidelint.yml", in: dir)
        try Self.write("disable: [scraper-residue]\n", "articles/archive/.fidelint.yml", in: dir)
        let r = try CLITests.run(["check", "articles"], in: dir)
        #expect(r.stdout == "articles/a.txt:4:1: warning: Ad-slot label scraped into the article: “ADVERTISEMENT” [ad_label]\n1 finding (0 errors, 1 warning, 0 notes) in 2 files\n", "\(r.stdout)\(r.stderr)")
        #expect(r.status == 0)
        // --config replaces the walk for every file.
        try Self.write("exclude: [\"**/archive/**\"]\n", "ci.yml", in: dir)
        let c = try CLITests.run(["check", "--config", "ci.yml", "articles"], in: dir)
        #expect(c.status == 1 && c.stdout.hasSuffix("1 finding (1 error, 0 warnings, 0 notes) in 1 file\n"), "\(c.stdout)")
    }

    @Test func badConfigurationExitsTwoBeforeAnyOutput() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.write(Self.ad, "articles/a.txt", in: dir)
        try Self.write("disable:\n  - ad_lable\n", ".fidelint.yml", in: dir)
        let r = try CLITests.run(["check", "articles/a.txt"], in: dir)
        #expect(r.status == 2 && r.stdout.isEmpty)
        #expect(r.stderr == "fidelint: error: \(dir.appendingPathComponent(".fidelint.yml").path):2: unknown rule or category 'ad_lable'; did you mean 'ad_label'?\n", "\(r.stderr)")
        try Self.write("entities: [missing.yml]\n", ".fidelint.yml", in: dir)
        let m = try CLITests.run(["check", "articles/a.txt"], in: dir)
        #expect(m.status == 2 && m.stderr.contains("missing.yml: entity registry not found or not readable"), "\(m.stderr)")
        let n = try CLITests.run(["check", "--config", "nope.yml", "articles/a.txt"], in: dir)
        #expect(n.status == 2 && n.stderr == "fidelint: error: nope.yml: configuration file not found or not readable\n")
    }

    @Test func initWritesAStarterThatLoads() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLITests.run(["init"], in: dir).status == 0)
        let text = try String(contentsOf: dir.appendingPathComponent(".fidelint.yml"), encoding: .utf8)
        #expect(text.contains("require_suppression_reason: false"))
        try Self.write(Self.ad, "a.txt", in: dir)
        #expect(try CLITests.run(["check", "a.txt"], in: dir).status == 1)   // the starter changes nothing
        let again = try CLITests.run(["init"], in: dir)
        #expect(again.status == 2 && again.stderr == "fidelint: error: .fidelint.yml already exists (use --force to overwrite it)\n")
        #expect(try CLITests.run(["init", "--force"], in: dir).status == 0)
    }

    @Test func inlineSuppressionsInEveryFormat() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.write("# Ferry News\n\nThe ferry runs hourly.\n\n<!-- fidelint-disable-next-line ad_label -- the sponsor slot is contractual -->\nADVERTISEMENT\n\nADVERTISEMENT\n", "a.md", in: dir)
        try Self.write("<h1>Ferry</h1>\n<!-- fidelint-disable scraper-residue -- legacy page -->\n<p>ADVERTISEMENT</p>\n<!-- fidelint-enable scraper-residue -->\n<p>ADVERTISEMENT</p>\n", "b.html", in: dir)
        try Self.write("Ferry News\n\n# fidelint-disable-file ad_label -- print edition\nADVERTISEMENT\n", "c.txt", in: dir)
        try Self.write("Ferry News\n\nThe ferry runs hourly.\n<!-- fidelint-disable-line role_conflict -- nothing here -->\n", "d.txt", in: dir)
        let r = try CLITests.run(["check", "a.md", "b.html", "c.txt", "d.txt"], in: dir)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines == [
            "a.md:8:1: error: Ad-slot label scraped into the article: “ADVERTISEMENT” [ad_label]",
            "b.html:5:4: error: Ad-slot label scraped into the article: “ADVERTISEMENT” [ad_label]",
            "d.txt:4:1: warning: Suppression “fidelint-disable-line” for role_conflict suppresses nothing [unused_suppression]",
            "3 findings (2 errors, 1 warning, 0 notes) in 4 files",
        ], "\(r.stdout)")
        // Reasons required by the configuration.
        try Self.write("require_suppression_reason: true\n", ".fidelint.yml", in: dir)
        try Self.write("# Ferry\n\n<!-- fidelint-disable-next-line ad_label -->\nADVERTISEMENT\n", "e.md", in: dir)
        let e = try CLITests.run(["check", "e.md"], in: dir)
        #expect(e.stdout.hasPrefix("e.md:3:1: warning: Suppression “fidelint-disable-next-line” gives no reason (write “-- why” after the rules) [suppression_without_reason]\n"), "\(e.stdout)")
        #expect(e.status == 0)
    }

    @Test func baselineSurvivesAParagraphInsertedAtTheTop() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let article = "Ferry News\n\nThe ferry runs hourly, according to Northwind Wire.\nADVERTISEMENT\nCertainly! Here's the updated version of your article:\nTickets cost less.\n"
        try Self.write(article, "articles/a.txt", in: dir)
        let b = try CLITests.run(["baseline", "baseline.json", "articles"], in: dir)
        #expect(b.status == 0 && b.stderr == "fidelint: baseline baseline.json: 3 findings in 1 file\n", "\(b.stderr)")
        // Edit elsewhere: a new paragraph at the top moves every line down by two.
        try Self.write("Harbour Update\n\nA new first paragraph about the harbour and its new cranes.\n\n" + article.dropFirst("Ferry News\n\n".count), "articles/a.txt", in: dir)
        let c = try CLITests.run(["check", "--baseline", "baseline.json", "articles"], in: dir)
        #expect(c.status == 0, "\(c.stdout)")
        #expect(c.stdout == "0 findings (0 errors, 0 warnings, 0 notes) in 1 file\n")
        #expect(c.stderr == "fidelint: baseline baseline.json: 0 new findings; 3 known findings remain; 0 fixed since the baseline\n")
        // A new defect is new; a removed one is fixed.
        try Self.write("Harbour Update\n\nThe ferry runs hourly, according to Northwind Wire.\nTickets cost less.\nAs an AI language model, I cannot check prices.\n", "articles/a.txt", in: dir)
        let d = try CLITests.run(["check", "--baseline", "baseline.json", "articles"], in: dir)
        #expect(d.status == 1 && d.stdout.contains("[ai_self_reference]") && !d.stdout.contains("[missing_source_link]"))
        #expect(d.stderr == "fidelint: baseline baseline.json: 1 new finding; 1 known finding remains; 2 fixed since the baseline\n", "\(d.stderr)")
        try Self.write("{\"findings\": 3}", "bad.json", in: dir)
        let bad = try CLITests.run(["check", "--baseline", "bad.json", "articles"], in: dir)
        #expect(bad.status == 2 && bad.stderr == "fidelint: error: bad.json: not a fidelint baseline (write one with `fidelint baseline bad.json PATH...`)\n")
    }

    @Test func changedSinceLintsOnlyChangedAndUntrackedFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fidelint-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func git(_ args: String...) throws {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"] + args
            p.currentDirectoryURL = dir
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
        }
        try git("init", "-q", "-b", "main")
        try Self.write(Self.ad, "articles/old.txt", in: dir)
        try Self.write(Self.ad, "articles/edited.txt", in: dir)
        try git("add", ".")
        try git("commit", "-q", "-m", "first")
        try Self.write(Self.ad + "More.\n", "articles/edited.txt", in: dir)
        try Self.write(Self.ad, "articles/new.txt", in: dir)
        let r = try CLITests.run(["check", "--changed-since", "HEAD", "articles"], in: dir)
        let files = Set(r.stdout.split(separator: "\n").compactMap { $0.split(separator: ":").first.map(String.init) }.filter { $0.hasPrefix("articles/") })
        #expect(files == ["articles/edited.txt", "articles/new.txt"], "\(r.stdout)\(r.stderr)")
        let bad = try CLITests.run(["check", "--changed-since", "no-such-ref", "articles"], in: dir)
        #expect(bad.status == 2 && bad.stderr == "fidelint: error: --changed-since no-such-ref: not a commit in this repository (a branch, tag or commit id is expected)\n", "\(bad.stderr)")
    }
}
