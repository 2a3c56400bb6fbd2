import FidelintCore
import FidelintRegex

/// One person's name spelled two ways ("Velasko" / "Velasco", "Marrick" / "Marick"). Names come
/// from role mentions; every capitalized word of five or more letters that shares the name's first
/// three letters and is one edit away (a substitution, insertion, deletion or swap) is a variant,
/// unless one is the other plus an ending ("America" / "American", "Jordan" / "Jordans") or it
/// is another person's name. The spelling used
/// less often is reported (on a tie, the later one), with the other spelling's uses related.
///
/// Pattern source: `../shared/cases/TAXONOMY.md` §12 (spelling drift: edit distance 1, a shared
/// 3-letter prefix, both used as names).
public struct NameSpellingVariantRule: Rule {
    public init() {}

    public let description = RuleDescription(
        identifier: "name_spelling_variant", name: "Name Spelling Variant",
        summary: "A person's name is spelled two different ways in one article.",
        category: .nameInconsistency, defaultSeverity: .warning,
        origin: "TAXONOMY §12 name_inconsistency (spelling drift)",
        triggeringExamples: [
            Example("Foreign Minister Katrin Velasko arrived in Norvessa on Monday.\nOfficials said the talks would focus on fishing.\n↓Velasco is expected to meet the prime minister.\n"),
            Example("President Ilse Marrick spoke on Tuesday.\nMarrick said aid would follow.\n↓Marick added that towns would be rebuilt.\n"),
        ],
        nonTriggeringExamples: [
            Example("Mayor Dara Quillon met Mayor Dara Quillon's deputy.\nQuillon said the Quillons had lived in the town for years.\n"),
            Example("President Ilse Marrick spoke on Tuesday.\nMarrick said aid would follow.\n"),
            Example("Ambassador talks: President Joe American spoke.\nAmerica is ready, American said.\n"),
        ])

    static let capitalized: PCRE2Regex = {
        do { return try PCRE2Regex(#"\b\p{Lu}[\p{Ll}\p{Lu}’'-]{4,}\b"#, options: .init(caseless: false)) } catch { fatalError("\(error)") }
    }()

    public func check(_ context: RuleContext) throws -> [Finding] {
        let view = context.view(masking: [.code])
        let mentions = try roleMentions(context)
        let words = try matches(Self.capitalized, in: view)
        let nameTokens = Set(mentions.flatMap(\.name).filter { $0.count >= 5 })
        guard !nameTokens.isEmpty else { return [] }
        var uses: [String: [SourceRange]] = [:]
        for w in words {
            var text = view.text(w.range)
            for suffix in ["’s", "'s", "’", "'"] where text.hasSuffix(suffix) { text = String(text.dropLast(suffix.count)) }
            let r = view.sourceRange(w.range.lowerBound..<(w.range.lowerBound + text.utf8.count))
            uses[text, default: []].append(r)
        }
        var out: [Finding] = []
        var reported: Set<String> = []
        for name in nameTokens.sorted() {
            for (variant, variantUses) in uses.sorted(by: { $0.key < $1.key }) where variant != name && !nameTokens.contains(variant) {
                guard variant.count >= 5, variant.lowercased().prefix(3) == name.lowercased().prefix(3),
                      !variant.hasPrefix(name), !name.hasPrefix(variant),
                      TextTools.editDistance(variant.lowercased(), name.lowercased()) == 1 else { continue }
                let nameUses = uses[name] ?? []
                guard !nameUses.isEmpty else { continue }
                // The less used spelling is the variant; a tie goes to the later first use.
                let variantIsMinority = variantUses.count != nameUses.count
                    ? variantUses.count < nameUses.count : variantUses[0].start > nameUses[0].start
                let (minority, minorityUses, majority, majorityUses) = variantIsMinority
                    ? (variant, variantUses, name, nameUses) : (name, nameUses, variant, variantUses)
                guard reported.insert([minority, majority].sorted().joined(separator: "|")).inserted else { continue }
                let related = majorityUses.map { RelatedRange(range: $0, message: "spelled “\(majority)”") }
                out.append(finding(
                    "“\(minority)” looks like a misspelling of “\(majority)” (\(majorityUses.count) use\(majorityUses.count == 1 ? "" : "s") of “\(majority)”, \(minorityUses.count) of “\(minority)”)",
                    at: minorityUses[0], related: related))
            }
        }
        return out
    }
}
