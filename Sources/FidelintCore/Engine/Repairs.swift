/// Computes the safe repair (`Fix`) of a finding from its rule's `RepairKind` and the article's
/// source. Every repair is a deletion of text that the finding covers whole, checked against the
/// surrounding bytes: see `RepairKind` for what each kind deletes and when it gives up.
///
/// All offsets are UTF-8 byte offsets into `SourceText.utf8`; lines are 1-based.
public enum Repairs {
    /// Adds a fix to each finding whose rule declares a repair in `kinds` (rule id → kind) and
    /// that can be repaired safely in `article`.
    public static func attach(to findings: inout [Finding], kinds: [String: RepairKind], article: Article) {
        guard findings.contains(where: { kinds[$0.ruleId] != nil }) else { return }
        let context = Context(article: article)
        for i in findings.indices {
            guard let kind = kinds[findings[i].ruleId] else { continue }
            findings[i].fix = context.fix(findings[i], kind: kind)
        }
    }

    /// The fix of `finding` by `kind` in `article`, or `nil` when no safe one exists.
    public static func fix(for finding: Finding, kind: RepairKind, in article: Article) -> Fix? {
        Context(article: article).fix(finding, kind: kind)
    }

    /// What a repair reads: the bytes, the line index, the format and the protected front matter.
    struct Context {
        let bytes: [UInt8]
        let lines: LineIndex
        let format: ArticleFormat
        /// The front matter (bytes 0..<frontMatterEnd) is never edited.
        let frontMatterEnd: Int
        /// The number of lines that hold text: a final line break does not start one more.
        let lastLine: Int
        /// The front matter's last line (0 without front matter).
        let frontMatterLastLine: Int

        init(article: Article) {
            bytes = article.source.utf8
            lines = article.source.lineIndex
            format = article.format
            frontMatterEnd = article.format == .html ? 0 : (FrontMatter.read(article.source)?.range.end ?? 0)
            let n = lines.lineCount
            lastLine = n > 1 && lines.lineStarts[n - 1] == bytes.count ? n - 1 : n
            frontMatterLastLine = frontMatterEnd > 0 ? lines.line(at: frontMatterEnd) : 0
        }

        func fix(_ finding: Finding, kind: RepairKind) -> Fix? {
            let r = finding.range
            guard r.start < r.end, r.end <= bytes.count, r.start >= frontMatterEnd else { return nil }
            let edits: [TextEdit]?
            let what: String
            switch kind {
            case .line:
                if let whole = wholeLines(r) { edits = [whole]; what = "Delete the line" }
                else { edits = element(r).map { [$0] }; what = "Delete the element" }
            case .sentence:
                // A match that stops before its sentence's closing punctuation takes it along.
                let r = throughClosingPunctuation(r)
                if let whole = wholeLines(r) { edits = [whole]; what = "Delete the line" }
                else if let element = element(r) { edits = [element]; what = "Delete the element" }
                else { edits = sentence(r).map { [$0] }; what = "Delete the sentence" }
            case .token:
                if let whole = wholeLines(r) { edits = [whole]; what = "Delete the line" }
                else if let element = element(r) { edits = [element]; what = "Delete the element" }
                else { edits = token(r).map { [$0] }; what = "Delete the token" }
            case .fencePair:
                var found: [TextEdit] = []
                guard let own = wholeLines(r, inline: false) else { return nil }
                found.append(own)
                for related in finding.related where related.path == nil {
                    guard related.range.start >= frontMatterEnd, let partner = wholeLines(related.range, inline: false) else { return nil }
                    found.append(partner)
                }
                found.sort { $0.range < $1.range }
                guard zip(found, found.dropFirst()).allSatisfy({ $0.range.end <= $1.range.start }) else { return nil }
                edits = found
                what = found.count > 1 ? "Delete both fence lines" : "Delete the fence line"
            case .exactDuplicate:
                guard let first = finding.related.first(where: { $0.path == nil })?.range,
                      first.end <= r.start || r.end <= first.start,
                      first.end <= bytes.count, bytes[first.start..<first.end] == bytes[r.start..<r.end] else { return nil }
                edits = wholeLines(r).map { [$0] }
                what = "Delete the second copy"
            }
            guard let edits, !edits.isEmpty else { return nil }
            return Fix(description: what, edits: edits)
        }

        // MARK: Lines

        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
        func isBreak(_ b: UInt8) -> Bool { b == 0x0A || b == 0x0D }

