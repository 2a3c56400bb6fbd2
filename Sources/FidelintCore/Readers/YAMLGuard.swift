/// A check of YAML text made before it is given to Yams: an alias used as (or inside) a mapping
/// key is refused. Yams compares keys for duplicates by hashing them in full, so a key that is an
/// alias of nested anchors (`meta: {? *x : 1}` over nine levels of nine aliases each) expands to
/// 9^8 nodes: minutes of CPU with nothing printed. Aliases used as values are shared, not
/// expanded, and stay allowed. No front matter, configuration, rule pack or registry needs an
/// alias as a key.
public enum YAMLGuard {
    /// The first alias used as a mapping key in `text`: its 1-based line and its name (`*x`), or
    /// `nil`. Looks at plain YAML tokens only: quoted scalars, comments and block scalars
    /// (`|`, `>`) are skipped. A key context is an explicit key (`? …` up to its `:`), or an alias
    /// followed by `:` and a space or the line end. O(bytes).
    public static func aliasKey(in text: String) -> (line: Int, alias: String)? {
        let b = Array(text.utf8)
        var i = 0, line = 1
        var blockIndent: Int? = nil   // inside a block scalar: lines indented more than this
        while i < b.count {
            // One line: b[i..<end].
            var end = i
            while end < b.count, b[end] != 0x0A { end += 1 }
            var indent = 0
            while i + indent < end, b[i + indent] == 0x20 { indent += 1 }
            let blank = i + indent >= end || b[i + indent] == 0x0D
            if let bi = blockIndent, blank || indent > bi {
                // A line of a block scalar: text, not YAML.
            } else {
                blockIndent = nil
                if let hit = scanLine(b, i + indent, end) { return (line, hit) }
                if endsWithBlockIndicator(b, i + indent, end) { blockIndent = indent }
            }
            i = end + 1
            line += 1
        }
        return nil
    }

    /// An anchor or alias name byte as libyaml (Yams' parser) reads them: ASCII letters, digits,
    /// `-` and `_` (so `*x: 1` is the alias `x` and a colon).
    private static func isNameByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == 0x2D || c == 0x5F
    }

    /// An alias in key position on the line `b[p..<end]`.
    private static func scanLine(_ b: [UInt8], _ p: Int, _ end: Int) -> String? {
        var k = p
        var explicitKey = false
        var previous: UInt8 = 0x20
        while k < end {
            let c = b[k]
            switch c {
            case 0x23 where previous == 0x20 || previous == 0x09:   // a comment
                return nil
            case 0x22, 0x27:   // a quoted scalar: skip to its closing mark on this line
                var q = k + 1
                while q < end, b[q] != c { q += (c == 0x22 && b[q] == 0x5C) ? 2 : 1 }
                k = q + 1
                previous = c
                continue
            case 0x3F where (previous == 0x20 || previous == 0x09 || previous == 0x7B || previous == 0x2C || previous == 0x5B)
                && (k + 1 >= end || b[k + 1] == 0x20 || b[k + 1] == 0x09):
                explicitKey = true
            case 0x3A where k + 1 >= end || b[k + 1] == 0x20 || b[k + 1] == 0x09 || b[k + 1] == 0x0D:
                explicitKey = false
            case 0x2A where previous == 0x20 || previous == 0x09 || previous == 0x5B || previous == 0x7B || previous == 0x2C
                || previous == 0x3F || previous == 0x2D:
                var q = k + 1
                while q < end, isNameByte(b[q]) { q += 1 }
                guard q > k + 1 else { break }
                var after = q
                while after < end, b[after] == 0x20 || b[after] == 0x09 { after += 1 }
                let colonKey = after < end && b[after] == 0x3A
                    && (after + 1 >= end || b[after + 1] == 0x20 || b[after + 1] == 0x09 || b[after + 1] == 0x0D)
                if explicitKey || colonKey { return String(decoding: b[k..<q], as: UTF8.self) }
                k = q
                previous = 0x41
                continue
            default: break
            }
            previous = c
            k += 1
        }
        return nil
    }

    /// The line ends with a block scalar indicator (`key: |`, `- >-`, `|2`).
    private static func endsWithBlockIndicator(_ b: [UInt8], _ p: Int, _ end: Int) -> Bool {
        var e = end
        while e > p, b[e - 1] == 0x20 || b[e - 1] == 0x09 || b[e - 1] == 0x0D { e -= 1 }
        var s = e
        while s > p, b[s - 1] == 0x2D || b[s - 1] == 0x2B || (b[s - 1] >= 0x31 && b[s - 1] <= 0x39) { s -= 1 }
        guard s > p, b[s - 1] == 0x7C || b[s - 1] == 0x3E else { return false }
        return s - 1 == p || b[s - 2] == 0x20 || b[s - 2] == 0x09
    }
}
