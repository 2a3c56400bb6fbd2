import ArgumentParser
import FidelintCore
import FidelintReporters
import FidelintRules
import Foundation

extension Fidelint {
    /// `fidelint lsp`: a Language Server Protocol server on standard input and output (issue 18).
    ///
    /// JSON-RPC 2.0 with `Content-Length` framing. Capabilities: full-text document sync
    /// (diagnostics on open, change and save; cleared on close), hover (the rule's summary, origin
    /// and documentation link over a finding) and code actions (an inline suppression with a
    /// reason for each finding). Positions are LSP's: 0-based lines and UTF-16 characters (the
    /// findings' 1-based UTF-16 columns minus one). The workspace configuration applies: each
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
            reply(["capabilities": ["textDocumentSync": ["openClose": true, "change": 1, "save": ["includeText": false]],
                                    "hoverProvider": true, "codeActionProvider": ["codeActionKinds": ["quickfix"]]],
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

    static func range(_ l: Location) -> [String: Any] {
        ["start": ["line": l.line - 1, "character": l.column - 1], "end": ["line": l.endLine - 1, "character": l.endColumn - 1]]
    }

    mutating func publish(_ uri: String) {
        var diagnostics: [[String: Any]] = []
        switch lint(uri) {
        case let .success(found):
            findings[uri] = found
            for f in found {
                var d: [String: Any] = ["range": Self.range(f.location), "severity": f.severity == .error ? 1 : f.severity == .warning ? 2 : 3,
                                        "code": f.ruleId, "source": "fidelint", "message": f.message]
                if let help = descriptions[f.ruleId]?.helpURI { d["codeDescription"] = ["href": help] }
                if !f.related.isEmpty {
                    d["relatedInformation"] = f.related.map { r -> [String: Any] in
                        ["location": ["uri": r.path == f.path ? uri : URL(fileURLWithPath: r.path).absoluteString, "range": Self.range(r.location)],
                         "message": r.message]
                    }
                }
                diagnostics.append(d)
            }
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
            if let help = d.helpURI { text += "\n\n[Rule documentation](\(help))" }
        }
        return ["contents": ["kind": "markdown", "value": text], "range": Self.range(f.location)]
    }

    /// One quick fix per finding in the requested range: a suppression comment for its rule, with
    /// a reason to fill in, on the line above the finding.
    func codeActions(_ params: [String: Any]) -> [[String: Any]] {
        guard let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String,
              let range = params["range"] as? [String: Any],
              let start = (range["start"] as? [String: Any])?["line"] as? Int,
              let end = (range["end"] as? [String: Any])?["line"] as? Int else { return [] }
        let doc = documents[uri]
        let format = Self.format(path: Self.path(of: uri), language: doc?.language ?? "")
        var actions: [[String: Any]] = []
        for f in findings[uri] ?? [] where f.location.line - 1 >= start && f.location.line - 1 <= end {
            let directive = "fidelint-disable-next-line \(f.ruleId) -- reason: "
            let line = format == .plain ? directive + "\n" : "<!-- \(directive) -->\n"
            let at = ["line": f.location.line - 1, "character": 0]
            actions.append(["title": "Suppress \(f.ruleId) on this line (give a reason)", "kind": "quickfix",
                            "edit": ["changes": [uri: [["range": ["start": at, "end": at], "newText": line]]]]])
        }
        return actions
    }
}
