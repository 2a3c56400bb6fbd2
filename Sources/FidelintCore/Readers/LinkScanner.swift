/// Finds links in text that has no link markup: bare URLs (`http://`, `https://`, `www.`) and
/// Markdown-style `[text](target)` written into plain text (any target without spaces, so
/// placeholder targets such as `#` or `URL` are links too).
public enum LinkScanner {
    /// Scans `bytes`, skipping `skipping` (code) ranges. Trailing sentence punctuation is not part
    /// of a bare URL.
    public static func links(in bytes: [UInt8], skipping: [Range<Int>]) -> [Link] {
        var links: [Link] = []
        var i = 0
        let n = bytes.count
        var skip = skipping.sorted { $0.lowerBound < $1.lowerBound }[...]
        func hasPrefix(_ p: [UInt8], at i: Int) -> Bool {
            guard i + p.count <= n else { return false }
            for k in 0..<p.count where lower(bytes[i + k]) != p[k] { return false }
            return true
        }
        let http = Array("http://".utf8), https = Array("https://".utf8), www = Array("www.".utf8)
        while i < n {
            // Only "ht", "ww" (a URL's start, any case) and "]" (a link's middle) can start a link:
            // other bytes are passed over in one tight scan.
            if !bytes.withUnsafeBufferPointer({ isLinkStart($0, i) }) {
                i = bytes.withUnsafeBufferPointer { b in
                    var j = i + 1
                    while j < n {
                        // Eight bytes at once when none is "]" and no "h" or "w" (any case) is
                        // followed by "t" or "w" (an "h" or "w" in the last byte is tested alone).
                        if j + 8 <= n, let base = b.baseAddress {
                            let x = SWAR.load(base + j), l = x | (SWAR.ones &* 0x20)
                            let h = SWAR.byteMask(l, 0x68), t = SWAR.byteMask(l, 0x74), w = SWAR.byteMask(l, 0x77)
                            let last: UInt64 = 0x80 << 56
                            if !SWAR.hasByte(x, 0x5D), h & ((t >> 8) | last) == 0, w & ((w >> 8) | last) == 0 {
                                j += 8
                                continue
                            }
                        }
                        if isLinkStart(b, j) { break }
                        j += 1
                    }
                    return j
                }
                continue
            }
            while let r = skip.first, r.upperBound <= i { skip = skip.dropFirst() }
            if let r = skip.first, r.contains(i) { i = r.upperBound; continue }
            let b = bytes[i]
            let boundary = i == 0 || !isURLChar(bytes[i - 1]) || bytes[i - 1] == 0x28
            if boundary, hasPrefix(https, at: i) || hasPrefix(http, at: i) || hasPrefix(www, at: i) {
                var j = i
                while j < n, isURLChar(bytes[j]) { j += 1 }
                while j > i, ".,;:!?'\")]".utf8.contains(bytes[j - 1]) {
                    // keep a closing parenthesis that balances one inside the URL
                    if bytes[j - 1] == 0x29, bytes[i..<j].contains(0x28) { break }
                    j -= 1
                }
                let target = String(decoding: bytes[i..<j], as: UTF8.self)
                // Markdown-style [text](url): use the bracket text and cover the whole construct.
                if i >= 2, bytes[i - 1] == 0x28, bytes[i - 2] == 0x5D, j < n, bytes[j] == 0x29,
                   let open = bytes[..<(i - 2)].lastIndex(of: 0x5B) {
                    let text = String(decoding: bytes[(open + 1)..<(i - 2)], as: UTF8.self)
                    links.append(Link(kind: .inline, target: target, text: text, range: SourceRange(start: open, end: j + 1)))
                } else if j > i + 4 {
                    links.append(Link(kind: .bare, target: target, text: target, range: SourceRange(start: i, end: j)))
                }
                i = j
                continue
            }
            // [text](target) whose target is not a web address ("#", "URL", "turn0search3"): kept so
            // placeholder links are seen in plain text too.
            if b == 0x5D, i + 1 < n, bytes[i + 1] == 0x28, !hasPrefix(https, at: i + 2), !hasPrefix(http, at: i + 2),
               !hasPrefix(www, at: i + 2), let open = bytes[..<i].lastIndex(where: { $0 == 0x5B || $0 == 0x0A }), bytes[open] == 0x5B {
                var j = i + 2
                while j < n, j < i + 202, bytes[j] != 0x29, bytes[j] != 0x0A, bytes[j] != 0x20 { j += 1 }
                if j < n, bytes[j] == 0x29 {
                    let text = String(decoding: bytes[(open + 1)..<i], as: UTF8.self)
                    let target = String(decoding: bytes[(i + 2)..<j], as: UTF8.self)
                    links.append(Link(kind: .inline, target: target, text: text, range: SourceRange(start: open, end: j + 1)))
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
        return links
    }

    @inline(__always) private static func lower(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b + 32 : b }

    /// Whether a link may start at `i`: "]", or "h" followed by "t", or "w" followed by "w" (any
    /// case), as "http://", "https://" and "www." start; at any other byte `links` finds nothing.
    @inline(__always) private static func isLinkStart(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = b[i]
        if c == 0x5D { return true }
        let l = c | 0x20
        guard l == 0x68 || l == 0x77, i + 1 < b.count else { return false }
        let next = b[i + 1] | 0x20
        return l == 0x68 ? next == 0x74 : next == 0x77
    }

    @inline(__always) private static func isURLChar(_ b: UInt8) -> Bool {
        b > 0x20 && b != 0x22 && b != 0x3C && b != 0x3E && b != 0x60 && b != 0x7B && b != 0x7D && b != 0x7C
            && b != 0x5E && b != 0x5C
    }
}
