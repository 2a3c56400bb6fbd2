import FidelintCore
import FidelintRegex
import Foundation

/// A run of capitalized words that may be a person's full name ("Ilse Marrick", "Yoon Suk-yeol"),
/// with role words, courtesy titles and headline verbs cut off.
public struct NameRun: Sendable, Hashable {
    /// Tokens as written, possessive removed.
    public var tokens: [String]
    /// The tokens in the source.
    public var range: SourceRange
    /// View offset of the first token.
    public var offset: Int

    public var text: String { tokens.joined(separator: " ") }
}

/// A person referred to by one word: "Marrick said", "according to Marrick", "Mr. Marrick".
public struct SurnameReference: Sendable, Hashable {
    public var surname: String
    public var range: SourceRange
}

/// Everything the name rules read about one article, built once per article and shared through
/// `RuleContext.shared`: role mentions (quotations masked), capitalized name runs and one-word
/// references (code masked only).
public struct NameIndex: Sendable {
    public var mentions: [RoleMention]
    public var runs: [NameRun]
    public var surnameReferences: [SurnameReference]
    /// View ranges of quoted speech (runs there keep the speaker's spelling).
    public var quotations: [Range<Int>]
    /// The words of the article outside its headlines (`bodyWords(_:)`), read by the role and
    /// headline rules.
    public var bodyWords: Set<String>

    /// Name tokens of people the article introduces: every token of a run of two or more words,
    /// of every role mention ("President Trump") and of courtesy-title mentions with a full name.
    public var introducedTokens: Set<String> {
        var out = Set(mentions.filter { !$0.isHonorific || $0.name.count >= 2 }.flatMap(\.name))
        for r in runs where r.tokens.count >= 2 { out.formUnion(r.tokens) }
        return out
    }

    /// Particles that may stand inside a name ("Ludwig van Beethoven", "Osama bin Laden").
    static let particles = "van|von|de|der|den|da|di|du|del|bin|ibn|al|el|le|la"

    /// Runs of capitalized words, with particles between them.
    static let runPattern: PCRE2Regex = {
        let token = #"\p{Lu}[\p{L}’'\-]*\.?"#
        // Possessive repeats: nothing follows, so no backtracking is needed, and a run of many
        // thousands of capitalized words does not exhaust PCRE2's JIT stack.
        let p = "\\b\(token)(?:\\h+(?:(?:\(particles))[\\h-]+)*+\(token))*+"
        do { return try PCRE2Regex(p, options: .init(caseless: false)) } catch { fatalError("\(error)") }
    }()

    /// One-word references: a capitalized word before a speech verb (at a line or sentence start
    /// or after a comma, never after another name word or an initial), after "according to", or
    /// after "said" at a clause end.
    static let surnamePattern: PCRE2Regex = {
        let verbs = "said|says|told|added|noted|argued|explained|wrote|recalled|continued|insisted|acknowledged|stressed|replied|answered|conceded|admitted|warned|testified"
        let p = #"(?<![\p{L}’'\-]\h)(?<![\p{L}’'\-])\b(\p{Lu}\p{Ll}[\p{Ll}’'\-]+)\h+(?:"# + verbs + #")\b|according\h+to\h+(\p{Lu}\p{Ll}[\p{Ll}\-]+)\b(?!\h*[\p{Lu}&])|\bsaid\h+(\p{Lu}\p{Ll}[\p{Ll}\-]+)(?=[.,;])"#
        do { return try PCRE2Regex(p, options: .init(caseless: false)) } catch { fatalError("\(error)") }
    }()

