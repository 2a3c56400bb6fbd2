/// Maps offsets in an extracted text (a `TextView`) back to source bytes.
///
/// The map is a sorted list of segments. A segment whose view and source lengths are equal maps
/// byte for byte (copied text); one whose lengths differ is atomic (an entity such as `&amp;` that
/// became `&`): any offset inside it maps to its start, and its end maps to the source end.
/// Bytes of the view that belong to no segment (separators the extractor inserted) map to the end
/// of the segment before them.
public struct OffsetMap: Sendable {
    public struct Segment: Sendable, Hashable {
        public var viewStart: Int
        public var viewLength: Int
        public var sourceStart: Int
        public var sourceLength: Int
    }

    public private(set) var segments: [Segment] = []

    public init() {}

    /// The identity map over `length` bytes starting at source offset `sourceStart`.
    public static func identity(length: Int, sourceStart: Int = 0) -> OffsetMap {
        var m = OffsetMap()
        m.append(viewStart: 0, viewLength: length, sourceStart: sourceStart, sourceLength: length)
        return m
    }

    /// Appends a segment; segments must be appended in view order.
    public mutating func append(viewStart: Int, viewLength: Int, sourceStart: Int, sourceLength: Int) {
        guard viewLength > 0 || sourceLength > 0 else { return }
        if let last = segments.last, last.viewLength == last.sourceLength, viewLength == sourceLength,
           last.viewStart + last.viewLength == viewStart, last.sourceStart + last.sourceLength == sourceStart {
            segments[segments.count - 1].viewLength += viewLength
            segments[segments.count - 1].sourceLength += sourceLength
            return
        }
        segments.append(Segment(viewStart: viewStart, viewLength: viewLength,
                                sourceStart: sourceStart, sourceLength: sourceLength))
    }

    /// Index of the last segment with `viewStart <= offset` (or `< offset` when `strict`).
    private func segmentIndex(_ offset: Int, strict: Bool) -> Int? {
        var lo = 0, hi = segments.count - 1, found: Int? = nil
        while lo <= hi {
            let mid = (lo + hi) / 2
            let s = segments[mid].viewStart
            if strict ? s < offset : s <= offset { found = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        return found
    }

    /// Source offset of view offset `offset` used as a range start.
    public func sourceStart(_ offset: Int) -> Int {
        guard let i = segmentIndex(offset, strict: false) else { return segments.first?.sourceStart ?? 0 }
        let s = segments[i]
        let d = offset - s.viewStart
        if d >= s.viewLength { return s.sourceStart + s.sourceLength }
        return s.viewLength == s.sourceLength ? s.sourceStart + d : s.sourceStart
    }

    /// Source offset of view offset `offset` used as an exclusive range end.
    public func sourceEnd(_ offset: Int) -> Int {
        guard let i = segmentIndex(offset, strict: true) else { return segments.first?.sourceStart ?? 0 }
        let s = segments[i]
        let d = offset - s.viewStart
        if d >= s.viewLength { return s.sourceStart + s.sourceLength }
        return s.viewLength == s.sourceLength ? s.sourceStart + d : s.sourceStart + s.sourceLength
    }

    /// The source range of a view range.
    public func sourceRange(_ range: Range<Int>) -> SourceRange {
        let start = sourceStart(range.lowerBound)
        return SourceRange(start: start, end: range.isEmpty ? start : sourceEnd(range.upperBound))
    }
}

/// The text a rule reads (the article's prose with markup removed), as UTF-8 bytes, and the map
/// back to the source. Masked variants (quotations or code blanked out) keep the byte length, so
/// every view of one article shares one `OffsetMap`.
public struct TextView: Sendable {
    /// Valid UTF-8. Blocks are separated by `\n`; blank lines in the source stay blank lines.
    public let utf8: [UInt8]
    public let map: OffsetMap

    public init(utf8: [UInt8], map: OffsetMap) {
        self.utf8 = utf8
        self.map = map
    }

    public func sourceRange(_ range: Range<Int>) -> SourceRange { map.sourceRange(range) }

    public func text(_ range: Range<Int>) -> String {
        String(decoding: utf8[max(0, range.lowerBound)..<min(utf8.count, range.upperBound)], as: UTF8.self)
    }

    /// A copy in which every byte inside `ranges` except line breaks is replaced by a space.
    /// Multi-byte characters become several spaces, so the result is valid UTF-8 of equal length.
    public func masking(_ ranges: [Range<Int>]) -> TextView {
        guard !ranges.isEmpty else { return self }
        var bytes = utf8
        bytes.withUnsafeMutableBufferPointer { b in
            for r in ranges {
                let lo = max(0, r.lowerBound), hi = min(b.count, r.upperBound)
                guard lo < hi else { continue }
                for i in lo..<hi where b[i] != 0x0A && b[i] != 0x0D { b[i] = 0x20 }
            }
        }
        return TextView(utf8: bytes, map: map)
    }
}
