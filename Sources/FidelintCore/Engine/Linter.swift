import CFidelintGuard
import Foundation
/// Runs a set of rules over one file at a time: read → article model → rules → findings with
/// positions resolved once → sorted, fingerprinted `FileResult`.
///
/// `Linter` is a value with no mutable state, safe to share between threads; each call to `lint`
/// builds its own `RuleContext`.
public struct Linter: Sendable {
    public let rules: [any Rule]
    public let options: LintOptions
    /// Severity overrides by rule id (from configuration).
    public let severityOverrides: [String: Severity]
    /// Per rule (same order as `rules`): its identifier and its severity override, looked up once
    /// here rather than for every file (a rule's `description` is a large value to copy).
    let ruleIds: [String]
    /// The rules whose findings give way to overlapping ones of their category (`RuleDescription.yields`).
    let yieldingRules: Set<String>
    let ruleSeverities: [Severity?]
    /// Per rule: its identifier as a C string for the crash guard (`CrashGuard.stage`).
    let ruleStages: [CrashGuard.Stage]
    /// Whether some rule compares articles across files (then each file's signature is kept).
    let hasCrossArticleRule: Bool
    /// The rules that declare a repair, by id (`RuleDescription.repair`).
    let repairKinds: [String: RepairKind]
    /// Whether a rule of the run reads the article's source documents (category
    /// `unsupported-claim`): only then are an article's inputs looked for and read.
    let readsSourceDocuments: Bool

    public init(rules: [any Rule], options: LintOptions = LintOptions(), severityOverrides: [String: Severity] = [:]) {
        self.rules = rules
        self.options = options
        self.severityOverrides = severityOverrides
        ruleIds = rules.map(\.identifier)
        yieldingRules = Set(rules.filter { $0.description.yields }.map(\.identifier))
        ruleSeverities = ruleIds.map { severityOverrides[$0] }
        ruleStages = ruleIds.map { CrashGuard.stage("rule " + $0) }
        hasCrossArticleRule = rules.contains { $0.comparesArticles }
        var kinds: [String: RepairKind] = [:]
        for rule in rules { if let kind = rule.description.repair { kinds[rule.identifier] = kind } }
        repairKinds = kinds
        readsSourceDocuments = rules.contains { $0.description.category == .unsupportedClaim }
    }

    /// Lints one decoded file. Never throws: rule failures are returned in `errors`.
    public func lint(_ source: SourceText, format: ArticleFormat) -> FileResult {
        let t0 = Linter.profiling ? DispatchTime.now().uptimeNanoseconds : 0
        let stage = CrashGuard.readerStages[format]!
        CrashGuard.enter(stage, source: source)
        let article = ArticleReaders.reader(for: format, options: options).read(source)
        if Linter.profiling { Linter.record("read." + format.rawValue, DispatchTime.now().uptimeNanoseconds - t0) }
        return lint(article)
    }

    /// `FIDELINT_PROFILE=1` in the environment: time spent per rule and reader, printed on
    /// standard error at exit by `Linter.printProfile()` (for finding slow rules; not for gates).
    public static let profiling = ProcessInfo.processInfo.environment["FIDELINT_PROFILE"] != nil
    static let processStart = DispatchTime.now().uptimeNanoseconds
    nonisolated(unsafe) static var profile: [String: UInt64] = [:]
    static let profileLock = NSLock()

    static func record(_ key: String, _ nanoseconds: UInt64) {
        profileLock.lock(); defer { profileLock.unlock() }
        profile[key, default: 0] += nanoseconds
    }

    /// Prints the profile, slowest first (milliseconds).
    public static func printProfile() {
        guard profiling else { return }
        profileLock.lock(); defer { profileLock.unlock() }
        for (key, ns) in profile.sorted(by: { $0.value > $1.value }) {
            FileHandle.standardError.write(Data("profile: \(key) \(ns / 1_000_000) ms\n".utf8))
        }
    }

