/// Builds the article model from a decoded source. One reader per format; rules never see markup.
public protocol ArticleReader: Sendable {
    /// Builds the article. Readers do not throw on odd input: whatever they cannot structure stays
    /// as paragraphs, so no text is lost.
    func read(_ source: SourceText) -> Article
}

/// Chooses the reader for a format: `PlainTextReader`, `MarkdownReader` (cmark-gfm) or
/// `HTMLReader` (libxml2).
public enum ArticleReaders {
    public static func reader(for format: ArticleFormat, options: LintOptions = LintOptions()) -> any ArticleReader {
        switch format {
        case .plain: PlainTextReader(format: format)
        case .markdown: MarkdownReader()
        case .html: HTMLReader(wholePage: options.wholePage)
        }
    }
}
