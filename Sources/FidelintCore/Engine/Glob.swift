import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A path glob in the syntax of `.gitignore` and globstar shells, for `include`, `exclude` and
/// `overrides[].files` in `.fidelint.yml` and the lines of `.fidelintignore` (issue 17):
///
/// - `*` any run of characters within one path segment, `?` one character, `[a-z0-9]` and
///   `[!x]`/`[^x]` one character of (not of) a set: matched per segment by glibc's `fnmatch(3)`;
/// - `**` as a whole segment: zero or more segments (`a/**/b`, `**/drafts`, `public/**`);
/// - `{md,html}` alternatives (nested allowed, at most 256 expansions);
/// - `\` escapes the next character;
/// - a glob without `/` (other than a trailing one) matches a name in any folder; a trailing `/`
///   matches everything under a folder of that name; a leading `./` or `/` is dropped (globs are
///   relative to their file's folder);
/// - a leading `!` negates: in a list, the last glob that matches a path decides (`Glob.decide`).
///
/// A glob fidelint cannot parse (an unclosed `[` or `{`, a stray `}`, a trailing `\`, too many
/// expansions, `***`) is refused by `init` (returns nil), which configuration loading reports as
/// an error with its line; it never silently matches nothing.
public struct Glob: Sendable, Hashable {
    /// The glob as written.
    public let pattern: String
    /// Whether it was written with a leading `!`.
    public let negated: Bool
    /// The alternatives after `{…}` expansion, each as segments (`nil`: a `**` segment).
    let alternatives: [[String?]]

    public init?(_ pattern: String) {
        self.pattern = pattern
        var p = Substring(pattern)
        negated = p.hasPrefix("!")
        if negated { p = p.dropFirst() }
        if p.hasPrefix("./") { p = p.dropFirst(2) } else if p.hasPrefix("/") { p = p.dropFirst() }
        guard !p.isEmpty, Self.isWellFormed(p), let expanded = Self.expand(String(p), limit: 256) else { return nil }
        var out: [[String?]] = []
        for var alt in expanded {
            if !alt.dropLast().contains("/") { alt = "**/" + alt }
            if alt.hasSuffix("/") { alt += "**" }
            let segments = alt.split(separator: "/", omittingEmptySubsequences: true).map { s -> String? in s == "**" ? nil : String(s) }
            guard !segments.isEmpty, !segments.contains(where: { $0.map(Self.hasBareDoubleStar) ?? false }) else { return nil }
            out.append(segments)
        }
        alternatives = out
    }

    /// Whether `path` (relative to the glob's folder, `/`-separated) matches, ignoring `!`.
    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        return alternatives.contains { Self.match(ArraySlice($0), ArraySlice(parts)) }
    }

    /// The decision of a list of globs for `path`: the last glob that matches decides (a negated
    /// one says no); `nil` when none matches.
    public static func decide(_ globs: [Glob], _ path: String) -> Bool? {
        for g in globs.reversed() where g.matches(path) { return !g.negated }
        return nil
    }

    static func match(_ glob: ArraySlice<String?>, _ path: ArraySlice<String>) -> Bool {
        guard let first = glob.first else { return path.isEmpty }
        guard let segment = first else {
            // `**`: zero or more segments.
            var rest = path
            while true {
                if match(glob.dropFirst(), rest) { return true }
                if rest.isEmpty { return false }
                rest = rest.dropFirst()
            }
        }
        guard let name = path.first, fnmatch(segment, name, 0) == 0 else { return false }
        return match(glob.dropFirst(), path.dropFirst())
    }

    /// `**` inside a segment with other characters (`a**b`) is not globstar; fnmatch reads it as
    /// `*`. Refused only as `***`, which no shell or gitignore gives a meaning.
    static func hasBareDoubleStar(_ segment: String) -> Bool { segment.contains("***") }

    /// Brackets closed within their segment, braces balanced, no trailing backslash.
    static func isWellFormed(_ p: Substring) -> Bool {
        var depth = 0
        var i = p.startIndex
        while i < p.endIndex {
            let c = p[i]
            if c == "\\" {
                i = p.index(after: i)
                if i == p.endIndex { return false }
            } else if c == "[" {
                // fnmatch's bracket expression: `]` right after `[`, `[!` or `[^` is a member.
                var j = p.index(after: i)
                if j < p.endIndex, p[j] == "!" || p[j] == "^" { j = p.index(after: j) }
                if j < p.endIndex, p[j] == "]" { j = p.index(after: j) }
                while j < p.endIndex, p[j] != "]", p[j] != "/" { j = p.index(after: j) }
                guard j < p.endIndex, p[j] == "]" else { return false }
                i = j
            } else if c == "{" {
                depth += 1
            } else if c == "}" {
                depth -= 1
                if depth < 0 { return false }
            }
            i = p.index(after: i)
        }
        return depth == 0
    }

    /// Expands the first top-level `{a,b}` (outside brackets and escapes) recursively; nil past
    /// `limit` results.
    static func expand(_ p: String, limit: Int) -> [String]? {
        let chars = Array(p)
        var i = 0
        var open = -1
        var depth = 0
        var commas: [Int] = []
        var close = -1
        while i < chars.count {
            let c = chars[i]
            if c == "\\" { i += 2; continue }
            if c == "[" {
                var j = i + 1
                if j < chars.count, chars[j] == "!" || chars[j] == "^" { j += 1 }
                if j < chars.count, chars[j] == "]" { j += 1 }
                while j < chars.count, chars[j] != "]" { j += 1 }
                i = j + 1
                continue
            }
            if c == "{" { if depth == 0 { open = i }; depth += 1 }
            else if c == "}" { depth -= 1; if depth == 0 { close = i; break } }
            else if c == ",", depth == 1 { commas.append(i) }
            i += 1
        }
        guard open >= 0, close > open else { return [p] }
        let head = String(chars[..<open]), tail = String(chars[(close + 1)...])
        let bounds = [open] + commas + [close]
        var out: [String] = []
        for k in 0..<(bounds.count - 1) {
            let piece = String(chars[(bounds[k] + 1)..<bounds[k + 1]])
            guard let rest = expand(head + piece + tail, limit: limit) else { return nil }
            out += rest
            if out.count > limit { return nil }
        }
        return out
    }
}

