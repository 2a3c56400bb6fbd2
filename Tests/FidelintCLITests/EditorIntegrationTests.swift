import Foundation
import Testing

/// Issue 18: the language server and the MCP server driven by real clients, written in Python
/// (`Tests/Integration/`): pygls's `LanguageClient` and the official MCP Python SDK's
/// `ClientSession` (both installed by `Scripts/bootstrap` into `.tools/venv`). Each script prints
/// what it checked and ends with "ok"; the tests are skipped, saying why, only when that Python
/// environment or package is missing.
@Suite struct EditorIntegrationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let python = root.appendingPathComponent(".tools/venv/bin/python").path

    /// Whether `.tools/venv`'s Python imports `module`.
    static func has(_ module: String) -> Bool {
        guard FileManager.default.isExecutableFile(atPath: python) else { return false }
        return (try? run([python, "-c", "import \(module)"]).status) == 0
    }

    static func run(_ command: [String]) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: command[0])
        p.arguments = Array(command.dropFirst())
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self))
    }

    @Test(.enabled(if: has("pygls"), "pygls is not installed in .tools/venv (Scripts/bootstrap installs it)"), .timeLimit(.minutes(2)))
    func pyglsClientDrivesTheLanguageServer() throws {
        let r = try Self.run([Self.python, Self.root.appendingPathComponent("Tests/Integration/lsp_client.py").path, CLITests.binary.path])
        #expect(r.status == 0 && r.output.hasSuffix("lsp client: ok\n"), "\(r.output)")
    }

    @Test(.enabled(if: has("mcp"), "the MCP Python SDK (mcp) is not installed in .tools/venv (Scripts/bootstrap installs it)"), .timeLimit(.minutes(2)))
    func mcpPythonClientDrivesTheMCPServer() throws {
        let r = try Self.run([Self.python, Self.root.appendingPathComponent("Tests/Integration/mcp_client.py").path, CLITests.binary.path])
        #expect(r.status == 0 && r.output.hasSuffix("mcp client: ok\n"), "\(r.output)")
    }
}
