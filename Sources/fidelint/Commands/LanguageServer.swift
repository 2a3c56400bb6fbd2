import ArgumentParser
import FidelintCore
import FidelintReporters
import FidelintRules
import Foundation

extension Fidelint {
    /// `fidelint lsp`: a Language Server Protocol server on standard input and output (issue 18).
    ///
    /// JSON-RPC 2.0 with `Content-Length` framing. Capabilities: full-text document sync
    /// (diagnostics on open, change and save; cleared on close), hover (the rule's summary, origin,
    /// repair and documentation link over a finding) and code actions: for each finding with a
    /// safe repair a preferred quick fix applying it (the edits `fidelint fix` makes), for each
    /// finding an inline suppression with a reason to complete, and `source.fixAll.fidelint`
    /// applying every safe repair of the document at once. Positions are LSP's: 0-based lines and
    /// UTF-16 characters (the findings' 1-based UTF-16 columns minus one); the server announces
    /// `positionEncoding: utf-16`. Related locations become `relatedInformation`. The workspace configuration applies: each
    /// document is linted with the `.fidelint.yml` found above its path, as `check` would.
    /// Text, Markdown and HTML documents by extension (`.txt`, `.md`/`.markdown`, `.html`/`.htm`)
    /// or language id (`plaintext`, `markdown`, `html`). A message that is not JSON-RPC gets the
    /// protocol's error response; the server never writes files.
    struct LanguageServer: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lsp", abstract: "Run a Language Server Protocol server on standard input and output.")

        func run() throws {
            var server = LSPServer(output: { FileHandle.standardOutput.write($0) })
            var reader = LSPFrameReader(fd: 0)
            while let body = reader.next() {
                if server.handle(body) == .exit { break }
            }
            Foundation.exit(server.shutdownRequested ? 0 : 1)
        }
    }
}

/// Reads `Content-Length`-framed messages from a descriptor.
struct LSPFrameReader {
    let fd: Int32
    var buffer: [UInt8] = []

    /// The next message body, or nil at the end of input.
    mutating func next() -> Data? {
        while true {
            if let end = headerEnd() {
                let header = String(decoding: buffer[0..<end], as: UTF8.self)
                var length = -1
                for line in header.split(separator: "\r\n") where line.lowercased().hasPrefix("content-length:") {
                    length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) ?? -1
                }
                let start = end + 4
                guard length >= 0 else { buffer.removeFirst(start); continue }
                while buffer.count < start + length { guard fill() else { return nil } }
                let body = Data(buffer[start..<(start + length)])
                buffer.removeFirst(start + length)
                return body
            }
            guard fill() else { return nil }
        }
    }

    private func headerEnd() -> Int? {
        guard buffer.count >= 4 else { return nil }
        for i in 0...(buffer.count - 4) where buffer[i] == 13 && buffer[i + 1] == 10 && buffer[i + 2] == 13 && buffer[i + 3] == 10 { return i }
        return nil
    }

    private mutating func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return false }
            buffer += chunk[0..<n]
            return true
        }
    }
}

/// The server's state: open documents, the linter per configuration, and the last findings per
/// document (for hover and code actions).
struct LSPServer {
    enum Outcome { case goOn, exit }

    let output: (Data) -> Void
    var shutdownRequested = false
    var documents: [String: (text: String, language: String)] = [:]
    var findings: [String: [ResolvedFinding]] = [:]
    var linter = TextLinter()
    var descriptions: [String: RuleDescription] { linter.descriptions }

    init(output: @escaping (Data) -> Void) { self.output = output }