        /// The length in bytes of the white-space character at `i` of `slice` (a space, a tab, a
        /// no-break space, the spaces U+2000–U+200B, U+202F, U+205F, U+3000 or U+FEFF), or 0.
        func spaceLength(_ slice: ArraySlice<UInt8>, _ i: Int) -> Int {
            let b = slice[i]
            if b == 0x20 || b == 0x09 { return 1 }
            let n = slice.endIndex - i
            if b == 0xC2, n >= 2, slice[i + 1] == 0xA0 { return 2 }
            if b == 0xE2, n >= 3, slice[i + 1] == 0x80, (0x80...0x8B).contains(slice[i + 2]) || slice[i + 2] == 0xAF { return 3 }
            if b == 0xE2, n >= 3, slice[i + 1] == 0x81, slice[i + 2] == 0x9F { return 3 }
            if b == 0xE3, n >= 3, slice[i + 1] == 0x80, slice[i + 2] == 0x80 { return 3 }
            if b == 0xEF, n >= 3, slice[i + 1] == 0xBB, slice[i + 2] == 0xBF { return 3 }
            return 0
        }

        /// Whether `slice` is only white space (`spaceLength`).
        func isWhite(_ slice: ArraySlice<UInt8>) -> Bool {
            var i = slice.startIndex
            while i < slice.endIndex {
                let n = spaceLength(slice, i)
                guard n > 0 else { return false }
                i += n
            }
            return true
        }

        /// Whether line `l` holds only white space.
        func isBlank(_ l: Int) -> Bool {
            let r = lines.rangeOfLine(l)
            return isWhite(bytes[r.start..<r.end])
        }

        /// Start of line `l`, or the end of the text past the last line.
        func start(_ l: Int) -> Int { l <= lines.lineCount ? lines.lineStarts[l - 1] : bytes.count }

        /// The deletion of the lines `r` stands on, when what else is on them is white space or
        /// (Markdown, HTML) markup, and the deleted text's markup balances (`inline`: Markdown's
        /// inline markers too). With `collapse`, one blank line the deletion would leave doubled,
        /// leading or trailing goes too.
        func wholeLines(_ r: SourceRange, collapse: Bool = true, inline: Bool = true) -> TextEdit? {
            let first = lines.line(at: r.start), last = lines.line(at: max(r.start, r.end - 1))
            let from = start(first), lineEnd = lines.rangeOfLine(last).end
            guard r.end <= lineEnd || bytes[lineEnd..<r.end].allSatisfy(isBreak) else { return nil }
            guard isMarkupOnly(bytes[from..<r.start]) && isMarkupOnly(bytes[min(r.end, lineEnd)..<lineEnd]) else { return nil }
            var s = from, e = start(last + 1)
            if collapse {
                let blankBefore = first - 1 > frontMatterLastLine && isBlank(first - 1)
                let atStart = first == frontMatterLastLine + 1
                if last + 1 <= lastLine, isBlank(last + 1), blankBefore || atStart {
                    e = start(last + 2)
                } else if last >= lastLine, blankBefore {
                    s = start(first - 1)
                }
            }
            // The last line without a line break: the break before the deletion goes instead, so
            // the file keeps ending as it did.
            if e == bytes.count, e > 0, !isBreak(bytes[e - 1]), s > frontMatterEnd {
                if bytes[s - 1] == 0x0A { s -= 1; if s > frontMatterEnd, bytes[s - 1] == 0x0D { s -= 1 } }
                else if bytes[s - 1] == 0x0D { s -= 1 }
            }
            guard s >= frontMatterEnd, s < e, Markup.balances(bytes[s..<e], format: format, inline: inline) else { return nil }
            return TextEdit(range: SourceRange(start: s, end: e))
        }

        /// HTML block elements: the outermost element a repair deletes is one of these.
        static let blocks: Set<String> = ["p", "div", "section", "aside", "header", "footer", "nav", "figure", "figcaption", "ul", "ol", "li",
                                          "dl", "dt", "dd", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                                          "center", "form", "details", "summary", "address", "pre"]

        /// HTML elements never deleted whole by a repair (the page's structure).
        static let structural: Set<String> = ["html", "head", "body", "article", "main"]

