import Foundation

/// Applies fixes (issue 18): chooses the edits of a file's findings, applies them to its decoded
/// text and maps them back to the file's own bytes (its encoding, byte-order mark and line
/// endings kept; every byte outside the edits unchanged), repeats until nothing is left to fix,
/// and prints unified diffs.
public enum Fixer {
    /// The outcome of repairing one file.
    public struct Outcome: Sendable {
        /// The file's bytes after every pass, in its own encoding.
        public var bytes: [UInt8]
        /// The decoded text before and after (UTF-8), for diffs.
        public var before: [UInt8]
        public var after: [UInt8]
        /// The findings whose fixes were applied, pass by pass (positions of the text each pass read).
        public var applied: [ResolvedFinding]
        /// The last lint: the findings left (none of them has a fix that could be applied).
        public var remaining: FileResult
        /// Whether the text changed.
        public var changed: Bool { before != after }
    }

    /// Why a file's repaired bytes cannot be produced.
    public struct EncodingError: Error, CustomStringConvertible {
        public var description: String
    }

    /// The edits to apply at once from `findings`' fixes: in offset order, each fix whole or not
    /// at all; a fix that overlaps or touches one already chosen waits for the next pass (identical edits
    /// of two findings, as the two lines of a fence pair, are applied once). Also the findings
    /// whose fixes were chosen.
    public static func choose(_ findings: [ResolvedFinding]) -> (edits: [TextEdit], fixed: [ResolvedFinding]) {
        var chosen: [TextEdit] = []
        var fixed: [ResolvedFinding] = []
        for f in findings.sorted(by: { ($0.fix?.edits.first?.range.start ?? 0) < ($1.fix?.edits.first?.range.start ?? 0) }) {
            guard let fix = f.fix?.fix, !fix.edits.isEmpty else { continue }
            let fresh = fix.edits.filter { !chosen.contains($0) }
            if fresh.isEmpty { fixed.append(f); continue }
            // Edits that overlap or touch wait: two residue lines in a row are deleted one pass
            // after the other, so the blank lines around them are judged on the text as it is.
            guard fresh.count == fix.edits.count,
                  !fresh.contains(where: { e in chosen.contains { $0.range.start <= e.range.end && e.range.start <= $0.range.end } }) else { continue }
            chosen += fresh
            fixed.append(f)
        }
        chosen.sort { $0.range < $1.range }
        return (chosen, fixed)
    }

    /// `utf8` with `edits` (sorted, not overlapping, byte offsets into it) applied.
    public static func apply(_ edits: [TextEdit], to utf8: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var at = 0
        for e in edits.sorted(by: { $0.range < $1.range }) {
            let s = max(at, min(e.range.start, utf8.count)), end = max(s, min(e.range.end, utf8.count))
            out += utf8[at..<s]
            out += Array(e.replacement.utf8)
            at = end
        }
        out += utf8[at...]
        return out
    }

    /// Repairs a file's bytes: lints them with `lint`, applies the chosen fixes, and again, until
    /// a lint leaves nothing to fix (or, as a guard, `maxPasses` passes ran). Every repair
    /// deletes, so the passes end.
    /// - Throws: `EncodingError` when the edited text cannot be written back in the file's
    ///   encoding byte for byte (nothing is then to be written).
    public static func repair(path: String, bytes: [UInt8], maxPasses: Int = 200, lint: (SourceText) -> FileResult) throws -> Outcome {
        var current = bytes
        var source = SourceText(path: path, bytes: current)
        let before = source.utf8
        var applied: [ResolvedFinding] = []
        var result = lint(source)
        for _ in 0..<maxPasses {
            let (edits, fixed) = choose(result.findings)
            guard !edits.isEmpty else { break }
            let expected = apply(edits, to: source.utf8)
            current = try encode(edits, in: current, source: source)
            source = SourceText(path: path, bytes: current)
            guard source.utf8 == expected else {
                throw EncodingError(description: "the repaired text cannot be written back in the file's encoding (\(source.encoding)) byte for byte; the file was left unchanged")
            }
            applied += fixed
            result = lint(source)
        }
        return Outcome(bytes: current, before: before, after: source.utf8, applied: applied, remaining: result)
    }

    /// The file `bytes` (decoded as `source`) with `edits` of its decoded text applied in its own
    /// encoding: each edit's offsets are mapped to file offsets (past a byte-order mark, through
    /// UTF-16 or a declared legacy charset, around bytes that were not valid UTF-8), and its
    /// replacement is encoded as the file is.
    static func encode(_ edits: [TextEdit], in bytes: [UInt8], source: SourceText) throws -> [UInt8] {
        let map = try OffsetMap(bytes: bytes, source: source)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var at = 0
        for e in edits.sorted(by: { $0.range < $1.range }) {
            let s = try map.fileOffset(e.range.start), end = try map.fileOffset(e.range.end)
            guard s >= at, end >= s, end <= bytes.count else { throw EncodingError(description: "edits overlap") }
            out += bytes[at..<s]
            out += try map.encode(e.replacement)
            at = end
        }
        out += bytes[at...]
        return out
    }

    /// Decoded offset → file offset for one file.
    struct OffsetMap {
        let bytes: [UInt8]
        let source: SourceText
        let bom: Int
        let encoding: String.Encoding?

