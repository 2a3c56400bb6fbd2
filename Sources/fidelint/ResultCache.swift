import CSQLite
import FidelintCore
import Foundation

/// `--cache PATH`: every linted file's result in one SQLite database (PATH, or
/// `PATH/fidelint-cache.sqlite` when PATH is an existing folder), keyed by a hash of the file's
/// path, its bytes (FNV-1a and length) and everything else that decides its findings (fidelint's
/// version, the configuration, rule packs, registries, options).
///
/// - Concurrent runs share the file safely: write-ahead logging, a busy timeout of
///   `busyTimeoutMilliseconds`, and results written in batches of `batchSize` per transaction.
/// - Entries unused for `maxAgeDays` days are deleted, then the least recently used ones while
///   the entries take more than `maxBytes` (checked at most once an hour per database, and
///   whenever a run added entries).
/// - A file that is not a fidelint cache (not SQLite, another program's database, a damaged
///   one) gives a warning and is moved aside to `PATH.bad`, and a new cache is built; a cache of
///   another schema version is emptied and rebuilt. An entry whose checksum, path or JSON does
///   not match is linted again. Damage found during a run (SQLite's `SQLITE_CORRUPT`) stops the
///   cache for the run (every remaining file is linted) and the file is moved aside at its end.
///   A cache never changes a finding, only how fast it is found.
final class ResultCache: @unchecked Sendable {
    /// The database's `application_id` ("FDLT"): tells a fidelint cache from other SQLite files.
    static let applicationID: Int32 = 0x4644_4C54
    /// The schema version (`user_version`); a cache of another version is emptied.
    static let schemaVersion: Int32 = 2
    /// Results written per transaction.
    static let batchSize = 256
    /// How long a run waits for another run's write lock before skipping the write, in ms.
    static let busyTimeoutMilliseconds: Int32 = 10_000
    /// The database's file name inside a folder given to `--cache`.
    static let fileName = "fidelint-cache.sqlite"

    /// The database file.
    let path: String
    let maxAgeDays: Int
    let maxBytes: Int64
    private var db: OpaquePointer?
    private var selectStatement: OpaquePointer?
    private var insertStatement: OpaquePointer?
    private var touchStatement: OpaquePointer?
    private let lock = NSLock()
    /// Entries waiting for the next transaction: key, path, JSON, signature, checksum.
    private var pending: [(key: String, path: String, json: [UInt8], signature: [UInt8], check: Int64)] = []
    /// Keys of hits whose last use is more than a day old (their `used` time is refreshed).
    private var touched: [String] = []
    private var wrote = false
    /// Set when SQLite reported damage during the run: the cache is not used any more.
    private var broken = false
    private let now = Int64(Date().timeIntervalSince1970)