        /// HTML: the deletion of the elements that hold exactly the finding's text, on a line that
        /// holds more (a minified page: `<div class="slot"><p>Advertisement</p></div>`): the
        /// opening tags right before the finding (white space aside) and the closing tags right
        /// after it that match them, innermost first, up to a structural element; the outermost
        /// one deleted is a block element (`blocks`), never an inline one inside a sentence.
        func element(_ r: SourceRange) -> TextEdit? {
            guard format == .html else { return nil }
            func letter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }
            func name(_ inner: ArraySlice<UInt8>) -> String {
                String(decoding: inner.prefix { letter($0) || (0x30...0x39).contains($0) }, as: UTF8.self).lowercased()
            }
            var opens: [(name: String, start: Int)] = []
            var i = r.start
            while opens.count < 32 {
                var j = i
                while j > frontMatterEnd, isSpace(bytes[j - 1]) || isBreak(bytes[j - 1]) { j -= 1 }
                guard j > 1, bytes[j - 1] == 0x3E else { break }
                var lt = j - 2
                while lt >= max(0, j - 4096), bytes[lt] != 0x3C, bytes[lt] != 0x3E { lt -= 1 }
                guard lt >= 0, bytes[lt] == 0x3C, lt + 1 < j - 1, letter(bytes[lt + 1]), bytes[j - 2] != 0x2F else { break }
                let n = name(bytes[(lt + 1)..<(j - 1)])
                guard !Markup.voidElements.contains(n), !Self.structural.contains(n) else { break }
                opens.append((n, lt))
                i = lt
            }
            var closes: [(name: String, end: Int)] = []
            var k = r.end
            while closes.count < opens.count {
                while k < bytes.count, isSpace(bytes[k]) || isBreak(bytes[k]) { k += 1 }
                guard k + 2 < bytes.count, bytes[k] == 0x3C, bytes[k + 1] == 0x2F,
                      let gt = bytes[k...].prefix(4096).firstIndex(of: 0x3E) else { break }
                closes.append((name(bytes[(k + 2)..<gt]), gt + 1))
                k = gt + 1
            }
            var n = 0
            while n < opens.count, n < closes.count, opens[n].name == closes[n].name { n += 1 }
            // The outermost element deleted is a block: an inline one (`<a>[email protected]</a>`
            // inside a sentence) would leave the sentence broken.
            while n > 0, !Self.blocks.contains(opens[n - 1].name) { n -= 1 }
            guard n > 0 else { return nil }
            let edit = SourceRange(start: opens[n - 1].start, end: closes[n - 1].end)
            guard edit.start >= frontMatterEnd, Markup.balances(bytes[edit.start..<edit.end], format: format) else { return nil }
            return TextEdit(range: edit)
        }

        /// Whether `slice` (part of one line) is only white space, or in Markdown and HTML only
        /// markup: tags, comments, and the Markdown markers `#*_>-+|=~` and backticks, and an
        /// ordered-list number ("12." or "3)") before white space.
        func isMarkupOnly(_ slice: ArraySlice<UInt8>) -> Bool {
            if format == .plain { return isWhite(slice) }
            var i = slice.startIndex
            while i < slice.endIndex {
                let b = slice[i]
                let space = spaceLength(slice, i)
                if space > 0 { i += space; continue }
                if b == 0x3C, let close = slice[i...].firstIndex(of: 0x3E), i + 1 < slice.endIndex,
                   Markup.isTagStart(slice[i + 1]) {
                    i = close + 1
                    continue
                }
                if format == .markdown {
                    if "#*_>-+|=~`".utf8.contains(b) { i += 1; continue }
                    if (0x30...0x39).contains(b) {
                        var j = i
                        while j < slice.endIndex, (0x30...0x39).contains(slice[j]) { j += 1 }
                        if j < slice.endIndex, slice[j] == 0x2E || slice[j] == 0x29, j + 1 == slice.endIndex || isSpace(slice[j + 1]) {
                            i = j + 1
                            continue
                        }
                    }
                }
                return false
            }
            return true
        }

        // MARK: Sentences and tokens

        /// Whether the bytes just before `p` end a sentence: `.`, `!`, `?`, `…` or (with `colon`,
        /// for a finding's own end, as a lead-in's "here is the article:") `:`, maybe followed by
        /// closing quotes or brackets. Text after a colon ("Heads up: I wasn't able to …") belongs
        /// to the label before it, so a colon does not end the sentence before a finding.
        func endsSentence(before p: Int, colon: Bool = false) -> Bool {
            var i = p
            // Closing quotes and brackets: " ' ) ] ” ’ » (ASCII, or the UTF-8 of U+201D, U+2019, U+00BB).
            while i > 0 {
                let b = bytes[i - 1]
                if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D { i -= 1; continue }
                if i >= 3, bytes[i - 3] == 0xE2, bytes[i - 2] == 0x80, b == 0x9D || b == 0x99 { i -= 3; continue }
                if i >= 2, bytes[i - 2] == 0xC2, b == 0xBB { i -= 2; continue }
                break
            }
            guard i > 0 else { return false }
            let b = bytes[i - 1]
            if b == 0x2E || b == 0x21 || b == 0x3F || (colon && b == 0x3A) { return true }
            return i >= 3 && bytes[i - 3] == 0xE2 && bytes[i - 2] == 0x80 && b == 0xA6   // …
        }

