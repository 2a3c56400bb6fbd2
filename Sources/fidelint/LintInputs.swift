import ArgumentParser
import FidelintCore
import FidelintReporters
import FidelintRules
import Foundation
#if canImport(Glibc)
import Glibc

/// glibc's `malloc_trim` (in `<malloc.h>`, which the Glibc module does not export): returns free
/// heap memory to the system.
@_silgen_name("malloc_trim") private func mallocTrim(_ pad: Int) -> Int32
#endif

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

    @Option(name: .customLong("source-documents"), help: "A source document of every article, or a folder of them (.txt, .md, .html, .json, .jsonl; repeatable): the unsupported-claim rules compare each article with it. An article's own are named by its front matter (source_documents:) or stand in ARTICLE.sources/ beside it.")
    var sourceDocuments: [String] = []

    @Option(name: .customLong("source-text-field"), help: "The string field of a JSON or JSONL source document that holds its text.")
    var sourceTextField: String = "text"

    @Flag(name: .customLong("whole-page"), help: "HTML: lint the whole page, not only the article region (<article>, <main>, …).")
    var wholePage = false

    @Option(name: .customLong("stdin-format"), help: "How to read standard input: plain, markdown or html.")
    var stdinFormat: String = "plain"

    @Option(name: .customLong("jobs"), help: "Files linted at once (default: the number of cores). Output order does not depend on it.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("cache"), help: "A cache of results (one SQLite file, created when missing; in an existing folder, its fidelint-cache.sqlite): a file whose bytes, rules and configuration are unchanged is not linted again.")
    var cache: String?

    @Option(name: .customLong("cache-max-age"), help: "Days an unused cache entry is kept (default 30).")
    var cacheMaxAge: Int = 30

    @Option(name: .customLong("cache-max-size"), help: "Megabytes of entries the cache keeps, the least recently used dropped first (default 500).")
    var cacheMaxSize: Int = 500

    @Flag(name: .customLong("no-ignore"), help: "Walk folders without skipping what git ignores (.gitignore) or a .fidelintignore excludes.")
    var noIgnore = false

    @Flag(name: .customLong("no-exclude"), help: "Lint files named on the command line even when the configuration's exclude globs match them.")
    var noExclude = false

    @Option(name: .customLong("file-timeout"), help: "Seconds one file may take before it is set aside as an error and the others are linted (0: no limit).")
    var fileTimeout: Int = 120

    @Option(name: .customLong("shard"), help: "Lint only shard K of N (K/N, 1-based), split stably by path, for CI matrices; merge the shards' JSON or SARIF with `fidelint report`.")
    var shard: String?

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
        guard fileTimeout >= 0 else { throw ValidationError("--file-timeout must be a whole number of seconds, 0 or more, not \(fileTimeout).") }
        guard cacheMaxAge >= 1 else { throw ValidationError("--cache-max-age must be a whole number of days, 1 or more, not \(cacheMaxAge).") }
        guard cacheMaxSize >= 1 else { throw ValidationError("--cache-max-size must be a whole number of megabytes, 1 or more, not \(cacheMaxSize).") }
        guard jobs >= 1, jobs <= 512 else { throw ValidationError("--jobs must be a whole number from 1 to 512, not \(jobs).") }
        for path in sourceDocuments where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("--source-documents \(path): no such file or folder.")
        }
        guard !sourceTextField.isEmpty else { throw ValidationError("--source-text-field must name a JSON field, such as text.") }
        if let shard, Self.parseShard(shard) == nil {
            throw ValidationError("--shard must be K/N with 1 <= K <= N, such as 2/4, not '\(shard)'.")
        }
    }

    /// `K/N` as (K, N), 1 <= K <= N.
    static func parseShard(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else { return nil }
        return (k, n)
    }

    /// Whether `path` belongs to shard `k` of `n`: a stable hash of its path relative to the
    /// repository root (so every job of a CI matrix agrees, wherever it runs).
    static func inShard(_ path: String, _ k: Int, _ n: Int, root: String) -> Bool {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let rel = absolute.hasPrefix(root + "/") ? String(absolute.dropFirst(root.count + 1)) : path
        return Int(Fingerprint.fnv1a(rel) % UInt64(n)) == k - 1
    }

    /// Prints `fidelint: error: message` and gives exit status 2.
    static func fail(_ message: String) -> ExitCode {
        StandardError.write("fidelint: error: \(message)\n")
        return ExitCode(2)
    }

    /// One configuration with the rules it loads.
    struct Setup {
        var config: Configuration
        var rules: [any Rule]
        var cliOptions: [String: [String: Int]]
        var linters: [String: Linter] = [:]
        /// A hash of everything besides a file's bytes that decides its findings (for `--cache`).
        var key: String = ""
    }

    /// One distinct setting (linter, enabled rules, severities, cache key), shared by every file
    /// it applies to: a run of 100,000 files holds a handful of these, not one per file.
    struct Setting {
        var linter: Linter
        var enabled: Set<String>
        var severity: [String: Severity]
        var cacheKey: String
    }

    /// One file to lint, with the index of its setting.
    struct Job {
        var path: String
        var setting: Int
    }

    /// Lints the paths. `keepSources`: keep each file's text for reporters that show context.
    /// - Throws: `ExitCode(2)` for a bad configuration, rule pack, registry, option or git ref.
    /// - Parameter writes: the files the command will write (`--output`, `--format F=FILE`, the
    ///   baseline, the cache folder), each with the option as written ("--output a.txt"): one that is also an input is a
    ///   usage error (exit 2) before anything is linted, so an article is never overwritten.
    func lint(keepSources: Bool, writes: [(option: String, path: String)] = []) throws -> LintRun {
        Linter.profileMemory("start")
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
            var setup = Setup(config: configuration, rules: rules, cliOptions: cli)
            if cache != nil {
                let inputs = [configPath] + configuration.rulePacks + rulePacks + configuration.entities + entityFiles
                    + configuration.sources + sourceFiles
                setup.key = Fingerprint.hex([FidelintVersion.current, ResultCache.contentHash(inputs + sourceDocuments), sourceTextField, articleDate ?? "",
                                             siteDomain ?? "", "\(wholePage)", stdinFormat, ruleOptions.joined(separator: ";")]
                    .joined(separator: "\u{0}"))
            }
            setups[configPath] = setup
            return configPath
        }

        // The run's source documents, read once (an unreadable or malformed one stops the run).
        let runInputs: SourceDocumentSet? = sourceDocuments.isEmpty ? nil : SourceDocumentSet.load(sourceDocuments, textField: sourceTextField)
        if let problem = runInputs?.problems.first { throw Self.fail("--source-documents: \(problem)") }
        // The shipped rules do not depend on the files: they load while the folders are walked.
        RuleSet.startLoadingShipped()
        let collected = FileCollector.collect(paths, filter: FileCollector.WalkFilter(respectIgnores: !noIgnore))
        Linter.profileMemory("collecting \(collected.files.count) files")
        var fileErrors = collected.errors.map { LintRun.FileError(path: $0.0, message: $0.1) }
        var files = collected.files
        if let hit = FileCollector.overlap(of: writes + (cache.map { [("--cache \($0)", ResultCache.databasePath(for: $0))] } ?? []), with: files) {
            throw Self.fail("\(hit.option): that file is also an input (\(hit.input)); fidelint never writes over a file it reads: choose another path")
        }
        // --changed-since: the unchanged files are not linted, but a changed article is still
        // compared with them for duplicate articles (their signatures are read after linting).
        var unchanged: [String] = []
        if let ref = changedSince {
            let changed = try Self.changedFiles(since: ref, in: FileCollector.repositoryRoot(from: cwd))
            let isChanged = { (f: String) in f == "-" || changed.contains(URL(fileURLWithPath: f).standardizedFileURL.path) }
            unchanged = files.filter { !isChanged($0) }
            files = files.filter(isChanged)
        }
        // Configurations first (errors stop the run before any output), then include/exclude.
        // A folder's configuration is looked up once, not once per file.
        var setupOfFolder: [String: String] = [:]
        var chosen: [(path: String, setup: String)] = []
        chosen.reserveCapacity(files.count)
        for file in files {
            // The text before the last "/" names the folder well enough for a cache key (the
            // setup itself is found from the file's standardized path).
            let folder = file == "-" ? cwd : file.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(file[..<$0]) } ?? ""
            let key: String
            if let known = setupOfFolder[folder] { key = known } else { key = try setup(for: file); setupOfFolder[folder] = key }
            // include/exclude choose among the files found in folders; a file named directly (as
            // pre-commit names them) is linted unless an exclude glob matches it (--no-exclude:
            // linted even then).
            let config = setups[key]!.config
            if collected.named.contains(file) ? file == "-" || noExclude || !config.excludes(file) : config.admits(file) {
                chosen.append((file, key))
            }
        }
        files = []
        if let shard, let (k, n) = Self.parseShard(shard) {
            let root = FileCollector.repositoryRoot(from: cwd)
            chosen = chosen.filter { $0.path == "-" || Self.inShard($0.path, k, n, root: root) }
        }

        // Each file's linter, built once per distinct setting (a configuration and the list of
        // its overrides that match the file).
        var jobsList: [Job] = []
        jobsList.reserveCapacity(chosen.count)
        var settings: [Setting] = []
        var settingIndex: [String: Int] = [:]
        var settingOfOverrides: [String: Int] = [:]
        for (path, key) in chosen {
            var s = setups[key]!
            let matching = s.config.matchingOverrides(for: path)
            let overridesKey = key + "\u{0}" + matching.map(String.init).joined(separator: ",")
            if let known = settingOfOverrides[overridesKey] {
                jobsList.append(Job(path: path, setting: known))
                continue
            }
            let resolved = s.config.resolved(overrides: matching, rules: s.rules)
            var options = resolved.options
            for (rule, values) in s.cliOptions { options[rule, default: [:]].merge(values) { _, cli in cli } }
            let linterKey = resolved.enabled.sorted().joined(separator: ",") + "|" + resolved.severity.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
                + "|" + options.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.sorted { $0.key < $1.key })" }.joined(separator: ",")
            if let known = settingIndex[key + "\u{0}" + linterKey] {
                jobsList.append(Job(path: path, setting: known))
                settingOfOverrides[overridesKey] = known
                continue
            }
            let linter = s.linters[linterKey] ?? Linter(
                rules: s.rules.filter { resolved.enabled.contains($0.identifier) },
                options: LintOptions(articleDate: articleDate, wholePage: wholePage, ruleOptions: options,
                                     siteDomain: siteDomain ?? s.config.siteDomain,
                                     requireSuppressionReason: s.config.requireSuppressionReason,
                                     sourceDocuments: runInputs, sourceTextField: sourceTextField),
                severityOverrides: resolved.severity)
            s.linters[linterKey] = linter
            setups[key] = s
            settings.append(Setting(linter: linter, enabled: resolved.enabled, severity: resolved.severity,
                                    cacheKey: cache == nil ? "" : s.key + "|" + linterKey))
            settingIndex[key + "\u{0}" + linterKey] = settings.count - 1
            settingOfOverrides[overridesKey] = settings.count - 1
            jobsList.append(Job(path: path, setting: settings.count - 1))
        }
        chosen = []

        // Lint on `jobs` threads. Outcomes come back in file order as soon as they are ready and
        // are kept only as far as the reports need: a clean file leaves its path and, where the
        // duplicate-article rule runs, its signature.
        Linter.profileMemory("setting up")
        let store = cache.flatMap { ResultCache(option: $0, maxAgeDays: cacheMaxAge, maxSizeMB: cacheMaxSize) }
        var results: [FileResult] = []
        results.reserveCapacity(jobsList.count)
        var settingOfResult: [Int32] = []
        settingOfResult.reserveCapacity(jobsList.count)
        var sources: [String: String] = [:]
        var signatures: [ArticleSignature] = []
        var signatureOwners: [Int32] = []
        let work = jobsList
        let workSettings = settings
        let slots = Slots(count: jobsList.count) { i, outcome in
            switch outcome {
            case let .success(result, text):
                var result = result
                // What a shard report needs to find duplicates across shards: each file's
                // signature only where the rule is enabled, with the severity it has there.
                // The signature moves to the run's own list (dropped after the cross-article pass
                // unless a shard report carries it).
                let setting = workSettings[work[i].setting]
                if setting.enabled.contains("duplicate_article") {
                    result.duplicateSeverity = setting.severity["duplicate_article"]
                    if let signature = result.signature {
                        signatures.append(signature)
                        signatureOwners.append(Int32(results.count))
                    }
                }
                result.signature = nil
                results.append(result)
                settingOfResult.append(Int32(work[i].setting))
                if let text { sources[work[i].path] = text }
            case let .failure(message):
                fileErrors.append(LintRun.FileError(path: work[i].path, message: message))
            }
        }
        let stdinArticleFormat = ArticleFormat(rawValue: self.stdinFormat)!
        // Standard input read without Foundation (whose `readDataToEndOfFile` traps on a closed
        // descriptor): a closed, folder or failing stdin is an error for "-" alone.
        let stdinRead: Swift.Result<[UInt8], FileCollector.ReadError>? = jobsList.contains { $0.path == "-" }
            ? Supervisor.standardInput ?? FileCollector.read(descriptor: 0) : nil
        let progress = SharedProgress(total: jobsList.count)
        jobsList = []
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, work.count))) { _ in
            while let i = slots.next() {
                let job = work[i]
                // Supervised runs: the parent learns which file this thread lints, and a file
                // that stopped an earlier child is reported, not linted again.
                Supervisor.started(i, path: job.path)
                defer { Supervisor.finished(i) }
                if let message = Supervisor.skipped[job.path] {
                    slots.set(i, .failure(message))
                    continue
                }
                let bytes: [UInt8]
                switch job.path == "-" ? stdinRead ?? .success([]) : FileCollector.read(job.path) {
                case let .success(read): bytes = read
                case let .failure(error):
                    slots.set(i, .failure(job.path == "-" ? "standard input \(error)" : error.description))
                    continue
                }
                // An article with source documents is never cached: its findings depend on files
                // besides its own bytes (the run's inputs, its sidecar folder, its front matter's).
                let hasInputs = store != nil && (runInputs != nil || ByteText.find(Array("source_documents".utf8), in: bytes) != nil
                    || (job.path != "-" && FileManager.default.fileExists(atPath: SourceDocumentSet.sidecar(of: job.path))))
                let key = hasInputs ? nil : store.map { _ in ResultCache.key(path: job.path, bytes: bytes, setup: workSettings[job.setting].cacheKey) }
                if let store, let key, let cached = store.load(key, path: job.path) {
                    slots.set(i, .success(cached, keepSources ? String(decoding: bytes, as: UTF8.self) : nil))
                    progress.advance(findings: cached.findings.count)
                    continue
                }
                let format = job.path == "-" ? stdinArticleFormat : ArticleFormat.forPath(job.path)
                let source = SourceText(path: job.path, bytes: bytes)
                guard !source.isBinary else {
                    slots.set(i, .failure("binary file (it holds NUL bytes); not linted"))
                    continue
                }
                let result = workSettings[job.setting].linter.lint(source, format: format)
                if let store, let key, result.errors.isEmpty { store.save(result, key) }
                slots.set(i, .success(result, keepSources ? String(decoding: source.utf8, as: UTF8.self) : nil))
                progress.advance(findings: result.findings.count)
            }
        }
        progress.finish()
        store?.finish()
        Linter.printProfile()
        // The worker threads' freed article models go back to the system before the run-wide
        // passes allocate, so they do not raise the peak on top of them.
        #if canImport(Glibc)
        _ = mallocTrim(0)
        #endif
        Linter.profileMemory("linting")

        // The unchanged articles come first: of a pair, the later article is the copy reported.
        var unchangedSignatures: [ArticleSignature] = []
        if !unchanged.isEmpty, settings.contains(where: { $0.enabled.contains("duplicate_article") }) {
            unchangedSignatures = Self.signatures(of: unchanged, jobs: jobs, options: LintOptions(wholePage: wholePage),
                                          admitted: { path in setups.values.first { $0.config.relativePath(path) != nil }?.config.admits(path) ?? true })
        }
        CrashGuard.enter(CrashGuard.stage("the cross-article pass"))
        defer { CrashGuard.enter(CrashGuard.stage("writing the reports")) }
        // Duplicate articles across the whole run, kept only where the rule is enabled.
        let allRules = setups.keys.sorted().flatMap { setups[$0]!.rules }
        var seen: Set<String> = []
        let runRules = allRules.filter { seen.insert($0.identifier).inserted }
        let before = results.map { Int32($0.findings.count) }
        Linter(rules: runRules).addCrossArticleFindings(to: &results, signatures: unchangedSignatures + signatures)
        unchangedSignatures = []
        if shard != nil {
            for (signature, owner) in zip(signatures, signatureOwners) { results[Int(owner)].signature = signature }
        }
        signatures = []
        for i in results.indices where results[i].findings.count != Int(before[i]) {
            let setting = settings[Int(settingOfResult[i])]
            results[i].findings = results[i].findings.compactMap { f in
                guard runRules.contains(where: { $0.identifier == f.ruleId && $0 is any CrossArticleRule }) else { return f }
                guard setting.enabled.contains(f.ruleId) else { return nil }
                var f = f
                if let level = setting.severity[f.ruleId] { f.finding.severity = level }
                return f
            }
        }
        #if canImport(Glibc)
        _ = mallocTrim(0)
        #endif
        Linter.profileMemory("the cross-article pass")
        var run = LintRun(toolVersion: FidelintVersion.current, rules: Fidelint.documented(runRules), files: results,
                          fileErrors: fileErrors, root: FileCollector.repositoryRoot(from: cwd), workingDirectory: cwd,
                          sources: sources)
        run.carriesSignatures = shard != nil
        return run
    }

    /// The duplicate-article signatures of `paths` (read and modelled, no rule run), on `jobs`
    /// threads, for the files `admitted` by their configuration's include/exclude. Files that
    /// cannot be read are skipped (they are not this run's files).
    static func signatures(of paths: [String], jobs: Int, options: LintOptions, admitted: (String) -> Bool) -> [ArticleSignature] {
        let chosen = paths.filter(admitted)
        final class Box: @unchecked Sendable { var items: [ArticleSignature?]; init(_ n: Int) { items = Array(repeating: nil, count: n) } }
        let box = Box(chosen.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, chosen.count))) { worker in
            var i = worker
            while i < chosen.count {
                if case let .success(bytes) = FileCollector.read(chosen[i]) {
                    let source = SourceText(path: chosen[i], bytes: bytes)
                    if !source.isBinary {
                        let article = ArticleReaders.reader(for: ArticleFormat.forPath(chosen[i]), options: options).read(source)
                        let signature = ArticleSignature.of(article)
                        lock.lock(); box.items[i] = signature; lock.unlock()
                    }
                }
                i += max(1, min(jobs, chosen.count))
            }
        }
        return box.items.compactMap { $0 }
    }

    /// Absolute paths of the files changed on this branch: since the merge base of `ref` and
    /// HEAD (committed since, staged or not; `git diff REF...HEAD` semantics) and the untracked
    /// files, from git.
    /// - Throws: `ExitCode(2)` when git is missing, this is not a repository or `ref` is unknown.
    static func changedFiles(since ref: String, in root: String) throws -> Set<String> {
        struct GitFailed: Error {}
        func git(_ args: [String], quiet: Bool = false) throws -> String {
            let r: Git.Output
            do { r = try Git.run(args, in: root) } catch { throw fail("--changed-since: git cannot be run: \(error)") }
            guard r.status == 0 else {
                if quiet { throw GitFailed() }
                throw fail("--changed-since \(ref): git \(args.first ?? "") failed: \(r.error.trimmingCharacters(in: .whitespacesAndNewlines))")
            }
            return String(decoding: r.output, as: UTF8.self)
        }
        guard !ref.hasPrefix("-") else { throw fail("--changed-since: '\(ref)' is not a git ref") }
        do { _ = try git(["rev-parse", "--verify", "--quiet", ref + "^{commit}"], quiet: true) } catch {
            _ = try git(["rev-parse", "--show-toplevel"])   // not a repository: git's own message
            throw fail("--changed-since \(ref): not a commit in this repository (a branch, tag or commit id is expected)")
        }
        let top = try git(["rev-parse", "--show-toplevel"]).trimmingCharacters(in: .whitespacesAndNewlines)
        // Against the merge base of REF and HEAD (`git diff REF...HEAD`, plus what is not
        // committed yet): a file changed on REF's branch after this branch left it is not this
        // branch's change. Without a common ancestor (unrelated histories), REF itself.
        let base = (try? git(["merge-base", ref, "HEAD"], quiet: true))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ref
        let names = try git(["diff", "--name-only", "-z", "--no-renames", "--diff-filter=ACMRT", base.isEmpty ? ref : base, "--"])
            + "\u{0}" + (try git(["ls-files", "-z", "--others", "--exclude-standard"]))
        var out: Set<String> = []
        for name in names.split(separator: "\u{0}") where !name.isEmpty {
            out.insert(URL(fileURLWithPath: (top as NSString).appendingPathComponent(String(name))).standardizedFileURL.path)
        }
        return out
    }
}
