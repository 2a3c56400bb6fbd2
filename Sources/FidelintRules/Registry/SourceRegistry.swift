import FidelintCore
import Foundation
import Yams

/// Outlets, agencies and official portals with the web domains their pages live on, from YAML
/// files: the shipped starter (`Rules/registries/sources.yml`) and the user's own (`--sources
/// FILE`, repeatable).
///
/// ```yaml
/// sources:
///   - id: reuters                  # lowercase letters, digits and hyphens
///     name: Reuters                # as written in attributions
///     aliases: [Thomson Reuters]   # other names (matched case-sensitively, as whole words)
///     domains: [reuters.com]       # a link's host must be one of these or a subdomain
///     kind: wire                   # wire, broadcaster, newspaper, government, organization, journal, other
///     source: https://www.reuters.com/   # where the domain was confirmed (required)
///     as_of: 2025-10-31            # when (required)
/// ```
public struct SourceRegistry: Sendable {
    public struct Outlet: Sendable, Hashable {
        public var id: String
        public var name: String
        public var aliases: [String]
        /// Lowercase host names without `www.`.
        public var domains: [String]
        public var kind: String
        public var source: String
        public var asOf: String
        /// `file:line` of the entry.
        public var origin: String

        public var names: [String] { [name] + aliases }

        /// Whether `host` (lowercase) is one of the outlet's domains or a subdomain of one.
        public func owns(host: String) -> Bool {
            domains.contains { host == $0 || host.hasSuffix("." + $0) }
        }
    }

    public var outlets: [Outlet] = []

    public init(outlets: [Outlet] = []) {
        self.outlets = outlets
    }

    static let kinds: Set<String> = ["wire", "broadcaster", "newspaper", "government", "organization", "journal", "other"]

    /// Loads one registry file.
    /// - Throws: `RuleFileError` with the file and line: invalid YAML, an unknown key or kind, a
    ///   missing source or as-of date, no domain, a domain that is not a host name.
    /// `typed: false` (shipped files only) skips the typing of plain scalars; see `DataFile.typed`.
    public static func load(yaml: String, path: String, typed: Bool = true) throws(RuleFileError) -> SourceRegistry {
        let file = DataFile(path: path, typed: typed)
        return try load(root: try file.root(yaml), file: file)
    }

    /// Loads one registry from its root node (a user's file composed by Yams, or a shipped file's
    /// pre-parsed tree).
    static func load(root: Node, file: DataFile) throws(RuleFileError) -> SourceRegistry {
        let path = file.path
        let top = try file.mapping(root, "a source registry", allowed: ["sources"], required: ["sources"])
        var registry = SourceRegistry()
        for node in try file.sequence(top["sources"]!, "sources") {
            let m = try file.mapping(node, "a source", allowed: ["id", "name", "aliases", "domains", "kind", "source", "as_of"],
                                     required: ["id", "name", "domains", "source", "as_of"])
            var domains: [String] = []
            for d in try file.strings(m["domains"]!, "domains") {
                let host = d.lowercased()
                guard isHostName(host) else {
                    throw file.error(m["domains"], "'\(d)' is not a host name (write reuters.com, not a URL)")
                }
                domains.append(host.hasPrefix("www.") ? String(host.dropFirst(4)) : host)
            }
            guard !domains.isEmpty else { throw file.error(m["domains"], "'domains' must list at least one host name") }
            let kind = try m["kind"].map { (n) throws(RuleFileError) in try file.string(n, "kind") } ?? "other"
            guard kinds.contains(kind) else {
                throw file.error(m["kind"], "unknown kind '\(kind)'; expected one of \(kinds.sorted().joined(separator: ", "))")
            }
            registry.outlets.append(Outlet(
                id: try EntityRegistry.identifier(m["id"]!, file), name: try file.string(m["name"]!, "name"),
                aliases: try m["aliases"].map { (n) throws(RuleFileError) in try file.strings(n, "aliases") } ?? [],
                domains: domains, kind: kind, source: try file.url(m["source"]!, "source"),
                asOf: try file.date(m["as_of"]!, "as_of"), origin: "\(path):\(RuleFileLoader.line(node))"))
        }
        return registry
    }

