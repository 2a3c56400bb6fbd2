import FidelintCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Linux's `memfd_create` (not in the Glibc module): an anonymous in-memory file.
@_silgen_name("memfd_create") private func memfdCreate(_ name: UnsafePointer<CChar>, _ flags: UInt32) -> Int32

/// One bad file never costs the others (issue 15, point 4).
///
/// `check` and `baseline` run supervised: the process starts itself again (`/proc/self/exe`, same
/// arguments) as a child that lints as usual and tells the parent, on a pipe, each file it starts
/// (`S<index>\t<path>`) and finishes (`D<index>`); the crash guard (`CrashGuard`) adds
/// `C<index>\t<stage>\t<signal>` if a reader or rule traps. The parent only waits. When the child
/// ends normally, the parent exits with its status: the child's output is the run's output. When
/// the child dies on a signal while linting a file, or a file takes longer than `--file-timeout`
/// seconds (the parent then kills the child), the parent starts a new child that lints every file
/// but the culprits and reports each of them as an error naming the file, the reader or rule and
/// the signal (exit status 2). Nothing is printed twice: the child writes its reports only after
/// linting. A trap after linting (the cross-article pass, a reporter) cannot be put on one file
/// and ends the run with status 2. (A `fork` without `exec` does not work: the Swift runtime's
/// locks keep the parent thread's id, and the child spins on them.)
///
/// Cost: one more process start (about 25 ms) and two short pipe writes per file (measured with
/// `Benchmarks/run`, README). `FIDELINT_ISOLATION=0` in the environment turns supervision off
/// (then a trap ends the whole run, as in a plain process).
///
/// A run whose only input is one file (no folder, not standard input) has no other file to save,
/// so it is not supervised (issue 16: start-up time): the crash guard itself reports a trap as
/// `fidelint: error: <file>: <reader or rule> stopped with <signal> on this file; it was not
/// linted (please report this file)` on standard error and exits with status 2 (no report is
/// written), and a timer does what the parent does with `--file-timeout`.
enum Supervisor {
    /// Files the child must not lint, by path, with the message to report for each.
    nonisolated(unsafe) static var skipped: [String: String] = [:]
    /// Standard input as this process already read it, when it goes on unsupervised after
    /// reading it (no anonymous file, or the child could not be started); a supervised child
    /// reads its own standard input, the parent's copy.
    nonisolated(unsafe) static var standardInput: Swift.Result<[UInt8], FileCollector.ReadError>?
    /// The write end of the pipe to the parent, in a supervised child.
    nonisolated(unsafe) private static var channel: Int32 = -1
    private static let channelLock = NSLock()
    /// Children started at most, after the first, before the parent gives up.
    static let maxRestarts = 50
    static let channelVariable = "FIDELINT_SUPERVISED_FD"
    static let skipVariable = "FIDELINT_SUPERVISED_SKIP"

    /// In a supervised child: reads the channel and the files to skip from the environment and
    /// returns. Otherwise supervises: never returns, unless supervision is off
    /// (`FIDELINT_ISOLATION=0`) or the child cannot be started, when it returns at once and the
    /// run goes on unsupervised in this process.
    static func superviseIfWanted(inputs: LintInputs) {
        let env = ProcessInfo.processInfo.environment
        if let fd = env[channelVariable].flatMap(Int32.init) {
            channel = fd
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            for entry in (env[skipVariable] ?? "").split(separator: "\u{1e}") {
                let parts = entry.split(separator: "\u{1f}", maxSplits: 1, omittingEmptySubsequences: false)
                if parts.count == 2 { skipped[String(parts[0])] = String(parts[1]) }
            }
            unsetenv(channelVariable)
            unsetenv(skipVariable)
            CrashGuard.install(descriptor: fd)
            return
        }
        guard env["FIDELINT_ISOLATION"] != "0" else { return }
        if inputs.paths.count == 1, let only = inputs.paths.first, only != "-" {
            var info = stat()
            if stat(only, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
                CrashGuard.installDirect(path: only, timeout: inputs.fileTimeout)
                return
            }
        }
        // Standard input is read once, into an anonymous file each child reads from the start.
        var input: Int32 = -1
        if inputs.paths.contains("-") {
            switch FileCollector.read(descriptor: 0) {
            case let .success(bytes):
                input = memfdCreate("fidelint-stdin", 0)
                guard input >= 0 else { standardInput = .success(bytes); return }
                var offset = 0
                bytes.withUnsafeBytes { buf in
                    while offset < buf.count {
                        let n = write(input, buf.baseAddress! + offset, buf.count - offset)
                        if n < 0 { if errno == EINTR { continue }; break }
                        offset += n
                    }
                }
            case let .failure(error):
                standardInput = .failure(error)   // reported by this process, unsupervised
                return
            }
        }
        var restarts = 0
        while true {
            if input >= 0 { lseek(input, 0, SEEK_SET) }
            var fds: [Int32] = [-1, -1]
            guard pipe(&fds) == 0 else { return }
            guard let pid = spawn(channel: fds[1], closing: fds[0], input: input) else {
                close(fds[0]); close(fds[1])
                if restarts == 0 {
                    if input >= 0 { standardInput = FileCollector.read(descriptor: input) }
                    return
                }
                StandardError.write("fidelint: error: cannot start the linter again\n")
                exit(2)
            }
            close(fds[1])
            let outcome = watch(child: pid, channel: fds[0], timeout: inputs.fileTimeout)
            close(fds[0])
            switch outcome {
            case let .exited(status):
                exit(status)
            case let .setAside(culprits):
                for (path, message) in culprits { skipped[path] = message }
                restarts += 1
                if restarts > maxRestarts {
                    StandardError.write("fidelint: error: \(skipped.count) files stopped the linter; giving up\n")
                    exit(2)
                }
            case let .failed(message):
                StandardError.write("fidelint: error: \(message)\n")
                exit(2)
            }
        }
    }

