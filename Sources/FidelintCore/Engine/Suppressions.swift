import Foundation

/// Inline suppressions: comments in an article that silence findings, each with a reason.
///
/// In Markdown and HTML they are HTML comments; in plain text a line of its own holding the same
/// directive (bare, or after `#`, `//` or `%`, or inside `<!-- -->`):
///
///     <!-- fidelint-disable-next-line ad_label -- the sponsor's label is required by contract -->
///     <!-- fidelint-disable-line -- … -->                 (the line the comment is on)
///     <!-- fidelint-disable missing-source -- … -->      (until fidelint-enable or the end)
///     <!-- fidelint-enable missing-source -->
///     <!-- fidelint-disable-file role_conflict -- … -->  (the whole file)
///
/// After the directive come rule ids or category names separated by spaces or commas (none: every
/// rule), then optionally ` -- ` and the reason. `disable-next-line` applies to the next line that
/// is not blank and not itself a directive. Lines are 1-based. A directive stands on one line.
public struct Suppression: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable { case nextLine = "disable-next-line", line = "disable-line", block = "disable", enable, file = "disable-file" }
    public var kind: Kind
    /// Rule ids or category names; empty means every rule.
    public var targets: [String]
    public var reason: String?
    /// The directive (the whole comment) in the source.
    public var range: SourceRange
    /// 1-based line of the directive.
    public var line: Int
    /// Lines it covers (for `block`: from the directive to its `enable`, inclusive).
    public var lines: ClosedRange<Int>

    /// Whether this suppression silences a finding of `ruleId` in `category` starting on `line`.
    public func covers(ruleId: String, category: Category, line l: Int) -> Bool {
        guard kind != .enable, lines.contains(l) else { return false }
        return targets.isEmpty || targets.contains(ruleId) || targets.contains(category.rawValue)
    }
}

public enum Suppressions {
    /// Rule id of the finding for a suppression that suppresses nothing.
    public static let unusedRuleId = "unused_suppression"
    /// Rule id of the finding for a suppression without a reason (when reasons are required).
    public static let missingReasonRuleId = "suppression_without_reason"

    static let kinds: [(String, Suppression.Kind)] = [
        ("disable-next-line", .nextLine), ("disable-line", .line), ("disable-file", .file), ("disable", .block), ("enable", .enable),
    ]

