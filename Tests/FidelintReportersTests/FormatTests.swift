import FidelintCore
import FidelintReporters
import FidelintRules
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// The CI and people formats: GitHub workflow commands, GitLab Code Quality, JUnit, Checkstyle,
/// Markdown and HTML, checked against their schemas or parsed, with real values.
@Suite struct FormatTests {
    static let schemas = ReporterTests.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas")
    static func schema(_ name: String) -> URL? {
        let url = schemas.appendingPathComponent(name)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// A finding built by hand, for paths and messages no rule would produce.
    static func finding(_ path: String, _ message: String, line: Int, column: Int, endLine: Int? = nil, endColumn: Int,
                        severity: Severity = .error, rule: String = "ad_label", offset: Int = 0, endOffset: Int = 0) -> ResolvedFinding {
        let f = Finding(ruleId: rule, category: .scraperResidue, severity: severity, message: message,
                        range: SourceRange(start: offset, end: endOffset))
        return ResolvedFinding(finding: f, path: path,
                               location: Location(line: line, column: column, endLine: endLine ?? line, endColumn: endColumn,
                                                  offset: offset, endOffset: endOffset),
                               related: [], fingerprint: "0123456789abcdef", snippet: "x")
    }

    static func handRun(_ findings: [ResolvedFinding], path: String) -> LintRun {
        LintRun(toolVersion: "0.1.0", rules: ReporterTests.rules.map(\.description),
                files: [FileResult(path: path, findings: findings, errors: [])], fileErrors: [], root: "/repo", workingDirectory: "/repo")
    }

    static func temporary(_ text: String, _ ext: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fidelint-\(UUID().uuidString).\(ext)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    // MARK: - GitHub

    @Test func githubEscapingFollowsTheActionsToolkit() {
        #expect(GitHubReporter.escapeData("100% done\r\nnext: a,b") == "100%25 done%0D%0Anext: a,b")
        #expect(GitHubReporter.escapeProperty("100% done\r\nnext: a,b") == "100%25 done%0D%0Anext%3A a%2Cb")
        #expect(GitHubReporter.escapeData("%0A") == "%250A")   // an escape sequence in the text stays literal
    }

    @Test func githubCommandsCarryPositionsAndEscapes() {
        let run = Self.handRun([
            Self.finding("news,daily/a:b.txt", "Rates rose 5%\nthen fell", line: 3, column: 2, endColumn: 6),
            Self.finding("news,daily/a:b.txt", "Spans lines", line: 4, column: 7, endLine: 6, endColumn: 2, severity: .warning),
            Self.finding("news,daily/a:b.txt", "A note", line: 9, column: 1, endColumn: 3, severity: .note),
        ], path: "news,daily/a:b.txt")
        let lines = GitHubReporter.report(run).split(separator: "\n").map(String.init)
        #expect(lines[0] == "::error file=news%2Cdaily/a%3Ab.txt,line=3,col=2,endLine=3,endColumn=6,title=fidelint ad_label (scraper-residue)::Rates rose 5%25%0Athen fell [ad_label]")
        // Columns are left out when a finding spans lines.
        #expect(lines[1] == "::warning file=news%2Cdaily/a%3Ab.txt,line=4,endLine=6,title=fidelint ad_label (scraper-residue)::Spans lines [ad_label]")
        #expect(lines[2].hasPrefix("::notice file=news%2Cdaily/a%3Ab.txt,line=9,col=1,endLine=9,endColumn=3,"))
        #expect(lines.last == "3 findings (1 error, 1 warning, 1 note) in 1 file")
    }

    @Test func githubRelatedLocationsAndErrors() {
        let run = ReporterTests.run(errors: [.init(path: "gone.txt", message: "no such file or folder")])
        let out = GitHubReporter.report(run)
        #expect(out.contains("::warning file=articles/flood.txt,line=3,col=11,endLine=3,endColumn=29,title=fidelint headline_name_mismatch (name-inconsistency)::The headline names “Mayor Halvorsen”, who is never mentioned in the body"))
        #expect(out.contains("%0Aarticles/flood.txt:1:1: the headline names “Mayor Halvorsen”"))
        #expect(out.contains("::error file=gone.txt::gone.txt%3A no such file or folder\n") == false)   // data keeps ':'
        #expect(out.contains("::error file=gone.txt::gone.txt: no such file or folder\n"))
    }

    // MARK: - GitLab

    @Test func gitlabIssues() throws {
        let run = ReporterTests.run(files: [("a/flood.txt", ReporterTests.article), ("b/flood.txt", ReporterTests.article)])
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(GitLabReporter.report(run).utf8)) as? [[String: Any]])
        #expect(issues.count == 6)
        let ad = try #require(issues.first { $0["check_name"] as? String == "ad_label" })
        #expect(ad["severity"] as? String == "major")
        #expect(ad["description"] as? String == "Ad-slot label scraped into the article: “ADVERTISEMENT” [ad_label]")
        let location = try #require(ad["location"] as? [String: Any])
        #expect(location["path"] as? String == "a/flood.txt")
        let begin = (location["positions"] as? [String: Any])?["begin"] as? [String: Int]
        #expect(begin == ["line": 4, "column": 1])
        #expect(issues.first { $0["check_name"] as? String == "headline_name_mismatch" }?["severity"] as? String == "minor")
        // The same text in two files: two different fingerprints.
        #expect(Set(issues.compactMap { $0["fingerprint"] as? String }).count == 6)
    }

