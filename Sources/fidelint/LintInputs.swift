import ArgumentParser
import FidelintCore
import FidelintReporters
import FidelintRules
import Foundation

/// What `check` and `baseline` lint and how: the paths, configuration, rule packs, registries and
/// rule options. Every problem with them (a bad configuration, rule pack or registry) is printed
/// as `fidelint: error: file:line: what is wrong` and exits with status 2.
struct LintInputs: ParsableArguments {
    @Argument(help: "Files and folders to lint; folders are searched for .txt, .md, .markdown, .html and .htm files. Use - for standard input.")
    var paths: [String]

    @Option(name: .customLong("config"), help: "The configuration file to use for every file, instead of the nearest .fidelint.yml above each.")
    var config: String?

    @Option(name: .customLong("changed-since"), help: "Lint only files changed since this git ref (committed, staged or not) and untracked files.")
    var changedSince: String?

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
        if let d = siteDomain, d.isEmpty || d.contains("/") || d.contains(" ") || !d.contains(".") {
            throw ValidationError("--site-domain must be a host name such as harbourtimes.example, not '\(d)'.")
        }
        guard ArticleFormat(rawValue: stdinFormat) != nil else {
            throw ValidationError("--stdin-format must be plain, markdown or html, not '\(stdinFormat)'.")
        }
    }

    /// Prints `fidelint: error: message` and gives exit status 2.
    static func fail(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("fidelint: error: \(message)\n".utf8))
        return ExitCode(2)
    }

    /// One configuration with the rules it loads.
    struct Setup {
        var config: Configuration
        var rules: [any Rule]
        var cliOptions: [String: [String: Int]]
        var linters: [String: Linter] = [:]
    }

    /// Lints the paths. `keepSources`: keep each file's text for reporters that show context.
    /// - Throws: `ExitCode(2)` for a bad configuration, rule pack, registry, option or git ref.
    func lint(keepSources: Bool) throws -> LintRun {
        let cwd = FileManager.default.currentDirectoryPath
        var setups: [String: Setup] = [:]   // by configuration path ("" for none)
        let explicit: Configuration? = try config.map { path in
            do { return try Configuration.load(path: path) } catch { throw Self.fail("\(error)") }
        }
        func setup(for file: String) throws -> String {
            let folder = file == "-" ? cwd : (URL(fileURLWithPath: file).standardizedFileURL.deletingLastPathComponent().path)
            let configPath = explicit?.path ?? Configuration.find(from: folder) ?? ""
            if setups[configPath] != nil { return configPath }
            let configuration: Configuration
            if let explicit { configuration = explicit }
            else if configPath.isEmpty { configuration = Configuration(directory: FileCollector.repositoryRoot(from: cwd)) }
            else {
                do { configuration = try Configuration.load(path: configPath) } catch { throw Self.fail("\(error)") }
            }
            let rules = try Fidelint.loadRules(extraPacks: configuration.rulePacks + rulePacks,
                                               entityFiles: configuration.entities + entityFiles,
                                               sourceFiles: configuration.sources + sourceFiles)
            do { try configuration.validate(against: rules) } catch { throw Self.fail("\(error)") }
            let cli = try Fidelint.Check.parseRuleOptions(ruleOptions, rules: rules)
            setups[configPath] = Setup(config: configuration, rules: rules, cliOptions: cli)
            return configPath
        }

        let collected = FileCollector.collect(paths)
        var fileErrors = collected.errors.map { LintRun.FileError(path: $0.0, message: $0.1) }
        var files = collected.files
        if let ref = changedSince {
            let changed = try Self.changedFiles(since: ref, in: FileCollector.repositoryRoot(from: cwd))
            files = files.filter { $0 == "-" || changed.contains(URL(fileURLWithPath: $0).standardizedFileURL.path) }
        }
        // Configurations first (errors stop the run before any output), then include/exclude.
        var keys: [String: String] = [:]
        for file in files { keys[file] = try setup(for: file) }
        files = files.filter { $0 == "-" || setups[keys[$0]!]!.config.admits($0) }

        var results: [FileResult] = []
        var sources: [String: String] = [:]
        var enabledByPath: [String: Set<String>] = [:]
        var severityByPath: [String: [String: Severity]] = [:]
        var progress = Progress(total: files.count)
        var findingCount = 0
        for (done, path) in files.enumerated() {
            progress.update(done: done, findings: findingCount)
            let key = keys[path]!
            var s = setups[key]!
            let resolved = s.config.resolved(for: path, rules: s.rules)
            var options = resolved.options
            for (rule, values) in s.cliOptions { options[rule, default: [:]].merge(values) { _, cli in cli } }
            let linterKey = resolved.enabled.sorted().joined(separator: ",") + "|" + resolved.severity.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
                + "|" + options.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.sorted { $0.key < $1.key })" }.joined(separator: ",")
            let linter = s.linters[linterKey] ?? Linter(
                rules: s.rules.filter { resolved.enabled.contains($0.identifier) },
                options: LintOptions(articleDate: articleDate, wholePage: wholePage, ruleOptions: options,
                                     siteDomain: siteDomain ?? s.config.siteDomain,
                                     requireSuppressionReason: s.config.requireSuppressionReason),
                severityOverrides: resolved.severity)
            s.linters[linterKey] = linter
            setups[key] = s
            enabledByPath[path] = resolved.enabled
            severityByPath[path] = resolved.severity
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
            if keepSources { sources[path] = String(decoding: source.utf8, as: UTF8.self) }
        }
        progress.update(done: files.count, findings: findingCount)
        progress.finish()

        // Duplicate articles across the whole run, kept only where the rule is enabled.
        let allRules = setups.keys.sorted().flatMap { setups[$0]!.rules }
        var seen: Set<String> = []
        let runRules = allRules.filter { seen.insert($0.identifier).inserted }
        let before = results.map(\.findings.count)
        Linter(rules: runRules).addCrossArticleFindings(to: &results)
        for i in results.indices where results[i].findings.count != before[i] {
            let enabled = enabledByPath[results[i].path] ?? []
            let severity = severityByPath[results[i].path] ?? [:]
            results[i].findings = results[i].findings.compactMap { f in
                guard runRules.contains(where: { $0.identifier == f.ruleId && $0 is any CrossArticleRule }) else { return f }
                guard enabled.contains(f.ruleId) else { return nil }
                var f = f
                if let level = severity[f.ruleId] { f.finding.severity = level }
                return f
            }
        }
        return LintRun(toolVersion: FidelintVersion.current, rules: runRules.map(\.description), files: results,
                       fileErrors: fileErrors, root: FileCollector.repositoryRoot(from: cwd), workingDirectory: cwd,
                       sources: sources)
    }

    /// Absolute paths of the files changed since `ref` (committed since, staged or not) and the
    /// untracked files, from git.
    /// - Throws: `ExitCode(2)` when git is missing, this is not a repository or `ref` is unknown.
    static func changedFiles(since ref: String, in root: String) throws -> Set<String> {
        func git(_ args: [String]) throws -> String {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["git", "-C", root] + args
            let out = Pipe(), err = Pipe()
            p.standardOutput = out
            p.standardError = err
            do { try p.run() } catch { throw fail("--changed-since: git cannot be run: \(error)") }
            let data = out.fileHandleForReading.readDataToEndOfFile()
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            guard p.terminationStatus == 0 else {
                throw fail("--changed-since \(ref): git \(args.first ?? "") failed: \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
            }
            return String(decoding: data, as: UTF8.self)
        }
        guard !ref.hasPrefix("-") else { throw fail("--changed-since: '\(ref)' is not a git ref") }
        _ = try git(["rev-parse", "--verify", "--quiet", ref + "^{commit}"])
        let top = try git(["rev-parse", "--show-toplevel"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let names = try git(["diff", "--name-only", "-z", "--no-renames", "--diff-filter=ACMRT", ref, "--"])
            + "\u{0}" + (try git(["ls-files", "-z", "--others", "--exclude-standard"]))
        var out: Set<String> = []
        for name in names.split(separator: "\u{0}") where !name.isEmpty {
            out.insert(URL(fileURLWithPath: (top as NSString).appendingPathComponent(String(name))).standardizedFileURL.path)
        }
        return out
    }
}
