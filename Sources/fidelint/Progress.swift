import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One updating line on standard error while a run lints several files:
/// `fidelint: 12/340 files, 57 findings`, rewritten in place with `\r` at most ten times a second
/// and erased at the end. Shown only when standard error is a terminal, so pipes, files, tests and
/// CI logs never see it.
struct Progress {
    let total: Int
    let enabled: Bool
    private var lastDraw = -1.0

    init(total: Int, enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = total
        self.enabled = enabled && total > 1
    }

    /// Redraws the line when a tenth of a second has passed since the last time.
    mutating func update(done: Int, findings: Int) {
        guard enabled else { return }
        let now = ProcessInfo.processInfo.systemUptime
        guard lastDraw < 0 || now - lastDraw >= 0.1 else { return }
        lastDraw = now
        FileHandle.standardError.write(Data("\r\u{1B}[Kfidelint: \(done)/\(total) files, \(findings) finding\(findings == 1 ? "" : "s")".utf8))
    }

    /// Erases the line.
    func finish() {
        guard enabled, lastDraw >= 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