    /// Whether `host` is a host name with at least two labels ("reuters.com", "en.yna.co.kr"):
    /// letters, digits and inner hyphens, no scheme, path, port, wildcard or empty label.
    public static func isHostName(_ host: String) -> Bool {
        if let ascii = host.utf8.withContiguousStorageIfAvailable(asciiHostName), let answer = ascii { return answer }
        return isHostNameReference(host)
    }

    /// `isHostName` on the bytes of an ASCII name (letters and digits are then `\p{L}\p{N}`);
    /// `nil` for any other text.
    static func asciiHostName(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        // `$` also matches before a final line break: such names go to the reference.
        guard !b.contains(where: { $0 >= 0x80 }), b.last != 0x0A, b.last != 0x0D else { return nil }
        func alnum(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10 }
        var labels = 0, start = 0
        for i in 0...b.count {
            guard i == b.count || b[i] == 0x2E else {
                guard alnum(b[i]) || b[i] == 0x2D else { return false }
                continue
            }
            let n = i - start
            guard n >= 1, n <= 63, alnum(b[start]), alnum(b[i - 1]) else { return false }
            labels += 1
            start = i + 1
        }
        return labels >= 2
    }

    /// `isHostName` with a regular expression, for any text (the reference of `asciiHostName`).
    static func isHostNameReference(_ host: String) -> Bool {
        let label = #"[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?"#
        return host.range(of: "^(?:" + label + "\\.)+" + label + "$", options: .regularExpression) != nil
    }

    /// This registry and `other` together.
    /// - Throws: `RuleFileError` for an id defined in both, or a name or alias that two sources
    ///   share (the first would always win).
    public func merged(with other: SourceRegistry) throws(RuleFileError) -> SourceRegistry {
        var seen: [String: String] = [:]
        var named: [String: Outlet] = [:]
        for o in outlets + other.outlets {
            let parts = o.origin.split(separator: ":")
            let at = (file: parts.dropLast().joined(separator: ":"), line: Int(parts.last ?? "1") ?? 1)
            if let first = seen[o.id] {
                throw RuleFileError(file: at.file, line: at.line, message: "duplicate source id '\(o.id)' (already defined at \(first))")
            }
            seen[o.id] = o.origin
            for n in o.names {
                if let first = named[n], first.id != o.id {
                    throw RuleFileError(file: at.file, line: at.line,
                                        message: "source '\(o.id)': the name '\(n)' is already used by source '\(first.id)' (\(first.origin))")
                }
                named[n] = o
            }
        }
        return SourceRegistry(outlets: outlets + other.outlets)
    }

    /// The shipped starter registry, embedded in the binary.
    /// - Throws: `RuleFileError` (a broken shipped file: a bug that tests catch).
    public static func shipped() throws(RuleFileError) -> SourceRegistry {
        var registry = SourceRegistry()
        for (path, contents) in EmbeddedRulePacks.registries where path.hasSuffix("sources.yml") {
            let file = DataFile(path: "Rules/" + path, typed: false)
            let root: Node
            if let tree = ShippedTree.node(for: path) { root = tree } else { root = try file.root(contents) }
            registry = try registry.merged(with: load(root: root, file: file))
        }
        return registry
    }

    /// The shipped registry plus the user's files.
    /// - Throws: `RuleFileError` for an unreadable or bad file, or a clash of ids.
    public static func load(files: [String]) throws(RuleFileError) -> SourceRegistry {
        var registry = try shipped()
        for path in files {
            registry = try registry.merged(with: load(yaml: try DataFile.read(path, what: "source registry"), path: path))
        }
        return registry
    }

    /// The outlet named exactly `name` (a name or alias, case-sensitive), or whose domain `name` is
    /// ("Korea.net", "reuters.com").
    public func outlet(named name: String) -> Outlet? {
        if let o = outlets.first(where: { $0.names.contains(name) }) { return o }
        let host = name.lowercased()
        return host.contains(".") ? outlets.first { $0.owns(host: host.hasPrefix("www.") ? String(host.dropFirst(4)) : host) } : nil
    }
}