    /// The suppressions of `source`, read as `format`. A directive stands on one line.
    public static func parse(_ source: SourceText, format: ArticleFormat) -> [Suppression] {
        guard containsDirective(source.utf8) else { return [] }
        let lineCount = source.lineIndex.lineCount
        let raw = format == .html ? rawElementRanges(source.utf8) : []
        var found: [(Suppression.Kind, [String], String?, SourceRange, Int)] = []
        for lineNumber in 1...max(1, lineCount) {
            let lineRange = source.lineIndex.rangeOfLine(lineNumber)
            let line = source.text(lineRange)
            guard let at = line.range(of: "fidelint-") else { continue }
            let prefix = line[..<at.lowerBound]
            let trimmed = prefix.trimmingCharacters(in: .whitespaces)
            let opener = prefix.range(of: "<!--", options: .backwards)
            if format == .plain {
                guard trimmed.hasSuffix("<!--") || ["", "#", "//", "%"].contains(trimmed) else { continue }
            } else {
                guard opener != nil else { continue }
            }
            var rest = line[at.upperBound...]
            guard let (word, kind) = kinds.first(where: { rest.hasPrefix($0.0) && (rest.dropFirst($0.0.count).first.map { !$0.isLetter && $0 != "-" } ?? true) }) else { continue }
            rest = rest.dropFirst(word.count)
            var tail = Substring(rest)
            var closeEnd = line.endIndex
            if let close = tail.range(of: "-->") { closeEnd = close.upperBound; tail = tail[..<close.lowerBound] }
            var reason: String? = nil
            var targetsText = tail
            if let dash = tail.range(of: "--") {
                let r = tail[dash.upperBound...].trimmingCharacters(in: .whitespaces)
                reason = r.isEmpty ? nil : r
                targetsText = tail[..<dash.lowerBound]
            }
            let targets = targetsText.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
            let startIndex = opener?.lowerBound ?? line.firstIndex(where: { $0 != " " && $0 != "\t" }) ?? at.lowerBound
            let startByte = lineRange.start + line[..<startIndex].utf8.count
            let endByte = lineRange.start + line[..<closeEnd].utf8.count
            // In HTML, text inside <script>, <style>, <pre>, <code> or <textarea> is not a comment.
            if raw.contains(where: { $0.contains(startByte) }) { continue }
            found.append((kind, targets, reason, SourceRange(start: startByte, end: endByte), lineNumber))
        }
        let directiveLines = Set(found.map(\.4))
        var out: [Suppression] = []
        for (i, f) in found.enumerated() {
            var lines = f.4...f.4
            switch f.0 {
            case .line, .enable:
                break
            case .file:
                lines = 1...max(1, lineCount)
            case .nextLine:
                var next = f.4 + 1
                while next <= lineCount, directiveLines.contains(next) || isBlank(source, line: next) { next += 1 }
                lines = min(next, max(lineCount, f.4))...min(next, max(lineCount, f.4))
            case .block:
                // Until the next enable naming the same targets (or any enable without targets).
                let end = found[(i + 1)...].first { $0.0 == .enable && ($0.1.isEmpty || Set($0.1) == Set(f.1)) }?.4 ?? max(lineCount, f.4)
                lines = f.4...end
            }
            out.append(Suppression(kind: f.0, targets: f.1, reason: f.2, range: f.3, line: f.4, lines: lines))
        }
        return out
    }

    /// Byte ranges of the elements whose text is never markup or prose to suppress:
    /// `<script>`, `<style>`, `<pre>`, `<code>`, `<textarea>` (a plain, case-insensitive scan).
    static func rawElementRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        let text = String(decoding: bytes, as: UTF8.self).lowercased()
        guard text.utf8.count == bytes.count else { return [] }   // lowercasing changed lengths: give up safely
        var out: [Range<Int>] = []
        let u = Array(text.utf8)
        for name in ["script", "style", "pre", "code", "textarea"] {
            let open = Array("<\(name)".utf8), close = Array("</\(name)".utf8)
            var i = 0
            while let s = find(open, in: u, from: i) {
                let after = s + open.count
                guard after < u.count, u[after] == 0x3E || u[after] == 0x20 || u[after] == 0x09 || u[after] == 0x0A else { i = after; continue }
                let e = find(close, in: u, from: after) ?? u.count
                out.append(s..<e)
                i = e
            }
        }
        return out
    }

    static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        ByteText.find(needle, in: hay, from: from)
    }

    /// Whether `bytes` contain "fidelint-" (a byte scan: most files have no directive).
    static func containsDirective(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            // memchr to each "f", then "fidelint" as one 8-byte load and "-" (no call per "f").
            guard let base = b.baseAddress, b.count >= 9 else { return false }
            let raw = UnsafeRawPointer(base)
            let fidelint = UInt64(littleEndian: directiveWord)
            var i = 0
            let last = b.count - 9
            while i <= last {
                guard let hit = memchr(raw + i, 0x66, last + 1 - i) else { return false }
                let k = raw.distance(to: UnsafeRawPointer(hit))
                if raw.loadUnaligned(fromByteOffset: k, as: UInt64.self) == fidelint, base[k + 8] == 0x2D { return true }
                i = k + 1
            }
            return false
        }
    }
    /// "fidelint" as a little-endian `UInt64` (its first byte lowest).
    private static let directiveWord: UInt64 = "fidelint".utf8.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }

    static func isBlank(_ source: SourceText, line: Int) -> Bool {
        source.text(source.lineIndex.rangeOfLine(line)).allSatisfy(\.isWhitespace)
    }
}
