@testable import FidelintCore
import Foundation
import Testing

/// The byte-level fast paths of the readers give what the `String`/`Character`/Foundation code
/// they shortcut gives, on varied text: our fixtures, `../shared/cases` and `../shared/corpus`
/// when present (skipped cleanly otherwise), and hand-written edge cases (non-ASCII, CRLF,
/// entities, NBSP, combining marks, joiners).
@Suite struct ReaderFastPathTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Text files under our fixtures and, when present, the shared cases and corpus (plain
    /// `.txt`, `.md` and `.html` only; at most `limit` files).
    static func sampleFiles(limit: Int = 400) -> [String] {
        let roots = [packageRoot.appendingPathComponent("Tests/Fixtures").path,
                     packageRoot.deletingLastPathComponent().appendingPathComponent("shared/cases").path,
                     packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus").path]
        var out: [String] = []
        for root in roots where FileManager.default.fileExists(atPath: root) {
            out += ModelDump.files(under: root).prefix(limit)
        }
        return out
    }

    static let edgeLines: [String] = [
        "SectorPotential ProjectsExpected Benefits", "Café RoyaleÉté Plans", "naïveÜber alles", "a\u{200D}Bcd",
        "abc\u{301}Def", "iPhone eBay McDonald", "2024Revenue(est)Growth", "word\u{2019}Sxyz", "‘quoted’Then",
        "x\u{2070}Yabc", "résuméStudent Loans", "ΑθήναΣπάρτη Κόρινθος", "МоскваПетербург", "東京Tokyo",
        "Growth 5%Margin", "abc Def!", "Shared knowledge Certainly! Here’s more", "tab\there\tNow",
        "```swift", "``` ", "~~~", "“`html", "\"`js", "\u{1FEF}\u{1FEF}\u{1FEF}", "— dash", "- item", "• bullet",
        "12. Twelve", "١٢. Arabic", "½ cup", "title: Hello", "title:Hello", "title:", "\"key\": v", "-x: y",
        "url: https://x", "a:\u{0B}b", "a:\u{A0}b", "a:\u{2028}", "k: v", "#: no", ":colon", "Word.", "Word…",
        "Word\u{0600}.", "\u{A0}padded\u{A0}", "\tTabbed\t", "ends with space ", "", ".", "A", "ab",
    ]

    /// All non-blank lines of the sample files, trimmed as the plain-text reader trims them.
    static func sampleLines() -> [(SourceText, SourceRange)] {
        var out: [(SourceText, SourceRange)] = []
        let edge = SourceText(path: "edge.txt", string: edgeLines.joined(separator: "\r\n"))
        for source in [edge] + sampleFiles().compactMap({ p in
            FileManager.default.contents(atPath: p).map { SourceText(path: p, bytes: [UInt8]($0)) }
        }) {
            let bytes = source.utf8
            for n in 1...source.lineIndex.lineCount {
                var r = source.lineIndex.rangeOfLine(n)
                while r.start < r.end, isSpace(bytes[r.start]) { r.start += 1 }
                while r.end > r.start, isSpace(bytes[r.end - 1]) { r.end -= 1 }
                if r.length > 0 { out.append((source, r)) }
            }
        }
        return out
    }

    @Test func cellBoundaryPrefilterNeverDropsARow() {
        var checked = 0, rows = 0
        for (source, range) in Self.sampleLines() where !FlattenedTableDetector.mayHaveCellBoundary(source.utf8, range) {
            let row = FlattenedTableDetector.row(text: source.text(range), range: range)
            #expect((row?.cells.count ?? 0) < 2, "\(source.text(range))")
            checked += 1
        }
        for (source, range) in Self.sampleLines() where FlattenedTableDetector.mayHaveCellBoundary(source.utf8, range) {
            if (FlattenedTableDetector.row(text: source.text(range), range: range)?.cells.count ?? 0) >= 2 { rows += 1 }
        }
        #expect(checked > 40)
        #expect(rows > 3)
        let edge = SourceText(path: "e.txt", string: "a\u{200D}Bcd\nabc Def\nnaïveÜber")
        let lines = (1...3).map { edge.lineIndex.rangeOfLine($0) }
        #expect(lines.map { FlattenedTableDetector.mayHaveCellBoundary(edge.utf8, $0) } == [true, false, true])
    }

    @Test func fenceShortcutAgrees() {
        var fences = 0
        for (source, range) in Self.sampleLines() {
            let text = source.text(range)
            let info = PlainTextReader.fenceInfo(text)
            #expect(info == PlainTextReader.parsedFenceInfo(text), "\(text)")
            if info != nil { fences += 1 }
        }
        #expect(fences >= 4)
        #expect(PlainTextReader.fenceInfo("\u{1FEF}\u{1FEF}\u{1FEF}") == "")   // canonically "```"
        #expect(PlainTextReader.fenceInfo("“`html") == "html")
    }

    @Test func titlePrefilterNeverHidesATitle() {
        var skipped = 0
        for (source, range) in Self.sampleLines() where !PlainTextReader.mayBeTitleLike(range, source.utf8) {
            #expect(!TextTools.isTitleLike(source.text(range)), "\(source.text(range))")
            skipped += 1
        }
        #expect(skipped > 40)
        let s = SourceText(path: "t.txt", string: "Word\u{0600}.")
        #expect(PlainTextReader.mayBeTitleLike(SourceRange(start: 0, end: s.utf8.count), s.utf8))
    }

    @Test func yamlKeyTestAgreesWithTheRegex() {
        var lines = Self.edgeLines
        for (source, range) in Self.sampleLines().prefix(3000) { lines.append(source.text(range)) }
        var keys = 0
        for t in lines {
            let regex = t.range(of: #"^[A-Za-z0-9_"'-][^:]*:(\s|$)"#, options: .regularExpression) != nil
            #expect(FrontMatter.isKeyLine(t) == regex, "\(t.debugDescription)")
            if regex { keys += 1 }
        }
        #expect(keys >= 5)
    }

    @Test func pieceTextTrimsAsFoundationDoes() {
        var texts = Self.edgeLines + ["\u{A0}\u{301}x", "x\u{2009}", "\u{3000}全角\u{3000}", "\u{202F}n", "é", "“quoted”", "a\u{200B}"]
        for (source, range) in Self.sampleLines().prefix(2000) { texts.append(source.text(range)) }
        for t in texts {
            var b = ViewBuilder(source: [], isHTML: false)
            b.append(t, at: SourceRange(start: 0, end: 0))
            let view = 0..<b.view.count
            #expect(b.pieceText(view) == t.trimmingCharacters(in: .whitespaces), "\(t.debugDescription)")
        }
    }

    @Test func entitiesDecodeAsBefore() {
        let cases: [(String, String?)] = [
            ("&amp;", "&"), ("&eacute;", "é"), ("&#8220;", "“"), ("&#x201D;", "”"), ("&#X41;", "A"), ("&nbsp;", "\u{A0}"),
            ("&#0;", "\u{FFFD}"), ("&#xD800;", "\u{FFFD}"), ("&#99999999;", "\u{FFFD}"), ("&#xFFFFFFFF;", "\u{FFFD}"),
            ("&#x1F600;", "😀"), ("&unknownentity;", nil), ("&;", nil), ("&#;", nil), ("&#x;", nil), ("&lt", "<"),
        ]
        for (text, expected) in cases {
            let bytes = Array(text.utf8)
            let decoded = ViewBuilder.entity(bytes, at: 0).map { String(decoding: $0.0, as: UTF8.self) }
            #expect(decoded == expected, "\(text)")
            if let (v, _) = ViewBuilder.entityScalar(bytes, at: 0) {
                #expect(ViewBuilder.utf8Width(v) == String(Unicode.Scalar(v)!).utf8.count)
            }
        }
        #expect(ViewBuilder.entity(Array("&amp;x".utf8), at: 0)?.1 == 5)
        #expect(ViewBuilder.entity(Array("&lt x".utf8), at: 0, requireSemicolon: true) == nil)
    }

    @Test func maskingBlanksAllButLineBreaksAndToleratesBadRanges() {
        let view = TextView(utf8: Array("ab\r\ncé\nd".utf8), map: .identity(length: 9))
        let masked = view.masking([1..<7, 7..<7, 20..<30])
        #expect(masked.utf8 == Array("a \r\n   \nd".utf8))
        #expect(masked.utf8.count == view.utf8.count)
    }

    /// An endless stream named as a file is read only until it shows a NUL byte (then it is binary).
    @Test func endlessStreamsStopAtTheirFirstNul() throws {
        let bytes = try #require(FileCollector.readBytes("/dev/zero"))
        #expect(bytes.count > 0 && bytes.count <= 65536 && bytes.contains(0))
        #expect(SourceText(path: "/dev/zero", bytes: bytes).isBinary)
    }

    /// The byte test of a file name's extension agrees with lower-casing the extension as a String.
    @Test func lintedExtensionsByBytes() {
        let names = ["a.txt", "A.TXT", "b.Md", "c.markdown", "d.MarkDown", "e.html", "f.HTM", "g.htmx", "h.tx", "i", ".md", "j.",
                     "k.txt.bak", "l.bak.txt", "m.mar\u{212A}down", "n.tẋt", "o.ＭＤ", "p.md ", "q. md"]
        for name in names {
            let expected = name.utf8.lastIndex(of: UInt8(ascii: ".")).map {
                FileCollector.extensions.contains(String(name[name.index(after: $0)...]).lowercased())
            } ?? false
            #expect(FileCollector.hasLintedExtension(name) == expected, "\(name)")
        }
        #expect(FileCollector.hasLintedExtension("m.mar\u{212A}down"))
    }

    @Test func entryTypeReadsTheEntryItself() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fidelint-entry-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("a.txt").path
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("l.txt").path, withDestinationPath: file)
        #expect(FileCollector.entryType(file) == .regular)
        #expect(FileCollector.entryType(dir.appendingPathComponent("l.txt").path) == .symbolicLink)
        #expect(FileCollector.entryType(dir.path) == .other)
        #expect(FileCollector.entryType(dir.appendingPathComponent("none.txt").path) == .missing)
        // The link is the same file as a.txt (one identity); a broken link is an error.
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("b.txt").path,
                                                   withDestinationPath: dir.appendingPathComponent("gone.txt").path)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub.md"), withIntermediateDirectories: true)
        try "y".write(toFile: dir.appendingPathComponent("sub.md/c.md").path, atomically: true, encoding: .utf8)
        try "z".write(toFile: dir.appendingPathComponent(".hidden.txt").path, atomically: true, encoding: .utf8)
        // A hard link is the same file too (one folder named: identities from readdir's inodes).
        #expect(link(file, dir.appendingPathComponent("h.txt").path) == 0)
        let result = FileCollector.collect([dir.path])
        #expect(result.files == [dir.path + "/a.txt", dir.path + "/sub.md/c.md"])
        // Two paths named: identities from stat, the same files once each.
        #expect(FileCollector.collect([dir.path, file]).files == [dir.path + "/a.txt", dir.path + "/sub.md/c.md"])
        #expect(result.errors.map(\.0) == [dir.path + "/b.txt"])
        #expect(result.errors.map(\.1) == ["broken symbolic link or link loop"])
    }

    /// Whole readers on the sample files: the model does not depend on which fast path ran, so
    /// reading twice gives the same description, and every view range maps inside the source.
    @Test func readersStayConsistentOnSamples() {
        for path in Self.sampleFiles(limit: 150) {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let source = SourceText(path: path, bytes: [UInt8](data))
            let a = ArticleReaders.reader(for: ArticleFormat.forPath(path)).read(source)
            for b in a.blocks {
                #expect(b.range.end <= source.utf8.count)
                #expect(b.viewRange.upperBound <= a.prose.utf8.count)
            }
            #expect(String(validating: a.prose.utf8, as: UTF8.self) != nil)
        }
    }
}

