import FidelintCore
import Foundation
import Yams

/// People and the offices they hold, from YAML files: the shipped starter
/// (`Rules/registries/entities.yml` and `world-entities.yml`) and the user's own (`--entities FILE`, or `entities:` in
/// `.fidelint.yml`). A registry is data: a newsroom keeps its own list in the same format.
///
/// ```yaml
/// people:
///   - id: yoon-suk-yeol              # lowercase letters, digits and hyphens
///     name: Yoon Suk-yeol            # the preferred spelling
///     surname: Yoon                  # the token used alone ("Yoon said"); default: the last word
///     aliases: [Yoon Suk Yeol, Yoon Seok-youl]   # other accepted spellings and romanizations
///     source: https://…              # where the facts come from (required)
///     as_of: 2025-11-01              # when they were checked (required)
/// offices:
///   - id: president-of-south-korea
///     titles: [President]            # the role words written before a holder's name
///     of: South Korea
///     source: https://…
///     as_of: 2025-11-01
///     holders:                       # `from` and `until` are both days in office; no `until`: still in office
///       - {person: yoon-suk-yeol, from: 2022-05-10, until: 2025-04-04}
///       - {person: lee-jae-myung, from: 2025-06-04}
/// ```
public struct EntityRegistry: Sendable {
    public struct Person: Sendable, Hashable {
        public var id: String
        public var name: String
        public var surname: String
        public var aliases: [String]
        public var source: String
        public var asOf: String
        /// `file:line` of the entry.
        public var origin: String

        /// The preferred name and every alias.
        public var spellings: [String] { [name] + aliases }
    }

    public struct Tenure: Sendable, Hashable {
        public var person: String
        /// First day in office (`YYYY-MM-DD`), or `nil` when unknown (held since before records).
        public var from: String?
        /// Last day in office, or `nil` while still in office.
        public var until: String?

        /// Whether the holder was in office on `date` (`YYYY-MM-DD`; both ends count).
        public func covers(_ date: String) -> Bool {
            (from.map { $0 <= date } ?? true) && (until.map { date <= $0 } ?? true)
        }
    }

    public struct Office: Sendable, Hashable {
        public var id: String
        /// Role words as written before a holder's name ("President", "Prime Minister").
        public var titles: [String]
        /// The country or body ("South Korea").
        public var of: String
        public var holders: [Tenure]
        public var source: String
        public var asOf: String
        public var origin: String

        /// "President of South Korea".
        public var display: String { "\(titles[0]) of \(of)" }
    }

    public var people: [Person] = [] { didSet { lookup = Lookup() } }
    public var offices: [Office] = [] { didSet { lookup = Lookup() } }
    /// Lookup tables, built on first use after a change (a newsroom registry may list tens of
    /// thousands of people; every article asks it about every name).
    private var lookup = Lookup()

    public init(people: [Person] = [], offices: [Office] = []) {
        self.people = people
        self.offices = offices
    }

    /// Indexes of `people` and `offices` by the keys the name rules look up.
    struct Tables {
        var byId: [String: Int] = [:]
        var bySpelling: [String: [Int]] = [:]
        var byFolded: [String: [Int]] = [:]
        var bySurname: [String: [Int]] = [:]
        /// First and last word of every spelling (`NameMatching.sameFullName` needs one of them).
        var byEndWord: [String: [Int]] = [:]
        /// Every surname and every word of every spelling.
        var words: Set<String> = []
        var officesByTitle: [String: [Int]] = [:]
        /// The ASCII keys of `bySpelling`, `byEndWord` and `byFolded` (`KeyFilter`), or `nil` when
        /// a key that is not ASCII could still equal ASCII text.
        var asciiKeys: KeyFilter?

        init(_ people: [Person], _ offices: [Office]) {
            defer { asciiKeys = KeyFilter(spellings: bySpelling.keys, endWords: byEndWord.keys, folded: byFolded.keys) }
            for (i, p) in people.enumerated() {
                if byId[p.id] == nil { byId[p.id] = i }
                bySurname[p.surname, default: []].append(i)
                words.insert(p.surname)
                for spelling in Set(p.spellings) {
                    bySpelling[spelling, default: []].append(i)
                    let folded = EntityRegistry.fold(spelling)
                    if byFolded[folded]?.last != i { byFolded[folded, default: []].append(i) }
                    let w = spelling.split(separator: " ").map(String.init)
                    words.formUnion(w)
                    for end in Set([w.first, w.last].compactMap { $0 }) where byEndWord[end]?.last != i {
                        byEndWord[end, default: []].append(i)
                    }
                }
            }
            for (i, o) in offices.enumerated() {
                for t in Set(o.titles) { officesByTitle[t, default: []].append(i) }
            }
        }
    }

    final class Lookup: @unchecked Sendable {
        private let lock = NSLock()
        private var tables: Tables?

