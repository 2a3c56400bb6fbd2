import ArgumentParser
import FidelintCore
import FidelintReporters
import Foundation

extension Fidelint {
    /// `fidelint baseline FILE PATH...`: records today's findings so `check --baseline FILE` fails
    /// only on new ones.
    struct BaselineCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "baseline",
            abstract: "Record the current findings of PATH... in a baseline file.",
            discussion: "Then `fidelint check --baseline FILE PATH...` fails only on findings the baseline does not know.")

        @Argument(help: "The baseline file to write (JSON).")
        var file: String

        @OptionGroup var inputs: LintInputs

        func run() throws {
            // `fidelint baseline a.txt b.txt` with the arguments swapped would replace an article.
            if FileManager.default.fileExists(atPath: file), (try? Baseline.load(path: file)) == nil {
                throw LintInputs.fail("\(file) exists and is not a fidelint baseline; not overwriting it (the baseline file comes first: fidelint baseline FILE PATH...)")
            }
            let run = try inputs.lint(keepSources: false, writes: [("the baseline file \(file)", file)])
            let baseline = Baseline(run: run)
            do {
                try ReportWriter.write(baseline.json, to: file)
            } catch {
                throw LintInputs.fail("\(error)")
            }
            for e in run.fileErrors { StandardError.write("fidelint: error: \(e.path): \(e.message)\n") }
            StandardError.write("fidelint: baseline \(file): \(baseline.findings.count) finding\(baseline.findings.count == 1 ? "" : "s") in \(run.files.count) file\(run.files.count == 1 ? "" : "s")\n")
            if !run.fileErrors.isEmpty { throw ExitCode(2) }
        }
    }

    /// `fidelint init`: writes a commented starter `.fidelint.yml`.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a commented starter .fidelint.yml in the current folder.")

        @Option(name: .shortAndLong, help: "Where to write it.")
        var output: String = ".fidelint.yml"

        @Flag(help: "Overwrite an existing file.")
        var force = false

        func run() throws {
            if !force, FileManager.default.fileExists(atPath: output) {
                throw LintInputs.fail("\(output) already exists (use --force to overwrite it)")
            }
            do { try ReportWriter.write(Self.starter, to: output) } catch { throw LintInputs.fail("\(error)") }
            print("wrote \(output)")
        }

        /// The starter configuration: every key, commented, with the defaults.
        static let starter = """
        # fidelint configuration. fidelint uses the nearest .fidelint.yml above each linted file
        # (up to the repository root), or the file named with --config.
        # Schema for editors: schemas/fidelint-config.schema.json in the fidelint repository.
        # Unknown keys, rule ids, categories or bad values stop the run with exit status 2.

        # Rules or whole categories to turn off (see `fidelint rules`). Categories:
        # assistant-residue, name-inconsistency, duplicate-section, truncated-table,
        # truncated-text, missing-source, scraper-residue, suppression.
        disable: []
        # Rules to turn back on (after a category is disabled, or in an override).
        enable: []

        # Severity by rule id or category: error, warning or note.
        severity: {}
        #  role_conflict: error
        #  scraper-residue: warning

        # Rule options (whole numbers); `fidelint rules` lists the rules.
        options: {}
        #  duplicate_section: {min_single_words: 20, min_run_words: 12}
        #  unsourced_article: {min_links: 1}

        # Which files to lint when a folder is named (globs relative to this file; ** spans folders).
        include: []
        exclude: []
        #  - "**/drafts/**"

        # Settings for some paths, applied in order after the ones above.
        overrides: []
        #  - files: ["archive/**"]
        #    disable: [stale_office]

        # The site's own domain: links there are not external sources.
        # site_domain: harbourtimes.example

        # Your newsroom's registries and rule packs (paths relative to this file).
        entities: []
        sources: []
        rules: []

        # Require a reason in inline suppressions: <!-- fidelint-disable-next-line RULE -- why -->
        require_suppression_reason: false

        """
    }
}
