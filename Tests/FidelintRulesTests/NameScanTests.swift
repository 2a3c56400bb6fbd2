import FidelintCore
import FidelintRegex
@testable import FidelintRules
import Foundation
import Testing

/// The name rules' fast paths (`NameScan`'s byte scanners, `NameIndex.splitFast`, `BodyWords`,
/// `PersonMentions.placeFast`, the ASCII `EntityRegistry.fold`) against the reference paths they
/// replace (PCRE2 patterns, `String` processing, Foundation folding): the same matches, tokens,
/// mentions and runs on the name fixtures, on hand-written texts with non-ASCII names (Hangul,
/// accented Latin, hyphenated given names), and, when present, on `../shared/cases` and the
/// `../shared/corpus` gold texts.
@Suite struct NameScanTests {
    /// Every text to compare on: path (for messages and format) and contents.
    static var texts: [(path: String, text: String)] {
        var out: [(String, String)] = []
        let fm = FileManager.default
        let names = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/names")
        for name in ((try? fm.contentsOfDirectory(atPath: names.path)) ?? []).sorted()
        where name.hasSuffix(".txt") || name.hasSuffix(".md") || name.hasSuffix(".html") {
            if let t = try? String(contentsOf: names.appendingPathComponent(name), encoding: .utf8) { out.append((name, t)) }
        }
        if let shared = TestSupport.shared {
            let cases = shared.appendingPathComponent("cases")
            for name in ((try? fm.contentsOfDirectory(atPath: cases.path)) ?? []).sorted()
            where name.hasSuffix(".txt") || name.hasSuffix(".md") || name.hasSuffix(".html") {
                if let t = try? String(contentsOf: cases.appendingPathComponent(name), encoding: .utf8) { out.append((name, t)) }
            }
            let gold = shared.appendingPathComponent("corpus/scrapinghub/text")
            for name in ((try? fm.contentsOfDirectory(atPath: gold.path)) ?? []).sorted() where name.hasSuffix(".txt") {
                if let t = try? String(contentsOf: gold.appendingPathComponent(name), encoding: .utf8) { out.append((name, t)) }
            }
        }
        out += handWritten
        return out
    }

    /// Texts with the names the fast alphabet leaves to the reference path, and typographic
    /// punctuation it keeps.
    static let handWritten: [(path: String, text: String)] = [
        ("hangul.txt", """
        President Yoon Suk-yeol Meets 윤석열 Supporters

        President Yoon Suk-yeol (윤석열) met Lee Jae-myung on Monday. Yoon said the talks went well.
        Lee Jae-myeong later spoke. “We agree,” Kim Min-su said. According to Park, nothing changed.

        """),
        ("accents.txt", """
        Mayor José Álvarez Opens Bridge

        Mayor José Álvarez of Córdoba cut the ribbon. Álvarez said the bridge was safe.
        Later Mayor Jose Alvarez thanked Zoë Brontë and François Hollande’s aides. Müller told reporters.
        Prime Minister Jean-Pierre Roux spoke; Jean-Paul Roux answered, according to Lefèvre.

        """),
        ("typographic.txt", """
        President Ilse Marrick Pledges Flood Aid

        President Ilse Marrick’s office said on Tuesday — after a long night — that funds would flow.
        “The money will arrive soon,” Dunmore said. Marrick’s aide, Tomas O’Brien, agreed… Mr. Dunmore
        welcomed it. Chief Executive Nadia Jarrowfield of the Port Authority’s board said so. ‘Fine’, said Halloran.
        Foreign Minister Katrin Velasko arrived; Velasco is expected to meet her. Ludwig van Beethoven
        and Osama bin Laden and Bashar al-Assad and Mark di Stefano were named. J. Marrick said so.
        Traders said prices rose. Ford said it would recall trucks. Hamas said that its fighters left.
        According to Smith-Jones, the vote passed. According to Smith- Jones, it did not, said Doe-.
        Dr. Ana Petrov, Mr Lee, Ms. Park and Sen. Warren met Vice-President Lee Jae-myung’s envoy.

        """),
        ("nbsp.txt", "President\u{00A0}Ilse Marrick spoke.\nMarrick\u{00A0}said so. Foreign\u{00A0}Minister Ana Petrov\u{2003}agreed.\nPrime\u{3000}Minister Lee left, said Dunmore.\n"),
    ]