        func get(_ registry: EntityRegistry) -> Tables {
            lock.lock()
            defer { lock.unlock() }
            if let tables { return tables }
            let t = Tables(registry.people, registry.offices)
            tables = t
            return t
        }
    }

    var tables: Tables { lookup.get(self) }

    /// The person with this id.
    public func person(_ id: String) -> Person? { tables.byId[id].map { people[$0] } }

    /// Whether `spelling` is exactly one of a registered person's spellings.
    public func isRegisteredSpelling(_ spelling: String) -> Bool { tables.bySpelling[spelling] != nil }

    /// Every registered surname and every word of every registered spelling.
    public var nameWords: Set<String> { tables.words }

    /// Whether the registry may know the full name `tokens`: `false` only when no registered
    /// spelling is `tokens` joined by spaces (`isRegisteredSpelling`) and
    /// `candidates(spelledLike: tokens)` is empty. Decided from byte hashes when every token is
    /// ASCII (`KeyFilter`), without building a `String`; `true` (ask those) otherwise.
    public func mayKnow(_ tokens: [String]) -> Bool {
        guard let keys = tables.asciiKeys, !tokens.isEmpty else { return true }
        return keys.mayContain(tokens)
    }

    /// A bitmap of FNV-1a hashes of the ASCII lookup keys: whole spellings, first and last words,
    /// folded spellings (each with its own seed). A name whose hashes all miss is no key. Built
    /// only when no key could equal ASCII text unless it is ASCII: `String` equality is
    /// canonical equivalence ("\u{212A}" KELVIN SIGN equals "K"), so a key that is not ASCII
    /// but whose every character equals an ASCII one leaves the registry without a filter.
    struct KeyFilter {
        var bits: [UInt64]
        var mask: Int

        static let spellingSeed: UInt64 = 0xcbf29ce484222325
        static let endWordSeed: UInt64 = 0x84222325cbf29ce4
        static let foldedSeed: UInt64 = 0x9ce484222325cbf2
        /// Every character equal to an ASCII one.
        static let asciiCharacters: Set<Character> = Set((0..<128).map { Character(Unicode.Scalar(UInt8($0))) } + ["\r\n"])

        init?(spellings: some Collection<String>, endWords: some Collection<String>, folded: some Collection<String>) {
            var size = 1024
            while size < (spellings.count + endWords.count + folded.count) * 16 { size *= 2 }
            bits = [UInt64](repeating: 0, count: size / 64)
            mask = size - 1
            for (seed, keys) in [(Self.spellingSeed, Array(spellings)), (Self.endWordSeed, Array(endWords)), (Self.foldedSeed, Array(folded))] {
                for key in keys {
                    if key.utf8.allSatisfy({ $0 < 0x80 }) {
                        var h = seed
                        for c in key.utf8 { h = Self.mix(h, c) }
                        insert(h)
                    } else if key.allSatisfy({ Self.asciiCharacters.contains($0) }) {
                        return nil
                    }
                }
            }
        }

        @inline(__always) static func mix(_ h: UInt64, _ c: UInt8) -> UInt64 { (h ^ UInt64(c)) &* 0x100000001b3 }

        @inline(__always) func bitsSet(_ h: UInt64) -> Bool {
            let a = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask, b = Int(truncatingIfNeeded: h >> 40) & mask
            return bits[a >> 6] & (1 << UInt64(a & 63)) != 0 && bits[b >> 6] & (1 << UInt64(b & 63)) != 0
        }

        mutating func insert(_ h: UInt64) {
            let a = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask, b = Int(truncatingIfNeeded: h >> 40) & mask
            bits[a >> 6] |= 1 << UInt64(a & 63)
            bits[b >> 6] |= 1 << UInt64(b & 63)
        }

        /// Whether some key may be `tokens` joined by spaces, its first or last token, or its
        /// folded letters (`EntityRegistry.fold`); `true` when a token is not ASCII.
        func mayContain(_ tokens: [String]) -> Bool {
            var spelling = Self.spellingSeed, folded = Self.foldedSeed
            var first = Self.endWordSeed, last = Self.endWordSeed
            for (i, token) in tokens.enumerated() {
                if i > 0 { spelling = Self.mix(spelling, 0x20) }
                var word = Self.endWordSeed
                for c in token.utf8 {
                    guard c < 0x80 else { return true }
                    spelling = Self.mix(spelling, c)
                    word = Self.mix(word, c)
                    if ByteText.isASCIIAlnum(c) { folded = Self.mix(folded, ByteText.lower(c)) }
                }
                if i == 0 { first = word }
                last = word
            }
            return bitsSet(spelling) || bitsSet(first) || bitsSet(last) || bitsSet(folded)
        }
    }

