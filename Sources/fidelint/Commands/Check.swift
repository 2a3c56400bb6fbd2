import ArgumentParser
import FidelintCore
import FidelintReporters
import FidelintRules
import Foundation

extension Fidelint {
    /// `fidelint check PATH...`: lint files and folders.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lint articles (files, folders, or - for standard input).")

        @OptionGroup var inputs: LintInputs

        @OptionGroup var outputOptions: OutputOptions

        @Option(name: .customLong("baseline"), help: "A baseline file (from `fidelint baseline`): only findings it does not know count.")
        var baseline: String?

        func run() throws {
            let loaded: Baseline? = try baseline.map { path in
                do { return try Baseline.load(path: path) } catch { throw LintInputs.fail("\(error)") }
            }
            var run = try inputs.lint(keepSources: outputOptions.wantsSources, writes: outputOptions.writtenFiles)
            if let loaded {
                let c = loaded.compare(run)
                run = c.run
                StandardError.write(("fidelint: baseline \(baseline!): \(c.new) new finding\(c.new == 1 ? "" : "s"); "
                    + "\(c.known) known finding\(c.known == 1 ? "" : "s") remain\(c.known == 1 ? "s" : ""); \(c.fixed) fixed since the baseline\n"))
            }
            try outputOptions.finish(run)
        }

        /// Parses `--set RULE.KEY=NUMBER` against the rules' declared options.
        /// - Throws: exit status 2 with a message naming the bad option.
        static func parseRuleOptions(_ values: [String], rules: [any Rule]) throws -> [String: [String: Int]] {
            var out: [String: [String: Int]] = [:]
            for value in values {
                let parts = value.split(separator: "=", maxSplits: 1).map(String.init)
                let key = parts.first?.split(separator: ".", maxSplits: 1).map(String.init) ?? []
                func fail(_ why: String) -> Error {
                    StandardError.write("fidelint: error: --set \(value): \(why)\n")
                    return ExitCode(2)
                }
                guard parts.count == 2, key.count == 2 else { throw fail("expected RULE.KEY=NUMBER") }
                guard let rule = rules.first(where: { $0.identifier == key[0] }) else { throw fail("unknown rule '\(key[0])'") }
                guard rule.description.options[key[1]] != nil else {
                    let known = rule.description.options.keys.sorted().joined(separator: ", ")
                    throw fail("rule '\(key[0])' has no option '\(key[1])'" + (known.isEmpty ? "" : "; its options: \(known)"))
                }
                guard let number = Int(parts[1]), number >= 0 else { throw fail("the value must be a whole number of 0 or more, not '\(parts[1])'") }
                out[key[0], default: [:]][key[1]] = number
            }
            return out
        }
    }
}
