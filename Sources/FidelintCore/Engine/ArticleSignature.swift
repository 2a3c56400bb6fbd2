import Foundation

/// The normalized word hashes (`TextTools.normalizedWordHashes`) of each block of an article
/// that is not code or a fence marker, computed once per file (`RuleContext.shared` under
/// `sharedKey`) and read by `duplicate_section` and `ArticleSignature`.
public struct BlockWords: Sendable {
    /// The `RuleContext.shared` key.
    public static let sharedKey = "text.blockWords"

    /// Every block's word hashes, block after block (none for code and fence blocks).
    public var hashes: [UInt64]
    /// `hashes[bounds[i]..<bounds[i + 1]]` are the words of `article.blocks[i]`.
    public var bounds: [Int]
    /// Whether every block took the byte path (no NFKC): then the words of the blocks' texts
    /// joined with spaces are the concatenation of the blocks' words.
    public var isConcatenation: Bool
    /// The word 3-gram hashes of `hashes` (`ArticleSignature.shingle`), one for each `k` in
    /// `0..<hashes.count - 2` (none when fewer than three words): `shingles[k]` hashes
    /// `hashes[k], hashes[k + 1], hashes[k + 2]`, across block bounds.
    public var shingles: [UInt64]

    /// The word hashes of each non-code block of `article`.
    public static func of(_ article: Article) -> BlockWords {
        var bounds = [0]
        bounds.reserveCapacity(article.blocks.count + 1)
        // Room for the most words the byte path can find; a block that needs NFKC sends the whole
        // article to the array path.
        var room = 0
        for block in article.blocks where block.kind != .code && block.kind != .fence {
            room += TextTools.maxWordCount(block.text.utf8.count)
        }
        var fast = true
        var hashes = [UInt64](unsafeUninitializedCapacity: max(room, 1)) { buffer, count in
            count = 0
            let base = buffer.baseAddress!
            for block in article.blocks {
                if block.kind != .code && block.kind != .fence {
                    let written = block.text.utf8.withContiguousStorageIfAvailable { bytes in
                        TextTools.fastNormalizedWordHashes(bytes, writingTo: base + count)
                    }
                    guard let written, let written else { fast = false; count = 0; return }
                    count += written
                }
                bounds.append(count)
            }
        }
        if !fast {
            bounds = [0]
            hashes = []
            hashes.reserveCapacity(room)
            for block in article.blocks {
                if block.kind != .code && block.kind != .fence {
                    TextTools.appendNormalizedWordHashes(block.text, to: &hashes)
                }
                bounds.append(hashes.count)
            }
        }
        let shingles = [UInt64](unsafeUninitializedCapacity: max(0, hashes.count - 2)) { buffer, count in
            hashes.withUnsafeBufferPointer { w in
                guard w.count >= 3 else { return }
                var a = w[0], b = w[1]
                for k in 0..<(w.count - 2) {
                    let c = w[k + 2]
                    buffer[k] = ArticleSignature.shingle(a, b, c)
                    a = b
                    b = c
                }
            }
            count = max(0, hashes.count - 2)
        }
        return BlockWords(hashes: hashes, bounds: bounds, isConcatenation: fast, shingles: shingles)
    }

    /// The words of block `i`.
    @inline(__always) public func words(ofBlock i: Int) -> ArraySlice<UInt64> { hashes[bounds[i]..<bounds[i + 1]] }

    /// The shared value of `context`'s article.
    public static func shared(in context: RuleContext) -> BlockWords {
        (try? context.shared(sharedKey) { of(context.article) }) ?? of(context.article)
    }
}

/// A MinHash signature of an article's prose, for finding the same story published twice across
/// the files of one run without comparing every pair.
///
/// Shingles are word 3-grams of the normalized prose (NFKC, quotes, dashes, case; see
/// `TextTools.normalize`). The signature is a one-permutation MinHash: one 64-bit hash per shingle
/// picks one of `ArticleSignature.size` bins and competes for its minimum; empty bins are densified
/// (see `minHashes(ofWords:)`). The fraction of equal positions in two signatures estimates the
/// Jaccard similarity of the two shingle sets (standard error about 0.03 at 0.9), as `size`
/// independent hash functions would, for one hash per shingle instead of `size`.
public struct ArticleSignature: Sendable, Hashable, Codable {
    /// Number of bins: `bands × rows` of the LSH index.
    public static let size = 120
    public static let bands = 30
    public static let rows = 4
    /// Articles with fewer words are not compared (a short brief repeats a template by nature).
    public static let minimumWords = 50