    /// The people whose spellings `NameMatching.sameFullName` could match with `tokens`: those
    /// sharing a first or last word with it, or equal to it folded.
    public func candidates(spelledLike tokens: [String]) -> [Person] {
        let t = tables
        var ids = Set<Int>()
        for end in [tokens.first, tokens.last].compactMap({ $0 }) { ids.formUnion(t.byEndWord[end] ?? []) }
        ids.formUnion(t.byFolded[Self.fold(tokens.joined(separator: " "))] ?? [])
        return ids.sorted().map { people[$0] }
    }

    /// Loads one registry file.
    /// - Throws: `RuleFileError` with the file and line: invalid YAML, an unknown key, a missing
    ///   source or as-of date, a bad date, a tenure naming an unknown person, a duplicate id.
    /// `typed: false` (shipped files only) skips the typing of plain scalars; see `DataFile.typed`.
    public static func load(yaml: String, path: String, typed: Bool = true) throws(RuleFileError) -> EntityRegistry {
        let file = DataFile(path: path, typed: typed)
        return try load(root: try file.root(yaml), file: file)
    }

    /// Loads one registry from its root node (a user's file composed by Yams, or a shipped file's
    /// pre-parsed tree).
    static func load(root: Node, file: DataFile) throws(RuleFileError) -> EntityRegistry {
        let path = file.path
        let top = try file.mapping(root, "an entity registry", allowed: ["people", "offices"])
        var registry = EntityRegistry()
        for node in try top["people"].map({ (n) throws(RuleFileError) in try file.sequence(n, "people") }) ?? [] {
            let m = try file.mapping(node, "a person", allowed: ["id", "name", "surname", "aliases", "source", "as_of"],
                                     required: ["id", "name", "source", "as_of"])
            let id = try identifier(m["id"]!, file)
            let name = try file.name(m["name"]!, "name")
            let surname = try m["surname"].map { (n) throws(RuleFileError) in try file.name(n, "surname") }
                ?? String(name.split(separator: " ").last ?? Substring(name))
            registry.people.append(Person(
                id: id, name: name, surname: surname,
                aliases: try m["aliases"].map { (n) throws(RuleFileError) in try file.names(n, "aliases") } ?? [],
                source: try file.url(m["source"]!, "source"), asOf: try file.date(m["as_of"]!, "as_of"),
                origin: "\(path):\(RuleFileLoader.line(node))"))
        }
        for node in try top["offices"].map({ (n) throws(RuleFileError) in try file.sequence(n, "offices") }) ?? [] {
            let m = try file.mapping(node, "an office", allowed: ["id", "titles", "of", "holders", "source", "as_of"],
                                     required: ["id", "titles", "of", "holders", "source", "as_of"])
            var holders: [Tenure] = []
            for h in try file.sequence(m["holders"]!, "holders") {
                let t = try file.mapping(h, "a holder", allowed: ["person", "from", "until"], required: ["person"])
                let tenure = Tenure(person: try file.string(t["person"]!, "person"),
                                    from: try t["from"].map { (n) throws(RuleFileError) in try file.date(n, "from") },
                                    until: try t["until"].map { (n) throws(RuleFileError) in try file.date(n, "until") })
                if let f = tenure.from, let u = tenure.until, u < f {
                    throw file.error(t["until"], "'until' (\(u)) is before 'from' (\(f))")
                }
                holders.append(tenure)
            }
            registry.offices.append(Office(
                id: try identifier(m["id"]!, file), titles: try file.names(m["titles"]!, "titles", nonEmpty: true),
                of: try file.name(m["of"]!, "of"), holders: holders,
                source: try file.url(m["source"]!, "source"), asOf: try file.date(m["as_of"]!, "as_of"),
                origin: "\(path):\(RuleFileLoader.line(node))"))
        }
        return registry
    }

    static func identifier(_ node: Node, _ file: DataFile) throws(RuleFileError) -> String {
        let id = try file.string(node, "id")
        guard id.allSatisfy({ ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "-" }) else {
            throw file.error(node, "id '\(id)' must use lowercase letters, digits and hyphens")
        }
        return id
    }

    /// This registry and `other` together.
    /// - Throws: `RuleFileError` for an id defined in both, or a tenure naming a person neither has.
    public func merged(with other: EntityRegistry) throws(RuleFileError) -> EntityRegistry {
        let all = EntityRegistry(people: people + other.people, offices: offices + other.offices)
        try all.validate()
        return all
    }

