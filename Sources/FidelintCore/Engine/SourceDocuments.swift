import Foundation

/// One input document an article was written from (a press release, a statement, wire copy, a
/// transcript), read with the article readers: text, Markdown and HTML by extension, JSON and
/// JSONL by the string of a text field (`SourceDocumentSet.load(_:textField:)`).
public struct SourceDocument: Sendable {
    /// The path as the user named it (or as found in a folder, or relative to the article).
    public let path: String
    /// The document read as an article (a JSON record's text field as plain text).
    public let article: Article
    /// For a JSON or JSONL record: the file line of its text field, which every passage of the
    /// record reports (the field's string is one JSON line); `nil` for text, Markdown and HTML.
    public let fieldLine: Int?

    public init(path: String, article: Article, fieldLine: Int? = nil) {
        self.path = path
        self.article = article
        self.fieldLine = fieldLine
    }

    /// The file line (1-based) of `article.prose` view offset `offset`.
    public func line(ofViewOffset offset: Int) -> Int {
        if let fieldLine { return fieldLine }
        let o = max(0, min(offset, article.prose.utf8.count))
        return article.source.lineIndex.line(at: article.prose.map.sourceStart(o))
    }

    /// The resolved location of view range `range` in the document's file: its line (columns 1).
    public func location(ofView range: Range<Int>) -> Location {
        let line = line(ofViewOffset: range.lowerBound)
        let end = fieldLine ?? self.line(ofViewOffset: max(range.lowerBound, range.upperBound - 1))
        return Location(line: line, column: 1, endLine: end, endColumn: 1, offset: 0, endOffset: 0)
    }
}

/// The input documents of one article (or of every article of a run): the documents, the
/// problems met reading them, and values derived from them once and shared by every article
/// that has the same inputs (the fidelity rules' index, `derived(_:_:)`). Compared by identity.
public final class SourceDocumentSet: @unchecked Sendable, Hashable {
    public let documents: [SourceDocument]
    /// One sentence per input that could not be read, naming the file ("source document
    /// 'x.txt': no such file").
    public let problems: [String]
    private let lock = NSLock()
    private var cache: [String: Any] = [:]

    public init(documents: [SourceDocument], problems: [String] = []) {
        self.documents = documents
        self.problems = problems
    }

