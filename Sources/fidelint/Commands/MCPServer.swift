import ArgumentParser
import FidelintCore
import FidelintReporters
import FidelintRules
import Foundation
import MCP

extension Fidelint {
    /// `fidelint mcp`: a Model Context Protocol server on standard input and output (issue 18),
    /// built on the official Swift SDK (`modelcontextprotocol/swift-sdk`), for writing agents and
    /// generation pipelines that want findings before they publish.
    ///
    /// Tools (each result is the JSON report's object, as `structuredContent` and as text):
    /// - `lint_text`: `text` (at most 5 MB), `format` (`plain`, `markdown` or `html`; default
    ///   `markdown`; the size bound is `--max-text-bytes`), optional `article_date` (`YYYY-MM-DD`) and `path` (where the text would live:
    ///   its folder's `.fidelint.yml` applies, and the name is used in the findings).
    /// - `lint_files`: `paths` (files or folders, at most 1,000 files after walking), linted as
    ///   `check` would with their configurations.
    /// - `fix_text`: the arguments of `lint_text`; returns the text with every safe repair applied
    ///   (as `fidelint fix` would write it, passes repeated until nothing is left to fix):
    ///   `{"text", "changed", "applied", "fixes": [{"ruleId", "line", "column", "description"}],
    ///   "remaining": [finding objects of the repaired text], "diff"}` (lines 1-based, columns in
    ///   UTF-16 code units, of the text as the pass that repaired the finding read it: the text
    ///   given for the first pass; `diff` unified, from the text given to the result). It writes
    ///   nothing.
    /// Input past the bounds, or a bad argument, is a tool error naming what is wrong. The server
    /// reads files only when asked to lint them, never writes one, and opens no network connection.
    struct MCPCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mcp", abstract: "Run a Model Context Protocol server (tools lint_text, lint_files, fix_text) on standard input and output.")

        @Option(name: .customLong("max-text-bytes"), help: "The largest text lint_text accepts (bytes; default 5 MB).")
        var maxTextBytes = 5 * 1024 * 1024

        static let maxFiles = 1000

        func validate() throws {
            guard maxTextBytes >= 1 else { throw ValidationError("--max-text-bytes must be 1 or more") }
        }

        func run() throws {
            let done = DispatchSemaphore(value: 0)
            let limit = maxTextBytes
            Task {
                do { try await Self.serve(maxTextBytes: limit) } catch { StandardError.write("fidelint mcp: \(error)\n") }
                done.signal()
            }
            done.wait()
        }

        static let tools: [Tool] = [
            Tool(name: "lint_text", description: "Lint one article's text (plain, Markdown or HTML) for content-fidelity defects: assistant residue, name conflicts, duplicated sections, truncated tables and text, unlinked sources, scraper residue. Returns the findings with 1-based lines and UTF-16 columns.",
                 inputSchema: .object(["type": .string("object"), "required": .array([.string("text")]),
                                       "properties": .object([
                                           "text": .object(["type": .string("string"), "description": .string("The article, at most 5 MB.")]),
                                           "format": .object(["type": .string("string"), "enum": .array([.string("plain"), .string("markdown"), .string("html")])]),
                                           "article_date": .object(["type": .string("string"), "description": .string("YYYY-MM-DD, for date-aware rules.")]),
                                           "path": .object(["type": .string("string"), "description": .string("Where the article lives: its folder's .fidelint.yml applies.")]),
                                       ])]),
                 annotations: .init(readOnlyHint: true, openWorldHint: false)),
            Tool(name: "fix_text", description: "Apply fidelint's safe repairs to one article's text (delete assistant lead-ins, closing offers, refusals, citation tokens, ad labels, widget clusters, stray code fences, an exact second copy of a section) and return the repaired text, the repairs applied, the findings that remain (they need a person: names, sources, truncation) and a unified diff. Writes nothing.",
                 inputSchema: .object(["type": .string("object"), "required": .array([.string("text")]),
                                       "properties": .object([
                                           "text": .object(["type": .string("string"), "description": .string("The article, at most 5 MB.")]),
                                           "format": .object(["type": .string("string"), "enum": .array([.string("plain"), .string("markdown"), .string("html")])]),
                                           "article_date": .object(["type": .string("string"), "description": .string("YYYY-MM-DD, for date-aware rules.")]),
                                           "path": .object(["type": .string("string"), "description": .string("Where the article lives: its folder's .fidelint.yml applies.")]),
                                       ])]),
                 annotations: .init(readOnlyHint: true, openWorldHint: false)),
            Tool(name: "lint_files", description: "Lint article files and folders (.txt, .md, .html) as `fidelint check` would, with their .fidelint.yml. Returns the JSON report.",
                 inputSchema: .object(["type": .string("object"), "required": .array([.string("paths")]),
                                       "properties": .object(["paths": .object(["type": .string("array"), "items": .object(["type": .string("string")])])])]),
                 annotations: .init(readOnlyHint: true, openWorldHint: false)),
        ]