    /// Checks ids are unique and every tenure names a known person.
    /// - Throws: `RuleFileError` at the offending entry.
    public func validate() throws(RuleFileError) {
        func fail(_ origin: String, _ message: String) -> RuleFileError {
            let parts = origin.split(separator: ":")
            return RuleFileError(file: parts.dropLast().joined(separator: ":"), line: Int(parts.last ?? "1") ?? 1, message: message)
        }
        var seen: [String: String] = [:]
        for p in people {
            if let first = seen[p.id] { throw fail(p.origin, "duplicate person id '\(p.id)' (already defined at \(first))") }
            seen[p.id] = p.origin
        }
        var offices: [String: String] = [:]
        for o in self.offices {
            if let first = offices[o.id] { throw fail(o.origin, "duplicate office id '\(o.id)' (already defined at \(first))") }
            offices[o.id] = o.origin
            for t in o.holders where seen[t.person] == nil {
                throw fail(o.origin, "office '\(o.id)' names a holder '\(t.person)' that no people entry defines")
            }
        }
    }

    /// The shipped starter registry (every `Rules/registries/*entities.yml`), embedded in the binary.
    /// - Throws: `RuleFileError` (a broken shipped file: a bug that tests catch).
    public static func shipped() throws(RuleFileError) -> EntityRegistry {
        var registry = EntityRegistry()
        for (path, contents) in EmbeddedRulePacks.registries where path.hasSuffix("entities.yml") {
            let file = DataFile(path: "Rules/" + path, typed: false)
            let root: Node
            if let tree = ShippedTree.node(for: path) { root = tree } else { root = try file.root(contents) }
            registry = try registry.merged(with: load(root: root, file: file))
        }
        return registry
    }

    /// The shipped registry plus the user's files.
    /// - Throws: `RuleFileError` for an unreadable or bad file, or a clash of ids.
    public static func load(files: [String]) throws(RuleFileError) -> EntityRegistry {
        var registry = try shipped()
        for path in files {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                throw RuleFileError(file: path, line: 0, message: "is a folder; --entities takes a YAML file")
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw RuleFileError(file: path, line: 0, message: "entity registry not found or not readable")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw RuleFileError(file: path, line: 0, message: "cannot be read as UTF-8 text")
            }
            registry = try registry.merged(with: load(yaml: text, path: path))
        }
        return registry
    }

    // MARK: - Lookup

    /// A spelling folded for comparison: lowercase letters and digits only, accents removed
    /// ("Yoon Suk-yeol" and "Yoon Suk Yeol" both give "yoonsukyeol").
    public static func fold(_ name: String) -> String {
        // ASCII: folding only lowers letters, and the alphanumerics are letters and digits.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var out: [UInt8] = []
            out.reserveCapacity(name.utf8.count)
            for b in name.utf8 where ByteText.isASCIIAlnum(b) { out.append(ByteText.lower(b)) }
            return String(decoding: out, as: UTF8.self)
        }
        return foldReference(name)
    }

    /// `fold` through Foundation for any text (the reference for its ASCII fast path).
    static func foldReference(_ name: String) -> String {
        String(name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// People whose registered spellings equal `name` exactly (as written, case and hyphens
    /// included), or who are named by surname alone when `name` is one word and only one registered
    /// person with that surname holds an office with `title`.
    public func people(named name: String, title: String? = nil) -> [Person] {
        let t = tables
        if let exact = t.bySpelling[name] { return exact.map { people[$0] } }
        if let loose = t.byFolded[Self.fold(name)] { return loose.map { people[$0] } }
        // ASCII: a space is the byte 0x20 (Foundation's `contains` otherwise).
        guard !(name.utf8.allSatisfy({ $0 < 0x80 }) ? name.utf8.contains(0x20) : name.contains(" ")) else { return [] }
        var bySurname = (t.bySurname[name] ?? []).map { people[$0] }
        if let title {
            let holders = Set((t.officesByTitle[title] ?? []).flatMap { offices[$0].holders.map(\.person) })
            bySurname = bySurname.filter { holders.contains($0.id) }
        }
        return bySurname.count == 1 ? bySurname : []
    }

    /// Whether the registry knows the people of two role mentions with one title as holders of
    /// two different offices with that title (the presidents of France and of South Korea), and of
    /// no office with that title in common.
    public func differentOffices(_ a: RoleMention, _ b: RoleMention) -> Bool {
        guard a.role == b.role else { return false }
        let pa = people(named: a.fullName, title: a.role), pb = people(named: b.fullName, title: b.role)
        guard pa.count == 1, pb.count == 1, pa[0].id != pb[0].id else { return false }
        let oa = Set(offices(titled: a.role, heldBy: pa[0].id).map(\.office.id))
        let ob = Set(offices(titled: b.role, heldBy: pb[0].id).map(\.office.id))
        return !oa.isEmpty && !ob.isEmpty && oa.isDisjoint(with: ob)
    }

    /// Offices with `title` that `person` held at some time, with that person's tenures.
    public func offices(titled title: String, heldBy person: String) -> [(office: Office, tenures: [Tenure])] {
        (tables.officesByTitle[title] ?? []).map { offices[$0] }.compactMap { o in
            let t = o.holders.filter { $0.person == person }
            return t.isEmpty ? nil : (o, t)
        }
    }
}