extension ReaderFastPathTests {
    @Test func quoteMarksAgreeWithQuoteScanner() {
        var texts = Self.edgeLines + [
            "He said “yes” and ‘no’ — the council’s «plan» was \"fine\".", "‘Tis ’twas", "(‘a’) “‘b’”", "\u{A0}‘x’ y",
            "‘open only", "“unclosed", "’close first‘", "a’b ‘c’d’ e", "‘x’é", "‘x’\u{301}", "\"\"\"", "«»", "",
        ]
        for (source, range) in Self.sampleLines().prefix(4000) { texts.append(source.text(range)) }
        var found = 0
        for t in texts {
            let bytes = [0x41] + Array(t.utf8) + [0x42]   // a slice that does not start at 0
            let slice = bytes[1..<(bytes.count - 1)]
            let expected = QuoteScanner.quotations(in: slice)
            #expect(QuoteMarks.quotations(in: slice) == expected, "\(t.debugDescription)")
            found += expected.count
        }
        #expect(found > 20)
        let s = Array("x “a” y".utf8)
        #expect(QuoteMarks.quotations(in: s[...]) == [2..<9])
    }
}

extension ReaderFastPathTests {
    /// Front matter read without Yams (simple `key: value` lines) gives what Yams gives; other
    /// front matter still goes through Yams.
    @Test func simpleFrontMatterReadsAsYamsDoes() throws {
        let docs = [
            "---\ntitle: \"Police Chief Backs New Court Centre\"\ndate: 2025-05-22\nauthor: Hedda Lindqvist\n---\n\nBody.",
            "---\r\ntitle: 'Café “Royale” opens'\r\n\r\ndate: 2024-02-10T12:30:00Z\r\nurl: https://e.example/a?b=c\r\n---\r\nBody.",
            "---\ntitle:   Plain title with  two spaces   \ndescription: a, b [c] {d} \"e\" it's\nsource: x\n---\n",
            "---\ntitle: ~\npublished: null\nsources: one\n---\n",
            "---\ntitle:\ndate: 2020-01-01\n---\n",
        ]
        for doc in docs {
            let source = SourceText(path: "f.md", string: doc)
            let index = source.lineIndex
            let closing = try #require((2...index.lineCount).first { FrontMatter.trimmedLine(source, index.rangeOfLine($0)) == "---" })
            let simple = try #require(FrontMatter.simpleFields(source, lines: 2..<closing), "\(doc.debugDescription)")
            let yams = try #require(try FrontMatter.yamsFields(source, lines: 2..<closing))
            #expect(simple.values == yams.values, "\(doc.debugDescription)")
            #expect(simple.titleLine == yams.titleLine)
            #expect(yams.sources == nil)
        }
        // Not simple: Yams reads these (a sequence, an escape, a comment, a duplicate key).
        for doc in ["---\nsources:\n  - a\n---\n", "---\ntitle: \"a\\tb\"\n---\n", "---\ntitle: a # c\n---\n",
                    "---\ntitle: a\ntitle: b\n---\n", "---\ntitle: *ref\n---\n", "---\ntitle: a: b\n---\n"] {
            let source = SourceText(path: "f.md", string: doc)
            let closing = (2...source.lineIndex.lineCount).first { FrontMatter.trimmedLine(source, source.lineIndex.rangeOfLine($0)) == "---" }!
            #expect(FrontMatter.simpleFields(source, lines: 2..<closing) == nil, "\(doc.debugDescription)")
        }
        let fm = try #require(FrontMatter.read(SourceText(path: "f.md", string: docs[0])))
        #expect(fm.metadata.title == "Police Chief Backs New Court Centre")
        #expect(fm.titleRange == SourceRange(start: 12, end: 47))
        #expect(fm.metadata.author == "Hedda Lindqvist")
        #expect(FrontMatter.read(SourceText(path: "f.md", string: "---\ntitle: a\ntitle: b\n---\n"))?.error != nil)
    }