    public static func == (a: SourceDocumentSet, b: SourceDocumentSet) -> Bool { a === b }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }

    /// A value computed once per set under `key` (the rules' index of the inputs), shared by the
    /// threads linting the articles of a run; `make` runs at most once per key.
    public func derived<T>(_ key: String, _ make: () -> T) -> T {
        lock.lock(); defer { lock.unlock() }
        if let v = cache[key] as? T { return v }
        let v = make()
        cache[key] = v
        return v
    }

    /// A set of documents given as texts (rule examples, tests): `(name, text)` pairs, each read
    /// by its name's extension.
    public static func inline(_ texts: [(name: String, text: String)], textField: String = "text") -> SourceDocumentSet {
        var docs: [SourceDocument] = []
        var problems: [String] = []
        for (name, text) in texts {
            read(name, bytes: Array(text.utf8), textField: textField, into: &docs, problems: &problems)
        }
        return SourceDocumentSet(documents: docs, problems: problems)
    }

    /// The extensions read as inputs in a folder: the article formats, JSON and JSONL.
    public static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "json", "jsonl", "ndjson"]

    /// Reads `paths` (files, or folders whose files with an input extension are read in name
    /// order, not recursively). A missing, unreadable or malformed input is a problem naming the
    /// file, never a crash.
    /// - Parameter textField: the string field of a JSON object or JSONL record that holds the text.
    public static func load(_ paths: [String], textField: String = "text") -> SourceDocumentSet {
        var docs: [SourceDocument] = []
        var problems: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                problems.append("source document '\(path)': no such file or folder")
                continue
            }
            var files: [String] = [path]
            if isDir.boolValue {
                guard let names = try? fm.contentsOfDirectory(atPath: path) else {
                    problems.append("source document folder '\(path)' cannot be read")
                    continue
                }
                files = names.filter { !$0.hasPrefix(".") && extensions.contains(($0 as NSString).pathExtension.lowercased()) }
                    .sorted().map { (path as NSString).appendingPathComponent($0) }
            }
            for file in files {
                guard let data = fm.contents(atPath: file) else {
                    problems.append("source document '\(file)' cannot be read")
                    continue
                }
                read(file, bytes: [UInt8](data), textField: textField, into: &docs, problems: &problems)
            }
        }
        return SourceDocumentSet(documents: docs, problems: problems)
    }

    static func read(_ path: String, bytes: [UInt8], textField: String, into docs: inout [SourceDocument], problems: inout [String]) {
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "json" || ext == "jsonl" || ext == "ndjson" {
            readJSON(path, bytes: bytes, lines: ext != "json", textField: textField, into: &docs, problems: &problems)
            return
        }
        let source = SourceText(path: path, bytes: bytes)
        guard !source.isBinary else {
            problems.append("source document '\(path)' is a binary file (it holds NUL bytes)")
            return
        }
        docs.append(SourceDocument(path: path, article: ArticleReaders.reader(for: ArticleFormat.forPath(path)).read(source)))
    }

    /// A JSON object (or an array of objects) or JSONL records: each record's `textField`
    /// string, read as plain text.
    static func readJSON(_ path: String, bytes: [UInt8], lines: Bool, textField: String, into docs: inout [SourceDocument],
                         problems: inout [String]) {
        let source = SourceText(path: path, bytes: bytes)
        var records: [(Any, Int)] = []
        if lines {
            for line in 1...max(1, source.lineIndex.lineCount) {
                let r = source.lineIndex.rangeOfLine(line)
                let text = source.text(r).trimmingCharacters(in: .whitespacesAndNewlines)
                guard !text.isEmpty else { continue }
                guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else {
                    problems.append("source document '\(path)': line \(line) is not valid JSON")
                    continue
                }
                records.append((object, line))
            }
        } else {
            guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) else {
                problems.append("source document '\(path)' is not valid JSON")
                return
            }
            if let array = object as? [Any] { records = array.map { ($0, 0) } } else { records = [(object, 0)] }
        }
        var found = 0
        let key = "\"" + textField + "\""
        var searchFrom = 0
        for (object, line) in records {
            guard let dict = object as? [String: Any], let text = dict[textField] as? String else { continue }
            found += 1
            // The field's line: a JSONL record's own, or the next `"field":` line of the JSON file.
            var fieldLine = line
            if fieldLine == 0 {
                fieldLine = 1
                let needle = Array(key.utf8)
                if let at = ByteText.find(needle, in: Array(source.utf8[min(searchFrom, source.utf8.count)...])) {
                    fieldLine = source.lineIndex.line(at: searchFrom + at)
                    searchFrom += at + needle.count
                }
            }
            let inner = SourceText(path: path, string: text)
            docs.append(SourceDocument(path: path, article: ArticleReaders.reader(for: .plain).read(inner), fieldLine: fieldLine))
        }
        if found == 0 {
            problems.append("source document '\(path)': no record has a string field '\(textField)' (choose it with --source-text-field)")
        }
    }

    // MARK: - Inputs of an article

    private static let setsLock = NSLock()
    nonisolated(unsafe) private static var sets: [String: SourceDocumentSet] = [:]

    /// The set of `paths` read once per process and text field (articles that share inputs share
    /// the set and its index).
    public static func shared(_ paths: [String], textField: String) -> SourceDocumentSet {
        let key = textField + "\u{0}" + paths.joined(separator: "\u{0}")
        setsLock.lock()
        if let s = sets[key] { setsLock.unlock(); return s }
        setsLock.unlock()
        let s = load(paths, textField: textField)
        setsLock.lock(); defer { setsLock.unlock() }
        if let known = sets[key] { return known }
        sets[key] = s
        return s
    }

    /// The sidecar folder of the article at `path`: `ARTICLE.sources/` beside `ARTICLE.md`
    /// (the name without its extension, then `.sources`).
    public static func sidecar(of path: String) -> String {
        ((path as NSString).deletingPathExtension) + ".sources"
    }

    /// The inputs of `article`: the run's (`LintOptions.sourceDocuments`), those its front matter
    /// names (`source_documents:`, paths relative to the article) and its sidecar folder's.
    /// `nil` when it has none (then no fidelity rule runs and its findings are today's).
    public static func inputs(of article: Article, options: LintOptions) -> SourceDocumentSet? {
        let path = article.source.path
        var paths: [String] = []
        if path != "-", path != "example", !path.isEmpty {
            let folder = (path as NSString).deletingLastPathComponent
            for p in article.metadata.sourceDocuments {
                paths.append(p.hasPrefix("/") || folder.isEmpty ? p : (folder as NSString).appendingPathComponent(p))
            }
            let side = sidecar(of: path)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: side, isDirectory: &isDir), isDir.boolValue { paths.append(side) }
        }
        let own = paths.isEmpty ? nil : shared(paths, textField: options.sourceTextField)
        switch (options.sourceDocuments, own) {
        case (nil, nil): return nil
        case let (run?, nil): return run
        case let (nil, own?): return own
        case let (run?, own?):
            let key = "\(ObjectIdentifier(run))|\(ObjectIdentifier(own))"
            setsLock.lock(); defer { setsLock.unlock() }
            if let known = sets[key] { return known }
            let both = SourceDocumentSet(documents: run.documents + own.documents, problems: run.problems + own.problems)
            sets[key] = both
            return both
        }
    }
}
