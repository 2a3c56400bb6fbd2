import Foundation
@testable import FidelintCore
import Testing

/// The byte-level text paths (`normalizedWordHashes`, `letterWordCounts`, `isPunctuationOnly`,
/// `BlockWords`, `ArticleSignature`) agree with the string-level functions they replace, on
/// hand-written non-ASCII text and on every fixture and shared case and corpus text.
@Suite struct TextToolsByteTests {
    /// Texts the byte paths must handle: ASCII, the quotes and dashes `normalize` maps, white
    /// space, and characters that need NFKC or Unicode lower-casing (the fallback).
    static let handWritten: [String] = [
        "The council approved the budget on Monday.",
        "“The harbour is our future,” the mayor said — and she meant it.",
        "Growers’ cooperative: yields down ‘about’ 10 percent – a “bad” year…",
        "Don't stop-start; re-elect the well-known mayor's 2nd-term plan -- twice.",
        "Seoul\u{00A0}said\u{202F}no; 서울시는 월요일에 발표했다. 한국어 단어-테스트.",
        "Émile Zola, Ærø and ÖSTERSUND: café, naïve, façade.",
        "ＦＵＬＬ－ＷＩＤＴＨ ｆｏｒｍｓ １２３ and ﬁne ligatures",
        "e\u{301}cole and cafe\u{301} (decomposed accents)",
        "İstanbul ΣΊΣΥΦΟΣ straße",
        "a''b a--b a-1 1-a a'b' -lead trail- ’quoted’ x’y",
        "«Guillemets» and ″double prime″ and ′prime′ and −5 minus",
        "Tabs\tand\r\nCRLF\u{000B}vertical\u{000C}feed",
        "½ ² ³ ª º µ ¹ ¼ and x²",
        "",
        "   ",
        "— – ‐",
    ]