    /// The database path for `--cache PATH`: PATH itself, or the database inside PATH when PATH is
    /// an existing folder (the folder the per-file JSON cache of earlier versions used).
    static func databasePath(for option: String) -> String {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: option, isDirectory: &isDir), isDir.boolValue {
            return (option as NSString).appendingPathComponent(fileName)
        }
        return option
    }

    /// Opens (or creates) the cache; `nil` after a warning when it cannot be used at all (a folder
    /// that cannot be written, for example): the run then lints without a cache.
    init?(option: String, maxAgeDays: Int, maxSizeMB: Int) {
        path = Self.databasePath(for: option)
        self.maxAgeDays = maxAgeDays
        self.maxBytes = Int64(maxSizeMB) * 1_000_000
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty { try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) }
        switch open() {
        case .ready: return
        case let .unusable(reason):
            close()
            StandardError.write("fidelint: warning: --cache \(option): \(reason); results are not cached\n")
            return nil
        case let .invalid(reason):
            close()
            let aside = path + ".bad"
            try? FileManager.default.removeItem(atPath: aside)
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            do { try FileManager.default.moveItem(atPath: path, toPath: aside) } catch {
                StandardError.write("fidelint: warning: --cache \(option): \(reason), and it cannot be moved aside; results are not cached\n")
                return nil
            }
            StandardError.write("fidelint: warning: --cache \(option): \(reason); moved to \(aside), building a new cache\n")
            if case .ready = open() { return }
            close()
            StandardError.write("fidelint: warning: --cache \(option): a new cache cannot be created; results are not cached\n")
            return nil
        }
    }

    deinit { close() }

    private enum OpenResult { case ready, unusable(String), invalid(String) }

    /// Opens the database and checks that it is a fidelint cache of this schema.
    private func open() -> OpenResult {
        // Not SQLite at all (checked before SQLite reads it: a text file is "not a database" only
        // on the first query, and an empty file is a valid empty database).
        if let handle = FileHandle(forReadingAtPath: path) {
            let head = handle.readData(ofLength: 16)
            try? handle.close()
            if !head.isEmpty, Array(head) != Array("SQLite format 3\u{0}".utf8) { return .invalid("the file is not a fidelint cache (not an SQLite database)") }
        }
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK else {
            return .unusable("the database cannot be opened (\(message()))")
        }
        sqlite3_busy_timeout(db, Self.busyTimeoutMilliseconds)
        guard let appID = intPragma("application_id"), let version = intPragma("user_version"),
              let tables = count("SELECT count(*) FROM sqlite_master") else {
            let code = sqlite3_errcode(db)
            if code == SQLITE_NOTADB || code == SQLITE_CORRUPT { return .invalid("the file is damaged (\(message()))") }
            return .unusable("the database cannot be read (\(message()))")
        }
        if appID != Self.applicationID && (appID != 0 || tables > 0) {
            return .invalid("the file is another program's SQLite database, not a fidelint cache")
        }
        // WAL for concurrent readers and one writer; NORMAL: a commit is not synced (a crash can
        // lose the last results, never damage the file).
        _ = exec("PRAGMA journal_mode=WAL")
        _ = exec("PRAGMA synchronous=NORMAL")
        if appID != Self.applicationID || version != Self.schemaVersion {
            if appID == Self.applicationID {
                StandardError.write("fidelint: warning: --cache \(path): a cache of another fidelint version (schema \(version)); building a new one\n")
            }
            let created = exec("BEGIN IMMEDIATE") && {
                // Another run may have created it meanwhile.
                if intPragma("application_id") == Self.applicationID, intPragma("user_version") == Self.schemaVersion { return true }
                return exec("PRAGMA auto_vacuum=INCREMENTAL")
                    && exec("DROP TABLE IF EXISTS entries") && exec("DROP TABLE IF EXISTS meta")
                    && exec("""
                        CREATE TABLE entries(key TEXT PRIMARY KEY, path TEXT NOT NULL, result BLOB NOT NULL,
                          signature BLOB NOT NULL, checksum INTEGER NOT NULL, size INTEGER NOT NULL, used INTEGER NOT NULL) WITHOUT ROWID
                        """)
                    && exec("CREATE INDEX entries_used ON entries(used)")
                    && exec("CREATE TABLE meta(name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID")
                    && exec("PRAGMA application_id=\(Self.applicationID)") && exec("PRAGMA user_version=\(Self.schemaVersion)")
            }() && exec("COMMIT")
            guard created else {
                _ = exec("ROLLBACK")
                if sqlite3_errcode(db) == SQLITE_CORRUPT || sqlite3_errcode(db) == SQLITE_NOTADB { return .invalid("the file is damaged (\(message()))") }
                return .unusable("the cache cannot be created (\(message()))")
            }
        }
        guard let s = prepare("SELECT path, result, signature, checksum, used FROM entries WHERE key = ?"),
              let i = prepare("INSERT OR REPLACE INTO entries(key, path, result, signature, checksum, size, used) VALUES (?, ?, ?, ?, ?, ?, ?)"),
              let t = prepare("UPDATE entries SET used = ? WHERE key = ?") else {
            if sqlite3_errcode(db) == SQLITE_CORRUPT || sqlite3_errcode(db) == SQLITE_NOTADB { return .invalid("the file is damaged (\(message()))") }
            return .invalid("the file does not hold a fidelint cache's tables (\(message()))")
        }
        selectStatement = s; insertStatement = i; touchStatement = t
        return .ready
    }

    private func close() {
        for s in [selectStatement, insertStatement, touchStatement] where s != nil { sqlite3_finalize(s) }
        selectStatement = nil; insertStatement = nil; touchStatement = nil
        if db != nil { sqlite3_close_v2(db) }
        db = nil
    }

    private func message() -> String { db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory" }

    private func exec(_ sql: String) -> Bool { sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK }

    private func prepare(_ sql: String) -> OpaquePointer? {
        var s: OpaquePointer?
        guard sqlite3_prepare_v3(db, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &s, nil) == SQLITE_OK else { return nil }
        return s
    }

    private func count(_ sql: String) -> Int64? {
        guard let s = prepare(sql) else { return nil }
        defer { sqlite3_finalize(s) }
        return sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : nil
    }

    private func intPragma(_ name: String) -> Int32? { count("PRAGMA " + name).map { Int32(truncatingIfNeeded: $0) } }

    /// SQLITE_TRANSIENT: SQLite copies a bound value.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Notes damage found during the run (once).
    private func damaged(_ code: Int32) {
        guard code == SQLITE_CORRUPT || code == SQLITE_NOTADB, !broken else { return }
        broken = true
        StandardError.write("fidelint: warning: --cache \(path): the file is damaged (\(message())); the remaining files are linted without it and the cache is rebuilt\n")
    }

    /// The entry key of a file: its path and setup, and its bytes' hash and length.
    static func key(path: String, bytes: [UInt8], setup: String) -> String {
        Fingerprint.hex(setup + "\u{0}" + path) + String(Fingerprint.fnv1a(bytes: bytes), radix: 16) + ":" + String(bytes.count)
    }

    /// A hash of the contents of `paths` (files, or folders of YAML files), for the setup key.
    static func contentHash(_ paths: [String]) -> String {
        var parts: [String] = []
        let fm = FileManager.default
        for path in paths where !path.isEmpty {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { parts.append(path + ":missing"); continue }
            var files = [path]
            if isDir.boolValue {
                files = ((fm.enumerator(atPath: path)?.allObjects as? [String]) ?? []).sorted().map { (path as NSString).appendingPathComponent($0) }
            }
            for f in files {
                let data = fm.contents(atPath: f).map { Array($0) } ?? []
                parts.append(f + ":" + String(Fingerprint.fnv1a(bytes: data), radix: 16))
            }
        }
        return Fingerprint.hex(parts.joined(separator: "\n"))
    }

    /// The checksum stored with an entry: FNV-1a of its JSON and signature bytes.
    private static func checksum(_ json: [UInt8], _ signature: [UInt8]) -> Int64 {
        Int64(bitPattern: Fingerprint.fnv1a(bytes: json) ^ (Fingerprint.fnv1a(bytes: signature) &* 31))
    }

    /// The cached result of the file at `path`, or `nil`: no entry, a damaged one (checksum, JSON),
    /// or an entry that belongs to another file (its findings would be printed as this file's).
    func load(_ key: String, path: String) -> FileResult? {
        lock.lock()
        guard !broken, let s = selectStatement else { lock.unlock(); return nil }
        sqlite3_bind_text(s, 1, key, -1, Self.transient)
        let code = sqlite3_step(s)
        guard code == SQLITE_ROW else {
            sqlite3_reset(s)
            damaged(code)
            lock.unlock()
            return nil
        }
        let storedPath = sqlite3_column_text(s, 0).map { String(cString: $0) } ?? ""
        let json = Self.blob(s, 1), signature = Self.blob(s, 2)
        let check = sqlite3_column_int64(s, 3), used = sqlite3_column_int64(s, 4)
        sqlite3_reset(s)
        if now - used > 86_400 { touched.append(key) }
        lock.unlock()
        guard storedPath == path, check == Self.checksum(json, signature),
              var result = try? JSONDecoder().decode(FileResult.self, from: Data(json)), result.path == path else { return nil }
        if !signature.isEmpty {
            guard let sig = Self.decodeSignature(signature, path: path) else { return nil }
            result.signature = sig
        }
        return result
    }

    private static func blob(_ s: OpaquePointer, _ column: Int32) -> [UInt8] {
        let n = Int(sqlite3_column_bytes(s, column))
        guard n > 0, let p = sqlite3_column_blob(s, column) else { return [] }
        return Array(UnsafeRawBufferPointer(start: p, count: n))
    }

    /// Queues an entry; every `batchSize` entries are written in one transaction. A cache that
    /// cannot be written is skipped silently (it only costs speed).
    func save(_ result: FileResult, _ key: String) {
        var stripped = result
        stripped.signature = nil
        guard let json = try? JSONEncoder().encode(stripped) else { return }
        let signature = result.signature.map(Self.encodeSignature) ?? []
        let bytes = Array(json)
        let entry = (key: key, path: result.path, json: bytes, signature: signature, check: Self.checksum(bytes, signature))
        lock.lock(); defer { lock.unlock() }
        guard !broken else { return }
        pending.append(entry)
        if pending.count >= Self.batchSize { flush() }
    }

    /// Writes the queued entries and refreshed use times (the lock held).
    private func flush() {
        guard !pending.isEmpty || !touched.isEmpty, !broken, let ins = insertStatement, let touch = touchStatement else { return }
        guard exec("BEGIN IMMEDIATE") else { damaged(sqlite3_errcode(db)); pending = []; touched = []; return }
        var ok = true
        for e in pending where ok {
            sqlite3_bind_text(ins, 1, e.key, -1, Self.transient)
            sqlite3_bind_text(ins, 2, e.path, -1, Self.transient)
            e.json.withUnsafeBytes { _ = sqlite3_bind_blob(ins, 3, $0.baseAddress, Int32($0.count), Self.transient) }
            e.signature.withUnsafeBytes { _ = sqlite3_bind_blob(ins, 4, $0.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32($0.count), Self.transient) }
            sqlite3_bind_int64(ins, 5, e.check)
            sqlite3_bind_int64(ins, 6, Int64(e.key.utf8.count + e.path.utf8.count + e.json.count + e.signature.count + 40))
            sqlite3_bind_int64(ins, 7, now)
            let code = sqlite3_step(ins)
            sqlite3_reset(ins)
            if code != SQLITE_DONE { ok = false; damaged(code) }
        }
        for key in touched where ok {
            sqlite3_bind_int64(touch, 1, now)
            sqlite3_bind_text(touch, 2, key, -1, Self.transient)
            let code = sqlite3_step(touch)
            sqlite3_reset(touch)
            if code != SQLITE_DONE { ok = false; damaged(code) }
        }
        if !pending.isEmpty { wrote = true }
        pending = []; touched = []
        if !(ok && exec("COMMIT")) { _ = exec("ROLLBACK"); damaged(sqlite3_errcode(db)) }
    }

    /// Writes what is queued, prunes old entries and closes the database; a damaged cache is moved
    /// aside so that the next run builds a new one.
    func finish() {
        lock.lock(); defer { lock.unlock() }
        flush()
        if !broken { prune() }
        close()
        if broken {
            let aside = path + ".bad"
            try? FileManager.default.removeItem(atPath: aside)
            try? FileManager.default.moveItem(atPath: path, toPath: aside)
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
    }

    /// Deletes entries unused for `maxAgeDays`, then the least recently used ones while the
    /// entries take more than `maxBytes`: after a run that wrote, or when the last pruning is
    /// more than an hour old.
    private func prune() {
        let last = count("SELECT value FROM meta WHERE name = 'pruned'") ?? 0
        guard wrote || now - last > 3_600 else { return }
        guard exec("BEGIN IMMEDIATE") else { return }
        var ok = exec("DELETE FROM entries WHERE used < \(now - Int64(maxAgeDays) * 86_400)")
        if ok, let total = count("SELECT coalesce(sum(size), 0) FROM entries"), total > maxBytes, let s = prepare("SELECT key, size FROM entries ORDER BY used, key") {
            var excess = total - maxBytes
            var doomed: [String] = []
            while excess > 0, sqlite3_step(s) == SQLITE_ROW {
                doomed.append(sqlite3_column_text(s, 0).map { String(cString: $0) } ?? "")
                excess -= sqlite3_column_int64(s, 1)
            }
            sqlite3_finalize(s)
            if let d = prepare("DELETE FROM entries WHERE key = ?") {
                for key in doomed where ok {
                    sqlite3_bind_text(d, 1, key, -1, Self.transient)
                    ok = sqlite3_step(d) == SQLITE_DONE
                    sqlite3_reset(d)
                }
                sqlite3_finalize(d)
            }
        }
        ok = ok && exec("INSERT OR REPLACE INTO meta(name, value) VALUES ('pruned', \(now))")
        if ok && exec("COMMIT") { _ = exec("PRAGMA incremental_vacuum") } else { _ = exec("ROLLBACK") }
    }

    /// A signature as bytes: the number of minima (32 bits, little endian), the 16-bit minima
    /// (little endian), then the path, word count and anchor as JSON.
    static func encodeSignature(_ s: ArticleSignature) -> [UInt8] {
        guard let json = try? JSONEncoder().encode(SignatureRest(path: s.path, wordCount: s.wordCount, anchor: s.anchor, anchorText: s.anchorText)) else { return [] }
        var out: [UInt8] = []
        out.reserveCapacity(4 + s.minHashes.count * 2 + json.count)
        let n = UInt32(s.minHashes.count)
        for i in 0..<4 { out.append(UInt8(truncatingIfNeeded: n >> (8 * UInt32(i)))) }
        for h in s.minHashes { out.append(UInt8(truncatingIfNeeded: h)); out.append(UInt8(truncatingIfNeeded: h >> 8)) }
        out.append(contentsOf: json)
        return out
    }

    /// The signature `encodeSignature` wrote, or `nil` when the bytes are damaged or name another path.
    static func decodeSignature(_ bytes: [UInt8], path: String) -> ArticleSignature? {
        guard bytes.count >= 4 else { return nil }
        let n = Int(bytes[0]) | Int(bytes[1]) << 8 | Int(bytes[2]) << 16 | Int(bytes[3]) << 24
        guard bytes.count >= 4 + 2 * n else { return nil }
        var hashes = [UInt16](repeating: 0, count: n)
        for i in 0..<n { hashes[i] = UInt16(bytes[4 + 2 * i]) | UInt16(bytes[5 + 2 * i]) << 8 }
        guard let rest = try? JSONDecoder().decode(SignatureRest.self, from: Data(bytes[(4 + 2 * n)...])), rest.path == path else { return nil }
        return ArticleSignature(path: rest.path, minHashes: hashes, wordCount: rest.wordCount, anchor: rest.anchor, anchorText: rest.anchorText)
    }

    private struct SignatureRest: Codable {
        var path: String
        var wordCount: Int
        var anchor: Location
        var anchorText: String
    }
}
