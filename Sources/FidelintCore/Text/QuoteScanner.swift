/// Finds quotations inside one block of text: paired straight double quotes, curly “…”, «…», and
/// curly single ‘…’ when the opening mark follows a space or line start (an apostrophe never opens).
/// A quotation never spans blocks: an unpaired mark quotes nothing.
public enum QuoteScanner {
    /// Byte ranges (relative to `bytes`' start), quote marks included.
    public static func quotations(in bytes: ArraySlice<UInt8>) -> [Range<Int>] {
        let text = String(decoding: bytes, as: UTF8.self)
        var chars: [(Character, Int)] = []
        var offset = bytes.startIndex
        for ch in text {
            chars.append((ch, offset))
            offset += String(ch).utf8.count
        }
        var result: [Range<Int>] = []
        var openStraight: Int? = nil
        var openCurly: Int? = nil
        var openGuillemet: Int? = nil
        var openSingle: Int? = nil
        for (k, (ch, at)) in chars.enumerated() {
            let end = k + 1 < chars.count ? chars[k + 1].1 : offset
            let previous: Character = k > 0 ? chars[k - 1].0 : " "
            let next: Character = k + 1 < chars.count ? chars[k + 1].0 : " "
            switch ch {
            case "\"":
                if let s = openStraight {
                    result.append(s..<end); openStraight = nil
                } else { openStraight = at }
            case "\u{201C}":
                if openCurly == nil { openCurly = at }
            case "\u{201D}":
                if let s = openCurly { result.append(s..<end); openCurly = nil }
            case "\u{00AB}":
                if openGuillemet == nil { openGuillemet = at }
            case "\u{00BB}":
                if let s = openGuillemet { result.append(s..<end); openGuillemet = nil }
            case "\u{2018}":
                if openSingle == nil, previous.isWhitespace || previous == "(" || previous == "\u{201C}" || k == 0 {
                    openSingle = at
                }
            case "\u{2019}":
                // An apostrophe inside a word ("council’s") does not close a quotation.
                if let s = openSingle, !next.isLetter {
                    result.append(s..<end); openSingle = nil
                }
            default: break
            }
        }
        return merge(result)
    }

    /// Sorts and merges overlapping ranges.
    public static func merge(_ ranges: [Range<Int>]) -> [Range<Int>] {
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
