import FidelintCore
import FidelintRegex
import Foundation

/// Where in the article a pattern rule looks.
public enum PatternScope: Sendable, Hashable, CustomStringConvertible {
    /// The whole prose view.
    case text
    /// The headline block only.
    case headline
    /// The first `n` non-blank lines of the prose view.
    case firstLines(Int)
    /// The last `n` non-blank lines of the prose view.
    case lastLines(Int)
    /// The chat envelope: the first `n` and the last `n` non-blank lines of the prose view, where a
    /// chat reply wraps the article (issue 14, capability 1).
    case envelope(Int)

    public var description: String {
        switch self {
        case .text: "text"
        case .headline: "headline"
        case let .firstLines(n): "first_lines(\(n))"
        case let .lastLines(n): "last_lines(\(n))"
        case let .envelope(n): "envelope(\(n))"
        }
    }
}

/// A declarative rule from a rule pack: one PCRE2 pattern run over the prose view (UTF, UCP,
/// multiline, JIT, caseless unless the file says `caseless: false`), within a scope, with
/// quotations and code masked as the file asks. Each match is one finding; `{match}` in the
/// message is replaced by the quoted matched text.
///
/// With a `prefilter`, the pattern runs only when one of the prefilter's literals occurs within
/// the scope; it then runs exactly as without one (same subject, same start and end), so the
/// findings are the same.
public struct PatternRule: Rule {
    public let description: RuleDescription
    public let regex: PCRE2Regex
    public let message: String
    public let scope: PatternScope
    public let masks: MaskSet
    /// The rule file it was loaded from.
    public let path: String
    /// Literals one of which every match contains (declared in the rule file), or `nil`: then the
    /// pattern runs on every article.
    public let prefilter: LiteralPrefilter?
    /// Literals one of which every match starts with (declared as `starts:` in the rule file; a
    /// match may also start at a non-ASCII character that begins a word), or `nil`. With them the
    /// pattern is tried, anchored (`anchoredRegex`), only at the positions where one occurs.
    public let starts: [PrefilterLiteral]?
    /// `regex` compiled with `anchored: true`, when `starts` is set.
    public let anchoredRegex: PCRE2Regex?
    /// With `starts`: a match may also start at the beginning of any line (`'^'` in the file).
    public let startsAtLines: Bool
    /// The pattern also runs over an HTML page's residue view (`Article.pageResidue`), whole and
    /// unmasked (`page_residue: true` in the file).
    public let readsPageResidue: Bool
    /// The pattern also runs over a Markdown file's front matter (`front_matter: true` in the
    /// file), raw and unmasked: its title, author and description are published with the page.
    public var readsFrontMatter: Bool = false

    public init(description: RuleDescription, regex: PCRE2Regex, message: String, scope: PatternScope, masks: MaskSet,
                path: String, prefilter: LiteralPrefilter? = nil, starts: [PrefilterLiteral]? = nil, anchoredRegex: PCRE2Regex? = nil,
                startsAtLines: Bool = false, readsPageResidue: Bool = false) {
        self.readsPageResidue = readsPageResidue
        self.startsAtLines = startsAtLines
        self.path = path
        self.prefilter = prefilter
        self.starts = starts
        self.anchoredRegex = starts == nil ? nil : anchoredRegex
        self.description = description
        self.regex = regex
        self.message = message
        self.scope = scope
        self.masks = masks
    }

    public func check(_ context: RuleContext) throws -> [Finding] {
        var findings = try checkProse(context)
        if readsFrontMatter, let fm = context.article.metadata.frontMatterRange, fm.end <= context.article.source.utf8.count, fm.end > fm.start {
            let found: [PCRE2Matcher.Match]
            do { found = try PCRE2Matcher.forCurrentThread().matches(regex, in: context.article.source.utf8, from: fm.start, to: fm.end) } catch {
                throw RuleError(ruleId: description.identifier, message: error.description)
            }
            findings += found.compactMap { m in
                let r = SourceRange(start: m.range.lowerBound, end: m.range.upperBound)
                guard r.end > r.start else { return nil }
                return finding(message.replacingOccurrences(of: "{match}", with: "“\(TextTools.quote(context.article.source.text(r)))”"), at: r)
            }
        }
        if readsPageResidue, let residue = context.article.pageResidue {
            findings += try matches(regex, in: residue).compactMap { m in finding(for: m.range, in: residue, text: residue) }
        }
        return findings
    }

    /// The finding of a match at `range` of `view` (surrounding white space trimmed), its text read from `text`.
    func finding(for range: Range<Int>, in view: TextView, text: TextView) -> Finding? {
        var r = range
        while r.lowerBound < r.upperBound, isBlank(view.utf8[r.lowerBound]) { r = (r.lowerBound + 1)..<r.upperBound }
        while r.upperBound > r.lowerBound, isBlank(view.utf8[r.upperBound - 1]) { r = r.lowerBound..<(r.upperBound - 1) }
        guard !r.isEmpty else { return nil }
        return finding(message.replacingOccurrences(of: "{match}", with: "“\(TextTools.quote(text.text(r)))”"),
                       at: view.sourceRange(r))
    }

