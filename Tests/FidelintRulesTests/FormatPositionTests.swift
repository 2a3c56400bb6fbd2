import FidelintCore
import Foundation
import Testing

/// Positions in every format: a finding starts exactly where `↓` stands in the file, as a 1-based
/// line and UTF-16 column, after multi-byte characters, entities, CRLF, tabs, inline markup and on
/// lines past 65,535.
@Suite struct FormatPositionTests {
    static let selfReference = TestSupport.rule("ai_self_reference")

    /// Lints `marked` (with one `↓`) in `format` and checks the first finding's line and column.
    func check(_ marked: String, _ format: ArticleFormat, crlf: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) {
        var (text, markers) = Example(marked).stripped
        var offset = markers[0]
        if crlf {
            let before = String(decoding: Array(text.utf8)[..<offset], as: UTF8.self)
            offset += before.filter { $0 == "\n" }.count
            text = text.replacingOccurrences(of: "\n", with: "\r\n")
        }
        let bytes = Array(text.utf8)
        let line = bytes[..<offset].filter { $0 == 0x0A }.count + 1
        let lineStart = (bytes[..<offset].lastIndex(of: 0x0A) ?? -1) + 1
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).utf16.count + 1
        let findings = TestSupport.lint(text, format: format, rules: [Self.selfReference]).findings
        #expect(findings.count == 1, "\(findings.map(\.message))", sourceLocation: sourceLocation)
        guard let f = findings.first else { return }
        #expect(f.location.offset == offset, sourceLocation: sourceLocation)
        let got: [Int] = [f.location.line, f.location.column], want: [Int] = [line, column]
        #expect(got == want, sourceLocation: sourceLocation)
    }

    static let prefix = "é👩‍👩‍👧 “quoted”\tCafé — "

    @Test(arguments: [false, true]) func plainText(_ crlf: Bool) {
        check("Title Line Here\n\n\(Self.prefix)↓As an AI language model, I cannot say.\n", .plain, crlf: crlf)
    }

    @Test(arguments: [false, true]) func markdown(_ crlf: Bool) {
        check("---\ntitle: \"A Title\"\n---\n\n# Heading\n\n\(Self.prefix)Caf&eacute; &amp; \\*x\\* ↓As an AI language model, I cannot say.\n", .markdown, crlf: crlf)
        check("Intro paragraph.\n\n- item one\n- **↓As an AI** language model, I cannot say.\n", .markdown, crlf: crlf)
        check("> quoted block\n\n| A | B |\n|---|---|\n| x | [↓As an AI](https://e.example) language model, I |\n", .markdown, crlf: crlf)
    }

    @Test(arguments: [false, true]) func html(_ crlf: Bool) {
        check("<html><head><title>T</title></head><body><article>\n<h1>Heading</h1>\n<p>\(Self.prefix)Caf&eacute; &amp; &#8220;x&#8221;\n\t  ↓As an AI language model, I cannot say.</p>\n</article></body></html>\n", .html, crlf: crlf)
        check("<article><p>Some <em>↓As an AI</em> language model, I say.</p></article>", .html, crlf: crlf)
        check("<article><table><tr><th>A</th></tr><tr><td>x &lt; y ↓As an AI language model, I</td></tr></table></article>", .html, crlf: crlf)
    }

    /// Lines past 65,535: libxml2's own line numbers stop there; ours do not.
    @Test(arguments: [ArticleFormat.plain, .markdown, .html]) func seventyThousandLines(_ format: ArticleFormat) {
        let filler = String(repeating: format == .html ? "<p>Filler line.</p>\n" : "Filler line.\n\n", count: 35_000)
        let body = "\(Self.prefix)↓As an AI language model, I cannot say."
        switch format {
        case .html: check("<html><body><article>\n" + filler + "<p>" + body + "</p>\n</article></body></html>\n", .html)
        default: check(filler + body + "\n", format)
        }
    }
}

/// Every reader survives malformed and extreme input without crashing, hanging or dropping text.
@Suite struct ReaderRobustnessTests {
    func prose(_ text: String, _ format: ArticleFormat) -> String {
        let article = ArticleReaders.reader(for: format).read(SourceText(path: "t", string: text))
        return String(decoding: article.prose.utf8, as: UTF8.self)
    }

    @Test func unclosedTagsKeepTheirText() {
        let view = prose("<html><body><article><p>First para<p>Second <b>bold <i>italic</p><div>Third <span>part", .html)
        for piece in ["First para", "Second bold italic", "Third part"] { #expect(view.contains(piece), "\(view)") }
    }

    @Test func deepNestingKeepsItsText() {
        let html = String(repeating: "<div>", count: 5_000) + "<p>Deep text here.</p>" + String(repeating: "</div>", count: 5_000)
        #expect(prose("<html><body><article>" + html + "<p>After.</p></article></body></html>", .html).contains("Deep text here.\nAfter."))
        let md = String(repeating: ">", count: 5_000) + " Deep quote.\n\nAfter.\n"
        #expect(prose(md, .markdown).contains("After."))
        #expect(prose(String(repeating: "[", count: 50_000) + "x", .markdown).contains("x"))
    }

    @Test func twentyMegabytePage() {
        var html = "<html><body><article>\n"
        let paragraph = "<p>" + String(repeating: "The council met on Monday and approved the budget. ", count: 20) + "</p>\n"
        while html.utf8.count < 20_000_000 { html += paragraph }
        html += "<p>ADVERTISEMENT</p>\n</article></body></html>\n"
        let lines = html.split(separator: "\n", omittingEmptySubsequences: false).count
        let findings = TestSupport.lint(html, format: .html, rules: [TestSupport.rule("ad_label")]).findings
        #expect(findings.map(\.location.line) == [lines - 2])
        #expect(findings.first?.location.column == 4)
    }

    @Test func emptyAndOddInputs() {
        for format in ArticleFormat.allCases {
            for text in ["", "\n", "<", "</p>", "---\n", "---\ntitle: [unclosed\n---\nBody text.\n", "&", "&#xFFFFFFFF;", "| a |\n|", "\u{FEFF}x"] {
                _ = prose(text, format)
            }
        }
        #expect(prose("---\ntitle: [unclosed\n---\nBody text.\n", .markdown).contains("Body text."))
    }

    static var synthetic: [URL] {
        guard let shared = TestSupport.shared else { return [] }
        let dir = shared.appendingPathComponent("corpus/readability/synthetic")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.sorted().map { dir.appendingPathComponent($0).appendingPathComponent("source.html") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// The 37 edge-case pages of Mozilla Readability (RTL, entities, hidden nodes, …).
    @Test(.enabled(if: !synthetic.isEmpty, "../shared/corpus is absent"))
    func syntheticEdgeCasePages() throws {
        #expect(Self.synthetic.count >= 30)
        for url in Self.synthetic {
            let data = try Data(contentsOf: url)
            let result = Linter(rules: TestSupport.rules).lint(SourceText(path: url.path, bytes: Array(data)), format: .html)
            #expect(result.errors.isEmpty, "\(url.path): \(result.errors)")
            // Every finding points inside the file.
            for f in result.findings { #expect(f.location.endOffset <= data.count + 3 * 64) }
        }
    }
}
