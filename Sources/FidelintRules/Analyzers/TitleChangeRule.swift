import FidelintCore
import Foundation

/// One person given two offices that nobody holds at once: "Detective Sergeant Paula Crewe" and
/// later "Detective Inspector Crewe"; "Finance director Lena Castell" and later "Chief operating
/// officer Lena Castell"; "council leader Gwen Rowlands" and later "Rowlands, the county's chief
/// executive". A generator that paraphrases a title, or confuses two people's, changes it on the
/// way.
///
/// The offices come from the person model (`RoleGrammar`, `PersonMentions`): each mention's role
/// phrase without its body ("Orbis chief executive" is "chief executive"), in its canonical
/// spelling ("CEO" is "chief executive"), branch words dropped from ranks ("Detective Sergeant" is
/// "sergeant", `RoleWords.rankModifiers`). Two phrases conflict when one line of
/// `exclusive_offices` (`Rules/registries/role-words.yml`) holds both: police and military ranks,
/// a company's executive offices, a council's leader and chief executive. Offices often held
/// together (chair and chief executive, founder and anything) share no line.
///
/// One person: the same family name, the same given name where both mentions give one, and no
/// other given name with that family name anywhere in the article (a family is several people).
/// Precision guards: past, temporary and incoming holders ("former", "acting", "the new") and
/// honorifics are no offices; a succession or promotion told in a sentence that names the person
/// ("Crewe, who has since been promoted"), or in either mention's sentence, or a year that dates a mention (`NameIndex.isDated`), is a real change; two
/// mentions in one sentence ("Sergeant Crewe, now an inspector") are left alone; an office held
/// through another person or body ("their chief executive") is another's.
/// Reported once per person, at the first mention whose office differs from the first one, with
/// the first mention related.
///
/// Pattern source: issue 14 (capability 3, the person model); the blind sets' "a title that
/// changes" defects (`Tests/Fixtures/blind-g`, `blind-h`); TAXONOMY §12 name_inconsistency.
public struct TitleChangeRule: Rule {
    public init() {}

