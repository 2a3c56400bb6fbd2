/// `QuoteScanner.quotations(in:)` for the readers (one call per block), with a fast path: a
/// block holding no byte that can start a quotation mark (`"`, `'`, or the lead bytes 0xC2, 0xE2,
/// 0xE3 of «», the curly and low marks, ‹› and 「」) has no quotation, and eight ASCII bytes
/// without `"` or `'` are skipped at once. Otherwise the block goes to `QuoteScanner`, so both
/// give the same ranges by construction.
enum QuoteMarks {
    /// Byte ranges of the quotations in `bytes` (offsets as `bytes`' own indices, marks
    /// included), sorted and merged, as `QuoteScanner.quotations(in:)` returns them.
    static func quotations(in bytes: ArraySlice<UInt8>) -> [Range<Int>] {
        let hasMark: Bool = bytes.withUnsafeBufferPointer { buf in
            let n = buf.count
            guard let base = buf.baseAddress else { return false }
            var i = 0
            while i < n {
                if i + 8 <= n {
                    let x = SWAR.load(base + i)
                    if SWAR.isASCII(x), !SWAR.hasByte(x, 0x22), !SWAR.hasByte(x, 0x27) { i += 8; continue }
                }
                let b = buf[i]
                if b == 0x22 || b == 0x27 || b == 0xC2 || b == 0xE2 || b == 0xE3 { return true }
                i += 1
            }
            return false
        }
        guard hasMark else { return [] }
        return QuoteScanner.quotations(in: bytes)
    }
}