    /// With `FIDELINT_PROFILE=1`: prints the seconds since the first profile call or linter use,
    /// and the process's resident memory now and its peak so far (MB, from `/proc/self/status`;
    /// nothing where that file does not exist) after `phase`.
    public static func profileMemory(_ phase: String) {
        guard profiling, let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return }
        func kB(_ field: String) -> Int {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }) else { return 0 }
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
        }
        let start = processStart   // initialized on first use, before the clock is read
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        FileHandle.standardError.write(Data("profile: after \(phase) (\(String(format: "%.3f", seconds)) s): \(kB("VmRSS") / 1024) MB resident, \(kB("VmHWM") / 1024) MB peak\n".utf8))
    }

    /// Lints an article already read.
    public func lint(_ article: Article) -> FileResult {
        // The article's source documents (the run's, its front matter's, its sidecar folder's),
        // when a fidelity rule runs; an input that cannot be read is this file's error.
        let inputs = readsSourceDocuments ? SourceDocumentSet.inputs(of: article, options: options) : nil
        let context = RuleContext(article: article, options: options, sourceDocuments: inputs)
        var findings: [Finding] = []
        var errors: [String] = inputs?.problems ?? []
        let profiling = Linter.profiling
        defer { CrashGuard.leave() }
        for (r, rule) in rules.enumerated() {
            CrashGuard.enter(ruleStages[r], source: article.source)
            let t0 = profiling ? DispatchTime.now().uptimeNanoseconds : 0
            defer { if profiling { Linter.record(ruleIds[r], DispatchTime.now().uptimeNanoseconds - t0) } }
            do {
                var found = try rule.check(context)
                if found.count > options.maxFindingsPerRule { found = Linter.capped(found, limit: options.maxFindingsPerRule) }
                if let s = ruleSeverities[r] {
                    for i in found.indices { found[i].severity = s }
                }
                findings += found
            } catch let e as RuleError {
                errors.append(e.description)
            } catch {
                errors.append("rule '\(ruleIds[r])' failed: \(error)")
            }
        }
        // One finding per defect: a yielding rule's finding gives way to an overlapping finding of
        // another rule of its category.
        if !yieldingRules.isEmpty, findings.contains(where: { yieldingRules.contains($0.ruleId) }) {
            let specific = findings.filter { !yieldingRules.contains($0.ruleId) }
            let lines = article.source.lineIndex
            // The lines a finding stands on: a specific finding earlier in the same sentence ("As
            // of my last update, …, so please verify …") reports the same defect.
            func lineSpan(_ f: Finding) -> SourceRange {
                SourceRange(start: lines.rangeOfLine(lines.line(at: f.range.start)).start,
                            end: lines.rangeOfLine(lines.line(at: max(f.range.start, f.range.end - 1))).end)
            }
            findings.removeAll { f in
                guard yieldingRules.contains(f.ruleId) else { return false }
                let span = lineSpan(f)
                return specific.contains { $0.category == f.category && ($0.range.overlaps(span) || $0.range == f.range) }
            }
            // Two yielding findings of one category on one line are one defect too: the one that
            // starts first stays (on a tie, the rule whose identifier sorts first).
            let yielding = findings.filter { yieldingRules.contains($0.ruleId) }
            if yielding.count >= 2 {
                func before(_ a: Finding, _ b: Finding) -> Bool {
                    a.range.start != b.range.start ? a.range.start < b.range.start : a.ruleId < b.ruleId
                }
                findings.removeAll { f in
                    guard yieldingRules.contains(f.ruleId) else { return false }
                    let span = lineSpan(f)
                    return yielding.contains { $0.ruleId != f.ruleId && $0.category == f.category && $0.range.overlaps(span) && before($0, f) }
                }
            }
        }
        CrashGuard.enter(CrashGuard.resolveStage, source: article.source)
        if !repairKinds.isEmpty { Repairs.attach(to: &findings, kinds: repairKinds, article: article) }
        var result = FileResult(path: article.source.path, findings: resolve(findings, in: article.source), errors: errors)
        if hasCrossArticleRule { result.signature = ArticleSignature.of(article, context: context) }
        // A directive inside code (a fenced sample, inline code, a script) is text, not a directive.
        let code = article.codeRanges.map { article.prose.sourceRange($0) }
            + article.blocks.filter { $0.kind == .code }.map(\.range)
            + article.fences.compactMap { f in f.close.map { f.open.union($0) } }
        applySuppressions(to: &result, source: article.source, format: article.format, code: code)
        return result
    }

    /// The first `limit` of `found` (one rule's findings in one file, in source order) and one
    /// summary finding, at the first dropped finding's range, saying how many more there were:
    /// 1 MB of random bytes once gave 248,255 `invalid_encoding` warnings.
    static func capped(_ found: [Finding], limit: Int) -> [Finding] {
        let ordered = found.sorted { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
        var kept = Array(ordered.prefix(limit))
        let first = ordered[limit]
        var summary = first
        summary.message = "\(ordered.count - limit) more findings of this rule in this file are not shown (at most \(limit) per rule and file)"
        summary.related = []
        kept.append(summary)
        return kept
    }

    /// Drops the findings that inline suppressions cover, then reports each suppression that
    /// covered nothing (`unused_suppression`) and, when reasons are required, each without one
    /// (`suppression_without_reason`), when those rules are in the run.
    func applySuppressions(to result: inout FileResult, source: SourceText, format: ArticleFormat, code: [SourceRange] = []) {
        let suppressions = Suppressions.parse(source, format: format).filter { s in
            !code.contains { $0.start <= s.range.start && s.range.start < $0.end }
        }
        guard !suppressions.isEmpty else { return }
        result.suppressions = suppressions
        var used = Set<Int>()
        let before = result.findings.count
        result.findings.removeAll { f in
            let hits = suppressions.indices.filter { suppressions[$0].covers(ruleId: f.ruleId, category: f.category, line: f.location.line) }
            used.formUnion(hits)
            return !hits.isEmpty
        }
        result.suppressedCount = before - result.findings.count
        result.usedSuppressions = used
        var meta: [Finding] = []
        let ids = Set(ruleIds)
        for (i, s) in suppressions.enumerated() where s.kind != .enable {
            if !used.contains(i), ids.contains(Suppressions.unusedRuleId) {
                let what = s.targets.isEmpty ? "any rule" : s.targets.joined(separator: ", ")
                meta.append(Finding(ruleId: Suppressions.unusedRuleId, category: .suppression, severity: severity(Suppressions.unusedRuleId, .warning),
                                    message: "Suppression “fidelint-\(s.kind.rawValue)” for \(what) suppresses nothing", range: s.range))
            }
            if s.reason == nil, options.requireSuppressionReason, ids.contains(Suppressions.missingReasonRuleId) {
                meta.append(Finding(ruleId: Suppressions.missingReasonRuleId, category: .suppression, severity: severity(Suppressions.missingReasonRuleId, .warning),
                                    message: "Suppression “fidelint-\(s.kind.rawValue)” gives no reason (write “-- why” after the rules)", range: s.range))
            }
        }
        guard !meta.isEmpty else { return }
        result.findings = resolve(meta, in: source) + result.findings
        result.findings.sort { $0.precedes($1) }
    }

    func severity(_ ruleId: String, _ fallback: Severity) -> Severity {
        severityOverrides[ruleId] ?? rules.first { $0.identifier == ruleId }?.description.defaultSeverity ?? fallback
    }

    /// Adds the findings of cross-article rules (duplicate articles) to `results`, in place.
    public func addCrossArticleFindings(to results: inout [FileResult]) {
        addCrossArticleFindings(to: &results, signatures: results.compactMap(\.signature))
    }

    /// The same, with the run's signatures given apart from the results (a large run keeps them in
    /// one array and drops them once this pass is done, instead of in every `FileResult`).
    public func addCrossArticleFindings(to results: inout [FileResult], signatures: [ArticleSignature]) {
        guard signatures.count >= 2 else { return }
        for case let rule as any CrossArticleRule in rules {
            let found = rule.check(across: signatures)
            guard !found.isEmpty else { continue }
            // Only the few files with a finding are looked up (no index of every path).
            let named = Set(found.map(\.path))
            var index: [String: Int] = [:]
            for (i, r) in results.enumerated() where named.contains(r.path) { index[r.path] = i }
            for (path, finding) in found {
                guard let i = index[path] else { continue }
                // An inline suppression in that file covers it too; it is then no longer unused.
                if let s = results[i].suppressions.firstIndex(where: { $0.covers(ruleId: finding.ruleId, category: finding.category, line: finding.location.line) }) {
                    results[i].suppressedCount += 1
                    if !results[i].usedSuppressions.contains(s) {
                        results[i].usedSuppressions.insert(s)
                        let r = results[i].suppressions[s].range
                        results[i].findings.removeAll { $0.ruleId == Suppressions.unusedRuleId && $0.location.offset == r.start }
                    }
                    continue
                }
                var f = finding
                if let s = severityOverrides[rule.identifier] { f.finding.severity = s }
                results[i].findings.append(f)
                results[i].findings.sort { $0.precedes($1) }
            }
        }
    }

    /// Resolves positions, sorts by line, column and rule id, and assigns fingerprints.
    func resolve(_ findings: [Finding], in source: SourceText) -> [ResolvedFinding] {
        // All positions in one ordered pass over the text.
        var ranges: [SourceRange] = []
        for f in findings { ranges.append(f.range); ranges += f.related.filter { $0.path == nil }.map(\.range) }
        var locations = source.lineIndex.locations(of: ranges)[...]
        var resolved = findings.map { f -> ResolvedFinding in
            let location = locations.removeFirst()
            let related = f.related.map { r in
                ResolvedRelated(path: r.path ?? source.path,
                                location: r.path == nil ? locations.removeFirst() : r.location ?? Location(line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0),
                                message: r.message)
            }
            let text = source.text(f.range)
            let fix = f.fix.map { fix in
                ResolvedFix(description: fix.description, edits: fix.edits.map {
                    ResolvedEdit(range: $0.range, location: source.lineIndex.exactLocation(of: $0.range), replacement: $0.replacement)
                })
            }
            return ResolvedFinding(finding: f, path: source.path, location: location, related: related, fingerprint: "",
                                   snippet: text.count > 200 ? String(text.prefix(199)) + "…" : text, fix: fix)
        }
        resolved.sort { $0.precedes($1) }
        var seen: [String: Int] = [:]
        for i in resolved.indices {
            let basis = resolved[i].ruleId + "\u{0}" + TextTools.normalize(source.text(resolved[i].finding.range))
            let ordinal = seen[basis, default: 0]
            seen[basis] = ordinal + 1
            resolved[i].fingerprint = Fingerprint.hex(basis + "\u{0}\(ordinal)")
        }
        return resolved
    }
}

