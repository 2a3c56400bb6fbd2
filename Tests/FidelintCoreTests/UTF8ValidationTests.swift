@testable import FidelintCore
import Foundation
import Testing

/// The UTF-8 check that lets valid files skip the byte-by-byte repair must agree with the repair
/// on every kind of damage, wherever it falls against the eight-byte ASCII stride.
@Suite struct UTF8ValidationTests {
    static let damaged: [[UInt8]] = [
        [0xC0, 0xAF],                   // overlong "/"
        [0xE0, 0x80, 0xAF],             // overlong, three bytes
        [0xED, 0xA0, 0x80],             // a surrogate
        [0xF4, 0x90, 0x80, 0x80],       // above U+10FFFF
        [0xF8, 0x88, 0x80, 0x80, 0x80], // five-byte form
        [0x80],                         // a lone continuation byte
        [0xE2, 0x82],                   // cut short
        [0xC3, 0x41],                   // a lead byte before ASCII
        [0xFF],
    ]
    static let valid: [[UInt8]] = [
        Array("é".utf8), Array("€".utf8), Array("𝄞".utf8), Array("한국".utf8), [0xF4, 0x8F, 0xBF, 0xBF], [0xEF, 0xBF, 0xBD],
    ]

    @Test func agreesWithTheRepairAtEveryOffset() {
        for prefix in 0..<17 {
            let lead = [UInt8](repeating: 0x61, count: prefix)
            for piece in Self.damaged + Self.valid {
                for tail in [[], [UInt8](repeating: 0x62, count: 9)] {
                    let bytes = lead + piece + tail
                    let (repaired, invalid) = SourceText.repairUTF8(bytes[...])
                    #expect(SourceText.isValidUTF8(bytes[...]) == invalid.isEmpty, "bytes \(bytes)")
                    if invalid.isEmpty { #expect(repaired == bytes) }
                }
            }
        }
        #expect(SourceText.isValidUTF8([][...]))
    }

    @Test func damagedPiecesAreInvalidAndValidOnesValid() {
        for piece in Self.damaged { #expect(!SourceText.isValidUTF8(piece[...]), "\(piece)") }
        for piece in Self.valid { #expect(SourceText.isValidUTF8(piece[...]), "\(piece)") }
    }

    @Test func binaryIsToldByANulByte() {
        #expect(SourceText(path: "a", bytes: Array("abc\u{0}def".utf8)).isBinary)
        #expect(!SourceText(path: "a", bytes: Array("abcdef".utf8)).isBinary)
    }
}

/// `FileCollector.readBytes`: whole files, empty files, pipes; `nil` for folders and missing files.
@Suite struct ReadBytesTests {
    @Test func readsFilesAndRefusesFolders() throws {
        let dir = NSTemporaryDirectory() + "fidelint-read-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let big = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        _ = FileManager.default.createFile(atPath: dir + "/big.bin", contents: Data(big))
        _ = FileManager.default.createFile(atPath: dir + "/empty.txt", contents: Data())
        #expect(FileCollector.readBytes(dir + "/big.bin") == big)
        #expect(FileCollector.readBytes(dir + "/empty.txt") == [])
        #expect(FileCollector.readBytes(dir) == nil)
        #expect(FileCollector.readBytes(dir + "/missing.txt") == nil)
        // A FIFO is read to its end.
        let fifo = dir + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            let h = FileHandle(forWritingAtPath: fifo)
            h?.write(Data("through a pipe\n".utf8))
            try? h?.close()
        }
        writer.start()
        #expect(FileCollector.readBytes(fifo) == Array("through a pipe\n".utf8))
    }
}