    mutating func handle(_ body: Data) -> Outcome {
        guard let message = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            send(["jsonrpc": "2.0", "id": NSNull(), "error": ["code": -32700, "message": "Parse error: the message is not a JSON object"]])
            return .goOn
        }
        let id = message["id"]
        let method = message["method"] as? String ?? ""
        let params = message["params"] as? [String: Any] ?? [:]
        func reply(_ result: Any) { if let id { send(["jsonrpc": "2.0", "id": id, "result": result]) } }
        switch method {
        case "initialize":
            reply(["capabilities": ["positionEncoding": "utf-16",
                                    "textDocumentSync": ["openClose": true, "change": 1, "save": ["includeText": false]],
                                    "hoverProvider": true,
                                    "codeActionProvider": ["codeActionKinds": ["quickfix", Self.fixAllKind]]],
                   "serverInfo": ["name": "fidelint", "version": FidelintVersion.current]])
        case "initialized", "$/cancelRequest", "workspace/didChangeConfiguration", "workspace/didChangeWatchedFiles":
            break
        case "shutdown":
            shutdownRequested = true
            reply(NSNull())
        case "exit":
            return .exit
        case "textDocument/didOpen":
            if let doc = params["textDocument"] as? [String: Any], let uri = doc["uri"] as? String, let text = doc["text"] as? String {
                documents[uri] = (text, doc["languageId"] as? String ?? "")
                publish(uri)
            }
        case "textDocument/didChange":
            if let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String,
               let text = (params["contentChanges"] as? [[String: Any]])?.last?["text"] as? String {
                documents[uri]?.text = text
                if documents[uri] == nil { documents[uri] = (text, "") }
                publish(uri)
            }
        case "textDocument/didSave":
            if let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String { publish(uri) }
        case "textDocument/didClose":
            if let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String {
                documents[uri] = nil
                findings[uri] = nil
                send(["jsonrpc": "2.0", "method": "textDocument/publishDiagnostics", "params": ["uri": uri, "diagnostics": []]])
            }
        case "textDocument/hover":
            reply(hover(params) ?? NSNull())
        case "textDocument/codeAction":
            reply(codeActions(params))
        default:
            if id != nil { send(["jsonrpc": "2.0", "id": id!, "error": ["code": -32601, "message": "Method not found: \(method)"]]) }
        }
        return .goOn
    }

    func send(_ object: [String: Any]) {
        guard let body = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return }
        output(Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
    }

    /// The file path of a `file:` URI (percent-decoded), else the URI itself.
    static func path(of uri: String) -> String {
        guard let url = URL(string: uri), url.isFileURL else { return uri }
        return url.path
    }

    static func format(path: String, language: String) -> ArticleFormat {
        switch language {
        case "markdown": return .markdown
        case "html": return .html
        case "plaintext": return .plain
        default: return ArticleFormat.forPath(path)
        }
    }

    /// Lints a document's current text with its folder's configuration.
    mutating func lint(_ uri: String) -> Result<[ResolvedFinding], Error> {
        guard let doc = documents[uri] else { return .success([]) }
        let path = Self.path(of: uri)
        do {
            let (result, _) = try linter.lint(text: doc.text, path: path, format: Self.format(path: path, language: doc.language))
            return .success(result.findings)
        } catch {
            return .failure(error)
        }
    }

    /// The code action kind of "apply every safe repair of the document".
    static let fixAllKind = "source.fixAll.fidelint"

    static func range(_ l: Location) -> [String: Any] {
        ["start": ["line": l.line - 1, "character": l.column - 1], "end": ["line": l.endLine - 1, "character": l.endColumn - 1]]
    }

    /// The LSP diagnostic of finding `f` in the document `uri`.
    func diagnostic(_ f: ResolvedFinding, uri: String) -> [String: Any] {
        var d: [String: Any] = ["range": Self.range(f.location), "severity": f.severity == .error ? 1 : f.severity == .warning ? 2 : 3,
                                "code": f.ruleId, "source": "fidelint", "message": f.message]
        if let help = descriptions[f.ruleId]?.helpURI { d["codeDescription"] = ["href": help] }
        if !f.related.isEmpty {
            d["relatedInformation"] = f.related.map { r -> [String: Any] in
                ["location": ["uri": r.path == f.path ? uri : URL(fileURLWithPath: r.path).absoluteString, "range": Self.range(r.location)],
                 "message": r.message]
            }
        }
        return d
    }

    mutating func publish(_ uri: String) {
        var diagnostics: [[String: Any]] = []
        switch lint(uri) {
        case let .success(found):
            findings[uri] = found
            diagnostics = found.map { diagnostic($0, uri: uri) }
        case let .failure(error):
            findings[uri] = []
            diagnostics = [["range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]], "severity": 1,
                            "source": "fidelint", "message": "fidelint cannot lint this document: \(error)"]]
        }
        send(["jsonrpc": "2.0", "method": "textDocument/publishDiagnostics", "params": ["uri": uri, "diagnostics": diagnostics]])
    }

    static func position(_ params: [String: Any]) -> (line: Int, character: Int)? {
        guard let p = params["position"] as? [String: Any], let line = p["line"] as? Int, let character = p["character"] as? Int else { return nil }
        return (line, character)
    }

    static func contains(_ l: Location, line: Int, character: Int) -> Bool {
        let start = (l.line - 1, l.column - 1), end = (l.endLine - 1, l.endColumn - 1)
        return (line, character) >= start && (line, character) <= end
    }

    func hover(_ params: [String: Any]) -> [String: Any]? {
        guard let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String, let (line, character) = Self.position(params),
              let f = findings[uri]?.first(where: { Self.contains($0.location, line: line, character: character) }) else { return nil }
        var text = "**\(f.ruleId)** (\(f.severity.rawValue), \(f.category.rawValue)): \(f.message)"
        if let d = descriptions[f.ruleId] {
            text += "\n\n\(d.summary)\n\nWhere it comes from: \(d.origin)"
            if let fix = f.fix { text += "\n\nSafe repair: \(fix.description.lowercased()) (code action, or `fidelint fix`)" }
            if let help = d.helpURI { text += "\n\n[Rule documentation](\(help))" }
        }
        return ["contents": ["kind": "markdown", "value": text], "range": Self.range(f.location)]
    }

    /// The LSP text edit of a resolved edit (exact positions: 0-based line, UTF-16 character).
    static func textEdit(_ e: ResolvedEdit) -> [String: Any] {
        ["range": ["start": ["line": e.location.line - 1, "character": e.location.column - 1],
                   "end": ["line": e.location.endLine - 1, "character": e.location.endColumn - 1]],
         "newText": e.replacement]
    }

    /// The code actions for the findings whose first line is in the requested range: a preferred
    /// quick fix applying each safe repair, a suppression comment (with a reason to complete) on
    /// the line above each finding, indented as that line and ending as the document's lines do,
    /// and one `source.fixAll.fidelint` action for every safe repair of the document (one pass
    /// of `fidelint fix`: repairs that overlap or touch wait for the next request). A request
    /// whose `context.only` names kinds gets only those.
    func codeActions(_ params: [String: Any]) -> [[String: Any]] {
        guard let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String,
              let range = params["range"] as? [String: Any],
              let start = (range["start"] as? [String: Any])?["line"] as? Int,
              let end = (range["end"] as? [String: Any])?["line"] as? Int else { return [] }
        let only = ((params["context"] as? [String: Any])?["only"] as? [String]) ?? []
        func wanted(_ kind: String) -> Bool { only.isEmpty || only.contains { kind == $0 || kind.hasPrefix($0 + ".") } }
        let doc = documents[uri]
        let text = doc?.text ?? ""
        let format = Self.format(path: Self.path(of: uri), language: doc?.language ?? "")
        let lineBreak = text.contains("\r\n") ? "\r\n" : "\n"
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let found = findings[uri] ?? []
        var actions: [[String: Any]] = []
        for f in found where f.location.line - 1 >= start && f.location.line - 1 <= end {
            if let fix = f.fix, wanted("quickfix") {
                actions.append(["title": "Fix: \(fix.description.lowercased()) (\(f.ruleId))", "kind": "quickfix", "isPreferred": true,
                                "diagnostics": [diagnostic(f, uri: uri)],
                                "edit": ["changes": [uri: fix.edits.map(Self.textEdit)]]])
            }
            guard wanted("quickfix") else { continue }
            let directive = "fidelint-disable-next-line \(f.ruleId) -- reason: explain why this is not a defect"
            let indent = f.location.line - 1 < lines.count ? String(lines[f.location.line - 1].prefix { $0 == " " || $0 == "\t" }) : ""
            let line = indent + (format == .plain ? directive : "<!-- \(directive) -->") + lineBreak
            let at = ["line": f.location.line - 1, "character": 0]
            actions.append(["title": "Suppress \(f.ruleId) on this line (give a reason)", "kind": "quickfix",
                            "diagnostics": [diagnostic(f, uri: uri)],
                            "edit": ["changes": [uri: [["range": ["start": at, "end": at], "newText": line]]]]])
        }
        let (edits, fixed) = Fixer.choose(found)
        if !edits.isEmpty, wanted(Self.fixAllKind) {
            let resolved = fixed.flatMap { $0.fix?.edits ?? [] }
            var seen = Set<SourceRange>()
            let unique = resolved.filter { e in edits.contains { $0.range == e.range } && seen.insert(e.range).inserted }
            actions.append(["title": "Fix all safe repairs in this document (\(fixed.count) finding\(fixed.count == 1 ? "" : "s"))",
                            "kind": Self.fixAllKind, "edit": ["changes": [uri: unique.map(Self.textEdit)]]])
        }
        return actions
    }
}