    /// Fixture texts, and the shared cases and corpus text when `../shared` is present.
    static let fileTexts: [String] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var dirs = [root.appendingPathComponent("Tests/Fixtures")]
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
        dirs.append(shared.appendingPathComponent("cases"))
        dirs.append(shared.appendingPathComponent("corpus"))
        var texts: [String] = []
        for dir in dirs {
            guard let e = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in e where ["txt", "md", "html", "htm"].contains(url.pathExtension) {
                if let t = try? String(contentsOf: url, encoding: .utf8) { texts.append(t) }
            }
        }
        return texts
    }()

    /// Each text whole, line by line and paragraph by paragraph.
    static var samples: [String] {
        var out = handWritten
        for t in handWritten + fileTexts {
            out.append(t)
            out += t.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        return out
    }

    @Test func normalizedWordHashesEqualTheStringPath() {
        var mismatches: [String] = []
        for t in Self.samples where TextTools.normalizedWordHashes(t) != TextTools.wordHashes(TextTools.normalize(t)) {
            mismatches.append(t)
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
    }

    @Test func normalizedWordHashesOfKnownText() {
        let hashes = TextTools.normalizedWordHashes("“Don’t” STOP—the re-Elect")
        #expect(hashes == ["don't", "stop-the", "re-elect"].map { Fingerprint.fnv1a($0) })
        // NFKC (full-width letters) goes through `normalize`.
        #expect(TextTools.normalizedWordHashes("ＡＢＣ def") == ["abc", "def"].map { Fingerprint.fnv1a($0) })
        #expect(TextTools.normalizedWordHashes("서울시는 월요일") == ["서울시는", "월요일"].map { Fingerprint.fnv1a($0) })
    }

    @Test func appendReportsTheBytePath() {
        var out: [UInt64] = [7]
        #expect(TextTools.appendNormalizedWordHashes("plain “quoted” text", to: &out))
        #expect(out.count == 4 && out[0] == 7)
        #expect(!TextTools.appendNormalizedWordHashes("Ｆull width", to: &out))
        #expect(out.count == 6)
    }

    @Test func letterWordCountsEqualLetterWords() {
        var mismatches: [String] = []
        for t in Self.samples {
            let words = TextTools.letterWords(t)
            let c = TextTools.letterWordCounts(t)
            if c.all != words.count || c.lowercase != words.filter({ $0.first?.isLowercase == true }).count {
                mismatches.append(t)
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
        #expect(TextTools.letterWordCounts("The growers’ co-op sold 40 tonnes in 2024") == (all: 6, lowercase: 5))
    }

    @Test func isTitleLikeEqualsTheCharacterPath() {
        let titles = ["Harbour Board Approves Fee Increase for Boats Moored in the Bay", "\u{00A0}Jury Clears Astmouth Man of Arson\t",
                      "The mayor said it.", "Growers’ Co-op Sells 40 Tonnes", "“Quoted” Headline Here", "2024 Budget Passes",
                      "a lowercase line here", "Ferry Timetable: What Passengers Should Know", "Vote — Council Agrees", "Élan Vital Returns",
                      "Sela Okonkwo", "One", "A B C D E F G H I J K L M N O P Q R S T U", "Plan A and the Part of It"]
        var mismatches: [String] = []
        for t in titles + Self.samples where TextTools.isTitleLike(t) != TextTools.isTitleLikeByCharacters(t) {
            mismatches.append(t)
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
        #expect(TextTools.isTitleLike(titles[0]) && TextTools.isTitleLike(titles[1]) && TextTools.isTitleLike(titles[3]))
        #expect(!TextTools.isTitleLike(titles[2]) && !TextTools.isTitleLike(titles[6]) && !TextTools.isTitleLike(titles[11]))
    }

    @Test func hasLetterWordsStopsEarlyWithTheSameAnswer() {
        for t in Self.samples {
            for k in [1, 7, 8] where TextTools.hasLetterWords(t, atLeast: k) != (TextTools.letterWords(t).count >= k) {
                Issue.record("hasLetterWords(\(k)) differs on \(t.prefix(80))")
            }
        }
        #expect(TextTools.hasLetterWords("one two three four five six seven ｘ", atLeast: 7))
        #expect(!TextTools.hasLetterWords("one two 3 4 five", atLeast: 4))
    }

    @Test func punctuationOnlyTextHasOneCharacterPerScalar() {
        #expect(TextTools.isPunctuationOnly("“Quoted” – text\u{00A0}here…"))
        #expect(!TextTools.isPunctuationOnly("café"))
        #expect(!TextTools.isPunctuationOnly("1½"))
        #expect(!TextTools.isPunctuationOnly("서울"))
        for t in Self.samples where TextTools.isPunctuationOnly(t) {
            let crlf = t.utf8.count - t.replacingOccurrences(of: "\r\n", with: "\n").utf8.count
            #expect(t.count == t.unicodeScalars.count - crlf)
        }
    }

    /// `BlockWords` and the signature read each block once; the signature must equal the one made
    /// from the joined, normalized prose.
    @Test func signatureEqualsTheJoinedTextSignature() throws {
        var compared = 0
        for (n, t) in (Self.fileTexts + [Self.handWritten.joined(separator: "\n\n")]).enumerated() {
            for format in [ArticleFormat.plain, .markdown] {
                let article = ArticleReaders.reader(for: format).read(SourceText(path: "t\(n)", string: t))
                let expected = Self.referenceSignature(article)
                let got = ArticleSignature.of(article)
                #expect(got?.minHashes == expected.map { ArticleSignature.folded($0.minHashes) } && got?.wordCount == expected?.wordCount, "text \(n)")
                if expected != nil { compared += 1 }
            }
        }
        #expect(compared > 0)
    }

    /// The signature from the joined, normalized prose, as it was computed before `BlockWords`.
    static func referenceSignature(_ article: Article) -> (minHashes: [UInt32], wordCount: Int)? {
        let prose = article.blocks.filter { $0.kind != .code && $0.kind != .fence }
        let words = TextTools.wordHashes(TextTools.normalize(prose.map(\.text).joined(separator: " ")))
        guard words.count >= ArticleSignature.minimumWords else { return nil }
        let mins = referenceMinHashes(words)
        #expect(ArticleSignature.minHashes(ofWords: words) == mins)
        return (mins, words.count)
    }

    /// The one-permutation MinHash as first written: each shingle hashed inline from three word
    /// hashes (the values cached signatures hold).
    static func referenceMinHashes(_ words: [UInt64]) -> [UInt32] {
        let size = ArticleSignature.size
        var mins = [UInt32](repeating: .max, count: size)
        var filled = [Bool](repeating: false, count: size)
        for k in 0...(words.count - 3) {
            let shingle = ArticleSignature.mix(ArticleSignature.mix(words[k] ^ 0x51) ^ words[k + 1]) ^ (words[k + 2] &* 0x9E37_79B9_7F4A_7C15)
            let h = ArticleSignature.mix(shingle)
            let bin = Int(((h >> 32) &* UInt64(size)) >> 32)
            filled[bin] = true
            mins[bin] = min(mins[bin], UInt32(truncatingIfNeeded: h))
        }
        var out = mins
        for bin in 0..<size where !filled[bin] {
            var attempt: UInt64 = 1
            while true {
                let probe = Int(((ArticleSignature.mix(UInt64(bin) << 32 | attempt) >> 32) &* UInt64(size)) >> 32)
                if filled[probe] { out[bin] = mins[probe]; break }
                attempt += 1
            }
        }
        return out
    }

    /// `BlockWords` writes each block's words into one pre-sized buffer; they must equal
    /// `normalizedWordHashes` of each block's text, and its shingles the 3-grams of the words.
    @Test func blockWordsEqualPerBlockHashes() {
        var blocks = 0
        for (n, t) in (Self.fileTexts + [Self.handWritten.joined(separator: "\n\n")]).enumerated() {
            for format in [ArticleFormat.plain, .markdown] {
                let article = ArticleReaders.reader(for: format).read(SourceText(path: "t\(n)", string: t))
                let words = BlockWords.of(article)
                var expected: [UInt64] = []
                var fast = true
                for (b, block) in article.blocks.enumerated() {
                    let own = block.kind == .code || block.kind == .fence ? [] : TextTools.normalizedWordHashes(block.text)
                    #expect(Array(words.words(ofBlock: b)) == own, "text \(n) block \(b)")
                    if block.kind != .code && block.kind != .fence {
                        fast = TextTools.appendNormalizedWordHashes(block.text, to: &expected) && fast
                    }
                    blocks += 1
                }
                #expect(words.hashes == expected && words.isConcatenation == fast, "text \(n)")
                let shingles = expected.count < 3 ? [] : (0...(expected.count - 3)).map {
                    ArticleSignature.shingle(expected[$0], expected[$0 + 1], expected[$0 + 2])
                }
                #expect(words.shingles == shingles, "text \(n)")
            }
        }
        #expect(blocks > 1000)
    }

    /// One-permutation MinHash estimates: identical texts 1, one changed word in 300 close to 1,
    /// unrelated texts near 0; every bin filled even for a 50-word text.
    @Test func onePermutationEstimates() {
        let words = (0..<300).map { Fingerprint.fnv1a("w\($0 % 97)x\($0)") }
        var edited = words
        edited[150] = Fingerprint.fnv1a("changed")
        let other = (0..<300).map { Fingerprint.fnv1a("o\($0)") }
        func sig(_ w: [UInt64]) -> ArticleSignature {
            ArticleSignature(path: "p", minHashes: ArticleSignature.folded(ArticleSignature.minHashes(ofWords: w)), wordCount: w.count,
                             anchor: Location(line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0), anchorText: "")
        }
        #expect(sig(words).similarity(to: sig(words)) == 1)
        #expect(sig(words).similarity(to: sig(edited)) >= 0.95)
        #expect(sig(words).similarity(to: sig(other)) <= 0.05)
        #expect(!ArticleSignature.minHashes(ofWords: Array(words.prefix(50))).contains(.max))
    }

    /// `equalCount` (four 16-bit lanes at a time) counts what a loop over the positions counts,
    /// for every length up to 130 and values that differ in one lane, one bit or the top bit.
    @Test func equalCountMatchesPositionByPosition() {
        var rng = SystemRandomNumberGenerator()
        for n in 0...130 {
            for _ in 0..<20 {
                let a = (0..<n).map { _ in UInt16.random(in: 0...3, using: &rng) | (Bool.random(using: &rng) ? 0x8000 : 0) }
                let b = a.map { v in Int.random(in: 0..<3, using: &rng) == 0 ? v ^ (1 << UInt16.random(in: 0...15, using: &rng)) : v }
                let expected = zip(a, b).filter { $0 == $1 }.count
                #expect(ArticleSignature.equalCount(a, b) == expected, "\(a) \(b)")
            }
        }
        #expect(ArticleSignature.equalCount([1, 2, 3, 4, 5], [1, 0, 3, 4, 0]) == 3)
        #expect(ArticleSignature.equalCount([0xFFFF, 0, 0x8000, 0x7FFF], [0xFFFF, 0, 0x8000, 0xFFFF]) == 3)
    }
}

/// `isSimplePunctuation` reads bit masks built from the Unicode properties; they must agree on
/// every scalar of the Basic Multilingual Plane and beyond.
@Suite struct SimplePunctuationMaskTests {
    @Test func masksEqualProperties() {
        var simple = 0
        for v in UInt32(0)..<0x30000 where Unicode.Scalar(v) != nil {
            #expect(TextTools.isSimplePunctuation(v) == TextTools.isSimplePunctuationByProperties(v), "U+\(String(v, radix: 16))")
            if TextTools.isSimplePunctuation(v) { simple += 1 }
        }
        #expect(simple > 80 && TextTools.isSimplePunctuation(0x201C) && !TextTools.isSimplePunctuation(0xB5))
    }
}

/// `Suppressions.containsDirective` finds "fidelint-" with `memchr` and one 8-byte compare; it must
/// agree with a plain substring search on fixture texts and on edge cases.
@Suite struct DirectiveScanTests {
    @Test func containsDirectiveEqualsSubstringSearch() {
        let marker = Array("fidelint-".utf8)
        var texts = TextToolsByteTests.fileTexts + TextToolsByteTests.handWritten
        texts += ["fidelint-", "fidelint", "xfidelint-", "fidelint-x", "ffidelint-", "fidelin-t", "fidelintfidelint-",
                  "<!-- fidelint-disable-next-line ad_label -- why -->", "fidelint_", "FIDELINT-", "f", "", "fffffffffff", "ﬁdelint-"]
        var hits = 0
        for t in texts {
            let bytes = Array(t.utf8)
            let expected = ByteText.find(marker, in: bytes, from: 0) != nil
            #expect(Suppressions.containsDirective(bytes) == expected, "\(t.prefix(60))")
            if expected { hits += 1 }
        }
        #expect(hits >= 6)
    }
}
