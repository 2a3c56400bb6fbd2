import CPCRE2
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Errors from compiling or running a PCRE2 pattern.
public enum RegexError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The pattern does not compile; `offset` is the byte offset in the pattern.
    case compile(pattern: String, message: String, offset: Int)
    /// Matching gave up: the match limit (backtracking budget) or the JIT stack was exhausted.
    case limit(message: String)
    /// Any other PCRE2 matching error.
    case match(message: String)

    public var description: String {
        switch self {
        case let .compile(pattern, message, offset):
            "pattern does not compile at byte \(offset): \(message) (pattern: \(pattern.prefix(120)))"
        case let .limit(message): "\(message); the pattern backtracks too much for this text"
        case let .match(message): "match failed: \(message)"
        }
    }
}

/// A compiled PCRE2 pattern (8-bit, UTF + UCP, multiline), JIT-compiled when the platform allows.
/// The pattern is compiled (and checked) at once, or for a shipped rule's `deferred` pattern at
/// its first use; the JIT compilation, which costs far more (about 0.1 to 1 ms a pattern), waits
/// for the first match, so a process that lints one short article pays only for the patterns it
/// runs. Every match runs JIT code when the platform has
/// it, as before. Shared between threads once built; matching needs a `PCRE2Matcher`, which is
/// per thread.
public final class PCRE2Regex: @unchecked Sendable {
    /// Compile options.
    public struct Options: Sendable, Hashable {
        public var caseless: Bool
        /// `^` and `$` match at line boundaries.
        public var multiline: Bool
        /// `.` matches a newline.
        public var dotAll: Bool
        /// White space and `#` comments in the pattern are ignored.
        public var extended: Bool
        /// The pattern matches only at the start offset it is given (`PCRE2_ANCHORED` at compile
        /// time, which the JIT supports; as a match-time option it would not).
        public var anchored: Bool

        public init(caseless: Bool = true, multiline: Bool = true, dotAll: Bool = false, extended: Bool = false,
                    anchored: Bool = false) {
            self.caseless = caseless
            self.multiline = multiline
            self.dotAll = dotAll
            self.extended = extended
            self.anchored = anchored
        }
    }

    public let pattern: String
    public let options: Options
    /// The compiled pattern: set by `init(_:options:)`, or on first use for a deferred one.
    nonisolated(unsafe) private var compiled: OpaquePointer?
    nonisolated(unsafe) private var groups = 0
    nonisolated(unsafe) private var jit = false
    /// Whether the pattern is compiled and the JIT compilation was tried (once, under `lock`).
    private let ready = Atomic<Bool>(false)
    /// Whether the pattern is compiled (JIT or not).
    private let compiledReady = Atomic<Bool>(false)
    private let lock = NSLock()
    /// Subject bytes this pattern may still match without JIT code (see `interpretedBytes`).
    private let interpretedBudget = Atomic<Int>(PCRE2Regex.interpretedBytes)

    /// Subject bytes a pattern is matched by PCRE2's interpreter before it is JIT-compiled: the
    /// JIT compilation of a large pattern costs milliseconds, more than interpreting it over a few
    /// kilobytes, so a run that lints one short article never compiles it (start-up time, issue
    /// 16). Past this many bytes (over all calls), every match runs JIT code.
    public static let interpretedBytes = 12_000

    /// The compiled pattern, prepared first if it was not yet: what `pcre2_match` runs.
    var code: OpaquePointer {
        if !ready.load(ordering: .acquiring) { prepare() }
        return compiled!
    }

    /// The compiled pattern for matching `length` subject bytes, and the `pcre2_match` option
    /// that keeps the match interpreted while the pattern's `interpretedBudget` lasts.
    func code(forMatching length: Int) -> (OpaquePointer, UInt32) {
        if ready.load(ordering: .acquiring) { return (compiled!, 0) }
        if interpretedBudget.subtract(length, ordering: .relaxed).newValue >= 0 {
            if !compiledReady.load(ordering: .acquiring) { compile() }
            return (compiled!, UInt32(PCRE2_NO_JIT))
        }
        prepare()
        return (compiled!, 0)
    }

    /// `true` when JIT compilation succeeded (preparing the pattern now if it was not yet).
    public var isJIT: Bool {
        if !ready.load(ordering: .acquiring) { prepare() }
        return jit
    }

    /// Number of capture groups in the pattern.
    public var captureCount: Int {
        if !compiledReady.load(ordering: .acquiring) { compile() }
        return groups
    }