    @Test(.enabled(if: schema("gitlab-codequality.schema.json") != nil, "../shared/schemas is absent"))
    func gitlabValidatesAgainstTheSchema() throws {
        let run = ReporterTests.run(files: [("articles/flood.txt", ReporterTests.article), ("clean.txt", "Fine.\n")])
        for (name, text) in [("findings", GitLabReporter.report(run)), ("clean", GitLabReporter.report(ReporterTests.run(files: [])))] {
            let file = try Self.temporary(text, "json")
            defer { try? FileManager.default.removeItem(at: file) }
            let (status, output) = try ReporterTests.python("""
            import json, sys, jsonschema
            raw = open(sys.argv[2], 'rb').read(); assert not raw.startswith(b'\\xef\\xbb\\xbf'), 'BOM'
            jsonschema.Draft7Validator(json.load(open(sys.argv[1]))).validate(json.loads(raw)); print("valid")
            """, [Self.schema("gitlab-codequality.schema.json")!.path, file.path])
            #expect(status == 0 && output.contains("valid"), "\(name): \(output)")
        }
    }

    // MARK: - JUnit

    static let xmllint: String? = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: schema("junit-10.xsd") != nil && xmllint != nil, "../shared/schemas or xmllint (libxml2-utils) is absent"))
    func junitValidatesAgainstTheXSD() throws {
        let run = ReporterTests.run(files: [("articles/flood.txt", ReporterTests.article + "\n<b>&\u{1}</b>\n"), ("clean.txt", "Fine.\n")],
                                    errors: [.init(path: "gone.txt", message: "no such file or folder")])
        for options in [ReportOptions(failOn: .error), ReportOptions(failOn: nil)] {
            let file = try Self.temporary(JUnitReporter.report(run, options: options), "xml")
            defer { try? FileManager.default.removeItem(at: file) }
            let (status, output) = try ReporterTests.run([Self.xmllint!, "--noout", "--schema", Self.schema("junit-10.xsd")!.path, file.path])
            #expect(status == 0, "\(output)")
        }
    }

    @Test func junitCountsFailuresAtTheGate() throws {
        let run = ReporterTests.run(files: [("articles/flood.txt", ReporterTests.article), ("clean.txt", "Fine.\n")],
                                    errors: [.init(path: "gone.txt", message: "no such file or folder")])
        let xml = JUnitReporter.report(run, options: ReportOptions(failOn: .error))
        #expect(xml.contains("<testsuites name=\"fidelint\" tests=\"5\" failures=\"1\" errors=\"1\">"))
        #expect(xml.contains("<testsuite name=\"articles/flood.txt\" tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"0\" file=\"articles/flood.txt\">"))
        #expect(xml.contains("<testcase classname=\"articles/flood.txt\" name=\"ad_label at 4:1\"><failure type=\"ad_label\" message=\"Ad-slot label scraped into the article: “ADVERTISEMENT”\">"))
        #expect(xml.contains("<testcase classname=\"clean.txt\" name=\"no findings\"/>"))
        #expect(xml.contains("<testcase classname=\"gone.txt\" name=\"read\"><error type=\"fidelint\" message=\"no such file or folder\">"))
        let strict = JUnitReporter.report(run, options: ReportOptions(failOn: .warning))
        #expect(strict.contains("tests=\"5\" failures=\"3\" errors=\"1\""))
    }

    // MARK: - Checkstyle

    @Test func checkstyleParsesAsXML() throws {
        let message = "Quote “<b>&\"x\"</b>”\tand a tab"
        var run = Self.handRun([Self.finding("a&b/<c>.txt", message, line: 2, column: 5, endColumn: 9, severity: .note)], path: "a&b/<c>.txt")
        run.files.append(FileResult(path: "clean.txt", findings: [], errors: ["rule 'slow_rule' aborted: match limit exceeded"]))
        run.fileErrors = [.init(path: "gone.txt", message: "no such file or folder")]
        let doc = try XMLDocument(data: Data(CheckstyleReporter.report(run).utf8))
        let root = try #require(doc.rootElement())
        #expect(root.name == "checkstyle" && root.attribute(forName: "version")?.stringValue == "4.3")
        let files = root.elements(forName: "file")
        #expect(files.map { $0.attribute(forName: "name")?.stringValue } == ["a&b/<c>.txt", "clean.txt", "gone.txt"])
        let error = try #require(files[0].elements(forName: "error").first)
        #expect(error.attribute(forName: "line")?.stringValue == "2")
        #expect(error.attribute(forName: "column")?.stringValue == "5")
        #expect(error.attribute(forName: "severity")?.stringValue == "info")
        #expect(error.attribute(forName: "message")?.stringValue == message)
        #expect(error.attribute(forName: "source")?.stringValue == "fidelint.ad_label")
        #expect(files[1].elements(forName: "error").first?.attribute(forName: "source")?.stringValue == "fidelint.rule")
        #expect(files[2].elements(forName: "error").first?.attribute(forName: "message")?.stringValue == "no such file or folder")
    }

    @Test func checkstyleOfARealRun() throws {
        let doc = try XMLDocument(data: Data(CheckstyleReporter.report(ReporterTests.run()).utf8))
        let errors = try #require(doc.rootElement()?.elements(forName: "file").first?.elements(forName: "error"))
        #expect(errors.map { $0.attribute(forName: "source")?.stringValue ?? "" } == ["fidelint.headline_name_mismatch", "fidelint.missing_source_link", "fidelint.ad_label"])
        #expect(errors.map { $0.attribute(forName: "severity")?.stringValue ?? "" } == ["warning", "warning", "error"])
    }

    // MARK: - Markdown

    @Test func markdownSummary() {
        let run = ReporterTests.run(files: [("articles/flood.txt", ReporterTests.article), ("clean.txt", "Fine.\n")])
        let md = MarkdownReporter.report(run, options: ReportOptions(failOn: .error))
        #expect(md.hasPrefix("## fidelint: ❌ fail (`--fail-on error`)\n"))
        #expect(md.contains("**3 findings** (1 error, 2 warnings, 0 notes) in 2 files."))
        #expect(md.contains("| scraper-residue | 1 |\n"))
        #expect(md.contains("| name-inconsistency | 1 |\n"))
        #expect(md.contains("| truncated-text | 0 |\n"))
        #expect(md.contains("| `ad_label` | scraper-residue | 1 |\n"))
        #expect(md.contains("| articles/flood.txt | 1 | 2 | 0 |\n"))
        #expect(!md.contains("| clean.txt |"))   // worst files lists only files with findings
        #expect(md.contains("- **error** line 4, column 1: Ad\\-slot label scraped into the article\\: “ADVERTISEMENT” `ad_label`\n"))
        #expect(MarkdownReporter.report(run, options: ReportOptions(failOn: nil)).hasPrefix("## fidelint: ✅ pass (`--fail-on never`)\n"))
    }

    @Test func markdownEscapesArticleText() {
        let md = MarkdownReporter.report(Self.handRun([Self.finding("x.txt", "Quote *bold* <script>alert(1)</script> | [link](http://e.x)\nnext",
                                                                    line: 1, column: 1, endColumn: 2)], path: "x.txt"))
        #expect(md.contains("Quote \\*bold\\* \\<script\\>alert\\(1\\)\\</script\\> \\| \\[link\\]\\(http\\://e.x\\) next"))
        #expect(!md.contains("<script>"))
    }

    // MARK: - HTML

    @Test func htmlReportShowsChartsTableAndContext() throws {
        let text = ReporterTests.article + "\n<script>alert('x')</script> & more\n"
        var run = ReporterTests.run(files: [("articles/flood.txt", text), ("clean.txt", "Fine.\n")])
        run.sources = ["articles/flood.txt": text]
        let html = HTMLReporter.report(run, options: ReportOptions(failOn: .error))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<p class=\"verdict fail\">FAIL <span>--fail-on error</span></p>"))
        #expect(html.contains("<figcaption>Findings by category</figcaption><svg"))
        #expect(html.contains("<figcaption>Findings by rule</figcaption><svg"))
        #expect(html.contains("<title>scraper-residue: 1</title>"))
        #expect(html.contains("<table class=\"sortable\" id=\"files\">"))
        #expect(html.contains("<tr><td><a href=\"#file-0\">articles/flood.txt</a></td><td class=\"n\">1</td><td class=\"n\">2</td><td class=\"n\">0</td><td class=\"n\">3</td></tr>"))
        #expect(html.contains("<tr><td>clean.txt</td>"))
        // The ad label in its context: two lines before, the marked line, the two after.
        #expect(html.contains("<span class=\"ln\">4</span><mark>ADVERTISEMENT</mark>\n"))
        #expect(html.contains("<span class=\"ln\">5</span>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more\n"))
        // The name conflict, after multi-byte characters: the mark holds exactly the name.
        #expect(html.contains("<span class=\"ln\">3</span>é👩‍👩‍👧 <mark>Mayor Ilse Marrick</mark> promised"))
        #expect(!html.contains("<script>alert"))
        // Self-contained: no external resource.
        for pattern in ["src=", "href=\"http", "url(", "@import", "<link"] { #expect(!html.contains(pattern), "\(pattern)") }
        #expect(html.contains("default-src 'none'"))
        #expect(html.contains("addEventListener(\"click\""))
    }

    @Test func htmlWithoutSourcesOrWithStaleSources() {
        var run = ReporterTests.run()
        #expect(!HTMLReporter.report(run).contains("<pre class=\"context\">"))
        run.sources = ["articles/flood.txt": "Short.\n"]   // the file changed since the run
        let html = HTMLReporter.report(run)
        #expect(!html.contains("<mark>"))
        #expect(html.contains("Ad-slot label scraped into the article"))
    }

    // MARK: - Text colour

    @Test func textColorOnlyWhenAsked() {
        let plain = TextReporter.report(ReporterTests.run(), options: ReportOptions(color: false))
        #expect(!plain.contains("\u{1B}["))
        let colored = TextReporter.report(ReporterTests.run(), options: ReportOptions(color: true))
        #expect(colored.contains("\u{1B}[1marticles/flood.txt:4:1:\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m Ad-slot label"))
        #expect(colored.contains("\u{1B}[1;33mwarning:\u{1B}[0m"))
        #expect(colored.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression) == plain)
    }

    // MARK: - sarif-tools

    /// `sarif` from sarif-tools (Scripts/bootstrap installs it in .tools/venv).
    static let sarifTool: String? = {
        let venv = ReporterTests.packageRoot.appendingPathComponent(".tools/venv/bin/sarif").path
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/sarif" }
        return ([venv] + path).first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    @Test(.enabled(if: sarifTool != nil, "sarif-tools is not installed (Scripts/bootstrap installs it)"))
    func sarifToolsReadsOurSarif() throws {
        let file = try Self.temporary(SARIFReporter.report(ReporterTests.run()), "sarif")
        defer { try? FileManager.default.removeItem(at: file) }
        let (status, output) = try ReporterTests.run([Self.sarifTool!, "summary", file.path])
        #expect(status == 0, "\(output)")
        #expect(output.contains("error: 1"), "\(output)")
        #expect(output.contains("warning: 2"), "\(output)")
        #expect(output.contains("ad_label"), "\(output)")
    }
}