    /// Capitalized words that are not people when used alone before "said": pronouns, common
    /// subjects at a sentence start, institutions, news agencies and places that speak in news.
    static let notPeople: Set<String> = [
        "He", "She", "It", "They", "We", "You", "This", "That", "These", "Those", "Who", "One", "Some", "Many",
        "Most", "Others", "Both", "All", "Each", "Everyone", "Nobody", "Someone", "Everybody", "Somebody",
        "Anybody", "Anyone", "None", "Neither", "Either", "Few", "Several", "Another", "Officials", "Police",
        "Analysts", "Critics", "Residents", "Experts", "Authorities", "Investigators", "Prosecutors",
        "Witnesses", "Sources", "Spokesman", "Spokeswoman", "Spokesperson", "Ministry", "Government",
        "Company", "Researchers", "Scientists", "Doctors", "Lawyers", "Organizers", "Organisers",
        "Officers", "Observers", "Economists", "Diplomats", "Supporters", "Opponents", "Protesters",
        "Voters", "Parents", "Students", "Teachers", "Workers", "Employees", "Managers", "Leaders",
        "Members", "Democrats", "Republicans", "Conservatives", "Liberals", "Authors", "Regulators",
        "Reuters", "Bloomberg", "Yonhap", "Xinhua", "Kyodo", "Interfax", "Tass", "Pentagon", "Kremlin",
        "Washington", "Beijing", "Moscow", "Seoul", "Tokyo", "London", "Paris", "Berlin", "Brussels",
        "Kyiv", "Kiev", "Tehran", "Pyongyang", "Ottawa", "Rome", "Dushanbe", "Bishkek", "Ankara", "Delhi",
        "Congress", "Parliament", "Senate", "Court", "Judge", "Statement", "Data", "Reports", "Report",
        "Google", "Apple", "Microsoft", "Amazon", "Meta", "Facebook", "Twitter", "Samsung", "Toyota",
        "Nvidia", "Tesla", "Boeing", "Airbus", "Intel", "Netflix", "Spotify", "Uber", "Disney",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        // One-word bodies that speak in news without a full name.
        "Nato", "Opec", "Hamas", "Hezbollah", "Taliban", "Houthis", "Unicef", "Unesco", "Unhcr", "Interpol",
        "Europol", "Frontex", "Eurostat", "Fifa", "Uefa", "Nasa", "Ofcom", "Ofgem", "Ofsted", "Moody’s",
        "Moody's", "Fitch", "Amnesty", "Greenpeace", "Oxfam", "Harvard", "Stanford", "Oxford", "Cambridge",
        "Yale", "Princeton", "Goldman", "Citi", "Citigroup", "Barclays", "Nomura", "Sony", "Honda", "Nissan",
        "Hyundai", "Volkswagen", "Siemens", "Nokia", "Ericsson", "Alibaba", "Tencent", "Huawei", "Xiaomi",
        "Baidu", "Foxconn", "Aramco", "Gazprom", "Rosneft", "Shell", "Exxon", "Chevron", "Walmart", "Tesco",
        "Lufthansa", "Ryanair", "Airbnb", "Unilever", "Nestle", "Nestlé", "Pfizer", "Moderna", "Starbucks",
        "Nike", "Ford", "Stellantis", "Renault", "Eskom", "Petrobras", "Anthropic", "Nintendo", "Paypal",
    ]

    /// Places that speak in news ("Israel said", "Virginia said"): one-word English short names of
    /// the ISO 3166-1 countries (and common short forms), continents and regions, and the US
    /// states; never taken for a person's surname.
    static let places: Set<String> = [
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia", "Austria",
        "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin",
        "Bhutan", "Bolivia", "Bosnia", "Botswana", "Brazil", "Britain", "Brunei", "Bulgaria", "Burma", "Burundi",
        "Cambodia", "Cameroon", "Canada", "Chad", "Chile", "China", "Colombia", "Comoros", "Congo", "Croatia",
        "Cuba", "Cyprus", "Czechia", "Denmark", "Djibouti", "Dominica", "Ecuador", "Egypt", "England", "Eritrea",
        "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Gaza", "Georgia",
        "Germany", "Ghana", "Greece", "Greenland", "Grenada", "Guatemala", "Guinea", "Guyana", "Haiti",
        "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy",
        "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Korea", "Kosovo", "Kuwait",
        "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania",
        "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Mauritania", "Mauritius",
        "Mexico", "Micronesia", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique",
        "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands", "Nicaragua", "Niger", "Nigeria", "Norway", "Oman",
        "Pakistan", "Palau", "Palestine", "Panama", "Paraguay", "Peru", "Philippines", "Poland", "Portugal",
        "Qatar", "Romania", "Russia", "Rwanda", "Samoa", "Scotland", "Senegal", "Serbia", "Seychelles",
        "Singapore", "Slovakia", "Slovenia", "Somalia", "Spain", "Sudan", "Suriname", "Sweden", "Switzerland",
        "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Tibet", "Togo", "Tonga", "Tunisia", "Turkey",
        "Türkiye", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "Uruguay", "Uzbekistan", "Vanuatu",
        "Venezuela", "Vietnam", "Wales", "Yemen", "Zambia", "Zimbabwe",
        "Africa", "America", "Americas", "Antarctica", "Arctic", "Asia", "Balkans", "Caribbean", "Caucasus",
        "Europe", "Oceania", "Scandinavia",
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Carolina", "Colorado", "Connecticut",
        "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
        "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
        "Montana", "Nebraska", "Nevada", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas",
        "Utah", "Vermont", "Virginia", "Wisconsin", "Wyoming",
    ]

