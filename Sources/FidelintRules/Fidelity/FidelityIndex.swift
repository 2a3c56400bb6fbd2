import FidelintCore
import Foundation

/// The index of one set of input documents, built once per set (`SourceDocumentSet.derived`) and
/// shared by every article of a run that has those inputs: the folded words of all inputs in one
/// sequence, where each word and each three-word shingle occurs, which sentences hold each
/// content word, the figures, the capitalized words (names) and who holds which role. A claim is
/// looked up in it, never by scanning the inputs.
final class FidelityIndex: @unchecked Sendable {
    /// One sentence of an input: its document, view range and word range (into `words`).
    struct Sentence {
        var document: Int
        var view: Range<Int>
        var words: Range<Int>
    }

    /// A role an input gives a person: the role key (`RoleMention.roleKey`), the folded family
    /// name, the mention as written, and where.
    struct RoleFact {
        var roleKey: String
        var surname: String
        var display: String
        var document: Int
        var range: SourceRange
    }

    let set: SourceDocumentSet
    /// Every input's folded words, document after document.
    private(set) var words: [FoldedWord] = []
    /// Per word (index into `words`): its document and sentence (index into `sentences`).
    private(set) var wordDocument: [Int32] = []
    private(set) var wordSentence: [Int32] = []
    private(set) var sentences: [Sentence] = []
    /// Where each folded word occurs (indexes into `words`).
    private var positions: [UInt64: [Int32]] = [:]
    /// Where each three-word shingle starts.
    private var shingles: [UInt64: [Int32]] = [:]
    /// The sentences holding each content word (ascending, distinct).
    private var postings: [UInt64: [Int32]] = [:]
    /// Figures by sentence (index into `sentences`).
    private(set) var figures: [(sentence: Int, figure: Figure)] = []
    /// Folded words written with a capital letter somewhere in the inputs, and the name tokens the
    /// person model found there (the names the inputs give).
    private(set) var capitalized: Set<String> = []
    private(set) var roleFacts: [RoleFact] = []

    /// The index of `set`, built on first use and kept with the set.
    static func of(_ set: SourceDocumentSet) -> FidelityIndex {
        set.derived("fidelint.fidelity-index") { FidelityIndex(set) }
    }

    init(_ set: SourceDocumentSet) {
        self.set = set
        for (d, doc) in set.documents.enumerated() {
            let bytes = doc.article.prose.utf8
            let folded = FidelityText.words(bytes)
            let base = words.count
            var sentenceOfLocal: [Int: Int] = [:]
            for w in folded {
                let s: Int
                if let known = sentenceOfLocal[w.sentence] { s = known } else {
                    s = sentences.count
                    sentences.append(Sentence(document: d, view: w.start..<w.end, words: words.count..<words.count))
                    sentenceOfLocal[w.sentence] = s
                }
                sentences[s].view = sentences[s].view.lowerBound..<w.end
                sentences[s].words = sentences[s].words.lowerBound..<(words.count + 1)
                words.append(w)
                wordDocument.append(Int32(d))
                wordSentence.append(Int32(s))
                if w.capitalized { capitalized.insert(w.word) }
            }
            for i in base..<words.count {
                positions[words[i].hash, default: []].append(Int32(i))
                if i + 2 < words.count, wordDocument[i + 2] == Int32(d) {
                    shingles[Self.shingle(words[i].hash, words[i + 1].hash, words[i + 2].hash), default: []].append(Int32(i))
                }
                if words[i].isContent {
                    let s = wordSentence[i]
                    if postings[words[i].hash]?.last != s { postings[words[i].hash, default: []].append(s) }
                }
            }
            // Sentence view ranges run to the end of their last word's sentence mark.
            for f in FigureScanner.scan(bytes) {
                if let s = sentence(document: d, viewOffset: f.range.lowerBound, from: base) { figures.append((s, f)) }
            }
            // The person model on the input: role mentions and names.
            let context = RuleContext(article: doc.article)
            if let names = try? NameIndex.build(context) {
                for m in names.mentions where !m.isHonorific {
                    for t in m.name { for p in FidelityText.fold(t).split(separator: " ") { capitalized.insert(String(p)) } }
                    guard let last = m.name.last else { continue }
                    roleFacts.append(RoleFact(roleKey: m.roleKey, surname: NameMatching.fold(last), display: m.display, document: d, range: m.range))
                }
                for r in names.runs { for t in r.tokens { for p in FidelityText.fold(t).split(separator: " ") { capitalized.insert(String(p)) } } }
            }
        }
    }