    static func context(_ path: String, _ text: String) -> RuleContext {
        RuleContext(article: ArticleReaders.reader(for: ArticleFormat.forPath(path)).read(SourceText(path: path, string: text)))
    }

    @Test func fastIndexEqualsReferenceIndex() throws {
        var fastCount = 0
        for (path, text) in Self.texts {
            let fast = try NameIndex.build(Self.context(path, text), fastPath: true)
            let reference = try NameIndex.build(Self.context(path, text), fastPath: false)
            if fast.fastAlphabet { fastCount += 1 }
            #expect(fast.mentions == reference.mentions, "\(path)")
            #expect(fast.runs == reference.runs, "\(path)")
            #expect(fast.surnameReferences == reference.surnameReferences, "\(path)")
            #expect(fast.sentenceStarts == reference.sentenceStarts, "\(path)")
        }
        // Most fixtures are in the fast alphabet; the Hangul and accented texts are not.
        #expect(fastCount >= 40)
    }

    @Test func handWrittenTextsTakeTheExpectedPath() throws {
        let alphabet = Dictionary(uniqueKeysWithValues: try Self.handWritten.map { ($0.path, try NameIndex.build(Self.context($0.path, $0.text)).fastAlphabet) })
        #expect(alphabet == ["hangul.txt": false, "accents.txt": false, "typographic.txt": true, "nbsp.txt": false])
        // The typographic text: the names the rules read.
        let index = try NameIndex.build(Self.context("typographic.txt", Self.handWritten[2].text))
        #expect(index.runs.map(\.text).contains("Ludwig van Beethoven"))
        #expect(index.runs.map(\.text).contains("Tomas O’Brien"))
        #expect(index.runs.map(\.text).contains("Mark di Stefano"))
        let surnames = Set(index.surnameReferences.map(\.surname))
        #expect(surnames.contains("Dunmore") && surnames.contains("Halloran"))
        #expect(surnames.isDisjoint(with: ["Traders", "Ford", "Hamas", "Marrick"]))
        #expect(index.mentions.map(\.fullName).contains("Nadia Jarrowfield"))
        #expect(index.mentions.first { $0.fullName == "Nadia Jarrowfield" }?.place == "Port Authority")
    }

