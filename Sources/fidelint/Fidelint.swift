import ArgumentParser
import FidelintCore

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
        subcommands: [Check.self, ListRules.self],
        defaultSubcommand: Check.self)
}
