import FidelintCore
import Foundation
import Testing

/// Byte offsets resolve to 1-based lines and UTF-16 columns, whatever the line endings, the
/// encoding and the characters before the offset.
@Suite struct PositionTests {
    func location(_ text: String, of needle: String) -> Location {
        let source = SourceText(path: "t", string: text)
        let bytes = Array(text.utf8), n = Array(needle.utf8)
        let start = (0...(bytes.count - n.count)).first { Array(bytes[$0..<($0 + n.count)]) == n }!
        return source.location(of: SourceRange(start: start, end: start + n.count))
    }

    @Test func asciiLinesAndColumns() {
        let l = location("first line\nsecond target here\n", of: "target")
        #expect((l.line, l.column, l.endLine, l.endColumn) == (2, 8, 2, 14))
    }

    @Test func multiByteCharactersCountInUTF16Units() {
        // é is 2 bytes / 1 unit; 👩‍👩‍👧 is 18 bytes / 8 units; “ is 3 bytes / 1 unit.
        let l = location("é👩‍👩‍👧 “target”", of: "target")
        #expect(l.column == 1 + 1 + 8 + 1 + 1)
        #expect(l.endColumn == l.column + 6)
    }

    @Test func crlfAndLoneCRAreLineBreaks() {
        #expect(location("a\r\nb\r\nc target", of: "target").line == 3)
        #expect(location("a\rb\rtarget", of: "target").line == 3)
        #expect(location("a\r\nb\r\nc target", of: "target").column == 3)
    }

    @Test func tabsCountAsOneColumn() {
        #expect(location("\t\tx target", of: "target").column == 5)
    }

    @Test func rangeEndingInALineBreakStaysOnItsLine() {
        let source = SourceText(path: "t", string: "abc\ndef\n")
        let l = source.location(of: SourceRange(start: 0, end: 4))
        #expect((l.line, l.endLine, l.endColumn) == (1, 1, 4))
    }

    @Test func seventyThousandLines() {
        var text = ""
        for i in 1...70_000 { text += "line \(i)\n" }
        text += "é target\n"
        let l = location(text, of: "target")
        #expect(l.line == 70_001)
        #expect(l.column == 3)
    }

    @Test func utf8BOMIsDroppedAndColumnsIgnoreIt() {
        let source = SourceText(path: "t", bytes: [0xEF, 0xBB, 0xBF] + Array("ab target".utf8))
        #expect(source.encoding == "utf-8-bom")
        #expect(source.text(SourceRange(start: 3, end: 9)) == "target")
        #expect(source.location(of: SourceRange(start: 3, end: 9)).column == 4)
    }

    @Test func utf16WithBOMIsDecoded() {
        let le: [UInt8] = [0xFF, 0xFE] + Array("é x".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + Array("é x".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(SourceText(path: "t", bytes: le).text(SourceRange(start: 0, end: 5)) == "é x")
        #expect(SourceText(path: "t", bytes: be).encoding == "utf-16be")
        #expect(SourceText(path: "t", bytes: be).text(SourceRange(start: 0, end: 5)) == "é x")
    }

    @Test func invalidUTF8IsReplacedAndRecorded() {
        let source = SourceText(path: "t", bytes: Array("ab".utf8) + [0xFF, 0xC3] + Array(" ok".utf8))
        #expect(source.invalidByteOffsets == [2, 5])
        #expect(source.text(SourceRange(start: 0, end: source.utf8.count)) == "ab\u{FFFD}\u{FFFD} ok")
        // Each replaced byte is one column, as an editor shows it.
        #expect(source.location(of: SourceRange(start: 9, end: 11)).column == 6)
    }

    @Test func offsetMapMapsCopiedAndAtomicSegments() {
        var map = OffsetMap()
        map.append(viewStart: 0, viewLength: 3, sourceStart: 10, sourceLength: 3)   // "a b"
        map.append(viewStart: 3, viewLength: 1, sourceStart: 13, sourceLength: 5)   // "&amp;" -> "&"
        map.append(viewStart: 5, viewLength: 2, sourceStart: 30, sourceLength: 2)   // after a separator
        #expect(map.sourceRange(1..<2) == SourceRange(start: 11, end: 12))
        #expect(map.sourceRange(3..<4) == SourceRange(start: 13, end: 18))
        #expect(map.sourceRange(0..<7) == SourceRange(start: 10, end: 32))
        #expect(map.sourceStart(4) == 18)   // the separator maps to the end of the segment before it
    }
}
