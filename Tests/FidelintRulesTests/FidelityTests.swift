import FidelintCore
@testable import FidelintRules
import Foundation
import Testing

/// Issue 19: an article checked against the documents it was written from. How inputs are
/// attached (front matter, sidecar folder, the run's), how they are read (JSON text field), the
/// quotation, figure, person and outlet models, related locations, and the seed.
@Suite struct FidelityTests {
    static let fixtures = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/fidelity")

    /// The unsupported-claim findings of `text` against inputs given as (name, text) pairs.
    static func claims(_ text: String, inputs: [(name: String, text: String)], format: ArticleFormat = .plain) -> [ResolvedFinding] {
        let options = LintOptions(sourceDocuments: .inline(inputs))
        return TestSupport.lint(text, format: format, options: options).findings.filter { $0.category == .unsupportedClaim }
    }

    static let release = """
        Harbour Authority approves Berth 9 expansion

        The Harbour Authority board on Tuesday approved the $2.6 billion expansion of Berth 9, Chair Anna Lindqvist said.
        "We looked hard at the numbers — and we are confident this expansion pays for itself," Lindqvist said.
        The work will raise capacity by 14 percent and cut waiting times by 80 minutes, according to the Coastline News Service.
        Chief Engineer Tomas Berg will lead the project.
        """

    // MARK: - The seed

    static var seed: String? {
        guard let shared = TestSupport.shared else { return nil }
        return try? String(contentsOf: shared.appendingPathComponent("seed/000_26ef7f82953b76ab.txt"), encoding: .utf8)
    }

    @Test(.enabled(if: seed != nil, "../shared/seed is absent"))
    func seedAgainstItsStatementReportsYoonAndNothingElse() throws {
        let statement = Self.fixtures.appendingPathComponent("seed/statement.txt").path
        let inputs = SourceDocumentSet.load([statement])
        #expect(inputs.problems.isEmpty && inputs.documents.count == 1)
        let text = try #require(Self.seed)
        let with = TestSupport.lint(text, path: "seed.txt", options: LintOptions(sourceDocuments: inputs))
        let without = TestSupport.lint(text, path: "seed.txt")
        let claims = with.findings.filter { $0.category == .unsupportedClaim }
        #expect(claims.map { "\($0.location.line) \($0.ruleId)" } == ["8 unsupported_person"], "\(claims.map(\.message))")
        let yoon = try #require(claims.first)
        #expect(yoon.snippet == "President Yoon Suk-yeol")
        #expect(yoon.message == "“President Yoon Suk-yeol” is named in none of the source documents, which give the role to President Lee Jae-myung")
        // The statement's passage naming the president, at its line.
        #expect(yoon.related.first?.path == statement)
        #expect(yoon.related.first?.location.line == 1)
        #expect(yoon.related.first?.message.contains("President Lee Jae-myung calls for close cooperation") == true)
        // Everything else is what the seed gets without inputs.
        #expect(with.findings.filter { $0.category != .unsupportedClaim } == without.findings)
    }

    // MARK: - Attaching inputs