    @Test func trimmedLineTrimsAsFoundationDoes() {
        for (source, range) in Self.sampleLines().prefix(3000) + [(SourceText(path: "x", string: "\u{A0}x\u{2003}"), SourceRange(start: 0, end: 6))] {
            #expect(FrontMatter.trimmedLine(source, range) == source.text(range).trimmingCharacters(in: .whitespaces))
        }
    }
}

extension ReaderFastPathTests {
    @Test func asciiTitleAgreesWithTextTools() {
        let extra = ["Trade Talks Stall Over Fishing Rights", "By Callum Northcott, Weather Desk", "What residents said",
                     "Costs and funding", "The Rock-'n'-Roll Years", "It's A Don't-Stop Day", "2024 Budget Plan",
                     "a Lower Start Here", "One Two", "Word", "UPPER CASE TITLE!", "Ends With Colon:", "x - y - z",
                     "Of the In And", "Co-Op Member's -Dash Test'", "\tTabbed Title Here\t"]
        var titles = 0
        var lines = Self.sampleLines().prefix(6000).map { ($0.0.utf8, $0.1, $0.0.text($0.1)) }
        for t in extra { let b = Array(t.utf8); lines.append((b, SourceRange(start: 0, end: b.count), t)) }
        for (bytes, range, text) in lines {
            guard let ascii = PlainTextReader.asciiTitle(bytes, range) else { continue }
            #expect(ascii.isTitle == TextTools.isTitleLike(text), "\(text.debugDescription)")
            #expect(ascii.letterWords == TextTools.letterWords(text).count, "\(text.debugDescription)")
            if ascii.isTitle { titles += 1 }
        }
        #expect(titles >= 10)
        #expect(PlainTextReader.asciiTitle(Array("Café Title".utf8), SourceRange(start: 0, end: 11)) == nil)
    }

