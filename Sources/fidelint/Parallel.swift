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
