import Foundation
import Testing

/// Runs the built `fidelint` binary as a user would: exit statuses, paths, standard input,
/// folders, output files, bad input, and the binary copied alone to another folder.
@Suite struct CLITests {
    /// The `fidelint` executable built next to this test bundle.
    static let binary: URL = {
        let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [dir, dir.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("fidelint")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/fidelint")
    }()

    struct Output { var status: Int32; var stdout: String; var stderr: String }

    static func run(_ args: [String], stdin: String? = nil, in directory: URL? = nil, binary: URL = binary,
                    environment: [String: String] = [:]) throws -> Output {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        if !environment.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        if let directory { p.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Both pipes drained at once (a full stderr pipe would block the child), with read(2)
        // retried on EINTR: Foundation's readDataToEndOfFile traps on an interrupted call.
        final class Box: @unchecked Sendable { var data = Data() }
        let e = Box()
        let errFD = err.fileHandleForReading.fileDescriptor
        let done = DispatchSemaphore(value: 0)
        Thread { e.data = Self.readAll(errFD); done.signal() }.start()
        let o = Self.readAll(out.fileHandleForReading.fileDescriptor)
        done.wait()
        p.waitUntilExit()
        return Output(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e.data, as: UTF8.self))
    }

    /// Everything readable from `fd` until end of file.
    static func readAll(_ fd: Int32) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { break }
            data.append(contentsOf: buffer[0..<n])
        }
        return data
    }

    /// A temporary folder with a few articles.
    static func workspace() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fidelint-cli-\(UUID().uuidString)")
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("articles/deep"), withIntermediateDirectories: true)
        try "Tram fares stay flat.\nADVERTISEMENT\nRidership grew.\n".write(to: dir.appendingPathComponent("articles/ad.txt"), atomically: true, encoding: .utf8)
        try "The council met on Monday.\nIt approved the budget.\n".write(to: dir.appendingPathComponent("articles/deep/clean.md"), atomically: true, encoding: .utf8)
        try "<p>Exports fell, according to Northwind Wire.</p>\n<p>Figures: <a href=\"https://stats.example.org/exports\">statistics office</a>.</p>\n".write(to: dir.appendingPathComponent("articles/deep/source.html"), atomically: true, encoding: .utf8)
        try "ADVERTISEMENT\n".write(to: dir.appendingPathComponent("articles/notes.docx"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func errorFindingExitsOne() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.run(["check", "articles/ad.txt"], in: dir)
        #expect(r.status == 1)
        #expect(r.stdout.hasPrefix("articles/ad.txt:2:1: error: Ad-slot label scraped into the article: “ADVERTISEMENT” [ad_label]\n"))
    }

    @Test func cleanFileExitsZero() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.run(["check", "articles/deep/clean.md"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout == "0 findings (0 errors, 0 warnings, 0 notes) in 1 file\n")
    }

    @Test func failOnThresholds() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try Self.run(["check", "articles/deep/source.html"], in: dir).status == 0)   // a warning only
        #expect(try Self.run(["check", "--fail-on", "warning", "articles/deep/source.html"], in: dir).status == 1)
        #expect(try Self.run(["check", "--fail-on", "never", "articles/ad.txt"], in: dir).status == 0)
    }

    @Test func foldersRecurseByExtensionInSortedOrder() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.run(["check", "--format", "json", "articles"], in: dir)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect((object?["summary"] as? [String: Int])?["files"] == 3)   // notes.docx is not an article
        let paths = (object?["findings"] as? [[String: Any]])?.compactMap { $0["path"] as? String }
        #expect(paths == ["articles/ad.txt", "articles/deep/source.html"])
    }

    @Test func missingFileIsReportedAndOthersStillLinted() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.run(["check", "nope.txt", "articles/ad.txt"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("fidelint: error: nope.txt: no such file or folder"))
        #expect(r.stdout.contains("articles/ad.txt:2:1: error:"))
    }

    @Test func standardInput() throws {
        let r = try Self.run(["check", "-"], stdin: "Intro.\nADVERTISEMENT\n")
        #expect(r.status == 1)
        #expect(r.stdout.hasPrefix("-:2:1: error:"))
    }

    @Test func outputFileAndSarif() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.run(["check", "--format", "sarif", "--output", "out.sarif", "articles/ad.txt"], in: dir)
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        let sarif = try String(contentsOf: dir.appendingPathComponent("out.sarif"), encoding: .utf8)
        #expect(sarif.contains("\"version\" : \"2.1.0\""))
        #expect(sarif.contains("\"uri\" : \"articles/ad.txt\""))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try Self.run(["check"]).status == 2)
        #expect(try Self.run(["check", "--format", "xml", "-"], stdin: "").status == 2)
        let r = try Self.run(["check", "--article-date", "15/09/2025", "-"], stdin: "")
        #expect(r.status == 2)
        #expect(r.stderr.contains("--article-date must be a date in the form YYYY-MM-DD"))
    }

    @Test func badRulePackExitsTwoWithFileAndLine() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("pack"), withIntermediateDirectories: true)
        try "id: my_rule\nname: My Rule\nsummary: S.\ncategory: scraper-residue\nmessage: m\norigin: o\npattern: '(x'\nexamples:\n  triggering: ['↓x']\n  non_triggering: ['y']\n"
            .write(to: dir.appendingPathComponent("pack/my_rule.yml"), atomically: true, encoding: .utf8)
        let r = try Self.run(["check", "--rules", "pack", "articles/ad.txt"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("pack/my_rule.yml:7: pattern does not compile"), "\(r.stderr)")
    }

    @Test func rulesCommandListsEveryRule() throws {
        let r = try Self.run(["rules"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("role_conflict"))
        #expect(r.stdout.contains("name-inconsistency"))
        #expect(r.stdout.split(separator: "\n").last?.hasSuffix(" rules") == true)
    }

    /// The binary embeds its rule packs: copied alone to an empty folder, it still finds defects.
    @Test func binaryWorksCopiedAlone() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fidelint-alone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("fidelint")
        try FileManager.default.copyItem(at: Self.binary, to: copy)
        let r = try Self.run(["check", "-"], stdin: "Certainly! Here's the completed version of your table:\n", in: dir, binary: copy)
        #expect(r.status == 1)
        #expect(r.stdout.contains("[assistant_preamble]"))
    }

    @Test func emptyFileAndEmptyFolderAreFine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fidelint-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("none"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        let r = try Self.run(["check", "empty.txt", "none"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout == "0 findings (0 errors, 0 warnings, 0 notes) in 1 file\n")
    }

    /// A report that cannot be written is an error (exit 2), never lost silently.
    @Test(.enabled(if: (try? FileManager.default.attributesOfItem(atPath: "/dev/full")[.type] as? FileAttributeType) == .typeCharacterSpecial))
    func failedReportWriteExitsTwo() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.run(["check", "--output", "/dev/full", "articles/ad.txt"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("/dev/full: cannot write the report: No space left on device"))
        let folder = try Self.run(["check", "--output", "articles", "articles/ad.txt"], in: dir)
        #expect(folder.status == 2 && folder.stderr.contains("articles: cannot write the report: it is a folder"))
        let missing = try Self.run(["check", "--output", "no/such/x.sarif", "articles/ad.txt"], in: dir)
        #expect(missing.status == 2 && missing.stderr.contains("the folder no/such does not exist"))
    }

    @Test func binaryFilesAreRefusedAndInvalidBytesReported() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00, 0x01, 0x02, 0x41]).write(to: dir.appendingPathComponent("bin.txt"))
        try Data(Array("Prices rose ".utf8) + [0xFF, 0xFE] + Array(" percent.\n".utf8)).write(to: dir.appendingPathComponent("bad.txt"))
        let r = try Self.run(["check", "bin.txt", "bad.txt"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("bin.txt: binary file (it holds NUL bytes); not linted"))
        #expect(r.stdout.contains("bad.txt:1:13: warning: 2 bytes are not valid UTF-8"))
    }

    /// A rule that gives up on a file says so on standard error; the other rules' findings stay.
    @Test func abortedRuleIsReportedOnStandardError() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("pack"), withIntermediateDirectories: true)
        try "id: slow_rule\nname: Slow Rule\nsummary: S.\ncategory: scraper-residue\nmessage: m\norigin: o\npattern: '^(a+)+$'\nexamples:\n  triggering: ['↓aaa']\n  non_triggering: ['b']\n"
            .write(to: dir.appendingPathComponent("pack/slow_rule.yml"), atomically: true, encoding: .utf8)
        try (String(repeating: "a", count: 40) + "!\nADVERTISEMENT\n").write(to: dir.appendingPathComponent("slow.txt"), atomically: true, encoding: .utf8)
        let r = try Self.run(["check", "--rules", "pack", "slow.txt"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("slow.txt: rule 'slow_rule' aborted: match limit exceeded"), "\(r.stderr)")
        #expect(r.stdout.contains("slow.txt:2:1: error:"))
        #expect(r.stdout.contains("1 rule gave up (see standard error)"))
    }

    /// HTML page chrome is not linted unless --whole-page asks for it.
    @Test func wholePageIncludesChrome() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "<html><body><nav><p>ADVERTISEMENT</p></nav><article><h1>Fares Frozen Again</h1><p>Fares stay flat.</p></article></body></html>\n"
            .write(to: dir.appendingPathComponent("page.html"), atomically: true, encoding: .utf8)
        let region = try Self.run(["check", "page.html"], in: dir)
        #expect(region.status == 0, "\(region.stdout)")
        let whole = try Self.run(["check", "--whole-page", "page.html"], in: dir)
        #expect(whole.status == 1)
        #expect(whole.stdout.hasPrefix("page.html:1:21: error: Ad-slot label"), "\(whole.stdout)")
    }

    /// The same story under two slugs: one finding, in the later file, pointing at the other.
    @Test func duplicateArticlesAcrossFiles() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let story = (1...6).map { "Paragraph \($0) of the harbour story says the council met on Monday to approve the new ferry terminal and its budget of \($0 * 7) million." }
            .joined(separator: "\n\n") + "\n"
        try story.write(to: dir.appendingPathComponent("a-story.txt"), atomically: true, encoding: .utf8)
        try story.replacingOccurrences(of: "Monday", with: "Tuesday").replacingOccurrences(of: "'", with: "’")
            .write(to: dir.appendingPathComponent("b-story-copy.md"), atomically: true, encoding: .utf8)
        try "Paragraph about something else entirely, a festival in the hills with music and food.\n"
            .write(to: dir.appendingPathComponent("c-other.txt"), atomically: true, encoding: .utf8)
        let r = try Self.run(["check", "--format", "json", "a-story.txt", "b-story-copy.md", "c-other.txt"], in: dir)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let findings = (object?["findings"] as? [[String: Any]] ?? []).filter { $0["ruleId"] as? String == "duplicate_article" }
        #expect(findings.count == 1, "\(r.stdout)")
        #expect(findings.first?["path"] as? String == "b-story-copy.md")
        #expect(findings.first?["line"] as? Int == 1)
        #expect((findings.first?["message"] as? String)?.contains("the same as a-story.txt") == true)
        let related = findings.first?["related"] as? [[String: Any]]
        #expect(related?.first?["path"] as? String == "a-story.txt")
        #expect(r.status == 1)
    }

    /// Duplicate thresholds are configurable in words, and bad options stop the run.
    @Test func ruleOptionsAreValidated() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "The chant rang out across the square again.\nThe band kept playing.\nThe chant rang out across the square again.\n"
            .write(to: dir.appendingPathComponent("chant.txt"), atomically: true, encoding: .utf8)
        #expect(try Self.run(["check", "chant.txt"], in: dir).status == 0)
        let strict = try Self.run(["check", "--set", "duplicate_section.min_single_words=5", "chant.txt"], in: dir)
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("chant.txt:3:1: error: Duplicated section (block, 100% similar to the copy at line 1)"))
        let bad = try Self.run(["check", "--set", "duplicate_section.min_words=5", "chant.txt"], in: dir)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("rule 'duplicate_section' has no option 'min_words'; its options: min_run_words, min_single_words"))
        #expect(try Self.run(["check", "--set", "duplicate_section.min_run_words=x", "chant.txt"], in: dir).status == 2)
    }
}
