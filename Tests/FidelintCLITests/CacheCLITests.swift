import CSQLite
import Foundation
import Testing

/// `--cache`: one SQLite database shared by runs (issue 16). Every test compares the cached run's
/// whole output with a run without the cache: a cache changes how fast findings come, never which.
@Suite(.serialized) struct CacheCLITests {
    /// A folder with three articles: two with findings, one clean.
    static func workspace() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fidelint-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("a"), withIntermediateDirectories: true)
        try "Tram fares stay flat.\nADVERTISEMENT\nRidership grew.\n".write(to: dir.appendingPathComponent("a/ad.txt"), atomically: true, encoding: .utf8)
        try "Certainly! Here's the completed version of your table:\n\nThe council met.\n".write(to: dir.appendingPathComponent("a/preamble.txt"), atomically: true, encoding: .utf8)
        try "Bus fares rise on Monday.\n".write(to: dir.appendingPathComponent("a/clean.txt"), atomically: true, encoding: .utf8)
        return dir
    }

    /// Runs one SQL query on the database at `path` and returns its rows (every column as text).
    static func query(_ path: String, _ sql: String) -> [[String]] {
        var db: OpaquePointer?
        guard sqlite3_open(path, &db) == SQLITE_OK else { return [] }
        defer { sqlite3_close(db) }
        var rows: [[String]] = []
        var s: OpaquePointer?
        for statement in sql.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) }) where !statement.isEmpty {
            guard sqlite3_prepare_v2(db, statement, -1, &s, nil) == SQLITE_OK else { return [["error: " + String(cString: sqlite3_errmsg(db))]] }
            while sqlite3_step(s) == SQLITE_ROW {
                rows.append((0..<sqlite3_column_count(s)).map { i in sqlite3_column_text(s, i).map { String(cString: $0) } ?? "" })
            }
            sqlite3_finalize(s)
        }
        return rows
    }

    static func check(_ dir: URL, _ extra: [String] = []) throws -> CLITests.Output {
        try CLITests.run(["check", "--format", "json"] + extra + ["a"], in: dir)
    }

    @Test func secondRunReadsTheCacheWithTheSameOutput() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plain = try Self.check(dir)
        #expect(plain.status == 1)
        let first = try Self.check(dir, ["--cache", "c.sqlite"])
        #expect(first.stdout == plain.stdout)
        #expect(first.stderr.isEmpty, "\(first.stderr)")
        let db = dir.appendingPathComponent("c.sqlite").path
        let head = try #require(FileManager.default.contents(atPath: db))
        #expect(head.prefix(16) == Data("SQLite format 3\u{0}".utf8))
        #expect(Self.query(db, "PRAGMA application_id") == [["\(0x4644_4C54)"]])
        #expect(Self.query(db, "PRAGMA journal_mode") == [["wal"]])
        #expect(Self.query(db, "SELECT count(*) FROM entries") == [["3"]])
        #expect(Self.query(db, "SELECT path FROM entries ORDER BY path") == [["a/ad.txt"], ["a/clean.txt"], ["a/preamble.txt"]])
        // No per-file JSON files any more: the folder holds the articles and the database.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { !$0.hasPrefix("c.sqlite") }.sorted() == ["a"])
        let second = try Self.check(dir, ["--cache", "c.sqlite"])
        #expect(second.stdout == plain.stdout)
        // A changed file is linted again: its new finding shows, and it gets a new entry.
        try "Tram fares stay flat.\nRidership grew.\n".write(to: dir.appendingPathComponent("a/ad.txt"), atomically: true, encoding: .utf8)
        let changed = try Self.check(dir, ["--cache", "c.sqlite"])
        #expect(changed.stdout == (try Self.check(dir)).stdout)
        #expect(plain.stdout.contains("\"ruleId\" : \"ad_label\""))
        #expect(!changed.stdout.contains("\"ruleId\" : \"ad_label\""))
        #expect(Self.query(db, "SELECT count(*) FROM entries") == [["4"]])
        // A folder given to --cache holds the database as fidelint-cache.sqlite.
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("folder"), withIntermediateDirectories: true)
        #expect(try Self.check(dir, ["--cache", "folder"]).stdout == changed.stdout)
        #expect(Self.query(dir.appendingPathComponent("folder/fidelint-cache.sqlite").path, "SELECT count(*) FROM entries") == [["3"]])
    }

    /// A file that is not SQLite at all: a warning, the file moved aside, a new cache, right findings.
    @Test func corruptFileIsMovedAsideAndRebuilt() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plain = try Self.check(dir)
        try "this is not a database\n".write(to: dir.appendingPathComponent("c.sqlite"), atomically: true, encoding: .utf8)
        let r = try Self.check(dir, ["--cache", "c.sqlite"])
        #expect(r.stdout == plain.stdout)
        #expect(r.stderr.contains("fidelint: warning: --cache c.sqlite: the file is not a fidelint cache (not an SQLite database); moved to c.sqlite.bad, building a new cache"), "\(r.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("c.sqlite.bad"), encoding: .utf8) == "this is not a database\n")
        #expect(Self.query(dir.appendingPathComponent("c.sqlite").path, "SELECT count(*) FROM entries") == [["3"]])
        let again = try Self.check(dir, ["--cache", "c.sqlite"])
        #expect(again.stdout == plain.stdout)
        #expect(again.stderr.isEmpty, "\(again.stderr)")
    }

    /// Another program's SQLite database is kept (moved aside), never emptied.
    @Test func foreignDatabaseIsMovedAsideAndRebuilt() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plain = try Self.check(dir)
        let db = dir.appendingPathComponent("c.sqlite").path
        _ = Self.query(db, "CREATE TABLE notes(body TEXT); INSERT INTO notes VALUES ('keep me')")
        let r = try Self.check(dir, ["--cache", "c.sqlite"])
        #expect(r.stdout == plain.stdout)
        #expect(r.stderr.contains("the file is another program's SQLite database, not a fidelint cache; moved to c.sqlite.bad"), "\(r.stderr)")
        #expect(Self.query(db + ".bad", "SELECT body FROM notes") == [["keep me"]])
        #expect(Self.query(db, "SELECT count(*) FROM entries") == [["3"]])
    }

    /// A cache of an older schema (fidelint's application id, another user_version) is rebuilt.
    @Test func olderSchemaIsRebuilt() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plain = try Self.check(dir)
        let db = dir.appendingPathComponent("c.sqlite").path
        _ = Self.query(db, """
            PRAGMA application_id=\(0x4644_4C54); PRAGMA user_version=1;
            CREATE TABLE entries(key TEXT PRIMARY KEY, json TEXT); INSERT INTO entries VALUES ('x', '{}')
            """)
        let r = try Self.check(dir, ["--cache", "c.sqlite"])
        #expect(r.stdout == plain.stdout)
        #expect(r.stderr.contains("a cache of another fidelint version (schema 1); building a new one"), "\(r.stderr)")
        #expect(Self.query(db, "PRAGMA user_version") == [["2"]])
        #expect(Self.query(db, "SELECT count(*) FROM entries") == [["3"]])
        #expect(try Self.check(dir, ["--cache", "c.sqlite"]).stderr.isEmpty)
    }

    /// Damaged pages inside a valid header: SQLite reports corruption during the run; every file
    /// is linted, and the next run starts a new cache.
    @Test func damagedPagesNeverGiveWrongFindings() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plain = try Self.check(dir)
        #expect(try Self.check(dir, ["--cache", "c.sqlite"]).stdout == plain.stdout)
        let url = dir.appendingPathComponent("c.sqlite")
        var bytes = try [UInt8](Data(contentsOf: url))
        #expect(bytes.count > 4096)
        for i in 4096..<bytes.count { bytes[i] = 0xFF }
        try Data(bytes).write(to: url)
        let r = try Self.check(dir, ["--cache", "c.sqlite"])
        #expect(r.stdout == plain.stdout)
        #expect(r.stderr.contains("--cache c.sqlite: the file is damaged"), "\(r.stderr)")
        let next = try Self.check(dir, ["--cache", "c.sqlite"])
        #expect(next.stdout == plain.stdout)
        #expect(Self.query(url.path, "SELECT count(*) FROM entries") == [["3"]])
    }

    /// An entry whose stored result was changed (a flipped line number) or that holds another
    /// file's result is not used.
    @Test func alteredEntriesAreLintedAgain() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plain = try Self.check(dir)
        #expect(try Self.check(dir, ["--cache", "c.sqlite"]).stdout == plain.stdout)
        let db = dir.appendingPathComponent("c.sqlite").path
        // Every entry now holds ad.txt's result, path and checksum.
        _ = Self.query(db, """
            UPDATE entries SET result = (SELECT result FROM entries WHERE path = 'a/ad.txt'),
              checksum = (SELECT checksum FROM entries WHERE path = 'a/ad.txt'), path = 'a/ad.txt'
            """)
        #expect(try Self.check(dir, ["--cache", "c.sqlite"]).stdout == plain.stdout)
        // A line number changed inside the JSON, the checksum left as it was.
        _ = Self.query(db, "UPDATE entries SET result = replace(CAST(result AS TEXT), '\"line\":2', '\"line\":3')")
        #expect(Self.query(db, "SELECT count(*) FROM entries WHERE CAST(result AS TEXT) LIKE '%\"line\":3%'") != [["0"]])
        #expect(try Self.check(dir, ["--cache", "c.sqlite"]).stdout == plain.stdout)
    }

    /// Entries unused for --cache-max-age days go, then the oldest while the entries exceed
    /// --cache-max-size.
    @Test func oldAndExcessEntriesArePruned() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try Self.check(dir, ["--cache", "c.sqlite"]).status == 1)
        let db = dir.appendingPathComponent("c.sqlite").path
        let now = Int(Date().timeIntervalSince1970)
        // ad.txt's entry unused for 10 days; a large entry (2 MB) unused for one day.
        _ = Self.query(db, """
            UPDATE entries SET used = \(now - 10 * 86_400) WHERE path = 'a/ad.txt';
            INSERT INTO entries VALUES ('big', 'a/gone.txt', x'7b7d', x'', 0, 2000000, \(now - 86_400));
            UPDATE meta SET value = 0 WHERE name = 'pruned'
            """)
        #expect(Self.query(db, "SELECT count(*) FROM entries") == [["4"]])
        // Within both limits: nothing goes (ad.txt's entry is read again and kept).
        _ = try Self.check(dir, ["--cache", "c.sqlite"])
        #expect(Self.query(db, "SELECT count(*) FROM entries") == [["4"]])
        _ = Self.query(db, "UPDATE entries SET used = \(now - 10 * 86_400) WHERE path = 'a/ad.txt'; UPDATE meta SET value = 0 WHERE name = 'pruned'")
        // 1 MB at most: the big entry, the least recently used but for ad.txt, is dropped.
        // A week at most: ad.txt's entry is old, but it is read in this run (its use refreshed
        // first), so it stays.
        _ = try Self.check(dir, ["--cache", "c.sqlite", "--cache-max-size", "1", "--cache-max-age", "7"])
        #expect(Self.query(db, "SELECT path FROM entries ORDER BY path") == [["a/ad.txt"], ["a/clean.txt"], ["a/preamble.txt"]])
        // An entry of a file not in the run, unused for 8 days with a 7-day limit, goes.
        _ = Self.query(db, "UPDATE entries SET used = \(now - 8 * 86_400) WHERE path = 'a/clean.txt'; UPDATE meta SET value = 0 WHERE name = 'pruned'")
        _ = try CLITests.run(["check", "--cache", "c.sqlite", "--cache-max-age", "7", "a/ad.txt"], in: dir)
        #expect(Self.query(db, "SELECT path FROM entries ORDER BY path") == [["a/ad.txt"], ["a/preamble.txt"]])
        let bad = try CLITests.run(["check", "--cache", "c.sqlite", "--cache-max-age", "0", "a"], in: dir)
        #expect(bad.status == 64 || bad.status == 2)
        #expect(bad.stderr.contains("--cache-max-age must be a whole number of days, 1 or more"), "\(bad.stderr)")
    }

    /// Two runs at once on one cache: both finish with the right findings, no warning, and the
    /// cache holds every file once.
    @Test func concurrentRunsShareOneCache() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        for i in 0..<300 {
            let text = i % 3 == 0 ? "Tram fares stay flat.\nADVERTISEMENT\nRidership grew by \(i) percent.\n"
                : "Bus fares rise by \(i) cents on Monday, the council said.\n"
            try text.write(to: dir.appendingPathComponent("a/n\(i).txt"), atomically: true, encoding: .utf8)
        }
        let plain = try Self.check(dir)
        let binary = CLITests.binary
        var outputs: [String] = []
        var errors: [String] = []
        var processes: [(Process, Pipe, Pipe)] = []
        for _ in 0..<2 {
            let p = Process()
            p.executableURL = binary
            p.arguments = ["check", "--format", "json", "--jobs", "2", "--cache", "c.sqlite", "a"]
            p.currentDirectoryURL = dir
            let out = Pipe(), err = Pipe()
            p.standardOutput = out
            p.standardError = err
            try p.run()
            processes.append((p, out, err))
        }
        for (p, out, err) in processes {
            let o = out.fileHandleForReading.readDataToEndOfFile()
            let e = err.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            outputs.append(String(decoding: o, as: UTF8.self))
            errors.append(String(decoding: e, as: UTF8.self))
        }
        #expect(outputs == [plain.stdout, plain.stdout])
        #expect(errors == ["", ""])
        #expect(Self.query(dir.appendingPathComponent("c.sqlite").path, "SELECT count(*) FROM entries") == [["303"]])
        #expect(try Self.check(dir, ["--cache", "c.sqlite"]).stdout == plain.stdout)
    }
}
