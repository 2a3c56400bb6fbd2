/// Finds quotations inside one block of text, for the rules that skip quoted speech and mentions.
///
/// Quotation marks pair by family and direction, not only by identical glyph, so that the
/// conventions of the publishing languages and mixed typing are all masked:
/// - English “…” and ‘…’; straight "…" and '…'; mixed “…" and "…” (an autocorrect that curled
///   one mark only);
/// - German „…“ (also „…” and „…"), ‚…‘, and »…« / ›…‹;
/// - French, Spanish, Italian and Portuguese «…» (with or without inner spaces) and ‹…›;
/// - Swedish ”…”, and CJK 「…」.
///
/// Marks that can both open and close (`"`, `“`, `”`, `'`) decide by position: a mark closes the
/// innermost open quotation it can close when it follows a non-space; it opens one when it is
/// followed by a non-space (a straight `'` or `‘` only after white space, a bracket, a dash or
/// another opening mark, so an apostrophe never opens). `’` never opens, and it closes only when
/// no letter follows ("council’s" is an apostrophe). Guillemets follow their direction: the one
/// that opened decides which one closes. A quotation never spans blocks: a mark left unpaired at
/// the block's end quotes nothing.
public enum QuoteScanner {
    /// Byte ranges of the quotations in `bytes` (offsets are `bytes`' own indices, marks
    /// included), sorted and merged. Invalid UTF-8 is read byte by byte (an invalid byte is
    /// neither a letter nor a space).
    public static func quotations(in bytes: ArraySlice<UInt8>) -> [Range<Int>] {
        bytes.withUnsafeBufferPointer { buf in scan(buf, base: bytes.startIndex) }
    }

    /// The kinds of quotation mark. The raw value is only an identity.
    enum Mark: UInt8 {
        case straight, leftDouble, rightDouble, lowDouble, reversedDouble, guilLeft, guilRight
        case straightSingle, leftSingle, rightSingle, lowSingle, singleGuilLeft, singleGuilRight
        case cornerLeft, cornerRight

        /// Whether `self`, as a closing mark, ends a quotation opened by `opener`.
        func closes(_ opener: Mark) -> Bool {
            switch opener {
            case .straight: return self == .straight || self == .rightDouble || self == .leftDouble
            case .leftDouble: return self == .rightDouble || self == .straight || self == .leftDouble
            case .rightDouble: return self == .rightDouble || self == .straight
            case .lowDouble: return self == .leftDouble || self == .rightDouble || self == .straight
            case .reversedDouble: return self == .rightDouble || self == .straight
            case .guilLeft: return self == .guilRight
            case .guilRight: return self == .guilLeft
            case .straightSingle: return self == .straightSingle || self == .rightSingle
            case .leftSingle: return self == .rightSingle || self == .straightSingle
            case .lowSingle: return self == .leftSingle || self == .rightSingle
            case .singleGuilLeft: return self == .singleGuilRight
            case .singleGuilRight: return self == .singleGuilLeft
            case .cornerLeft: return self == .cornerRight
            case .rightSingle, .cornerRight: return false
            }
        }

        /// Guillemets and corner brackets are directional: no position test applies to them.
        var isDirectional: Bool {
            switch self {
            case .guilLeft, .guilRight, .singleGuilLeft, .singleGuilRight, .cornerLeft, .cornerRight, .lowDouble, .lowSingle, .reversedDouble: true
            default: false
            }
        }
    }

    /// The mark a scalar is, if any.
    static func mark(_ v: UInt32) -> Mark? {
        switch v {
        case 0x22: .straight
        case 0x27: .straightSingle
        case 0x201C: .leftDouble
        case 0x201D: .rightDouble
        case 0x201E: .lowDouble
        case 0x201F: .reversedDouble
        case 0xAB: .guilLeft
        case 0xBB: .guilRight
        case 0x2018: .leftSingle
        case 0x2019: .rightSingle
        case 0x201A: .lowSingle
        case 0x2039: .singleGuilLeft
        case 0x203A: .singleGuilRight
        case 0x300C: .cornerLeft
        case 0x300D: .cornerRight
        default: nil
        }
    }