    /// Builds the index of `context`'s article.
    /// - Throws: `RegexError` when PCRE2 gives up.
    static func build(_ context: RuleContext) throws(RegexError) -> NameIndex {
        let masked = context.view(masking: [.quotations, .code])
        let mentions = try PersonMentions.roleMentions(in: context.article, view: masked)
        let view = context.view(masking: [.code])
        let matcher = PCRE2Matcher.forCurrentThread()
        var runs: [NameRun] = []
        for m in try matcher.matches(runPattern, in: view.utf8) {
            runs += split(m.range, in: view)
        }
        var refs: [SurnameReference] = []
        for m in try matcher.matches(surnamePattern, in: view.utf8) {
            guard let g = m.groups.compactMap({ $0 }).first else { continue }
            let word = view.text(g)
            guard !notPeople.contains(word), !places.contains(word), !PersonMentions.stopTokens.contains(word.lowercased()) else { continue }
            // "Ford said it would recall the trucks": a body that speaks of itself as "it".
            if followedByIt(view.utf8, at: m.range.upperBound) { continue }
            // "J. Marrick said", "Mr. Marrick said": an initial or a title, not a sentence end.
            if g.lowerBound >= 2, view.utf8[g.lowerBound - 2] == 0x2E,
               PersonMentions.isAbbreviation(view.utf8, endingAt: g.lowerBound - 2) { continue }
            // "Traders said", "Hoteliers told": a plural noun opening the sentence.
            if word.hasSuffix("s"), !word.hasSuffix("ss"), PersonMentions.isSentenceStart(view.utf8, at: g.lowerBound) { continue }
            refs.append(SurnameReference(surname: word, range: view.sourceRange(g)))
        }
        for mention in mentions where mention.isHonorific && mention.name.count == 1 {
            let start = mention.range.end - mention.name[0].utf8.count
            refs.append(SurnameReference(surname: mention.name[0], range: SourceRange(start: start, end: mention.range.end)))
        }
        refs.sort { $0.range.start < $1.range.start }
        return NameIndex(mentions: mentions, runs: runs, surnameReferences: refs, quotations: context.article.quotationRanges,
                         bodyWords: bodyWords(context))
    }

    /// Whether the speech verb ending at `offset` is followed by "it" or "its", directly or after
    /// "that" ("Hamas said it", "Ford said that its trucks"): the speaker is a body, not a person.
    static func followedByIt(_ bytes: [UInt8], at offset: Int) -> Bool {
        let tail = String(decoding: bytes[offset..<min(bytes.count, offset + 16)], as: UTF8.self)
        return [" it ", " its ", " that it ", " that its "].contains { tail.hasPrefix($0) }
    }

    /// The words of the article outside its headline, as written.
    static func bodyWords(_ context: RuleContext) -> Set<String> {
        let view = context.article.prose
        let headlines = PersonMentions.headlineRanges(context.article)
        var words: Set<String> = []
        var start: Int? = nil
        let bytes = view.utf8
        for i in 0...bytes.count {
            let b = i < bytes.count ? bytes[i] : 0x20
            let isWord = b >= 0x80 || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D
            if isWord { if start == nil { start = i } }
            else if let s = start {
                if !headlines.contains(where: { $0.contains(s) }) {
                    var w = String(decoding: bytes[s..<i], as: UTF8.self)
                    if w.hasSuffix("’s") { w = String(w.dropLast(2)) }
                    words.insert(w)
                }
                start = nil
            }
        }
        return words
    }

