import Foundation

/// Runs git, for the folder walks (`FileCollector`: what git ignores) and `--changed-since`.
public enum Git {
    /// What one git command gave: its exit status, standard output and standard error.
    public struct Output: Sendable {
        public var status: Int32
        public var output: Data
        public var error: String
    }

    /// Runs `git -C folder ARGS…` through `/usr/bin/env` and waits for it.
    /// - Throws: the error of `Process.run` when git cannot be started (not installed).
    public static func run(_ args: [String], in folder: String) throws -> Output {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git", "-C", folder] + args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return Output(status: p.terminationStatus, output: data, error: message)
    }
}
