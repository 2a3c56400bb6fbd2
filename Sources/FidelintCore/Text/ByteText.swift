#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level helpers over UTF-8 text (`[UInt8]`), shared by readers, the engine and rules, so
/// hot paths need not build Swift `String`s. Offsets are byte offsets into the array given;
/// ranges are half-open. ASCII case folding only: a non-ASCII byte is compared as is.
public enum ByteText {
    /// The ASCII lower-case form of `b`; any other byte unchanged.
    @inline(__always) public static func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }

    /// Whether `b` is an ASCII letter or digit.
    @inline(__always) public static func isASCIIAlnum(_ b: UInt8) -> Bool {
        (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10
    }

    /// The Unicode scalar value starting at `i` in valid UTF-8 `bytes` (a lead byte there) and its
    /// length in bytes (2 to 4 for a non-ASCII lead byte, 1 for ASCII).
    @inline(__always) public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let b = bytes[i]
        let len: Int
        var v: UInt32
        if b < 0x80 { return (UInt32(b), 1) }
        if b < 0xE0 { len = 2; v = UInt32(b & 0x1F) }
        else if b < 0xF0 { len = 3; v = UInt32(b & 0x0F) }
        else { len = 4; v = UInt32(b & 0x07) }
        for k in 1..<len { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (v, len)
    }

    /// A copy of `bytes` with ASCII letters lower-cased (other bytes, including every byte of a
    /// multi-byte UTF-8 sequence, kept), so offsets are the same in both.
    public static func lowercasedASCII(_ bytes: [UInt8]) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: bytes.count) { out, n in
            bytes.withUnsafeBufferPointer { src in
                for i in 0..<src.count { out[i] = lower(src[i]) }
            }
            n = bytes.count
        }
    }

    /// The byte offset of the first occurrence of `needle` in `hay[from..<to]` (`to` defaults to the
    /// end), or `nil`. An empty needle is found at `from`. `caseless` folds ASCII letters on both
    /// sides; otherwise the search is `memchr` and `memcmp`.
    public static func find(_ needle: [UInt8], in hay: [UInt8], from: Int = 0, to: Int? = nil,
                            caseless: Bool = false) -> Int? {
        let end = min(to ?? hay.count, hay.count)
        let start = max(0, from)
        guard !needle.isEmpty else { return start <= end ? start : nil }
        guard end - start >= needle.count else { return nil }
        return hay.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                let base = h.baseAddress!
                if !caseless {
                    // memchr for the first byte, then compare the rest (memmem is not in Glibc's
                    // Swift module).
                    let first = Int32(n[0])
                    var k = start
                    let last = end - n.count
                    while k <= last {
                        guard let p = memchr(base + k, first, last - k + 1) else { return nil }
                        k = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
                        if n.count == 1 || memcmp(base + k + 1, n.baseAddress! + 1, n.count - 1) == 0 { return k }
                        k += 1
                    }
                    return nil
                }
                let first = lower(n[0])
                var k = start
                let last = end - n.count
                while k <= last {
                    if lower(h[k]) == first {
                        var m = 1
                        while m < n.count, lower(h[k + m]) == lower(n[m]) { m += 1 }
                        if m == n.count { return k }
                    }
                    k += 1
                }
                return nil
            }
        }
    }

    /// Whether `hay` contains `needle` (see `find`).
    @inline(__always) public static func contains(_ needle: [UInt8], in hay: [UInt8], caseless: Bool = false) -> Bool {
        find(needle, in: hay, caseless: caseless) != nil
    }
}