    /// Role words and courtesy titles at the start of a run are not part of the name.
    static let leadingTitles: Set<String> = [
        "President", "Vice", "Prime", "Minister", "Premier", "Chancellor", "Mayor", "Governor", "Secretary",
        "CEO", "Chief", "Executive", "Chairman", "Chairwoman", "Chair", "King", "Queen", "Senator", "Speaker",
        "Emperor", "Ambassador", "Commissioner", "Judge", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sen.",
        "Rep.", "Gov.", "Mr", "Mrs", "Ms", "Dr", "Former", "Foreign", "Finance", "Defense", "Defence",
        "Transport", "Trade", "Interior", "Deputy", "State", "General", "Gen.", "Pope", "Sir", "Dame",
        "Lord", "Lady", "Prince", "Princess", "Crown",
    ]

    /// Capitalized words that open sentences and are never part of a name.
    static let sentenceOpeners: Set<String> = [
        "Later", "Meanwhile", "Yesterday", "Today", "Tomorrow", "Earlier", "However", "Also", "Still", "Then",
        "Now", "Instead", "Afterward", "Afterwards", "Separately", "Here", "There", "When", "While", "If", "But",
        "So", "Yet", "Asked", "Speaking", "Last", "This", "Next", "Both", "Neither", "Every", "Each", "Although",
        "Though", "Because", "Since", "Until", "Once", "Despite", "Thanks", "Like", "Unlike", "Under", "Without",
        "Within", "Among", "Between", "Through", "Across", "Following", "Including", "Please", "Welcome",
    ]

    /// Splits one capitalized run into name runs: cut at headline verbs, function words, months
    /// and days (`PersonMentions.stopTokens`), drop leading titles, keep runs of letters only.
    static func split(_ range: Range<Int>, in view: TextView) -> [NameRun] {
        var out: [NameRun] = []
        var current: [(String, Int, Int)] = []   // token, start, end (view offsets)
        func flush() {
            while let first = current.first, leadingTitles.contains(first.0) || first.0.first?.isLowercase == true
                    || leadingTitles.contains(first.0.split(separator: "-").first.map(String.init) ?? "") { current.removeFirst() }
            while let last = current.last, last.0.first?.isLowercase == true { current.removeLast() }
            if !current.isEmpty, current.contains(where: { $0.0.count >= 2 && !$0.0.hasSuffix(".") }) {
                let r = view.sourceRange(current[0].1..<current[current.count - 1].2)
                out.append(NameRun(tokens: current.map(\.0), range: r, offset: current[0].1))
            }
            current = []
        }
        let bytes = view.utf8
        var i = range.lowerBound
        let atSentenceStart = PersonMentions.isSentenceStart(bytes, at: range.lowerBound)
        while i < range.upperBound {
            while i < range.upperBound, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
            var j = i
            while j < range.upperBound, bytes[j] != 0x20, bytes[j] != 0x09 { j += 1 }
            guard i < j else { break }
            var token = String(decoding: bytes[i..<j], as: UTF8.self)
            var end = j
            var closes = false
            for suffix in ["’s", "'s", "’", "'"] where token.hasSuffix(suffix) {
                token = String(token.dropLast(suffix.count)); end -= suffix.utf8.count; closes = true
            }
            if token.hasSuffix("."), token.count > 2, !leadingTitles.contains(token), !["Jr.", "Sr.", "St."].contains(token) {
                token = String(token.dropLast()); end -= 1; closes = true   // a sentence end
            }
            let sentenceWord = atSentenceStart && i == range.lowerBound
                && (sentenceOpeners.contains(token) || (token.hasSuffix("ly") && token.count > 4))
            if sentenceWord || PersonMentions.stopTokens.contains(token.lowercased()) || token.contains(where: \.isNumber) {
                flush()
            } else if token.first?.isLowercase == true {
                current.append((token, i, end))   // a particle
            } else {
                current.append((token, i, end))
                if closes { flush() }
            }
            i = j
        }
        flush()
        return out
    }
}

extension Rule {
    /// The article's name index, built once and shared by every name rule.
    /// - Throws: `RuleError` naming this rule when PCRE2 gives up.
    func nameIndex(_ context: RuleContext) throws -> NameIndex {
        do {
            return try context.shared("fidelint.names") { () throws -> NameIndex in try NameIndex.build(context) }
        } catch let e as RegexError {
            throw RuleError(ruleId: description.identifier, message: e.description)
        }
    }
}
