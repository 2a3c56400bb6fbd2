/// Finds quotations inside one block of text: paired straight double quotes, curly “…”, «…», and
/// curly single ‘…’ when the opening mark follows a space or line start (an apostrophe never opens).
/// A quotation never spans blocks: an unpaired mark quotes nothing.
public enum QuoteScanner {
    /// Byte ranges (relative to `bytes`' start), quote marks included.
    public static func quotations(in bytes: ArraySlice<UInt8>) -> [Range<Int>] {
        // Unicode scalars (quote marks are single scalars), with their UTF-8 offsets.
        let text = String(decoding: bytes, as: UTF8.self)
        var chars: [(UInt32, Int)] = []
        var offset = bytes.startIndex
        for scalar in text.unicodeScalars {
            chars.append((scalar.value, offset))
            offset += UTF8.width(scalar)
        }
        func isLetter(_ v: UInt32) -> Bool {
            (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0x80 && Unicode.Scalar(v)?.properties.isAlphabetic == true)
        }
        func isSpace(_ v: UInt32) -> Bool { v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0xA0 }
        var result: [Range<Int>] = []
        var openStraight: Int? = nil
        var openCurly: Int? = nil
        var openGuillemet: Int? = nil
        var openSingle: Int? = nil
        for (k, (ch, at)) in chars.enumerated() {
            let end = k + 1 < chars.count ? chars[k + 1].1 : offset
            let previous: UInt32 = k > 0 ? chars[k - 1].0 : 0x20
            let next: UInt32 = k + 1 < chars.count ? chars[k + 1].0 : 0x20
            switch ch {
            case 0x22:
                if let s = openStraight {
                    result.append(s..<end); openStraight = nil
                } else { openStraight = at }
            case 0x201C:
                if openCurly == nil { openCurly = at }
            case 0x201D:
                if let s = openCurly { result.append(s..<end); openCurly = nil }
            case 0xAB:
                if openGuillemet == nil { openGuillemet = at }
            case 0xBB:
                if let s = openGuillemet { result.append(s..<end); openGuillemet = nil }
            case 0x2018:
                if openSingle == nil, isSpace(previous) || previous == 0x28 || previous == 0x201C || k == 0 {
                    openSingle = at
                }
            case 0x2019:
                // An apostrophe inside a word ("council’s") does not close a quotation.
                if let s = openSingle, !isLetter(next) {
                    result.append(s..<end); openSingle = nil
                }
            default: break
            }
        }
        return merge(result)
    }

    /// Sorts and merges overlapping ranges.
    public static func merge(_ ranges: [Range<Int>]) -> [Range<Int>] {
        // Already in merged form (each range starts after the one before it ends): as it is.
        var merged = true
        for i in ranges.indices.dropFirst() where ranges[i].lowerBound <= ranges[i - 1].upperBound {
            merged = false
            break
        }
        if merged { return ranges }
        let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
        var out: [Range<Int>] = []
        for r in sorted {
            if let last = out.last, r.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else { out.append(r) }
        }
        return out
    }
}
