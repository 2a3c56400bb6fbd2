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

        @Argument(help: "Files and folders to lint; folders are searched for .txt, .md, .markdown, .html and .htm files. Use - for standard input.")
        var paths: [String]

        @OptionGroup var outputOptions: OutputOptions

        @Option(name: .customLong("rules"), help: "An extra rule pack: a folder of YAML rule files (repeatable).")
        var rulePacks: [String] = []

        @Option(name: .customLong("article-date"), help: "The article date (YYYY-MM-DD) for date-aware rules (stale_office), when the article does not give one.")
        var articleDate: String?

        @Option(name: .customLong("entities"), help: "An entity registry (YAML: people, offices and their holders), added to the shipped one (repeatable).")
        var entityFiles: [String] = []

        @Option(name: .customLong("sources"), help: "A source registry (YAML: outlets and their web domains), added to the shipped one (repeatable).")
        var sourceFiles: [String] = []

        @Option(name: .customLong("site-domain"), help: "The publishing site's own domain (e.g. harbourtimes.example): links there are not external sources.")
        var siteDomain: String?

        @Option(name: .customLong("set"), help: "A rule option, RULE.KEY=NUMBER (repeatable), e.g. duplicate_section.min_run_words=15.")
        var ruleOptions: [String] = []

        @Flag(name: .customLong("whole-page"), help: "HTML: lint the whole page, not only the article region (<article>, <main>, …).")
        var wholePage = false

        @Option(name: .customLong("stdin-format"), help: "How to read standard input: plain, markdown or html.")
        var stdinFormat: String = "plain"

        func validate() throws {
            guard !paths.isEmpty else { throw ValidationError("Name at least one file or folder, or - for standard input.") }
            if let d = articleDate, ArticleDate.parse(d) != d {
                throw ValidationError("--article-date must be a date in the form YYYY-MM-DD, not '\(d)'.")
            }
            if let d = siteDomain, !SourceRegistry.isHostName(d.lowercased()) {
                throw ValidationError("--site-domain must be a host name such as harbourtimes.example, not '\(d)'.")
            }
            guard ArticleFormat(rawValue: stdinFormat) != nil else {
                throw ValidationError("--stdin-format must be plain, markdown or html, not '\(stdinFormat)'.")
            }
        }

        func run() throws {
            let rules = try Fidelint.loadRules(extraPacks: rulePacks, entityFiles: entityFiles, sourceFiles: sourceFiles)
            let options = try Check.parseRuleOptions(ruleOptions, rules: rules)
            let linter = Linter(rules: rules, options: LintOptions(articleDate: articleDate, wholePage: wholePage, ruleOptions: options,
                                                                   siteDomain: siteDomain))
            let collected = FileCollector.collect(paths)
            var fileErrors = collected.errors.map { LintRun.FileError(path: $0.0, message: $0.1) }
            var results: [FileResult] = []
            var sources: [String: String] = [:]
            var progress = Progress(total: collected.files.count)
            var findingCount = 0
            for (done, path) in collected.files.enumerated() {
                progress.update(done: done, findings: findingCount)
                let bytes: [UInt8]
                if path == "-" {
                    bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
                } else {
                    guard let data = FileManager.default.contents(atPath: path) else {
                        fileErrors.append(LintRun.FileError(path: path, message: "cannot be read (permission denied or not a regular file)"))
                        continue
                    }
                    bytes = Array(data)
                }
                let format = path == "-" ? ArticleFormat(rawValue: stdinFormat)! : ArticleFormat.forPath(path)
                let source = SourceText(path: path, bytes: bytes)
                guard !source.isBinary else {
                    fileErrors.append(LintRun.FileError(path: path, message: "binary file (it holds NUL bytes); not linted"))
                    continue
                }
                results.append(linter.lint(source, format: format))
                findingCount += results[results.count - 1].findings.count
                if outputOptions.wantsSources { sources[path] = String(decoding: source.utf8, as: UTF8.self) }
            }
            progress.update(done: collected.files.count, findings: findingCount)
            progress.finish()
            linter.addCrossArticleFindings(to: &results)
            let cwd = FileManager.default.currentDirectoryPath
            let run = LintRun(toolVersion: FidelintVersion.current, rules: rules.map(\.description), files: results,
                              fileErrors: fileErrors, root: FileCollector.repositoryRoot(from: cwd), workingDirectory: cwd,
                              sources: sources)
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
                    FileHandle.standardError.write(Data("fidelint: error: --set \(value): \(why)\n".utf8))
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
