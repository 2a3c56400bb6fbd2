import ArgumentParser
import FidelintCore
import FidelintReporters
import FidelintRules
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Fidelint {
    /// `fidelint fix PATH...`: applies the safe repairs the rules declare (issue 18) in place.
    ///
    /// Each file is linted as `check` would lint it (its `.fidelint.yml`, inline suppressions
    /// respected), the fixes of its findings are applied, and the file is linted and fixed again
    /// until nothing is left to fix (every repair deletes, so this ends): a
    /// second run changes nothing. The file is written atomically (a temporary file in its folder,
    /// given the file's permissions, then renamed over it), in its own encoding, with its
    /// byte-order mark, line endings and front matter, every byte outside the repairs unchanged.
    /// A file that cannot be written (no write permission for anyone or for this user, a folder
    /// that refuses the temporary file, a write that fails) is left untouched and reported; the
    /// other files are still fixed; the exit status is then 2. `--dry-run` prints a unified diff
    /// instead and writes nothing. `-` reads standard input and writes the repaired text (or the
    /// diff) to standard output.
    struct FixCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fix",
            abstract: "Apply the safe repairs (assistant and scraper residue, stray fences, exact duplicate sections) in place.",
            discussion: "Exit status: 0 when every file was fixed or had nothing to fix, 2 when a file could not be read or written (it is left unchanged) or for a usage or configuration error.")

        @Argument(help: "Files and folders to fix (folders are searched as `check` searches them), or - for standard input.")
        var paths: [String]

        @Flag(name: .customLong("dry-run"), help: "Print a unified diff of the repairs instead of writing the files.")
        var dryRun = false

        @Option(name: .customLong("config"), help: "The configuration file to use for every file, instead of the nearest .fidelint.yml above each.")
        var config: String?

        @Option(name: .customLong("rules"), help: "An extra rule pack: a folder of YAML rule files (repeatable).")
        var rulePacks: [String] = []

        @Option(name: .customLong("entities"), help: "An entity registry, added to the shipped one (repeatable).")
        var entityFiles: [String] = []

        @Option(name: .customLong("sources"), help: "A source registry, added to the shipped one (repeatable).")
        var sourceFiles: [String] = []

        @Option(name: .customLong("set"), help: "A rule option, RULE.KEY=NUMBER (repeatable).")
        var ruleOptions: [String] = []

        @Option(name: .customLong("article-date"), help: "The article date (YYYY-MM-DD) when the article does not give one.")
        var articleDate: String?

        @Option(name: .customLong("site-domain"), help: "The publishing site's own domain.")
        var siteDomain: String?

        @Flag(name: .customLong("whole-page"), help: "HTML: lint the whole page, not only the article region.")
        var wholePage = false

        @Option(name: .customLong("stdin-format"), help: "How to read standard input: plain, markdown or html.")
        var stdinFormat: String = "plain"

        @Flag(name: .customLong("no-ignore"), help: "Walk folders without skipping what git ignores or a .fidelintignore excludes.")
        var noIgnore = false

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
            // A write past a file-size limit fails with EFBIG (reported) instead of killing the process.
            signal(SIGXFSZ, SIG_IGN)
            var linter = TextLinter(settings: .init(config: config, rulePacks: rulePacks, entityFiles: entityFiles, sourceFiles: sourceFiles,
                                                    ruleOptions: ruleOptions, articleDate: articleDate, siteDomain: siteDomain, wholePage: wholePage))
            RuleSet.startLoadingShipped()
            let collected = FileCollector.collect(paths, filter: FileCollector.WalkFilter(respectIgnores: !noIgnore))
            var failed = false
            for (path, message) in collected.errors {
                StandardError.write("fidelint: error: \(path): \(message)\n")
                failed = true
            }
            var fixedFindings = 0, fixedFiles = 0, remaining = 0
            for path in collected.files {
                let configuration: Configuration
                do { configuration = try linter.configuration(for: path == "-" ? "stdin" : path) } catch { throw LintInputs.fail("\(error)") }
                if path != "-", !(collected.named.contains(path) ? !configuration.excludes(path) : configuration.admits(path)) { continue }
                let bytes: [UInt8]
                let read = path == "-" ? FileCollector.read(descriptor: 0) : FileCollector.read(path)
                switch read {
                case let .success(b): bytes = b
                case let .failure(error):
                    StandardError.write("fidelint: error: \(path == "-" ? "standard input" : path): \(error)\n")
                    failed = true
                    continue
                }
                guard !SourceText(path: path, bytes: bytes).isBinary else {
                    StandardError.write("fidelint: error: \(path): binary file (it holds NUL bytes); not fixed\n")
                    failed = true
                    continue
                }
                let format = path == "-" ? ArticleFormat(rawValue: stdinFormat)! : ArticleFormat.forPath(path)
                let outcome: Fixer.Outcome
                do {
                    let (fileLinter, _) = try linter.linter(for: path == "-" ? "stdin" : path)
                    outcome = try Fixer.repair(path: path, bytes: bytes) { fileLinter.lint($0, format: format) }
                } catch let error as Fixer.EncodingError {
                    StandardError.write("fidelint: error: \(path): \(error.description)\n")
                    failed = true
                    continue
                } catch {
                    throw LintInputs.fail("\(error)")
                }
                remaining += outcome.remaining.findings.count
                for e in outcome.remaining.errors { StandardError.write("fidelint: warning: \(path): \(e)\n") }
                if dryRun {
                    let diff = Fixer.unifiedDiff(old: outcome.before, new: outcome.after, path: path == "-" ? "stdin" : path)
                    FileHandle.standardOutput.write(Data(diff.utf8))
                } else if path == "-" {
                    FileHandle.standardOutput.write(Data(outcome.bytes))
                } else if outcome.changed {
                    do {
                        try Self.writeAtomically(outcome.bytes, to: path)
                    } catch {
                        StandardError.write("fidelint: error: \(path): \(error); the file was left unchanged\n")
                        failed = true
                        continue
                    }
                }
                if outcome.changed {
                    fixedFiles += 1
                    fixedFindings += outcome.applied.count
                }
            }
            let verb = dryRun ? "would fix" : "fixed"
            StandardError.write("fidelint: \(verb) \(fixedFindings) finding\(fixedFindings == 1 ? "" : "s") in \(fixedFiles) file\(fixedFiles == 1 ? "" : "s"); "
                + "\(remaining) finding\(remaining == 1 ? "" : "s") left without a safe repair (see fidelint check)\n")
            if failed { throw ExitCode(2) }
        }

        /// Why a file was not written.
        struct WriteError: Error, CustomStringConvertible {
            var description: String
        }

        /// Replaces the file at `path` by `bytes` atomically: a temporary file in the same folder
        /// (so the rename does not cross file systems) gets the bytes, is flushed to disk and given
        /// the original's permission bits (and owner, where allowed), then is renamed over the
        /// original. A symbolic link is followed: its target is replaced and the link stays.
        /// On any failure the temporary file is removed and the original is untouched.
        /// - Throws: `WriteError` when the file has no write permission (for anyone, or for this
        ///   user), or the temporary file cannot be created, written, flushed or renamed.
        static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
            let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            var st = stat()
            guard stat(target, &st) == 0 else { throw WriteError(description: "cannot be read for its permissions (\(String(cString: strerror(errno))))") }
            // Root may write anything: a file that nobody may write is refused all the same.
            guard st.st_mode & 0o222 != 0, access(target, W_OK) == 0 else { throw WriteError(description: "the file is read-only") }
            let folder = (target as NSString).deletingLastPathComponent
            let name = (target as NSString).lastPathComponent
            var template = Array(((folder.isEmpty ? "." : folder) + "/." + name + ".fidelint-XXXXXX").utf8CString)
            let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard fd >= 0 else { throw WriteError(description: "cannot create a temporary file in \(folder.isEmpty ? "." : folder) (\(String(cString: strerror(errno))))") }
            let temporary = String(cString: template)
            func fail(_ what: String) -> WriteError {
                let why = String(cString: strerror(errno))
                close(fd)
                unlink(temporary)
                return WriteError(description: "\(what) failed (\(why))")
            }
            var written = 0
            while written < bytes.count {
                let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, bytes.count - written) }
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { throw fail("writing the repaired file") }
                written += n
            }
            guard fchmod(fd, st.st_mode & 0o7777) == 0 else { throw fail("setting the permissions") }
            _ = fchown(fd, st.st_uid, st.st_gid)   // kept where allowed
            guard fsync(fd) == 0 else { throw fail("flushing the repaired file") }
            guard close(fd) == 0 else { unlink(temporary); throw WriteError(description: "closing the repaired file failed (\(String(cString: strerror(errno))))") }
            guard rename(temporary, target) == 0 else {
                let why = String(cString: strerror(errno))
                unlink(temporary)
                throw WriteError(description: "replacing the file failed (\(why))")
            }
        }
    }
}
