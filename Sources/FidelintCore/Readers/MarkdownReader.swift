import CCmarkGFM

/// Reads Markdown with cmark-gfm (GFM tables, strikethrough, autolinks, task lists) and YAML front
/// matter with Yams.
///
/// - The front matter's `title` becomes the headline (a heading block at its place in the front
///   matter); `date`/`publishDate` the article date; `description`, `author`, `source`/`sources`
///   are kept. The rest of the front matter is not prose.
/// - Headings, paragraphs, list items and table rows become blocks; block quotes mark their blocks
///   as quotations; code blocks and inline code are not prose (a fenced block whose body is prose
///   is reported by `stray_code_fence` and read as prose); HTML and images are not prose.
/// - Table rows keep their cells as written: cmark-gfm pads short rows (padding cells have start
///   column 0, and are dropped here) and drops the cells of long rows (counted back from the raw
///   line).
/// - Every piece of text is aligned to its source bytes (`ViewBuilder`), so findings point inside
///   inline markup, after entities and escapes, at their exact line and UTF-16 column.
public struct MarkdownReader: ArticleReader {
    public init() {}

    /// cmark-gfm's extension registry is not thread-safe: register once, before any parsing.
    static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    public func read(_ source: SourceText) -> Article {
        _ = Self.registered
        let front = FrontMatter.read(source)
        var bytes = source.utf8
        if let fm = front {
            // Blank the front matter, keeping its line breaks, so cmark's line numbers are the file's.
            for i in fm.range.start..<fm.range.end where bytes[i] != 0x0A && bytes[i] != 0x0D { bytes[i] = 0x20 }
        }
        var walker = Walker(source: source, builder: ViewBuilder(source: source.utf8, isHTML: false))
        if let fm = front, let title = fm.metadata.title {
            // Aligned within the title's own line(s), so YAML quoting and escapes cannot pull the
            // search into the body.
            let start = fm.titleRange?.start ?? 0
            walker.builder.advance(to: start)
            if walker.builder.append(title, limit: fm.range.end) == nil || walker.builder.cursor > fm.range.end {
                walker.builder.append(title, at: fm.titleRange ?? SourceRange(start: 0, end: 0))
            }
            walker.finishBlock(.heading)
            walker.headline = 0
        }
        walker.builder.advance(to: front?.range.end ?? 0)

        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return PlainTextReader(format: .markdown).read(source) }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink", "tasklist"] {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { cmark_parser_feed(parser, $0, buf.count) }
        }
        guard let root = cmark_parser_finish(parser) else { return PlainTextReader(format: .markdown).read(source) }
        defer { cmark_node_free(root) }
        walker.walk(root)
        var metadata = front?.metadata ?? ArticleMetadata()
        if metadata.title == nil, let h = walker.blocks.first(where: { $0.kind == .heading }) { metadata.title = h.text }
        let headline = walker.headline
            ?? walker.blocks.prefix(6).firstIndex { $0.kind == .heading && TextTools.letterWords($0.text).count >= 2 }
        return Article(source: source, format: .markdown, headline: headline, blocks: walker.blocks, tables: walker.tables,
                       links: walker.links, fences: walker.fences, metadata: metadata,
                       prose: TextView(utf8: walker.builder.view, map: walker.builder.map),
                       quotationRanges: QuoteScanner.merge(walker.quotations), codeRanges: walker.code)
    }

    /// The walk over cmark's tree, collecting blocks into the view.
    struct Walker: ArticleCollecting {
        let source: SourceText
        var builder: ViewBuilder
        var blocks: [Block] = []
        var tables: [Table] = []
        var links: [Link] = []
        var fences: [CodeFence] = []
        var quotations: [Range<Int>] = []
        var code: [Range<Int>] = []
        var headline: Int? = nil
        var paragraph = 0
        private var quoteDepth = 0
        private var itemDepth = 0
        private var imageDepth = 0
        private var linkStack: [(view: Int, url: String)] = []
        private var codeStart: Int? = nil
        private var rows: [TableRow] = []
        private var cells: [TableCell] = []
        private var cellStart = 0
        private var rowLine = 0

        init(source: SourceText, builder: ViewBuilder) {
            self.source = source
            self.builder = builder
        }

        func offset(line: Int32, column: Int32) -> Int {
            let idx = source.lineIndex
            let l = max(1, min(Int(line), idx.lineCount))
            return min(idx.lineStarts[l - 1] + max(0, Int(column) - 1), source.utf8.count)
        }

        mutating func finishBlock(_ kind: BlockKind, table: Int? = nil) {
            addBlock(kind, table: table, inQuotation: quoteDepth > 0)
        }

        mutating func walk(_ root: OpaquePointer) {
            guard let iter = cmark_iter_new(root) else { return }
            defer { cmark_iter_free(iter) }
            while true {
                let event = cmark_iter_next(iter)
                if event == CMARK_EVENT_DONE { break }
                guard let node = cmark_iter_get_node(iter) else { continue }
                let type = typeName(cmark_node_get_type_string(node))
                let enter = event == CMARK_EVENT_ENTER
                visit(node, type: type, enter: enter)
            }
        }

        /// The node type names seen in this walk, by the address of cmark-gfm's static type
        /// string, so each name is made into a Swift `String` once per file, not once per node.
        private var typeNames: [(UnsafePointer<CChar>, String)] = []

        mutating func typeName(_ pointer: UnsafePointer<CChar>?) -> String {
            guard let pointer else { return "" }
            for (p, name) in typeNames where p == pointer { return name }
            let name = String(cString: pointer)
            typeNames.append((pointer, name))
            return name
        }

        mutating func visit(_ node: OpaquePointer, type: String, enter: Bool) {
            let startLine = cmark_node_get_start_line(node), startColumn = cmark_node_get_start_column(node)
            // The commonest types first: the cases are tried in order.
            switch type {
            case "text":
                if imageDepth == 0, let lit = cmark_node_get_literal(node) { builder.append(cString: lit) }
            case "softbreak":
                builder.softBreak()
            case "block_quote": quoteDepth += enter ? 1 : -1
            case "item", "tasklist": itemDepth += enter ? 1 : -1
            case "paragraph", "heading":
                if enter {
                    builder.advance(to: offset(line: startLine, column: startColumn))
                } else {
                    finishBlock(type == "heading" ? .heading : (itemDepth > 0 ? .listItem : .paragraph))
                }
            case "linebreak":
                builder.separator(0x0A)
            case "html_inline":
                inlineHTML(node)
            case "code":
                if let lit = cmark_node_get_literal(node) {
                    let before = builder.view.count
                    builder.append(cString: lit)
                    let span = builder.pieceView(since: before)
                    if !span.isEmpty { code.append(span) }
                }
            case "image": imageDepth += enter ? 1 : -1
            case "link":
                if enter {
                    let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                    linkStack.append((builder.view.count, url))
                } else if let (recorded, url) = linkStack.popLast() {
                    let link = builder.piece(since: recorded)
                    links.append(Link(kind: .inline, target: url, text: link.text, range: link.range))
                }
            case "code_block":
                guard enter else { return }
                codeBlock(node, startLine: startLine)
            case "table":
                if enter { rows = [] } else { finishTable(node) }
            case "table_header", "table_row":
                if enter {
                    cells = []
                    rowLine = Int(startLine)
                    // From the line's start: cmark-gfm gives a less indented row the header's columns.
                    builder.advance(to: offset(line: startLine, column: 1))
                } else {
                    finishRow(node, startColumn: startColumn)
                }
            case "table_cell":
                if enter {
                    cellStart = builder.view.count
                } else if startColumn > 0 {   // column 0: a cell cmark-gfm added as padding
                    let cell = builder.piece(since: cellStart)
                    let at = offset(line: startLine, column: startColumn)   // an empty cell stands at its column
                    cells.append(TableCell(text: cell.text, range: cell.view.isEmpty ? SourceRange(start: at, end: at) : cell.range))
                    builder.separator(0x09)
                }
            default: break
            }
        }

        /// Inline HTML is markup: the cursor moves past it; `<br>` breaks the line and
        /// `<a href>`…`</a>` is a link.
        mutating func inlineHTML(_ node: OpaquePointer) {
            guard let lit = cmark_node_get_literal(node).map({ String(cString: $0) }) else { return }
            let bytes = Array(lit.utf8)
            let src = source.utf8
            var k = builder.cursor
            while k + bytes.count <= src.count, k < builder.cursor + ViewBuilder.searchWindow {
                if src[k] == bytes.first, Array(src[k..<(k + bytes.count)]) == bytes { builder.advance(to: k + bytes.count); break }
                k += 1
            }
            let lower = lit.lowercased()
            if lower.hasPrefix("<br") {
                builder.separator(0x0A)
            } else if lower.hasPrefix("<a "), let r = lit.range(of: #"href\s*=\s*["']?([^"' >]+)"#, options: .regularExpression) {
                let href = String(lit[r]).replacingOccurrences(of: #"^href\s*=\s*["']?"#, with: "", options: .regularExpression)
                linkStack.append((builder.view.count, href))
            } else if lower.hasPrefix("</a"), let (recorded, url) = linkStack.popLast() {
                let link = builder.piece(since: recorded)
                links.append(Link(kind: .element, target: url, text: link.text, range: link.range))
            }
        }

        mutating func codeBlock(_ node: OpaquePointer, startLine: Int32) {
            var length: Int32 = 0, fenceOffset: Int32 = 0
            var character: CChar = 0
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            guard cmark_node_get_fenced(node, &length, &fenceOffset, &character) != 0 else { return }
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            let isProse = PlainTextReader.isProseBody(literal.split(separator: "\n").map(String.init))
            let open = source.lineIndex.rangeOfLine(Int(startLine))
            let endLine = Int(cmark_node_get_end_line(node))
            var close: SourceRange? = nil
            if endLine > Int(startLine), endLine <= source.lineIndex.lineCount {
                let r = source.lineIndex.rangeOfLine(endLine)
                // Inside a block quote or list the line carries "> " or indentation first.
                let line = source.text(r).drop { $0 == " " || $0 == ">" || $0 == "\t" }
                if PlainTextReader.fenceInfo(String(line).trimmingCharacters(in: .whitespaces)) == "" { close = r }
            }
            fences.append(CodeFence(open: open, close: close, info: info.lowercased(), bodyIsProse: isProse))
            guard isProse else { return }
            // Prose wrapped in a fence is read as prose, line by line.
            builder.advance(to: open.end)
            for line in literal.split(separator: "\n", omittingEmptySubsequences: true) {
                builder.append(String(line))
                finishBlock(.paragraph)
            }
        }

        mutating func finishRow(_ node: OpaquePointer, startColumn: Int32) {
            let index = tables.count
            // Cells written beyond the header's width are dropped by cmark-gfm: count them back
            // from the raw line (unescaped pipes), starting at the row's own column.
            let line = source.lineIndex.rangeOfLine(rowLine)
            let start = min(line.end, line.start + max(0, Int(startColumn) - 1))
            var raw = PipeRow.split(source.utf8, from: start, to: line.end)
            var row = TableRow(range: SourceRange(start: start, end: line.end), cells: cells, hasClosingDelimiter: raw.closed)
            if raw.cells.count > cells.count {
                raw.cells.removeFirst(cells.count)
                row.cells += raw.cells
                for c in raw.cells {
                    builder.advance(to: c.range.start)
                    builder.append(c.text)
                    builder.separator(0x09)
                }
            }
            rows.append(row)
            finishBlock(.tableRow, table: index)
        }

        mutating func finishTable(_ node: OpaquePointer) {
            guard let header = rows.first else { return }
            tables.append(Table(style: .pipe, header: header, rows: Array(rows.dropFirst()),
                                range: header.range.union(rows.last!.range)))
            rows = []
        }
    }
}