    @inline(__always) static func shingle(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xC2B2_AE3D_27D4_EB4F).rotated(17) ^ (c &* 0x1656_67B1_9E37_79F9).rotated(34)
    }

    /// The sentence of document `d` holding view offset `offset`.
    func sentence(document d: Int, viewOffset offset: Int, from base: Int) -> Int? {
        var best: Int? = nil
        var i = base
        while i < words.count, wordDocument[i] == Int32(d) {
            if words[i].start > offset { break }
            best = Int(wordSentence[i])
            i += 1
        }
        return best ?? (base < words.count ? Int(wordSentence[base]) : nil)
    }

    // MARK: - Look-ups

    /// Whether the folded word sequence `phrase` occurs contiguously in one input.
    func contains(_ phrase: [UInt64]) -> Bool { firstOccurrence(phrase) != nil }

    /// The first word index where `phrase` occurs contiguously in one input.
    func firstOccurrence(_ phrase: [UInt64]) -> Int? {
        guard let first = phrase.first else { return nil }
        let starts: [Int32]
        if phrase.count >= 3 { starts = shingles[Self.shingle(phrase[0], phrase[1], phrase[2])] ?? [] } else { starts = positions[first] ?? [] }
        for s in starts {
            let i = Int(s)
            guard i + phrase.count <= words.count, wordDocument[i + phrase.count - 1] == wordDocument[i] else { continue }
            var ok = true
            for k in 0..<phrase.count where words[i + k].hash != phrase[k] { ok = false; break }
            if ok { return i }
        }
        return nil
    }

    /// The input window that best aligns with `phrase` (most shared three-word shingles at one
    /// offset): its first word index and the number of shingles that agree; nil without any.
    func bestAlignment(_ phrase: [UInt64]) -> (start: Int, votes: Int)? {
        guard phrase.count >= 3 else { return nil }
        var votes: [Int: Int] = [:]
        for i in 0...(phrase.count - 3) {
            guard let hits = shingles[Self.shingle(phrase[i], phrase[i + 1], phrase[i + 2])] else { continue }
            for h in hits.prefix(64) { votes[Int(h) - i, default: 0] += 1 }
        }
        guard let best = votes.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) else { return nil }
        return (max(0, best.key), best.value)
    }

    /// Input sentences sharing content words with `content` (folded content-word hashes),
    /// best first: (sentence, shared distinct words, share of `content`'s distinct words).
    func similarSentences(_ content: [UInt64], limit: Int = 5) -> [(sentence: Int, shared: Int, score: Double)] {
        let distinct = Set(content)
        guard !distinct.isEmpty else { return [] }
        var counts: [Int32: Int] = [:]
        for h in distinct { for s in postings[h] ?? [] { counts[s, default: 0] += 1 } }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit)
            .map { (Int($0.key), $0.value, Double($0.value) / Double(distinct.count)) }
    }

    /// The number of distinct content words of sentence `s`.
    func contentCount(_ s: Int) -> Int {
        Set(sentences[s].words.filter { words[$0].isContent }.map { words[$0].hash }).count
    }

    /// The figures of sentence `s`.
    func figures(inSentence s: Int) -> [Figure] { figures.filter { $0.sentence == s }.map(\.figure) }

    /// Whether some input figure says what `figure` says.
    func supports(_ figure: Figure) -> Bool { figures.contains { figure.isSupported(by: $0.figure) } }

    /// Whether the inputs name someone `token` (a name token as written): the folded token is a
    /// capitalized word of an input or a spelling variant of one (accents, one or two letters,
    /// romanization: "Suk-yeol" / "Seok-youl").
    func namesToken(_ token: String) -> Bool {
        let parts = FidelityText.fold(token).split(separator: " ").map(String.init)
        guard !parts.isEmpty else { return true }
        if parts.allSatisfy(capitalized.contains) { return true }
        let whole = parts.joined()
        for w in capitalized where w.first == whole.first {
            if NameMatching.nearSurname(whole, w) { return true }
            if whole.count >= 5, NameMatching.skeleton(whole) == NameMatching.skeleton(w) { return true }
        }
        // A hyphenated or two-part name written joined in the input ("Jae-myung" / "Jaemyung").
        if parts.count > 1, capitalized.contains(whole) { return true }
        return false
    }

    /// The sentences of the inputs that hold name token `token` (folded), in input order.
    func sentences(naming token: String) -> [Int] {
        let parts = FidelityText.fold(token).split(separator: " ")
        guard let first = parts.first else { return [] }
        var out: [Int] = []
        for p in positions[Fingerprint.fnv1a(String(first))] ?? [] where out.last != Int(wordSentence[Int(p)]) {
            out.append(Int(wordSentence[Int(p)]))
        }
        return out
    }

    /// Whether every word of `role` (folded) stands in one of `sentences` (with its neighbours
    /// when it is a name line of five words or fewer): equal, or one the
    /// start of the other ("chair" / "chairman", "council" / "councillor"), or sharing six letters
    /// or more at the start ("prosecutor" / "prosecuting").
    func roleSupported(_ role: [String], in sentences: [Int]) -> Bool {
        for s in sentences {
            var words: Set<String> = []
            // A name on a line of its own (a signature: "Dr. Dana Whitfield" over
            // "Superintendent, …") takes its role from the lines next to it.
            let own = self.sentences[s]
            let span = own.words.count <= 5 ? max(0, s - 1)...min(self.sentences.count - 1, s + 1) : s...s
            for t in span where self.sentences[t].document == own.document {
                for k in self.sentences[t].words { words.insert(self.words[k].word) }
            }
            if role.allSatisfy({ r in words.contains(r) || (r.count >= 5 && words.contains { w in w.count >= 5 && w.hasPrefix(String(r.prefix(5))) && (w.hasPrefix(r) || r.hasPrefix(w) || commonPrefix(w, r) >= 6) }) }) {
                return true
            }
        }
        return false
    }

    func commonPrefix(_ a: String, _ b: String) -> Int { zip(a, b).prefix { $0 == $1 }.count }

    // MARK: - Passages

    /// The text of sentence `s` (at most `limit` characters) and its location in its file.
    func passage(_ s: Int, limit: Int = 240) -> (text: String, document: SourceDocument, location: Location) {
        let sentence = sentences[s]
        let doc = set.documents[sentence.document]
        var text = doc.article.prose.text(sentence.view).replacingOccurrences(of: "\n", with: " ")
        if text.count > limit { text = String(text.prefix(limit - 1)) + "…" }
        return (text, doc, doc.location(ofView: sentence.view))
    }

    /// The passage of sentences `from...to` (one document).
    func passage(from a: Int, to b: Int, limit: Int = 300) -> (text: String, document: SourceDocument, location: Location) {
        let first = sentences[a], last = sentences[max(a, b)]
        let doc = set.documents[first.document]
        let view = first.view.lowerBound..<(last.document == first.document ? last.view.upperBound : first.view.upperBound)
        var text = doc.article.prose.text(view).replacingOccurrences(of: "\n", with: " ")
        if text.count > limit { text = String(text.prefix(limit - 1)) + "…" }
        return (text, doc, doc.location(ofView: view))
    }

    /// A related location pointing at sentence `s` of an input, with its text.
    func related(_ s: Int, _ lead: String = "closest input passage") -> RelatedRange {
        let p = passage(s)
        return RelatedRange(range: SourceRange(start: 0, end: 0), message: "\(lead): “\(p.text)”", path: p.document.path, location: p.location)
    }

    /// A related location for a role fact of an input.
    func related(_ fact: RoleFact) -> RelatedRange {
        let doc = set.documents[fact.document]
        let line = doc.fieldLine ?? doc.article.source.lineIndex.line(at: fact.range.start)
        let s = (0..<sentences.count).first { sentences[$0].document == fact.document && doc.line(ofViewOffset: sentences[$0].view.lowerBound) >= line }
        let text = s.map { passage($0).text } ?? fact.display
        return RelatedRange(range: SourceRange(start: 0, end: 0), message: "input: “\(text)”", path: doc.path,
                            location: Location(line: line, column: 1, endLine: line, endColumn: 1, offset: 0, endOffset: 0))
    }
}

extension UInt64 {
    @inline(__always) func rotated(_ n: UInt64) -> UInt64 { (self << n) | (self >> (64 - n)) }
}

/// The longest common subsequence of two word sequences (by hash): how many words two passages
/// share in order.
func commonSubsequence(_ a: [UInt64], _ b: [UInt64]) -> Int {
    guard !a.isEmpty, !b.isEmpty else { return 0 }
    var prev = [Int](repeating: 0, count: b.count + 1)
    var cur = prev
    for x in a {
        for (j, y) in b.enumerated() { cur[j + 1] = x == y ? prev[j] + 1 : max(prev[j + 1], cur[j]) }
        swap(&prev, &cur)
    }
    return prev[b.count]
}
