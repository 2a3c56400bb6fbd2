import FidelintCore
import Testing

/// `ByteText`: the byte-level search and ASCII folding every hot path uses.
@Suite struct ByteTextTests {
    let hay = Array("Seoul said: SEOUL, seoul. Émile".utf8)

    @Test func findIsCaseSensitiveByDefault() {
        #expect(ByteText.find(Array("seoul".utf8), in: hay) == 19)
        #expect(ByteText.find(Array("Seoul".utf8), in: hay, from: 1) == nil)
    }

    @Test func caselessFindFoldsASCIIOnly() {
        #expect(ByteText.find(Array("seoul".utf8), in: hay, caseless: true) == 0)
        #expect(ByteText.find(Array("seoul".utf8), in: hay, from: 1, caseless: true) == 12)
        // É is two bytes (C3 89); é (C3 A9) is not folded to it.
        #expect(ByteText.find(Array("émile".utf8), in: hay, caseless: true) == nil)
        #expect(ByteText.find(Array("Émile".utf8), in: hay, caseless: true) == 26)
    }

    @Test func boundsAreHalfOpen() {
        #expect(ByteText.find(Array("seoul".utf8), in: hay, from: 0, to: 23) == nil)
        #expect(ByteText.find(Array("seoul".utf8), in: hay, from: 0, to: 24) == 19)
        #expect(ByteText.find([], in: hay, from: 5) == 5)
        #expect(ByteText.find(Array("x".utf8), in: [], from: 0) == nil)
        #expect(ByteText.find(Array("seoul".utf8), in: hay, from: 40) == nil)
    }

    @Test func lowercasedKeepsOffsets() {
        let lowered = ByteText.lowercasedASCII(hay)
        #expect(lowered.count == hay.count)
        #expect(String(decoding: lowered, as: UTF8.self) == "seoul said: seoul, seoul. Émile")
        #expect(ByteText.isASCIIAlnum(UInt8(ascii: "Z")) && ByteText.isASCIIAlnum(UInt8(ascii: "7")))
        #expect(!ByteText.isASCIIAlnum(UInt8(ascii: "@")) && !ByteText.isASCIIAlnum(UInt8(ascii: "[")))
    }
}
