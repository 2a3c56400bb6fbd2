import FidelintCore
@testable import FidelintRules
import Foundation
import Testing

/// The name rules on 46 short articles of our own (`Tests/Fixtures/names`, plain text, Markdown and
/// HTML): each positive file gives exactly the name findings its `expected.tsv` rows list (rule id
/// from the reason's prefix, and line), each clean file gives none. Then the entity registry:
/// the starter's coverage, its loader's errors, and a user's registry.
@Suite struct NameRulesTests {
    static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/names")

    typealias Row = TestSupport.RuleRow

    static func expected() throws -> (positives: [Row], clean: [String]) { try TestSupport.ruleFixtures(folder) }

    static func nameFindings(_ file: String) throws -> [ResolvedFinding] {
        try TestSupport.fixtureFindings(folder, file, .nameInconsistency)
    }

    @Test func suiteHasFortyArticlesInThreeFormats() throws {
        let (positives, clean) = try Self.expected()
        let files = Set(positives.map(\.file)).union(clean)
        #expect(files.count >= 40)
        #expect(Set(files.map { ($0 as NSString).pathExtension }) == ["txt", "md", "html"])
        // Every name rule has positives here.
        #expect(Set(positives.map(\.rule)) == ["role_conflict", "headline_name_mismatch", "name_spelling_variant",
                                                 "registered_name_spelling", "stale_office", "unintroduced_surname"])
    }

    @Test func positivesGiveExactlyTheirFindings() throws {
        let (positives, _) = try Self.expected()
        for file in Set(positives.map(\.file)).sorted() {
            let got = Set(try Self.nameFindings(file).map { Row(file: file, rule: $0.ruleId, line: $0.location.line) })
            #expect(got == Set(positives.filter { $0.file == file }), "\(file)")
        }
    }

    @Test func cleanArticlesStaySilent() throws {
        for file in try Self.expected().clean {
            let got = try Self.nameFindings(file)
            #expect(got.isEmpty, "\(file): \(got.map { "\($0.location.line) \($0.ruleId): \($0.message)" })")
        }
    }

    @Test func findingsQuoteAndRelateEveryConflictingMention() throws {
        let conflict = try #require(try Self.nameFindings("n01-role-conflict-president.txt").first)
        #expect(conflict.message.contains("“President Park Min-ho”") && conflict.message.contains("“President Lee”"))
        #expect(conflict.related.map(\.location.line) == [1, 3, 6])
        let variant = try #require(try Self.nameFindings("n10-spelling-romanization.txt").first)
        #expect(variant.message.hasPrefix("“Yoon Seok-youl” looks like another spelling of “Yoon Suk-yeol”"))
        #expect(variant.related.map(\.location.line) == [3, 4])
        #expect(variant.location.column == 1 && variant.location.endColumn == 15)
        let mismatch = try #require(try Self.nameFindings("n08-headline-mismatch-html.html").first)
        #expect(mismatch.related.first?.message == "the headline names “Chancellor Brandt”")
        let stale = try #require(try Self.nameFindings("n17-stale-office-html-meta.html").first)
        #expect(stale.message.contains("Prime Minister of the United Kingdom from 2019-07-24 to 2022-09-06"))
        #expect(stale.message.contains("on the article date 2023-05-01; on that date the office was held by Rishi Sunak"))
        let early = try #require(try Self.nameFindings("n19-stale-office-before-tenure.md").first)
        #expect(early.message.contains("had not yet taken office"))
    }

    @Test func nameSplitAcrossMarkupKeepsItsSourceRange() throws {
        // "Mayor **Tomas** Brill": the finding spans the source bytes, markup included.
        let f = try #require(try Self.nameFindings("n02-role-conflict-markdown-emphasis.md").first)
        let text = try String(contentsOf: Self.folder.appendingPathComponent("n02-role-conflict-markdown-emphasis.md"), encoding: .utf8)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false)[f.location.line - 1]
        #expect(String(line.utf16.dropFirst(f.location.column - 1).prefix(f.location.endColumn - f.location.column))! == "Mayor **Tomas** Brill")
    }

    @Test func articleDateOptionAppliesWhenTheArticleHasNone() {
        let text = "Energy Ties\n\nPresident Yoon Suk-yeol underscored the importance of energy ties.\n"
        #expect(TestSupport.lint(text).findings.filter { $0.ruleId == "stale_office" }.isEmpty)
        let dated = TestSupport.lint(text, options: LintOptions(articleDate: "2025-09-15")).findings
        #expect(dated.filter { $0.ruleId == "stale_office" }.map(\.location.line) == [3])
        // The article's own date wins over the option.
        let md = "---\ndate: 2024-01-10\n---\n\nPresident Yoon Suk-yeol spoke.\n"
        #expect(TestSupport.lint(md, format: .markdown, options: LintOptions(articleDate: "2025-09-15")).findings
            .filter { $0.ruleId == "stale_office" }.isEmpty)
    }

    // MARK: - Registry

    @Test func starterRegistryCoversTheRequiredCountries() throws {
        let registry = try EntityRegistry.shipped()
        let countries = Set(registry.offices.map(\.of))
        for c in ["South Korea", "Tajikistan", "Kyrgyzstan", "the United States", "the United Kingdom", "France",
                  "Germany", "Italy", "Japan", "Canada"] {
            #expect(countries.contains(c), "\(c) missing")
        }
        #expect(registry.people.allSatisfy { $0.source.hasPrefix("https://") && $0.asOf.count == 10 })
        #expect(registry.offices.allSatisfy { $0.source.hasPrefix("https://") && $0.asOf.count == 10 && !$0.holders.isEmpty })
        let korea = try #require(registry.offices.first { $0.id == "president-of-south-korea" })
        #expect(korea.holders.contains(.init(person: "yoon-suk-yeol", from: "2022-05-10", until: "2025-04-04")))
        #expect(korea.holders.contains(.init(person: "lee-jae-myung", from: "2025-06-04", until: nil)))
    }

    static func loadError(_ yaml: String) -> String? {
        do { _ = try EntityRegistry.load(yaml: yaml, path: "news.yml").validate(); return nil }
        catch { return error.description }
    }

    @Test func registryErrorsNameFileAndLine() {
        let person = "people:\n  - id: ana-petrov\n    name: Ana Petrov\n    source: https://example.org/ana\n    as_of: 2025-01-01\n"
        #expect(Self.loadError(person) == nil)
        #expect(Self.loadError("people:\n  - id: ana\n    nmae: Ana\n") == "news.yml:3: unknown key 'nmae' in a person; expected one of aliases, as_of, id, name, source, surname")
        #expect(Self.loadError("people:\n  - id: ana\n    name: Ana Petrov\n    as_of: 2025-01-01\n") == "news.yml:2: a person is missing the required key 'source'")
        #expect(Self.loadError(person.replacingOccurrences(of: "2025-01-01", with: "2025-13-01")) == "news.yml:5: 'as_of' must be a date in the form YYYY-MM-DD, not '2025-13-01'")
        #expect(Self.loadError(person.replacingOccurrences(of: "https://example.org/ana", with: "wikipedia")) == "news.yml:4: 'source' must be an http(s) address, not 'wikipedia'")
        #expect(Self.loadError(person.replacingOccurrences(of: "ana-petrov", with: "Ana Petrov")) == "news.yml:2: id 'Ana Petrov' must use lowercase letters, digits and hyphens")
        #expect(Self.loadError("people: [\n") != nil && Self.loadError("people: [\n")!.hasPrefix("news.yml:"))
        let office = person + "offices:\n  - id: mayor\n    titles: [Mayor]\n    of: Norvessa\n    source: https://example.org/m\n    as_of: 2025-01-01\n    holders:\n      - {person: tomas-brill, from: 2020-01-01}\n"
        #expect(Self.loadError(office) == "news.yml:7: office 'mayor' names a holder 'tomas-brill' that no people entry defines")
        let backwards = office.replacingOccurrences(of: "tomas-brill, from: 2020-01-01", with: "ana-petrov, from: 2020-01-01, until: 2019-01-01")
        #expect(Self.loadError(backwards) == "news.yml:13: 'until' (2019-01-01) is before 'from' (2020-01-01)")
        #expect(Self.loadError(person + person.dropFirst("people:\n".count)) == "news.yml:6: duplicate person id 'ana-petrov' (already defined at news.yml:2)")
    }

    @Test func registryRefusesWrongTypesAndImpossibleDates() {
        let person = "people:\n  - id: ana-petrov\n    name: Ana Petrov\n    source: https://example.org/ana\n    as_of: 2025-01-01\n"
        // Calendar dates: no 30 February, 29 February only in a leap year.
        #expect(Self.loadError(person.replacingOccurrences(of: "2025-01-01", with: "2025-02-30")) == "news.yml:5: 'as_of' must be a date in the form YYYY-MM-DD, not '2025-02-30'")
        #expect(Self.loadError(person.replacingOccurrences(of: "2025-01-01", with: "2023-02-29")) != nil)
        #expect(Self.loadError(person.replacingOccurrences(of: "2025-01-01", with: "2024-02-29")) == nil)
        // A number, a boolean or null where a name belongs.
        #expect(Self.loadError(person.replacingOccurrences(of: "Ana Petrov", with: "42")) == "news.yml:3: 'name' must be a string, not the number '42' (quote it if it is meant as text)")
        #expect(Self.loadError(person.replacingOccurrences(of: "Ana Petrov", with: "~")) == "news.yml:3: 'name' must be a non-empty string, not null ('~')")
        #expect(Self.loadError(person.replacingOccurrences(of: "Ana Petrov", with: "yes")) == "news.yml:3: 'name' must be a string, not the boolean 'yes' (quote it if it is meant as text)")
        #expect(Self.loadError(person.replacingOccurrences(of: "Ana Petrov", with: "'1999'")) == "news.yml:3: 'name' must be a name with letters, not '1999'")
        #expect(Self.loadError(person + "    aliases: {x: y}\n") == "news.yml:6: 'aliases' must be a list of strings")
        #expect(Self.loadError(person + "    aliases: [[Ana, P]]\n") == "news.yml:6: 'aliases' must be a non-empty string")
        // An office with no title.
        let office = person + "offices:\n  - {id: mayor, titles: [], of: Norvessa, source: \"https://example.org/m\", as_of: 2025-01-01, holders: []}\n"
        #expect(Self.loadError(office) == "news.yml:7: 'titles' must list at least one entry")
        // A duplicated key: its line, without Yams's context (the whole file).
        #expect(Self.loadError(person + "    as_of: 2025-01-02\n") == "news.yml:5: invalid YAML: duplicate key 'as_of' in one mapping")
        #expect(ArticleDate.parse("2025-02-30") == nil && ArticleDate.parse("0000-01-01") == nil)
        #expect(ArticleDate.parse("2024-02-29T10:00:00Z") == "2024-02-29" && ArticleDate.parse("2100-02-29") == nil)
    }

    @Test func userRegistryAddsPeopleAndOffices() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fidelint-entities-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("newsroom.yml")
        try """
        people:
          - {id: dara-quillon, name: Dara Quillon, aliases: [Dara Quilon], source: "https://example.org/q", as_of: 2025-01-01}
          - {id: tomas-brill, name: Tomas Brill, source: "https://example.org/b", as_of: 2025-01-01}
        offices:
          - id: mayor-of-norvessa
            titles: [Mayor]
            of: Norvessa
            source: https://example.org/mayors
            as_of: 2025-01-01
            holders:
              - {person: tomas-brill, from: 2016-05-01, until: 2024-04-30}
              - {person: dara-quillon, from: 2024-05-01}
        """.write(to: file, atomically: true, encoding: .utf8)
        let rules = try RuleSet.all(entityFiles: [file.path])
        let text = "---\ndate: 2025-02-01\n---\n\nMayor Tomas Brill opened the bridge.\n"
        let findings = TestSupport.lint(text, format: .markdown, rules: rules).findings.filter { $0.ruleId == "stale_office" }
        #expect(findings.map(\.location.line) == [5])
        #expect(findings.first?.message.contains("on that date the office was held by Dara Quillon (registry: \(file.path):5") == true)
        // A clash with the shipped registry names both places.
        let clash = dir.appendingPathComponent("clash.yml")
        try "people:\n  - {id: lee-jae-myung, name: Lee, source: \"https://example.org\", as_of: 2025-01-01}\n".write(to: clash, atomically: true, encoding: .utf8)
        #expect(throws: RuleFileError.self) { try RuleSet.all(entityFiles: [clash.path]) }
        do { _ = try RuleSet.all(entityFiles: [clash.path]) } catch {
            #expect(error.description.hasPrefix("\(clash.path):2: duplicate person id 'lee-jae-myung' (already defined at Rules/registries/entities.yml:"))
        }
    }

    @Test func registryLookupsUseTheirTables() throws {
        // A large newsroom registry: lookups go through tables built once (30,000 people made
        // every article take seconds when each name scanned the whole list).
        var people: [EntityRegistry.Person] = (0..<20_000).map { i in
            .init(id: "p\(i)", name: "Name\(i) Surname\(i)", surname: "Surname\(i)", aliases: ["N\(i) Surname\(i)"],
                  source: "https://example.org", asOf: "2025-01-01", origin: "big.yml:\(i + 2)")
        }
        people.append(.init(id: "yoon", name: "Yoon Suk-yeol", surname: "Yoon", aliases: ["Yoon Suk Yeol"],
                            source: "https://example.org", asOf: "2025-01-01", origin: "big.yml:1"))
        var registry = EntityRegistry(people: people)
        #expect(registry.person("p19999")?.name == "Name19999 Surname19999")
        #expect(registry.isRegisteredSpelling("N7 Surname7") && !registry.isRegisteredSpelling("N7 Surname8"))
        #expect(registry.people(named: "Yoon suk yeol").map(\.id) == ["yoon"])
        #expect(registry.people(named: "Surname42").map(\.id) == ["p42"])
        #expect(registry.candidates(spelledLike: ["Yoon", "Seok-yul"]).map(\.id) == ["yoon"])
        #expect(registry.nameWords.contains("Surname123") && registry.nameWords.contains("Suk-yeol"))
        #expect(registry.mayKnow(["Yoon", "Seok-yul"]) && registry.mayKnow(["N7", "Surname7"]) && registry.mayKnow(["Yoon", "Sukyeol"]))
        #expect(!registry.mayKnow(["Ilse", "Marrick"]))
        // A change rebuilds the tables.
        registry.people.removeLast()
        #expect(registry.people(named: "Yoon Suk-yeol").isEmpty && registry.person("yoon") == nil)
    }

    /// `mayKnow` says no only when the registry has no spelling and no candidate for a name: on
    /// every name run of the fixtures, on the shipped registry's own spellings and on spellings
    /// one letter or one word away; a registry with a key that equals ASCII text without being
    /// ASCII (KELVIN SIGN) has no filter.
    @Test func registryFilterNeverHidesAName() throws {
        let registry = try EntityRegistry.shipped()
        var names: [[String]] = []
        for (path, text) in NameScanTests.texts {
            names += try NameIndex.build(NameScanTests.context(path, text)).runs.map(\.tokens)
        }
        for p in registry.people {
            for spelling in p.spellings {
                let t = spelling.split(separator: " ").map(String.init)
                names += [t, t.map { $0.lowercased() }, t.dropFirst() + ["Xavier"], ["Xavier"] + t.dropLast(), [t.joined()],
                          t.map { $0.replacingOccurrences(of: "-", with: "") }]
            }
        }
        var refused = 0
        for t in names where !registry.mayKnow(t) {
            refused += 1
            #expect(!registry.isRegisteredSpelling(t.joined(separator: " ")) && registry.candidates(spelledLike: t).isEmpty, "\(t)")
        }
        #expect(refused >= 100, "\(refused) of \(names.count)")
        for t in names where registry.isRegisteredSpelling(t.joined(separator: " ")) || !registry.candidates(spelledLike: t).isEmpty {
            #expect(registry.mayKnow(t), "\(t)")
        }
        let kelvin = EntityRegistry(people: [.init(id: "k", name: "\u{212A}im Lee", surname: "Lee", aliases: [], source: "https://example.org",
                                                    asOf: "2025-01-01", origin: "k.yml:1")])
        #expect(kelvin.tables.asciiKeys == nil && kelvin.mayKnow(["Kim", "Lee"]) && kelvin.isRegisteredSpelling("Kim Lee"))
        #expect(EntityRegistry(people: registry.people).tables.asciiKeys != nil)
    }

    static func mentions(_ text: String) throws -> [RoleMention] {
        let context = RuleContext(article: ArticleReaders.reader(for: .plain).read(SourceText(path: "t.txt", string: text)))
        return try NameIndex.build(context).mentions
    }

    @Test func roleKeysCarryPlacesNationalitiesAndPastContexts() throws {
        let m = try Self.mentions("""
        Headline

        Chinese President Xi Jinping spoke first. Later President Lee Jae-myung replied.
        Mayor Tomas Brill of Estrel came, and President Yoon Suk-yeol of South Korea's capital.
        In Georgia, Governor Brian Kemp agreed. In Seoul, Governor Ana Petrov did too.
        His predecessor, President Moon Jae-in, had tried. Impeached President Park Geun-hye did not.
        The law, signed by President Barack Obama, stands. President Obama's administration wrote it.
        President Obama's health law is popular.

        """)
        let keys = Dictionary(m.map { ($0.fullName, $0.roleKey) }, uniquingKeysWith: { a, b in a + " | " + b })
        #expect(keys["Xi Jinping"] == "chinese president")
        #expect(keys["Lee Jae-myung"] == "president")
        #expect(keys["Tomas Brill"] == "mayor of estrel")
        #expect(keys["Yoon Suk-yeol"] == "president of south korea")
        #expect(m.first { $0.fullName == "Yoon Suk-yeol" }?.officeKey == "president")
        #expect(keys["Brian Kemp"] == "governor of georgia")
        #expect(keys["Ana Petrov"] == "governor")
        #expect(keys["Moon Jae-in"] == nil && keys["Park Geun-hye"] == nil)
        #expect(keys["Barack Obama"] == "historical president")
        #expect(keys["Obama"] == "historical president | president")
        #expect(m.filter { $0.role == "President" && $0.name == ["Obama"] }.map(\.isHistorical) == [true, false])
    }

    @Test func longCapitalizedRunsDoNotExhaustTheRegexStack() {
        // 200,000 capitalized words, and a name with 50,000 particles (both aborted every name rule): the name rules still run.
        for text in ["Headline\n\nPresident Ana Petrov spoke. " + Array(repeating: "Abc", count: 200_000).joined(separator: " ") + ".\n",
                     "Headline\n\nPresident Ana Petrov spoke. Aa " + Array(repeating: "de", count: 50_000).joined(separator: " ") + " x.\n"] {
            let result = TestSupport.lint(text)
            #expect(result.errors.isEmpty, "\(result.errors)")
        }
    }

    @Test func romanizationSkeletons() {
        #expect(NameMatching.skeleton("Suk-yeol") == NameMatching.skeleton("Seok-youl"))
        #expect(NameMatching.skeleton("Jae-myung") == NameMatching.skeleton("Jae-myeong"))
        #expect(NameMatching.sameFullName(["Yoon", "Suk-yeol"], ["Yoon", "Suk", "Yeol"]))
        #expect(!NameMatching.sameFullName(["Maria", "Lopez"], ["Mario", "Lopez"]))
        #expect(!NameMatching.sameFullName(["Kim", "Jong-un"], ["Kim", "Jong-il"]))
        #expect(!NameMatching.sameFullName(["Metroid", "Prime"], ["Metroid", "Prime", "III"]))
        #expect(!NameMatching.sameFullName(["Mark", "di", "Stefano"], ["Mark", "Di", "Stefano"]))
    }
}