    public let description = RuleDescription(
        identifier: "title_change", name: "Title Change",
        summary: "One person is given two offices nobody holds at once (a rank or an executive title that changes).",
        category: .nameInconsistency, defaultSeverity: .warning,
        origin: "issue 14 (person model); blind sets G and H (a title that changes); TAXONOMY §12 name_inconsistency",
        triggeringExamples: [
            Example("Fraud Trial\n\nDetective Sergeant Paula Crewe led the inquiry.\nThe jury took two hours.\nOutside court, ↓Detective Inspector Crewe said victims should come forward.\n"),
            Example("Results\n\nFinance director Lena Castell said margins held.\nShares rose.\n↓Chief operating officer Lena Castell said prices would fall.\n"),
            Example("Storm\n\nCouncil leader Gwen Rowlands visited the sea wall.\nRoads were shut.\n↓Rowlands, the county's chief executive, said funds would follow.\n"),
            Example("Phone Review\n\nOrbis UK managing director Ben Hartley launched the phone.\nThe screen is bright.\nOrbis ↓chief executive Ben Hartley praised the update pledge.\n"),
        ],
        nonTriggeringExamples: [
            Example("Results\n\nChair and chief executive Lena Castell said margins held.\nChief executive Lena Castell said prices would fall.\n"),
            Example("Fraud Trial\n\nDetective Sergeant Paula Crewe led the inquiry.\nCrewe, who has since been promoted, said so.\nDetective Inspector Crewe thanked the jury.\n"),
            Example("Family Firm\n\nFinance director Lena Castell spoke.\nHer brother, chief executive Tom Castell, agreed.\n"),
            Example("Results\n\nFormer finance director Lena Castell left in May.\nChief operating officer Lena Castell said prices would fall.\n"),
            Example("Courts\n\nDetective Sergeant Paula Crewe led the inquiry.\nDetective Inspector Omar Haddad led the search.\n"),
            Example("Board\n\nChief executive Lena Castell spoke.\nChair Lena Castell later closed the meeting.\n"),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] {
        let index = try nameIndex(context)
        let words = RoleWords.shipped
        guard index.mentions.count >= 2, !words.exclusiveGroups.isEmpty else { return [] }
        // Each mention's office: its groups of `exclusive_offices`, or none.
        struct Office { let mention: RoleMention; let phrase: String; let groups: Set<Int> }
        var byFamily: [String: [Office]] = [:]
        for m in index.mentions where !m.isHonorific && !m.isHistorical && !m.incoming && !m.otherBody && m.verbal == nil {
            guard let family = m.name.last, family.count >= 3, !index.pastHolders.contains(family) else { continue }
            let phrase = Self.office(of: m, words: words)
            guard let groups = words.exclusiveGroups[phrase] else { continue }
            byFamily[family, default: []].append(Office(mention: m, phrase: phrase, groups: groups))
        }
        let masked = context.view(masking: [.quotations, .code]).utf8
        var out: [Finding] = []
        for (family, offices) in byFamily where offices.count >= 2 && Set(offices.map(\.phrase)).count >= 2 {
            // One person: one given name at most for the family in the whole article.
            let given = Set(index.runs.filter { $0.tokens.count == 2 && $0.tokens[1] == family }.map { $0.tokens[0] })
                .union(offices.compactMap { $0.mention.name.count >= 2 ? $0.mention.name[0] : nil })
                .filter { !words.heads.contains($0.lowercased()) && !words.modifiers.contains($0.lowercased())
                    && !RoleGrammar.nameTitles.contains($0.lowercased()) && !words.honorifics.contains($0.lowercased()) }
            guard given.count <= 1 else { continue }
            let ordered = offices.sorted { $0.mention.range.start < $1.mention.range.start }
            let first = ordered[0]
            guard let other = ordered.dropFirst().first(where: { o in
                o.phrase != first.phrase && !o.groups.isDisjoint(with: first.groups) && o.mention.sentence != first.mention.sentence
            }) else { continue }
            // A succession or a promotion told, or a dated tenure: a real change of office.
            if [first.mention, other.mention].contains(where: { index.transitionSentences.contains($0.sentence) || index.isDated($0) }) { continue }
            if Self.toldChange(of: family, index: index, in: masked) { continue }
            out.append(finding(
                "“\(other.mention.display)” gives \(family) another office than “\(first.mention.display)”: \(other.phrase) and \(first.phrase) are not held by one person at once",
                at: other.mention.range,
                related: [RelatedRange(range: first.mention.range, message: "“\(first.mention.display)”")]))
        }
        return out.sorted { $0.range.start < $1.range.start }
    }

    /// Whether a sentence with a succession or promotion word (`RoleWords.transition`) names
    /// `family` ("Crewe, who has since been promoted, said"): the change is told.
    static func toldChange(of family: String, index: NameIndex, in bytes: [UInt8]) -> Bool {
        let needle = Array(family.utf8)
        let starts = index.sentenceStarts
        for s in index.transitionSentences where s < starts.count {
            let end = min(bytes.count, s + 1 < starts.count ? starts[s + 1] : bytes.count)
            guard starts[s] < end else { continue }
            if ByteText.find(needle, in: bytes, from: starts[s], to: end) != nil { return true }
        }
        return false
    }

    /// The office a mention names, as `exclusive_offices` writes it: the role phrase without its
    /// body ("Orbis chief executive" → "chief executive"), canonical ("ceo" → "chief executive"),
    /// without branch words before a rank ("detective sergeant" → "sergeant").
    static func office(of m: RoleMention, words: RoleWords) -> String {
        var phrase = words.canonical((m.phraseKey ?? m.role).lowercased()).split(separator: " ").map(String.init)
        while phrase.count > 1, words.rankModifiers.contains(phrase[0]) { phrase.removeFirst() }
        let joined = phrase.joined(separator: " ")
        if words.exclusiveGroups[joined] != nil { return joined }
        // "the county's chief executive" read with its body: the longest tail that is an office,
        // unless a dropped word makes another office of it ("deputy chief executive").
        for k in 1..<max(1, phrase.count) {
            if phrase[k - 1].hasPrefix("co-") || Self.otherOffice.contains(phrase[k - 1]) { break }
            let tail = phrase[k...].joined(separator: " ")
            if words.exclusiveGroups[tail] != nil { return tail }
        }
        return joined
    }

    /// Words before an office that make another office of it ("deputy chief executive", "vice
    /// president", "assistant chief constable" is its own entry).
    static let otherOffice: Set<String> = ["deputy", "vice", "assistant", "associate", "joint", "acting", "interim", "lance", "staff", "junior", "sub"]
}