    /// The byte scanners against the PCRE2 patterns they stand for, on every fast-alphabet view.
    @Test func scannersMatchTheirPatterns() throws {
        let matcher = PCRE2Matcher()
        var checked = 0
        for (path, text) in Self.texts {
            let context = Self.context(path, text)
            for view in [context.view(masking: [.code]), context.view(masking: [.quotations, .code])] {
                let bytes = view.utf8
                // Role windows hold every role match (any alphabet).
                var windowed: [PCRE2Matcher.Match] = []
                for w in NameScan.roleWindows(bytes) { windowed += try matcher.matches(PersonMentions.regex, in: bytes, from: w.lowerBound, to: w.upperBound) }
                #expect(windowed == (try matcher.matches(PersonMentions.regex, in: bytes)), "\(path)")
                // The one-pass sentence starts and windows (any alphabet).
                let both = NameScan.sentenceStartsAndRoleWindows(bytes)
                #expect(both.sentences == PersonMentions.sentenceStarts(bytes) && both.windows == NameScan.roleWindows(bytes), "\(path)")
                guard NameScan.isFastAlphabet(bytes) else { continue }
                checked += 1
                let runs = try matcher.matches(NameIndex.runPattern, in: bytes)
                #expect(NameScan.runMatches(bytes).map(\.range) == runs.map(\.range), "\(path)")
                #expect(NameScan.runMatches(bytes).map(\.multiWord) == runs.map { m in
                    bytes[m.range].contains(0x20) || bytes[m.range].contains(0x09) }, "\(path)")
                let refs = try matcher.matches(NameIndex.surnamePattern, in: bytes)
                let fast = NameScan.surnameMatches(bytes)
                #expect(fast.map(\.range) == refs.map(\.range), "\(path)")
                #expect(fast.map(\.name) == refs.map { $0.groups.compactMap { $0 }.first! }, "\(path)")
                let words = try matcher.matches(NameSpellingVariantRule.capitalized, in: bytes)
                #expect(NameScan.capitalizedWords(bytes) == words.map(\.range), "\(path)")
            }
        }
        #expect(checked >= 80)
    }

    /// `splitFast` cuts like `split`, and `placeFast` reads the place like `placeReference`.
    @Test func splitAndPlaceAgree() throws {
        let matcher = PCRE2Matcher()
        for (path, text) in Self.texts {
            let view = Self.context(path, text).view(masking: [.code])
            guard NameScan.isFastAlphabet(view.utf8) else { continue }
            for m in try matcher.matches(NameIndex.runPattern, in: view.utf8) {
                var fast: [NameRun] = []
                NameIndex.splitFast(m.range, in: view, into: &fast)
                #expect(fast == NameIndex.split(m.range, in: view).filter { $0.tokens.count >= 2 }, "\(path) \(view.text(m.range))")
            }
            let bytes = view.utf8
            var i = 0
            while let at = ByteText.find(Array(" of ".utf8), in: bytes, from: i) {
                if let fast = PersonMentions.placeFast(after: at, in: bytes) {
                    #expect(fast == PersonMentions.placeReference(after: at, in: bytes), "\(path) at \(at)")
                }
                i = at + 1
            }
        }
        // A place cut by punctuation, by a stop word, and one after "the".
        let bytes = Array(" of the European Commission, said".utf8)
        #expect(PersonMentions.place(after: 0, in: bytes) == "European Commission")
        #expect(PersonMentions.place(after: 0, in: Array(" of South Korea’s capital".utf8)) == "South Korea")
        #expect(PersonMentions.place(after: 0, in: Array(" of Estrel and Norvessa".utf8)) == "Estrel")
    }

    /// `BodyWords.contains` answers like the set of every body word.
    @Test func bodyWordsAgreeWithTheirSet() throws {
        for (path, text) in Self.texts {
            let article = Self.context(path, text).article
            let body = BodyWords(article)
            let all = body.all
            for w in all { #expect(body.contains(w), "\(path): \(w)") }
            // Words of the text that are not body words (headline words, parts of words, tokens
            // with punctuation) are refused alike.
            for piece in text.split(whereSeparator: { $0 == " " || $0 == "\n" }).prefix(400) {
                let w = String(piece)
                #expect(body.contains(w) == all.contains(w), "\(path): \(w)")
            }
        }
        let body = BodyWords(Self.context("t.txt", "President Lee Visits Seoul\n\nLee’s aides and Marrick-Smith met Kelvin.\n").article)
        #expect(body.contains("Lee") && body.contains("Marrick-Smith") && body.contains("Kelvin"))
        #expect(!body.contains("Visits") && !body.contains("Marrick") && !body.contains("aide"))
    }

    /// The spelling rule with its prefilters gives the findings it gives without them, and the
    /// prefilters do skip work: most texts have no two full-name forms to compare, and no word
    /// that could be a variant of a name.
    @Test func spellingPrefiltersKeepTheFindings() throws {
        let rule = NameSpellingVariantRule()
        var skippedFull = 0, skippedWords = 0, found = 0
        for (path, text) in Self.texts {
            let withPrefilter = try rule.check(Self.context(path, text), prefilter: true)
            let reference = try rule.check(Self.context(path, text), prefilter: false)
            #expect(withPrefilter == reference, "\(path)")
            found += reference.count
            let context = Self.context(path, text)
            let index = try NameIndex.build(context)
            let view = context.view(masking: [.quotations, .code])
            if !NameSpellingVariantRule.mayHaveFullNameVariants(index) {
                skippedFull += 1
                #expect(rule.fullNameVariants(index, view: view).0.isEmpty, "\(path)")
            }
            let names = Set(index.mentions.flatMap(\.name).filter { $0.count >= 5 })
            if index.fastAlphabet, !names.isEmpty, !NameSpellingVariantRule.mayHaveWordVariants(of: names, in: view.utf8) { skippedWords += 1 }
        }
        #expect(found >= 8)
        #expect(skippedFull >= 40 && skippedWords >= 20, "\(skippedFull) \(skippedWords)")
        // A variant of a name, its possessive, and a word one edit away that merely extends the name.
        let names: Set<String> = ["Marrick", "Velasko"]
        #expect(NameSpellingVariantRule.mayHaveWordVariants(of: names, in: Array("Later Marick spoke.".utf8)))
        #expect(NameSpellingVariantRule.mayHaveWordVariants(of: names, in: Array("Velasco’s aide".utf8)))
        #expect(!NameSpellingVariantRule.mayHaveWordVariants(of: names, in: Array("Marrick’s and Marricks and Velaskos".utf8)))
        #expect(!NameSpellingVariantRule.mayHaveWordVariants(of: names, in: Array("xMarick Marik Mar Velas".utf8)))
        // Inside "O'Marick" the prefilter reads "Marick" too (it reads more words than the rule).
        #expect(NameSpellingVariantRule.mayHaveWordVariants(of: names, in: Array("O'Marick".utf8)))
    }

    /// The eight-byte tests (`SWAR` and `NameScan.capitals`) equal their byte tests for every byte
    /// value in every lane, and
    /// `forEachCandidate` gives exactly the offsets whose byte passes, for every length and
    /// start (the padded tail included).
    @Test func eightByteCandidatesAreExact() {
        for c in 0...255 {
            for lane in 0..<8 {
                let x = UInt64(c) << UInt64(8 * lane) | (lane == 0 ? 0 : 0x41)   // another lane holds "A"
                let bit: UInt64 = 0x80 << UInt64(8 * lane)
                #expect((SWAR.byteMask(x, 0x2E) & bit != 0) == (c == 0x2E))
                #expect((NameScan.capitals(x) & bit != 0) == (c >= 0x41 && c <= 0x5A))
                #expect((SWAR.inRange(x, 0x61, 0x7A) & bit != 0) == (c >= 0x61 && c <= 0x7A))
            }
        }
        var rng = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = Array("aAsZ.\n ?c\u{80}".utf8) + [0xE2, 0x80, 0x99, 0xFF, 0x00]
        for length in 0..<40 {
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &rng)! }
            for start in [0, 1, 5] where start <= length {
                var got: [Int] = []
                bytes.withUnsafeBufferPointer { b in
                    NameScan.forEachCandidate(b, from: start, { x, next in
                        NameScan.capitals(x) | (SWAR.byteMask(x, 0x73) & SWAR.byteMask(next, 0x61))
                    }) { got.append($0); return true }
                }
                let expected = (start..<length).filter { i in
                    NameScan.isUpper(bytes[i]) || (bytes[i] == 0x73 && i + 1 < length && bytes[i + 1] == 0x61)
                }
                #expect(got == expected, "\(bytes) from \(start)")
            }
        }
    }

    /// `ByteWordSet` answers like a set of `String`s, its signature bitmap turning no member away.
    @Test func byteWordSetsAnswerLikeSets() {
        let words = PersonMentions.stopTokens
        let set = ByteWordSet(words)
        for (_, text) in Self.texts.prefix(60) {
            for piece in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) + words.map({ Substring($0.uppercased()) }) {
                let b = Array(piece.utf8)
                #expect(set.contains(b, 0..<b.count) == words.contains(String(piece)), "\(piece)")
                #expect(set.contains(b, 0..<b.count, lowercased: true) == words.contains(String(decoding: b.map(ByteText.lower), as: UTF8.self)), "\(piece)")
            }
        }
        #expect(set.contains(Array("SAID".utf8), 0..<4, lowercased: true) && !set.contains(Array("SAID".utf8), 0..<4))
        #expect(!ByteWordSet(["a"]).contains(Array("".utf8), 0..<0) && ByteWordSet([""]).contains(Array("".utf8), 0..<0))
    }

    /// The word tests of `roleMentions` answer like the `Character` expressions they replace, on
    /// every word of the texts and on words with non-ASCII letters, combining marks and "\r\n".
    @Test func mentionWordTestsAgree() {
        var words = ["Chinese", "SALTASH", "Reportedly", "Early", "Lee.", "J.", "Jr.", "X", "É", "Ély", "Émile", "Élisabeth.",
                     "e\u{301}", "E\u{301}ly", "Lee\r\n", "\r\nLee", "A\r", "SAID", "Said", "may", "Über", "’s", ""]
        for (_, text) in Self.texts.prefix(80) { words += text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) }
        for w in words {
            #expect(PersonMentions.isStopToken(w) == PersonMentions.stopTokens.contains(w.lowercased()), "\(w)")
            if !w.isEmpty {
                #expect(PersonMentions.isNameWord(w) == (w.count >= 2 && w.first!.isUppercase && !w.hasSuffix(".")), "\(w)")
            }
            let shape: Bool
            if let f = w.first, f.isUppercase, let l = w.last, l.isLetter {
                shape = !(w.hasSuffix("ly") && w.count > 4) && (w.contains(where: \.isLowercase) || w.count < 2)
            } else {
                shape = false
            }
            #expect(PersonMentions.qualifierShape(w) == shape, "\(w)")
        }
    }

    /// `ArticleDate.parse` reads ASCII dates byte by byte exactly as its `Character` path does.
    @Test func articleDatesParseAlike() {
        let dates = ["2025-09-15", " 2025-09-15 ", "\t2025-09-15\t", "2025-09-15T08:00:00Z", "2025-09-15t08", "2025-09-15 10:00",
                     "2025-09-15x", "2025-9-15", "2025-09-1", "20250915", "+123-05-05", "+2025-09-15", "2025-+9-15", "2025-09-+5",
                     "2025--9-15", "2024-02-29", "2025-02-29", "1900-02-29", "2000-02-29", "0000-01-01", "0001-01-01", "2025-13-01",
                     "2025-00-10", "2025-04-31", "2025-09-15\r\n", "2025-09-15\n", "２０２５-09-15", "2025-09-15\u{301}",
                     "2025-09-1\u{301}5", "\u{00A0}2025-09-15", "2025-09-15\u{2003}", "", "2025", "abcd-ef-gh", "2025-09-15-01"]
        for d in dates { #expect(ArticleDate.parse(d) == ArticleDate.parseCharacters(d), "\(d)") }
        #expect(ArticleDate.parse("2024-02-29T00:00") == "2024-02-29")
    }

    /// The ASCII `fold` equals Foundation's folding; byte helpers equal their `String` forms.
    @Test func asciiHelpersAgree() {
        let printable = String((0x20..<0x7F).map { Character(Unicode.Scalar(UInt8($0))) })
        for s in [printable, "Yoon Suk-yeol", "O'Brien", "Jean-Pierre ROUX 3rd", "", "Ängel Müller", "윤석열", "Kelvin \u{212A}"] {
            #expect(EntityRegistry.fold(s) == EntityRegistry.foldReference(s), "\(s)")
        }
        #expect(EntityRegistry.fold("Yoon Suk-yeol") == "yoonsukyeol")
        // Abbreviations before a full stop.
        for (text, expected) in [("J.", true), ("Mr.", true), ("Capt.", true), ("Lee.", false), ("É.", true), ("é.", false), ("(J.", true)] {
            let b = Array(text.utf8)
            #expect(PersonMentions.isAbbreviation(b, endingAt: b.count - 1) == expected, "\(text)")
        }
        // "said it", "said that its", not "said items" nor "said it\u{301}".
        for (tail, expected) in [(" it would", true), (" that its trucks", true), (" items", false), (" it\u{301} x", false), (" it \u{301}x", false)] {
            let b = Array(("said" + tail).utf8)
            #expect(NameIndex.followedByIt(b, at: 4) == expected, "\(tail)")
        }
        // The role keyword test knows every keyword, and only at its start.
        for k in NameScan.roleKeywords {
            let b = k + Array(" x".utf8)
            #expect(b.withUnsafeBufferPointer { NameScan.startsRoleKeyword($0, 0) }, "\(String(decoding: k, as: UTF8.self))")
        }
        #expect(!Array("Mister Pres".utf8).withUnsafeBufferPointer { NameScan.startsRoleKeyword($0, 0) || NameScan.startsRoleKeyword($0, 7) })
    }
}