        init(bytes: [UInt8], source: SourceText) throws {
            self.bytes = bytes
            self.source = source
            switch source.encoding {
            case "utf-8": bom = 0; encoding = nil
            case "utf-8-bom": bom = 3; encoding = nil
            case "utf-16le":
                bom = bytes.starts(with: [0xFF, 0xFE]) ? 2 : 0; encoding = .utf16LittleEndian
            case "utf-16be":
                bom = bytes.starts(with: [0xFE, 0xFF]) ? 2 : 0; encoding = .utf16BigEndian
            default:
                guard let (_, enc) = SourceText.declaredCharset(bytes[...]) else {
                    throw EncodingError(description: "the file's encoding (\(source.encoding)) cannot be written back")
                }
                bom = 0; encoding = enc
            }
        }

        func fileOffset(_ d: Int) throws -> Int {
            switch source.encoding {
            case "utf-8", "utf-8-bom":
                // Each byte that was not UTF-8 became U+FFFD (3 bytes) in the decoded text.
                let replaced = source.invalidByteOffsets.prefix { $0 < d }.count
                return bom + d - 2 * replaced
            case "utf-16le", "utf-16be":
                return bom + 2 * String(decoding: source.utf8[0..<d], as: UTF8.self).utf16.count
            default:
                guard let enc = encoding, let data = String(decoding: source.utf8[0..<d], as: UTF8.self).data(using: enc) else {
                    throw EncodingError(description: "the text cannot be encoded back to \(source.encoding)")
                }
                return data.count
            }
        }

        func encode(_ text: String) throws -> [UInt8] {
            guard !text.isEmpty else { return [] }
            guard let enc = encoding else { return Array(text.utf8) }
            guard let data = text.data(using: enc) else { throw EncodingError(description: "the replacement cannot be encoded in \(source.encoding)") }
            return [UInt8](data)
        }
    }

    // MARK: - Unified diff

    /// A unified diff (three lines of context, `--- a/PATH` and `+++ b/PATH` headers, as `git
    /// diff` writes and `git apply` or `patch -p1` read) from `old` to `new` (UTF-8 texts, lines
    /// ending in `\n`, `\r\n` or `\r`); empty when they are equal.
    public static func unifiedDiff(old: [UInt8], new: [UInt8], path: String, context: Int = 3) -> String {
        guard old != new else { return "" }
        let a = splitLines(old), b = splitLines(new)
        let script = diffScript(a, b)
        // Hunks: changes separated by at most 2 * context equal lines share one, with `context`
        // equal lines around.
        var groups: [(first: Int, last: Int)] = []
        for (i, op) in script.enumerated() where op != .equal {
            if let g = groups.last, i - g.last - 1 <= 2 * context { groups[groups.count - 1].last = i } else { groups.append((i, i)) }
        }
        var out = "--- a/\(path)\n+++ b/\(path)\n"
        var oldLine = 0, newLine = 0, cursor = 0
        for g in groups {
            let start = max(0, g.first - context), stop = min(script.count, g.last + 1 + context)
            for op in script[cursor..<start] {
                if op != .insert { oldLine += 1 }
                if op != .delete { newLine += 1 }
            }
            var body = "", oldCount = 0, newCount = 0
            var ai = oldLine, bi = newLine
            for op in script[start..<stop] {
                switch op {
                case .equal: body += line(" ", a[ai]); ai += 1; bi += 1; oldCount += 1; newCount += 1
                case .delete: body += line("-", a[ai]); ai += 1; oldCount += 1
                case .insert: body += line("+", b[bi]); bi += 1; newCount += 1
                }
            }
            out += "@@ -\(oldCount == 0 ? oldLine : oldLine + 1),\(oldCount) +\(newCount == 0 ? newLine : newLine + 1),\(newCount) @@\n" + body
            oldLine = ai; newLine = bi; cursor = stop
        }
        return out
    }

    enum Op: Equatable { case equal, delete, insert }

    static func line(_ marker: String, _ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        if let last = bytes.last, last == 0x0A || last == 0x0D { return marker + text + (last == 0x0D ? "\n" : "") }
        return marker + text + "\n\\ No newline at end of file\n"
    }

    static func splitLines(_ text: [UInt8]) -> [ArraySlice<UInt8>] {
        var out: [ArraySlice<UInt8>] = []
        var s = 0, i = 0
        while i < text.count {
            if text[i] == 0x0A { out.append(text[s...i]); s = i + 1 }
            else if text[i] == 0x0D {
                if i + 1 < text.count, text[i + 1] == 0x0A { i += 1 }
                out.append(text[s...i]); s = i + 1
            }
            i += 1
        }
        if s < text.count { out.append(text[s...]) }
        return out
    }

    /// The shortest edit script from `a` to `b` (Myers, O((N+M)·D) time, O(D²) memory).
    static func diffScript(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Op] {
        let n = a.count, m = b.count, maxD = n + m
        var v = [Int](repeating: 0, count: 2 * maxD + 2)
        var trace: [[Int]] = []
        let off = maxD + 1
        outer: for d in 0...maxD {
            trace.append(Array(v[(off - d - 1)...(off + d + 1)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1] : v[off + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[off + k] = x
                if x >= n, y >= m { break outer }
            }
        }
        // Walk back through the trace.
        var ops: [Op] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let saved = trace[d]   // v before step d, indices off-d-1 ... off+d+1
            func at(_ k: Int) -> Int { saved[k + d + 1] }
            let k = x - y
            let prevK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1
            let prevX = d == 0 ? 0 : at(prevK), prevY = prevX - prevK
            while x > prevX, y > prevY { ops.append(.equal); x -= 1; y -= 1 }
            if d > 0 { ops.append(x == prevX ? .insert : .delete) }
            x = prevX; y = prevY
        }
        return ops.reversed()
    }
}
