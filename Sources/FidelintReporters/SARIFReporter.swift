import FidelintCore
import Foundation

/// SARIF 2.1.0 (OASIS), as code-scanning tools read it: one run, `columnKind: utf16CodeUnits`,
/// every rule's metadata in `tool.driver.rules`, URIs relative to `%SRCROOT%` (the repository
/// root), related locations, and a line-independent fingerprint in `partialFingerprints`.
/// A clean run has `results: []`. Every linted file is listed in `artifacts`. Each result's
/// `properties` hold its `category` and its UTF-8 byte `offset`/`endOffset` (as in JSON). Files
/// that could not be read, and rules that gave up on a file (a file in `artifacts`), become tool
/// execution notifications. A finding with a safe repair carries it in `fixes` (§3.55): one
/// `artifactChange` for its file whose `replacements` give each `deletedRegion` by exact start and
/// end line and column (columns in UTF-16 code units, the run's `columnKind`; the end exclusive, a
/// whole line ending at column 1 of the next line) and the `insertedContent` (empty for a
/// deletion), as reviewdog reads them for suggested changes; each replacement's `properties` hold
/// its UTF-8 `offset`/`endOffset`. Spec: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
public enum SARIFReporter: Reporter {
    public static let identifier = "sarif"
    public static let summary = "SARIF 2.1.0 for code-scanning tools (GitHub, GitLab, VS Code SARIF viewer)"

    /// The key under which fingerprints are stored (§3.27.17).
    public static let fingerprintKey = "fidelintFingerprint/v1"

    struct Log: Encodable {
        let schema = "https://json.schemastore.org/sarif-2.1.0.json"
        let version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }

    struct Run: Encodable {
        var tool: Tool
        var columnKind = "utf16CodeUnits"
        var originalUriBaseIds: [String: ArtifactLocation]
        var artifacts: [Artifact]
        var invocations: [Invocation]
        var results: [Result]
    }

    struct Tool: Encodable { var driver: Driver }

    struct Driver: Encodable {
        var name = "fidelint"
        var version: String
        var semanticVersion: String
        var rules: [RuleJSON]
    }

    struct Text: Encodable { var text: String }

