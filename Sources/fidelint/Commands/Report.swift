import ArgumentParser
import FidelintCore
import FidelintReporters
import FidelintRules
import Foundation

extension Fidelint {
    /// `fidelint report FILE...`: merges the JSON or SARIF reports of earlier runs (shards) and
    /// writes them in any format, with the same gate and exit status as `check`.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge the JSON or SARIF reports of earlier runs and write them in any format.",
            discussion: """
            Findings of all inputs are merged: files de-duplicated by path, findings de-duplicated \
            and sorted by path, line, column and rule. The HTML format reads the files again, when \
            they exist, to show each finding in its context. Exit status as for check: 1 when a \
            finding reaches --fail-on, 2 when an input is not a fidelint JSON or SARIF report or \
            the inputs record files that could not be read.
            """)

        @Argument(help: "Reports written by fidelint check --format json or --format sarif.")
        var inputs: [String]

        @OptionGroup var outputOptions: OutputOptions

        func validate() throws {
            guard !inputs.isEmpty else { throw ValidationError("Name at least one JSON or SARIF report of fidelint check.") }
        }

        func run() throws {
            let cwd = FileManager.default.currentDirectoryPath
            var shards: [ReportReader.Shard] = []
            var failed = false
            for input in inputs {
                do {
                    guard let data = FileManager.default.contents(atPath: input) else {
                        throw ReportReader.Failure(path: input, reason: FileManager.default.fileExists(atPath: input)
                                                   ? "cannot be read" : "no such file")
                    }
                    shards.append(try ReportReader.read(data, path: input, workingDirectory: cwd))
                } catch {
                    StandardError.write("fidelint: error: \(error)\n")
                    failed = true
                }
            }
            if failed { throw ExitCode(2) }
            var merged = ReportReader.merge(shards)
            // Duplicate articles that fall in two different shards (each shard found its own pairs,
            // with its own configuration, suppressions and baseline): found from the signatures the
            // shards' JSON reports carry, with each file's severity and suppressions.
            let withSignature = merged.files.indices.filter { merged.files[$0].signature != nil }
            if withSignature.count >= 2 {
                let duplicates = DuplicateArticleRule()
                let index = Dictionary(uniqueKeysWithValues: merged.files.enumerated().map { ($1.path, $0) })
                for (path, finding) in duplicates.check(across: withSignature.map { merged.files[$0].signature! }) {
                    guard let i = index[path], let other = finding.related.first?.path,
                          merged.shardOfPath[path] != merged.shardOfPath[other] else { continue }
                    let file = merged.files[i]
                    if file.suppressions.contains(where: { $0.covers(ruleId: finding.ruleId, category: finding.category, line: finding.location.line) }) { continue }
                    var f = finding
                    if let s = file.duplicateSeverity { f.finding.severity = s }
                    merged.files[i].findings.append(f)
                    merged.files[i].findings.sort { $0.precedes($1) }
                }
            }
            // Rules the inputs do not describe (an older JSON report) come from this binary.
            let known = Set(merged.rules.map(\.identifier))
            if let builtIn = try? RuleSet.all() {
                merged.rules += builtIn.map(\.description).filter { !known.contains($0.identifier) }
            }
            var sources: [String: String] = [:]
            if outputOptions.wantsSources {
                for file in merged.files where file.path != "-" && Self.mayShowSource(file.path, under: cwd) {
                    if let data = FileCollector.readBytes(file.path) {
                        sources[file.path] = String(decoding: SourceText(path: file.path, bytes: data).utf8, as: UTF8.self)
                    }
                }
            }
            let run = LintRun(toolVersion: merged.toolVersion, rules: merged.rules, files: merged.files,
                              fileErrors: merged.fileErrors, root: FileCollector.repositoryRoot(from: cwd),
                              workingDirectory: cwd, sources: sources)
            try outputOptions.finish(run)
        }
    
        /// Whether the HTML report may embed the text of `path`, a path that an input report
        /// names: only an article (a linted extension: .txt, .md, .markdown, .html, .htm) inside the
        /// working folder `cwd`, with no ".." and no absolute path outside it, so a crafted report
        /// cannot make `report --format html` copy /etc/passwd or ~/.ssh into a page.
        static func mayShowSource(_ path: String, under cwd: String) -> Bool {
            let lower = path.lowercased()
            guard [".txt", ".md", ".markdown", ".html", ".htm"].contains(where: { lower.hasSuffix($0) }) else { return false }
            let full = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: cwd, isDirectory: true))
                .standardizedFileURL.resolvingSymlinksInPath().path
            let root = URL(fileURLWithPath: cwd, isDirectory: true).standardizedFileURL.resolvingSymlinksInPath().path
            return full.hasPrefix(root.hasSuffix("/") ? root : root + "/")
        }
}
}
