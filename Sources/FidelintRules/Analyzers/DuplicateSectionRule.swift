import FidelintCore

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
            Example("## Results by Region\n\n| Region | 2023 | 2024 |\n|---|---|---|\n| North | 1,200 | 1,300 |\n| South | 900 | 950 |\n\nBoth regions grew, the statistics office said in its annual report.\n\n## ↓Results by Region\n\n| Region | 2023 | 2024 |\n|---|---|---|\n| North | 1,200 | 1,300 |\n| South | 900 | 950 |\n", format: .markdown),
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
        options: ["min_single_words": 20, "min_run_words": 12])

    struct Unit {
        var range: SourceRange
        var words: Int
        var shingles: Set<UInt64>
        var preview: String
        /// A table, or prose (eight or more words, at least half of them lowercase) ending like a
        /// sentence. A repeated run needs
        /// one: repeated captions, credits, list lines and program output are not sections.
        var isSentenceOrTable: Bool
    }

    public func check(_ context: RuleContext) throws -> [Finding] {
        let article = context.article
        let minSingleWords = context.options.option(description.identifier, "min_single_words", default: 20)
        let minRunWords = context.options.option(description.identifier, "min_run_words", default: 12)
        let units = Self.units(of: article)
        guard units.count >= 2 else { return [] }
        // Inverted index: shingle -> units containing it.
        var index: [UInt64: [Int]] = [:]
        var best = [Int?](repeating: nil, count: units.count)
        var score = [Double](repeating: 0, count: units.count)
        for j in units.indices {
            var counts: [Int: Int] = [:]
            for s in units[j].shingles {
                // A shingle in many blocks is boilerplate, not evidence; skipping it keeps the
                // comparison near-linear on long or repetitive files.
                guard let posting = index[s], posting.count <= Self.maxPosting else { continue }
                for i in posting { counts[i, default: 0] += 1 }
            }
            for (i, shared) in counts {
                let a = units[i].shingles.count, b = units[j].shingles.count
                let jaccard = Double(shared) / Double(a + b - shared)
                let containment = Double(shared) / Double(min(a, b))
                let ratio = Double(min(a, b)) / Double(max(a, b))
                let similar = jaccard >= 0.7 || (containment >= 0.9 && ratio >= 0.5)
                if similar, jaccard > score[j] || (jaccard == score[j] && i < (best[j] ?? Int.max)) {
                    best[j] = i
                    score[j] = jaccard
                }
            }
            for s in units[j].shingles { index[s, default: []].append(j) }
        }
        // Runs: j, j+1, … matched to i, i+1, … with the first copy wholly before the second.
        var out: [Finding] = []
        var j = 0
        while j < units.count {
            guard let i0 = best[j] else { j += 1; continue }
            var length = 1
            while j + length < units.count, best[j + length] == i0 + length, i0 + length < j { length += 1 }
            let second = j..<(j + length), first = i0..<(i0 + length)
            let words = second.reduce(0) { $0 + units[$1].words }
            let enough = (length >= 2 ? words >= minRunWords : words >= minSingleWords)
                && second.contains { units[$0].isSentenceOrTable }
            if enough, first.upperBound <= second.lowerBound {
                let similarity = second.reduce(0.0) { $0 + score[$1] * Double(units[$1].words) } / Double(max(words, 1))
                let firstRange = units[first.lowerBound].range.union(units[first.upperBound - 1].range)
                let secondRange = units[second.lowerBound].range.union(units[second.upperBound - 1].range)
                let firstLine = article.source.lineIndex.line(at: firstRange.start)
                let what = length == 1 ? "block" : "\(length) blocks"
                out.append(finding(
                    "Duplicated section (\(what), \(Int((similarity * 100).rounded()))% similar to the copy at line \(firstLine)): “\(TextTools.quote(units[j].preview, limit: 60))”",
                    at: secondRange, related: [RelatedRange(range: firstRange, message: "first copy")]))
                j += length
            } else {
                j += 1
            }
        }
        return out
    }

    /// Comparison units: prose blocks, with each table as one unit (its cells, not trailing text).
    static func units(of article: Article) -> [Unit] {
        var units: [Unit] = []
        var seenTables: Set<Int> = []
        for block in article.blocks where block.kind != .code && block.kind != .fence && block.kind != .caption {
            if let t = block.table {
                guard seenTables.insert(t).inserted else { continue }
                let table = article.tables[t]
                let rows = [table.header] + table.rows
                let text = rows.map { $0.cells.map(\.text).joined(separator: " ") }.joined(separator: " ")
                units.append(unit(text, range: table.range, isTable: true))
            } else {
                units.append(unit(block.text, range: block.range))
            }
        }
        return units.filter { !$0.shingles.isEmpty }
    }

    static func unit(_ text: String, range: SourceRange, isTable: Bool = false) -> Unit {
        // Word 3-gram shingles, hashed from the words' own hashes (no joined strings).
        let hashes = TextTools.wordHashes(TextTools.normalize(text))
        var shingles: Set<UInt64> = []
        if hashes.count < 3 {
            if !hashes.isEmpty { shingles.insert(hashes.reduce(0x51) { ArticleSignature.combine($0, $1) }) }
        } else {
            for k in 0...(hashes.count - 3) {
                shingles.insert(ArticleSignature.combine(ArticleSignature.combine(hashes[k] ^ 0x51, hashes[k + 1]), hashes[k + 2]))
            }
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let letterWords = TextTools.letterWords(text)
        let lowercase = letterWords.filter { $0.first?.isLowercase == true }.count
        let sentence = letterWords.count >= 8 && lowercase * 2 >= letterWords.count
            && trimmed.last.map { ".!?\"”’".contains($0) } == true
        return Unit(range: range, words: hashes.count, shingles: shingles, preview: text, isSentenceOrTable: isTable || sentence)
    }
}