    /// Compiles `pattern` now (the JIT compilation waits for the first match).
    /// - Throws: `RegexError.compile` with PCRE2's message and the offending byte offset.
    public init(_ pattern: String, options: Options = Options()) throws(RegexError) {
        self.pattern = pattern
        self.options = options
        switch Self.compile(pattern, options) {
        case let .success((code, count)):
            compiled = code
            groups = count
            compiledReady.store(true, ordering: .releasing)
        case let .failure(error):
            throw error
        }
    }

    /// A pattern known to compile (a shipped rule's, which tests compile), compiled on first use:
    /// a run pays only for the patterns its articles reach. A pattern that does not compile stops
    /// the process at its first use.
    public init(deferred pattern: String, options: Options = Options()) {
        self.pattern = pattern
        self.options = options
    }

    /// Compiles a deferred pattern (without JIT) if it was not yet.
    private func compile() {
        lock.lock(); defer { lock.unlock() }
        compileLocked()
    }

    private func compileLocked() {
        guard !compiledReady.load(ordering: .relaxed) else { return }
        switch Self.compile(pattern, options) {
        case let .success((code, count)):
            compiled = code
            groups = count
        case let .failure(error):
            fatalError("a deferred pattern does not compile: \(error)")
        }
        compiledReady.store(true, ordering: .releasing)
    }

    private func prepare() {
        lock.lock(); defer { lock.unlock() }
        guard !ready.load(ordering: .relaxed) else { return }
        compileLocked()
        jit = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE)) == 0
        ready.store(true, ordering: .releasing)
    }

    /// `pattern` compiled with `options` (no JIT), with its number of capture groups.
    private static func compile(_ pattern: String, _ options: Options) -> Result<(OpaquePointer, Int), RegexError> {
        var flags = UInt32(PCRE2_UTF) | UInt32(PCRE2_UCP)
        if options.caseless { flags |= UInt32(PCRE2_CASELESS) }
        if options.multiline { flags |= UInt32(PCRE2_MULTILINE) }
        if options.dotAll { flags |= UInt32(PCRE2_DOTALL) }
        if options.extended { flags |= UInt32(PCRE2_EXTENDED) }
        if options.anchored { flags |= UInt32(PCRE2_ANCHORED) }
        var errorCode: Int32 = 0
        var errorOffset: Int = 0
        let bytes = Array(pattern.utf8)
        // Any Unicode line break ends a line, so a soft break (U+2028) in a Markdown paragraph is
        // a line end for `^` and `$`.
        let context = pcre2_compile_context_create_8(nil)
        defer { pcre2_compile_context_free_8(context) }
        pcre2_set_newline_8(context, UInt32(PCRE2_NEWLINE_ANY))
        let compiled = bytes.withUnsafeBufferPointer { buf in
            pcre2_compile_8(buf.baseAddress, buf.count, flags, &errorCode, &errorOffset, context)
        }
        guard let compiled else {
            return .failure(.compile(pattern: pattern, message: PCRE2Regex.message(errorCode), offset: errorOffset))
        }
        var count: UInt32 = 0
        _ = pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &count)
        return .success((compiled, Int(count)))
    }

    deinit { if let compiled { pcre2_code_free_8(compiled) } }

    static func message(_ code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = pcre2_get_error_message_8(code, &buffer, buffer.count)
        return n > 0 ? String(decoding: buffer[0..<Int(n)], as: UTF8.self) : "PCRE2 error \(code)"
    }
}

/// One thread's matching state: match data, a match context with a match limit, and a JIT stack.
/// Create one per thread (`PCRE2Matcher.forCurrentThread()`) and reuse it for every pattern.
public final class PCRE2Matcher {
    /// The default backtracking budget: a pathological pattern fails within milliseconds.
    public static let defaultMatchLimit: UInt32 = 1_000_000

    private let matchData: OpaquePointer
    private let matchContext: OpaquePointer
    private let jitStack: OpaquePointer?

    public init(matchLimit: UInt32 = PCRE2Matcher.defaultMatchLimit) {
        matchData = pcre2_match_data_create_8(64, nil)!
        matchContext = pcre2_match_context_create_8(nil)!
        pcre2_set_match_limit_8(matchContext, matchLimit)
        pcre2_set_depth_limit_8(matchContext, 10_000)
        pcre2_set_heap_limit_8(matchContext, 64 * 1024)   // KiB
        jitStack = pcre2_jit_stack_create_8(32 * 1024, 1024 * 1024, nil)
        if let jitStack { pcre2_jit_stack_assign_8(matchContext, nil, UnsafeMutableRawPointer(jitStack)) }
    }

    deinit {
        pcre2_match_data_free_8(matchData)
        pcre2_match_context_free_8(matchContext)
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
    }

    /// Each thread's matcher.
    private static let perThread = PerThread { PCRE2Matcher() }

    /// The calling thread's matcher, created on first use.
    public static func forCurrentThread() -> PCRE2Matcher { perThread.value }

