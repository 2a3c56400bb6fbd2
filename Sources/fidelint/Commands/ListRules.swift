import ArgumentParser
import FidelintCore
import FidelintRegex
import FidelintReporters
import FidelintRules
import Foundation

extension Fidelint {
    /// `fidelint rules`: every rule with its category, default severity and summary; with
    /// `--export-patterns FILE`, the pattern rules as one PCRE2 pattern per line instead.
    struct ListRules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules", abstract: "List every rule with its category, default severity and summary.")

        @Option(name: .customLong("rules"), help: "An extra rule pack to include (repeatable).")
        var rulePacks: [String] = []

        @Option(name: .customLong("explain"), help: "Print one rule's documentation (summary, origin, options, examples) as Markdown.")
        var explain: String?

        @Option(name: .customLong("write-docs"), help: "Write docs/rules-style pages (RULE.md per rule and README.md) into this folder.")
        var writeDocs: String?

        @Option(name: .customLong("export-patterns"), help: "Write the pattern rules as one PCRE2 pattern per line to this file (for `rg -P -f FILE`).")
        var exportPatterns: String?

        func run() throws {
            let rules = try Fidelint.loadRules(extraPacks: rulePacks)
            if let id = explain {
                guard let rule = rules.first(where: { $0.identifier == id }) else {
                    let ids = rules.map(\.identifier)
                    let best = ids.min { TextTools.editDistance($0, id) < TextTools.editDistance($1, id) }
                    throw LintInputs.fail("--explain: unknown rule '\(id)'" + (best.map { "; did you mean '\($0)'?" } ?? ""))
                }
                FileHandle.standardOutput.write(Data(RuleDocs.page(rule.description).utf8))
                return
            }
            if let folder = writeDocs {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    for rule in rules { try ReportWriter.write(RuleDocs.page(rule.description), to: folder + "/" + rule.identifier + ".md") }
                    try ReportWriter.write(RuleDocs.index(rules.map(\.description)), to: folder + "/README.md")
                } catch { throw LintInputs.fail("--write-docs \(folder): \(error)") }
                StandardError.write("fidelint: wrote \(rules.count) rule pages and README.md to \(folder)\n")
                return
            }
            if let file = exportPatterns {
                // Group names made distinct per rule: rg joins the lines into one pattern.
                let patterns = rules.compactMap { ($0 as? PatternRule)?.regex.singleLinePattern }.enumerated()
                    .map { PCRE2Regex.renamingGroups($0.element, prefix: "r\($0.offset)_") }
                do { try ReportWriter.write(patterns.joined(separator: "\n") + "\n", to: file) } catch { throw LintInputs.fail("\(error)") }
                StandardError.write("fidelint: wrote \(patterns.count) patterns to \(file)\n")
                return
            }
            let sorted = rules.map(\.description).sorted {
                ($0.category.rawValue, $0.identifier) < ($1.category.rawValue, $1.identifier)
            }
            let idWidth = sorted.map(\.identifier.count).max() ?? 10
            let catWidth = Category.allCases.map(\.rawValue.count).max() ?? 10
            var out = ""
            for d in sorted {
                out += d.identifier.padding(toLength: idWidth + 2, withPad: " ", startingAt: 0)
                    + d.category.rawValue.padding(toLength: catWidth + 2, withPad: " ", startingAt: 0)
                    + d.defaultSeverity.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
                    + d.summary + "\n"
            }
            out += "\(sorted.count) rules\n"
            FileHandle.standardOutput.write(Data(out.utf8))
        }
    }
}

extension Fidelint {
    /// The rules' descriptions, each shipped rule's with its documentation page (`helpURI`:
    /// SARIF `helpUri`, the HTML report's and the language server's links).
    static func documented(_ rules: [any Rule]) -> [RuleDescription] {
        rules.map { rule in
            var d = rule.description
            if RuleSet.shippedIdentifiers.contains(d.identifier) { d.helpURI = RuleDocs.url(d.identifier) }
            return d
        }
    }

    /// The built-in, shipped and extra rules; a bad rule pack or registry is reported as
    /// `file:line: problem` on standard error and exits with status 2.
    static func loadRules(extraPacks: [String], entityFiles: [String] = [], sourceFiles: [String] = []) throws -> [any Rule] {
        do {
            return try RuleSet.all(extraPacks: extraPacks, entityFiles: entityFiles, sourceFiles: sourceFiles)
        } catch {
            StandardError.write("fidelint: error: \(error)\n")
            throw ExitCode(2)
        }
    }
}
