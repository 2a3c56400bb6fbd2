import Foundation
import Testing

/// Issue 17: fidelint in a publishing repository as it is (a Hugo site): TOML and JSON front
/// matter, git-ignored build output and themes, `.fidelintignore`, the glob syntax people write,
/// excludes on files named by pre-commit, and `--changed-since` against the merge base.
@Suite struct RepositoryCLITests {
    static func git(_ args: String..., in dir: URL) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"] + args
        p.currentDirectoryURL = dir
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "git \(args)")
    }

    static func site() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fidelint-hugo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let ad = "The ferry runs hourly.\n\nADVERTISEMENT\n\nTickets cost less.\n"
        let files: [(String, String)] = [
            (".gitignore", "public/\nnode_modules/\nthemes/\n"),
            (".fidelint.yml", "include: [\"content/**/*.{md,html}\"]\nexclude: [\"content/drafts/**\", \"!content/drafts/keep.md\"]\n"),
            ("content/posts/toml.md", "+++\ntitle = \"Ferry Update\"\ndate = 2025-03-01\ntags = [\"ferry\"]\n+++\n\n" + ad),
            ("content/posts/json.md", "{\n  \"title\": \"Ferry Update Two\",\n  \"date\": \"2025-03-02\"\n}\n\n" + ad),
            ("content/posts/liquid.md", "---\ntitle: Ferry Map\n---\n\n![Map]({{ site.baseurl }}/img/map.png)\n\n{% include footer.html %}\n\n{{< figure src=\"/map.png\" >}}\n\nThe ferry runs hourly and the map shows the route.\n"),
            ("content/posts/page.html", "<html><head><title>Ferry Page</title></head><body><article><h1>Ferry Page</h1><p>The ferry runs hourly.</p><p>ADVERTISEMENT</p><p>Tickets cost less.</p></article></body></html>"),
            ("content/posts/notes.txt", ad),                       // not in the include glob
            ("content/drafts/draft.md", "# Draft\n\n" + ad),      // excluded
            ("content/drafts/keep.md", "# Kept Draft\n\n" + ad),  // taken back by "!"
            ("content/private/secret.md", "# Secret\n\n" + ad),   // .fidelintignore
            ("content/.fidelintignore", "private/\n"),
            ("public/posts/toml/index.html", "<html><head><title>Built</title></head><body><article><h1>Built</h1><p>The ferry runs hourly.</p><p>ADVERTISEMENT</p><p>Tickets cost less.</p></article></body></html>"),
            ("themes/ananke/layouts/content/sample.md", "# Theme Sample\n\n" + ad),   // git-ignored theme
            ("node_modules/pkg/content/readme.md", "# Package\n\n" + ad),
        ]
        for (path, text) in files {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try git("init", "-q", "-b", "main", in: dir)
        try git("add", ".", in: dir)
        try git("commit", "-q", "-m", "site", in: dir)
        return dir
    }

    static func findings(_ r: CLITests.Output) -> [String] {
        r.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") && ($0.contains(": error: ") || $0.contains(": warning: ") || $0.contains(": note: ")) }
            .map { line in
                let parts = line.split(separator: ":", maxSplits: 2)
                let rule = line.split(separator: "[").last.map { String($0.dropLast()) } ?? ""
                return "\(parts[0]):\(parts[1]) \(rule)"
            }
    }

    /// The whole site from its root: exactly the expected findings (the TOML and JSON articles'
    /// ad labels on their own lines, the HTML page's, the kept draft's), nothing from `public/`,
    /// `node_modules/`, the theme, the excluded or ignored folders, or the template code.
    @Test func hugoSiteGivesExactlyTheExpectedFindings() throws {
        let dir = try Self.site()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLITests.run(["check", "."], in: dir)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(Self.findings(r) == [
            "./content/drafts/keep.md:5 ad_label",
            "./content/posts/json.md:8 ad_label",
            "./content/posts/page.html:1 ad_label",
            "./content/posts/toml.md:9 ad_label",
        ], "\(r.stdout)\(r.stderr)")
        // The TOML title is the headline: no "missing headline"-style finding, and the title is read.
        let json = try CLITests.run(["check", "--format", "json", "content/posts/toml.md"], in: dir)
        #expect(json.stdout.contains("\"path\" : \"content/posts/toml.md\""))
        // Without the include glob: still nothing from what git ignores (public/, node_modules/,
        // themes/) or .fidelintignore (content/private/); the excluded draft is back.
        try "".write(to: dir.appendingPathComponent(".fidelint.yml"), atomically: true, encoding: .utf8)
        let open = try CLITests.run(["check", "."], in: dir)
        #expect(Self.findings(open) == [
            "./content/drafts/draft.md:5 ad_label",
            "./content/drafts/keep.md:5 ad_label",
            "./content/posts/json.md:8 ad_label",
            "./content/posts/notes.txt:3 ad_label",
            "./content/posts/page.html:1 ad_label",
            "./content/posts/toml.md:9 ad_label",
        ], "\(open.stdout)\(open.stderr)")
        // --no-ignore walks everything.
        let all = try CLITests.run(["check", "--no-ignore", "."], in: dir)
        #expect(Self.findings(all).count == 10, "\(all.stdout)")
        #expect(Self.findings(all).contains("./public/posts/toml/index.html:1 ad_label"))
        #expect(Self.findings(all).contains("./content/private/secret.md:5 ad_label"))
        // A folder named on the command line is linted although git ignores it (as ripgrep does).
        let named = try CLITests.run(["check", "public"], in: dir)
        #expect(Self.findings(named) == ["public/posts/toml/index.html:1 ad_label"], "\(named.stdout)")
    }

    /// pre-commit names the files: the configuration's excludes apply to them too, unless
    /// --no-exclude.
    @Test func excludesApplyToNamedFiles() throws {
        let dir = try Self.site()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLITests.run(["check", "content/drafts/draft.md", "content/posts/toml.md"], in: dir)
        #expect(Self.findings(r) == ["content/posts/toml.md:9 ad_label"], "\(r.stdout)")
        let forced = try CLITests.run(["check", "--no-exclude", "content/drafts/draft.md"], in: dir)
        #expect(Self.findings(forced) == ["content/drafts/draft.md:5 ad_label"], "\(forced.stdout)")
    }

    /// A bad glob in .fidelint.yml or .fidelintignore is an error with its file and line.
    @Test func badGlobIsAConfigurationError() throws {
        let dir = try Self.site()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "include:\n  - \"content/**/*.[md\"\n".write(to: dir.appendingPathComponent(".fidelint.yml"), atomically: true, encoding: .utf8)
        let r = try CLITests.run(["check", "content"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains(".fidelint.yml:2:"), "\(r.stderr)")
        #expect(r.stderr.contains("is not a valid glob"), "\(r.stderr)")
        try "".write(to: dir.appendingPathComponent(".fidelint.yml"), atomically: true, encoding: .utf8)
        try "ok/\n{broken\n".write(to: dir.appendingPathComponent("content/.fidelintignore"), atomically: true, encoding: .utf8)
        let i = try CLITests.run(["check", "content"], in: dir)
        #expect(i.status == 2)
        #expect(i.stderr.contains("content/.fidelintignore: line 2: '{broken' is not a valid ignore pattern"), "\(i.stderr)")
    }

    /// --changed-since compares with the merge base: a file that main changed after the branch
    /// point is not this branch's change; the branch's own edits and untracked files are.
    @Test func changedSinceUsesTheMergeBase() throws {
        let dir = try Self.site()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.git("checkout", "-q", "-b", "feature", in: dir)
        try "# Kept Draft\n\nThe ferry runs hourly.\n\nADVERTISEMENT\n\nMore.\n".write(to: dir.appendingPathComponent("content/drafts/keep.md"), atomically: true, encoding: .utf8)
        try Self.git("commit", "-q", "-am", "branch edit", in: dir)
        try Self.git("checkout", "-q", "main", in: dir)
        try "+++\ntitle = \"Ferry Update\"\n+++\n\nChanged on main.\n\nADVERTISEMENT\n".write(to: dir.appendingPathComponent("content/posts/toml.md"), atomically: true, encoding: .utf8)
        try Self.git("commit", "-q", "-am", "main edit", in: dir)
        try Self.git("checkout", "-q", "feature", in: dir)
        let r = try CLITests.run(["check", "--changed-since", "main", "content"], in: dir)
        #expect(Self.findings(r) == ["content/drafts/keep.md:5 ad_label"], "\(r.stdout)\(r.stderr)")
    }

    /// In --changed-since mode a changed article is still compared with the unchanged articles
    /// for duplicates (a signature pass over them), and only the changed one is reported.
    @Test func changedSinceStillFindsADuplicateOfAnUnchangedArticle() throws {
        let dir = try Self.site()
        defer { try? FileManager.default.removeItem(at: dir) }
        let body = """
        The harbour ferry will run every hour from the western pier from March, the transport board said on Tuesday.

        Two new boats, built in Aberdeen, replace the vessels that have served the route since 1994.

        Students and pensioners will pay half fare, and a monthly pass drops from 60 to 45 pounds.

        Later sailings on Fridays and Saturdays leave the eastern quay at half past eleven at night.

        Residents of the islands asked for a winter timetable with fewer cancellations in storms.

        The board expects ridership to grow by a fifth within two years of the new schedule.
        """
        try ("# Ferry Plan\n\n" + body + "\n").write(to: dir.appendingPathComponent("content/posts/plan.md"), atomically: true, encoding: .utf8)
        try Self.git("add", ".", in: dir)
        try Self.git("commit", "-q", "-m", "plan", in: dir)
        try Self.git("checkout", "-q", "-b", "copy", in: dir)
        try ("# Ferry Plan Again\n\n" + body + "\n").write(to: dir.appendingPathComponent("content/posts/plan-copy.md"), atomically: true, encoding: .utf8)
        let r = try CLITests.run(["check", "--changed-since", "main", "content"], in: dir)
        #expect(Self.findings(r) == ["content/posts/plan-copy.md:1 duplicate_article"], "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("content/posts/plan.md:1:3: note: the other copy"), "\(r.stdout)")
    }
}
