// Benchmarks for fidelint, run with `swift run -c release fidelint-bench duplicates [N...]`.
//
// duplicates: generates N short articles (deterministic, seeded), plants near-duplicate copies of
// 1% of them (one word changed, whitespace and quote style varied), computes MinHash signatures
// and finds the duplicate pairs with LSH. Prints the time of each stage, the pairs found against
// the pairs planted, and, for several N, how the time grows.
import FidelintCore
import Foundation

struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
}

let syllables = ["ka", "lo", "mi", "ren", "tas", "vor", "el", "bri", "dun", "sa", "quel", "mar", "os", "tin", "ga", "hul"]
let vocabulary: [String] = {
    var words: [String] = []
    var g = Generator(state: 42)
    while words.count < 5_000 {
        let n = 1 + Int(g.next() % 3)
        words.append((0..<n).map { _ in g.pick(syllables) }.joined())
    }
    return words
}()

func article(_ g: inout Generator) -> String {
    var text = ""
    for _ in 0..<6 {
        let n = 10 + Int(g.next() % 8)
        var sentence = (0..<n).map { _ in g.pick(vocabulary) }
        sentence[0] = sentence[0].prefix(1).uppercased() + sentence[0].dropFirst()
        text += sentence.joined(separator: " ") + ". "
    }
    return text + "\n"
}

func runDuplicates(_ count: Int) -> (seconds: Double, found: Int, planted: Int, missed: Int, spurious: Int) {
    var g = Generator(state: UInt64(count))
    var texts: [String] = []
    var planted: Set<[Int]> = []
    texts.reserveCapacity(count)
    while texts.count < count {
        let text = article(&g)
        texts.append(text)
        if g.next() % 100 == 0, texts.count < count {
            // A near-duplicate: one word replaced, curly quotes, doubled spaces.
            var words = text.split(separator: " ").map(String.init)
            words[Int(g.next() % UInt64(words.count))] = g.pick(vocabulary)
            planted.insert([texts.count - 1, texts.count])
            texts.append("“" + words.joined(separator: "  ") + "”")
        }
    }
    let start = Date()
    let reader = PlainTextReader()
    let signatures = texts.enumerated().compactMap { i, t in
        ArticleSignature.of(reader.read(SourceText(path: "a\(i).txt", string: t)))
    }
    let pairs = DuplicateArticleIndex.pairs(signatures, threshold: 0.9)
    let seconds = Date().timeIntervalSince(start)
    let found = Set(pairs.map { [$0.first, $0.second] })
    return (seconds, found.intersection(planted).count, planted.count, planted.subtracting(found).count, found.subtracting(planted).count)
}

let args = Array(CommandLine.arguments.dropFirst())
guard args.first == "duplicates" else {
    print("usage: fidelint-bench duplicates [N ...]   (default: 10000 100000)")
    exit(2)
}
let sizes = args.dropFirst().compactMap { Int($0) }
var previous: (Int, Double)? = nil
for n in sizes.isEmpty ? [10_000, 100_000] : sizes {
    let r = runDuplicates(n)
    var line = String(format: "duplicates: %7d articles  %7.2f s  %6.0f articles/s  planted %d, found %d, missed %d, spurious %d",
                      n, r.seconds, Double(n) / r.seconds, r.planted, r.found, r.missed, r.spurious)
    if let (pn, ps) = previous {
        line += String(format: "  (%.1fx the articles took %.1fx the time)", Double(n) / Double(pn), r.seconds / ps)
    }
    print(line)
    previous = (n, r.seconds)
}
