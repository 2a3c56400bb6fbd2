/// A half-open range of UTF-8 byte offsets into a file's decoded text (`SourceText.utf8`).
///
/// Offsets are 0-based; `end` is exclusive. For a UTF-8 file without a byte-order mark the offsets are
/// file offsets; for other encodings they index the text after decoding to UTF-8 (BOM removed).
/// Rules only ever produce `SourceRange`s; lines and columns are resolved once, by `LineIndex`.
public struct SourceRange: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// First byte of the range (0-based).
    public var start: Int
    /// One past the last byte of the range.
    public var end: Int

    /// Creates a range; `end` is clamped to be at least `start`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public init(_ range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    /// Number of bytes covered.
    public var length: Int { end - start }

    /// The smallest range covering both `self` and `other`.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }

    public func overlaps(_ other: SourceRange) -> Bool {
        start < other.end && other.start < end
    }

    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)..<\(end)" }
}
