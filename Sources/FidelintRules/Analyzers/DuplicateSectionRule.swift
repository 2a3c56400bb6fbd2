import Foundation
import FidelintCore
import FidelintRegex

/// A block, or a run of consecutive blocks, published twice. Blocks are compared after
/// normalization (NFKC, quotes, dashes, case, white space) as sets of word 3-gram shingles, so a
/// copy with small edits (a changed word, a missing last cell, another quote style) still matches.
/// A run of duplicated blocks is one finding at the second copy, with the first copy as related
/// location and the similarity in the message. A table counts as one block.
///
/// Thresholds (in words, options `min_single_words` and `min_run_words`): a single duplicated block
/// needs 20 words, a run of two or more 12 in total, so refrains, short pull quotes and repeated labels stay
/// silent; and the repeated run must hold a table or a sentence of eight or more words, so
/// repeated captions, credits, list lines (a weekly meal plan) and program output stay silent. Two blocks match when their Jaccard similarity is at least 0.7, or when one contains at
/// least 90% of the other's shingles and is at most twice its size.
///
/// Pattern source: `../shared/cases/TAXONOMY.md` §13 (gpt-researcher#548, Jetpack#39436) and the
/// seed article (lines 45-52 published again at 56-63).
public struct DuplicateSectionRule: Rule {

    /// Shingles found in more blocks than this are ignored when looking for copies.
    static let maxPosting = 32

    public init() {}

    public let description = RuleDescription(
        identifier: "duplicate_section", name: "Duplicate Section",
        summary: "A paragraph, table or run of blocks is published twice in one article.",
        category: .duplicateSection, defaultSeverity: .error,
        origin: "TAXONOMY §13 duplicate_section; seed article lines 45-52 and 56-63",
        triggeringExamples: [
            Example("# Regional Statistics\n\n## Results by Region\n\n| Region | 2023 | 2024 |\n|---|---|---|\n| North | 1,200 | 1,300 |\n| South | 900 | 950 |\n\nBoth regions grew, the statistics office said in its annual report.\n\n## ↓Results by Region\n\n| Region | 2023 | 2024 |\n|---|---|---|\n| North | 1,200 | 1,300 |\n| South | 900 | 950 |\n", format: .markdown),
            Example("Heat Warning Issued\n\nThe weather service issued an amber heat warning for six southern provinces on Sunday.\nHospitals have been asked to prepare extra cooling rooms.\n\n↓The weather service issued an amber heat warning for six southern provinces on Sunday.\nHospitals have been asked to prepare extra cooling rooms.\n\nThe warning stays until Thursday.\n"),
            Example("Growers began picking grapes two weeks earlier than usual after a dry summer.\nThe growers' cooperative said yields were down about 10 percent.\n↓Growers began picking grapes two weeks earlier than usual after a dry summer.\nThe growers’ cooperative said yields were down about 10 percent.\n"),
        ],
        nonTriggeringExamples: [
            Example("“The harbour is our future,” the mayor said.\nShe repeated the line at every stop of the tour.\n“The harbour is our future,” the mayor said.\n"),
            Example("| Region | 2023 | 2024 |\n|---|---|---|\n| North total | 1,200 | 1,300 |\n| South total | 900 | 950 |\n\nNotes follow.\n\n| Region | 2021 | 2022 |\n|---|---|---|\n| North total | 1,000 | 1,100 |\n| South total | 700 | 800 |\n"),
            Example("The crowd chanted \"We want more\".\nThe band played on.\nThe crowd chanted \"We want more\".\n"),
            Example("- Read the report.\n- Read the summary.\n- Read the appendix.\n"),
            Example("$ hg clone repo\nupdating to branch default\n2 files updated, 0 files merged, 0 files removed, 0 files unresolved\n$ hg pull\nupdating to branch default\n2 files updated, 0 files merged, 0 files removed, 0 files unresolved\n"),
            Example("Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 Orange, 1 tsp.\nSlow Cooker Beef Chili, 10 olives (or 2 Tbsp. pumpkin seeds)\nMeal 2\nPortion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 Orange, 1 tsp.\nSlow Cooker Beef Chili, 10 olives (or 2 Tbsp. pumpkin seeds)\n"),
            Example("Pictured: the rocket on its launch pad at dawn on Tuesday (AP Photo/Staff)\nThe launch was delayed.\nPictured: the rocket on its launch pad at dawn on Tuesday (AP Photo/Staff)\n"),
            Example("The council approved the budget on Monday after a long debate about library closures.\nThe mayor said the budget protected frontline services and kept taxes flat for a third year.\n"),
        ],
        options: ["min_single_words": 20, "min_run_words": 12], repair: .exactDuplicate)

