/// Builds the article model from a decoded source. One reader per format; rules never see markup.
public protocol ArticleReader: Sendable {
    /// Builds the article. Readers do not throw on odd input: whatever they cannot structure stays
    /// as paragraphs, so no text is lost.
    func read(_ source: SourceText) -> Article
}

/// Chooses the reader for a format. The Markdown and HTML formats are read as plain text until
/// their own readers exist; the plain-text heuristics (pipe tables, fences, bare URLs) cover the
/// common cases of both.
public enum ArticleReaders {
    public static func reader(for format: ArticleFormat) -> any ArticleReader {
        switch format {
        case .plain, .markdown, .html: PlainTextReader(format: format)
        }
    }
}
