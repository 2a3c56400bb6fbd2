import FidelintCore
import Foundation
import Testing

/// A canonical text form of everything an `Article` holds (blocks, tables, links, fences,
/// metadata, the prose view and its offset map, quotation and code ranges, masked views), so two
/// builds of the readers can be compared on whole corpora.
///
/// `FIDELINT_MODEL_DUMP_IN` (folders, `:`-separated) and `FIDELINT_MODEL_DUMP_OUT` (a file) turn
/// the dump on; without them the test only checks that the description is deterministic.
enum ModelDump {
    static func describe(_ a: Article) -> String {
        var s = "format \(a.format.rawValue) headline \(a.headline.map(String.init) ?? "-")\n"
        func r(_ x: SourceRange) -> String { "\(x.start)-\(x.end)" }
        func v(_ x: Range<Int>) -> String { "\(x.lowerBound)-\(x.upperBound)" }
        for b in a.blocks {
            s += "B \(b.kind.rawValue) \(r(b.range)) \(v(b.viewRange)) p\(b.paragraph) q\(b.isQuotation) t\(b.table.map(String.init) ?? "-") \(b.text.debugDescription)\n"
        }
        func row(_ w: TableRow) -> String {
            "R \(r(w.range)) closed\(w.hasClosingDelimiter) trail\(w.trailingText.map(r) ?? "-") inh\(w.inheritedWidth) "
                + w.cells.map { "[\($0.text.debugDescription) \(r($0.range)) \($0.span)]" }.joined(separator: " ")
        }
        for t in a.tables {
            s += "T \(t.style.rawValue) \(r(t.range))\n  H \(row(t.header))\n"
            for w in t.rows { s += "  \(row(w))\n" }
        }
        for l in a.links { s += "L \(l.kind.rawValue) \(r(l.range)) \(l.target.debugDescription) \(l.text.debugDescription)\n" }
        for f in a.fences { s += "F \(r(f.open)) \(f.close.map(r) ?? "-") \(f.info.debugDescription) \(f.bodyIsProse)\n" }
        let m = a.metadata
        s += "M \(String(describing: m.title)) \(String(describing: m.date)) \(String(describing: m.description)) \(String(describing: m.author)) \(m.sources) \(String(describing: m.url))\n"
        s += "V \(a.prose.utf8.count) \(hash(a.prose.utf8))\n"
        for g in a.prose.map.segments { s += "S \(g.viewStart) \(g.viewLength) \(g.sourceStart) \(g.sourceLength)\n" }
        s += "Q " + a.quotationRanges.map(v).joined(separator: " ") + "\n"
        s += "C " + a.codeRanges.map(v).joined(separator: " ") + "\n"
        s += "MQ \(hash(a.prose.masking(a.quotationRanges).utf8)) MC \(hash(a.prose.masking(a.codeRanges).utf8)) "
            + "MB \(hash(a.prose.masking(a.quotationRanges + a.codeRanges).utf8))\n"
        return s
    }

    /// FNV-1a, 64 bits.
    static func hash(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return String(h, radix: 16)
    }

    static func files(under dir: String) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: dir) else { return [] }
        var out: [String] = []
        for case let p as String in e where FileCollector.extensions.contains((p as NSString).pathExtension.lowercased()) {
            out.append(dir + "/" + p)
        }
        return out.sorted()
    }
}

@Suite struct ModelDumpTests {
    @Test func dumpWhenAsked() throws {
        let env = ProcessInfo.processInfo.environment
        let sample = SourceText(path: "a.html", string: "<p>Caf&eacute; &amp; “tea”</p>\r\n<table><tr><td>a</td></tr></table>")
        let a = HTMLReader().read(sample)
        #expect(ModelDump.describe(a) == ModelDump.describe(HTMLReader().read(sample)))
        #expect(ModelDump.describe(a).contains("B paragraph 3-"))
        guard let dirs = env["FIDELINT_MODEL_DUMP_IN"], let out = env["FIDELINT_MODEL_DUMP_OUT"] else { return }
        var text = ""
        for dir in dirs.split(separator: ":").map(String.init) {
            for path in ModelDump.files(under: dir) {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                let source = SourceText(path: path, bytes: [UInt8](data))
                let article = ArticleReaders.reader(for: ArticleFormat.forPath(path)).read(source)
                text += "== \(path)\n" + ModelDump.describe(article)
            }
        }
        try text.write(toFile: out, atomically: true, encoding: .utf8)
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// Reader CPU time per format (thread CPU time, so other processes on the machine do not count),
/// when `FIDELINT_READ_BENCH` names a folder; also times `FileCollector` and masked views.
@Suite struct ReaderBenchTests {
    static func cpuNanos() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    @Test func benchWhenAsked() throws {
        guard let dir = ProcessInfo.processInfo.environment["FIDELINT_READ_BENCH"] else { return }
        let rounds = Int(ProcessInfo.processInfo.environment["FIDELINT_READ_BENCH_ROUNDS"] ?? "3") ?? 3
        var t0 = Self.cpuNanos()
        var collected = 0
        for _ in 0..<rounds { collected = FileCollector.collect([dir]).files.count }
        print("bench: collect \(collected) files \((Self.cpuNanos() - t0) / UInt64(rounds) / 1_000_000) ms")
        let files = ModelDump.files(under: dir)
        let sources = files.compactMap { p in FileManager.default.contents(atPath: p).map { SourceText(path: p, bytes: [UInt8]($0)) } }
        var best: [ArticleFormat: UInt64] = [:]
        var maskBest = UInt64.max
        for _ in 0..<rounds {
            var spent: [ArticleFormat: UInt64] = [:]
            var articles: [Article] = []
            for s in sources {
                let format = ArticleFormat.forPath(s.path)
                let t = Self.cpuNanos()
                articles.append(ArticleReaders.reader(for: format).read(s))
                spent[format, default: 0] += Self.cpuNanos() - t
            }
            for (f, v) in spent { best[f] = min(best[f] ?? .max, v) }
            t0 = Self.cpuNanos()
            var total = 0
            for a in articles {
                total += a.prose.masking(a.quotationRanges).utf8.count
                total += a.prose.masking(a.codeRanges).utf8.count
                total += a.prose.masking(a.quotationRanges + a.codeRanges).utf8.count
            }
            maskBest = min(maskBest, Self.cpuNanos() - t0)
            #expect(total >= 0)
        }
        for f in ArticleFormat.allCases { print("bench: read.\(f.rawValue) \((best[f] ?? 0) / 1_000_000) ms") }
        print("bench: masking (3 views per article) \(maskBest / 1_000_000) ms")
    }
}
