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
public struct PatternRule: Rule {
    public let description: RuleDescription
    public let regex: PCRE2Regex
    public let message: String
    public let scope: PatternScope
    public let masks: MaskSet
    /// The rule file it was loaded from.
    public let path: String

    public init(description: RuleDescription, regex: PCRE2Regex, message: String, scope: PatternScope, masks: MaskSet,
                path: String) {
        self.path = path
        self.description = description
        self.regex = regex
        self.message = message
        self.scope = scope
        self.masks = masks
    }

    public func check(_ context: RuleContext) throws -> [Finding] {
        let view = context.view(masking: masks)
        guard let bounds = PatternRule.bounds(of: scope, in: context.article, view: view) else { return [] }
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
            let lines = nonBlankLines(view.utf8)
            guard !lines.isEmpty else { return nil }
            return lines[0].lowerBound..<lines[min(n, lines.count) - 1].upperBound
        case let .lastLines(n):
            let lines = nonBlankLines(view.utf8)
            guard !lines.isEmpty else { return nil }
            return lines[max(0, lines.count - n)].lowerBound..<lines[lines.count - 1].upperBound
        }
    }

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