    /// The matches in the prose view (within the scope, masked as the file asks).
    func checkProse(_ context: RuleContext) throws -> [Finding] {
        let view = context.view(masking: masks)
        guard case let .envelope(n) = scope else {
            guard let bounds = PatternRule.bounds(of: scope, in: context.article, view: view) else { return [] }
            return try checkProse(context, view: view, bounds: bounds)
        }
        // The envelope: the first lines, then the last lines past them (one range when they meet).
        guard let head = Self.firstLines(n, view.utf8), let tail = Self.lastLines(n, view.utf8) else { return [] }
        if tail.lowerBound <= head.upperBound { return try checkProse(context, view: view, bounds: head.lowerBound..<max(head.upperBound, tail.upperBound)) }
        // The tail is read from the last printed character before it, so that `\G` (a pattern's
        // "first line of the text") holds only at the article's start, never at the tail's.
        var from = tail.lowerBound
        while from > head.upperBound, isBlank(view.utf8[from - 1]) || view.utf8[from - 1] == 0x0A || view.utf8[from - 1] == 0x0D { from -= 1 }
        if from > head.upperBound { from -= 1 }
        return try checkProse(context, view: view, bounds: head) + checkProse(context, view: view, bounds: from..<tail.upperBound)
    }

    /// The matches of `view` within `bounds` (view bytes).
    func checkProse(_ context: RuleContext, view: TextView, bounds: Range<Int>) throws -> [Finding] {
        var masked: [Range<Int>] = []
        if prefilter != nil || starts != nil {
            if masks.contains(.quotations) { masked += context.article.quotationRanges }
            if masks.contains(.code) { masked += context.article.codeRanges }
        }
        if let prefilter {
            if !prefilter.mayMatch(ArticleLiteralScan.of(context), view: view.utf8, masked: masked, bounds: bounds) { return [] }
        }
        let found: [PCRE2Matcher.Match]
        if let starts, let anchoredRegex,
           let candidates = Self.startCandidates(starts, scan: ArticleLiteralScan.of(context), positions: Self.startPositions(context),
                                                 atLines: startsAtLines, view: view.utf8, masked: masked, bounds: bounds) {
            do {
                found = try PCRE2Matcher.forCurrentThread().matches(anchoredRegex, in: view.utf8, startingAt: candidates, to: bounds.upperBound)
            } catch {
                throw RuleError(ruleId: description.identifier, message: error.description)
            }
        } else {
            found = try matches(regex, in: view, range: bounds)
        }
        // Report each match without surrounding white space, quoting the unmasked prose.
        return found.compactMap { m in finding(for: m.range, in: view, text: context.article.prose) }
    }

    /// The byte offsets in `view[bounds]` (ascending, each once) where a match may start: where a
    /// literal of `starts` occurs with its anchor and edge, a non-ASCII character starts a word
    /// (`positions.nonASCII`, from the prose, or right after a masked span), or (with `atLines`)
    /// a line begins (`positions.lines`; masking writes no line break); `nil` when the scan cannot
    /// say (a literal's key it did not record, or a character that caseless matching folds to ASCII).
    /// Sound for the same reasons as `LiteralPrefilter.mayMatch`: masking only writes spaces.
    static func startCandidates(_ starts: [PrefilterLiteral], scan: ArticleLiteralScan, positions shared: StartPositions,
                                atLines: Bool, view: [UInt8], masked: [Range<Int>], bounds: Range<Int>) -> [Int]? {
        let nonASCII = shared.nonASCII
        if scan.foldsToASCII { return nil }
        let end = min(bounds.upperBound, view.count)
        return view.withUnsafeBufferPointer { v -> [Int]? in
            var out: [Int] = []
            @inline(__always) func fits(_ literal: PrefilterLiteral, _ p: Int) -> Bool {
                p >= bounds.lowerBound && p + literal.bytes.count <= end && literal.holds(at: p, in: v, subjectEnd: end)
            }
            for literal in starts {
                if literal.bytes.count == 1 {
                    // A one-byte literal ending in `\s` or `\u`: the keys of its byte and each follower.
                    for f in literal.followers {
                        guard let positions = scan.positions(in: ArticleLiteralScan.bucket(literal.bytes[0], f)) else { return nil }
                        for p in positions where fits(literal, Int(p)) { out.append(Int(p)) }
                    }
                    continue
                }
                guard let positions = scan.positions(in: literal.bucket) else { return nil }
                for p in positions where fits(literal, Int(p)) { out.append(Int(p)) }
            }
            for p in nonASCII where Int(p) >= bounds.lowerBound && Int(p) < end && v[Int(p)] >= 0xC0 { out.append(Int(p)) }
            if atLines {
                for p in shared.lines where Int(p) >= bounds.lowerBound && Int(p) <= end { out.append(Int(p)) }
            }
            // Masking may start a word right after a masked span.
            for r in masked where r.upperBound >= bounds.lowerBound && r.upperBound < end {
                let p = r.upperBound
                if v[p] >= 0xC0 || starts.contains(where: { fits($0, p) }) { out.append(p) }
            }
            out.sort()
            var unique: [Int] = []
            unique.reserveCapacity(out.count)
            for p in out where unique.last != p { unique.append(p) }
            return unique
        }
    }

