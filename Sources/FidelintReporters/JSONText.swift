/// Writes JSON text in exactly the layout of Foundation's `JSONEncoder` with `.sortedKeys`,
/// `.prettyPrinted` and `.withoutEscapingSlashes` (two-space indent, `"key" : value`, an empty
/// array as `[`, blank line, `]`), so large reports can be written piece by piece, straight into
/// the one `String` that is the report, without an encoder tree for every file of a run. Callers
/// give keys in sorted order.
struct JSONText {
    /// The text written so far (since the last `flush`).
    private(set) var text = ""
    /// Where `flush` hands the text (nothing: the text just accumulates).
    private let sink: ((String) -> Void)?

    init(reservingCapacity n: Int = 0, sink: ((String) -> Void)? = nil) {
        text.reserveCapacity(n)
        self.sink = sink
    }

    /// With a sink: hands it the text written so far once it holds `threshold` bytes or more,
    /// and starts again (keeping the buffer), so a report of any size needs one buffer.
    mutating func flush(ifAtLeast threshold: Int = 0) {
        guard let sink, text.utf8.count >= threshold, !text.isEmpty else { return }
        sink(text)
        text.removeAll(keepingCapacity: true)
    }

    /// Appends raw text (already JSON).
    mutating func raw(_ s: String) { text += s }

    /// A newline and `level` levels of two-space indent.
    mutating func newline(_ level: Int) {
        text += "\n"
        for _ in 0..<level { text += "  " }
    }

    /// `s` as a JSON string literal, escaped as `JSONEncoder` does: `"` and `\`, `\b \f \n \r \t`,
    /// other control characters as `\u00XX` (lower-case hex); `/`, DEL and non-ASCII kept.
    mutating func string(_ s: String) {
        text += "\""
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C }) {
            text += s
        } else {
            for scalar in s.unicodeScalars {
                switch scalar.value {
                case 0x22: text += "\\\""
                case 0x5C: text += "\\\\"
                case 0x08: text += "\\b"
                case 0x0C: text += "\\f"
                case 0x0A: text += "\\n"
                case 0x0D: text += "\\r"
                case 0x09: text += "\\t"
                case 0..<0x20:
                    let hex = Array("0123456789abcdef")
                    text += "\\u00" + String(hex[Int(scalar.value >> 4)]) + String(hex[Int(scalar.value & 0x0F)])
                default: text.unicodeScalars.append(scalar)
                }
            }
        }
        text += "\""
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
            text += "\n"
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

    /// A pretty-printed value from `JSONEncoder` (UTF-8) placed at indent `level`: its inner lines
    /// shifted, a blank line (inside an empty array) kept blank.
    mutating func embed(_ encoded: [UInt8], level: Int) {
        var shifted: [UInt8] = []
        shifted.reserveCapacity(encoded.count + 64)
        for (i, b) in encoded.enumerated() {
            shifted.append(b)
            if b == 0x0A, i + 1 < encoded.count, encoded[i + 1] != 0x0A {
                for _ in 0..<(level * 2) { shifted.append(0x20) }
            }
        }
        text += String(decoding: shifted, as: UTF8.self)
    }
}
