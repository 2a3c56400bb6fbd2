/// `QuoteScanner.quotations(in:)` over UTF-8 bytes, for the readers (one call per block): the
/// same quotation ranges without decoding the block into a `String` and an array of scalars.
///
/// Only the quote marks matter (`"`, `“` `”`, `«` `»`, `‘` `’`), so the scan looks at bytes and
/// decodes a scalar only beside a mark: the one before `‘` (space, NBSP, `(` or `“` opens) and
/// the one after `’` (a letter there makes it an apostrophe). A block that is not valid UTF-8 is
/// handed to `QuoteScanner` itself.
enum QuoteMarks {
    /// Byte ranges of the quotations in `bytes` (offsets as `bytes`' own indices, marks
    /// included), sorted and merged, as `QuoteScanner.quotations(in:)` returns them.
    static func quotations(in bytes: ArraySlice<UInt8>) -> [Range<Int>] {
        let start = bytes.startIndex
        var result: [Range<Int>] = []
        let ok: Bool = bytes.withUnsafeBufferPointer { buf in
            // Indices into `buf` are `offset - start`.
            let n = buf.count
            var openStraight: Int? = nil, openCurly: Int? = nil, openGuillemet: Int? = nil, openSingle: Int? = nil
            var i = 0
            let base = buf.baseAddress
            while i < n {
                // Eight ASCII bytes without a straight quote hold no mark.
                if i + 8 <= n, let base {
                    let x = SWAR.load(base + i)
                    if SWAR.isASCII(x), !SWAR.hasByte(x, 0x22) { i += 8; continue }
                }
                let b = buf[i]
                if b < 0x80 {
                    if b == 0x22 {
                        if let s = openStraight { result.append(s..<(start + i + 1)); openStraight = nil } else { openStraight = start + i }
                    }
                    i += 1
                    continue
                }
                let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0
                guard width > 0, i + width <= n else { return false }
                for j in 1..<width where buf[i + j] & 0xC0 != 0x80 { return false }
                if b == 0xC2 {
                    let c = buf[i + 1]
                    if c == 0xAB {
                        if openGuillemet == nil { openGuillemet = start + i }
                    } else if c == 0xBB {
                        if let s = openGuillemet { result.append(s..<(start + i + 2)); openGuillemet = nil }
                    }
                } else if b == 0xE2, buf[i + 1] == 0x80 {
                    switch buf[i + 2] {
                    case 0x9C:
                        if openCurly == nil { openCurly = start + i }
                    case 0x9D:
                        if let s = openCurly { result.append(s..<(start + i + 3)); openCurly = nil }
                    case 0x98:
                        if openSingle == nil, i == 0 || opensAfter(buf, i) { openSingle = start + i }
                    case 0x99:
                        // An apostrophe inside a word ("council’s") does not close a quotation.
                        if let s = openSingle, !letterAt(buf, i + 3) { result.append(s..<(start + i + 3)); openSingle = nil }
                    default: break
                    }
                }
                i += width
            }
            return true
        }
        guard ok else { return QuoteScanner.quotations(in: bytes) }
        return QuoteScanner.merge(result)
    }

    /// Whether the scalar ending just before `i` lets `‘` open a quotation: white space
    /// (space, tab, LF, CR, NBSP), `(` or `“`.
    private static func opensAfter(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let p = buf[i - 1]
        if p == 0x20 || p == 0x09 || p == 0x0A || p == 0x0D || p == 0x28 { return true }
        if p == 0xA0, i >= 2, buf[i - 2] == 0xC2 { return true }
        if p == 0x9C, i >= 3, buf[i - 2] == 0x80, buf[i - 3] == 0xE2 { return true }
        return false
    }

    /// Whether the scalar at `i` is a letter (ASCII letters, or a non-ASCII alphabetic scalar);
    /// the end of the block is not.
    private static func letterAt(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i < buf.count else { return false }
        let b = buf[i]
        if b < 0x80 { return (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
        var it = UnsafeBufferPointer(rebasing: buf[i...]).makeIterator()
        var decoder = UTF8()
        guard case let .scalarValue(v) = decoder.decode(&it) else { return false }
        return v.properties.isAlphabetic
    }
}
