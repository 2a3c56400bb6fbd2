import FidelintCore
import Foundation

/// One role bound to two different people in one article: the headline says "President Lee" and
/// the lede "President Yoon Suk-yeol", or the body names "Superintendent Lorraine Abernathy" and
/// later "Superintendent Gideon Farrowby". Roles come from the title pattern and the role grammar
/// (`RoleGrammar`: "Fire Chief", "the club's team manager, Dana Holt", "Ana Ruiz, the city's
/// mayor"), a bare role ("Commissioner Reyes", "Chair Delgado") holding the article's one qualified
/// office of that head ("Police Commissioner", "Port Commission chair"). Each person is weighed by
/// all their mentions (every use of the family name, "Ruiz said" included); the heavier is taken
/// as right (on a tie, the one named first, the headline counting as first), and each other person
/// is reported at their first mention, with the mentions of both related. One mention against one
/// is a conflict. A role may be told in any of six languages and shapes: a domain after "of" ("the
/// director of public health" is the "public health director"), Romance adjectives after the head
/// ("el delegado territorial", "o secretário municipal de Saúde"), a portfolio ("l'assessora ai
/// Trasporti"), a German compound ("Landesverkehrsministerin", whose short form is
/// "Verkehrsministerin"), a relative clause ("Lady Justice Imogen Farraday, who presided over the
/// panel" holds the article's "presiding judge"). One family name under two given names in one
/// office ("Head teacher Sarah Okafor" / "Susan Okafor") is two people (a short form, "Tom" /
/// "Thomas", is one). A role many hold at once ("Judge") given to a fully named holder and later
/// to one the article never introduces ("Judge Rennick") is the same office renamed
/// (`unintroducedSharedHolders`); a street named for a surname ("Harlan Road") introduces no
/// judge Harlan (`NameIndex.isStreetUse`).
/// One office may go by several names when an organisation qualifies it: a club's "manager",
/// "head coach", "técnico", "treinador", "entrenador", "allenatore" or "Trainer" are one office
/// (`RoleWords.roleClasses`, data in `role-words.yml`), and a club's demonym after a Romance role
/// names the club ("o técnico gremista" is "o técnico do Grêmio"). A role's incoming holder ("the
/// new mayor", "il neosindaco", "Marco Benassi è il nuovo sindaco", "la alcaldesa electa",
/// "Benassi eletto sindaco") holds an office of its own: two incoming holders of one role
/// conflict, an incoming holder and the role's present one never do.
///
/// Precision guards: qualifiers separate offices ("former President", "Vice President",
/// "Chinese President", "Norvessa's prime minister", "the clinic's medical director", "Mayor Tomas
/// Brill of Estrel"; see `PersonMentions`, `RoleGrammar`); past, temporary and candidate holders
/// ("former", "interim", "nominee for governor", also inside quotations) are never in conflict;
/// a role owned through a pronoun ("Their manager, Paula Gresham") is another body's; names that
/// share a family name are one family (unless both are named in full with two given names under
/// the one office); a sentence with a succession word ("succeeded", "retired") tells of two
/// holders in turn, and so does a year ("in 2019") before the mention or right after it
/// (`NameIndex.isDated`); a body opening the sentence holds the role named after it ("At
/// Northfield, head teacher Simone Achebe"); two people ever named in one sentence are two real
/// holders (a list of officials, a summit); a sentence opened by another body ("Do lado do
/// Atlético, o técnico …", "For United, head coach …") gives the role that body's key; a person also named with a role of another country
/// holds that office; roles many hold at once ("Senator", "Judge", a bare "Minister" or "coach")
/// never conflict, save the never-introduced holder above; two registry people named once each
/// are the stale-office rule's case.
///
/// Pattern source: the seed article (headline "President Lee", line 8 "President Yoon
/// Suk-yeol"), `../shared/cases/TAXONOMY.md` §12 name_inconsistency, issue 14 (capability 3).
public struct RoleConflictRule: Rule {
    let entities: EntityRegistry

