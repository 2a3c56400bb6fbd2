/// The input formats fidelint reads. Chosen from the file extension (`.md`, `.markdown` →
/// markdown; `.html`, `.htm` → html; anything else → plain).
public enum ArticleFormat: String, Sendable, CaseIterable, Codable {
    case plain, markdown, html

    public static func forPath(_ path: String) -> ArticleFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return .html }
        return .plain
    }
}

/// What a block of the article is.
public enum BlockKind: String, Sendable, Hashable {
    case heading, paragraph, listItem, tableRow, code, fence
    /// A figure or photo caption (HTML `<figcaption>`, `class="caption"`): pages repeat captions
    /// on purpose, and they end without sentence punctuation.
    case caption
}

/// One unit of the article: a heading, a paragraph (in plain text, one line), a list item, a table
/// row, a code line or a code-fence marker.
public struct Block: Sendable, Hashable {
    public var kind: BlockKind
    /// The block's content in the source (markup such as a bullet or `#` excluded).
    public var range: SourceRange
    /// The same content in `Article.prose` (view byte offsets).
    public var viewRange: Range<Int>
    /// The extracted text.
    public var text: String
    /// Blocks with the same number belong to one paragraph group (plain text: lines not separated
    /// by a blank line). Used for "same paragraph" checks.
    public var paragraph: Int
    /// The whole block is a quotation (block quote, `<blockquote>`).
    public var isQuotation: Bool = false
    /// For `.tableRow`: the table (`Article.tables` index) it belongs to.
    public var table: Int? = nil

    public init(kind: BlockKind, range: SourceRange, viewRange: Range<Int>, text: String, paragraph: Int,
                isQuotation: Bool = false, table: Int? = nil) {
        self.kind = kind
        self.range = range
        self.viewRange = viewRange
        self.text = text
        self.paragraph = paragraph
        self.isQuotation = isQuotation
        self.table = table
    }

    /// Number of words (runs of letters or digits).
    public var wordCount: Int { TextTools.words(text).count }
}

/// A table cell: its text and source range. `span` counts `colspan`.
public struct TableCell: Sendable, Hashable {
    public var text: String
    public var range: SourceRange
    public var span: Int = 1

    public init(text: String, range: SourceRange, span: Int = 1) {
        self.text = text
        self.range = range
        self.span = span
    }
}

/// A table row as written (cells are never padded to the header width).
public struct TableRow: Sendable, Hashable {
    public var range: SourceRange
    public var cells: [TableCell]
    /// For pipe tables: the row ends with a `|` as the other rows do.
    public var hasClosingDelimiter: Bool = true
    /// Text on the row's line after its last cell that is not part of the table (a flattened row
    /// followed by a sentence the scraper ran into it).
    public var trailingText: SourceRange? = nil

    public init(range: SourceRange, cells: [TableCell], hasClosingDelimiter: Bool = true, trailingText: SourceRange? = nil,
                inheritedWidth: Int = 0) {
        self.inheritedWidth = inheritedWidth
        self.range = range
        self.cells = cells
        self.hasClosingDelimiter = hasClosingDelimiter
        self.trailingText = trailingText
    }

    /// Columns filled by cells of earlier rows that span down into this one (HTML `rowspan`).
    public var inheritedWidth: Int = 0

    /// Cells counted with their spans, plus the columns filled from rows above.
    public var width: Int { cells.reduce(0) { $0 + $1.span } + inheritedWidth }
}

/// How a table was written.
public enum TableStyle: String, Sendable, Hashable {
    /// `| a | b |` rows (GFM pipe table, or pipes in plain text).
    case pipe
    /// Plain text whose cell delimiters were lost when the page was scraped
    /// (`SectorPotential ProjectsExpected Benefits`); cells recovered from case and digit boundaries.
    case flattened
    /// HTML `<table>` markup.
    case markup
}

/// A table: a header row (the first row) and body rows.
public struct Table: Sendable, Hashable {
    public var style: TableStyle
    public var header: TableRow
    public var rows: [TableRow]
    public var range: SourceRange

    public init(style: TableStyle, header: TableRow, rows: [TableRow], range: SourceRange) {
        self.style = style
        self.header = header
        self.rows = rows
        self.range = range
    }
}

/// A link or a bare URL.
public struct Link: Sendable, Hashable {
    public enum Kind: String, Sendable { case inline, bare, element, reference }
    public var kind: Kind
    /// The target as written (`href`, Markdown destination, or the bare URL). May be empty.
    public var target: String
    /// The link text (equal to the target for a bare URL).
    public var text: String
    public var range: SourceRange

