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

    public var description: String {
        switch self {
        case .text: "text"
        case .headline: "headline"
        case let .firstLines(n): "first_lines(\(n))"
        case let .lastLines(n): "last_lines(\(n))"
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

    public init(description: RuleDescription, regex: PCRE2Regex, message: String, scope: PatternScope, masks: MaskSet,
                path: String, prefilter: LiteralPrefilter? = nil) {
        self.path = path
        self.prefilter = prefilter
        self.description = description
        self.regex = regex
        self.message = message
        self.scope = scope
        self.masks = masks
    }

    public func check(_ context: RuleContext) throws -> [Finding] {
        let view = context.view(masking: masks)
        guard let bounds = PatternRule.bounds(of: scope, in: context.article, view: view) else { return [] }
        if let prefilter {
            var masked: [Range<Int>] = []
            if masks.contains(.quotations) { masked += context.article.quotationRanges }
            if masks.contains(.code) { masked += context.article.codeRanges }
            if !prefilter.mayMatch(ArticleLiteralScan.of(context), view: view.utf8, masked: masked, bounds: bounds) { return [] }
        }
        return try matches(regex, in: view, range: bounds).compactMap { m in
            // Report the match without surrounding white space.
            var r = m.range
            while r.lowerBound < r.upperBound, isBlank(view.utf8[r.lowerBound]) { r = (r.lowerBound + 1)..<r.upperBound }
            while r.upperBound > r.lowerBound, isBlank(view.utf8[r.upperBound - 1]) { r = r.lowerBound..<(r.upperBound - 1) }
            guard !r.isEmpty else { return nil }
            let text = context.article.prose.text(r)
            return finding(message.replacingOccurrences(of: "{match}", with: "“\(TextTools.quote(text))”"),
                           at: view.sourceRange(r))
        }
    }

    /// The view byte range a scope covers, or `nil` when the article has no such part.
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


