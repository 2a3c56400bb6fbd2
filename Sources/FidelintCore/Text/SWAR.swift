/// Eight bytes at a time ("SIMD within a register"): tests on a `UInt64` holding eight bytes of
/// text, the first byte in the lowest bits (`load`). The masks put 0x80 in each byte that passes
/// and 0 in the others, with no carry from one byte into the next, so `trailingZeroBitCount >> 3`
/// of a mask is the offset of the first byte that passes. Shared by the readers' and the rules'
/// byte scans (`@inlinable`: they compile into the loops that call them).
public enum SWAR {
    @inlinable public static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @inlinable public static var highs: UInt64 { 0x8080_8080_8080_8080 }
    @inlinable public static var lows: UInt64 { 0x7F7F_7F7F_7F7F_7F7F }

    /// The eight bytes at `p` (any alignment), the first in the lowest bits.
    @inlinable @inline(__always) public static func load(_ p: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
    }

    /// Whether some byte of `x` is below `n` (`n` at most 128).
    @inlinable @inline(__always) public static func hasLess(_ x: UInt64, _ n: UInt8) -> Bool {
        (x &- ones &* UInt64(n)) & ~x & highs != 0
    }

    /// Whether some byte of `x` is `b`.
    @inlinable @inline(__always) public static func hasByte(_ x: UInt64, _ b: UInt8) -> Bool {
        let y = x ^ (ones &* UInt64(b))
        return (y &- ones) & ~y & highs != 0
    }

    /// 0x80 in each byte of `x` that is `b`, 0 in the others (any bytes; exact).
    @inlinable @inline(__always) public static func byteMask(_ x: UInt64, _ b: UInt8) -> UInt64 {
        let y = x ^ (ones &* UInt64(b))
        return ~(((y & lows) &+ lows) | y | lows)
    }

    /// 0x80 in each byte of `x` from `lo` to `hi` (ASCII, `lo >= 1`), 0 in the others; a byte of
    /// 0x80 or more never passes.
    @inlinable @inline(__always) public static func inRange(_ x: UInt64, _ lo: UInt8, _ hi: UInt8) -> UInt64 {
        let y = x & lows   // no carry crosses a byte below
        let atLeastLo = y &+ ones &* UInt64(0x80 - lo)
        let aboveHi = y &+ ones &* UInt64(0x7F - hi)
        return atLeastLo & ~aboveHi & ~x & highs
    }

    /// 0x80 in each byte of `x` from `lo` to `hi` (both at most 0x7F), 0 in the others; every byte
    /// of `x` must be ASCII (cheaper than `inRange` where that is known).
    @inlinable @inline(__always) public static func asciiInRange(_ x: UInt64, _ lo: UInt8, _ hi: UInt8) -> UInt64 {
        let y = x | highs
        return (y &- ones &* UInt64(lo)) & ~(y &- ones &* UInt64(hi + 1)) & highs
    }

    /// Whether every byte of `x` is ASCII.
    @inlinable @inline(__always) public static func isASCII(_ x: UInt64) -> Bool { x & highs == 0 }
}
