import FidelintCore
import FidelintReporters
import FidelintRules
import Foundation

/// `fidelint-fuzz`: libFuzzer entry points for the readers, the YAML inputs, the report readers
/// and the whole linter (issue 15). `Scripts/fuzz [MODE] [SECONDS]` builds it with
/// `-sanitize=fuzzer,address -DFIDELINT_FUZZ` and runs one mode with seeds from the fixtures and
/// `../shared/corpus`. A normal `swift build` compiles it without libFuzzer: it then only says so.
///
/// Modes (`FIDELINT_FUZZ_MODE`): `plain`, `markdown`, `html` (one reader each); `frontmatter`
/// (front matter through the Markdown reader); `config`, `rules`, `entities`, `sources` (the YAML
/// files, loaded from a temporary file); `report` (JSON or SARIF report reading); `baseline`;
/// `lint-plain`, `lint-markdown`, `lint-html` (every shipped rule). A mode traps only on a bug:
/// errors thrown for bad input are the expected outcome.
enum FuzzMode: String, CaseIterable {
    case plain, markdown, html, frontmatter, config, rules, entities, sources, report, baseline
    case lintPlain = "lint-plain", lintMarkdown = "lint-markdown", lintHTML = "lint-html"
}

enum Fuzz {
    static let mode: FuzzMode = {
        let name = ProcessInfo.processInfo.environment["FIDELINT_FUZZ_MODE"] ?? "plain"
        guard let m = FuzzMode(rawValue: name) else {
            FileHandle.standardError.write(Data("fidelint-fuzz: unknown FIDELINT_FUZZ_MODE '\(name)'; one of \(FuzzMode.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
            exit(2)
        }
        return m
    }()
    static let linter: Linter = Linter(rules: (try? RuleSet.all()) ?? [])
    static let scratch = NSTemporaryDirectory() + "fidelint-fuzz-\(getpid())"

    /// One input of `mode`.
    static func run(_ bytes: [UInt8]) {
        switch mode {
        case .plain: _ = PlainTextReader(format: .plain).read(SourceText(path: "f.txt", bytes: bytes))
        case .markdown, .frontmatter:
            let input = mode == .frontmatter ? Array("---\n".utf8) + bytes + Array("\n---\n\nBody.\n".utf8) : bytes
            _ = MarkdownReader().read(SourceText(path: "f.md", bytes: input))
        case .html: _ = HTMLReader().read(SourceText(path: "f.html", bytes: bytes))
        case .lintPlain: _ = linter.lint(SourceText(path: "f.txt", bytes: bytes), format: .plain)
        case .lintMarkdown: _ = linter.lint(SourceText(path: "f.md", bytes: bytes), format: .markdown)
        case .lintHTML: _ = linter.lint(SourceText(path: "f.html", bytes: bytes), format: .html)
        case .config, .rules, .entities, .sources, .baseline:
            let path = scratch + "/input.yml"
            try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return }
            let text = String(decoding: bytes, as: UTF8.self)
            switch mode {
            case .config: _ = try? Configuration.load(path: path)
            case .rules: _ = try? RuleFileLoader.load(yaml: text, path: path, pack: "fuzz")
            case .entities: _ = try? EntityRegistry.load(yaml: text, path: path)
            case .sources: _ = try? SourceRegistry.load(yaml: text, path: path)
            default: _ = try? Baseline.load(path: path)
            }
        case .report: _ = try? ReportReader.read(Data(bytes), path: "r.json", workingDirectory: "/nonexistent")
        }
    }
}

#if FIDELINT_FUZZ
/// libFuzzer's own `main` (linked by `-sanitize=fuzzer`) calls this for every input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    Fuzz.run(size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32
#endif

@main
struct FuzzEntry {
    static func main() {
        #if FIDELINT_FUZZ
        _ = Fuzz.mode
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            Fuzz.run(size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
            return 0
        }
        exit(status)
        #else
        // Without libFuzzer: replay the files named on the command line through the mode (how
        // the test suite replays Tests/Fixtures/fuzz/).
        let files = CommandLine.arguments.dropFirst()
        guard !files.isEmpty else {
            FileHandle.standardError.write(Data("fidelint-fuzz: built without libFuzzer; use Scripts/fuzz, or name input files to replay them\n".utf8))
            exit(2)
        }
        for file in files {
            guard let bytes = FileCollector.readBytes(file) else { continue }
            Fuzz.run(bytes)
        }
        print("replayed \(files.count) input\(files.count == 1 ? "" : "s") in mode \(Fuzz.mode.rawValue)")
        #endif
    }
}
