import Foundation
import Testing

/// Several formats at once, colour, the GitHub job summary, the progress line, and
/// `fidelint report` merging shards.
@Suite struct OutputFormatCLITests {
    typealias CLI = CLITests

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func read(_ dir: URL, _ name: String) throws -> String {
        try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func severalFormatsAtOnce() throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(["check", "--format", "sarif=out.sarif", "--format", "text", "--format", "junit=out.xml",
                             "--format", "gitlab=cq.json", "--format", "html=report.html", "articles"], in: dir)
        #expect(r.status == 1)
        #expect(r.stdout.hasPrefix("articles/ad.txt:2:1: error: Ad-slot label"))
        #expect(try Self.read(dir, "out.sarif").contains("\"uri\" : \"articles/ad.txt\""))
        #expect(try Self.read(dir, "out.xml").contains("<testcase classname=\"articles/ad.txt\" name=\"ad_label at 2:1\"><failure"))
        #expect(try Self.read(dir, "cq.json").contains("\"check_name\" : \"ad_label\""))
        let html = try Self.read(dir, "report.html")
        #expect(html.contains("<span class=\"ln\">2</span><mark>ADVERTISEMENT</mark>"))
        #expect(html.contains("<span class=\"ln\">1</span>Tram fares stay flat."))
    }