    /// A comparison unit: a prose block, or a whole table.
    struct Unit {
        var range: SourceRange
        /// Normalized words (`TextTools.normalizedWordHashes`).
        var words: Int
        /// `article.blocks` index of a prose block, or `nil` for a table.
        var block: Int?
        /// `article.tables` index of a table, or `nil` for a prose block.
        var table: Int?
        /// `shingles[shingleStart..<shingleEnd]` of `Units` are this unit's word 3-gram hashes,
        /// as found (a repeated 3-gram more than once).
        var shingleStart: Int
        var shingleEnd: Int
    }

    /// An article's comparison units and their shingles in one buffer.
    struct Units {
        var units: [Unit] = []
        var shingles: [UInt64] = []
    }

    public func check(_ context: RuleContext) throws -> [Finding] {
        let minSingleWords = context.options.option(description.identifier, "min_single_words", default: 20)
        let minRunWords = context.options.option(description.identifier, "min_run_words", default: 12)
        var out = findings(in: context.article, words: BlockWords.shared(in: context), minSingleWords: minSingleWords, minRunWords: minRunWords)
        // An article wrapped whole in a code fence ("```markdown" … "```"): its body read as
        // Markdown, the fence's lines being code to the outer reading.
        for (inner, offset) in TruncatedTextRule.fencedArticles(context.article) {
            let body = offset..<(offset + inner.source.utf8.count)
            out.removeAll { body.contains($0.range.start) }
            out += findings(in: inner, words: BlockWords.of(inner), minSingleWords: minSingleWords, minRunWords: minRunWords)
                .map { TruncatedTextRule.shifted($0, by: offset) }
        }
        return out
    }

    /// The findings of one article (the file's, or a fenced body's) with its blocks' words.
    func findings(in article: Article, words: BlockWords, minSingleWords: Int, minRunWords: Int) -> [Finding] {
        let all = Self.units(of: article, words: words)
        let units = all.units
        guard units.count >= 2 else { return [] }
        let (best, score) = Self.matches(all)
        // Runs: j, j+1, … matched to i, i+1, … with the first copy wholly before the second.
        var out: [Finding] = []
        // The last finding's run: the unit after it, its blocks and its first copies' lines.
        var merged: (end: Int, blocks: Int, lines: [Int], similarity: Double)?
        var j = 0
        while j < units.count {
            guard let i0 = best[j] else { j += 1; continue }
            var length = 1
            while j + length < units.count, best[j + length] == i0 + length, i0 + length < j { length += 1 }
            let second = j..<(j + length), first = i0..<(i0 + length)
            let words = second.reduce(0) { $0 + units[$1].words }
            // A copy right after a reported copy extends that run (the run's thresholds).
            let continues = merged?.end == j
            let enough = ((continues || (length >= 2 ? words >= minRunWords : words >= minSingleWords))
                && second.contains { Self.isSentenceOrTable(units[$0], in: article) })
                || (length == 1 && Self.isExactTableCopy(units[j], of: units[i0], in: article))
            if enough, first.upperBound <= second.lowerBound {
                let similarity = second.reduce(0.0) { $0 + score[$1] * Double(units[$1].words) } / Double(max(words, 1))
                let firstRange = units[first.lowerBound].range.union(units[first.upperBound - 1].range)
                let secondRange = Self.reported(units[second.lowerBound].range.union(units[second.upperBound - 1].range),
                                                startingWith: units[second.lowerBound], in: article)
                let firstLine = article.source.lineIndex.line(at: firstRange.start)
                // A copy right after another copy (blocks copied from different places, "13, 23"
                // published again as "24, 25") continues the same run: one finding.
                if let m = merged, m.end == j, var last = out.popLast() {
                    let blocks = m.blocks + length
                    last.range = last.range.union(secondRange)
                    last.related.append(RelatedRange(range: firstRange, message: "first copy"))
                    if let quote = last.message.range(of: "): ") {
                        let lines = (m.lines + [firstLine]).map(String.init).joined(separator: ", ")
                        let least = Int((min(m.similarity, similarity) * 100).rounded())
                        last.message = "Duplicated section (\(blocks) blocks, at least \(least)% similar to the copies at lines \(lines))" + last.message[quote.lowerBound...].dropFirst()
                    }
                    out.append(last)
                    merged = (j + length, blocks, m.lines + [firstLine], min(m.similarity, similarity))
                    j += length
                    continue
                }
                let what = length == 1 ? "block" : "\(length) blocks"
                merged = (j + length, length, [firstLine], similarity)
                out.append(finding(
                    "Duplicated section (\(what), \(Int((similarity * 100).rounded()))% similar to the copy at line \(firstLine)): “\(TextTools.quote(Self.text(of: units[j], in: article), limit: 60))”",
                    at: secondRange, related: [RelatedRange(range: firstRange, message: "first copy")]))
                j += length
            } else {
                j += 1
            }
        }
        return out
    }

