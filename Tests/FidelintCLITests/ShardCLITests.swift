import Foundation
import Testing

/// Shards merged by `report` (duplicates across shards, with each file's severity and
/// suppressions), paths named twice or through links, directives inside code, and output files
/// spelled two ways.
@Suite struct ShardCLITests {
    static let story = """
    The harbour board voted on Tuesday to raise mooring fees by seven percent from January, after a year in which \
    repair costs for the old north quay rose sharply and two storms damaged the breakwater. Owners of boats under \
    eight metres will be exempt, and the board promised to spend the extra money on the quay, the slipway and new \
    lighting along the promenade before the summer season begins.
    """

    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fidelint-shard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("a"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent(".git"), withIntermediateDirectories: true)
        return dir
    }

    static func lines(_ s: String) -> [String] { s.split(separator: "\n").map(String.init) }

    @Test func mergedShardsEqualOneRunWithDuplicatesAcrossShards() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for i in 0..<12 {
            let text = i % 4 == 0 ? "Fees Rise\n\n" + Self.story.replacingOccurrences(of: "seven", with: i == 0 ? "seven" : "eight") + "\n"
                : "Story \(i)\n\nA different article number \(i) about the weather and the ferries.\n"
            try text.write(to: dir.appendingPathComponent("a/f\(i).txt"), atomically: true, encoding: .utf8)
        }
        let one = try CLITests.run(["check", "--fail-on", "never", "a"], in: dir)
        var shardFiles: [String] = []
        for k in 1...4 {
            _ = try CLITests.run(["check", "--shard", "\(k)/4", "--format", "json=s\(k).json", "--fail-on", "never", "a"], in: dir)
            shardFiles.append("s\(k).json")
        }
        let merged = try CLITests.run(["report", "--fail-on", "never"] + shardFiles, in: dir)
        #expect(Self.lines(merged.stdout).filter { $0.contains("[duplicate_article]") }.count == 3, "\(one.stdout)")
        #expect(merged.stdout == one.stdout, "merged:\n\(merged.stdout)\nunsharded:\n\(one.stdout)")
        // A SARIF shard keeps its own duplicate findings in a mixed merge.
        _ = try CLITests.run(["check", "--format", "sarif=all.sarif", "--fail-on", "never", "a"], in: dir)
        _ = try CLITests.run(["check", "--format", "json=x.json", "--fail-on", "never", "a/f1.txt"], in: dir)
        let mixed = try CLITests.run(["report", "--fail-on", "never", "x.json", "all.sarif"], in: dir)
        #expect(Self.lines(mixed.stdout).filter { $0.contains("[duplicate_article]") }.count == 3, "\(mixed.stdout)")
    }

    @Test func reportKeepsTheShardsSeverityAndSuppressions() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try ("Fees Rise\n\n" + Self.story + "\n").write(to: dir.appendingPathComponent("a/one.txt"), atomically: true, encoding: .utf8)
        try ("Fees Rise\n\n" + Self.story + "\n").write(to: dir.appendingPathComponent("a/two.txt"), atomically: true, encoding: .utf8)
        try "severity: {duplicate_article: note}\n".write(to: dir.appendingPathComponent(".fidelint.yml"), atomically: true, encoding: .utf8)
        var shards: [String] = []
        for k in 1...2 {
            _ = try CLITests.run(["check", "--shard", "\(k)/2", "--format", "json=s\(k).json", "a"], in: dir)
            shards.append("s\(k).json")
        }
        let r = try CLITests.run(["report"] + shards, in: dir)
        let dup = Self.lines(r.stdout).filter { $0.contains("[duplicate_article]") }
        // Either the pair fell in one shard or in two: a note either way, and the gate passes.
        #expect(dup.count == 1 && dup[0].contains(": note: "), "\(r.stdout)")
        #expect(r.status == 0)
    }

    @Test func pathsNamedTwiceLinksAndExplicitFiles() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try ("Fees Rise\n\n" + Self.story + "\nADVERTISEMENT\n").write(to: dir.appendingPathComponent("a/long.txt"), atomically: true, encoding: .utf8)
        let twice = try CLITests.run(["check", "a", "./a/long.txt", dir.appendingPathComponent("a/long.txt").path], in: dir)
        #expect(!twice.stdout.contains("[duplicate_article]") && twice.stdout.hasSuffix("in 1 file\n"), "\(twice.stdout)")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("a/gone.txt").path, withDestinationPath: "missing.txt")
        let broken = try CLITests.run(["check", "a"], in: dir)
        #expect(broken.status == 2 && broken.stderr.contains("a/gone.txt: broken symbolic link or link loop"), "\(broken.stderr)")
        try FileManager.default.removeItem(atPath: dir.appendingPathComponent("a/gone.txt").path)
        try "exclude: [\"a/**\"]\n".write(to: dir.appendingPathComponent(".fidelint.yml"), atomically: true, encoding: .utf8)
        #expect(try CLITests.run(["check", "a"], in: dir).stdout.hasSuffix("in 0 files\n"))
        // Named (as pre-commit names files): the exclude applies too (issue 17); --no-exclude lints it.
        #expect(try CLITests.run(["check", "a/long.txt"], in: dir).stdout.hasSuffix("in 0 files\n"))
        #expect(try CLITests.run(["check", "--no-exclude", "a/long.txt"], in: dir).stdout.hasSuffix("in 1 file\n"))
        let same = try CLITests.run(["check", "--format", "json=o.json", "--format", "sarif=./o.json", "a/long.txt"], in: dir)
        #expect(same.status == 2 && same.stderr.contains("both write to"), "\(same.stderr)")
    }

    @Test func directivesInsideCodeAreText() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "# Ferry\n\n```\n<!-- fidelint-disable-file -->\n```\n\nADVERTISEMENT\n".write(to: dir.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try "<h1>Ferry</h1><script>// <!-- fidelint-disable-file --></script>\n<p>ADVERTISEMENT</p>\n".write(to: dir.appendingPathComponent("b.html"), atomically: true, encoding: .utf8)
        let r = try CLITests.run(["check", "a.md", "b.html"], in: dir)
        #expect(Self.lines(r.stdout).filter { $0.hasSuffix("[ad_label]") }.count == 2, "\(r.stdout)")
    }
}