    public var path: String
    /// The bins' minimum hashes, folded to 16 bits (b-bit MinHash: a quarter of the memory of 64
    /// bits for a run of 100,000 articles; two different minima agree by chance with odds of one
    /// in 65,536, which moves a similarity estimate by less than 0.0001 on average).
    public var minHashes: [UInt16]
    public var wordCount: Int
    /// Where a cross-file finding about this article points: its first prose block.
    public var anchor: Location
    public var anchorText: String

    public init(path: String, minHashes: [UInt16], wordCount: Int, anchor: Location, anchorText: String) {
        self.path = path
        self.minHashes = minHashes
        self.wordCount = wordCount
        self.anchor = anchor
        self.anchorText = anchorText
    }

    /// The signature of `article`, or `nil` when it has fewer than `minimumWords` words.
    public static func of(_ article: Article) -> ArticleSignature? {
        of(article, words: BlockWords.of(article))
    }

    /// The signature of `context`'s article, from the block words the rules already computed.
    public static func of(_ article: Article, context: RuleContext) -> ArticleSignature? {
        of(article, words: BlockWords.shared(in: context))
    }

    static func of(_ article: Article, words blockWords: BlockWords) -> ArticleSignature? {
        guard let first = article.blocks.first(where: { $0.kind != .code && $0.kind != .fence }) else { return nil }
        let mins: [UInt32], wordCount: Int
        if blockWords.isConcatenation {
            wordCount = blockWords.hashes.count
            guard wordCount >= minimumWords else { return nil }
            mins = minHashes(ofShingles: blockWords.shingles)
        } else {
            // A block needed NFKC: normalize the joined prose as a whole, as it was always read.
            let prose = article.blocks.filter { $0.kind != .code && $0.kind != .fence }
            let words = TextTools.wordHashes(TextTools.normalize(prose.map(\.text).joined(separator: " ")))
            wordCount = words.count
            guard wordCount >= minimumWords else { return nil }
            mins = minHashes(ofWords: words)
        }
        return ArticleSignature(path: article.source.path, minHashes: folded(mins),
                                wordCount: wordCount, anchor: article.source.location(of: first.range),
                                anchorText: String(first.text.prefix(80)))
    }

    enum CodingKeys: String, CodingKey { case path, minHashes, wordCount, anchor, anchorText }