    /// The Jaccard similarity of two shingle sets of `a` and `b` distinct shingles sharing
    /// `common`, when they count as similar (see `matches`), else `nil`.
    static func similarity(common: Int, _ a: Int, _ b: Int) -> Double? {
        let jaccard = Double(common) / Double(a + b - common)
        let containment = Double(common) / Double(min(a, b))
        let ratio = Double(min(a, b)) / Double(max(a, b))
        return jaccard >= 0.7 || (containment >= 0.9 && ratio >= 0.5) ? jaccard : nil
    }

    /// For each unit, the earlier unit it copies best (highest Jaccard similarity of the shingle
    /// sets, the first on a tie) and that similarity. Two units are similar when the Jaccard
    /// similarity is at least 0.7, or one holds 90% of the other's shingles and is at least half its
    /// size. Shingles are looked up in an inverted index (shingle → units holding it); a shingle
    /// already in more than `maxPosting` units counts for no pair.
    static func matches(_ all: Units) -> (best: [Int?], score: [Double]) {
        let units = all.units
        var best = [Int?](repeating: nil, count: units.count)
        var score = [Double](repeating: 0, count: units.count)
        // Open-addressing table: shingle → its postings (a linked list of units, newest first), in
        // the thread's scratch memory (no allocation or clearing per article).
        var capacity = 16
        while capacity < all.shingles.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        let scratch = MatchScratch.perThread.value
        scratch.prepare(capacity: capacity, postings: all.shingles.count, units: units.count)
        let slots = scratch.slots, entries = scratch.entries
        var entryCount = 0
        let postingUnit = scratch.postingUnit, postingNext = scratch.postingNext
        let distinct = scratch.distinct, shared = scratch.shared, touched = scratch.touched
        var postingCount: Int32 = 0
        all.shingles.withUnsafeBufferPointer { shingles in
            for j in units.indices {
                var unique = 0
                var touchedCount = 0
                let j32 = Int32(j)
                for k in units[j].shingleStart..<units[j].shingleEnd {
                    let s = shingles[k]
                    var slot = Int(truncatingIfNeeded: s ^ (s >> 29)) & mask
                    let tag = s >> 32
                    var e = -1
                    while true {
                        let v = slots[slot]
                        if v == 0 { break }
                        if v >> 32 == tag, entries[Int(v & 0xFFFF_FFFF) - 1].key == s { e = Int(v & 0xFFFF_FFFF) - 1; break }
                        slot = (slot + 1) & mask
                    }
                    if e < 0 {
                        e = entryCount
                        entryCount += 1
                        entries[e] = MatchScratch.Entry(key: s, head: -1, count: 0)
                        slots[slot] = tag << 32 | UInt64(e + 1)
                    }
                    let head = entries[e].head
                    if head >= 0 {
                        // Seen: skip a repeat within this unit (the newest posting is this unit).
                        if postingUnit[Int(head)] == j32 { continue }
                        // A shingle in many blocks is boilerplate, not evidence; skipping it keeps the
                        // comparison near-linear on long or repetitive files.
                        if entries[e].count <= Self.maxPosting {
                            var p = Int(head)
                            while p >= 0 {
                                let i = Int(postingUnit[p])
                                if shared[i] == 0 { touched[touchedCount] = i; touchedCount += 1 }
                                shared[i] += 1
                                p = Int(postingNext[p])
                            }
                        }
                    }
                    unique += 1
                    postingUnit[Int(postingCount)] = j32
                    postingNext[Int(postingCount)] = head
                    entries[e].head = postingCount
                    entries[e].count += 1
                    postingCount += 1
                }
                distinct[j] = unique
                for t in 0..<touchedCount {
                    let i = touched[t]
                    let common = shared[i]
                    shared[i] = 0
                    if let jaccard = similarity(common: common, distinct[i], unique),
                       jaccard > score[j] || (jaccard == score[j] && i < (best[j] ?? Int.max)) {
                        best[j] = i
                        score[j] = jaccard
                    }
                }
            }
        }
        return (best, score)
    }