/// The findings of one file, sorted, and the rules that could not finish on it.
public struct FileResult: Sendable, Codable {
    public var path: String
    public var findings: [ResolvedFinding]
    /// Messages of rules that aborted on this file (for example a regex match limit).
    public var errors: [String]
    /// The article's MinHash signature, when a cross-article rule runs and the article is long
    /// enough to compare.
    public var signature: ArticleSignature?
    /// The file's inline suppressions, and the indexes of those that covered a finding.
    public var suppressions: [Suppression] = []
    public var usedSuppressions: Set<Int> = []
    /// How many findings inline suppressions removed.
    public var suppressedCount = 0
    /// The severity a duplicate-article finding gets in this file (its configuration's), when
    /// that rule is enabled for it; carried by shard reports.
    public var duplicateSeverity: Severity?

    public init(path: String, findings: [ResolvedFinding], errors: [String]) {
        self.path = path
        self.findings = findings
        self.errors = errors
    }
}

/// FNV-1a, 64 bits: a stable, dependency-free hash for fingerprints (not for security).
public enum Fingerprint {
    /// The 64-bit FNV-1a hash of `text`'s UTF-8 bytes.
    public static func fnv1a(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// The 64-bit FNV-1a hash of `bytes`.
    public static func fnv1a(bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// `fnv1a(text)` as 16 lowercase hex digits.
    public static func hex(_ text: String) -> String {
        let s = String(fnv1a(text), radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
