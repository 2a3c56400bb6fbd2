import FidelintCore
import Foundation
import Testing

/// The Markdown (cmark-gfm + Yams) and HTML (libxml2) readers: metadata, structure, tables as
/// written, links, code and quotations, the article region, and declared charsets.
@Suite struct StructuredReaderTests {
    func markdown(_ text: String) -> Article { MarkdownReader().read(SourceText(path: "t.md", string: text)) }
    func html(_ text: String, wholePage: Bool = false) -> Article {
        HTMLReader(wholePage: wholePage).read(SourceText(path: "t.html", string: text))
    }
    func view(_ a: Article) -> String { String(decoding: a.prose.utf8, as: UTF8.self) }

    @Test func frontMatterGivesHeadlineAndMetadata() throws {
        let a = markdown("""
        ---
        title: "Harbour Tunnel Reopens"
        date: 2025-09-15
        description: Short summary.
        author: Sela Okonkwo
        sources:
          - https://example.org/a
          - https://example.org/b
        ---

        The tunnel reopened on Monday.
        """)
        #expect(a.metadata.title == "Harbour Tunnel Reopens")
        #expect(a.metadata.date == "2025-09-15")
        #expect(a.metadata.description == "Short summary.")
        #expect(a.metadata.author == "Sela Okonkwo")
        #expect(a.metadata.sources == ["https://example.org/a", "https://example.org/b"])
        let headline = try #require(a.headlineBlock)
        #expect(headline.text == "Harbour Tunnel Reopens")
        #expect(a.source.location(of: headline.range).line == 2)
        #expect(a.source.location(of: headline.range).column == 9)
        #expect(!view(a).contains("Sela"))   // the rest of the front matter is not prose
    }

    /// Hugo's TOML front matter (`+++`): the same fields as YAML, dates in TOML form, the title
    /// located on its line, and none of it prose.
    @Test func tomlFrontMatterGivesHeadlineAndMetadata() throws {
        let a = markdown("""
        +++
        title = "Harbour Tunnel Reopens"
        date = 2025-09-15
        draft = false
        author = 'Sela Okonkwo'
        sources = ["https://example.org/a", "https://example.org/b"]
        [params]
        description = "not the top-level description"
        +++

        The tunnel reopened on Monday.
        """)
        #expect(a.metadata.title == "Harbour Tunnel Reopens")
        #expect(a.metadata.date == "2025-09-15")
        #expect(a.metadata.description == nil)
        #expect(a.metadata.author == "Sela Okonkwo")
        #expect(a.metadata.sources == ["https://example.org/a", "https://example.org/b"])
        #expect(a.metadata.frontMatterProblem == nil)
        let headline = try #require(a.headlineBlock)
        #expect(headline.text == "Harbour Tunnel Reopens")
        #expect(a.source.location(of: headline.range).line == 2)
        #expect(a.source.location(of: headline.range).column == 10)
        #expect(!view(a).contains("Sela"))
        #expect(!view(a).contains("draft"))
        #expect(view(a).contains("The tunnel reopened on Monday."))
    }

    /// Hugo's JSON front matter: an object opening the file and closing with `}` alone on a line.
    @Test func jsonFrontMatterGivesHeadlineAndMetadata() throws {
        let a = markdown("""
        {
          "title": "Harbour Tunnel Reopens",
          "date": "2025-09-15",
          "tags": ["transport", "city"],
          "weight": 3
        }

        The tunnel reopened on Monday.
        """)
        #expect(a.metadata.title == "Harbour Tunnel Reopens")
        #expect(a.metadata.date == "2025-09-15")
        let headline = try #require(a.headlineBlock)
        #expect(headline.text == "Harbour Tunnel Reopens")
        #expect(a.source.location(of: headline.range).line == 2)
        #expect(!view(a).contains("transport"))
        #expect(view(a).contains("The tunnel reopened on Monday."))
    }

    /// Invalid TOML or JSON front matter is a problem with its file line, and the body is still
    /// read; a paragraph that merely starts with a brace is not front matter.
    @Test func invalidTomlOrJsonFrontMatterIsReported() throws {
        let toml = markdown("+++\ntitle = \"Rates\"\ndate = \n+++\n\nRates rose.\n")
        let problem = try #require(toml.metadata.frontMatterProblem)
        #expect(problem.message.hasPrefix("line 3: "), "\(problem.message)")
        #expect(problem.message.hasSuffix("(TOML)"))
        #expect(view(toml).contains("Rates rose."))
        let json = markdown("{\n  \"title\": Rates\n}\n\nRates rose.\n")
        #expect(json.metadata.frontMatterProblem?.message.hasSuffix("(JSON)") == true)
        #expect(view(json).contains("Rates rose."))
        let prose = markdown("{Braces} open this paragraph.\n\nRates rose.\n")
        #expect(prose.metadata.frontMatterProblem == nil)
        #expect(view(prose).contains("open this paragraph"))
    }

