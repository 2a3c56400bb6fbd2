/// Writes JSON text in exactly the layout of Foundation's `JSONEncoder` with `.sortedKeys`,
/// `.prettyPrinted` and `.withoutEscapingSlashes` (two-space indent, `"key" : value`, an empty
/// array as `[`, blank line, `]`), so large reports can be written piece by piece without
/// building an encoder tree for every file of a run. Callers give keys in sorted order.
struct JSONText {
    /// The UTF-8 text written so far.
    private(set) var bytes: [UInt8] = []

    init(reservingCapacity n: Int = 0) { bytes.reserveCapacity(n) }

    /// Appends raw text (already JSON).
    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// A newline and `level` levels of two-space indent.
    mutating func newline(_ level: Int) {
        bytes.append(0x0A)
        for _ in 0..<(level * 2) { bytes.append(0x20) }
    }

    /// `text` as a JSON string literal, escaped as `JSONEncoder` does: `"` and `\`, `\b \f \n \r \t`,
    /// other control characters as `\u00XX` (lower-case hex); `/`, DEL and non-ASCII kept.
    mutating func string(_ text: String) {
        bytes.append(0x22)
        for b in text.utf8 {
            switch b {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x08: bytes += [0x5C, 0x62]
            case 0x0C: bytes += [0x5C, 0x66]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0D: bytes += [0x5C, 0x72]
            case 0x09: bytes += [0x5C, 0x74]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0x0F)]]
            default: bytes.append(b)
            }
        }
        bytes.append(0x22)
    }

    /// `"key" : ` (the key escaped like a string).
    mutating func key(_ key: String) {
        string(key)
        raw(" : ")
    }

    /// A JSON array at indent `level` (the level of the line holding its `[`), one element per
    /// `element(index)` call, which writes the element's value at level `level + 1`.
    mutating func array(count: Int, level: Int, element: (inout JSONText, Int) -> Void) {
        raw("[")
        if count == 0 {
            bytes.append(0x0A)
            newline(level)
        } else {
            for i in 0..<count {
                newline(level + 1)
                element(&self, i)
                if i < count - 1 { raw(",") }
            }
            newline(level)
        }
        raw("]")
    }

    /// A pretty-printed value from `JSONEncoder` placed at indent `level` (its inner lines shifted).
    mutating func embed(_ encoded: [UInt8], level: Int) {
        for (i, b) in encoded.enumerated() {
            bytes.append(b)
            // A blank line (inside an empty array) stays blank.
            if b == 0x0A, i + 1 < encoded.count, encoded[i + 1] != 0x0A { for _ in 0..<(level * 2) { bytes.append(0x20) } }
        }
    }
}