    /// The scalar starting at `i` and its width (an invalid byte: U+FFFD, width 1).
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let c = b[i]
        if c < 0x80 { return (UInt32(c), 1) }
        let width = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0
        guard width > 0, i + width <= b.count else { return (0xFFFD, 1) }
        var v = UInt32(c) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for j in 1..<width {
            let d = b[i + j]
            guard d & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            v = v << 6 | UInt32(d & 0x3F)
        }
        return (v, width)
    }

    /// The scalar ending just before `i`, or `nil` at the start.
    @inline(__always)
    static func previous(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32? {
        guard i > 0 else { return nil }
        var s = i - 1
        while s > 0, i - s < 4, b[s] & 0xC0 == 0x80 { s -= 1 }
        let (v, w) = decode(b, s)
        return s + w == i ? v : 0xFFFD
    }

    @inline(__always) static func isSpace(_ v: UInt32?) -> Bool {
        guard let v else { return true }
        return v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0xA0 || v == 0x202F || v == 0x2009 || v == 0x3000
    }

    @inline(__always) static func isLetterOrDigit(_ v: UInt32?) -> Bool {
        guard let v else { return false }
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) }
        guard v != 0xFFFD, let s = Unicode.Scalar(v) else { return false }
        return s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.generalCategory == .nonspacingMark
    }

    /// Before an opening `'` or `‘`: white space, the block's start, a bracket, a dash, a slash
    /// or another opening quotation mark.
    @inline(__always) static func opensSingleAfter(_ v: UInt32?) -> Bool {
        guard let v else { return true }
        if isSpace(v) { return true }
        switch v {
        case 0x28, 0x5B, 0x7B, 0x2F, 0x2D, 0x2013, 0x2014, 0x22, 0x201C, 0x201E, 0xAB, 0xBB: return true
        default: return false
        }
    }

    /// The scan itself; `base` is the offset of `b[0]`.
    static func scan(_ b: UnsafeBufferPointer<UInt8>, base: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var stack: [(Mark, Int)] = []
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            // Bytes that start no mark: ASCII other than " and ', and lead bytes of other scalars.
            if c < 0x80 {
                if c != 0x22 && c != 0x27 { i += 1; continue }
            } else if c != 0xC2 && c != 0xE2 && c != 0xE3 {
                i += 1; continue
            }
            let (v, w) = decode(b, i)
            guard let m = mark(v) else { i += w; continue }
            let before = previous(b, i)
            let after: UInt32? = i + w < n ? decode(b, i + w).0 : nil
            let end = i + w
            i = end
            // Close the innermost quotation this mark can close.
            let canCloseHere: Bool
            switch m {
            case .straight: canCloseHere = stack.last?.0 == .straight || !isSpace(before)
            case .rightSingle, .straightSingle: canCloseHere = !isSpace(before) && !isLetterOrDigit(after)
            case .leftSingle: canCloseHere = !isSpace(before) && !isLetterOrDigit(after)
            case .leftDouble, .rightDouble: canCloseHere = !isSpace(before) || isSpace(after)
            default: canCloseHere = true
            }
            if canCloseHere, let k = stack.lastIndex(where: { m.closes($0.0) }), stack.count - k <= 2 {
                // A straight " closes an open straight " wherever it stands (the toggle that typed
                // text relies on); a mark closes one of the innermost two open quotations only.
                result.append((base + stack[k].1)..<(base + end))
                stack.removeSubrange(k...)
                continue
            }
            // Otherwise open one, where the mark can open.
            let opens: Bool
            switch m {
            case .straight, .leftDouble, .rightDouble: opens = !isSpace(after) || m == .straight
            case .straightSingle, .leftSingle: opens = opensSingleAfter(before) && !isSpace(after)
            case .rightSingle, .cornerRight: opens = false
            default: opens = true
            }
            if opens, stack.count < 8 { stack.append((m, i - w)) }
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