    public init(kind: Kind, target: String, text: String, range: SourceRange) {
        self.kind = kind
        self.target = target
        self.text = text
        self.range = range
    }
}

/// A code-fence pair (or a lone fence) in plain text or Markdown.
public struct CodeFence: Sendable, Hashable {
    /// The opening fence line (e.g. "```html", or "“`html" after a curly-quote autocorrect).
    public var open: SourceRange
    /// The matching closing fence, `nil` when the fence is never closed.
    public var close: SourceRange?
    /// The info string ("html", "python", ""), lowercased.
    public var info: String
    /// Most non-blank lines between the fences read as prose (sentences, a title-case headline)
    /// rather than code.
    public var bodyIsProse: Bool

    public init(open: SourceRange, close: SourceRange?, info: String, bodyIsProse: Bool) {
        self.open = open
        self.close = close
        self.info = info
        self.bodyIsProse = bodyIsProse
    }
}

/// Front matter or page metadata. Dates are kept as written (ISO 8601 expected).
public struct ArticleMetadata: Sendable, Hashable {
    public var title: String?
    public var date: String?
    public var description: String?
    public var author: String?
    public var sources: [String] = []
    /// Front matter `source_documents:`: the documents the article was written from, paths
    /// relative to the article (a sequence or one path).
    public var sourceDocuments: [String] = []
    /// The article's own address (HTML `<link rel="canonical">` or `og:url`; front matter `url`,
    /// `canonical_url` or `canonical`), which tells the site's domain.
    public var url: String?
    /// Front matter that could not be read (not valid YAML, or refused by `YAMLGuard`): why, and
    /// the front matter's byte range. The body is still read; the fields are missing.
    public var frontMatterProblem: FrontMatterProblem?
    /// Markdown only: the front matter's bytes, fences included, whether it could be read or not
    /// (its values are published as the page's title, author and description).
    public var frontMatterRange: SourceRange?

    public init(title: String? = nil, date: String? = nil, description: String? = nil,
                author: String? = nil, sources: [String] = [], url: String? = nil) {
        self.url = url
        self.title = title
        self.date = date
        self.description = description
        self.author = author
        self.sources = sources
    }
}

/// Why an article's front matter was not read, and where it is (bytes, fences included).
public struct FrontMatterProblem: Sendable, Hashable {
    public var message: String
    public var range: SourceRange
    public init(message: String, range: SourceRange) {
        self.message = message
        self.range = range
    }
}

/// The article model, built once per file by an `ArticleReader` and read by every rule.
public struct Article: Sendable {
    public let source: SourceText
    public let format: ArticleFormat
    /// Index into `blocks` of the headline (the first heading-like block), if any.
    public let headline: Int?
    public let blocks: [Block]
    public let tables: [Table]
    public let links: [Link]
    public let fences: [CodeFence]
    public let metadata: ArticleMetadata
    /// The prose view rules read.
    public let prose: TextView
    /// View ranges inside quotations (quoted speech, block quotes); masked for rules that skip them.
    public let quotationRanges: [Range<Int>]
    /// View ranges that are code (balanced code fences whose body is code, inline code, `<pre>`).
    public let codeRanges: [Range<Int>]
    /// HTML only: page text the prose leaves out that may be scraper residue (`HTMLReader`
    /// decides what): widget text with no working parts outside the article region, and cookie
    /// notices or share bars inside it. One line per block, mapped to the source like `prose`.
    /// Only the scraper-residue rules that look for page furniture read it; `nil` when there is none.
    public let pageResidue: TextView?

    public init(source: SourceText, format: ArticleFormat, headline: Int?, blocks: [Block], tables: [Table],
                links: [Link], fences: [CodeFence], metadata: ArticleMetadata, prose: TextView,
                quotationRanges: [Range<Int>], codeRanges: [Range<Int>], pageResidue: TextView? = nil) {
        self.pageResidue = pageResidue
        self.source = source
        self.format = format
        self.headline = headline
        self.blocks = blocks
        self.tables = tables
        self.links = links
        self.fences = fences
        self.metadata = metadata
        self.prose = prose
        self.quotationRanges = quotationRanges
        self.codeRanges = codeRanges
    }

    /// The headline block, if any.
    public var headlineBlock: Block? { headline.map { blocks[$0] } }

    /// Blocks that are prose (not code or fence lines).
    public var proseBlocks: [Block] { blocks.filter { $0.kind != .code && $0.kind != .fence } }
}
