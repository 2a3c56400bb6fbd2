import ArgumentParser
import FidelintCore
import FidelintReporters
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One `--format FORMAT[=FILE]` value: a reporter and where its report goes (`nil`: the
/// `--output` file, else standard output; `-`: standard output).
struct FormatRequest: ExpressibleByArgument {
    /// A `Reporters.all` identifier.
    var name: String
    var file: String?

    var reporter: any Reporter.Type { Reporters.reporter(named: name)! }

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        guard let name = parts.first, Reporters.reporter(named: name) != nil else { return nil }
        if parts.count == 2, parts[1].isEmpty { return nil }
        self.name = name
        self.file = parts.count == 2 ? parts[1] : nil
    }

    static var allValueStrings: [String] { Reporters.all.map { $0.identifier } }
}

/// `--color` values.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// Threshold accepted by `--fail-on`.
enum FailOn: String, ExpressibleByArgument, CaseIterable {
    case error, warning, note, never

    var severity: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .note: .note
        case .never: nil
        }
    }
}

/// The output options `check` and `report` share: formats and their files, the gate and colour.
struct OutputOptions: ParsableArguments {
    @Option(name: .customLong("format"),
            help: ArgumentHelp("Output format, optionally with its own file: FORMAT[=FILE] (repeatable).",
                               valueName: "format[=file]"))
    var formats: [FormatRequest] = []

    @Option(name: .shortAndLong, help: "Write the report of the --format given without =FILE to this file instead of standard output.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Lowest severity that makes the exit status 1: error, warning, note or never.")
    var failOn: FailOn = .error

    @Option(name: .customLong("color"), help: "ANSI colour in the text format: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    /// Each reporter with its destination (`nil`: standard output), text to standard output by default.
    var destinations: [(reporter: any Reporter.Type, file: String?)] {
        let requests = formats.isEmpty ? [FormatRequest(argument: "text")!] : formats
        return requests.map { r in (r.reporter, r.file.map { $0 == "-" ? nil : $0 } ?? output) }
    }

    func validate() throws {
        var targets: [String: String] = [:]
        for d in destinations {
            let target = d.file.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path } ?? "standard output"
            if let other = targets[target] {
                throw ValidationError("--format \(other) and --format \(d.reporter.identifier) both write to \(d.file ?? target); give each its own file: --format \(d.reporter.identifier)=FILE.")
            }
            targets[target] = d.reporter.identifier
        }
    }

    /// Writes every report; `GITHUB_STEP_SUMMARY` gets the Markdown summary when the github
    /// format is asked for. Returns `false` (after saying why on standard error) when one could
    /// not be written.
    func write(_ run: LintRun) -> Bool {
        var ok = true
        let environment = ProcessInfo.processInfo.environment
        for d in destinations {
            let colored = d.reporter == TextReporter.self && useColor(for: d.file, environment: environment)
            let options = ReportOptions(color: colored, failOn: failOn.severity)
            do {
                // JSON (the format of large runs and shards) is written in pieces as it is made.
                if d.reporter == JSONReporter.self {
                    try ReportWriter.write(to: d.file) { emit in JSONReporter.write(run, to: emit) }
                } else {
                    try ReportWriter.write(d.reporter.report(run, options: options), to: d.file)
                }
            } catch {
                StandardError.write("fidelint: error: \(error)\n")
                ok = false
            }
            if d.reporter == GitHubReporter.self, let summary = environment["GITHUB_STEP_SUMMARY"], !summary.isEmpty {
                do {
                    try ReportWriter.write(MarkdownReporter.report(run, options: ReportOptions(failOn: failOn.severity)) + "\n",
                                           to: summary, append: true)
                } catch {
                    StandardError.write("fidelint: error: \(error)\n")
                    ok = false
                }
            }
        }
        return ok
    }

    /// `--color always`/`never`, else colour only on a terminal and when `NO_COLOR` is unset or
    /// empty (no-color.org).
    func useColor(for file: String?, environment: [String: String]) -> Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto: return (environment["NO_COLOR"] ?? "").isEmpty && ReportWriter.isTerminal(file)
        }
    }

    /// The report files this run writes, each with the option that names it ("--output a.txt").
    var writtenFiles: [(option: String, path: String)] {
        destinations.compactMap { d in d.file.map { (d.file == output ? "--output \($0)" : "--format \(d.reporter.identifier)=\($0)", $0) } }
    }

    /// Whether the HTML report (which shows source context) is among the outputs.
    var wantsSources: Bool { destinations.contains { $0.reporter == HTMLReporter.self } }

    /// Writes the reports, prints the run's errors, and ends with the exit status: 2 when a file
    /// could not be read, a rule gave up or a report could not be written, 1 when a finding is at
    /// or above `--fail-on`, else 0.
    func finish(_ run: LintRun) throws {
        for e in run.fileErrors { StandardError.write("fidelint: error: \(e.path): \(e.message)\n") }
        let written = write(run)
        Linter.profileMemory("writing the reports")
        for e in run.ruleErrors { StandardError.write("fidelint: error: \(e.path): \(e.message)\n") }
        if !written || !run.fileErrors.isEmpty || !run.ruleErrors.isEmpty { throw ExitCode(2) }
        if run.fails(at: failOn.severity) { throw ExitCode(1) }
    }
}

/// Standard error, with every line made terminal-safe (`TerminalText.safe`): messages name paths
/// and quote articles, and neither may drive the terminal.
enum StandardError {
    static func write(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.safe(String($0)) }
        FileHandle.standardError.write(Data(lines.joined(separator: "\n").utf8))
    }
}
