import Foundation

/// One file's text, decoded to UTF-8 once, with its line index.
///
/// Decoding: a UTF-8 byte-order mark is dropped; a UTF-16 (LE or BE) byte-order mark selects
/// UTF-16, and so does a pattern of NUL bytes that only UTF-16 text has; anything else is read as
/// UTF-8 (`isBinary` tells when NUL bytes remain). Bytes that are not valid UTF-8 are replaced by U+FFFD
/// (one UTF-16 unit, as an editor shows them) and their positions are kept in
/// `invalidByteOffsets`, so the rest of the file is still linted and the bad bytes can be reported.
public struct SourceText: Sendable {
    /// The path as given by the user; `-` for standard input.
    public let path: String
    /// The decoded text as UTF-8 bytes. All `SourceRange`s index this array.
    public let utf8: [UInt8]
    public let lineIndex: LineIndex
    /// The encoding the file was read as: `utf-8`, `utf-8-bom`, `utf-16le` or `utf-16be`.
    public let encoding: String
    /// Byte offsets (into `utf8`) of each U+FFFD that replaced an invalid input byte.
    public let invalidByteOffsets: [Int]

    /// Decodes `bytes` as described on the type. Never throws: undecodable input is replaced.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        var decoded: [UInt8]
        var invalid: [Int] = []
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            encoding = "utf-16le"
            decoded = SourceText.decodeUTF16(bytes.dropFirst(2), littleEndian: true)
        } else if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            encoding = "utf-16be"
            decoded = SourceText.decodeUTF16(bytes.dropFirst(2), littleEndian: false)
        } else if let littleEndian = SourceText.sniffUTF16(bytes) {
            encoding = littleEndian ? "utf-16le" : "utf-16be"
            decoded = SourceText.decodeUTF16(bytes[...], littleEndian: littleEndian)
        } else {
            let body: ArraySlice<UInt8>
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
                body = bytes.dropFirst(3)
            } else {
                body = bytes[...]
            }
            (decoded, invalid) = SourceText.repairUTF8(body)
            // Not UTF-8, but the page declares its charset (`<meta charset=…>`): decode with it.
            if !invalid.isEmpty, let (name, enc) = SourceText.declaredCharset(body),
               let text = String(bytes: body, encoding: enc) {
                decoded = Array(text.utf8)
                invalid = []
                encoding = name
            } else {
                encoding = bytes.count >= 3 && bytes[0] == 0xEF ? "utf-8-bom" : "utf-8"
            }
        }
        self.utf8 = decoded
        self.invalidByteOffsets = invalid
        self.lineIndex = LineIndex(utf8: decoded)
    }

    /// The charset a page declares in its first 4 KiB (`<meta charset="…">` or `content="…;
    /// charset=…"`, also an XML declaration's `encoding="…"`), when Foundation can decode it.
    static func declaredCharset(_ bytes: ArraySlice<UInt8>) -> (String, String.Encoding)? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        for key in ["charset=", "encoding="] {
            guard let r = head.range(of: key) else { continue }
            let value = head[r.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            let name = String(value)
            let table: [String: String.Encoding] = [
                "windows-1252": .windowsCP1252, "cp1252": .windowsCP1252, "iso-8859-1": .isoLatin1, "latin1": .isoLatin1,
                "iso-8859-15": .isoLatin1, "iso-8859-2": .isoLatin2, "windows-1250": .windowsCP1250,
                "windows-1251": .windowsCP1251, "windows-1253": .windowsCP1253, "windows-1254": .windowsCP1254,
                "shift_jis": .shiftJIS, "shift-jis": .shiftJIS, "euc-jp": .japaneseEUC, "iso-2022-jp": .iso2022JP,
                "us-ascii": .ascii, "macintosh": .macOSRoman,
            ]
            if let enc = table[name] { return (name, enc) }
        }
        return nil
    }

    /// `true` when the decoded text holds a NUL character (as UTF-8 bytes or UTF-16 units): a binary
    /// file, not an article. Checked after decoding, so a UTF-16 file with a NUL unit is refused too.
    public var isBinary: Bool { ByteText.find([0], in: utf8) != nil }

    /// UTF-16 without a byte-order mark, told by its NUL bytes: mostly-ASCII UTF-16LE text has a
    /// NUL at most odd offsets and almost none at even ones (BE the other way round). Returns
    /// `true` for LE, `false` for BE, `nil` when the sample does not look like UTF-16.
    static func sniffUTF16(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 8, sample.count % 2 == 0 || bytes.count > 4096 else { return nil }
        var even = 0, odd = 0
        for (i, b) in sample.enumerated() where b == 0 { if i % 2 == 0 { even += 1 } else { odd += 1 } }
        let half = sample.count / 2
        if odd * 10 >= half * 6, even * 20 <= half { return true }
        if even * 10 >= half * 6, odd * 20 <= half { return false }
        return nil
    }

    /// Convenience for tests and standard input: the text of `string`.
    public init(path: String, string: String) {
        self.init(path: path, bytes: Array(string.utf8))
    }

    /// The text in `range` (clamped to the file).
    public func text(_ range: SourceRange) -> String {
        let s = max(0, min(range.start, utf8.count)), e = max(s, min(range.end, utf8.count))
        return String(decoding: utf8[s..<e], as: UTF8.self)
    }

    public func location(of range: SourceRange) -> Location { lineIndex.location(of: range) }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        var out = Array(String(decoding: units, as: UTF16.self).utf8)
        // An odd byte count: the last byte is half a unit. It becomes U+FFFD (which
        // invalid_encoding reports), not silently dropped.
        if i < bytes.endIndex { out += [0xEF, 0xBF, 0xBD] }
        return out
    }

    /// Copies valid UTF-8 through and replaces each invalid byte by U+FFFD.
    static func repairUTF8(_ bytes: ArraySlice<UInt8>) -> ([UInt8], [Int]) {
        // Nearly every file is valid: check first (eight ASCII bytes at a time), copy once.
        if isValidUTF8(bytes) { return (Array(bytes), []) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var invalid: [Int] = []
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { out.append(b); i += 1; continue }
            let need: Int
            let minScalar: UInt32
            if b & 0xE0 == 0xC0 { need = 1; minScalar = 0x80 }
            else if b & 0xF0 == 0xE0 { need = 2; minScalar = 0x800 }
            else if b & 0xF8 == 0xF0 { need = 3; minScalar = 0x10000 }
            else { need = -1; minScalar = 0 }
            var ok = need > 0
            var scalar = UInt32(b) & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07)
            if ok {
                for k in 1...need {
                    if i + k >= end { ok = false; break }
                    let c = bytes[i + k]
                    if c & 0xC0 != 0x80 { ok = false; break }
                    scalar = scalar << 6 | UInt32(c & 0x3F)
                }
            }
            if ok, scalar >= minScalar, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) {
                out.append(contentsOf: bytes[i...(i + need)])
                i += need + 1
            } else {
                invalid.append(out.count)
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                i += 1
            }
        }
        return (out, invalid)
    }

    /// Whether `bytes` are valid UTF-8 by the rules `repairUTF8` applies (shortest form, at most
    /// U+10FFFF, no surrogates). Runs of ASCII are checked eight bytes at a time.
    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return true }
            let raw = UnsafeRawPointer(base)
            let n = buf.count
            var i = 0
            while i < n {
                if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let b = buf[i]
                if b < 0x80 { i += 1; continue }
                let need: Int, minScalar: UInt32
                if b & 0xE0 == 0xC0 { need = 1; minScalar = 0x80 }
                else if b & 0xF0 == 0xE0 { need = 2; minScalar = 0x800 }
                else if b & 0xF8 == 0xF0 { need = 3; minScalar = 0x10000 }
                else { return false }
                guard i + need < n else { return false }
                var scalar = UInt32(b) & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07)
                for k in 1...need {
                    let c = buf[i + k]
                    guard c & 0xC0 == 0x80 else { return false }
                    scalar = scalar << 6 | UInt32(c & 0x3F)
                }
                guard scalar >= minScalar, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return false }
                i += need + 1
            }
            return true
        }
    }
}
