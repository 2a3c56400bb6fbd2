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
    /// Name runs of two or more words (the only ones the rules read), in document order.
    public var runs: [NameRun]
    public var surnameReferences: [SurnameReference]
    /// View ranges of quoted speech (runs there keep the speaker's spelling).
    public var quotations: [Range<Int>] { didSet { quoted = RangeLookup(quotations) } }
    /// `quotations` for lookups by offset in logarithmic time (a name rule asks once per name run:
    /// a scan of every quotation per run grew with the square of a long file).
    public var quoted = RangeLookup([])

    /// Whether view offset `offset` lies in a quotation (`quotations.contains { $0.contains(offset) }`).
    public func inQuotation(_ offset: Int) -> Bool { quoted.anyContains(offset) }
    /// The words of the article outside its headlines, read by the role and headline rules.
    public var bodyWords: BodyWords
    /// View offsets where sentences start in the view with quotations and code masked
    /// (`PersonMentions.sentenceStarts`), ascending.
    public var sentenceStarts: [Int]
    /// Whether the index was read with `NameScan`'s byte scanners: the view with code masked (and
    /// so the one with quotations masked too) is in its fast alphabet.
    public var fastAlphabet: Bool = false
    /// Indexes (into `sentenceStarts`) of sentences with a succession word ("succeeded",
    /// "replaced", "Nachfolger"): two holders of one role named there are a succession.
    public var transitionSentences: Set<Int> = []
    /// Source ranges of years after "in", "since", "from", "until" or "between", by sentence index
    /// (`RoleGrammar.Result.years`).
    public var years: [Int: [SourceRange]] = [:]

    /// Whether `mention` is named in a succession or a past tenure: its sentence holds a
    /// succession word ("succeeded", "replaced"), or a year ("in 2019") before the mention or
    /// within about ten words after it ("Ruiz, who retired in 2019"). A year later in a long
    /// sentence dates something else ("… villages that lost their only bus service in 2023").
    public func isDated(_ mention: RoleMention) -> Bool {
        if transitionSentences.contains(mention.sentence) { return true }
        return (years[mention.sentence] ?? []).contains { $0.start < mention.range.start || $0.start - mention.range.end <= 70 }
    }
    /// Whether the prose reads as German, where every noun is capitalized
    /// (`RoleGrammar.Result.german`).
    public var german: Bool = false
    /// Name words of people named with a past or temporary role (`RoleGrammar.Result.pastHolders`).
    public var pastHolders: Set<String> = []
    /// Name words of people named as a role's incoming holder (`RoleGrammar.Result.incomingHolders`).
    public var incomingHolders: Set<String> = []

    /// Name tokens of people the article introduces: every token of a run of two or more words,
    /// of every role mention ("President Trump") and of courtesy-title mentions with a full name.
    public var introducedTokens: Set<String> {
        var out = Set(mentions.filter { !$0.isHonorific || $0.name.count >= 2 }.flatMap(\.name))
        for r in runs where r.tokens.count >= 2 { out.formUnion(r.tokens) }
        return out
    }

    /// `introducedTokens` as a list (a token may repeat), for the few membership tests of one
    /// article, where hashing every token into a set costs more than comparing.
    var introducedTokenList: [String] {
        var out: [String] = []
        for m in mentions where (!m.isHonorific && !Self.titleOnly(m)) || m.name.count >= 2 { out += m.name }
        for r in runs where r.tokens.count >= 2 && !(r.tokens.count == 2 && Self.academicTitles.contains(r.tokens[0].lowercased())) {
            out += r.tokens
        }
        return out
    }

    /// Academic titles that are no role of the story when they stand alone before a family name
    /// ("Professor Okafor", "Doctor Hale"): like "Mr" or "Dr", they introduce nobody.
    static let academicTitles: Set<String> = ["professor", "prof", "doctor", "docteur", "doktor", "professeur", "profesor", "professora", "professore"]

    /// Whether `m` is an academic title and one family name, with nothing else of a role
    /// ("Professor Okafor"; not "Professor Ada Okafor", nor "the professor of surgery, Okafor").
    static func titleOnly(_ m: RoleMention) -> Bool {
        m.name.count == 1 && academicTitles.contains(m.role.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".")))
    }

    /// Whether `word` stands in the run `tokens` as part of a street or place name: the token
    /// after it is a street noun ("Harlan Road", `RoleWords.streetAfter`) or the token before it
    /// one that opens a street's name ("Calle Harlan", `RoleWords.streetBefore`).
    static func isStreet(_ tokens: [String], _ word: String, words: RoleWords = .shipped) -> Bool {
        guard let i = tokens.firstIndex(of: word) else { return false }
        if i + 1 < tokens.count, words.streetAfter.contains(tokens[i + 1].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))) { return true }
        if i >= 1, words.streetBefore.contains(tokens[i - 1].lowercased()) { return true }
        return false
    }

    /// Whether the word at `range` of `bytes` is part of a street or place name: the next word
    /// (over spaces) is a capitalized street noun ("Harlan Road"), or the word before is a
    /// street noun that opens a name ("Calle Harlan", "via Harlan"). Reads a few bytes each side.
    static func isStreetUse(_ bytes: [UInt8], _ range: Range<Int>, words: RoleWords = .shipped) -> Bool {
        var a = range.upperBound
        var spaces = 0
        while a < bytes.count, bytes[a] == 0x20, spaces < 2 { a += 1; spaces += 1 }
        if spaces >= 1, a < bytes.count, NameScan.isUpper(bytes[a]) {
            var e = a
            while e < bytes.count, e - a < 12, bytes[e] >= 0x80 || NameScan.isLetter(bytes[e]) { e += 1 }
            if words.streetAfter.contains(String(decoding: bytes[a..<e], as: UTF8.self).lowercased()) { return true }
        }
        var b = range.lowerBound
        spaces = 0
        while b > 0, bytes[b - 1] == 0x20, spaces < 2 { b -= 1; spaces += 1 }
        if spaces >= 1 {
            var s = b
            while s > 0, b - s < 12, bytes[s - 1] >= 0x80 || NameScan.isLetter(bytes[s - 1]) { s -= 1 }
            if s < b, words.streetBefore.contains(String(decoding: bytes[s..<b], as: UTF8.self).lowercased()) { return true }
        }
        return false
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
    /// - Parameter fastPath: scan text in `NameScan`'s fast alphabet with its byte scanners instead
    ///   of PCRE2 (the result is the same; `false` is the reference path for tests).
    /// - Throws: `RegexError` when PCRE2 gives up.
    static func build(_ context: RuleContext, fastPath: Bool = true) throws(RegexError) -> NameIndex {
        let masked = context.view(masking: [.quotations, .code])
        let matcher = PCRE2Matcher.forCurrentThread()
        // The fast path finds sentence starts and role windows in one pass.
        let (sentences, windows) = fastPath ? NameScan.sentenceStartsAndRoleWindows(masked.utf8)
            : (PersonMentions.sentenceStarts(masked.utf8), nil)
        let patternMentions = try PersonMentions.roleMentions(in: context.article, view: masked, sentences: sentences,
                                                              windowed: fastPath, windows: windows, matcher: matcher)
        // The person model's grammar: role phrases from word lists, appositives, courtesy titles
        // in five languages, one-word references anywhere in a sentence.
        let grammar = RoleGrammar.scan(masked, sentences: sentences, headlines: PersonMentions.headlineRanges(context.article))
        // The headline's words (lowercased): an organisation named there is the article's own.
        var headlineWords: Set<String> = []
        for r in PersonMentions.headlineRanges(context.article) where r.lowerBound >= 0 && r.upperBound <= masked.utf8.count {
            for w in String(decoding: masked.utf8[r], as: UTF8.self).lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
                headlineWords.insert(String(w))
            }
        }
        let mentions = RoleGrammar.merge(patternMentions, grammar.mentions, headlineWords: headlineWords)
        let view = context.view(masking: [.code])
        let fast = fastPath && NameScan.isFastAlphabet(view.utf8)
        var runs: [NameRun] = []
        if fast {
            for m in NameScan.runMatches(view.utf8) where m.multiWord { splitFast(m.range, in: view, into: &runs) }
        } else {
            for m in try matcher.matches(runPattern, in: view.utf8) {
                runs += split(m.range, in: view).filter { $0.tokens.count >= 2 }
            }
        }
        let references: [(range: Range<Int>, name: Range<Int>)]
        if fast {
            references = NameScan.surnameMatches(view.utf8)
        } else {
            references = try matcher.matches(surnamePattern, in: view.utf8).compactMap { m in
                m.groups.compactMap({ $0 }).first.map { (m.range, $0) }
            }
        }
        var refs: [SurnameReference] = []
        for (range, g) in references {
            let word = view.text(g)
            guard !notPeople.contains(word), !places.contains(word), !PersonMentions.stopTokens.contains(word.lowercased()) else { continue }
            // "according to Sui-Lee Wee": a hyphenated name goes on.
            if g.upperBound + 1 < view.utf8.count, view.utf8[g.upperBound] == 0x2D, NameScan.isUpper(view.utf8[g.upperBound + 1]) { continue }
            // "according to Graduationparty.com": a web site.
            if g.upperBound + 1 < view.utf8.count, view.utf8[g.upperBound] == 0x2E, NameScan.isLower(view.utf8[g.upperBound + 1]) { continue }
            // "Ford said it would recall the trucks": a body that speaks of itself as "it".
            if followedByIt(view.utf8, at: range.upperBound) { continue }
            // "J. Marrick said", "Mr. Marrick said": an initial or a title, not a sentence end.
            if g.lowerBound >= 2, view.utf8[g.lowerBound - 2] == 0x2E,
               PersonMentions.isAbbreviation(view.utf8, endingAt: g.lowerBound - 2) { continue }
            // "Traders said", "Hoteliers told": a plural noun opening the sentence.
            if word.hasSuffix("s"), !word.hasSuffix("ss"), PersonMentions.isSentenceStart(view.utf8, at: g.lowerBound) { continue }
            refs.append(SurnameReference(surname: word, range: view.sourceRange(g)))
        }
        // One-word references the grammar found (any position in a sentence, five languages).
        let known = Set(refs.map(\.range.start))
        for (word, g) in grammar.references {
            guard !notPeople.contains(word), !places.contains(word), !PersonMentions.stopTokens.contains(word.lowercased()) else { continue }
            let r = masked.sourceRange(g)
            guard !known.contains(r.start) else { continue }
            // "Hospitals said", "Rescuers told": a plural noun opening the sentence (not "Reyes,
            // the residents' lawyer, said": `RoleGrammar.Result.singularReferences`).
            if word.hasSuffix("s"), !word.hasSuffix("ss"), !grammar.singularReferences.contains(g.lowerBound),
               PersonMentions.isSentenceStart(masked.utf8, at: g.lowerBound) { continue }
            if g.lowerBound >= 2, masked.utf8[g.lowerBound - 2] == 0x2E,
               PersonMentions.isAbbreviation(masked.utf8, endingAt: g.lowerBound - 2) { continue }
            refs.append(SurnameReference(surname: word, range: r))
        }
        for mention in mentions where (mention.isHonorific || titleOnly(mention)) && mention.name.count == 1 {
            let start = mention.range.end - mention.name[0].utf8.count
            refs.append(SurnameReference(surname: mention.name[0], range: SourceRange(start: start, end: mention.range.end)))
        }
        refs.sort { $0.range.start < $1.range.start }
        var lastStart = -1
        refs = refs.filter { r in defer { lastStart = r.range.start }; return r.range.start != lastStart }
        var index = NameIndex(mentions: mentions, runs: runs, surnameReferences: refs, quotations: context.article.quotationRanges,
                              bodyWords: BodyWords(context.article), sentenceStarts: sentences, fastAlphabet: fast)
        index.quoted = RangeLookup(index.quotations)
        index.transitionSentences = grammar.transitionSentences
        for y in grammar.years { index.years[y.sentence, default: []].append(masked.sourceRange(y.range)) }
        index.german = grammar.german
        index.pastHolders = grammar.pastHolders
        index.incomingHolders = grammar.incomingHolders
        // Quoted speech is masked for mentions, but "former Vice President Biden" in a quotation
        // still tells who is a past holder.
        if !index.quotations.isEmpty {
            index.pastHolders.formUnion(RoleGrammar.pastHolders(in: view.utf8, ranges: index.quotations))
        }
        return index
    }

    /// Whether the speech verb ending at `offset` is followed by "it" or "its", directly or after
    /// "that" ("Hamas said it", "Ford said that its trucks"): the speaker is a body, not a person.
    static func followedByIt(_ bytes: [UInt8], at offset: Int) -> Bool {
        // Byte test first; the `String` test only when a non-ASCII character follows a match (it
        // could be a combining mark, which makes the last character another one).
        let end = min(bytes.count, offset + 16)
        var hit = false
        for p in followers where offset + p.count <= end && bytes[offset..<offset + p.count].elementsEqual(p) {
            hit = true
            if offset + p.count < bytes.count, bytes[offset + p.count] >= 0x80 { hit = false; break }
        }
        if hit { return true }
        guard bytes[offset..<end].contains(where: { $0 >= 0x80 }) else { return false }
        let tail = String(decoding: bytes[offset..<end], as: UTF8.self)
        return [" it ", " its ", " that it ", " that its "].contains { tail.hasPrefix($0) }
    }

    static let followers: [[UInt8]] = [" it ", " its ", " that it ", " that its "].map { Array($0.utf8) }

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
        // Spanish, Portuguese, French, Italian and German sentence openers: "Según Gutiérrez", "Selon Leclerc".
        "Según", "Segundo", "Para", "Pero", "Como", "Desde", "Tras", "Ante", "Durante", "Aunque", "Ayer", "Hoy",
        "Ontem", "Hoje", "Após", "Apesar", "Selon", "Pour", "Mais", "Depuis", "Après", "Avant", "Pendant", "Hier",
        "Secondo", "Dopo", "Prima", "Oggi", "Ieri", "Laut", "Nach", "Gestern", "Heute", "Zudem", "Auch", "Doch",
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