    /// Comparison units: prose blocks, with each table as one unit (its cells, not trailing text);
    /// units without words are left out.
    static func units(of article: Article, words: BlockWords) -> Units {
        var all = Units()
        all.shingles.reserveCapacity(words.hashes.count)
        var seenTables: Set<Int> = []
        var tableWords: [UInt64] = []
        for b in article.blocks.indices {
            let kind = article.blocks[b].kind
            guard kind != .code && kind != .fence && kind != .caption else { continue }
            // The headline is never a copy of a body paragraph, nor its first copy.
            guard b != article.headline else { continue }
            let block = article.blocks[b]
            let start = all.shingles.count
            let count: Int
            if let t = block.table {
                guard seenTables.insert(t).inserted else { continue }
                tableWords.removeAll(keepingCapacity: true)
                Self.tableWords(article.tables[t], into: &tableWords)
                count = tableWords.count
                appendShingles(tableWords[...], to: &all.shingles)
            } else {
                let lo = words.bounds[b], hi = words.bounds[b + 1]
                count = hi - lo
                if count >= 3 {
                    // The block's own 3-grams, as `BlockWords` hashed them.
                    all.shingles += words.shingles[lo..<(hi - 2)]
                } else {
                    appendShingles(words.hashes[lo..<hi], to: &all.shingles)
                }
            }
            guard all.shingles.count > start else { continue }
            all.units.append(Unit(range: block.table.map { article.tables[$0].range } ?? block.range, words: count,
                                  block: block.table == nil ? b : nil, table: block.table,
                                  shingleStart: start, shingleEnd: all.shingles.count))
        }
        return all
    }

    /// The normalized word hashes of a table's cells, row after row (as of `tableText`).
    static func tableWords(_ table: Table, into out: inout [UInt64]) {
        var concatenation = true
        for row in [table.header] + table.rows {
            for cell in row.cells {
                concatenation = TextTools.appendNormalizedWordHashes(cell.text, to: &out) && concatenation
            }
        }
        if !concatenation {
            // A cell needed NFKC: normalize the table's text as a whole.
            out.removeAll(keepingCapacity: true)
            TextTools.appendNormalizedWordHashes(tableText(table), to: &out)
        }
    }

    /// A table's cells joined with spaces, row after row.
    static func tableText(_ table: Table) -> String {
        ([table.header] + table.rows).map { $0.cells.map(\.text).joined(separator: " ") }.joined(separator: " ")
    }

    /// A unit's text: the block's, or the table's cells.
    static func text(of unit: Unit, in article: Article) -> String {
        if let b = unit.block { return article.blocks[b].text }
        return tableText(article.tables[unit.table!])
    }

    /// Word 3-gram shingles of `hashes` (`ArticleSignature.shingle`, as `BlockWords.shingles`),
    /// hashed from the words' own hashes (no joined strings); a unit of one or two words is one
    /// shingle.
    static func appendShingles(_ hashes: ArraySlice<UInt64>, to out: inout [UInt64]) {
        if hashes.count < 3 {
            if !hashes.isEmpty { out.append(hashes.reduce(0x51) { ArticleSignature.combine($0, $1) }) }
            return
        }
        let base = hashes.startIndex
        for k in base...(hashes.endIndex - 3) {
            out.append(ArticleSignature.shingle(hashes[k], hashes[k + 1], hashes[k + 2]))
        }
    }