    /// The delimiter-row test before the ASCII path.
    static func referenceIsDelimiterRow(_ text: String) -> Bool {
        let cells = text.split(separator: "|", omittingEmptySubsequences: true)
        return !cells.isEmpty && cells.allSatisfy { cell in
            let t = cell.trimmingCharacters(in: .whitespaces)
            return !t.isEmpty && t.contains("-") && t.allSatisfy { "-:".contains($0) }
        }
    }

    @Test func delimiterRowAgrees() {
        var texts = ["|---|---|", "| --- | :--: |", "|:-|-:|", "|---| |", "| - - |", "||", "|", "---", "|a|b|", "| :: |",
                     "|\t---\t|", "| --- | --- | extra", "|—|", "| ---|---"]
        for (source, range) in Self.sampleLines().prefix(3000) { texts.append(source.text(range)) }
        var rows = 0
        for t in texts {
            #expect(PlainTextReader.isDelimiterRow(t) == Self.referenceIsDelimiterRow(t), "\(t.debugDescription)")
            if Self.referenceIsDelimiterRow(t) { rows += 1 }
        }
        #expect(rows >= 5)
    }

    /// Texts for the word-at-a-time scans: every sample file, and short strings that put spaces,
    /// controls, "&", "<" and non-ASCII bytes at each position of an 8-byte word and across words.
    static func swarSamples() -> [[UInt8]] {
        var out: [[UInt8]] = sampleFiles(limit: 120).compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
        let pieces = ["a", " ", "  ", "\t", "\n", "\r\n", "&amp;", "&", "<b>", "é", "“", "\"", "x y", "\u{0B}", "\u{01}"]
        var g: UInt64 = 7
        for _ in 0..<3000 {
            var s = ""
            for _ in 0..<(1 + Int(g % 24)) {
                g = g &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                s += pieces[Int((g >> 33) % UInt64(pieces.count))]
            }
            out.append(Array(s.utf8))
        }
        return out
    }