        static func serve(maxTextBytes: Int) async throws {
            let server = Server(name: "fidelint", version: FidelintVersion.current,
                                capabilities: .init(tools: .init(listChanged: false)))
            await server.withMethodHandler(ListTools.self) { _ in .init(tools: tools) }
            let state = TextLinterBox(maxTextBytes: maxTextBytes)
            await server.withMethodHandler(CallTool.self) { params in
                do {
                    let json: String
                    switch params.name {
                    case "lint_text": json = try state.lintText(params.arguments ?? [:])
                    case "lint_files": json = try lintFiles(params.arguments ?? [:])
                    case "fix_text": json = try state.fixText(params.arguments ?? [:])
                    default: throw ToolError("unknown tool '\(params.name)'; the tools are lint_text, lint_files and fix_text")
                    }
                    let value = try JSONDecoder().decode(Value.self, from: Data(json.utf8))
                    return CallTool.Result(content: [.text(json)], structuredContent: Optional(value), isError: false)
                } catch {
                    return .init(content: [.text("\(error)")], isError: true)
                }
            }
            try await server.start(transport: StdioTransport())
            await server.waitUntilCompleted()
        }

        struct ToolError: Error, CustomStringConvertible {
            var description: String
            init(_ d: String) { description = d }
        }

        static func lintFiles(_ args: [String: Value]) throws -> String {
            guard case let .array(items)? = args["paths"], !items.isEmpty else { throw ToolError("'paths' must be a non-empty array of strings") }
            let paths = try items.map { item -> String in
                guard case let .string(s) = item, !s.isEmpty, !s.hasPrefix("-") else { throw ToolError("'paths' holds something that is not a path") }
                return s
            }
            let found = FileCollector.collect(paths).files
            guard found.count <= maxFiles else { throw ToolError("\(found.count) files: at most \(maxFiles) per call") }
            var inputs = try LintInputs.parse(paths)
            inputs.jobs = max(1, min(inputs.jobs, 4))
            let run: LintRun
            do { run = try inputs.lint(keepSources: false) } catch { throw ToolError("the configuration, a rule pack or a registry is invalid (details on standard error)") }
            return JSONReporter.report(run)
        }
    }
}

/// The text linter the MCP tools share (one per server; calls are serialised by a lock).
final class TextLinterBox: @unchecked Sendable {
    private var linter = TextLinter()
    private let lock = NSLock()
    let maxTextBytes: Int

    init(maxTextBytes: Int) { self.maxTextBytes = maxTextBytes }

    /// The text, format, date and path of a `lint_text` or `fix_text` call, checked.
    func arguments(_ args: [String: Value]) throws -> (text: String, format: ArticleFormat, date: String?, path: String) {
        guard case let .string(text)? = args["text"] else { throw Fidelint.MCPCommand.ToolError("'text' (a string) is required") }
        guard text.utf8.count <= maxTextBytes else {
            throw Fidelint.MCPCommand.ToolError("'text' is \(text.utf8.count) bytes; at most \(maxTextBytes) (--max-text-bytes)")
        }
        var format = ArticleFormat.markdown
        if case let .string(f)? = args["format"] {
            guard let known = ArticleFormat(rawValue: f) else { throw Fidelint.MCPCommand.ToolError("'format' must be plain, markdown or html, not '\(f)'") }
            format = known
        }
        var date: String? = nil
        if case let .string(d)? = args["article_date"] {
            guard ArticleDate.parse(d) == d else { throw Fidelint.MCPCommand.ToolError("'article_date' must be YYYY-MM-DD, not '\(d)'") }
            date = d
        }
        var path = "article." + (format == .plain ? "txt" : format == .markdown ? "md" : "html")
        if case let .string(p)? = args["path"], !p.isEmpty { path = p }
        return (text, format, date, path)
    }

    func lintText(_ args: [String: Value]) throws -> String {
        let (text, format, date, path) = try arguments(args)
        lock.lock(); defer { lock.unlock() }
        let (result, rules) = try linter.lint(text: text, path: path, format: format, articleDate: date)
        let run = LintRun(toolVersion: FidelintVersion.current, rules: rules, files: [result], fileErrors: [],
                          root: FileManager.default.currentDirectoryPath, workingDirectory: FileManager.default.currentDirectoryPath)
        return JSONReporter.report(run)
    }

    /// `fix_text`: the repaired text and what was done (see `Fidelint.MCPCommand`).
    func fixText(_ args: [String: Value]) throws -> String {
        let (text, format, date, path) = try arguments(args)
        lock.lock(); defer { lock.unlock() }
        let (fileLinter, rules) = try linter.linter(for: path, articleDate: date)
        let outcome = try Fixer.repair(path: path, bytes: Array(text.utf8)) { fileLinter.lint($0, format: format) }
        let run = LintRun(toolVersion: FidelintVersion.current, rules: rules, files: [outcome.remaining], fileErrors: [],
                          root: FileManager.default.currentDirectoryPath, workingDirectory: FileManager.default.currentDirectoryPath)
        let report = try JSONSerialization.jsonObject(with: Data(JSONReporter.report(run).utf8)) as? [String: Any] ?? [:]
        let object: [String: Any] = [
            "text": String(decoding: outcome.after, as: UTF8.self),
            "changed": outcome.changed,
            "applied": outcome.applied.count,
            "fixes": outcome.applied.map { ["ruleId": $0.ruleId, "line": $0.location.line, "column": $0.location.column,
                                            "description": $0.fix?.description ?? ""] as [String: Any] },
            "remaining": report["findings"] ?? [],
            "diff": Fixer.unifiedDiff(old: outcome.before, new: outcome.after, path: path),
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