    /// - Parameter entities: people and offices, to tell two offices with one title apart.
    public init(entities: EntityRegistry = EntityRegistry()) {
        self.entities = entities
    }

    public let description = RuleDescription(
        identifier: "role_conflict", name: "Role Conflict",
        summary: "The same role is given to two different people in one article.",
        category: .nameInconsistency, defaultSeverity: .warning,
        origin: "seed article lines 4 and 8; TAXONOMY §12 name_inconsistency; issue 14 (person model)",
        triggeringExamples: [
            Example("President Lee Emphasizes Partnership with Tajikistan\n\n↓President Yoon Suk-yeol underscored the importance of ties.\nPresident Lee highlighted trade.\n"),
            Example("President Halvorsen Pledges Flood Aid\n\n↓President Ilse Marrick on Tuesday promised emergency funds.\nPresident Halvorsen later agreed.\n"),
            Example("Mayor Dara Quillon opened the bridge on Monday.\nLater, ↓Mayor Tomas Brill said repairs were finished.\nMayor Quillon thanked the crews.\n"),
            Example("President Lee Visits Seoul\n\n↓President Kim Ha-neul said the talks went well.\nLee's aides agreed.\n"),
            Example("Harbour Talks\n\nReporters later asked President Lee. ↓President Kim Ha-neul said the talks went well. President Lee agreed.\n"),
            Example("District Moves Term\n\nSuperintendent Lorraine Abernathy said boilers would be fixed.\nFamilies will get calendars.\n↓Superintendent Gideon Farrowby said the year stays.\n"),
            Example("Park Patrols\n\nParks Commissioner Ada Kerr said patrols would double.\nKerr said vandalism rose.\n↓Commissioner Vandermeer said the lake was covered.\n"),
            Example("Derby Draw\n\nThe club's team manager, Rosalind Pruett, praised the side.\nPruett said the point mattered.\nAfter the match ↓manager Okonkwo said the club was safe.\n"),
            Example("Unit Stays Open\n\nThe unit stays open after Health Minister Rhodri Pritchard overruled the board.\n\n↓Health Minister Owain Hughes said funding would follow.\n"),
            Example("President Lee Visits Dushanbe\n\n↓President Yoon Suk-yeol underscored ties.\nAs President Lee emphasized, trade will grow.\n"),
            Example("Forecast Raised\n\nQuillmark's chief operating officer, Denise Arkwright, spoke.\nArkwright said demand rose.\n↓Chief operating officer Samuel Ebbe said supply eased.\n"),
            Example("Title Kept\n\nJonas Kessler won. Kessler said he was tired. His coach, Dieter Hallmann, agreed.\nThe crowd cheered.\nKessler's ↓coach, Rainer Vogt, said he would rest.\n"),
            Example("School Inspection\n\nHeadteacher Anjali Rao spoke.\nRao said reading improved.\nThe school's ↓headteacher, Mrs Gwen Pritchard, said a classroom would open.\n"),
            // A domain after "of" is the role's domain; a role told by a verb; a German compound
            // role and its short form; a role many hold, given to a holder never introduced; one
            // family name under two given names.
            Example("Measles\n\nThe county's director of public health, Dr Anjali Verhoeven, spoke.\nVerhoeven said cases rose.\nDr ↓Hannah Verhoef, the county's public health director, said it was early.\n"),
            Example("Appeal\n\nLady Justice Imogen Farraday, who presided over the panel, gave judgment.\nThe tenants won.\nThe ↓presiding judge, Lord Justice Alaric Penhaligon, said the procedure mattered.\n"),
            Example("Bahn\n\nLandesverkehrsministerin Carola Wendling sprach von einer Pause.\nDie Strecke ist alt.\n↓Verkehrsministerin Kessler kündigte Busse an.\n"),
            Example("Sentencing\n\nJudge Miriam Oduya told him he had betrayed trust.\nThe charity lost money.\n↓Judge Rennick said the offending was aggravated.\n"),
            Example("School Grows\n\nHead teacher Sarah Okafor said classrooms would be added.\nParents complained.\n↓Head teacher Susan Okafor said teachers would be hired.\n"),
            // One club's manager and head coach are one office (`RoleWords.roleClasses`); a club's
            // demonym names the club; two incoming holders of one office; a judge never introduced
            // whose name is also a street's.
            Example("Harriers Sign Winger\n\nHarriers manager Lorna Baptiste praised the deal.\nBaptiste said he was quick.\nLater, Harriers ↓head coach Declan Moyo said he would start.\n"),
            Example("Clássico\n\nO técnico do Grêmio, Renato Zanella, mexeu no time.\nZanella elogiou o grupo.\nPara o ↓técnico gremista Adilson Brandão, a vitória foi justa.\n"),
            Example("Benassi eletto sindaco\n\nMarco Benassi è il nuovo sindaco di Sarzana.\nBenassi ha festeggiato in piazza.\nIl ↓neosindaco Paolo Gualtieri ha convocato il consiglio.\n"),
            Example("Sentencing\n\nDarren Kettley, of Harlan Road, admitted fraud.\nJudge Miriam Oakes jailed him.\nThe victims wept.\n↓Judge Harlan said the harm was high.\n"),
            // A feminine and a masculine form of one office; two roles joined by "and"; a
            // council's leader; a trial's prosecutor never introduced.
            Example("Agua\n\nLa alcaldesa, Inmaculada Berrocal, defendió la tasa.\nBerrocal habló de multas.\nEl ↓alcalde, Julián Sotomayor, prometió revisarla.\n"),
            Example("Launch\n\nChief executive Wen-Hsu Lai spoke.\nLai said batteries mattered.\nThe company's founder and ↓CEO, Marcus Ohlin, agreed.\n"),
            Example("Budget\n\nCouncil leader Marguerite Haddon spoke.\nHaddon said cuts were needed.\nCouncil ↓leader Owen Prideaux said roads would wait.\n"),
            Example("Procès\n\nLa procureure, Anne-Sophie Guérin, a requis trois ans.\nLe prévenu a nié.\nLa ↓procureure, Mme Guillemot, a demandé la confiscation.\n"),
        ],
        nonTriggeringExamples: [
            Example("President Lee met former President Yoon Suk-yeol on Monday.\nPresident Lee said the talks went well.\n"),
            // Two clubs: the bare role comes first and the other club's qualifier is not the headline's.
            Example("Rovers Drawn Away\n\nKelham Rovers will visit Ashby Town, a tie that manager Delia Okafor welcomed.\nOkafor said the squad was fit.\nTown's manager, Piotr Lindqvist, expected a full house.\n"),
            Example("Chinese President Xi Jinping received President Lee in Beijing.\nPresident Lee thanked his host.\n"),
            Example("Bridge Repairs to Finish Before Spring, Mayor Says\n\nMayor Dara Quillon said the work was on schedule.\n"),
            Example("President Lee and President Japarov signed the accord.\nPresident Japarov said trade would double.\n"),
            Example("\"President Marrick never said that,\" President Halvorsen told reporters.\n"),
            Example("Vice President Ana Petrov met President Lee.\nPresident Lee praised Vice President Petrov.\n"),
            Example("CEO Steve Jobs founded the firm in 1976.\nIts shares rose after CEO Tim Cook spoke.\n"),
            Example("President Trump. Grisham said so.\nPresident Donald Trump later agreed.\n"),
            Example("President Lee spoke first.\nFrench President Emmanuel Macron replied.\nLater, President Macron left.\nPresident Lee stayed.\n"),
            Example("Summit Opens\n\nPresident Lee Jae-myung arrived first.\nPresident Lee greeted the guests.\nOn Tuesday, President Emmanuel Macron spoke about trade.\n"),
            Example("Mr. Lee spoke first.\nMr. Lee said trade would grow.\nMr. Park agreed.\n"),
            Example("President Trump spoke.\nWhen President Barack Obama signed the law, premiums fell.\nPresident Trump left.\n"),
            Example("Mayor Dara Quillon spoke.\nMayor Quillon left.\nMayor Tomas Brill of Estrel agreed.\n"),
            Example("Senator Ana Warren spoke.\nSenator Warren left.\nSenator Ted Cruz agreed.\n"),
            Example("Cabinet Meets\n\nMinister Ana Warren spoke.\nMinister Warren left.\nMinister Ted Cole agreed.\n"),
            Example("President Lee spoke.\nPresident Lee left.\nChinese President Xi Jinping agreed. Then he left.\n"),
            Example("Bakery\n\nManager Teodora Lindqvist spoke. Her brother, Anders Lindqvist, drives.\nManager Lindqvist added more.\n"),
            Example("New Leader\n\nSuperintendent Marguerite Ellison took office.\nEllison succeeded Superintendent Raymond Okafor, who retired in June.\n"),
            Example("Derby Draw\n\nThe club's team manager, Rosalind Pruett, praised the side.\nTheir manager, Paula Gresham, had no complaints.\n"),
            Example("Health Plans\n\nThe hospital's medical director, Ayesha Rahman, spoke.\nThe clinic's medical director, Colin Fairbairn, agreed.\n"),
            Example("Forum\n\nCo-chair Amira Nasser spoke.\nCo-chair Liam Roche agreed.\n"),
            Example("Talks\n\nNorvessa's prime minister, Ana Ruiz, arrived.\nPrime Minister Tomas Berg welcomed her.\n"),
            Example("Schools\n\nThe infant school's headteacher, Mrs Ann Lowe, spoke.\nThe junior school's headteacher, Mr Tom Reed, agreed.\n"),
            // A body opening the sentence holds its own role; a year right after a holder dates
            // them; two judges introduced in full; a father and son on one staff.
            Example("Results\n\nKingsmead Academy head teacher Daniel Fairweather was thrilled.\nAt Northfield, head teacher Simone Achebe pointed to needs.\n"),
            Example("Retrial\n\nJudge Harriet Colquhoun, who presided over the first trial in 2021, stepped aside.\nThe jury was new.\nThe presiding judge at the retrial, Owen Maddox, spoke.\n"),
            Example("Courts\n\nJudge Miriam Achterberg will hear care cases.\nJudge Colin Ferrier will hear divorces.\nJudge Achterberg welcomed the building.\n"),
            Example("Final\n\nHead coach Dan Whitfield has led the club since 2009.\nHis son, assistant coach Tom Whitfield, joined last season.\nDan Whitfield praised him.\n"),
            Example("Council\n\nMayor Tom Brill opened the bridge.\nThe crowd cheered.\nMayor Thomas Brill thanked the crews.\n"),
            // The other club's coach after a sentence opener naming it; an incoming holder beside
            // the role's present one; two clubs' new managers.
            Example("Clássico\n\nO técnico do Grêmio, Renato Zanella, mexeu no time.\nDo lado do Atlético, o técnico Márcio Valadares lamentou.\nZanella comemorou.\n"),
            Example("New Manager\n\nThe new manager, Dana Holt, signed on Tuesday.\nRovers manager Steve Kerr left last week.\nHolt said she was ready.\n"),
            Example("Managers\n\nRovers' new chief executive, Dana Holt, started.\nThe crowd cheered.\nUnited's new chief executive, Tom Kerr, agreed.\n"),
            // Two parties' leaders; the alcaldesa of one town and the alcalde of another.
            Example("Debate\n\nLabour leader Ana Ruiz spoke.\nRuiz said taxes would fall.\nGreen leader Tom Kerr disagreed.\n"),
            Example("Comarca\n\nLa alcaldesa de Carmona, Inmaculada Berrocal, habló.\nEl alcalde de Utrera, Julián Sotomayor, respondió.\n"),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] {
        let index = try nameIndex(context)
        // A developer's view of the person model: FIDELINT_NAMES_DEBUG=1 prints every role
        // mention and one-word reference to standard error.
        if ProcessInfo.processInfo.environment["FIDELINT_NAMES_DEBUG"] != nil {
            var lines = index.mentions.map { m in
                "mention \(m.range.start) key=[\(m.roleKey)] role=[\(m.role)] name=\(m.name) shared=\(m.isSharedRole) incoming=\(m.incoming) hist=\(m.isHistorical) honor=\(m.isHonorific)"
            }
            lines += index.surnameReferences.map { "reference \($0.range.start) \($0.surname)" }
            lines.append("past=\(index.pastHolders.sorted()) incoming=\(index.incomingHolders.sorted())")
            FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
        let mentions = index.mentions.filter { !$0.isHonorific && !$0.isSharedRole }
        let prose = context.article.prose.utf8
        let masked = context.view(masking: [.quotations, .code]).utf8
        let registered = entities.nameWords
        var out = index.mentions.count >= 2 ? unintroducedSharedHolders(index, prose: prose, registered: registered) : []
        guard mentions.count >= 2 else { return out }
        let bodyWords = index.bodyWords
        // Each role's mentions in article order, grouped once (not filtered per role).
        let byKey = Dictionary(grouping: mentions, by: \.roleKey)
        // A family name's count of whole-word uses, counted once per article.
        var familyUses: [String: Int] = [:]
        for key in byKey.keys.sorted() {
            let people = Self.people(byKey[key]!)
            guard people.count >= 2 else { continue }
            // Each person weighed by all their mentions: every use of their family name in the
            // article (role mentions, "Ruiz said", "Ms Ruiz"), the headline counting first.
            let weights = people.map { person in
                let longest = person.max { $0.name.count < $1.name.count }!
                guard let family = longest.name.last(where: { $0.count >= 2 }) else { return person.count }
                if let n = familyUses[family] { return max(n, person.count) }
                let n = Self.weight(of: [], family: family, in: prose)
                familyUses[family] = n
                return max(n, person.count)
            }
            let order = people.indices.sorted { a, b in
                weights[a] != weights[b] ? weights[a] > weights[b] : Self.firstStart(people[a]) < Self.firstStart(people[b])
            }
            let majority = people[order[0]]
            let majoritySentences = Set(majority.map(\.sentence))
            for o in order.dropFirst() {
                let other = people[o]
                // Named side by side in one sentence: two real holders.
                if other.contains(where: { majoritySentences.contains($0.sentence) }) { continue }
                // A person also named as a past or temporary holder ("former Vice President Biden").
                if (majority + other).contains(where: { $0.name.contains(where: index.pastHolders.contains) }) { continue }
                // A person also named as an incoming holder ("the new coach, Ana Ruiz") is no
                // conflict with the role's present holder; two incoming holders of one office are.
                if !key.hasPrefix("incoming "), (majority + other).contains(where: { $0.name.contains(where: index.incomingHolders.contains) }) { continue }
                // A succession told in the article ("succeeded", "retired", "replaced").
                if (majority + other).contains(where: index.isDated) { continue }
                // Either person also named with a qualified role ("French President Macron") holds
                // another office.
                let otherKeys = Set(index.mentions.filter { m in
                    !m.isHonorific && (majority + other).contains { !Set($0.name).isDisjoint(with: m.name) }
                }.map(\.roleKey))
                if otherKeys.contains(where: { k in
                    k != key && (k.hasSuffix(key) || (k.hasPrefix(key + " of ") && Self.namesJurisdiction(String(k.dropFirst(key.count + 4)))))
                }) { continue }
                // A headline-only person whom the body never names: the headline rule's case.
                if [majority, other].contains(where: { g in g.allSatisfy(\.inHeadline) && g.allSatisfy { $0.name.allSatisfy { !bodyWords.contains($0) } } }) { continue }
                // The registry knows them as holders of two different offices with this title.
                if entities.differentOffices(majority[0], other[0]) { continue }
                // Two people the registry knows, each named once with the role: public figures of
                // different times (the stale-office rule's case), not a slip.
                let oneOnOne = majority.count == 1 && other.count == 1 && !(majority + other).contains(where: \.inHeadline)
                if oneOnOne, (majority + other).allSatisfy({ $0.name.contains(where: registered.contains) }) { continue }
                // One family name under two given names: a relative named beside them ("his
                // father, Prime Minister Pierre Trudeau") is no renamed holder.
                if let a = majority.max(by: { $0.name.count < $1.name.count })?.name.last, other.contains(where: { $0.name.last == a }),
                   NameSpellingVariantRule.relationNear(Set((majority + other).map(\.sentence)), starts: index.sentenceStarts, in: masked) { continue }
                let first = other[0]
                let majorityName = majority.max { $0.name.count < $1.name.count }!
                let where_ = majority.contains(where: \.inHeadline) ? ", including the headline" : ""
                let related = majority.map { RelatedRange(range: $0.range, message: "“\($0.display)”") }
                    + other.dropFirst().map { RelatedRange(range: $0.range, message: "“\($0.display)” (same person as here)") }
                let w = weights[order[0]]
                out.append(finding(
                    "“\(first.display)” conflicts with “\(majorityName.display)” (\(w) mention\(w == 1 ? "" : "s") of \(majorityName.name.last!)\(where_)): the role “\(first.role)” is given to two different people",
                    at: first.range, related: related))
            }
        }
        return out.sorted { $0.range.start < $1.range.start }
    }

    /// A role many hold at once that one holds at a hearing ("Judge", "Magistrate", "Coroner",
    /// `oneOnTheBench`) given to one person with
    /// a full name ("Judge Miriam Oduya") and later to another named only by a surname that the
    /// article never introduces ("Judge Rennick said the offending was aggravated"): in one
    /// story, the same office renamed. News style names a person in full at first reference, so
    /// a holder never introduced beside a fully named one is the slip, not a second judge.
    /// Only two people with that title in the article; the bare one used once or twice, after the
    /// full one, in other sentences, never with a given name anywhere (no run of two words holds
    /// the surname), not registered, not a past holder, and not dated ("in 2019").
    /// Roles many hold at once of which one sits on a hearing (a judge, a magistrate, a coroner):
    /// a story about one case names one. Senators, ministers, ambassadors and officers are many
    /// in one story, and stay out of `unintroducedSharedHolders`.
    /// The prosecutor of a trial is one too ("la procureure, Anne-Sophie Guérin" and later "la
    /// procureure, Mme Guillemot").
    static let oneOnTheBench: Set<String> = ["judge", "magistrate", "recorder", "coroner", "sheriff", "juez", "jueza", "juge",
                                             "richter", "richterin", "giudice", "juíza", "juiz",
                                             "prosecutor", "procureur", "procureure", "procuratore", "procuratrice"]

    func unintroducedSharedHolders(_ index: NameIndex, prose: [UInt8], registered: Set<String>) -> [Finding] {
        let shared = index.mentions.filter { !$0.isHonorific && $0.isSharedRole && !$0.isHistorical && !$0.otherBody && $0.verbal == nil
            && Self.oneOnTheBench.contains($0.roleKey) }
        var byTitle: [String: [RoleMention]] = [:]
        for m in shared { byTitle[m.roleKey, default: []].append(m) }
        var out: [Finding] = []
        for key in byTitle.keys.sorted() {
            let people = Self.people(byTitle[key]!)
            guard people.count == 2 else { continue }
            let fullIndex = people.firstIndex { $0.contains { $0.name.count >= 2 } }
            guard let f = fullIndex, let full = Optional(people[f]), let bare = Optional(people[1 - f]),
                  bare.allSatisfy({ $0.name.count == 1 }), let surname = bare[0].name.first, surname.count >= 3,
                  bare.count <= 2, Self.firstStart(full) < Self.firstStart(bare) else { continue }
            let fullSentences = Set(full.map(\.sentence))
            guard bare.allSatisfy({ !fullSentences.contains($0.sentence) }),
                  !registered.contains(surname), !index.pastHolders.contains(surname),
                  !(full + bare).contains(where: index.isDated),
                  !index.runs.contains(where: { $0.tokens.count >= 2 && $0.tokens.contains(surname) && !NameIndex.isStreet($0.tokens, surname)
                      && !Self.onlyTitles($0.tokens, besides: surname) }),
                  !index.mentions.contains(where: { $0.name.count >= 2 && $0.name.contains(surname) }),
                  Self.weight(of: bare, family: surname, in: prose, skippingStreets: true) <= 2 else { continue }
            let fullName = full.max { $0.name.count < $1.name.count }!
            // "Judge Collins" after "Judge Patricia Hollins": a misspelling, the spelling rule's case.
            if let family = fullName.name.last, TextTools.editDistance(NameMatching.fold(family), NameMatching.fold(surname)) <= 2 { continue }
            out.append(finding(
                "“\(bare[0].display)” conflicts with “\(fullName.display)”: the article never introduces a \(bare[0].role) called \(surname), and gives the role “\(bare[0].role)” to two different people",
                at: bare[0].range,
                related: full.map { RelatedRange(range: $0.range, message: "“\($0.display)”") }
                    + bare.dropFirst().map { RelatedRange(range: $0.range, message: "“\($0.display)” (same person as here)") }))
        }
        return out
    }

    /// Whether every word of `tokens` but `name` is a courtesy or academic title or a role word
    /// ("Mme Guillemot", "Judge Rennick"): a run that gives the name no given name.
    static func onlyTitles(_ tokens: [String], besides name: String, words: RoleWords = .shipped) -> Bool {
        tokens.allSatisfy { t in
            let l = t.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
            return t == name || words.honorifics.contains(l) || RoleGrammar.nameTitles.contains(l) || words.heads.contains(l)
                || words.modifiers.contains(l)
        }
    }

    /// Groups one role's mentions into people: two mentions are one person when their names share
    /// a word of two letters or more ("Lee" and "Lee Jae-myung", relatives "Dana Holt" and "Mark
    /// Holt" included), or a word spelled close to another (`NameMatching.nearSurname`: "Sloan"
    /// and "Sloane", "Carvalhal" and "Carvalhais": a misspelling, the spelling rule's case), or
    /// when the two names are one person's spelled two ways (`NameMatching.personVariant`). Two full names whose family names
    /// differ ("Luiz Fernando Amaral" and "Luiz Fernando Teixeira", "Simon Akintola" and "Simon
    /// Forsythe": neither's last word in the other, none hyphenated) are two people, whatever
    /// given name they share.
    static func people(_ mentions: [RoleMention]) -> [[RoleMention]] {
        var groups: [[RoleMention]] = []
        struct NameOnly { let name: [String] }
        func words(_ m: NameOnly) -> [String] { m.name.filter { $0.count >= 2 && !$0.hasSuffix(".") }.map { $0.lowercased() } }
        func near(_ x: String, _ y: String) -> Bool { x == y || NameMatching.nearSurname(x, y) }
        // `same` reads only the two names: each group keeps its distinct names, and each pair of
        // names is compared once (a long file names one person hundreds of times).
        var memo: [[String]: [[String]: Bool]] = [:]
        func same(_ x: [String], _ y: [String]) -> Bool {
            if let known = memo[x]?[y] { return known }
            let r = sameNames(NameOnly(name: x), NameOnly(name: y))
            memo[x, default: [:]][y] = r
            return r
        }
        func sameNames(_ ma: NameOnly, _ mb: NameOnly) -> Bool {
            // One person spelled two ways ("Sabine Hollerbach-Witt" / "Sabine Hollerbach-Weiß"):
            // the spelling rule's case, not two holders.
            if NameMatching.personVariant(ma.name, mb.name) != nil { return true }
            let a = words(ma), b = words(mb)
            // One family name with two given names under one role ("Head teacher Sarah Okafor" /
            // "head teacher Susan Okafor"): two people, relatives never hold one office at once. A
            // short form or a cognate of the given name ("Tom" / "Thomas") is the same person.
            if ma.name.count >= 2, mb.name.count >= 2, a.last == b.last, let ga = ma.name.first, let gb = mb.name.first,
               ga.count >= 2, gb.count >= 2, !ga.hasSuffix("."), !gb.hasSuffix("."),
               !NameMatching.sameGivenName(ga, gb), !NameMatching.isShortForm(ga, gb) { return false }
            if a.count >= 2, b.count >= 2, let la = a.last, let lb = b.last, !la.contains("-"), !lb.contains("-"),
               !b.contains(where: { near(la, $0) }), !a.contains(where: { near(lb, $0) }) { return false }
            return a.contains { x in b.contains { y in near(x, y) } }
        }
        var names: [[[String]]] = []   // each group's distinct names, in order of first use
        for m in mentions {
            let hits = groups.indices.filter { g in names[g].contains { same($0, m.name) } }
            if let first = hits.first {
                groups[first].append(m)
                if !names[first].contains(m.name) { names[first].append(m.name) }
                // A family name alone ("Manager Okafor") fits two people of that family; it joins
                // the first named without making them one.
                if m.name.count == 1, hits.count > 1 { continue }
                for g in hits.dropFirst().reversed() {
                    groups[first] += groups.remove(at: g)
                    for n in names.remove(at: g) where !names[first].contains(n) { names[first].append(n) }
                }
            } else {
                groups.append([m])
                names.append([m.name])
            }
        }
        return groups.map { $0.sorted { Self.start($0) < Self.start($1) } }
    }

    /// Whether a place written after a role ("president of south korea") holds a country, a US
    /// state or a region (`NameIndex.places`): another jurisdiction, not a body of the story's
    /// own town ("fire chief of pine hollow fire").
    static func namesJurisdiction(_ place: String) -> Bool {
        place.split(whereSeparator: { $0 == " " || $0 == "-" }).contains { w in NameIndex.places.contains(w.prefix(1).uppercased() + w.dropFirst()) }
    }

    /// Where a mention counts as first: a headline before everything.
    static func start(_ m: RoleMention) -> Int { m.inHeadline ? -1 : m.range.start }
    static func firstStart(_ g: [RoleMention]) -> Int { g.map(start).min() ?? 0 }

    /// How many times the person's family name (the last name word of their longest mention)
    /// stands as a whole word in `prose`.
    static func weight(of person: [RoleMention], in prose: [UInt8]) -> Int {
        let longest = person.max { $0.name.count < $1.name.count }!
        guard let family = longest.name.last(where: { $0.count >= 2 }) else { return person.count }
        return weight(of: person, family: family, in: prose)
    }

    /// How many times `family` stands as a whole word in `prose` (at least `person.count`);
    /// with `skippingStreets`, uses in a street or place name ("Harlan Road", "Calle Harlan",
    /// `NameIndex.isStreetUse`) are not counted.
    static func weight(of person: [RoleMention], family: String, in prose: [UInt8], skippingStreets: Bool = false) -> Int {
        let needle = Array(family.utf8)
        var n = 0
        var from = 0
        while let s = ByteText.find(needle, in: prose, from: from) {
            from = s + 1
            let e = s + needle.count
            let before = s > 0 ? prose[s - 1] : 0x20
            let after = e < prose.count ? prose[e] : 0x20
            if BodyWords.isWordByte(before) && before < 0x80 { continue }
            if after < 0x80 && (NameScan.isLetter(after) || after &- 0x30 < 10) { continue }
            if skippingStreets, NameIndex.isStreetUse(prose, s..<e) { continue }
            n += 1
        }
        return max(n, person.count)
    }
}