    @Test func wordAtATimeScansAgreeWithByteLoops() {
        var runs = 0, simple = 0
        for bytes in Self.swarSamples() {
            bytes.withUnsafeBufferPointer { b in
                let n = b.count
                for start in stride(from: 0, to: max(n, 1), by: max(1, n / 64)) {
                    let piece = UnsafeBufferPointer(rebasing: b[min(start, n)..<min(n, start + 300)])
                    #expect(ViewBuilder.isSimple(piece) == ViewBuilder.isSimpleBytes(piece))
                    if ViewBuilder.isSimpleBytes(piece) { simple += 1 }
                    // The text against itself (long equal runs) and against the source shifted by a byte or two.
                    for (i, k) in [(start, start), (0, start), (start, start + 1), (start / 2, start)] where i < n && k <= n {
                        let r = ViewBuilder.literalRun(b, i, b, k)
                        #expect(r == ViewBuilder.literalRunBytes(b, i, b, k))
                        runs += r
                    }
                    #expect(QuoteMarks.quotations(in: bytes[min(start, n)..<min(n, start + 300)])
                        == QuoteScanner.quotations(in: bytes[min(start, n)..<min(n, start + 300)]))
                }
            }
        }
        #expect(runs > 10_000)
        #expect(simple > 100)
    }

    @Test func swarHelpersAreExactPerByte() {
        var g: UInt64 = 99
        for round in 0..<20_000 {
            g = g &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Words from a few interesting bytes, so matches and near misses are common.
            let alphabet: [UInt8] = [0x00, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x26, 0x29, 0x2F, 0x30, 0x39, 0x3A, 0x3C, 0x40, 0x41,
                                     0x48, 0x5A, 0x5B, 0x5D, 0x60, 0x61, 0x68, 0x77, 0x7A, 0x7B, 0x7F, 0x80, 0xC3, 0xE2, 0xFF]
            var bytes = (0..<8).map { j in alphabet[Int((g >> (UInt64(j) * 5 + 3)) % UInt64(alphabet.count))] }
            if round % 2 == 0 { bytes = bytes.map { $0 & 0x7F } }
            let x = bytes.withUnsafeBufferPointer { SWAR.load($0.baseAddress!) }
            for b: UInt8 in [0x20, 0x26, 0x3C, 0x22, 0x5D, 0x68, 0x29] {
                #expect(SWAR.hasByte(x, b) == bytes.contains(b))
                let mask = SWAR.byteMask(x, b)
                for j in 0..<8 { #expect((mask >> (UInt64(j) * 8)) & 0xFF == (bytes[j] == b ? 0x80 : 0)) }
            }
            #expect(SWAR.hasLess(x, 0x20) == bytes.contains { $0 < 0x20 })
            #expect(SWAR.isASCII(x) == bytes.allSatisfy { $0 < 0x80 })
            if SWAR.isASCII(x) {
                for (lo, hi) in [(UInt8(0x41), UInt8(0x5A)), (0x61, 0x7A), (0x30, 0x39)] {
                    let mask = SWAR.asciiInRange(x, lo, hi)
                    for j in 0..<8 { #expect((mask >> (UInt64(j) * 8)) & 0xFF == ((lo...hi).contains(bytes[j]) ? 0x80 : 0)) }
                }
            }
        }
    }

    @Test func cellBoundaryWordAtATimeAgreesWithByteLoop() {
        var yes = 0
        for bytes in Self.swarSamples() {
            let n = bytes.count
            for start in stride(from: 0, to: max(n, 1), by: max(1, n / 64)) {
                for length in [2, 9, 17, 40, 200] {
                    let r = SourceRange(start: start, end: min(n, start + length))
                    let fast = FlattenedTableDetector.mayHaveCellBoundary(bytes, r)
                    #expect(fast == FlattenedTableDetector.mayHaveCellBoundary(bytes, r, wordAtATime: false))
                    if fast { yes += 1 }
                }
            }
        }
        #expect(yes > 1000)
    }

    @Test func linkScanFindsLinksAcrossWords() {
        // Link starts at every position of an 8-byte word, in both cases.
        for pad in 0..<17 {
            let text = String(repeating: "x", count: pad) + " see https://a.example/x and WWW.b.example [t](u) with hTTp://c.example/y, then h w wh"
            let links = LinkScanner.links(in: Array(text.utf8), skipping: [])
            #expect(links.map(\.target) == ["https://a.example/x", "WWW.b.example", "u", "hTTp://c.example/y"], "\(pad)")
        }
    }

    @Test func mergeShortcutAgreesWithSortAndMerge() {
        // Lists already in merged form take the shortcut; reversed (two or more ranges) they are
        // sorted and merged, which must give the same list.
        var g: UInt64 = 5
        var shortcut = 0
        for _ in 0..<5000 {
            var ranges: [Range<Int>] = []
            var at = 0
            for _ in 0..<Int(g % 5) {
                g = g &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let gap = Int((g >> 40) % 3), length = Int((g >> 50) % 4)
                ranges.append((at + gap)..<(at + gap + length))
                at += gap + length
            }
            let merged = QuoteScanner.merge(ranges)
            #expect(merged == QuoteScanner.merge(ranges.reversed()))
            #expect(QuoteScanner.merge(merged) == merged)
            if merged == ranges { shortcut += 1 }
        }
        #expect(shortcut > 100)
        #expect(QuoteScanner.merge([0..<3, 3..<5]) == [0..<5])
        #expect(QuoteScanner.merge([4..<6, 0..<2]) == [0..<2, 4..<6])
    }
}
