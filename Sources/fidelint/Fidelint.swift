import ArgumentParser
import FidelintCore
import Foundation

/// The `fidelint` command: a content-fidelity linter for generated articles.
@main
struct Fidelint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fidelint",
        abstract: "A content-fidelity linter for generated articles.",
        discussion: """
        Finds assistant residue, name conflicts, duplicated sections, truncated tables and text, \
        unlinked sources and scraper residue in plain-text, Markdown and HTML articles.
        Exit status: 0 clean, 1 a finding at or above --fail-on, 2 a usage, rule-file or I/O error.
        """,
        version: FidelintVersion.current,
        subcommands: [Check.self, FixCommand.self, Report.self, BaselineCommand.self, ListRules.self, Init.self, LanguageServer.self, MCPCommand.self],
        defaultSubcommand: Check.self)

    /// Runs the command; a usage error exits with status 2 (not ArgumentParser's 64), like
    /// configuration and I/O errors.
    static func main() {
        do {
            var command = try parseAsRoot()
            // Linting commands run supervised (a file that traps a reader or rule is reported
            // and the others are linted): fork before any thread starts.
            if let check = command as? Check { Supervisor.superviseIfWanted(inputs: check.inputs) }
            if let baseline = command as? BaselineCommand { Supervisor.superviseIfWanted(inputs: baseline.inputs) }
            try command.run()
        } catch {
            if exitCode(for: error).rawValue == 64 {
                StandardError.write((fullMessage(for: error) + "\n"))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
