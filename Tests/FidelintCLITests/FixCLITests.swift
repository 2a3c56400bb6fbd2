import Foundation
import Testing

/// Issue 18: `fidelint fix` as a user runs it. Fixtures in `Tests/Fixtures/fix/` hold, in text,
/// Markdown and HTML, a finding of every rule that declares a repair; `expected/` holds what
/// `fix` must write. Each repaired file lints clean of those rules, differs from the original only
/// where the rules' findings stood (checked independently of `expected/`), and a second run changes
/// nothing. Encodings, byte-order marks, line endings, front matter and permissions are kept; a
/// read-only file or a failing write leaves the original untouched and exits 2.
@Suite struct FixCLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/Fixtures/fix")

    /// The rules that declare a safe repair (the "Safe repair" row of their generated pages,
    /// which `RuleDocsTests` keeps equal to the rules).
    static let repairingRules: Set<String> = {
        let docs = root.appendingPathComponent("docs/rules")
        let pages = (try? FileManager.default.contentsOfDirectory(atPath: docs.path)) ?? []
        return Set(pages.filter { $0.hasSuffix(".md") && $0 != "README.md" }.compactMap { page in
            let text = (try? String(contentsOf: docs.appendingPathComponent(page), encoding: .utf8)) ?? ""
            return text.contains("| Safe repair | `") ? String(page.dropLast(3)) : nil
        })
    }()

    static func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fidelint-fix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func findings(_ path: String, in dir: URL) throws -> [[String: Any]] {
        let r = try CLITests.run(["check", "--format", "json", path], in: dir)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        return object?["findings"] as? [[String: Any]] ?? []
    }

    static let articles = ["article.txt", "article.md", "article.html"]

    @Test(arguments: articles)
    func repairsEveryRepairingRule(_ name: String) throws {
        #expect(Self.repairingRules.count >= 20, "\(Self.repairingRules)")
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let original = try Data(contentsOf: Self.fixtures.appendingPathComponent(name))
        let file = dir.appendingPathComponent(name)
        try original.write(to: file)

        // Every repairing rule has a finding with a fix in the fixture.
        let before = try Self.findings(name, in: dir)
        let fixable = Set(before.filter { $0["fix"] != nil }.compactMap { $0["ruleId"] as? String })
        #expect(Self.repairingRules.subtracting(fixable).isEmpty, "no fixable finding of \(Self.repairingRules.subtracting(fixable).sorted())")
        #expect(before.filter { $0["fix"] != nil }.allSatisfy { Self.repairingRules.contains($0["ruleId"] as? String ?? "") })

        let r = try CLITests.run(["fix", name], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let fixed = try Data(contentsOf: file)
        #expect(fixed == (try Data(contentsOf: Self.fixtures.appendingPathComponent("expected/" + name))), "\(String(decoding: fixed, as: UTF8.self))")

        // Clean of the repairing rules.
        let after = try Self.findings(name, in: dir).compactMap { $0["ruleId"] as? String }
        #expect(Set(after).isDisjoint(with: Self.repairingRules), "\(after)")

        // Every character removed stood in a finding of a repairing rule, or is white space or markup.
        Self.expectOnlyFindingsRemoved(original: String(decoding: original, as: UTF8.self), fixed: String(decoding: fixed, as: UTF8.self),
                                       findings: before.filter { Self.repairingRules.contains($0["ruleId"] as? String ?? "") })

        // A second run is a no-op.
        let again = try CLITests.run(["fix", name], in: dir)
        #expect(again.status == 0)
        #expect(again.stderr.contains("fixed 0 findings in 0 files"), "\(again.stderr)")
        #expect(try Data(contentsOf: file) == fixed)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [name])
    }

    /// The characters that `fixed` lacks relative to `original` (line by line, then within a
    /// changed line) lie inside a finding's range or are white space or markup.
    static func expectOnlyFindingsRemoved(original: String, fixed: String, findings: [[String: Any]]) {
        let a = original.components(separatedBy: "\n"), b = fixed.components(separatedBy: "\n")
        // UTF-16 column ranges covered on each 1-based line.
        var covered: [Int: [Range<Int>]] = [:]
        for f in findings {
            guard let l = f["line"] as? Int, let c = f["column"] as? Int, let el = f["endLine"] as? Int, var ec = f["endColumn"] as? Int else { continue }
            // A sentence's closing punctuation right after the finding goes with it.
            if el - 1 < a.count {
                let units = Array(a[el - 1].utf16)
                while ec - 1 < units.count, ".!?…\"'”’)".utf16.contains(units[ec - 1]) { ec += 1 }
            }
            for line in l...el { covered[line, default: []].append((line == l ? c : 1)..<(line == el ? ec : Int.max)) }
        }
        let markup = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "<>/#*_-`|=~\u{A0}"))
        func isMarkup(_ s: Substring) -> Bool {
            s.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression).unicodeScalars.allSatisfy { markup.contains($0) }
        }
        let diff = b.difference(from: a)
        var removed: [Int: String] = [:]   // 0-based original line → its text
        for case let .remove(offset, element, _) in diff { removed[offset] = element }
        var inserted: [Int: String] = [:]
        for case let .insert(offset, element, _) in diff { inserted[offset] = element }
        for (index, line) in removed.sorted(by: { $0.key < $1.key }) {
            let ranges = covered[index + 1] ?? []
            let units = Array(line.utf16)
            // A changed line: the longest new line that is the old one with parts removed.
            let changed = inserted.values.filter { !$0.isEmpty && Array($0.utf16).difference(from: units).insertions.isEmpty }
                .max { $0.utf16.count < $1.utf16.count }
            var gone: [Int] = []   // 0-based UTF-16 offsets removed from the line
            if let changed {
                for case let .remove(offset, _, _) in Array(changed.utf16).difference(from: units) { gone.append(offset) }
            } else {
                gone = Array(units.indices)
            }
            let outside = gone.filter { o in !ranges.contains { $0.contains(o + 1) } }.map { units[$0] }
            let text = String(decoding: outside, as: UTF16.self)
            #expect(isMarkup(Substring(text)), "line \(index + 1): “\(text)” was removed outside every finding of a repairing rule")
        }
    }

    @Test func dryRunPrintsADiffThatGitApplies() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let original = try Data(contentsOf: Self.fixtures.appendingPathComponent("article.md"))
        try original.write(to: dir.appendingPathComponent("article.md"))
        let r = try CLITests.run(["fix", "--dry-run", "article.md"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("--- a/article.md\n+++ b/article.md\n@@ -"), "\(r.stdout)")
        #expect(r.stderr.contains("would fix"))
        #expect(try Data(contentsOf: dir.appendingPathComponent("article.md")) == original)
        try r.stdout.write(to: dir.appendingPathComponent("fix.patch"), atomically: true, encoding: .utf8)
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "apply", "fix.patch"]
        git.currentDirectoryURL = dir
        try git.run()
        git.waitUntilExit()
        #expect(git.terminationStatus == 0)
        #expect(try Data(contentsOf: dir.appendingPathComponent("article.md")) == (try Data(contentsOf: Self.fixtures.appendingPathComponent("expected/article.md"))))
    }

    /// UTF-8 with a byte-order mark and CRLF line endings (Markdown with front matter), and UTF-16LE
    /// with a byte-order mark: written back in the same encoding, byte for byte outside the repair.
    @Test func keepsEncodingByteOrderMarkLineEndingsAndFrontMatter() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let markdown = "---\r\ntitle: Ferry\r\nsummary: ADVERTISEMENT\r\n---\r\n\r\n# Ferry “Nordlicht” returns\r\n\r\nADVERTISEMENT\r\n\r\nThe ferry runs hourly again, the operator said on Monday.\r\n"
        let markdownFixed = "---\r\ntitle: Ferry\r\nsummary: ADVERTISEMENT\r\n---\r\n\r\n# Ferry “Nordlicht” returns\r\n\r\nThe ferry runs hourly again, the operator said on Monday.\r\n"
        try Data([0xEF, 0xBB, 0xBF] + Array(markdown.utf8)).write(to: dir.appendingPathComponent("bom.md"))
        let plain = "Fähre kehrt zurück\r\n\r\nDie Fähre fährt wieder stündlich. :contentReference[oaicite:0]{index=0}\r\nADVERTISEMENT\r\nTickets kosten weniger.\r\n"
        let plainFixed = "Fähre kehrt zurück\r\n\r\nDie Fähre fährt wieder stündlich.\r\nTickets kosten weniger.\r\n"
        func utf16le(_ s: String) -> Data { Data([0xFF, 0xFE] + s.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) }
        try utf16le(plain).write(to: dir.appendingPathComponent("wide.txt"))
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: dir.appendingPathComponent("wide.txt").path)
        let r = try CLITests.run(["fix", "bom.md", "wide.txt"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Data(contentsOf: dir.appendingPathComponent("bom.md")) == Data([0xEF, 0xBB, 0xBF] + Array(markdownFixed.utf8)))
        #expect(try Data(contentsOf: dir.appendingPathComponent("wide.txt")) == utf16le(plainFixed))
        let mode = try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent("wide.txt").path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        // Standard input: the repaired text on standard output.
        let piped = try CLITests.run(["fix", "--stdin-format", "markdown", "-"], stdin: "# Ferry\n\nADVERTISEMENT\n\nThe ferry runs.\n", in: dir)
        #expect(piped.status == 0 && piped.stdout == "# Ferry\n\nThe ferry runs.\n", "\(piped.stdout)")
    }

    /// A read-only file is left untouched (exit 2) and the other files are still fixed.
    @Test func readOnlyFileIsLeftUntouched() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "Ferry News\n\nADVERTISEMENT\n\nThe ferry runs hourly.\n"
        try text.write(to: dir.appendingPathComponent("locked.txt"), atomically: true, encoding: .utf8)
        try text.write(to: dir.appendingPathComponent("open.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: dir.appendingPathComponent("locked.txt").path)
        let r = try CLITests.run(["fix", "locked.txt", "open.txt"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("locked.txt: the file is read-only; the file was left unchanged"), "\(r.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("locked.txt"), encoding: .utf8) == text)
        #expect(try String(contentsOf: dir.appendingPathComponent("open.txt"), encoding: .utf8) == "Ferry News\n\nThe ferry runs hourly.\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["locked.txt", "open.txt"])
    }

    /// A write that fails (here past a file-size limit set with `ulimit -f`, which fails even for
    /// root) leaves the original untouched, removes the temporary file and exits 2.
    @Test func failingWriteLeavesTheOriginal() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let paragraph = "The ferry between the two harbours runs every hour, the operator said on Monday, and tickets cost less than last year.\n\n"
        let text = "Ferry News\n\nADVERTISEMENT\n\n" + String(repeating: paragraph, count: 80)
        try text.write(to: dir.appendingPathComponent("big.txt"), atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "ulimit -f 2 && exec \"$0\" fix big.txt", CLITests.binary.path]
        p.currentDirectoryURL = dir
        let err = Pipe()
        p.standardError = err
        try p.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 2, "\(message)")
        #expect(message.contains("big.txt: writing the repaired file failed"), "\(message)")
        #expect(try String(contentsOf: dir.appendingPathComponent("big.txt"), encoding: .utf8) == text)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["big.txt"])
    }

    /// `check --format json` gives each repairable finding a `fix` object, `--format sarif` the
    /// same repair as SARIF `fixes` (line and UTF-16 column regions), which validates against the
    /// SARIF 2.1.0 schema when `../shared/schemas` is present.
    @Test func jsonAndSarifCarryTheRepairs() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Fähre 🚢 News\n\nDie Fähre 🚢 fährt. :contentReference[oaicite:0]{index=0}\nADVERTISEMENT\n\nThe ferry runs hourly.\n"
            .write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let json = try Self.findings("a.txt", in: dir)
        let token = try #require(json.first { $0["ruleId"] as? String == "citation_token" })
        let edit = try #require(((token["fix"] as? [String: Any])?["edits"] as? [[String: Any]])?.first)
        // "Die Fähre 🚢 fährt." is 19 UTF-16 units (the emoji counts two) and 23 bytes: the
        // deletion starts after it (the space before the token goes too) at column 20, byte 18 + 23.
        #expect(edit["line"] as? Int == 3 && edit["column"] as? Int == 20 && edit["endLine"] as? Int == 3 && edit["endColumn"] as? Int == 58, "\(edit)")
        #expect(edit["offset"] as? Int == 41 && edit["replacement"] as? String == "", "\(edit)")
        let ad = try #require(json.first { $0["ruleId"] as? String == "ad_label" })
        let adEdit = try #require(((ad["fix"] as? [String: Any])?["edits"] as? [[String: Any]])?.first)
        #expect(adEdit["line"] as? Int == 4 && adEdit["column"] as? Int == 1 && adEdit["endLine"] as? Int == 5 && adEdit["endColumn"] as? Int == 1, "\(adEdit)")

        let r = try CLITests.run(["check", "--format", "sarif=out.sarif", "a.txt"], in: dir)
        #expect(r.status == 1, "\(r.stderr)")
        let log = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("out.sarif"))) as? [String: Any]
        let results = ((log?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        let sarifToken = try #require(results.first { $0["ruleId"] as? String == "citation_token" })
        let fix = try #require((sarifToken["fixes"] as? [[String: Any]])?.first)
        let change = try #require((fix["artifactChanges"] as? [[String: Any]])?.first)
        #expect((change["artifactLocation"] as? [String: Any])?["uri"] as? String != nil)
        let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
        #expect(replacement["deletedRegion"] as? [String: Int] == ["startLine": 3, "startColumn": 20, "endLine": 3, "endColumn": 58])
        #expect((replacement["insertedContent"] as? [String: String])?["text"] == "")
        #expect(results.filter { $0["fixes"] != nil }.count == 2)

        let schema = Self.root.deletingLastPathComponent().appendingPathComponent("shared/schemas/sarif-2.1.0.json")
        if FileManager.default.fileExists(atPath: schema.path) {
            let check = Process()
            check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            check.arguments = ["python3", "-c", "import json, sys, jsonschema; jsonschema.Draft7Validator(json.load(open(sys.argv[1]))).validate(json.load(open(sys.argv[2]))); print('valid')",
                               schema.path, dir.appendingPathComponent("out.sarif").path]
            let out = Pipe()
            check.standardOutput = out
            check.standardError = out
            try check.run()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            check.waitUntilExit()
            if !text.contains("No module named") {
                #expect(check.terminationStatus == 0 && text.contains("valid"), "\(text)")
            }
        }
    }

    /// A minified page (the article on one line, as on real news sites): the elements that hold
    /// exactly the ad label go, and nothing else.
    @Test func minifiedHTMLLosesTheLabelsElements() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = "<html><body><article><h1>Ferry returns</h1><div class=\"slot\"><p>Advertisement</p></div><p>The ferry runs hourly again, the operator said.</p></article></body></html>\n"
        try page.write(to: dir.appendingPathComponent("min.html"), atomically: true, encoding: .utf8)
        let r = try CLITests.run(["fix", "min.html"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("min.html"), encoding: .utf8)
                == "<html><body><article><h1>Ferry returns</h1><p>The ferry runs hourly again, the operator said.</p></article></body></html>\n")
    }

    /// An e-mail placeholder inside a sentence (in its Cloudflare link) has no repair: deleting
    /// the link would break the sentence.
    @Test func emailPlaceholderInsideASentenceStays() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = "<html><body><article><h1>Clinic opens</h1><p>The clinic opens on Monday, the health board said.</p><p>Write to <a href=\"/cdn-cgi/l/email-protection#9ff8\">[email&#160;protected]</a> for an appointment.</p></article></body></html>\n"
        try page.write(to: dir.appendingPathComponent("mail.html"), atomically: true, encoding: .utf8)
        let json = try Self.findings("mail.html", in: dir)
        #expect(json.contains { $0["ruleId"] as? String == "email_obfuscation" && $0["fix"] == nil }, "\(json)")
        let r = try CLITests.run(["fix", "mail.html"], in: dir)
        #expect(r.status == 0)
        #expect(try String(contentsOf: dir.appendingPathComponent("mail.html"), encoding: .utf8) == page)
    }

    /// A user's rule pack declares a repair with `repair:`; an unknown kind is refused with its line.
    @Test func userPackDeclaresARepair() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pack = dir.appendingPathComponent("house")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        let rule = """
        id: house_banner
        name: House Banner
        summary: The newsroom's subscription banner was pasted into the article.
        category: scraper-residue
        severity: warning
        repair: line
        message: "Subscription banner in the article: {match}"
        pattern: '^Subscribe now for unlimited access$'
        origin: house style guide
        examples:
          triggering:
            - "The ferry runs.\\n↓Subscribe now for unlimited access\\n"
          non_triggering:
            - "Subscribe to the newsletter if you like.\\n"

        """
        try rule.write(to: pack.appendingPathComponent("house_banner.yml"), atomically: true, encoding: .utf8)
        try "Ferry\n\nSubscribe now for unlimited access\n\nThe ferry runs.\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let r = try CLITests.run(["fix", "--rules", "house", "a.txt"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("a.txt"), encoding: .utf8) == "Ferry\n\nThe ferry runs.\n")
        try rule.replacingOccurrences(of: "repair: line", with: "repair: rewrite").write(to: pack.appendingPathComponent("house_banner.yml"), atomically: true, encoding: .utf8)
        let bad = try CLITests.run(["fix", "--rules", "house", "a.txt"], in: dir)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("house_banner.yml:6: unknown repair 'rewrite'; expected line, sentence, token"), "\(bad.stderr)")
    }
}