    @Test func markdownStructure() throws {
        let a = markdown("""
        # Title Here

        A paragraph with `inline code` and a [link](https://e.example/x "t").

        - first item
        - second item

        > A quoted line.

        ```python
        print("hi")
        ```

        ![alt text](img.png)
        """)
        #expect(a.blocks.map(\.kind) == [.heading, .paragraph, .listItem, .listItem, .paragraph])
        #expect(a.blocks.last?.isQuotation == true)
        #expect(a.headlineBlock?.text == "Title Here")
        #expect(a.links.map(\.target) == ["https://e.example/x"])
        #expect(a.links.first?.text == "link")
        #expect(a.source.text(a.links[0].range) == "link")
        #expect(a.codeRanges.map { a.prose.text($0) } == ["inline code"])
        #expect(!view(a).contains("print"))
        #expect(!view(a).contains("alt text"))
        #expect(a.fences.first?.info == "python" && a.fences.first?.bodyIsProse == false)
    }

    @Test func markdownTablesCountCellsAsWritten() throws {
        let a = markdown("""
        | A | B | C |
        |---|---|---|
        | 1 | 2 | 3 |
        | 4 | 5 |
        | 6 | 7 | 8 | 9 |
        """)
        let t = try #require(a.tables.first)
        #expect(t.header.cells.map(\.text) == ["A", "B", "C"])
        #expect(t.rows.map(\.width) == [3, 2, 4])   // not padded, not truncated
        #expect(t.rows[2].cells.last?.text == "9")
        #expect(a.source.text(t.rows[1].cells[1].range) == "5")
        #expect(!view(a).contains("|"))   // cells are separated by tabs in the view
    }

    @Test func htmlHeadlineDateAndRegion() throws {
        let a = html("""
        <html><head><title>Site | Story</title>
        <meta property="article:published_time" content="2025-09-15T08:00:00Z">
        <script type="application/ld+json">{"datePublished": "2020-01-01"}</script></head>
        <body><nav>Home News Sport</nav>
        <article><h1>Harbour &amp; Tunnel Reopen</h1>
        <p>The tunnel <a href="https://e.example/r">reopened</a> on <q>Monday</q>.</p>
        <aside class="related">Related: other story</aside>
        <div class="share-bar">Share on X</div>
        <pre>code here</pre>
        <blockquote><p>Quoted words.</p></blockquote>
        <script>var x = "<p>not text</p>";</script><style>p{}</style><template><p>hidden</p></template>
        </article><footer>Footer text</footer></body></html>
        """)
        #expect(a.headlineBlock?.text == "Harbour & Tunnel Reopen")
        #expect(a.metadata.date == "2025-09-15T08:00:00Z")
        let v = view(a)
        for absent in ["Home News", "Related", "Share on X", "Footer", "not text", "hidden", "p{}"] { #expect(!v.contains(absent), "\(absent)") }
        #expect(v.contains("The tunnel reopened on Monday."))
        #expect(a.links.map(\.target) == ["https://e.example/r"])
        #expect(a.source.text(a.links[0].range) == "reopened")
        #expect(a.quotationRanges.contains { a.prose.text($0) == "Monday" })
        #expect(a.blocks.contains { $0.isQuotation && $0.text == "Quoted words." })
        #expect(a.codeRanges.contains { a.prose.text($0) == "code here" })
        let whole = view(html("<html><body><nav>Home News</nav><article><p>Body.</p></article></body></html>", wholePage: true))
        #expect(whole.contains("Home News") && whole.contains("Body."))
    }

    @Test func htmlHeadlineFallsBackToOgTitleAndTitle() {
        let og = html("<html><head><title>T1</title><meta property=\"og:title\" content=\"From OG Title\"></head><body><p>Text body here.</p></body></html>")
        #expect(og.headlineBlock?.text == "From OG Title")
        let title = html("<html><head><title>Only The Title</title></head><body><p>Text body here.</p></body></html>")
        #expect(title.headlineBlock?.text == "Only The Title")
        #expect(title.source.text(title.headlineBlock!.range) == "Only The Title")
        let time = html("<html><body><article><time datetime=\"2024-02-03\">3 Feb</time><p>Text.</p></article></body></html>")
        #expect(time.metadata.date == "2024-02-03")
        let ld = html("<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"datePublished\":\"2021-05-06\"}]}</script></head><body><p>x</p></body></html>")
        #expect(ld.metadata.date == "2021-05-06")
    }

    @Test func htmlTablesCountColspan() throws {
        let a = html("<article><table><thead><tr><th>A</th><th>B</th><th>C</th></tr></thead><tbody><tr><td colspan=\"2\">1</td><td>3</td></tr><tr><td>4</td><td>5</td></tr></tbody></table></article>")
        let t = try #require(a.tables.first)
        #expect(t.header.width == 3)
        #expect(t.rows.map(\.width) == [3, 2])
        #expect(t.rows.map(\.cells.count) == [2, 2])
    }

    @Test func declaredCharsetIsHonoured() {
        let bytes = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>The caf".utf8) + [0xE9, 0x20, 0x93]
            + Array("opened".utf8) + [0x94] + Array("</p></body></html>".utf8)
        let source = SourceText(path: "t.html", bytes: bytes)
        #expect(source.encoding == "windows-1252")
        #expect(source.invalidByteOffsets.isEmpty)
        let a = HTMLReader().read(source)
        #expect(view(a).contains("The café “opened”"))
    }
}
