import Foundation
import Testing

/// Issue 18: `fidelint lsp` driven over its standard input and output as an editor would:
/// initialize, open, change, hover, code action, close, shutdown, exit.
@Suite struct LanguageServerTests {
    static func frame(_ object: [String: Any]) throws -> Data {
        let body = try JSONSerialization.data(withJSONObject: object)
        return Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    /// Splits the server's output into its JSON messages.
    static func messages(_ data: Data) throws -> [[String: Any]] {
        var out: [[String: Any]] = []
        var rest = data[...]
        while let headerEnd = rest.range(of: Data("\r\n\r\n".utf8)) {
            let header = String(decoding: rest[rest.startIndex..<headerEnd.lowerBound], as: UTF8.self)
            let length = Int(header.replacingOccurrences(of: "Content-Length: ", with: "")) ?? 0
            let body = rest[headerEnd.upperBound..<(headerEnd.upperBound + length)]
            out.append(try JSONSerialization.jsonObject(with: body) as? [String: Any] ?? [:])
            rest = rest[(headerEnd.upperBound + length)...]
        }
        return out
    }

    @Test func editorSession() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fidelint-lsp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // The workspace configuration applies: ad labels are warnings here.
        try "severity: {ad_label: warning}\n".write(to: dir.appendingPathComponent(".fidelint.yml"), atomically: true, encoding: .utf8)
        let uri = dir.appendingPathComponent("story.md").absoluteString
        let text = "# Ferry News\n\nThe “new” ferry runs hourly.\n\nADVERTISEMENT\n\nTickets cost less.\n"
        var input = Data()
        input += try Self.frame(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["processId": NSNull(), "rootUri": dir.absoluteString, "capabilities": [:]]])
        input += try Self.frame(["jsonrpc": "2.0", "method": "initialized", "params": [:]])
        input += try Self.frame(["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": ["textDocument": ["uri": uri, "languageId": "markdown", "version": 1, "text": text]]])
        input += try Self.frame(["jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": ["textDocument": ["uri": uri], "position": ["line": 4, "character": 3]]])
        input += try Self.frame(["jsonrpc": "2.0", "id": 3, "method": "textDocument/codeAction", "params": ["textDocument": ["uri": uri], "range": ["start": ["line": 4, "character": 0], "end": ["line": 4, "character": 5]], "context": ["diagnostics": []]]])
        input += try Self.frame(["jsonrpc": "2.0", "method": "textDocument/didChange", "params": ["textDocument": ["uri": uri, "version": 2], "contentChanges": [["text": "# Ferry News\n\nThe ferry runs hourly.\n"]]]])
        input += try Self.frame(["jsonrpc": "2.0", "id": 4, "method": "no/such", "params": [String: Any]()])
        input += try Self.frame(["jsonrpc": "2.0", "method": "textDocument/didClose", "params": ["textDocument": ["uri": uri]]])
        input += try Self.frame(["jsonrpc": "2.0", "id": 5, "method": "shutdown"])
        input += try Self.frame(["jsonrpc": "2.0", "method": "exit"])
        let r = try CLITests.run(["lsp"], stdin: String(decoding: input, as: UTF8.self), in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let messages = try Self.messages(Data(r.stdout.utf8))
        let initialize = try #require(messages.first { $0["id"] as? Int == 1 })
        let capabilities = (initialize["result"] as? [String: Any])?["capabilities"] as? [String: Any]
        #expect(capabilities?["hoverProvider"] as? Bool == true)
        let published = messages.filter { $0["method"] as? String == "textDocument/publishDiagnostics" }
        #expect(published.count == 3)   // open, change, close
        let first = (published[0]["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]] ?? []
        #expect(first.count == 1)
        let d = try #require(first.first)
        #expect(d["code"] as? String == "ad_label")
        #expect(d["severity"] as? Int == 2)   // the configuration's warning
        let range = d["range"] as? [String: [String: Int]]
        #expect(range?["start"] == ["line": 4, "character": 0])
        #expect(range?["end"] == ["line": 4, "character": 13])
        #expect((d["codeDescription"] as? [String: String])?["href"]?.hasSuffix("docs/rules/ad_label.md") == true)
        let hover = try #require(messages.first { $0["id"] as? Int == 2 }?["result"] as? [String: Any])
        #expect(((hover["contents"] as? [String: Any])?["value"] as? String)?.hasPrefix("**ad_label** (warning, scraper-residue)") == true)
        let actions = messages.first { $0["id"] as? Int == 3 }?["result"] as? [[String: Any]] ?? []
        // The repair (preferred), the suppression with a reason, and "fix all".
        #expect(actions.map { $0["title"] as? String ?? "" } == ["Fix: delete the line (ad_label)", "Suppress ad_label on this line (give a reason)",
                                                                 "Fix all safe repairs in this document (1 finding)"])
        #expect(actions.map { $0["kind"] as? String ?? "" } == ["quickfix", "quickfix", "source.fixAll.fidelint"])
        func edits(_ action: [String: Any]) -> [[String: Any]] { ((action["edit"] as? [String: Any])?["changes"] as? [String: Any])?[uri] as? [[String: Any]] ?? [] }
        #expect(actions.first?["isPreferred"] as? Bool == true)
        // Deletes "ADVERTISEMENT\n\n": line 4 from its start to the start of line 6.
        #expect(edits(actions[0]).first?["range"] as? [String: [String: Int]] == ["start": ["line": 4, "character": 0], "end": ["line": 6, "character": 0]])
        #expect(edits(actions[0]).first?["newText"] as? String == "")
        #expect(edits(actions[1]).first?["newText"] as? String == "<!-- fidelint-disable-next-line ad_label -- reason: explain why this is not a defect -->\n")
        #expect(((published[1]["params"] as? [String: Any])?["diagnostics"] as? [Any])?.isEmpty == true)
        #expect(((messages.first { $0["id"] as? Int == 4 }?["error"] as? [String: Any])?["code"] as? Int) == -32601)
        #expect(messages.contains { $0["id"] as? Int == 5 && $0["result"] is NSNull })
    }
}
