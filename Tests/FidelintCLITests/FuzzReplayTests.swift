import Foundation
import Testing

/// Replays the inputs `Scripts/fuzz` found (`Tests/Fixtures/fuzz/MODE-…`) and the issue-15 inputs
/// through the `fidelint-fuzz` binary of a normal build (no libFuzzer: it reads the files named on
/// its command line and runs them through `FIDELINT_FUZZ_MODE`). Each must finish with status 0.
@Suite struct FuzzReplayTests {
    static let fuzzer = CLITests.binary.deletingLastPathComponent().appendingPathComponent("fidelint-fuzz")
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz")

    static func replay(_ mode: String, _ files: [String]) throws -> CLITests.Output {
        try CLITests.run(files, binary: fuzzer, environment: ["FIDELINT_FUZZ_MODE": mode, "SWIFT_BACKTRACE": "enable=no"])
    }

    @Test func foundInputsReplayCleanly() throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Self.folder.path)) ?? []
        for name in names.sorted() where name != "README.md" {
            guard let dash = name.range(of: "-crash-") ?? name.range(of: "-timeout-") ?? name.range(of: "-oom-") ?? name.range(of: "-slow-unit-") else { continue }
            let mode = String(name[..<dash.lowerBound])
            let r = try Self.replay(mode, [Self.folder.appendingPathComponent(name).path])
            #expect(r.status == 0, "\(name): \(r.stderr)")
        }
    }

    /// The inputs of issue 15's table, through the modes that read them.
    @Test func issueInputsReplayCleanly() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fidelint-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func write(_ name: String, _ bytes: [UInt8]) throws -> String {
            let url = dir.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            return url.path
        }
        let title = try write("t.html", Array("<html><head><title> </title></head><body><p>Hello.</p></body></html>".utf8))
        let utf16 = try write("n.md", [0xFF, 0xFE, 0x00, 0x00, 0x4D, 0x00, 0x73, 0x00, 0x20, 0x00, 0x46, 0x00, 0x6C, 0x00])
        var yaml = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for i in 1...8 { yaml.append("a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]") }
        let bomb = try write("bomb.yml", Array((yaml + ["meta: {? *a8 : 1}"]).joined(separator: "\n").utf8))
        for (mode, files) in [("html", [title]), ("lint-html", [title]), ("markdown", [utf16]), ("lint-markdown", [utf16]),
                              ("frontmatter", [bomb]), ("config", [bomb]), ("rules", [bomb]), ("entities", [bomb])] {
            let start = Date()
            let r = try Self.replay(mode, files)
            #expect(r.status == 0, "\(mode): \(r.stderr)")
            #expect(r.stdout == "replayed 1 input in mode \(mode)\n", "\(mode)")
            #expect(Date().timeIntervalSince(start) < 10, "\(mode)")
        }
    }
}
