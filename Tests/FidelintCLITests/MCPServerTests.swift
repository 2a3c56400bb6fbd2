import Foundation
import Testing

/// Issue 18: `fidelint mcp` driven over standard input and output as an MCP client would
/// (newline-delimited JSON-RPC): initialize, list the tools, lint a text, refuse a bad argument
/// and an oversized text, lint files with their configuration.
@Suite struct MCPServerTests {
    /// Sends `messages`, then reads responses until every request id has its answer (or 30 s),
    /// then closes standard input.
    static func session(_ messages: [[String: Any]], in dir: URL) throws -> [Int: [String: Any]] {
        let p = Process()
        p.executableURL = CLITests.binary
        p.arguments = ["mcp", "--max-text-bytes", "4096"]
        p.currentDirectoryURL = dir
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = FileHandle.nullDevice
        try p.run()
        for m in messages {
            input.fileHandleForWriting.write(try JSONSerialization.data(withJSONObject: m) + Data("\n".utf8))
        }
        let wanted = Set(messages.compactMap { $0["id"] as? Int })
        var answers: [Int: [String: Any]] = [:]
        var buffer = Data()
        let fd = output.fileHandleForReading.fileDescriptor
        let deadline = Date().addingTimeInterval(30)
        var chunk = [UInt8](repeating: 0, count: 65536)
        while Set(answers.keys) != wanted, Date() < deadline {
            var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&pfd, 1, 500) > 0 else { continue }
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n <= 0 { break }
            buffer += chunk[0..<n]
            while let nl = buffer.firstIndex(of: 10) {
                let line = buffer[buffer.startIndex..<nl]
                buffer = Data(buffer[(nl + 1)...])
                if let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any], let id = object["id"] as? Int { answers[id] = object }
            }
        }
        try input.fileHandleForWriting.close()
        p.waitUntilExit()
        return answers
    }

    @Test func agentSession() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fidelint-mcp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("articles"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "severity: {ad_label: warning}\n".write(to: dir.appendingPathComponent(".fidelint.yml"), atomically: true, encoding: .utf8)
        try "Ferry News\n\nThe ferry runs hourly.\nSponsored content\nTickets cost less.\n".write(to: dir.appendingPathComponent("articles/a.txt"), atomically: true, encoding: .utf8)
        let text = "# Ferry\n\nCertainly! Here is the article you asked for:\n\nThe ferry runs hourly.\n\nADVERTISEMENT\n\nTickets cost less.\n"
        let answers = try Self.session([
            ["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["protocolVersion": "2025-06-18", "capabilities": [String: Any](), "clientInfo": ["name": "test", "version": "1"]]],
            ["jsonrpc": "2.0", "method": "notifications/initialized"],
            ["jsonrpc": "2.0", "id": 2, "method": "tools/list"],
            ["jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": ["name": "lint_text", "arguments": ["text": text, "format": "markdown", "path": dir.appendingPathComponent("draft.md").path]]],
            ["jsonrpc": "2.0", "id": 4, "method": "tools/call", "params": ["name": "lint_text", "arguments": ["text": "x", "format": "pdf"]]],
            ["jsonrpc": "2.0", "id": 5, "method": "tools/call", "params": ["name": "lint_text", "arguments": ["text": String(repeating: "a", count: 4097)]]],
            ["jsonrpc": "2.0", "id": 6, "method": "tools/call", "params": ["name": "lint_files", "arguments": ["paths": ["articles"]]]],
        ], in: dir)
        #expect(((answers[1]?["result"] as? [String: Any])?["serverInfo"] as? [String: Any])?["name"] as? String == "fidelint")
        let tools = ((answers[2]?["result"] as? [String: Any])?["tools"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(tools == ["lint_text", "fix_text", "lint_files"])

        let lint = try #require(answers[3]?["result"] as? [String: Any])
        #expect(lint["isError"] as? Bool == false)
        let findings = (lint["structuredContent"] as? [String: Any])?["findings"] as? [[String: Any]] ?? []
        #expect(findings.map { "\($0["line"] ?? 0) \($0["ruleId"] ?? "") \($0["severity"] ?? "")" }
                == ["3 assistant_preamble error", "7 ad_label warning"], "\(findings)")   // the folder's configuration applies

        let bad = try #require(answers[4]?["result"] as? [String: Any])
        #expect(bad["isError"] as? Bool == true)
        #expect(((bad["content"] as? [[String: Any]])?.first?["text"] as? String) == "'format' must be plain, markdown or html, not 'pdf'")
        let big = try #require(answers[5]?["result"] as? [String: Any])
        #expect(big["isError"] as? Bool == true)
        #expect((((big["content"] as? [[String: Any]])?.first?["text"] as? String) ?? "").contains("'text' is 4097 bytes; at most 4096"))

        let files = try #require(answers[6]?["result"] as? [String: Any])
        let fileFindings = (files["structuredContent"] as? [String: Any])?["findings"] as? [[String: Any]] ?? []
        #expect(fileFindings.map { "\($0["path"] ?? "") \($0["line"] ?? 0) \($0["ruleId"] ?? "") \($0["severity"] ?? "")" } == ["articles/a.txt 4 ad_label warning"], "\(fileFindings)")
        // It wrote nothing.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [".fidelint.yml", "articles"])
    }
}