    /// A table with two or more data rows whose cells are the same, row for row, as an earlier
    /// table's (after normalization): a duplicate whatever its word count.
    static func isExactTableCopy(_ unit: Unit, of first: Unit, in article: Article) -> Bool {
        guard let t = unit.table, let f = first.table else { return false }
        let a = article.tables[t], b = article.tables[f]
        guard a.rows.count >= 2, a.rows.count == b.rows.count else { return false }
        func cells(_ table: Table) -> [[String]] {
            ([table.header] + table.rows).map { $0.cells.map { TextTools.quote($0.text, limit: 10_000).lowercased() } }
        }
        return cells(a) == cells(b)
    }

    /// The range a finding reports for a copy starting with `unit`: an HTML table's copy starts at
    /// its `<table>` tag (the nearest one before the first cell), so the finding names the table's line.
    static func reported(_ range: SourceRange, startingWith unit: Unit, in article: Article) -> SourceRange {
        guard let t = unit.table, article.tables[t].style == .markup else { return range }
        let bytes = article.source.utf8
        let tag = Array("<table".utf8)
        var i = range.start - tag.count
        let floor = max(0, range.start - 4096)
        while i >= floor {
            if bytes[i] == 0x3C, (0..<tag.count).allSatisfy({ ByteText.lower(bytes[i + $0]) == tag[$0] }) {
                return SourceRange(start: i, end: range.end)
            }
            i -= 1
        }
        return range
    }

    /// A table, or prose (eight or more words, at least half of them lowercase) ending like a
    /// sentence. A repeated run needs one: repeated captions, credits, list lines and program
    /// output are not sections.
    static func isSentenceOrTable(_ unit: Unit, in article: Article) -> Bool {
        guard let b = unit.block else { return true }
        let text = article.blocks[b].text
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let counts = TextTools.letterWordCounts(text)
        return counts.all >= 8 && counts.lowercase * 2 >= counts.all
            && trimmed.last.map { ".!?\"”’".contains($0) } == true
    }
}

/// Scratch memory of `DuplicateSectionRule.matches`, one per thread (`PerThread`),
/// grown to the largest article seen and reused (no allocation per article).
final class MatchScratch {
    /// A distinct shingle: its postings (newest first, -1: none) and their number.
    struct Entry {
        var key: UInt64
        var head: Int32
        var count: Int32
    }

    /// The open-addressing table: 0 for an empty slot, else the high half of the shingle in the
    /// high half and its `entries` index + 1 in the low half (8 bytes a slot: the table of a long
    /// article stays in the first-level cache).
    private(set) var slots = UnsafeMutablePointer<UInt64>.allocate(capacity: 1)
    private(set) var entries = UnsafeMutablePointer<Entry>.allocate(capacity: 1)
    private(set) var postingUnit = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    private(set) var postingNext = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    /// Per unit: distinct shingles; shared shingles with the current unit (all 0 between calls);
    /// the units touched by the current unit.
    private(set) var distinct = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    private(set) var shared = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    private(set) var touched = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    private var slotCapacity = 0, postingCapacity = 0, unitCapacity = 0

    /// Room for `capacity` slots (all emptied), `postings` entries and postings and `units` units.
    func prepare(capacity: Int, postings: Int, units: Int) {
        if capacity > slotCapacity {
            slots.deallocate()
            slotCapacity = capacity
            slots = .allocate(capacity: slotCapacity)
        }
        slots.initialize(repeating: 0, count: capacity)
        if postings > postingCapacity {
            entries.deallocate()
            postingUnit.deallocate()
            postingNext.deallocate()
            postingCapacity = postings
            entries = .allocate(capacity: postings)
            postingUnit = .allocate(capacity: postings)
            postingNext = .allocate(capacity: postings)
        }
        if units > unitCapacity {
            distinct.deallocate()
            shared.deallocate()
            touched.deallocate()
            unitCapacity = units
            distinct = .allocate(capacity: units)
            shared = .allocate(capacity: units)
            shared.initialize(repeating: 0, count: units)
            touched = .allocate(capacity: units)
        }
    }

    deinit {
        slots.deallocate()
        entries.deallocate()
        postingUnit.deallocate()
        postingNext.deallocate()
        distinct.deallocate()
        shared.deallocate()
        touched.deallocate()
    }

    /// Each thread's scratch.
    static let perThread = PerThread { MatchScratch() }
}
