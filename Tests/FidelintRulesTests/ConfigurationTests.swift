import FidelintCore
@testable import FidelintRules
import Foundation
import Testing

/// `.fidelint.yml`: every key read and resolved per path, and one error test for each kind of
/// mistake, with its exact message.
@Suite struct ConfigurationTests {
    static let full = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/config/full.fidelint.yml").path

    static func write(_ yaml: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fidelint-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(".fidelint.yml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The error message for a configuration, loaded and validated against the shipped rules.
    static func error(_ yaml: String) throws -> String? {
        let path = try write(yaml)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        do {
            try Configuration.load(path: path).validate(against: TestSupport.rules)
            return nil
        } catch {
            return error.description.replacingOccurrences(of: path, with: ".fidelint.yml")
        }
    }

    @Test func everyKeyIsReadAndResolvedPerPath() throws {
        let c = try Configuration.load(path: Self.full)
        try c.validate(against: TestSupport.rules)
        let dir = c.directory
        #expect(c.siteDomain == "harbourtimes.example" && c.requireSuppressionReason)
        #expect(c.entities == [dir + "/newsroom/people.yml"] && c.sources == [dir + "/newsroom/outlets.yml"] && c.rulePacks == [dir + "/house-rules"])
        #expect(c.admits(dir + "/articles/a.txt") && c.admits(dir + "/notes/b.md") && !c.admits(dir + "/notes/b.txt"))
        #expect(!c.admits(dir + "/articles/drafts/c.md"))
        let top = c.resolved(for: dir + "/articles/a.txt", rules: TestSupport.rules)
        #expect(!top.enabled.contains("sidebar_widget") && !top.enabled.contains("truncated_table_row"))
        #expect(top.enabled.contains("long_table_row"))                    // re-enabled after its category
        #expect(top.enabled.contains("role_conflict"))
        #expect(top.severity["role_conflict"] == .error)
        #expect(top.severity["ad_label"] == .note && top.severity["email_obfuscation"] == .warning)   // the rule beats its category
        #expect(top.options == ["duplicate_section": ["min_run_words": 15], "unsourced_article": ["min_links": 2]])
        let archive = c.resolved(for: dir + "/articles/archive/old.md", rules: TestSupport.rules)
        #expect(!archive.enabled.contains("role_conflict") && !archive.enabled.contains("stale_office"))
        #expect(archive.severity["missing_source_link"] == .note)
    }

    @Test func emptyFileMeansDefaults() throws {
        #expect(try Self.error("") == nil)
        #expect(try Self.error("# only a comment\n") == nil)
    }

    @Test func eachKindOfMistakeStopsWithFileLineAndWhat() throws {
        #expect(try Self.error("disable: [ad_label]\nfail_on: warning\n")
                == ".fidelint.yml:2: unknown key 'fail_on' in the configuration; expected one of disable, enable, entities, exclude, include, options, overrides, require_suppression_reason, rules, severity, site_domain, sources")
        #expect(try Self.error("disable:\n  - ad_label\n  - ad_lable\n") == ".fidelint.yml:3: unknown rule or category 'ad_lable'; did you mean 'ad_label'?")
        #expect(try Self.error("enable: [scraper-residu]\n") == ".fidelint.yml:1: unknown rule or category 'scraper-residu'; did you mean 'scraper-residue'?")
        #expect(try Self.error("severity:\n  role_conflict: fatal\n") == ".fidelint.yml:2: severity of 'role_conflict' must be error, warning or note, not 'fatal'")
        #expect(try Self.error("severity: [error]\n") == ".fidelint.yml:1: 'severity' must map rule ids or categories to error, warning or note")
        #expect(try Self.error("options:\n  duplicate_section:\n    min_words: 3\n") == ".fidelint.yml:3: rule 'duplicate_section' has no option 'min_words'; its options: min_run_words, min_single_words")
        #expect(try Self.error("options:\n  duplicate_section: {min_run_words: many}\n") == ".fidelint.yml:2: option 'duplicate_section.min_run_words' must be a whole number of 0 or more, not 'many'")
        #expect(try Self.error("options:\n  ad_label: {x: 1}\n") == ".fidelint.yml:2: rule 'ad_label' has no option 'x' (it takes none)")
        #expect(try Self.error("options:\n  no_such_rule: {x: 1}\n") == ".fidelint.yml:2: unknown rule 'no_such_rule' in options")
        #expect(try Self.error("overrides:\n  - disable: [ad_label]\n") == ".fidelint.yml:2: an override is missing the required key 'files'")
        #expect(try Self.error("overrides:\n  - files: []\n    disable: [ad_label]\n") == ".fidelint.yml:2: an override's 'files' must list at least one glob")
        #expect(try Self.error("overrides:\n  - files: [a]\n    exclude: [b]\n") == ".fidelint.yml:3: unknown key 'exclude' in an override; expected one of disable, enable, files, options, severity")
        #expect(try Self.error("site_domain: https://harbourtimes.example/\n") == ".fidelint.yml:1: 'site_domain' must be a host name such as harbourtimes.example, not 'https://harbourtimes.example/'")
        #expect(try Self.error("require_suppression_reason: maybe\n") == ".fidelint.yml:1: 'require_suppression_reason' must be true or false")
        #expect(try Self.error("disable: {ad_label: true}\n") == ".fidelint.yml:1: 'disable' must be a list")
        #expect(try Self.error("entities: 3\n") == ".fidelint.yml:1: 'entities' must be a string, not the number '3' (quote it if it is meant as text)")
        #expect(try Self.error("disable: [ad_label\n")?.hasPrefix(".fidelint.yml:2: invalid YAML:") == true)
        #expect(try Self.error("- just\n- a list\n") == ".fidelint.yml:1: the configuration must be a mapping of keys to values")
    }

    @Test func findWalksUpToTheRepositoryRoot() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("fidelint-find-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let deep = root.appendingPathComponent("repo/articles/2025/09")
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("repo/.git"), withIntermediateDirectories: true)
        #expect(Configuration.find(from: deep.path) == nil)
        try "".write(to: root.appendingPathComponent(".fidelint.yml"), atomically: true, encoding: .utf8)   // above the root: ignored
        #expect(Configuration.find(from: deep.path) == nil)
        try "".write(to: root.appendingPathComponent("repo/.fidelint.yml"), atomically: true, encoding: .utf8)
        #expect(Configuration.find(from: deep.path) == root.appendingPathComponent("repo/.fidelint.yml").path)
        try "".write(to: root.appendingPathComponent("repo/articles/.fidelint.yaml"), atomically: true, encoding: .utf8)
        #expect(Configuration.find(from: deep.path) == root.appendingPathComponent("repo/articles/.fidelint.yaml").path)
    }