    /// Start positions shared by the `starts` of every pattern rule, from the prose view (byte
    /// offsets, ascending).
    struct StartPositions {
        /// The UTF-8 lead bytes (a non-ASCII character) not after an ASCII letter, digit or `_`:
        /// where a word may start with a non-ASCII character.
        var nonASCII: [Int32] = []
        /// The beginning of every line: 0 and each position after a line break PCRE2 knows
        /// (`\n`, `\v`, `\f`, `\r`, U+0085, U+2028, U+2029).
        var lines: [Int32] = []
    }

    /// The article's `StartPositions`, computed once per article.
    static func startPositions(_ context: RuleContext) -> StartPositions {
        func make() -> StartPositions {
            let bytes = context.view(masking: []).utf8
            var out = StartPositions()
            out.lines.append(0)
            bytes.withUnsafeBufferPointer { b in
                for i in 0..<b.count {
                    let c = b[i]
                    if c >= 0x80 {
                        if c >= 0xC0, i == 0 || !PrefilterLiteral.isWordByte(b[i - 1]) { out.nonASCII.append(Int32(i)) }
                        if (c == 0x85 && i >= 1 && b[i - 1] == 0xC2)
                            || ((c == 0xA8 || c == 0xA9) && i >= 2 && b[i - 1] == 0x80 && b[i - 2] == 0xE2) {
                            out.lines.append(Int32(i + 1))
                        }
                    } else if c >= 0x0A && c <= 0x0D {
                        out.lines.append(Int32(i + 1))
                    }
                }
            }
            return out
        }
        return (try? context.shared("pattern-rule.start-positions") { make() }) ?? make()
    }

    /// The view byte range a scope covers, or `nil` when the article has no such part (for the
    /// envelope, the span from its first line to its last; `checkProse` reads only its two ends).
    static func bounds(of scope: PatternScope, in article: Article, view: TextView) -> Range<Int>? {
        switch scope {
        case .text:
            return 0..<view.utf8.count
        case .headline:
            return article.headlineBlock?.viewRange
        case let .firstLines(n):
            return firstLines(n, view.utf8)
        case let .lastLines(n):
            return lastLines(n, view.utf8)
        case let .envelope(n):
            guard let head = firstLines(n, view.utf8), let tail = lastLines(n, view.utf8) else { return nil }
            return head.lowerBound..<max(head.upperBound, tail.upperBound)
        }
    }

    /// From the start of the first non-blank line to the end of the `n`th (or last) one, as
    /// `nonBlankLines` would give, reading only those lines.
    static func firstLines(_ n: Int, _ bytes: [UInt8]) -> Range<Int>? {
        bytes.withUnsafeBufferPointer { b in
            var first: Int?
            var lastEnd = 0
            var count = 0
            var start = 0
            var blank = true
            for i in 0...b.count {
                if i == b.count || b[i] == 0x0A {
                    if !blank {
                        if first == nil { first = start }
                        lastEnd = i
                        count += 1
                        if count == n { break }
                    }
                    start = i + 1
                    blank = true
                } else if !isBlank(b[i]) {
                    blank = false
                }
            }
            return first.map { $0 ..< lastEnd }
        }
    }

    /// From the start of the `n`th last non-blank line (or the first) to the end of the last one,
    /// as `nonBlankLines` would give, reading backwards only those lines.
    static func lastLines(_ n: Int, _ bytes: [UInt8]) -> Range<Int>? {
        bytes.withUnsafeBufferPointer { b in
            var last: Int?
            var lowest = 0
            var count = 0
            var end = b.count
            var blank = true
            var i = b.count - 1
            while i >= -1 {
                if i == -1 || b[i] == 0x0A {
                    // The line is b[i + 1 ..< end].
                    if !blank {
                        if last == nil { last = end }
                        count += 1
                        lowest = i + 1
                        if count == n { break }
                    }
                    end = i
                    blank = true
                } else if !isBlank(b[i]) {
                    blank = false
                }
                i -= 1
            }
            guard let last else { return nil }
            return lowest ..< last
        }
    }

    /// The byte ranges of the non-blank lines of `bytes` (lines end at `\n`; the reference for
    /// `firstLines` and `lastLines`).
    static func nonBlankLines(_ bytes: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        var blank = true
        for i in 0...bytes.count {
            if i == bytes.count || bytes[i] == 0x0A {
                if !blank { out.append(start..<i) }
                start = i + 1
                blank = true
            } else if !isBlank(bytes[i]) {
                blank = false
            }
        }
        return out
    }
}

@inline(__always) func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }


