import CFidelintGuard
import Foundation

/// The per-thread record of what a linting thread is doing, for supervised runs (issue 15,
/// point 4): should a reader or rule trap, the signal handler of `CFidelintGuard` writes the
/// thread's file (a job index) and stage (`"reader html"`, `"rule name_conflict"`, …) to the
/// supervisor's descriptor, and the supervisor reports that file as an error and lints the
/// others again. Recording costs one thread-local store per stage.
///
/// Test hooks (environment, read once): `FIDELINT_DEBUG_TRAP=STAGE:TEXT` traps, and
/// `FIDELINT_DEBUG_HANG=STAGE:TEXT` sleeps for good, on entering stage `STAGE` (for example
/// `rule ad_label`) of a file whose bytes contain `TEXT`. They exist so that the isolation of a
/// bad file can be tested end to end; nothing in fidelint sets them.
public enum CrashGuard {
    /// A stage name as a C string that lives as long as the process.
    public struct Stage: @unchecked Sendable {
        public let pointer: UnsafePointer<CChar>
        public let name: String
    }

    nonisolated(unsafe) private static var interned: [String: Stage] = [:]
    private static let lock = NSLock()

    /// The interned C string for `name` (made once per distinct name and never freed).
    public static func stage(_ name: String) -> Stage {
        lock.lock(); defer { lock.unlock() }
        if let known = interned[name] { return known }
        let stage = Stage(pointer: UnsafePointer(strdup(name)!), name: name)
        interned[name] = stage
        return stage
    }

    /// One stage per reader: `reader plain`, `reader markdown`, `reader html`.
    static let readerStages: [ArticleFormat: Stage] = Dictionary(uniqueKeysWithValues: ArticleFormat.allCases.map { ($0, stage("reader " + $0.rawValue)) })
    /// Resolving positions, fingerprints and suppressions after the rules.
    static let resolveStage = stage("resolving findings")

    /// Installs the signal handler that reports to descriptor `fd` (the supervisor's pipe).
    public static func install(descriptor fd: Int32) { fidelint_guard_install(fd) }

    /// Installs the handler of an unsupervised run of exactly one file (`path`): a trap is
    /// reported on standard error as an error naming the file, the reader or rule and the signal,
    /// and the process exits with status 2; with `timeout` > 0 seconds, so is a file still being
    /// linted that long after it started (--file-timeout).
    public static func installDirect(path: String, timeout: Int) {
        fidelint_guard_install_direct(path, Int32(clamping: timeout))
    }

    /// Marks the calling thread as linting job `index` (nil: none), giving it an alternate
    /// signal stack first.
    public static func setFile(_ index: Int?) {
        fidelint_guard_thread()
        fidelint_guard_set_file(Int64(index ?? -1))
        if index == nil { fidelint_guard_set_stage(nil) }
    }

    /// Marks the calling thread as being in `stage`; runs the test hooks when they are set.
    @inline(__always)
    public static func enter(_ stage: Stage, source: SourceText) {
        fidelint_guard_set_stage(stage.pointer)
        if let hook = debugHook { hook.run(stage: stage.name, source: source) }
    }

    /// Marks the calling thread as being in `stage` (a stage of the run, not of one file: the
    /// test hooks do not apply).
    public static func enter(_ stage: Stage) { fidelint_guard_set_stage(stage.pointer) }

    /// Marks the calling thread as outside any stage.
    public static func leave() { fidelint_guard_set_stage(nil) }

    /// The stage recorded on the calling thread, if any.
    public static var currentStage: String? { fidelint_guard_stage().map { String(cString: $0) } }

    struct DebugHook {
        var trap: (stage: String, text: [UInt8])?
        var hang: (stage: String, text: [UInt8])?

        func run(stage: String, source: SourceText) {
            func matches(_ h: (stage: String, text: [UInt8])?) -> Bool {
                guard let h, h.stage == stage, !h.text.isEmpty else { return false }
                let bytes = source.utf8
                guard bytes.count >= h.text.count else { return false }
                for i in 0...(bytes.count - h.text.count) where bytes[i] == h.text[0] {
                    if bytes[i..<(i + h.text.count)].elementsEqual(h.text) { return true }
                }
                return false
            }
            if matches(trap) { fatalError("FIDELINT_DEBUG_TRAP in \(stage)") }
            if matches(hang) { while true { sleep(3600) } }
        }
    }

    static let debugHook: DebugHook? = {
        let env = ProcessInfo.processInfo.environment
        func parse(_ key: String) -> (String, [UInt8])? {
            guard let value = env[key], let colon = value.firstIndex(of: ":") else { return nil }
            return (String(value[..<colon]), Array(value[value.index(after: colon)...].utf8))
        }
        let trap = parse("FIDELINT_DEBUG_TRAP"), hang = parse("FIDELINT_DEBUG_HANG")
        return trap == nil && hang == nil ? nil : DebugHook(trap: trap, hang: hang)
    }()
}
