import FidelintCore
@testable import FidelintRules
import Foundation
import Testing

/// The sourcing prefilters (`AttributionScan` and the quick checks in `AttributionFinder`) are
/// sound: with them the attribution finder finds exactly what it finds without them (both
/// patterns run over the whole view, every sentence read from the full sentence list, every
/// String comparison made), over the source fixtures, the case fixtures and, when present,
/// `../shared/cases` and the real pages and texts of `../shared/corpus`. Each quick check is
/// also held against the exact comparison it stands in front of, on every block and link.
@Suite struct AttributionScanTests {
    static let finder = AttributionFinder(sources: (try? SourceRegistry.shipped()) ?? SourceRegistry())

    /// A file to read: its name, bytes and format.
    struct Input { var name: String; var bytes: [UInt8]; var format: ArticleFormat }

    /// The `.txt`, `.md` and `.html` files of `folder` (not recursive).
    static func inputs(in folder: URL) -> [Input] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().compactMap { name in
            let ext = (name as NSString).pathExtension
            guard ["txt", "md", "html"].contains(ext),
                  let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else { return nil }
            return Input(name: name, bytes: Array(data), format: ArticleFormat.forPath(name))
        }
    }

    /// `../shared/cases`, the gold texts and the HTML pages of `../shared/corpus`; empty when absent.
    static var sharedInputs: [Input] {
        guard let shared = TestSupport.shared else { return [] }
        var out = inputs(in: shared.appendingPathComponent("cases"))
        for url in CorpusTests.goldTexts {
            if let data = try? Data(contentsOf: url) { out.append(Input(name: url.path, bytes: Array(data), format: .plain)) }
        }
        for url in CorpusTests.htmlPages {
            if let data = try? CorpusTests.contents(url) { out.append(Input(name: url.path, bytes: Array(data), format: .html)) }
        }
        return out
    }

    /// The differences between the prefiltered and the exhaustive finder on one file, and between
    /// each quick check and its exact comparison; empty when sound. `count` adds the attributions found.
    static func differences(_ input: Input, count: inout Int) throws -> [String] {
        let article = ArticleReaders.reader(for: input.format).read(SourceText(path: input.name, bytes: input.bytes))
        let context = RuleContext(article: article)
        let view = context.view(masking: [.quotations, .code])
        var out: [String] = []
        let name = input.name
        let fast = try finder.hits(view.utf8, prefilter: true), full = try finder.hits(view.utf8, prefilter: false)
        if fast.map(\.phrase) != full.map(\.phrase) || fast.map(\.source) != full.map(\.source) {
            out.append("\(name): pattern matches \(fast) != \(full)")
        }
        let a = try finder.index(context, prefilter: true), b = try finder.index(RuleContext(article: article), prefilter: false)
        if a.attributions != b.attributions { out.append("\(name): attributions \(a.attributions) != \(b.attributions)") }
        if a.links != b.links || a.site != b.site { out.append("\(name): links differ") }
        count += b.attributions.count
        // The trigger starts read from the shared scan of the prose, against the view's own pass.
        let scan = ArticleLiteralScan.of(context)
        let shared = AttributionScan.triggerStarts(view.utf8, scan: scan, masked: article.quotationRanges + article.codeRanges)
        let own = AttributionScan.triggerStarts(view.utf8)
        if shared != (scan.foldsToASCII ? nil : own) { out.append("\(name): trigger starts \(shared ?? []) != \(own ?? [])") }
        // Sentences, worked out around an offset, against the full list.
        let starts = PersonMentions.sentenceStarts(view.utf8)
        for offset in Array(stride(from: 0, to: view.utf8.count, by: 29)) + full.map(\.phrase.lowerBound) {
            let s = PersonMentions.sentenceIndex(starts, offset)
            let expected = starts[s]..<(s + 1 < starts.count ? starts[s + 1] : view.utf8.count)
            let got = AttributionScan.sentence(in: view.utf8, at: offset)
            if got != expected { out.append("\(name): sentence at \(offset) \(got) != \(expected)") }
        }
        for block in article.blocks {
            if !AttributionScan.mayOpenExemptLine(block.text, prefixes: AttributionFinder.exemptPrefixBytes), exemptLine(block.text) {
                out.append("\(name): credit line missed: \(block.text.prefix(80))")
            }
            let head = String(block.text.prefix(100))
            if !AttributionScan.mayOpenWithDateline(block.text), head.range(of: AttributionFinder.dateline, options: .regularExpression) != nil {
                out.append("\(name): dateline missed: \(head)")
            }
            for l in article.links where !AttributionScan.mayEqualTrimmed(block.text, l.text) {
                if l.text.trimmingCharacters(in: .whitespacesAndNewlines) == block.text.trimmingCharacters(in: .whitespacesAndNewlines) {
                    out.append("\(name): teaser missed: \(l.text)")
                }
            }
        }
        for l in article.links { out += linkDifferences(l.target, name) }
        return out
    }

    /// The exact credit-line comparison `AttributionFinder.index` makes after the quick check.
    static func exemptLine(_ text: String) -> Bool {
        let lower = text.prefix(200).lowercased().trimmingCharacters(in: AttributionFinder.lineOpeners)
        return AttributionFinder.exemptPrefixes.contains { lower.hasPrefix($0) } || lower.contains("an earlier version of this")
    }

    /// The link-address quick checks against their patterns, for one target.
    static func linkDifferences(_ raw: String, _ name: String) -> [String] {
        var out: [String] = []
        let target = AttributionFinder.trimmed(raw)
        if target != raw.trimmingCharacters(in: .whitespacesAndNewlines) { out.append("\(name): trimmed \(raw)") }
        let plain = AttributionScan.isPrintableASCII(target)
        if plain, !AttributionScan.containsLowercased(target, "web.archive.org/web/"),
           target.range(of: AttributionFinder.archivePattern, options: [.regularExpression, .caseInsensitive]) != nil {
            out.append("\(name): archive address missed: \(target)")
        }
        if plain, !(AttributionScan.containsLowercased(target, "google.") && AttributionScan.containsLowercased(target, "/amp/s/")),
           target.range(of: AttributionFinder.ampPattern, options: [.regularExpression, .caseInsensitive]) != nil {
            out.append("\(name): AMP address missed: \(target)")
        }
        if !AttributionFinder.mayBeToken(target), target.range(of: AttributionFinder.tokenTargets, options: .regularExpression) != nil {
            out.append("\(name): chat token missed: \(target)")
        }
        let lower = AttributionFinder.unwrap(raw).lowercased()
        if AttributionScan.isPrintableASCII(lower),
           AttributionFinder.asciiHostAndPath(lower) != AttributionFinder.stringHostAndPath(lower) {
            out.append("\(name): host of \(lower)")
        }
        return out
    }

    @Test func sourceAndCaseFixturesGiveTheSameAttributions() throws {
        let root = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures")
        let files = Self.inputs(in: root.appendingPathComponent("sources")) + Self.inputs(in: root.appendingPathComponent("cases"))
        #expect(files.count >= 40)
        var count = 0
        for input in files { #expect(try Self.differences(input, count: &count) == [], "\(input.name)") }
        #expect(count >= 30)   // the fixtures do hold attributions, so the comparison compares something
    }

    @Test(.enabled(if: TestSupport.shared != nil, "../shared is absent"))
    func sharedCasesAndCorpusGiveTheSameAttributions() throws {
        let files = Self.sharedInputs
        #expect(files.count > 100)
        var count = 0
        for input in files { #expect(try Self.differences(input, count: &count) == [], "\(input.name)") }
        #expect(count > 0)
    }

    /// Edge cases of the prefilters: Unicode spaces, upper case, a source and "reported" on two
    /// lines, a long s (PCRE2 reads it as "s"), a letter before the trigger, and a registered name
    /// made of the punctuation that otherwise bounds a "reported" stretch.
    @Test func edgeCasesMatchTheSame() throws {
        let outlet = SourceRegistry.Outlet(id: "foo", name: "Foo (Bar), Inc", aliases: [], domains: ["foo.example"], kind: "other",
                                           source: "https://foo.example/", asOf: "2025-10-31", origin: "test:1")
        let finders = [Self.finder, AttributionFinder(sources: SourceRegistry(outlets: [outlet]))]
        let texts = [
            "Exports fell, according\u{00A0}to Reuters.\n",
            "EXPORTS FELL, ACCORDING TO THE DAILY LEDGER NEWS.\n",
            "The Daily Ledger\nreported that the mine will close.\n",
            "Prices rose, as \u{017F}tated in the Daily Ledger.\n",
            "Prices rose, as stated in the \u{212A}orea Herald.\n",
            "Café according to Reuters, éaccording to Reuters.\n",
            "Rents rose, as\u{2003}first reported by the Uplands Courier; data\tfrom the World Bank website.\n",
            "Foo (Bar), Inc reported that sales fell, and (Foo (Bar), Inc) first reported it.\n",
            "Figures  published on Korea.net show it, said in a statement posted on the ministry's website.\n",
        ]
        for finder in finders {
            for text in texts {
                let bytes = Array(text.utf8)
                let fast = try finder.hits(bytes, prefilter: true), full = try finder.hits(bytes, prefilter: false)
                #expect(fast.map(\.phrase) == full.map(\.phrase) && fast.map(\.source) == full.map(\.source), "\(text)")
            }
        }
        // Real values: the Unicode space and the line break are read as white space.
        let nbsp = Array(texts[0].utf8)
        let hit = try #require(try Self.finder.hits(nbsp, prefilter: true).first)
        #expect(String(decoding: nbsp[hit.source], as: UTF8.self) == "Reuters")
        let lines = Array(texts[2].utf8)
        #expect(try Self.finder.hits(lines, prefilter: true).map(\.phrase) == [0..<25])
        // The registered name with brackets and a comma still reaches its "reported".
        let foo = Array(texts[7].utf8)
        #expect(try finders[1].hits(foo, prefilter: true).map(\.source).first == 0..<14)
    }

    @Test func triggerStartsAndReportedStretches() {
        let text = Array("As detailed in a report, Mr Lee said in a statement posted on Korea.net that data from the agency, as reported by Yonhap, held.".utf8)
        // "As detailed", "said in", "statement posted", "data from", "as reported", "reported by";
        // not "a report," (no white space after "report"), "posted on" nor "agency".
        #expect(AttributionScan.triggerStarts(text) == [0, 32, 42, 77, 99, 102])
        _ = AttributionScan.wantTriggers
        #expect(AttributionScan.triggerStarts(text, scan: ArticleLiteralScan(text), masked: []) == [0, 32, 42, 77, 99, 102])
        // A trigger right after a masked word: the prose has no word start there, the view has.
        let prose = Array("xyzas detailed in Reuters".utf8)
        let view = Array("   as detailed in Reuters".utf8)
        #expect(AttributionScan.triggerStarts(view, scan: ArticleLiteralScan(prose), masked: [0..<3]) == [3])
        #expect(AttributionScan.triggerStarts(view, scan: ArticleLiteralScan(Array("as ſ".utf8)), masked: []) == nil)
        // A scan made before the triggers were wanted: the view's own pass.
        let bare = ArticleLiteralScan(text, table: WantedBuckets.Table(buckets: [], firstBytes: []))
        #expect(AttributionScan.triggerStarts(text, scan: bare, masked: []) == [0, 32, 42, 77, 99, 102])
        #expect(AttributionScan.triggerStarts(Array("as ſtated in Reuters".utf8)) == nil)
        #expect(AttributionScan.triggerStarts(Array("as stated by \u{212A}TV".utf8)) == nil)
        let breakers = AttributionScan.breakers(names: ["RFE/RL"])
        #expect(!breakers[Int(UInt8(ascii: "/"))] && breakers[Int(UInt8(ascii: ","))] && !breakers[Int(UInt8(ascii: "."))])
        let r = Array("Prices fell; The Daily Ledger reported it, and RFE/RL reported it too.".utf8)
        #expect(AttributionScan.reportedStretches(r, breakers: breakers) == [12..<41, 42..<70])
        #expect(AttributionScan.reportedStretches(r, breakers: breakers, scan: ArticleLiteralScan(r), masked: []) == [12..<41, 42..<70])
        // From the scan, "unreported" seeds no stretch (no match can be in it); a "reported" right
        // after a masked word does.
        let u = Array("It went unreported; Reuters reported it.".utf8)
        #expect(AttributionScan.reportedStretches(u, breakers: breakers) == [0..<18, 19..<40])
        #expect(AttributionScan.reportedStretches(u, breakers: breakers, scan: ArticleLiteralScan(u), masked: []) == [19..<40])
        let maskedView = Array("   reported it.".utf8), maskedProse = Array("abcreported it.".utf8)
        #expect(AttributionScan.reportedStretches(maskedView, breakers: breakers, scan: ArticleLiteralScan(maskedProse), masked: [0..<3]) == [0..<15])
    }

    @Test func sentencesAroundAnOffset() {
        let text = Array("Mr. Lee spoke. Exports fell! Why? Yes.\nNext line".utf8)
        #expect(AttributionScan.sentence(in: text, at: 5) == 0..<15)    // "Mr." closes no sentence
        #expect(AttributionScan.sentence(in: text, at: 15) == 15..<29)
        #expect(AttributionScan.sentence(in: text, at: 30) == 29..<34)
        #expect(AttributionScan.sentence(in: text, at: 40) == 39..<48)
    }

    @Test func quickChecksOnKnownLines() {
        let prefixes = AttributionFinder.exemptPrefixBytes
        #expect(AttributionScan.mayOpenExemptLine("— Reporting by Sela Okonkwo", prefixes: prefixes))
        #expect(AttributionScan.mayOpenExemptLine("\u{00A0}*Correction:* the date", prefixes: prefixes))
        #expect(AttributionScan.mayOpenExemptLine("Prices rose. An earlier version of this story erred.", prefixes: prefixes))
        #expect(!AttributionScan.mayOpenExemptLine("Exports fell, according to Reuters.", prefixes: prefixes))
        #expect(!AttributionScan.mayOpenExemptLine("“By the river,” she said.", prefixes: prefixes))
        #expect(AttributionScan.mayOpenExemptLine("\u{0130}mage: Reuters", prefixes: prefixes))   // İ lower-cases to i
        #expect(AttributionScan.mayOpenWithDateline("SEOUL, Sept 15 (Reuters) - Exports fell"))
        #expect(AttributionScan.mayOpenWithDateline("WASHINGTON (AP) \u{2014} Exports fell"))
        #expect(!AttributionScan.mayOpenWithDateline("Exports fell (by 4 percent) in May"))
        #expect(!AttributionScan.mayOpenWithDateline("Exports: fell (Reuters) - in May"))
        #expect(AttributionScan.mayEqualTrimmed("  Oil falls, according to Reuters ", "Oil falls, according to Reuters"))
        #expect(!AttributionScan.mayEqualTrimmed("Oil falls sharply in May, according to Reuters and the AP", "Reuters"))
        #expect(AttributionFinder.isSiteWord("Web  Site", fast: true) && AttributionFinder.isSiteWord("Press Release", fast: true))
        #expect(!AttributionFinder.isSiteWord("websites", fast: true) && !AttributionFinder.isSiteWord("press  release", fast: true))
        for cue in ["website", "Web site", "web\tsite", "PORTAL", "blog", "news release", "News Release", "webſite", "blogs", "press releases"] {
            #expect(AttributionFinder.isSiteWord(cue, fast: true) == AttributionFinder.isSiteWord(cue, fast: false), "\(cue)")
        }
        #expect(AttributionFinder.foldedContains("The Harbour Times", "harbourtimes"))
        #expect(AttributionFinder.foldedContains("Ha\u{0301}rbour Times", "harbourtimes") == EntityRegistry.fold("Ha\u{0301}rbour Times").contains("harbourtimes"))
        #expect(AttributionFinder.asciiHostAndPath("https://user@www.reuters.com:443/x?y") == (host: "reuters.com", path: "/x?y"))
        #expect(AttributionFinder.asciiHostAndPath("mailto:a@b.c") == (host: nil, path: ""))
    }
}