extension NameIndex {
    static let leadingTitleSet = ByteWordSet(leadingTitles)
    static let sentenceOpenerSet = ByteWordSet(sentenceOpeners)
    static let stopTokenSet = ByteWordSet(PersonMentions.stopTokens)
    static let suffixTitleSet = ByteWordSet(["Jr.", "Sr.", "St."])

    /// `split(_:in:)` on the fast alphabet (`NameScan`), byte by byte: the same cuts, keeping only
    /// runs of two or more words, appended to `out`. One character is one scalar there, so a
    /// character count is a count of bytes that are not UTF-8 continuation bytes.
    static func splitFast(_ range: Range<Int>, in view: TextView, into out: inout [NameRun]) {
        let leadingTitleSet = leadingTitleSet, sentenceOpenerSet = sentenceOpenerSet
        let stopTokenSet = stopTokenSet, suffixTitleSet = suffixTitleSet
        view.utf8.withUnsafeBufferPointer { b in
            func chars(_ s: Int, _ e: Int) -> Int {
                var n = 0
                for i in s..<e where b[i] & 0xC0 != 0x80 { n += 1 }
                return n
            }
            func lowerFirst(_ t: (Int, Int)) -> Bool { t.1 > t.0 && NameScan.isLower(b[t.0]) }
            var current: [(Int, Int)] = []   // token start, end (view offsets)
            func flush() {
                while let first = current.first {
                    var drop = lowerFirst(first) || leadingTitleSet.contains(b, first.0..<first.1)
                    if !drop {
                        // The first non-empty hyphen-separated part ("Vice-President" → "Vice").
                        var s = first.0
                        while s < first.1, b[s] == 0x2D { s += 1 }
                        var e = s
                        while e < first.1, b[e] != 0x2D { e += 1 }
                        drop = e > s && leadingTitleSet.contains(b, s..<e)
                    }
                    guard drop else { break }
                    current.removeFirst()
                }
                while let last = current.last, lowerFirst(last) { current.removeLast() }
                if current.count >= 2, current.contains(where: { chars($0.0, $0.1) >= 2 && b[$0.1 - 1] != 0x2E }) {
                    let tokens = current.map { String(decoding: UnsafeBufferPointer(rebasing: b[$0.0..<$0.1]), as: UTF8.self) }
                    let r = view.sourceRange(current[0].0..<current[current.count - 1].1)
                    out.append(NameRun(tokens: tokens, range: r, offset: current[0].0))
                }
                current.removeAll(keepingCapacity: true)
            }
            var i = range.lowerBound
            let upper = range.upperBound
            let atSentenceStart = PersonMentions.isSentenceStart(view.utf8, at: range.lowerBound)
            while i < upper {
                while i < upper, NameScan.isHSpace(b[i]) { i += 1 }
                var j = i
                while j < upper, !NameScan.isHSpace(b[j]) { j += 1 }
                guard i < j else { break }
                var end = j
                var closes = false
                // The suffixes "’s", "'s", "’", "'", in this order, each after the last.
                if end - i >= 4, b[end - 1] == 0x73, NameScan.isApostrophe(b, end - 4) { end -= 4; closes = true }
                if end - i >= 2, b[end - 1] == 0x73, b[end - 2] == 0x27 { end -= 2; closes = true }
                if end - i >= 3, NameScan.isApostrophe(b, end - 3) { end -= 3; closes = true }
                if end - i >= 1, b[end - 1] == 0x27 { end -= 1; closes = true }
                if end > i, b[end - 1] == 0x2E, chars(i, end) > 2, !leadingTitleSet.contains(b, i..<end),
                   !suffixTitleSet.contains(b, i..<end) {
                    end -= 1; closes = true   // a sentence end
                }
                var sentenceWord = false
                if atSentenceStart && i == range.lowerBound {
                    sentenceWord = sentenceOpenerSet.contains(b, i..<end)
                        || (end - i >= 2 && b[end - 2] == 0x6C && b[end - 1] == 0x79 && chars(i, end) > 4)
                }
                var digit = false
                for k in i..<end where b[k] &- 0x30 < 10 { digit = true; break }
                if sentenceWord || stopTokenSet.contains(b, i..<end, lowercased: true) || digit {
                    flush()
                } else if lowerFirst((i, end)) {
                    current.append((i, end))   // a particle
                } else {
                    current.append((i, end))
                    if closes { flush() }
                }
                i = j
            }
            flush()
        }
    }
}