        /// `r` extended over the sentence-ending punctuation (`.`, `!`, `?`, `…`) and closing
        /// quotes or brackets right after it, when it does not end in such punctuation itself.
        func throughClosingPunctuation(_ r: SourceRange) -> SourceRange {
            guard !endsSentence(before: r.end, colon: true) else { return r }
            let lineEnd = lines.rangeOfLine(lines.line(at: r.start)).end
            var e = r.end
            var sawEnd = false
            while e < lineEnd {
                let b = bytes[e]
                if b == 0x2E || b == 0x21 || b == 0x3F { e += 1; sawEnd = true; continue }
                if e + 2 < lineEnd, b == 0xE2, bytes[e + 1] == 0x80, bytes[e + 2] == 0xA6 { e += 3; sawEnd = true; continue }
                if sawEnd, b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D { e += 1; continue }
                if sawEnd, e + 2 < lineEnd, b == 0xE2, bytes[e + 1] == 0x80, bytes[e + 2] == 0x9D || bytes[e + 2] == 0x99 { e += 3; continue }
                break
            }
            return sawEnd ? SourceRange(start: r.start, end: e) : r
        }

        /// Whether the byte at `p` starts an uppercase letter or a digit, an opening quote or
        /// bracket, or `¡`/`¿`: how a sentence starts.
        func startsSentence(at p: Int) -> Bool {
            guard p < bytes.count else { return false }
            let b = bytes[p]
            if (0x41...0x5A).contains(b) || (0x30...0x39).contains(b) || b == 0x22 || b == 0x27 || b == 0x28 || b == 0x5B || b == 0x2A || b == 0x5F { return true }
            guard b >= 0xC0 else { return false }
            var e = p + 1
            while e < bytes.count, bytes[e] & 0xC0 == 0x80 { e += 1 }
            let s = String(decoding: bytes[p..<e], as: UTF8.self)
            guard let c = s.unicodeScalars.first else { return false }
            return c.properties.isUppercase || "“‘«¡¿„".unicodeScalars.contains(c)
        }

        /// Whether the character before byte `p` is a letter or a digit.
        func endsWithWord(_ p: Int) -> Bool {
            guard p > 0 else { return false }
            var s = p - 1
            while s > 0, bytes[s] & 0xC0 == 0x80 { s -= 1 }
            guard let c = String(decoding: bytes[s..<p], as: UTF8.self).unicodeScalars.first else { return false }
            return c.properties.isAlphabetic || c.properties.numericType != nil
        }