    struct RuleJSON: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var fullDescription: Text
        var helpUri: String?
        var defaultConfiguration: Configuration
        var properties: RuleProperties
    }

    struct Configuration: Encodable { var level: String }

    struct RuleProperties: Encodable {
        var category: String
        var tags: [String]
        var origin: String
        var pack: String
    }

    struct Invocation: Encodable {
        var executionSuccessful: Bool
        var toolExecutionNotifications: [Notification]
    }

    struct Notification: Encodable {
        var level = "error"
        var message: Text
        var locations: [LocationJSON]
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?
    }

    struct Artifact: Encodable { var location: ArtifactLocation }

    struct Region: Encodable {
        var startLine, startColumn, endLine, endColumn: Int
        var snippet: Text?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct LocationJSON: Encodable {
        var id: Int?
        var physicalLocation: PhysicalLocation
        var message: Text?
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [LocationJSON]
        var relatedLocations: [LocationJSON]?
        var partialFingerprints: [String: String]
        var properties: ResultProperties
        var fixes: [FixJSON]?
    }

    /// §3.55 `fix`: a description and the changes to one artifact.
    struct FixJSON: Encodable {
        var description: Text
        var artifactChanges: [ArtifactChange]
    }

    /// §3.56 `artifactChange`.
    struct ArtifactChange: Encodable {
        var artifactLocation: ArtifactLocation
        var replacements: [Replacement]
    }

    /// §3.57 `replacement`: the region deleted and the text inserted there.
    struct Replacement: Encodable {
        var deletedRegion: Region
        var insertedContent: Text
        /// The region's UTF-8 byte offsets into the decoded text, as in the JSON format (read back by `fidelint report`).
        var properties: ReplacementProperties
    }

    struct ReplacementProperties: Encodable { var offset: Int; var endOffset: Int }

    /// `offset`/`endOffset`: UTF-8 byte offsets into the decoded text, as in the JSON format.
    struct ResultProperties: Encodable { var category: String; var offset: Int; var endOffset: Int }

    public static func report(_ run: LintRun, options: ReportOptions) -> String {
        let ruleIndex = Dictionary(run.rules.enumerated().map { ($1.identifier, $0) }, uniquingKeysWith: { a, _ in a })
        func artifact(_ path: String) -> ArtifactLocation {
            if path == "-" { return ArtifactLocation(uri: "stdin", uriBaseId: nil) }
            if let rel = run.relativePath(path) { return ArtifactLocation(uri: encode(rel), uriBaseId: "SRCROOT") }
            return ArtifactLocation(uri: "file://" + encode(run.absolutePath(path)), uriBaseId: nil)
        }
        func region(_ l: Location, snippet: String? = nil) -> Region {
            Region(startLine: l.line, startColumn: l.column, endLine: l.endLine,
                   endColumn: l.endLine == l.line ? max(l.endColumn, l.column) : max(1, l.endColumn),
                   snippet: snippet.map { Text(text: $0) })
        }
        let results = run.findings.map { f in
            Result(
                ruleId: f.ruleId, ruleIndex: ruleIndex[f.ruleId] ?? -1, level: f.severity.rawValue,
                message: Text(text: f.message),
                locations: [LocationJSON(id: nil, physicalLocation: PhysicalLocation(artifactLocation: artifact(f.path),
                                                                                     region: region(f.location, snippet: f.snippet)), message: nil)],
                relatedLocations: f.related.isEmpty ? nil : f.related.enumerated().map { i, r in
                    LocationJSON(id: i + 1, physicalLocation: PhysicalLocation(artifactLocation: artifact(r.path), region: region(r.location)),
                                 message: Text(text: r.message))
                },
                partialFingerprints: [fingerprintKey: f.fingerprint],
                properties: ResultProperties(category: f.category.rawValue, offset: f.location.offset, endOffset: f.location.endOffset),
                fixes: f.fix.map { fix in
                    [FixJSON(description: Text(text: fix.description), artifactChanges: [ArtifactChange(
                        artifactLocation: artifact(f.path),
                        replacements: fix.edits.map { e in
                            Replacement(deletedRegion: Region(startLine: e.location.line, startColumn: e.location.column,
                                                              endLine: e.location.endLine, endColumn: e.location.endColumn, snippet: nil),
                                        insertedContent: Text(text: e.replacement),
                                        properties: ReplacementProperties(offset: e.range.start, endOffset: e.range.end))
                        })])]
                })
        }
        let notifications = run.fileErrors.map { e in
            Notification(message: Text(text: "\(e.path): \(e.message)"),
                         locations: [LocationJSON(id: nil, physicalLocation: PhysicalLocation(artifactLocation: artifact(e.path), region: nil), message: nil)])
        } + run.files.flatMap { file in
            file.errors.map { e in
                Notification(message: Text(text: "\(file.path): \(e)"),
                             locations: [LocationJSON(id: nil, physicalLocation: PhysicalLocation(artifactLocation: artifact(file.path), region: nil), message: nil)])
            }
        }
        let rules = run.rules.map { d in
            RuleJSON(id: d.identifier, name: d.name.filter { !$0.isWhitespace && $0 != "-" },
                     shortDescription: Text(text: d.summary), fullDescription: Text(text: "\(d.summary) Source: \(d.origin)."),
                     helpUri: d.helpURI,
                     defaultConfiguration: Configuration(level: d.defaultSeverity.rawValue),
                     properties: RuleProperties(category: d.category.rawValue, tags: [d.category.rawValue], origin: d.origin, pack: d.pack))
        }
        var seen = Set<String>()
        let artifacts = run.files.map { Artifact(location: artifact($0.path)) }.filter { seen.insert($0.location.uri).inserted }
        let rootURI = "file://" + encode(run.root.hasSuffix("/") ? run.root : run.root + "/")
        let log = Log(runs: [Run(
            tool: Tool(driver: Driver(version: run.toolVersion, semanticVersion: run.toolVersion, rules: rules)),
            originalUriBaseIds: ["SRCROOT": ArtifactLocation(uri: rootURI, uriBaseId: nil)],
            artifacts: artifacts,
            invocations: [Invocation(executionSuccessful: notifications.isEmpty, toolExecutionNotifications: notifications)],
            results: results)])
        let data = (try? JSONEncoder.stable.encode(log)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Percent-encodes a path for a URI, keeping `/`.
    static func encode(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ";?#[]@")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