/// The words of an article outside its headlines, as written (a possessive "’s" removed):
/// maximal runs of ASCII letters, digits, hyphens and non-ASCII bytes in the prose, each whose
/// start is not in a headline range (`PersonMentions.headlineRanges`).
public struct BodyWords: Sendable {
    let bytes: [UInt8]
    let headlines: [Range<Int>]

    init(_ article: Article) {
        bytes = article.prose.utf8
        headlines = PersonMentions.headlineRanges(article)
    }

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        b >= 0x80 || ByteText.isASCIIAlnum(b) || b == 0x2D
    }

    /// Whether `word` is one of the words. An ASCII word is looked for byte by byte; any other
    /// (or prose holding U+212A KELVIN SIGN, which Swift equates with "K") reads the whole set.
    public func contains(_ word: String) -> Bool {
        let w = Array(word.utf8)
        guard !w.isEmpty, w.allSatisfy({ $0 < 0x80 }),
              ByteText.find([0xE2, 0x84, 0xAA], in: bytes) == nil else { return all.contains(word) }
        // A word holds only word bytes, so a word with any other never matches.
        guard w.allSatisfy(Self.isWordByte) else { return false }
        var from = 0
        while let s = ByteText.find(w, in: bytes, from: from) {
            from = s + 1
            if s > 0, Self.isWordByte(bytes[s - 1]) { continue }
            let e = s + w.count
            var end = e
            if e < bytes.count, Self.isWordByte(bytes[e]) {
                // Only "’s" may follow, and end the word.
                guard e + 4 <= bytes.count, bytes[e] == 0xE2, bytes[e + 1] == 0x80, bytes[e + 2] == 0x99, bytes[e + 3] == 0x73,
                      e + 4 == bytes.count || !Self.isWordByte(bytes[e + 4]) else { continue }
                end = e + 4
            }
            _ = end
            if !headlines.contains(where: { $0.contains(s) }) { return true }
        }
        return false
    }

    /// Every word (the reference form of `contains`).
    var all: Set<String> {
        var words: Set<String> = []
        var start: Int? = nil
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

/// Ranges (in any order, overlapping or not) looked up by offset or by a range they must contain,
/// in logarithmic time: sorted by their start, with the largest end of each prefix.
public struct RangeLookup: Sendable {
    private var starts: [Int] = []
    private var maxEnds: [Int] = []

    public init(_ ranges: [Range<Int>]) {
        let sorted = ranges.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        starts = sorted.map(\.lowerBound)
        var m = Int.min
        maxEnds = sorted.map { m = max(m, $0.upperBound); return m }
    }

    /// The number of ranges starting at or before `offset`.
    private func count(startingAtOrBefore offset: Int) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Whether some range contains `offset` (`ranges.contains { $0.contains(offset) }`).
    public func anyContains(_ offset: Int) -> Bool {
        let n = count(startingAtOrBefore: offset)
        return n > 0 && maxEnds[n - 1] > offset
    }

    /// Whether some range holds all of `start..<end` (`ranges.contains { $0.lowerBound <= start && end <= $0.upperBound }`;
    /// ranges that are empty never count).
    public func anyHolds(_ start: Int, _ end: Int) -> Bool {
        let n = count(startingAtOrBefore: start)
        return n > 0 && maxEnds[n - 1] >= end
    }
}