        /// Whether the text at `p` is the word "I" (alone or as in "I'm", "I’ve").
        func opensWithI(_ p: Int) -> Bool {
            guard p < bytes.count, bytes[p] == 0x49 else { return false }
            guard p + 1 < bytes.count else { return true }
            let b = bytes[p + 1]
            return !((0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || b >= 0xC0)
        }

        /// The deletion of `r` as whole sentences within its line, with the white space that
        /// separated it from the text before or after it.
        func sentence(_ r: SourceRange) -> TextEdit? {
            let line = lines.rangeOfLine(lines.line(at: r.start))
            guard r.end <= line.end else { return nil }
            var before = r.start
            while before > line.start, isSpace(bytes[before - 1]) { before -= 1 }
            var after = r.end
            while after < line.end, isSpace(bytes[after]) { after += 1 }
            let prefixIsMarkup = isMarkupOnly(bytes[line.start..<before])
            let suffixIsMarkup = isMarkupOnly(bytes[after..<line.end])
            guard startsSentence(at: r.start) else { return nil }
            // It starts the line, follows a sentence end, or (a lead-in glued to a table's or
            // paragraph's last words, as in the seed's "Shared knowledge Certainly! Here's …")
            // runs from after a word and a space to the end of the line; not after a comma or
            // dash ("If it would help, I can …" is one sentence), nor when it opens with "I"
            // ("the mayor said I hope …" may be one).
            let glued = before < r.start && suffixIsMarkup && endsWithWord(before) && !opensWithI(r.start)
            let startsOK = prefixIsMarkup || (before < r.start && endsSentence(before: before)) || glued
            let endsOK = suffixIsMarkup || (after > r.end && endsSentence(before: r.end, colon: true) && startsSentence(at: after))
            guard startsOK, endsOK else { return nil }
            let edit: SourceRange
            if !suffixIsMarkup { edit = SourceRange(start: r.start, end: after) }
            else if !prefixIsMarkup { edit = SourceRange(start: before, end: r.end) }
            else { return nil }
            guard Markup.balances(bytes[edit.start..<edit.end], format: format) else { return nil }
            return TextEdit(range: edit)
        }

        /// The deletion of an inline token: with the spaces before it when a space precedes it
        /// and white space, punctuation, a tag or the line's end follows; with the spaces after it when
        /// it opens the line's text; else the token alone.
        func token(_ r: SourceRange) -> TextEdit? {
            let line = lines.rangeOfLine(lines.line(at: r.start))
            guard r.end <= line.end else { return nil }
            var before = r.start
            while before > line.start, isSpace(bytes[before - 1]) { before -= 1 }
            var after = r.end
            while after < line.end, isSpace(bytes[after]) { after += 1 }
            let next = r.end < line.end ? bytes[r.end] : 0x0A
            let edit: SourceRange
            if before < r.start, !isMarkupOnly(bytes[line.start..<before]),
               isSpace(next) || next == 0x0A || ".,;:!?)]".utf8.contains(next) || (next == 0x3C && format != .plain) {
                edit = SourceRange(start: before, end: r.end)
            } else if isMarkupOnly(bytes[line.start..<r.start]), after > r.end {
                edit = SourceRange(start: r.start, end: after)
            } else {
                edit = r
            }
            guard Markup.balances(bytes[edit.start..<edit.end], format: format) else { return nil }
            return TextEdit(range: edit)
        }
    }
}

/// Markup checks for deletions: a deletion must not leave a tag, emphasis, code span, link or
/// bracket half open.
enum Markup {
    /// HTML elements that have no closing tag.
    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]

    /// Whether `b` may follow `<` in a tag or comment: a letter, `/` or `!`.
    static func isTagStart(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || b == 0x2F || b == 0x21 }

    /// Whether `text` balances: every tag it opens it closes (void elements and `/>` aside),
    /// every comment ends; in Markdown also (with `inline`; not for a code fence's own line)
    /// backticks and `*` come in pairs and brackets and parentheses match in number. Plain text
    /// always balances.
    static func balances(_ text: ArraySlice<UInt8>, format: ArticleFormat, inline: Bool = true) -> Bool {
        guard format != .plain else { return true }
        var stack: [String] = []
        var i = text.startIndex
        var backticks = 0, stars = 0, squares = 0, parens = 0
        while i < text.endIndex {
            let b = text[i]
            if b == 0x3C, i + 1 < text.endIndex, isTagStart(text[i + 1]) {
                if text[(i + 1)...].starts(with: "!--".utf8) {
                    guard let end = find("-->", in: text, from: i + 4) else { return false }
                    i = end + 3
                    continue
                }
                guard let close = text[i...].firstIndex(of: 0x3E) else { return false }
                let inner = text[(i + 1)..<close]
                let closing = inner.first == 0x2F
                let name = String(decoding: inner.drop { $0 == 0x2F }.prefix { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }, as: UTF8.self).lowercased()
                let selfClosing = inner.last == 0x2F || inner.first == 0x21 || voidElements.contains(name)
                if closing {
                    guard stack.last == name else { return false }
                    stack.removeLast()
                } else if !selfClosing, !name.isEmpty {
                    stack.append(name)
                }
                i = close + 1
                continue
            }
            if format == .markdown, inline {
                switch b {
                case 0x60: backticks += 1
                case 0x2A: stars += 1
                case 0x5B: squares += 1
                case 0x5D: squares -= 1
                case 0x28: parens += 1
                case 0x29: parens -= 1
                default: break
                }
            }
            i += 1
        }
        return stack.isEmpty && backticks % 2 == 0 && stars % 2 == 0 && squares == 0 && parens == 0
    }

    static func find(_ needle: String, in text: ArraySlice<UInt8>, from: Int) -> Int? {
        let n = Array(needle.utf8)
        var i = from
        while i + n.count <= text.endIndex {
            if text[i..<(i + n.count)].elementsEqual(n) { return i }
            i += 1
        }
        return nil
    }
}