/// Splits a pipe-table line into cells at unescaped `|` (GFM: a pipe inside a code span splits
/// too), trimming white space; `closed` tells whether the line ends with a pipe.
enum PipeRow {
    static func split(_ bytes: [UInt8], from: Int, to end: Int) -> (cells: [TableCell], closed: Bool) {
        var p = from
        while p < end, bytes[p] == 0x20 || bytes[p] == 0x09 || bytes[p] == 0x3E { p += 1 }   // indentation, "> "
        var e = end
        while e > p, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09 || bytes[e - 1] == 0x0D { e -= 1 }
        var cells: [TableCell] = []
        if p < e, bytes[p] == 0x7C { p += 1 }
        var cellStart = p
        var closed = false
        var i = p
        while i <= e {
            let atEnd = i == e
            if atEnd || (bytes[i] == 0x7C && bytes[i - 1] != 0x5C) {
                var s = cellStart, t = i
                while s < t, bytes[s] == 0x20 || bytes[s] == 0x09 { s += 1 }
                while t > s, bytes[t - 1] == 0x20 || bytes[t - 1] == 0x09 { t -= 1 }
                if atEnd {
                    if cellStart < e, s < t {
                        cells.append(TableCell(text: String(decoding: bytes[s..<t], as: UTF8.self), range: SourceRange(start: s, end: t)))
                    } else { closed = true }
                    break
                }
                cells.append(TableCell(text: String(decoding: bytes[s..<t], as: UTF8.self), range: SourceRange(start: s, end: t)))
                cellStart = i + 1
            }
            i += 1
        }
        return (cells, closed)
    }
}