/// A `.fidelintignore` file: gitignore syntax (blank lines and `#` comments skipped, `\#` and
/// `\!` escape, trailing spaces dropped, `!` re-includes, a leading or inner `/` anchors the
/// pattern to the file's folder, a trailing `/` matches folders only, which for a linter of files
/// means everything under them). Later lines win.
public struct IgnoreFile: Sendable {
    /// The folder the file is in (absolute, standardized); patterns are relative to it.
    public let folder: String
    /// The patterns as globs, in file order.
    public let globs: [Glob]

    /// An unparsable line (see `Glob`), with its 1-based line number.
    public struct ParseError: Error, CustomStringConvertible {
        public let path: String
        public let line: Int
        public let text: String
        public var description: String { "\(path):\(line): '\(text)' is not a valid ignore pattern" }
    }

    /// Reads `path` (a `.fidelintignore`); nil when it does not exist or cannot be read.
    /// - Throws: `ParseError` for a line that is not a valid pattern.
    public static func load(_ path: String) throws(ParseError) -> IgnoreFile? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path
        return try IgnoreFile(text: text, folder: folder, path: path)
    }

    /// Parses `text` as the ignore file at `path` in `folder`.
    /// - Throws: `ParseError` for a line that is not a valid pattern.
    public init(text: String, folder: String, path: String) throws(ParseError) {
        self.folder = folder
        var globs: [Glob] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw.hasSuffix("\r") ? raw.dropLast() : raw)
            while line.hasSuffix(" "), !line.hasSuffix("\\ ") { line = line.dropLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            var negated = false
            if line.hasPrefix("!") { negated = true; line = line.dropFirst() }
            else if line.hasPrefix("\\!") || line.hasPrefix("\\#") { line = line.dropFirst() }
            let trailingSlash = line.hasSuffix("/")
            let body = trailingSlash ? line.dropLast() : line
            let anchored = body.contains("/")
            let base = anchored ? String(body.hasPrefix("/") ? body.dropFirst() : body) : "**/" + body
            // Everything under a folder of that name, or (without a trailing "/") a file of it.
            let joined = trailingSlash ? base + "/**" : "{" + base + "/**," + base + "}"
            guard !body.isEmpty, Glob(String(body)) != nil, let glob = Glob((negated ? "!" : "") + (anchored ? "/" : "") + joined) else {
                throw ParseError(path: path, line: n + 1, text: String(raw))
            }
            globs.append(glob)
        }
        self.globs = globs
    }

    /// Whether `path` (absolute, standardized) is ignored by this file: nil when no line speaks
    /// of it or it is outside the folder.
    public func ignores(_ path: String) -> Bool? {
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        guard path.hasPrefix(base) else { return nil }
        return Glob.decide(globs, String(path.dropFirst(base.count)))
    }
}