    /// A match: the byte range of the whole match and of each capture group (`nil` when unset).
    public struct Match: Sendable, Hashable {
        public var range: Range<Int>
        public var groups: [Range<Int>?]
    }

    /// Every non-overlapping match of `regex` in `subject[from..<to]` (byte offsets). The subject
    /// must be valid UTF-8: it is not re-checked (`PCRE2_NO_UTF_CHECK`), as readers validate once.
    /// - Throws: `RegexError.limit` when the match limit or JIT stack is exhausted.
    public func matches(_ regex: PCRE2Regex, in subject: [UInt8], from: Int = 0, to: Int? = nil) throws(RegexError) -> [Match] {
        let end = min(to ?? subject.count, subject.count)
        var result: [Match] = []
        var start = max(0, from)
        let (code, jitOption) = regex.code(forMatching: end - start)
        let groups = regex.captureCount
        while start <= end {
            let rc = subject.withUnsafeBufferPointer { buf in
                pcre2_match_8(code, buf.baseAddress, end, start, UInt32(PCRE2_NO_UTF_CHECK) | jitOption, matchData, matchContext)
            }
            if rc == PCRE2_ERROR_NOMATCH { break }
            try Self.check(rc)
            let match = lastMatch(rc, groups: groups, end: end)
            result.append(match)
            start = Self.resume(after: match.range, in: subject, end: end)
        }
        return result
    }

    /// The match `pcre2_match_8` just reported (return code `rc`) from the match data's ovector,
    /// with `groups` capture groups (`nil` for a group that did not take part).
    private func lastMatch(_ rc: Int32, groups: Int, end: Int) -> Match {
        let ov = pcre2_get_ovector_pointer_8(matchData)!
        let s = ov[0], e = ov[1]
        var caps: [Range<Int>?] = []
        if groups > 0 {
            for g in 1...groups {
                let gs = ov[2 * g], ge = ov[2 * g + 1]
                caps.append(gs == Int.max || gs == -1 || gs > ge || g >= Int(rc) && rc > 0 && gs > end ? nil : gs..<ge)
            }
        }
        return Match(range: s..<e, groups: caps)
    }

    /// Where the next search starts after `range` (byte offsets): its end, or for an empty match
    /// the start of the next whole UTF-8 character.
    private static func resume(after range: Range<Int>, in subject: [UInt8], end: Int) -> Int {
        if range.upperBound > range.lowerBound { return range.upperBound }
        var n = range.upperBound + 1
        while n < end, subject[n] & 0xC0 == 0x80 { n += 1 }
        return n
    }

    /// Every non-overlapping match of `regex` (compiled with `anchored: true`) in `subject[..<to]`
    /// that starts at one of `candidates` (byte offsets, ascending): tried in order, skipping those
    /// inside an earlier match. When every match of the unanchored pattern starts at a candidate,
    /// this is exactly what `matches(_:in:from:to:)` with the unanchored pattern returns (PCRE2
    /// tries start positions left to right, each as an anchored attempt).
    /// - Throws: `RegexError.limit` when the match limit or JIT stack is exhausted.
    public func matches(_ regex: PCRE2Regex, in subject: [UInt8], startingAt candidates: [Int], to: Int? = nil) throws(RegexError) -> [Match] {
        let end = min(to ?? subject.count, subject.count)
        var result: [Match] = []
        var next = 0
        let (code, jitOption) = regex.code(forMatching: end - min(end, candidates.first ?? end))
        let groups = regex.captureCount
        for start in candidates where start >= next && start <= end {
            let rc = subject.withUnsafeBufferPointer { buf in
                pcre2_match_8(code, buf.baseAddress, end, start, UInt32(PCRE2_NO_UTF_CHECK) | jitOption, matchData, matchContext)
            }
            if rc == PCRE2_ERROR_NOMATCH { continue }
            try Self.check(rc)
            let match = lastMatch(rc, groups: groups, end: end)
            result.append(match)
            next = Self.resume(after: match.range, in: subject, end: end)
        }
        return result
    }

    /// The first match in `subject[from..<to]`, or `nil`.
    public func firstMatch(_ regex: PCRE2Regex, in subject: [UInt8], from: Int = 0, to: Int? = nil) throws(RegexError) -> Match? {
        let end = min(to ?? subject.count, subject.count)
        let (code, jitOption) = regex.code(forMatching: end - min(end, max(0, from)))
        let rc = subject.withUnsafeBufferPointer { buf in
            pcre2_match_8(code, buf.baseAddress, end, max(0, from), UInt32(PCRE2_NO_UTF_CHECK) | jitOption, matchData, matchContext)
        }
        if rc == PCRE2_ERROR_NOMATCH { return nil }
        try Self.check(rc)
        let ov = pcre2_get_ovector_pointer_8(matchData)!
        return Match(range: ov[0]..<ov[1], groups: [])
    }

