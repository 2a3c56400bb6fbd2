import Foundation
import Testing

/// `--entities` and `--article-date` from the command line: the seed's stale office, a user's
/// registry, and a bad registry stopping the run with its file and line.
@Suite struct RegistryCLITests {
    @Test func articleDateGivesTheSeedsStaleOffice() throws {
        // ../shared/seed beside the package; skipped when absent.
        let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seed")
        guard let seed = try? FileManager.default.contentsOfDirectory(atPath: shared.path).first(where: { $0.hasSuffix(".txt") }) else { return }
        let path = shared.appendingPathComponent(seed).path
        let without = try CLITests.run(["check", path])
        #expect(!without.stdout.contains("[stale_office]"))
        let with = try CLITests.run(["check", "--article-date", "2025-09-15", path])
        let stale = with.stdout.split(separator: "\n").filter { $0.hasSuffix("[stale_office]") }
        #expect(stale.count == 1)
        #expect(stale.first?.contains(":8:1: error: “President Yoon Suk-yeol”: Yoon Suk-yeol held the office of President of South Korea from 2022-05-10 to 2025-04-04") == true)
        let conflict = with.stdout.split(separator: "\n").filter { $0.hasSuffix("[role_conflict]") }
        #expect(conflict.count == 1 && conflict[0].contains(":8:1: warning:"))
    }

    @Test func userRegistryFromTheCommandLine() throws {
        let dir = try CLITests.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        try """
        people:
          - {id: tomas-brill, name: Tomas Brill, source: "https://example.org/b", as_of: 2025-01-01}
        offices:
          - {id: mayor, titles: [Mayor], of: Norvessa, source: "https://example.org/m", as_of: 2025-01-01,
             holders: [{person: tomas-brill, until: 2024-04-30}]}
        """.write(to: dir.appendingPathComponent("newsroom.yml"), atomically: true, encoding: .utf8)
        try "Bridge Opens\n\nMayor Tomas Brill opened the bridge.\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let r = try CLITests.run(["check", "--entities", "newsroom.yml", "--article-date", "2025-02-01", "a.txt"], in: dir)
        #expect(r.status == 1)
        #expect(r.stdout.hasPrefix("a.txt:3:1: error: “Mayor Tomas Brill”: Tomas Brill held the office of Mayor of Norvessa from an unknown date to 2024-04-30"), "\(r.stdout)")
    }

