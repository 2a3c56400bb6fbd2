/// How a rule's findings are repaired without a person (issue 18). Every repair deletes text that
/// is residue as a whole (a line, a sentence, a token, a fence pair, an exact second copy) and
/// nothing else; when the deletion would touch other text, markup that does not balance, or the
/// front matter, the finding gets no fix. Rules that need a person (names, sources, truncation,
/// dates) declare none.
///
/// Declared per rule: `RuleDescription.repair` for Swift analyzers, the key `repair:` (`line`,
/// `sentence` or `token`) in a YAML rule file.
public enum RepairKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Delete the lines the finding stands on, only when nothing else is on them (white space, or
    /// in Markdown and HTML markup such as `<p>`, `**`, `> `, `- ` with balanced tags). One blank
    /// line that the deletion leaves doubled (or leading, or trailing) goes with it. In HTML whose
    /// line holds more (a minified page), the elements that hold exactly the finding's text
    /// (`<div class="slot"><p>Advertisement</p></div>`) instead, the outermost a block element
    /// (never an inline `<a>` inside a sentence, nor `html`, `head`, `body`, `article`, `main`).
    case line
    /// `line` when the finding fills its lines (or its HTML elements); else the finding's text when it is whole
    /// sentences of its line (it starts the line or follows a sentence end, and ends the line or
    /// a sentence), with the white space that separated it from the rest.
    case sentence
    /// `line` when the token is alone on its line; else the token, with the spaces before it when
    /// it stands between words or before punctuation (`grew 5% :contentReference[oaicite:0]{index=0}.`
    /// → `grew 5%.`), or nothing else when it is glued to a word (a URL's `?utm_source=chatgpt.com`).
    case token
    /// A stray code fence: its line and, for a pair, the line of the partner fence (the finding's
    /// related range), each only when the fence is alone on its line.
    case fencePair = "fence_pair"
    /// The second copy of a duplicated section (the finding), only when its text is byte for byte
    /// the first copy's (the related range) and fills its lines: a near copy may carry the only
    /// corrected version, so it needs a person.
    case exactDuplicate = "exact_duplicate"

    /// The kinds a YAML rule file may declare (the others need a Swift analyzer's structure).
    public static let declarable: [RepairKind] = [.line, .sentence, .token]

    /// One sentence for documentation.
    public var summary: String {
        switch self {
        case .line: "deletes the finding's lines when nothing else stands on them"
        case .sentence: "deletes the finding's lines, or its whole sentences within a line"
        case .token: "deletes the token (and the space before it), or its line when it stands alone"
        case .fencePair: "deletes the stray fence's line and its partner's"
        case .exactDuplicate: "deletes the second copy when it is an exact copy of the first"
        }
    }
}

/// One change to a file's decoded text: `range` (UTF-8 byte offsets into `SourceText.utf8`,
/// 0-based, end exclusive) is replaced by `replacement` (empty: a deletion).
public struct TextEdit: Hashable, Sendable, Codable {
    public var range: SourceRange
    public var replacement: String

    public init(range: SourceRange, replacement: String = "") {
        self.range = range
        self.replacement = replacement
    }
}

/// A safe repair of one finding: what it does, in words, and its edits (sorted by offset, not
/// overlapping), in byte offsets of the decoded text.
public struct Fix: Hashable, Sendable, Codable {
    /// One imperative sentence without a period ("Delete the line").
    public var description: String
    public var edits: [TextEdit]

    public init(description: String, edits: [TextEdit]) {
        self.description = description
        self.edits = edits
    }
}

/// An edit with its positions resolved for reporters and editors.
public struct ResolvedEdit: Hashable, Sendable, Codable {
    /// UTF-8 byte offsets into the decoded text.
    public var range: SourceRange
    /// Start and end of `range`: 1-based lines, 1-based columns in UTF-16 code units, the end
    /// exclusive. Unlike a finding's location the end is exact: an edit that deletes whole lines
    /// ends at column 1 of the line after them.
    public var location: Location
    public var replacement: String

    public init(range: SourceRange, location: Location, replacement: String) {
        self.range = range
        self.location = location
        self.replacement = replacement
    }
}

/// A finding's fix with its edits' positions resolved.
public struct ResolvedFix: Hashable, Sendable, Codable {
    public var description: String
    public var edits: [ResolvedEdit]

    public init(description: String, edits: [ResolvedEdit]) {
        self.description = description
        self.edits = edits
    }

    /// The byte-offset form of this fix.
    public var fix: Fix { Fix(description: description, edits: edits.map { TextEdit(range: $0.range, replacement: $0.replacement) }) }
}

extension LineIndex {
    /// The exact position of byte `offset` (no trimming of line breaks): 1-based line and
    /// 1-based UTF-16 column.
    public func position(of offset: Int) -> (line: Int, column: Int) {
        let l = line(at: offset)
        return (l, column(at: offset, line: l))
    }

    /// `range` resolved exactly (see `ResolvedEdit.location`).
    public func exactLocation(of range: SourceRange) -> Location {
        let s = position(of: range.start), e = position(of: range.end)
        return Location(line: s.line, column: s.column, endLine: e.line, endColumn: e.column, offset: range.start, endOffset: range.end)
    }
}