    /// A temporary folder with `files` (relative path → text).
    static func folder(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fidelint-fidelity-\(UUID().uuidString)")
        for (path, text) in files {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return dir
    }

    static func lintFile(_ url: URL, options: LintOptions = LintOptions()) throws -> FileResult {
        let bytes = [UInt8](try Data(contentsOf: url))
        return Linter(rules: TestSupport.rules, options: options).lint(SourceText(path: url.path, bytes: bytes), format: .forPath(url.path))
    }

    @Test func frontMatterNamesInputsRelativeToTheArticle() throws {
        let dir = try Self.folder([
            "news/story.md": "---\ntitle: Port\nsource_documents: [../inputs/release.txt]\n---\n\nThe board approved the $2.4 billion expansion of Berth 9 on Tuesday, Chair Anna Lindqvist said.\n",
            "inputs/release.txt": Self.release,
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try Self.lintFile(dir.appendingPathComponent("news/story.md"))
        #expect(result.errors.isEmpty)
        let claims = result.findings.filter { $0.category == .unsupportedClaim }
        #expect(claims.map { "\($0.location.line) \($0.ruleId) \($0.snippet)" } == ["6 changed_figure $2.4 billion"])
        #expect(claims.first?.related.first?.path.hasSuffix("news/../inputs/release.txt") == true)
        #expect(claims.first?.related.first?.location.line == 3)
    }

    @Test func sidecarFolderBesideTheArticleForEveryFormat() throws {
        for name in ["story.md", "story.txt", "story.html"] {
            let body = "The board approved the expansion, according to Reuters."
            let text = name.hasSuffix(".html") ? "<html><body><article><p>\(body)</p></article></body></html>\n" : "Port\n\n\(body)\n"
            let dir = try Self.folder([name: text, "story.sources/release.md": Self.release])
            defer { try? FileManager.default.removeItem(at: dir) }
            let result = try Self.lintFile(dir.appendingPathComponent(name))
            #expect(result.findings.filter { $0.category == .unsupportedClaim }.map(\.ruleId) == ["unsupported_outlet"], "\(name)")
        }
    }

    @Test func runInputsApplyToEveryArticleAndArticlesWithoutInputsAreUntouched() throws {
        let text = "Port\n\nChair Anna Lindqvist said capacity would rise by 41 percent, the Coastline News Service reported.\n"
        let inputs = SourceDocumentSet.inline([("release.txt", Self.release)])
        let with = TestSupport.lint(text, options: LintOptions(sourceDocuments: inputs)).findings
        #expect(with.filter { $0.category == .unsupportedClaim }.map(\.ruleId) == ["changed_figure"])
        #expect(TestSupport.lint(text).findings.filter { $0.category == .unsupportedClaim }.isEmpty)
    }

    @Test func jsonAndJsonlInputsReadTheirTextField() throws {
        let json = #"{"title": "Release", "body": "Chair Anna Lindqvist said the $2.6 billion plan was approved."}"#
        let jsonl = #"{"body": "First record."}"# + "\n" + #"{"body": "Chief Engineer Tomas Berg will lead the project."}"# + "\n"
        let set = SourceDocumentSet.inline([("release.json", json), ("minutes.jsonl", jsonl)], textField: "body")
        #expect(set.problems.isEmpty)
        #expect(set.documents.map(\.article.prose).map { String(decoding: $0.utf8, as: UTF8.self) }
                    == ["Chair Anna Lindqvist said the $2.6 billion plan was approved.", "First record.", "Chief Engineer Tomas Berg will lead the project."])
        #expect(set.documents.map(\.fieldLine) == [1, 1, 2])
        let wrongField = SourceDocumentSet.inline([("release.json", json)])
        #expect(wrongField.problems == ["source document 'release.json': no record has a string field 'text' (choose it with --source-text-field)"])
        let claims = Self.claims("Port\n\nChief Engineer Tomas Berg said the $2.6 billion plan was approved.\n",
                                 inputs: [("release.json", json), ("minutes.jsonl", jsonl)])
        #expect(claims.isEmpty)
    }

    @Test func missingInputIsAnErrorNamingTheFile() throws {
        let dir = try Self.folder(["story.md": "---\nsource_documents: [gone.txt]\n---\n\nText.\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try Self.lintFile(dir.appendingPathComponent("story.md"))
        #expect(result.errors == ["source document '\(dir.path)/gone.txt': no such file or folder"])
    }

    // MARK: - Quotations

    @Test func quotationsAreComparedAfterFoldingMarksDashesCaseAndSpace() {
        let supported = [
            "Port\n\n“We looked hard at the numbers - and we are confident this expansion pays for itself,” Lindqvist said.\n",
            "Port\n\n\"we  looked hard at the NUMBERS, and we are confident this expansion pays for itself\", she said.\n",
            "Port\n\nShe said the board had “looked hard at the numbers – and we are confident” before the vote.\n",
            "Port\n\n“We looked hard at the numbers […] this expansion pays for itself,” she said.\n",
            "Port\n\n“We looked hard at the numbers ... [the board is] confident this expansion pays for itself,” she said.\n",
        ]
        for text in supported { #expect(Self.claims(text, inputs: [("release.txt", Self.release)]).isEmpty, "\(text)") }
        let changed = Self.claims("Port\n\n“We looked hard at the risks — and we are confident this expansion pays for itself,” she said.\n",
                                  inputs: [("release.txt", Self.release)])
        #expect(changed.map(\.ruleId) == ["unsupported_quote"])
        #expect(changed.first?.message.hasSuffix("the closest input passage differs in 1 of 15 words") == true, "\(changed.first?.message ?? "")")
        #expect(changed.first?.related.first?.location.line == 4)
        // Under six words: not checked.
        #expect(Self.claims("Port\n\nShe called it “a very bold plan” on Tuesday.\n", inputs: [("release.txt", Self.release)]).isEmpty)
    }

    // MARK: - Figures

    static func figure(_ text: String) -> Figure? { FigureScanner.scan(Array(text.utf8)).first }

    @Test func figuresInEquivalentForms() throws {
        let same: [(String, String)] = [
            ("$2.6 billion", "2,600 million dollars"), ("$2.6 billion", "US$2.6bn"), ("$2.6 billion", "US$2,600 million"),
            ("14%", "14 percent"), ("14%", "14 per cent"), ("12 %", "12 por ciento"), ("12 %", "12 Prozent"), ("35 %", "35 pour cent"),
            ("80mm", "80 millimetres"), ("4.2m", "4.2 metres"), ("1.2 kilometres", "1.2 km"), ("500mg", "500 mg"),
            ("€4.8 billion", "4.8 billion euros"), ("1,2 millones de euros", "€1.2 million"), ("186 Mio. Euro", "186 Millionen Euro"),
            ("£5,000", "£5000"), ("$38 million", "38 million dollars"), ("71%", "71.4 percent"), ("$18.6 million", "$18,620,000"),
        ]
        for (a, b) in same {
            let fa = try #require(Self.figure(a), "\(a)"), fb = try #require(Self.figure(b), "\(b)")
            #expect(fa.isSupported(by: fb), "\(a) = \(b): \(fa) \(fb)")
        }
        let different: [(String, String)] = [
            ("$2.4 billion", "$2.6 billion"), ("74.1%", "71.4 percent"), ("£10,000", "£5,000"), ("2.99 per cent", "4.99 per cent"),
            ("$2.6 billion", "€2.6 billion"), ("14%", "14 metres"), ("$4.2m", "4.2 metres"),
        ]
        for (a, b) in different {
            let fa = try #require(Self.figure(a), "\(a)"), fb = try #require(Self.figure(b), "\(b)")
            #expect(!fa.isSupported(by: fb), "\(a) ≠ \(b)")
        }
        // A bare number is no figure.
        #expect(Self.figure("In 2024, 1,200 people came.") == nil)
        #expect(ChangedFigureRule.digitSlip(try #require(Self.figure("$1.48 billion")), try #require(Self.figure("$1.84 billion"))))
        #expect(!ChangedFigureRule.digitSlip(try #require(Self.figure("$1.5 billion")), try #require(Self.figure("$1.84 billion"))))
    }

    @Test func changedFigureNeedsAMatchingInputSentence() {
        let inputs = [("release.txt", Self.release)]
        #expect(Self.claims("Port\n\nThe work will raise capacity by 12% and cut waiting times by 80 minutes.\n", inputs: inputs).map(\.snippet) == ["12%"])
        // Background no input resembles.
        #expect(Self.claims("Port\n\nThe national economy grew by 3% last year, the statistics office said.\n", inputs: inputs).isEmpty)
    }

    // MARK: - People and outlets

    @Test func peopleAndRolesAgainstTheInputs() {
        let inputs = [("release.txt", Self.release)]
        let found = Self.claims("Port\n\nCouncillor Mark Hollis said the vote was clear. Chief Engineer Anna Lindqvist will lead the project.\n",
                                inputs: inputs)
        #expect(found.map { "\($0.ruleId) \($0.snippet)" } == ["unsupported_person Councillor Mark Hollis", "unsupported_person Chief Engineer Anna Lindqvist"])
        // Accents, surname-only later mentions and the inputs' roles are supported.
        #expect(Self.claims("Port\n\nChair Anna Lindqvíst said the vote was clear. Berg will lead the project.\n", inputs: inputs).isEmpty)
        // A name with an appositive role the inputs never give.
        let analyst = Self.claims("Port\n\nLisa Moreno, an analyst at Brightwater Research, called the plan bold.\n", inputs: inputs)
        #expect(analyst.map(\.snippet) == ["Lisa Moreno"])
    }

    @Test func outletsTheInputsNeverMention() {
        let inputs = [("release.txt", Self.release)]
        #expect(Self.claims("Port\n\nThe plan was approved, according to Reuters.\n", inputs: inputs).map(\.ruleId) == ["unsupported_outlet"])
        #expect(Self.claims("Port\n\nLindqvist told the Westhaven Courier that the plan was sound.\n", inputs: inputs).map(\.ruleId) == ["unsupported_outlet"])
        #expect(Self.claims("Port\n\nThe plan was approved, according to the Coastline News Service.\n", inputs: inputs).isEmpty)
    }

    // MARK: - Speed

    /// One article against 50 KB of inputs: the index is built once per input set; the rules'
    /// time on the article is what issue 19 bounds (20 ms; here with room for a loaded machine).
    @Test func oneArticleAgainstFiftyKilobytesOfInputs() throws {
        var text = ""
        var n = 0
        while text.utf8.count < 50_000 {
            n += 1
            text += "Officials said on day \(n) that the Berth \(n) works would cost $\(n).\(n % 10) million and raise capacity by \(n % 40) percent. "
            text += "\"We looked hard at the numbers for phase \(n), and we are confident it pays for itself,\" Chair Anna Lindqvist said.\n\n"
        }
        let inputs = SourceDocumentSet.inline([("big.txt", text)])
        let article = "Port\n\nThe Berth 7 works would cost $7.7 million, officials said. \"We looked hard at the numbers for phase 7, and we are confident it pays for itself,\" Lindqvist said. Capacity rises by 9 percent, according to Reuters.\n"
        let rules = TestSupport.rules.filter { $0.description.category == .unsupportedClaim }
        let linter = Linter(rules: rules, options: LintOptions(sourceDocuments: inputs))
        _ = linter.lint(SourceText(path: "a.txt", string: article), format: .plain)   // builds the index
        var best = Double.infinity
        for _ in 0..<5 {
            best = min(best, TestSupport.threadCPUSeconds { _ = linter.lint(SourceText(path: "a.txt", string: article), format: .plain) })
        }
        #expect(best < 0.1, "one article against 50 KB of inputs took \(best * 1000) ms")
    }
}