    @Test func outputOptionAndConflicts() throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        // -o takes the format given without a file; the other goes to its own file.
        let r = try CLI.run(["check", "--format", "json", "-o", "out.json", "--format", "checkstyle=cs.xml", "articles/ad.txt"], in: dir)
        #expect(r.status == 1 && r.stdout.isEmpty)
        #expect(try Self.json(Self.read(dir, "out.json"))["summary"] != nil)
        #expect(try Self.read(dir, "cs.xml").contains("<error line=\"2\" column=\"1\" severity=\"error\""))
        let both = try CLI.run(["check", "--format", "json", "--format", "text", "articles/ad.txt"], in: dir)
        #expect(both.status == 2)
        #expect(both.stderr.contains("--format json and --format text both write to standard output"))
        let unknown = try CLI.run(["check", "--format", "yaml=x.yml", "articles/ad.txt"], in: dir)
        #expect(unknown.status == 2 && unknown.stderr.contains("yaml=x.yml"))
    }

    @Test func colorIsOptIn() throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(!(try CLI.run(["check", "articles/ad.txt"], in: dir).stdout.contains("\u{1B}[")))   // a pipe: no colour
        let always = try CLI.run(["check", "--color", "always", "articles/ad.txt"], in: dir, environment: ["NO_COLOR": "1"])
        #expect(always.stdout.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(!(try CLI.run(["check", "--color", "never", "articles/ad.txt"], in: dir).stdout.contains("\u{1B}[")))
    }

    static let script: String? = ["/usr/bin/script", "/bin/script"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs the binary on a pseudo-terminal (util-linux `script`), so stdout and stderr are terminals.
    static func onTerminal(_ args: [String], in dir: URL, environment: [String: String] = [:]) throws -> String {
        let command = ([CLI.binary.path] + args).map { "'\($0)'" }.joined(separator: " ")
        return try CLI.run(["-qec", command, "/dev/null"], in: dir, binary: URL(fileURLWithPath: script!),
                           environment: environment.merging(["TERM": "xterm"]) { $1 }).stdout
    }

    @Test(.enabled(if: script != nil, "util-linux script is not installed"))
    func terminalGetsColourUnlessNoColorAndProgress() throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let tty = try Self.onTerminal(["check", "articles"], in: dir, environment: ["NO_COLOR": ""])
        #expect(tty.contains("\u{1B}[1;31merror:\u{1B}[0m"), "\(tty)")
        #expect(tty.contains("\rfidelint: 0/3 files, 0 findings") || tty.contains("\r\u{1B}[Kfidelint: 0/3 files, 0 findings"), "\(tty)")
        #expect(tty.contains("\r\u{1B}[K"))
        let noColor = try Self.onTerminal(["check", "articles"], in: dir, environment: ["NO_COLOR": "1"])
        #expect(!noColor.contains("\u{1B}[1;31m"), "\(noColor)")
        #expect(noColor.contains("articles/ad.txt:2:1: error:"))
    }

    @Test func noProgressWhenStandardErrorIsNotATerminal() throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(["check", "articles"], in: dir)
        #expect(r.stderr.isEmpty, "\(r.stderr)")
    }

    @Test func githubFormatWritesTheJobSummary() throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let summary = dir.appendingPathComponent("summary.md")
        try "previous step\n".write(to: summary, atomically: true, encoding: .utf8)
        let r = try CLI.run(["check", "--format", "github", "articles"], in: dir, environment: ["GITHUB_STEP_SUMMARY": summary.path])
        #expect(r.status == 1)
        #expect(r.stdout.hasPrefix("::error file=articles/ad.txt,line=2,col=1,endLine=2,endColumn=14,title=fidelint ad_label (scraper-residue)::Ad-slot label"))
        let md = try String(contentsOf: summary, encoding: .utf8)
        #expect(md.hasPrefix("previous step\n## fidelint: ❌ fail (`--fail-on error`)"), "\(md)")   // appended, not replaced
        #expect(md.contains("| articles/ad.txt | 1 | 0 | 0 |"))
    }

    /// Two JSON shards and a SARIF report of the whole run merge into exactly the findings of one run.
    @Test func reportMergesShards() throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Exports fell.\nADVERTISEMENT\nCertainly! Here's the completed version of your table:\n"
            .write(to: dir.appendingPathComponent("articles/deep/more.txt"), atomically: true, encoding: .utf8)
        _ = try CLI.run(["check", "--format", "json=full.json", "--format", "sarif=full.sarif", "articles"], in: dir)
        _ = try CLI.run(["check", "--format", "json=a.json", "articles/ad.txt", "articles/deep/clean.md"], in: dir)
        _ = try CLI.run(["check", "--format", "json=b.json", "articles/deep/more.txt", "articles/deep/source.html"], in: dir)
        let full = try Self.json(Self.read(dir, "full.json"))
        for inputs in [["a.json", "b.json"], ["a.json", "b.json", "full.sarif"], ["full.sarif"]] {
            let r = try CLI.run(["report", "--format", "json"] + inputs, in: dir)
            #expect(r.status == 1, "\(inputs): \(r.stderr)")
            let merged = try Self.json(r.stdout)
            #expect(merged["summary"] as? [String: Int] == full["summary"] as? [String: Int], "\(inputs)")
            let findings = try #require(merged["findings"] as? [[String: Any]])
            let expected = try #require(full["findings"] as? [[String: Any]])
            #expect(findings.map(Self.canonical) == expected.map(Self.canonical), "\(inputs)")
            #expect((merged["files"] as? [[String: Any]])?.compactMap { $0["path"] as? String }
                    == ["articles/ad.txt", "articles/deep/clean.md", "articles/deep/more.txt", "articles/deep/source.html"])
        }
        // Any format, with the gate.
        let text = try CLI.run(["report", "--format", "text", "--fail-on", "never", "a.json", "b.json"], in: dir)
        #expect(text.status == 0)
        #expect(text.stdout.hasSuffix("4 findings (3 errors, 1 warning, 0 notes) in 4 files\n"), "\(text.stdout)")
        let html = try CLI.run(["report", "--format", "html=r.html", "a.json"], in: dir)
        #expect(html.status == 1)
        #expect(try Self.read(dir, "r.html").contains("<mark>ADVERTISEMENT</mark>"))
    }

    static func canonical(_ f: [String: Any]) -> String {
        String(decoding: (try? JSONSerialization.data(withJSONObject: f, options: [.sortedKeys])) ?? Data(), as: UTF8.self)
    }

    @Test func reportRejectsBadInput() throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "{\"name\": \"not a report\"}".write(to: dir.appendingPathComponent("other.json"), atomically: true, encoding: .utf8)
        let notJSON = try CLI.run(["report", "articles/ad.txt"], in: dir)
        #expect(notJSON.status == 2)
        #expect(notJSON.stderr.contains("fidelint: error: articles/ad.txt: not JSON"), "\(notJSON.stderr)")
        let other = try CLI.run(["report", "other.json"], in: dir)
        #expect(other.status == 2 && other.stderr.contains("other.json: not a fidelint JSON or SARIF report"))
        let missing = try CLI.run(["report", "nope.json"], in: dir)
        #expect(missing.status == 2 && missing.stderr.contains("nope.json: no such file"))
        #expect(other.stdout.isEmpty)
    }
}