    /// Throws for a negative `pcre2_match` return code other than "no match".
    private static func check(_ rc: Int32) throws(RegexError) {
        guard rc < 0 else { return }
        if rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT
            || rc == PCRE2_ERROR_HEAPLIMIT {
            throw .limit(message: PCRE2Regex.message(rc))
        }
        throw .match(message: PCRE2Regex.message(rc))
    }
}

extension PCRE2Regex {
    /// The pattern as one line that any PCRE2 front end (`rg -P`, `pcre2grep`) compiles to the
    /// same matcher: the options become inline flags (`(?i)`, `(?m)`, `(?s)`) and, for an
    /// extended pattern, comments are removed and white space outside character classes (which
    /// extended mode ignores) is dropped, so no line break remains. Escaped characters and
    /// character classes are kept as written; `\Q…\E` is not supported in extended patterns.
    /// `pattern` with every named group and every reference to one renamed to `prefix + name`:
    /// `(?<name>`, `(?'name'`, `(?P<name>`, `(?&name)`, `(?P>name)`, `(?P=name)`, `\k<name>`,
    /// `\k'name'`, `\k{name}`, `\g{name}` (lookbehinds and `(?(DEFINE)` are untouched). Patterns
    /// exported for `rg -P -f`, which joins the lines into one alternation, need distinct group
    /// names: two rules that both define `(?<slot>…)` would not compile together.
    public static func renamingGroups(_ pattern: String, prefix: String) -> String {
        let name = "([A-Za-z_][A-Za-z0-9_]*)"
        let forms: [(String, String)] = [
            (#"\(\?<"# + name + ">", "(?<" + prefix + "$1>"), (#"\(\?'"# + name + "'", "(?'" + prefix + "$1'"),
            (#"\(\?P<"# + name + ">", "(?P<" + prefix + "$1>"), (#"\(\?&"# + name + #"\)"#, "(?&" + prefix + "$1)"),
            (#"\(\?P>"# + name + #"\)"#, "(?P>" + prefix + "$1)"), (#"\(\?P="# + name + #"\)"#, "(?P=" + prefix + "$1)"),
            (#"\\k<"# + name + ">", #"\\k<"# + prefix + "$1>"), (#"\\k'"# + name + "'", #"\\k'"# + prefix + "$1'"),
            (#"\\k\{"# + name + #"\}"#, #"\\k{"# + prefix + "$1}"), (#"\\g\{"# + name + #"\}"#, #"\\g{"# + prefix + "$1}"),
        ]
        var out = pattern
        for (from, to) in forms {
            out = out.replacingOccurrences(of: from, with: to, options: .regularExpression)
        }
        return out
    }

    public var singleLinePattern: String {
        var flags = ""
        if options.caseless { flags += "i" }
        if options.multiline { flags += "m" }
        if options.dotAll { flags += "s" }
        let prefix = flags.isEmpty ? "" : "(?\(flags))"
        guard options.extended else { return prefix + pattern.replacingOccurrences(of: "\n", with: "\\n") }
        var out = ""
        var inClass = false
        var i = pattern.startIndex
        while i < pattern.endIndex {
            let c = pattern[i]
            if c == "\\" {
                let next = pattern.index(after: i)
                if next < pattern.endIndex {
                    let escaped = pattern[next]
                    // An escaped space or `#` keeps its meaning without the backslash-space pair.
                    out += escaped == " " ? "\\x20" : escaped == "\n" ? "" : "\\" + String(escaped)
                    i = pattern.index(after: next)
                    continue
                }
                out.append(c)
            } else if inClass {
                if c == "]" { inClass = false }
                out += c == "\n" ? "\\n" : c == " " ? "\\x20" : String(c)
            } else if c == "[" {
                inClass = true
                out.append(c)
                // A `]` right after `[` or `[^` is a literal member.
                var j = pattern.index(after: i)
                if j < pattern.endIndex, pattern[j] == "^" { out.append("^"); j = pattern.index(after: j) }
                if j < pattern.endIndex, pattern[j] == "]" { out.append("]"); j = pattern.index(after: j) }
                i = j
                continue
            } else if c == "#" {
                while i < pattern.endIndex, pattern[i] != "\n" { i = pattern.index(after: i) }
                continue
            } else if !c.isWhitespace {
                out.append(c)
            }
            i = pattern.index(after: i)
        }
        // The flattened text needs no extended mode; dropping it keeps `rg -P` from reading `#`
        // in a later pattern line differently.
        return prefix + out
    }
}
