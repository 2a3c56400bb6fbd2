import FidelintCore
import Foundation
import Testing

/// The seed article converted to Markdown (front matter, GFM tables) and to HTML (`<table>`
/// markup) gives the same defects as the text version, each at its true position in that file.
/// The conversions are generated from `../shared/seed` at test time (never stored here).
@Suite struct SeedFormatsTests {
    static var seed: String? { SeedArticleTests.seed }

    /// Converts the seed with fidelint's own plain-text model: headings, list items and the four
    /// flattened tables become real Markdown/HTML structure; everything else stays a paragraph.
    static func convert(_ seed: String) -> (markdown: String, html: String) {
        let article = PlainTextReader().read(SourceText(path: "seed.txt", string: seed))
        let index = article.source.lineIndex
        var tableAtLine: [Int: Table] = [:]
        var tableLines: Set<Int> = []
        for t in article.tables {
            let first = index.line(at: t.range.start), last = index.line(at: t.range.end)
            tableAtLine[first] = t
            for l in first...last { tableLines.insert(l) }
        }
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        }
        var md = ["---", "title: \"\(article.headlineBlock!.text)\"", "date: 2025-09-15", "---", ""]
        var html = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"><title>Asia News</title></head><body>",
                    "<nav>Home | World | Asia</nav>", "<article>"]
        let lines = seed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var n = 1
        while n <= lines.count {
            if let t = tableAtLine[n] {
                let rows = [t.header] + t.rows
                md.append("| " + t.header.cells.map(\.text).joined(separator: " | ") + " |")
                md.append("|" + String(repeating: "---|", count: t.header.cells.count))
                html.append("<table><tr>" + t.header.cells.map { "<th>\(esc($0.text))</th>" }.joined() + "</tr>")
                for r in rows.dropFirst() {
                    md.append("| " + r.cells.map(\.text).joined(separator: " | ") + " |")
                    html.append("<tr>" + r.cells.map { "<td>\(esc($0.text))</td>" }.joined() + "</tr>")
                }
                html.append("</table>")
                if let trailing = rows.last?.trailingText {
                    md += ["", article.source.text(trailing)]
                    html.append("<p>\(esc(article.source.text(trailing)))</p>")
                }
                while tableLines.contains(n) { n += 1 }
                continue
            }
            let text = lines[n - 1].trimmingCharacters(in: .whitespaces)
            let block = article.blocks.first { index.line(at: $0.range.start) == n }
            if n == index.line(at: article.headlineBlock!.range.start) {
                html.append("<h1>\(esc(text))</h1>")
            } else if text.isEmpty {
                md.append("")
            } else if block?.kind == .heading {
                md.append("## " + text)
                html.append("<h2>\(esc(text))</h2>")
            } else if block?.kind == .listItem, block!.text.contains(where: \.isLetter) {
                md.append("- " + block!.text)
                html.append("<ul><li>\(esc(block!.text))</li></ul>")
            } else {
                md.append(text.hasPrefix("*") ? "\\" + text.replacingOccurrences(of: " * ", with: " \\* ") : text)
                html.append("<p>\(esc(text))</p>")
            }
            n += 1
        }
        html += ["</article>", "<footer>About us | Contact</footer>", "</body></html>"]
        return (md.joined(separator: "\n") + "\n", html.joined(separator: "\n") + "\n")
    }

    /// The offending text with markup and white space removed, for comparing across formats.
    static func plain(_ s: String) -> String {
        var out = s.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        for (e, c) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\"")] { out = out.replacingOccurrences(of: e, with: c) }
        return String(out.filter { !" \t\n\r|\\#-".contains($0) })
    }

    func findings(_ text: String, _ format: ArticleFormat) -> [ResolvedFinding] {
        // The Markdown copy carries the date in its front matter; the others take it as an option.
        TestSupport.lint(text, format: format, path: "seed.\(format.rawValue)", options: LintOptions(articleDate: "2025-09-15")).findings
    }

    @Test(.enabled(if: seed != nil, "../shared/seed is absent"), arguments: [ArticleFormat.markdown, .html])
    func sameDefectsAtTheirTruePositions(_ format: ArticleFormat) throws {
        let seed = try #require(Self.seed)
        let (md, html) = Self.convert(seed)
        let text = format == .markdown ? md : html
        let reference = findings(seed, .plain).filter { $0.ruleId != "flattened_table" }
        let converted = findings(text, format)
        #expect(converted.map(\.ruleId).sorted() == reference.map(\.ruleId).sorted(), "\(converted.map { "\($0.location.line) \($0.ruleId)" })")
        // Pair findings of each rule in document order: the converted range must hold the same text.
        for rule in Set(reference.map(\.ruleId)) {
            let a = reference.filter { $0.ruleId == rule }, b = converted.filter { $0.ruleId == rule }
            for (x, y) in zip(a, b) {
                #expect(Self.plain(y.snippet.replacingOccurrences(of: "…", with: "")) == Self.plain(x.snippet.replacingOccurrences(of: "…", with: "")),
                        "\(rule): “\(y.snippet)” at \(y.location.line):\(y.location.column) vs “\(x.snippet)”")
                #expect(y.related.count == x.related.count, "\(rule) related")
            }
        }
        // Spot checks of exact lines and columns in the converted file.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func position(of needle: String, occurrence: Int = 1) -> (Int, Int)? {
            var seen = 0
            for (i, l) in lines.enumerated() {
                guard let r = l.range(of: needle) else { continue }
                seen += 1
                if seen == occurrence { return (i + 1, l[..<r.lowerBound].utf16.count + 1) }
            }
            return nil
        }
        let conflict = try #require(converted.first { $0.ruleId == "role_conflict" })
        #expect(position(of: "President Yoon Suk-yeol").map { [$0.0, $0.1] } == [conflict.location.line, conflict.location.column])
        let stale = try #require(converted.first { $0.ruleId == "stale_office" })
        #expect(stale.location.line == conflict.location.line && stale.location.column == conflict.location.column)
        let headline = try #require(conflict.related.first)
        #expect(position(of: "President Lee Emphasizes Strong").map { [$0.0, $0.1] } == [headline.location.line, headline.location.column])
        let source = try #require(converted.first { $0.ruleId == "missing_source_link" })
        #expect(position(of: "as detailed in statements").map { [$0.0, $0.1] } == [source.location.line, source.location.column])
        let email = try #require(converted.first { $0.ruleId == "email_obfuscation" })
        #expect(position(of: "[email\u{00A0}protected]").map { [$0.0, $0.1] } == [email.location.line, email.location.column])
        let row = try #require(converted.first { $0.ruleId == "truncated_table_row" })
        #expect(row.location.line == position(of: "Technology &" + (format == .html ? "amp; " : " ") + "Innovation", occurrence: 2)?.0)
        #expect(row.message.contains("“Advanced technological solutions; Shared knowledge”"))
        let duplicate = try #require(converted.first { $0.ruleId == "duplicate_section" })
        #expect(duplicate.location.line == position(of: "To solidify the momentum", occurrence: 2)?.0)
        #expect(duplicate.related.first?.location.line == position(of: "To solidify the momentum")?.0)
    }
}