    @Test func globs() {
        #expect(Glob("articles/**")!.matches("articles/a/b/c.md"))
        #expect(Glob("**/drafts/**")!.matches("drafts/x.md") && Glob("**/drafts/**")!.matches("a/drafts/b/x.md"))
        #expect(Glob("*.md")!.matches("a/b/x.md") && !Glob("*.md")!.matches("a/b/x.txt"))
        #expect(Glob("articles/*.md")!.matches("articles/x.md") && !Glob("articles/*.md")!.matches("articles/y/x.md"))
        #expect(Glob("a?c.txt")!.matches("abc.txt") && !Glob("a?c.txt")!.matches("a/c.txt"))
        #expect(Glob("") == nil)
    }

    /// Issue 17: the gitignore/globstar syntax people write, and refusal of what cannot be parsed.
    @Test func globSyntax() {
        let g = Glob("content/**/*.{md,html}")!
        #expect(g.matches("content/a.md") && g.matches("content/x/y/b.html") && !g.matches("content/a.txt") && !g.matches("other/a.md"))
        #expect(Glob("posts/20[0-9][0-9]-*.md")!.matches("posts/2024-rates.md"))
        #expect(!Glob("posts/20[0-9][0-9]-*.md")!.matches("posts/20ab-rates.md"))
        #expect(Glob("[!_]*.md")!.matches("a/post.md") && !Glob("[!_]*.md")!.matches("a/_draft.md"))
        #expect(Glob("{a,b/{c,d}}/*.md")!.matches("b/d/x.md") && !Glob("{a,b/{c,d}}/*.md")!.matches("b/e/x.md"))
        #expect(Glob("public/")!.matches("public/index.html") && Glob("public/")!.matches("site/public/a/b.html"))
        #expect(Glob("/drafts/*.md")!.matches("drafts/x.md"))
        #expect(Glob("a\\*b.md")!.matches("a*b.md") && !Glob("a\\*b.md")!.matches("axb.md"))
        for bad in ["content/[a-z.md", "{md,html", "md}", "a\\", "***.md", "!"] { #expect(Glob(bad) == nil, "\(bad)") }
        // Negation: the last matching glob of a list decides.
        let list = ["drafts/**", "!drafts/keep.md"].map { Glob($0)! }
        #expect(Glob.decide(list, "drafts/x.md") == true)
        #expect(Glob.decide(list, "drafts/keep.md") == false)
        #expect(Glob.decide(list, "posts/x.md") == nil)
    }

    /// `.fidelintignore`: gitignore lines (comments, anchoring, folder-only, `!`).
    @Test func ignoreFileSyntax() throws {
        let f = try IgnoreFile(text: "# build output\npublic/\n/drafts\n*.tmp.md\n!keep.tmp.md\n\\#hash.md\n\n", folder: "/r", path: "/r/.fidelintignore")
        #expect(f.ignores("/r/public/index.html") == true)
        #expect(f.ignores("/r/themes/x/public/a.md") == true)
        #expect(f.ignores("/r/public") == true)
        #expect(f.ignores("/r/drafts/a.md") == true)
        #expect(f.ignores("/r/posts/drafts/a.md") == nil)      // anchored: only at the top
        #expect(f.ignores("/r/posts/a.tmp.md") == true)
        #expect(f.ignores("/r/posts/keep.tmp.md") == false)
        #expect(f.ignores("/r/#hash.md") == true)
        #expect(f.ignores("/r/posts/a.md") == nil)
        #expect(f.ignores("/elsewhere/public/a.md") == nil)
        #expect(throws: IgnoreFile.ParseError.self) { try IgnoreFile(text: "ok.md\nbad[.md\n", folder: "/r", path: "/r/.fidelintignore") }
        do { _ = try IgnoreFile(text: "ok.md\nbad[.md\n", folder: "/r", path: "/r/.fidelintignore") } catch {
            #expect(error.description == "/r/.fidelintignore:2: 'bad[.md' is not a valid ignore pattern")
        }
    }

    /// A glob that cannot be parsed is a configuration error with its line, never a silent match
    /// of nothing.
    @Test func badGlobIsAnErrorWithItsLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fidelint-glob-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent(".fidelint.yml").path
        try "disable: [ad_label]\ninclude:\n  - \"content/**/*.{md,html\"\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: RuleFileError.self) { try Configuration.load(path: path) }
        do { _ = try Configuration.load(path: path) } catch {
            #expect("\(error)".contains(":3:"), "\(error)")
            #expect("\(error)".contains("is not a valid glob"), "\(error)")
        }
    }
}
