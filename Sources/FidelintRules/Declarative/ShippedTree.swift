import Yams

/// The shipped YAML files pre-parsed (issue 16: start-up time): `Scripts/embed-rule-packs` writes
/// each file's node tree (`EmbeddedRulePacks.trees`), and this turns it back into the Yams `Node`
/// that `Yams.compose` would give for the file's text, marks included, without reading YAML or
/// resolving tags (every scalar is tagged `str`, which is what the loaders of the shipped files
/// read them as). Tests compare every tree with Yams' reading of the embedded text.
///
/// The form, preorder: a scalar `S<line>,<column>,<style>,<bytes>:<UTF-8 text>`, a sequence
/// `Q<line>,<column>,<count>:` and a mapping `M<line>,<column>,<count>:`, each followed by its
/// items (a mapping's as key, value, key, value…). Lines and columns count from 1; style is `p`
/// (plain), `s`/`d` (single or double quoted), `l`/`f` (literal or folded block).
enum ShippedTree {
    /// The node tree of the embedded file at `path` (relative to Rules/), or `nil` when it has none.
    static func node(for path: String) -> Node? {
        guard var text = EmbeddedRulePacks.trees[path] else { return nil }
        return text.withUTF8 { bytes in
            var p = 0
            return decode(bytes, &p)
        }
    }

    /// The tags of the trees' nodes, shared and with the basic resolver (`Tag(_:)` alone builds
    /// Yams' default resolver, which compiles a regular expression per scalar type; these tags
    /// are never resolved again, being neither implicit nor non-specific).
    nonisolated(unsafe) private static let strTag = Tag(.str, .basic), seqTag = Tag(.seq, .basic), mapTag = Tag(.map, .basic)

    /// Yams' `Mark` (a line and a column, both from 1), which Yams builds only while parsing.
    private static func mark(_ line: Int, _ column: Int) -> Mark {
        // `Mark` is a struct of exactly two `Int`s (Yams 6.2.2, pinned in Package.swift); a test
        // compares the marks made here with those Yams makes.
        unsafeBitCast((line, column), to: Mark.self)
    }

    private static func decode(_ b: UnsafeBufferPointer<UInt8>, _ p: inout Int) -> Node? {
        guard p < b.count else { return nil }
        let kind = b[p]
        p += 1
        func number() -> Int {
            var v = 0
            while p < b.count, b[p] &- 0x30 < 10 { v = v * 10 + Int(b[p] &- 0x30); p += 1 }
            p += 1   // the "," or ":" after it
            return v
        }
        let line = number(), column = number()
        switch kind {
        case UInt8(ascii: "S"):
            let style = b[p]
            p += 2
            let count = number()
            let string = String(decoding: UnsafeBufferPointer(rebasing: b[p..<(p + count)]), as: UTF8.self)
            p += count
            let s: Node.Scalar.Style = switch style {
            case UInt8(ascii: "p"): .plain
            case UInt8(ascii: "s"): .singleQuoted
            case UInt8(ascii: "d"): .doubleQuoted
            case UInt8(ascii: "l"): .literal
            default: .folded
            }
            return .scalar(Node.Scalar(string, strTag, s, mark(line, column)))
        case UInt8(ascii: "Q"):
            let count = number()
            var items: [Node] = []
            items.reserveCapacity(count)
            for _ in 0..<count { if let n = decode(b, &p) { items.append(n) } }
            return .sequence(Node.Sequence(items, seqTag, .any, mark(line, column)))
        default:
            let count = number()
            var pairs: [(Node, Node)] = []
            pairs.reserveCapacity(count)
            for _ in 0..<count {
                guard let k = decode(b, &p), let v = decode(b, &p) else { break }
                pairs.append((k, v))
            }
            return .mapping(Node.Mapping(pairs, mapTag, .any, mark(line, column)))
        }
    }
}