    /// Starts this executable again with the same arguments, the channel's descriptor and the
    /// files to skip in its environment, and `input` (when not -1) as its standard input.
    static func spawn(channel: Int32, closing other: Int32, input: Int32) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addclose(&actions, other)
        if input >= 0 { posix_spawn_file_actions_adddup2(&actions, input, 0) }
        var env = ProcessInfo.processInfo.environment
        env[channelVariable] = String(channel)
        env[skipVariable] = skipped.map { "\($0.key)\u{1f}\($0.value)" }.joined(separator: "\u{1e}")
        let argv = CommandLine.arguments.map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, "/proc/self/exe", &actions, nil, argv, envp)
        return rc == 0 ? pid : nil
    }

    enum Outcome {
        case exited(Int32)
        case setAside([(String, String)])
        case failed(String)
    }

    /// Reads the child's reports until it ends, kills it when a file outlasts `timeout` seconds
    /// (0: no limit), and says what happened.
    static func watch(child pid: pid_t, channel fd: Int32, timeout: Int) -> Outcome {
        var started: [Int: (path: String, at: Double)] = [:]
        var crash: (file: Int, stage: String, signal: Int32)?
        var hung: (path: String, seconds: Int)?
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        func now() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_MONOTONIC, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        }
        func handle(_ line: ArraySlice<UInt8>) {
            guard let kind = line.first else { return }
            let fields = line.dropFirst().split(separator: UInt8(ascii: "\t"), maxSplits: 2, omittingEmptySubsequences: false)
            let index = fields.first.flatMap { Int(String(decoding: $0, as: UTF8.self)) } ?? -1
            switch kind {
            case UInt8(ascii: "S") where fields.count >= 2:
                started[index] = (String(decoding: fields[1], as: UTF8.self), now())
            case UInt8(ascii: "D"):
                started[index] = nil
            case UInt8(ascii: "C") where fields.count == 3:
                crash = (index, String(decoding: fields[1], as: UTF8.self), Int32(String(decoding: fields[2], as: UTF8.self)) ?? 0)
            default: break
            }
        }
        reading: while true {
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&p, 1, 1000)
            if ready < 0, errno != EINTR { break }
            if ready > 0 {
                let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
                if n < 0, errno == EINTR { continue }
                if n <= 0 { break reading }
                pending += chunk[0..<n]
                var start = 0
                for i in 0..<pending.count where pending[i] == UInt8(ascii: "\n") {
                    handle(pending[start..<i])
                    start = i + 1
                }
                pending.removeFirst(start)
            }
            if timeout > 0, hung == nil {
                let t = now()
                if let late = started.values.first(where: { t - $0.at > Double(timeout) }) {
                    hung = (late.path, timeout)
                    kill(pid, SIGKILL)
                }
            }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7f
        if signal == 0 { return .exited((status >> 8) & 0xff) }
        if let hung {
            return .setAside([(hung.path, "linting did not finish within \(hung.seconds) s (--file-timeout); this file was not linted, the others were")])
        }
        if let crash {
            if let file = started[crash.file] {
                let stage = crash.stage.isEmpty ? "fidelint" : crash.stage
                return .setAside([(file.path, "\(stage) stopped with \(name(of: crash.signal)) on this file; it was not linted, the others were (please report this file)")])
            }
            return .failed("fidelint stopped with \(name(of: crash.signal))\(crash.stage.isEmpty ? "" : " in \(crash.stage)") after linting; no report was written")
        }
        if !started.isEmpty {
            let names = started.values.map(\.path).sorted()
            return .setAside(names.map { ($0, "fidelint was killed with \(name(of: signal)) while linting this file\(names.count > 1 ? " (and \(names.count - 1) other\(names.count > 2 ? "s" : ""))" : ""); not linted, the other files were") })
        }
        return .failed("fidelint was killed with \(name(of: signal)); no report was written")
    }

    static func name(of signal: Int32) -> String {
        let names: [Int32: String] = [SIGSEGV: "SIGSEGV", SIGBUS: "SIGBUS", SIGILL: "SIGILL (a failed check)", SIGTRAP: "SIGTRAP (a failed check)",
                                      SIGFPE: "SIGFPE", SIGABRT: "SIGABRT", SIGKILL: "SIGKILL", SIGTERM: "SIGTERM"]
        return names[signal] ?? "signal \(signal)"
    }

    /// In a supervised child: tells the parent that this thread starts linting job `index`.
    static func started(_ index: Int, path: String) {
        CrashGuard.setFile(index)
        guard channel >= 0 else { return }
        send(Array("S\(index)\t\(path)\n".utf8))
    }

    /// In a supervised child: tells the parent that job `index` is done.
    static func finished(_ index: Int) {
        CrashGuard.setFile(nil)
        guard channel >= 0 else { return }
        send(Array("D\(index)\n".utf8))
    }

    private static func send(_ bytes: [UInt8]) {
        channelLock.lock(); defer { channelLock.unlock() }
        var offset = 0
        bytes.withUnsafeBytes { buf in
            while offset < buf.count {
                let n = write(channel, buf.baseAddress! + offset, buf.count - offset)
                if n < 0 { if errno == EINTR { continue }; return }
                offset += n
            }
        }
    }
}
