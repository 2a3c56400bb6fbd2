import FidelintCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What linting one file gave: its result (and its text, when reporters need it) or why it could
/// not be read.
enum Outcome: Sendable {
    case success(FileResult, String?)
    case failure(String)
}

/// Hands out the files to worker threads and passes their outcomes on in file order as soon as
/// each is ready, so no run holds every file's full result: an outcome waits only while a file
/// before it is still being linted (with `jobs` threads, at most a few). Workers take the next
/// index with `next()`, so a slow file never holds up the others.
final class Slots: @unchecked Sendable {
    private let lock = NSLock()
    private var cursor = 0
    private let count: Int
    private var nextOut = 0
    private var waiting: [Int: Outcome] = [:]
    private let deliver: (Int, Outcome) -> Void

    /// `deliver` is called for index 0, 1, 2, … in order, one call at a time (under a lock, from
    /// whichever worker completed the gap).
    init(count: Int, deliver: @escaping (Int, Outcome) -> Void) {
        self.count = count
        self.deliver = deliver
    }

    /// The next index to lint, or `nil` when all are taken.
    func next() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard cursor < count else { return nil }
        cursor += 1
        return cursor - 1
    }

    /// Records file `i`'s outcome and delivers every outcome now ready in order.
    func set(_ i: Int, _ outcome: Outcome) {
        lock.lock(); defer { lock.unlock() }
        waiting[i] = outcome
        while let ready = waiting.removeValue(forKey: nextOut) {
            deliver(nextOut, ready)
            nextOut += 1
        }
    }
}

/// `Progress` shared by worker threads.
final class SharedProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var progress: Progress
    private var done = 0
    private var findings = 0

    init(total: Int) {
        progress = Progress(total: total)
        progress.update(done: 0, findings: 0)
    }

    func advance(findings n: Int) {
        lock.lock(); defer { lock.unlock() }
        done += 1
        findings += n
        progress.update(done: done, findings: findings)
    }

    func finish() {
        lock.lock(); defer { lock.unlock() }
        progress.finish()
    }
}

/// `--cache DIR`: one file per linted file, named by a hash of its path, its bytes and everything
/// else that decides its findings (fidelint's version, the configuration, rule packs, registries,
/// options), holding its `FileResult` as JSON. A stale or unreadable entry is simply linted again.
struct ResultCache: Sendable {
    let directory: String

    /// The entry name for a file.
    static func key(path: String, bytes: [UInt8], setup: String) -> String {
        Fingerprint.hex(setup + "\u{0}" + path) + String(Fingerprint.fnv1a(bytes: bytes), radix: 16)
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

    func url(_ key: String) -> URL {
        URL(fileURLWithPath: directory).appendingPathComponent(String(key.prefix(2))).appendingPathComponent(key + ".json")
    }

    /// The cached result of the file at `path`, or `nil`: no entry, an unreadable one, or an
    /// entry that belongs to another file (copied or renamed into this key's place: its findings
    /// would be printed as this file's).
    func load(_ key: String, path: String) -> FileResult? {
        guard let bytes = FileCollector.readBytes(url(key).path),
              let result = try? JSONDecoder().decode(FileResult.self, from: Data(bytes)),
              result.path == path else { return nil }
        return result
    }

    /// Writes an entry (atomically, so a concurrent reader never sees half of it); a cache that
    /// cannot be written is skipped silently (it only costs speed).
    func save(_ result: FileResult, _ key: String) {
        let target = url(key)
        try? FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard let data = try? JSONEncoder().encode(result) else { return }
        try? data.write(to: target, options: .atomic)
    }
}