    /// JSON (shard reports, the `--cache` entries): `minHashes` as one string of four hex digits
    /// per hash, 480 characters, which reads several times faster than 120 JSON numbers.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        let digits = Array("0123456789abcdef".utf8)
        var hex = [UInt8]()
        hex.reserveCapacity(minHashes.count * 4)
        for h in minHashes {
            for shift in stride(from: 12, through: 0, by: -4) { hex.append(digits[Int((h >> UInt16(shift)) & 0xF)]) }
        }
        try c.encode(String(decoding: hex, as: UTF8.self), forKey: .minHashes)
        try c.encode(wordCount, forKey: .wordCount)
        try c.encode(anchor, forKey: .anchor)
        try c.encode(anchorText, forKey: .anchorText)
    }

    /// Reads what `encode(to:)` writes.
    /// - Throws: `DecodingError.dataCorrupted` when `minHashes` is not `size` groups of four hex digits.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        path = try c.decode(String.self, forKey: .path)
        let hex = Array(try c.decode(String.self, forKey: .minHashes).utf8)
        guard hex.count == Self.size * 4 else {
            throw DecodingError.dataCorruptedError(forKey: .minHashes, in: c, debugDescription: "expected \(Self.size * 4) hex digits")
        }
        var hashes = [UInt16]()
        hashes.reserveCapacity(Self.size)
        var value: UInt16 = 0
        for (i, b) in hex.enumerated() {
            let d: UInt8
            switch b {
            case 0x30...0x39: d = b - 0x30
            case 0x61...0x66: d = b - 0x61 + 10
            default: throw DecodingError.dataCorruptedError(forKey: .minHashes, in: c, debugDescription: "not a hex digit")
            }
            value = value << 4 | UInt16(d)
            if i % 4 == 3 { hashes.append(value); value = 0 }
        }
        minHashes = hashes
        wordCount = try c.decode(Int.self, forKey: .wordCount)
        anchor = try c.decode(Location.self, forKey: .anchor)
        anchorText = try c.decode(String.self, forKey: .anchorText)
    }

    /// `mins` folded to 16 bits each (the high half into the low).
    public static func folded(_ mins: [UInt32]) -> [UInt16] {
        mins.map { UInt16(truncatingIfNeeded: $0 ^ ($0 >> 16)) }
    }

    /// The one-permutation MinHash of the word 3-grams of `words` (word hashes): one hash per
    /// shingle, whose high bits pick a bin and whose low 32 bits compete for the bin's minimum; an
    /// empty bin copies the first filled bin on its own fixed probe sequence (optimal
    /// densification, Shrivastava 2017), so articles with the same shingles fill it alike.
    static func minHashes(ofWords words: [UInt64]) -> [UInt32] {
        var shingles: [UInt64] = []
        shingles.reserveCapacity(max(0, words.count - 2))
        for k in 0...(words.count - 3) { shingles.append(shingle(words[k], words[k + 1], words[k + 2])) }
        return minHashes(ofShingles: shingles)
    }

    /// `minHashes(ofWords:)` from the words' 3-gram hashes (`shingle`), at least one.
    static func minHashes(ofShingles shingles: [UInt64]) -> [UInt32] {
        var mins = [UInt32](repeating: .max, count: size)
        var filled = [Bool](repeating: false, count: size)
        mins.withUnsafeMutableBufferPointer { mins in
            filled.withUnsafeMutableBufferPointer { filled in
                shingles.withUnsafeBufferPointer { s in
                    for k in 0..<s.count {
                        let h = mix(s[k])
                        let bin = Int(((h >> 32) &* UInt64(size)) >> 32)
                        filled[bin] = true
                        mins[bin] = min(mins[bin], UInt32(truncatingIfNeeded: h))
                    }
                }
            }
        }
        var out = mins
        for bin in 0..<size where !filled[bin] {
            var attempt: UInt64 = 1
            while true {
                let probe = Int(((mix(UInt64(bin) << 32 | attempt) >> 32) &* UInt64(size)) >> 32)
                if filled[probe] { out[bin] = mins[probe]; break }
                attempt += 1
            }
        }
        return out
    }

    /// The hash of the word 3-gram `a b c` (word hashes): the shingle of `minHashes` and of
    /// `duplicate_section`.
    @inline(__always) public static func shingle(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        mix(mix(a ^ 0x51) ^ b) ^ (c &* 0x9E37_79B9_7F4A_7C15)
    }

    /// Estimated Jaccard similarity with `other` (0...1).
    public func similarity(to other: ArticleSignature) -> Double {
        Double(Self.equalCount(minHashes, other.minHashes)) / Double(Self.size)
    }

    /// How many positions of `a` and `b` hold the same value (over the shorter length), four
    /// 16-bit lanes per 64-bit word: the cross-article pass compares many pairs of signatures.
    static func equalCount(_ a: [UInt16], _ b: [UInt16]) -> Int {
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                let n = min(pa.count, pb.count)
                guard n > 0, let ra = pa.baseAddress, let rb = pb.baseAddress else { return 0 }
                let lows: UInt64 = 0x7FFF_7FFF_7FFF_7FFF
                var equal = 0, i = 0
                while i + 4 <= n {
                    let x = UnsafeRawPointer(ra + i).loadUnaligned(as: UInt64.self) ^ UnsafeRawPointer(rb + i).loadUnaligned(as: UInt64.self)
                    // 0x8000 in each lane of x that is zero (no carry leaves a lane).
                    equal += (~(((x & lows) &+ lows) | x | lows)).nonzeroBitCount
                    i += 4
                }
                while i < n {
                    if ra[i] == rb[i] { equal += 1 }
                    i += 1
                }
                return equal
            }
        }
    }

    /// The share of words two articles have in common, estimated from the Jaccard similarity `j` of
    /// their word 3-gram sets assuming scattered edits: `x` changed words in every word change
    /// three shingles, so `j = (1 − 3x) / (1 + 3x)` and the shared share is `1 − x`.
    public static func sharedWords(jaccard j: Double) -> Double {
        max(0, 1 - (1 - j) / (3 * (1 + j)))
    }

    /// The Jaccard similarity at which `sharedWords` reaches `shared`.
    public static func jaccard(sharedWords shared: Double) -> Double {
        let x = 1 - shared
        return (1 - 3 * x) / (1 + 3 * x)
    }

    /// An order-sensitive combination of two hashes (for shingles of word hashes).
    @inline(__always) public static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(a &* 0x9E37_79B9_7F4A_7C15 ^ b)
    }

    /// splitmix64's finalizer: a fast, well-mixed 64-bit hash.
    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Finds pairs of near-identical articles among many signatures with locality-sensitive hashing:
/// each signature is cut into `bands` bands of `rows` hashes; articles that share a band are
/// candidates, and a candidate pair is kept when its estimated similarity reaches the threshold.
/// Time and memory grow near-linearly with the number of articles (one sort per band).
public enum DuplicateArticleIndex {
    public struct Pair: Sendable, Hashable {
        /// Indices into the signatures given; `first < second`.
        public var first: Int
        public var second: Int
        public var similarity: Double
    }

    /// Pairs whose estimated share of common words (`ArticleSignature.sharedWords`) is at least
    /// `threshold`; `Pair.similarity` is that share.
    public static func pairs(_ signatures: [ArticleSignature], threshold: Double = 0.9) -> [Pair] {
        let minimumJaccard = ArticleSignature.jaccard(sharedWords: threshold)
        guard signatures.count >= 2 else { return [] }
        // Each pair that shares a band bucket is checked at once; only pairs that pass are kept
        // (a run of 100,000 templated articles can share buckets in millions of pairs). Bands are
        // independent: two threads take every other band, and their passing pairs are merged.
        let workers = signatures.count >= 2_000 ? 2 : 1
        final class Parts: @unchecked Sendable {   // written under `lock`, one slot per worker
            var accepted: [[UInt64: Double]]
            let lock = NSLock()
            init(_ n: Int) { accepted = Array(repeating: [:], count: n) }
        }
        let parts = Parts(workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var accepted: [UInt64: Double] = [:]
            var keys: [(UInt64, Int32)] = []
            keys.reserveCapacity(signatures.count)
            for band in stride(from: worker, to: ArticleSignature.bands, by: workers) {
                keys.removeAll(keepingCapacity: true)
                for (index, s) in signatures.enumerated() {
                    var h: UInt64 = UInt64(band) &* 0x100_0000_01B3
                    for r in 0..<ArticleSignature.rows {
                        h = ArticleSignature.mix(h ^ UInt64(s.minHashes[band * ArticleSignature.rows + r]))
                    }
                    keys.append((h, Int32(index)))
                }
                keys.sort { $0.0 < $1.0 }
                var start = 0
                while start < keys.count {
                    var end = start + 1
                    while end < keys.count, keys[end].0 == keys[start].0 { end += 1 }
                    // A bucket shared by very many articles is boilerplate; cap its pairs.
                    if end - start > 1, end - start <= 64 {
                        for a in start..<end {
                            for b in (a + 1)..<end {
                                let x = Int(min(keys[a].1, keys[b].1)), y = Int(max(keys[a].1, keys[b].1))
                                let key = UInt64(x) << 32 | UInt64(y)
                                guard accepted[key] == nil else { continue }
                                let j = signatures[x].similarity(to: signatures[y])
                                if j >= minimumJaccard { accepted[key] = j }
                            }
                        }
                    }
                    start = end
                }
            }
            parts.lock.lock()
            parts.accepted[worker] = accepted
            parts.lock.unlock()
        }
        var accepted: [UInt64: Double] = [:]
        for part in parts.accepted { accepted.merge(part) { a, _ in a } }
        let out = accepted.map { key, j in
            Pair(first: Int(key >> 32), second: Int(key & 0xFFFF_FFFF), similarity: ArticleSignature.sharedWords(jaccard: j))
        }
        return out.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    }
}
