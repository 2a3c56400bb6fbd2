import Foundation
import Testing

/// Issue 17: `install.sh` against a local release folder (the layout `Scripts/release` writes and
/// GitHub releases serve): checksum verified, installed into the prefix, a tampered tarball refused.
@Suite struct InstallScriptTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A release folder holding `vVERSION/fidelint-VERSION-linux-x86_64.tar.gz` (this build's
    /// binary) and its `.sha256`.
    static func releaseFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fidelint-install-\(UUID().uuidString)")
        let stage = dir.appendingPathComponent("stage/fidelint-0.1.0-linux-x86_64")
        try FileManager.default.createDirectory(at: stage, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("releases/v0.1.0"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLITests.binary, to: stage.appendingPathComponent("fidelint"))
        let r = try RobustnessCLITests.shell("""
            tar -C stage -czf releases/v0.1.0/fidelint-0.1.0-linux-x86_64.tar.gz fidelint-0.1.0-linux-x86_64 &&
            cd releases/v0.1.0 && sha256sum fidelint-0.1.0-linux-x86_64.tar.gz > fidelint-0.1.0-linux-x86_64.tar.gz.sha256
            """, in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        return dir
    }

    @Test func installsAndVerifiesTheChecksum() throws {
        let dir = try Self.releaseFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = Self.root.appendingPathComponent("install.sh").path
        let ok = try RobustnessCLITests.shell("sh '\(script)' --version v0.1.0 --prefix \"$PWD/prefix\" --base-url \"$PWD/releases\"", in: dir)
        #expect(ok.status == 0, "\(ok.stdout)\(ok.stderr)")
        #expect(ok.stdout.contains("fidelint 0.1.0 installed in"), "\(ok.stdout)")
        let version = try CLITests.run(["--version"], binary: dir.appendingPathComponent("prefix/bin/fidelint"))
        #expect(version.stdout == "0.1.0\n")

        // A tarball that does not match its checksum is refused and nothing is installed.
        let tar = dir.appendingPathComponent("releases/v0.1.0/fidelint-0.1.0-linux-x86_64.tar.gz")
        let handle = try FileHandle(forWritingTo: tar)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data([0]))
        try handle.close()
        let bad = try RobustnessCLITests.shell("sh '\(script)' --prefix \"$PWD/other\" --base-url \"$PWD/releases\"", in: dir)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("checksum mismatch"), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("other/bin/fidelint").path))

        // A version that is not there, and an unknown option.
        let missing = try RobustnessCLITests.shell("sh '\(script)' --version 9.9.9 --prefix \"$PWD/p2\" --base-url \"$PWD/releases\"", in: dir)
        #expect(missing.status == 1 && missing.stderr.contains("cannot get fidelint-9.9.9-linux-x86_64.tar.gz"), "\(missing.stderr)")
        let usage = try RobustnessCLITests.shell("sh '\(script)' --bogus", in: dir)
        #expect(usage.status == 2)
    }
}