    @Test func badRegistryExitsTwoWithFileAndLine() throws {
        let dir = try CLITests.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "people:\n  - id: x\n    name: X Y\n    source: https://example.org/x\n    as_of: yesterday\n"
            .write(to: dir.appendingPathComponent("bad.yml"), atomically: true, encoding: .utf8)
        let r = try CLITests.run(["check", "--entities", "bad.yml", "articles/ad.txt"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr == "fidelint: error: bad.yml:5: 'as_of' must be a date in the form YYYY-MM-DD, not 'yesterday'\n")
        let missing = try CLITests.run(["check", "--entities", "nope.yml", "articles/ad.txt"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.stderr == "fidelint: error: nope.yml: entity registry not found or not readable\n")
        // A folder, a binary file, Latin-1 text, an impossible date: exit 2, file and line.
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("registry"), withIntermediateDirectories: true)
        let folder = try CLITests.run(["check", "--entities", "registry", "articles/ad.txt"], in: dir)
        #expect(folder.status == 2 && folder.stderr == "fidelint: error: registry: is a folder; --entities takes a YAML file\n")
        try Data([0x00, 0xFF, 0xFE, 0x89, 0x50, 0x4E, 0x47]).write(to: dir.appendingPathComponent("bin.yml"))
        let binary = try CLITests.run(["check", "--entities", "bin.yml", "articles/ad.txt"], in: dir)
        #expect(binary.status == 2 && binary.stderr == "fidelint: error: bin.yml: cannot be read as UTF-8 text\n")
        try Data(Array("people:\n  - id: ana\n    name: Ana P".utf8) + [0xE9] + Array("trov\n".utf8))   // "é" in Latin-1
            .write(to: dir.appendingPathComponent("latin1.yml"))
        let latin1 = try CLITests.run(["check", "--entities", "latin1.yml", "articles/ad.txt"], in: dir)
        #expect(latin1.status == 2 && latin1.stderr == "fidelint: error: latin1.yml: cannot be read as UTF-8 text\n")
        try "people:\n  - id: x\n    name: X Y\n    source: https://example.org/x\n    as_of: 2025-02-30\n"
            .write(to: dir.appendingPathComponent("feb.yml"), atomically: true, encoding: .utf8)
        let feb = try CLITests.run(["check", "--entities", "feb.yml", "articles/ad.txt"], in: dir)
        #expect(feb.status == 2 && feb.stderr == "fidelint: error: feb.yml:5: 'as_of' must be a date in the form YYYY-MM-DD, not '2025-02-30'\n")
    }
}

/// `--site-domain` and `--sources` from the command line.
@Suite struct SourceOptionsCLITests {
    @Test func siteDomainAndUserSourceRegistry() throws {
        let dir = try CLITests.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Exports\n\nExports fell, according to the Daily Ledger (https://www.harbourtimes.example/old).\n"
            .write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let plain = try CLITests.run(["check", "a.txt"], in: dir)
        #expect(plain.status == 0 && plain.stdout == "0 findings (0 errors, 0 warnings, 0 notes) in 1 file\n")
        let site = try CLITests.run(["check", "--site-domain", "harbourtimes.example", "a.txt"], in: dir)
        #expect(site.status == 1)
        #expect(site.stdout.contains("a.txt:3:15: warning: The link given for “Daily Ledger” goes to this site (harbourtimes.example), not to the source [self_source_link]"), "\(site.stdout)")
        try "sources:\n  - {id: ledger, name: Daily Ledger, domains: [dailyledger.example], source: \"https://dailyledger.example/\", as_of: 2025-01-01}\n"
            .write(to: dir.appendingPathComponent("outlets.yml"), atomically: true, encoding: .utf8)
        let registry = try CLITests.run(["check", "--sources", "outlets.yml", "a.txt"], in: dir)
        #expect(registry.stdout.contains("a.txt:3:15: warning: “Daily Ledger” is named as the source, but the link goes to harbourtimes.example, not dailyledger.example [source_domain_mismatch]"), "\(registry.stdout)")
        let bad = try CLITests.run(["check", "--site-domain", "https://harbourtimes.example/", "a.txt"], in: dir)
        #expect(bad.status == 2 && bad.stderr.contains("--site-domain must be a host name"))
        for odd in ["harbourtimes.example:443", ".", "*.harbourtimes.example", "harbourtimes.example.", "a..b", "localhost"] {
            let r = try CLITests.run(["check", "--site-domain", odd, "a.txt"], in: dir)
            #expect(r.status == 2 && r.stderr.contains("--site-domain must be a host name such as harbourtimes.example, not '\(odd)'"), "\(odd): \(r.stderr)")
        }
        let upper = try CLITests.run(["check", "--site-domain", "WWW.HarbourTimes.Example", "a.txt"], in: dir)
        #expect(upper.status == 1 && upper.stdout.contains("[self_source_link]"))
        try "sources: [\n".write(to: dir.appendingPathComponent("broken.yml"), atomically: true, encoding: .utf8)
        let broken = try CLITests.run(["check", "--sources", "broken.yml", "a.txt"], in: dir)
        #expect(broken.status == 2 && broken.stderr.hasPrefix("fidelint: error: broken.yml:"), "\(broken.stderr)")
        let folder = try CLITests.run(["check", "--sources", "articles", "a.txt"], in: dir)
        #expect(folder.status == 2 && folder.stderr == "fidelint: error: articles: source registry not found or not readable\n")
    }
}
