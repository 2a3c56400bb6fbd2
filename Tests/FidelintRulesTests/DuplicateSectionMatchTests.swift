import Foundation
import FidelintCore
@testable import FidelintRules
import Testing

/// `duplicate_section` reads shared byte-level word hashes and matches units with an
/// open-addressing inverted index; on every fixture, shared case and corpus text it must find the
/// same units, word counts, best matches and scores as the string-level original (per-unit
/// `normalize`, `Set` shingles, a dictionary index).
@Suite struct DuplicateSectionMatchTests {
    static let texts: [String] = {
        var dirs = [TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures")]
        if let shared = TestSupport.shared {
            dirs += [shared.appendingPathComponent("cases"), shared.appendingPathComponent("corpus")]
        }
        var texts: [String] = []
        for dir in dirs {
            guard let e = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in e where ["txt", "md", "html"].contains(url.pathExtension) {
                if let t = try? String(contentsOf: url, encoding: .utf8) { texts.append(t) }
            }
        }
        // Hand-written repeats with non-ASCII text, a table and a unit needing NFKC.
        let para = "Le conseil a approuvé le budget lundi après un long débat sur les bibliothèques, “enfin”.\n"
        let korean = "서울시는 월요일에 새 예산안을 발표했으며 시민들은 대체로 환영했다고 관계자들이 말했다.\n"
        let table = "| Région | 2023 | 2024 |\n|---|---|---|\n| Nord | 1,200 | 1,300 |\n| Süd | 900 | 950 |\n"
        texts.append(para + "\n" + korean + "\n" + table + "\nNotes follow here today.\n\n" + table + "\n" + para + "\n" + korean)
        texts.append("ＦＵＬＬ width text repeats in this paragraph of several words here.\n\nFULL width text repeats in this paragraph of several words here.\n")
        return texts
    }()

    @Test func matchesEqualTheStringLevelOriginal() {
        var units = 0, matched = 0
        for (n, t) in Self.texts.enumerated() {
            for format in [ArticleFormat.plain, .markdown, .html] where format != .html || t.contains("<") {
                let article = ArticleReaders.reader(for: format).read(SourceText(path: "t\(n)", string: t))
                let new = DuplicateSectionRule.units(of: article, words: BlockWords.of(article))
                let old = Self.referenceUnits(article)
                #expect(new.units.map(\.range) == old.map(\.range), "text \(n) \(format)")
                #expect(new.units.map(\.words) == old.map(\.words), "text \(n) \(format)")
                guard new.units.count == old.count, new.units.count >= 2 else { continue }
                let (best, score) = DuplicateSectionRule.matches(new)
                let (refBest, refScore) = Self.referenceMatches(old.map(\.shingles))
                #expect(best == refBest && score == refScore, "text \(n) \(format)")
                #expect(new.units.map { Set(new.shingles[$0.shingleStart..<$0.shingleEnd]) } == old.map(\.shingles), "text \(n) \(format)")
                units += old.count
                matched += best.compactMap { $0 }.count
            }
        }
        #expect(units > 1000 && matched > 0)
    }

    static func referenceUnits(_ article: Article) -> [(range: SourceRange, words: Int, shingles: Set<UInt64>)] {
        var units: [(range: SourceRange, words: Int, shingles: Set<UInt64>)] = []
        var seenTables: Set<Int> = []
        for (b, block) in article.blocks.enumerated()
        where block.kind != .code && block.kind != .fence && block.kind != .caption && b != article.headline {
            let text: String, range: SourceRange
            if let t = block.table {
                guard seenTables.insert(t).inserted else { continue }
                text = DuplicateSectionRule.tableText(article.tables[t])
                range = article.tables[t].range
            } else {
                text = block.text
                range = block.range
            }
            let hashes = TextTools.wordHashes(TextTools.normalize(text))
            var shingles: Set<UInt64> = []
            if hashes.count < 3 {
                if !hashes.isEmpty { shingles.insert(hashes.reduce(0x51) { ArticleSignature.combine($0, $1) }) }
            } else {
                for k in 0...(hashes.count - 3) {
                    shingles.insert(ArticleSignature.shingle(hashes[k], hashes[k + 1], hashes[k + 2]))
                }
            }
            if !shingles.isEmpty { units.append((range, hashes.count, shingles)) }
        }
        return units
    }

    static func referenceMatches(_ units: [Set<UInt64>]) -> ([Int?], [Double]) {
        var index: [UInt64: [Int]] = [:]
        var best = [Int?](repeating: nil, count: units.count)
        var score = [Double](repeating: 0, count: units.count)
        for j in units.indices {
            var counts: [Int: Int] = [:]
            for s in units[j] {
                guard let posting = index[s], posting.count <= DuplicateSectionRule.maxPosting else { continue }
                for i in posting { counts[i, default: 0] += 1 }
            }
            for (i, shared) in counts {
                if let jaccard = DuplicateSectionRule.similarity(common: shared, units[i].count, units[j].count),
                   jaccard > score[j] || (jaccard == score[j] && i < (best[j] ?? Int.max)) {
                    best[j] = i
                    score[j] = jaccard
                }
            }
            for s in units[j] { index[s, default: []].append(j) }
        }
        return (best, score)
    }
}
