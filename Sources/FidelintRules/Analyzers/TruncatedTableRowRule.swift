import FidelintCore
import Foundation

/// A table row with fewer cells than its header (counting `colspan`), or a cell whose shape is a
/// cut-off prefix of its column's shape (`cutShape`): in the last row, its last written cell cut
/// mid-number ("6,7" under "12,404", "€389,0" under "€412,50", "3." under "6.2"), mid-time
/// ("1:08:4" under "1:07:52"), mid-date ("2024-0", "12 Ma"), without the unit every value carries
/// ("4" under "45%"), to a whole number in a column of fixed decimals ("€2" under "€33.60",
/// unless its row's other numbers are whole too), before the words that follow a number in every
/// value of its shape ("Every 1" under "Every 60 min"), or mid-word ("Indep" where the column holds
/// "Independent"); any cell of the last row stopped on a separator ("22:"); in a table set on its
/// side (a blank corner cell), a bare number in a row of values with a unit ("84% | 7"); in any row, a
/// value no format allows ("27." or "1:01:5" among complete values). The marks of generation
/// that stopped mid-table, in Markdown, plain-text (with or without outer pipes) and HTML tables,
/// and in an article wrapped whole in a code fence. When the same table appears complete
/// elsewhere in the article, the message quotes the missing cells from that copy. Gap markers
/// ("—", "n/a", "TBC"), footnote rows and legitimately short values ("0", "12" among "1,204")
/// never fire: a shape is a pattern class, not a width.
///
/// Pattern source: `../shared/cases/TAXONOMY.md` §14 (anthropics/claude-code#58398,
/// FiligranHQ/filigran-ui#327), the seed article (line 63) and issue 14 (capability 4).
public struct TruncatedTableRowRule: Rule {
    public init() {}

    public let description = RuleDescription(
        identifier: "truncated_table_row", name: "Truncated Table Row",
        summary: "A table row has fewer cells than the table's header.",
        category: .truncatedTable, defaultSeverity: .error,
        origin: "TAXONOMY §14 truncated_table_row; seed article line 63",
        triggeringExamples: [
            Example("| Jahr | Schaden (Euro) |\n|---|---|\n| 2019 | 71.300 |\n| 2020 | 94.850 |\n↓| 2021 | 12 |\n"),
            Example("| Club | Won | Points |\n|---|---|---|\n| Harlow | 14 | 45 |\n| Brennock | 12 | 40 |\n| Marren | 11 | 37 |\n↓| Tolley | 10 | 3\n"),
            Example("| Candidate | Votes |\n|---|---|\n| Mira Oduya | 12,404 |\n| Tomas Brill | 10,987 |\n↓| Lenka Harrow | 6,7 |\n"),
            Example("| Candidate | Party |\n|---|---|\n| Mira Oduya | Independent |\n| Tomas Brill | Civic Union |\n↓| Lenka Harrow | Indep |\n"),
            Example("| Candidate | Party | Votes | Share |\n|---|---|---|---|\n| Mira Oduya | Green | 12,404 | 41.2% |\n↓| Lenka Harrow | Independent | 6,7\n"),
            Example("Focus AreaAction ItemsExpected Outcomes\nEconomic CooperationTrade agreementsIncreased trade\nCultural ExchangesStudent programsStronger bonds\n↓Technology & InnovationJoint research\n"),
            Example("| Place | Runner | Time |\n|---|---|---|\n| 1 | Owen Tarrant | 1:07:52 |\n| 2 | Lucy Brannagh | 1:08:10 |\n↓| 3 | Kofi Mensah | 1:08:4 |\n"),
            Example("| Shop | Price |\n|---|---|\n| Brest | €412,50 |\n| Quimper | €398,00 |\n↓| Morlaix | €389,0 |\n"),
            Example("| Ward | 2021 | 2025 |\n|---|---|---|\n| Abbeyfield | 28% | 34% |\n| Brookside | 31% | 36% |\n↓| Carrow | 25% | 4 |\n"),
            Example("| Pool | Opens | Closes |\n|---|---|---|\n| Hollins | 24 May | 7 September |\n| Parkside | 31 May | 14 September |\n↓| Westbrook | 7 June | 21 Se |\n"),
            Example("| Station | Depth |\n|---|---|\n| High Fell | 42.5 |\n↓| Moss Gill | 27. |\n| Low Scar | 18.5 |\n"),
            Example("Museum | 2023 | 2024\nCastle Keep | 18,220 | 21,905\nTide Mill | 9,430 | 11,012\n↓Weavers Hall | 12,870 | 14,3\n"),
            Example("| Shop | Price |\n|---|---|\n| Brest | €3.20 |\n| Quimper | €2.95 |\n↓| Morlaix | €2 |\n"),
            Example("| Route | Weekday | Sunday |\n|---|---|---|\n| 1 | Every 10 min | Every 20 min |\n| 4 | Every 15 min | Every 30 min |\n↓| 7 | Every 12 min | Every 3 |\n"),
            Example("| | Harlow | Brennock |\n|---|---|---|\n| Possession | 58% | 42% |\n| Shots | 12 | 7 |\n↓| Pass accuracy | 81% | 6 |\n"),
            Example("| Home | Away | Score |\n|---|---|---|\n| Rovers | Athletic | 2–1 |\n| Harriers | Wanderers | 0–0 |\n↓| United | Town | 3– |\n"),
            Example("| Pool | Opens | Notes |\n|---|---|---|\n| Westgate | 1 June | Lanes reserved before 8 am |\n↓| Millbrook | 15 June | Closed on Mondays for the |\n"),
            Example("| Route | First bus | Last bus | Interval |\n|---|---|---|---|\n| 1 | 06:10 | 23:05 | 30 min |\n| 4 | 06:25 | 23:15 | 30 min |\n↓| 7 | 06:40 | 22: | 60 min |\n"),
        ],
        nonTriggeringExamples: [
            Example("| Year | Damage (euro) |\n|---|---|\n| 2019 | 71,300 |\n| 2020 | 94,850 |\n| 2021 | 0 |\n"),
            Example("| Project | Jobs |\n|---|---|\n| Harbour | 1,200 |\n| Airport | 3,400 |\n| Library | 850 |\n"),
            Example("| Club | Won | Points |\n|---|---|---|\n| Harlow | 14 | 45 |\n| Brennock | 12 | 40 |\n| Marren | 11 | 37 |\n| Tolley | 1 | 3 |\n"),
            Example("| Club | Won | Points\n|---|---|---\n| Harlow | 14 | 45\n| Brennock | 12 | 40\n| Marren | 11 | 37\n| Tolley | 1 | 3\n"),
            Example("| Candidate | Votes | Share |\n|---|---|---|\n| Mira Oduya | 12,404 | 41,2 |\n| Tomas Brill | 10,987 | 36,5 |\n"),
            Example("| Team | Result |\n|---|---|\n| Harlow | Won |\n| Brennock | Won on penalties |\n| Marren | Won |\n"),
            Example("| Museum | 2023 | 2024 |\n|---|---|---|\n| Brennock Museum | 48,200 | 51,900 |\n| Harbour Gallery | — | 12,300 |\n| Mill Street Archive | 6,100 | n/a |\n"),
            Example("| Team | Goals | Crowd | Share |\n|---|---|---|---|\n| Harlow | 3 | 1,204 | 45% |\n| Brennock | 0 | 987 | 38% |\n| Marren | 12 | 12,404 | 0 |\n"),
            Example("| Swimmer | 400m |\n|---|---|\n| Nadia Orlov | 4:21.35 |\n| Ben Carrick | 5:01.4 |\n| Lea Moreau | 4:58.90 |\n"),
            Example("| Runner | Time |\n|---|---|\n| Elias Kiprono | 59:48 |\n| Dawit Alemu | 1:00:41 |\n| Rory Castell | 58:12 |\n"),
            Example("| Status | Note |\n|---|---|\n| Open | Opening soon at the market |\n| Opening soon | Next month |\n| Open | Every day |\n"),
            Example("| Measure | Brisk | Hollis |\n|---|---|---|\n| Run time (minutes) | 45.5 | 38.0 |\n| Weight (kg) | 2.6 | 2.4 |\n| Noise (dB) | 78 | 74 |\n"),
            Example("| Chair | In office | Vote |\n|---|---|---|\n| Ellen Marsh | 1998–2006 | 9–2 |\n| Tomas Reid | 2006–2013 | 7–4 |\n| Daniel Pryce | 2019– | 8–3 |\n"),
            Example("| Step | What to do |\n|---|---|\n| 1 | Enter your number plate |\n| 2 | Tap your card or log in |\n| 3 | Pay as you go or top up |\n"),
            Example("| Line | Departs from |\n|---|---|\n| Northern | Platform 1 and 2 |\n| Coastal | Platform 4 and 5 |\n| Valley | Platform 3 |\n"),
            Example("| | Harlow | Brennock |\n|---|---|---|\n| Possession | 58% | 42% |\n| Pass accuracy | 81% | 77% |\n| Corners | 6 | 3 |\n"),
            Example("| Station | Week 1 (mm) | Week 2 (mm) |\n|---|---|---|\n| Hill Top | 12.4 | 8.6 |\n| Low Farm | 9.8 | 7.1 |\n| Total | 22.2 | 16 |\n"),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] {
        var out = findings(in: context.article)
        // An article wrapped whole in a code fence: its body read as Markdown.
        for (inner, offset) in TruncatedTextRule.fencedArticles(context.article) {
            out += findings(in: inner).map { TruncatedTextRule.shifted($0, by: offset) }
        }
        return out
    }

    /// The findings of one article (the file's, or a fenced body's).
    func findings(in article: Article) -> [Finding] {
        var out: [Finding] = []
        for table in article.tables {
            let width = table.header.width
            // A layout table (empty header cells) has no columns to count; a blank corner cell
            // over a column of row labels ("| | Ravens | Stags |") is a header.
            guard table.header.cells.dropFirst().allSatisfy({ !Self.isBlank($0.text) }),
                  table.header.cells.count >= 2 else { continue }
            // The last row's last cell cut mid-number ("6,7" in a column of "12,404").
            if let last = table.rows.last, last.width == width, let cut = cutNumber(in: last, table: table, article: article) {
                out.append(finding("The last table row “\(TextTools.quote(last.cells.map(\.text).joined(separator: " | "), limit: 60))” ends in “\(cut.cell)”, cut mid-\(cut.kind) \(cut.kind == "phrase" ? "on “\(cut.example)”" : "(the \(cut.byRow ? "row" : "column") holds “\(cut.example)”)")",
                                   at: last.range))
            } else if let last = table.rows.last, last.width == width,
                      let cut = invalidCell(in: last, table: table) ?? separatorCut(in: last, table: table) {
                // A cell of the last row before its last one, stopped on a separator ("22:").
                out.append(finding("The last table row “\(TextTools.quote(last.cells.map(\.text).joined(separator: " | "), limit: 60))” holds “\(cut.cell)”, cut mid-\(cut.kind) (the column holds “\(cut.example)”)",
                                   at: last.range))
            } else if let last = table.rows.last, last.width == width, let cut = unclosedShortNumber(last, table: table, source: article.source) {
                out.append(finding("The last table row “\(TextTools.quote(last.cells.map(\.text).joined(separator: " | "), limit: 60))” stops without its closing “|” on “\(cut.cell)”, shorter than every other value of its column (“\(cut.example)”)",
                                   at: last.range))
            }
            // A row inside the table holding a value no format allows ("3." under "6.2",
            // "1:01:5" under "1:00:41").
            for row in table.rows.dropLast() where row.width == width {
                if let cut = invalidCell(in: row, table: table) {
                    out.append(finding("Table row “\(TextTools.quote(row.cells.map(\.text).joined(separator: " | "), limit: 60))” ends in “\(cut.cell)”, cut mid-\(cut.kind) (the column holds “\(cut.example)”)",
                                       at: row.range))
                }
            }
            for row in table.rows where row.width < width && row.cells.contains(where: { !$0.text.isEmpty }) {
                // Header cells past the row's width, counting their spans.
                var columns = 0
                let missingHeaders = table.header.cells.filter { cell in
                    defer { columns += cell.span }
                    return columns + cell.span > row.width
                }.map { "“\($0.text)”" }.joined(separator: ", ")
                let written = row.cells.map(\.text).joined(separator: " | ")
                var message = "Table row “\(TextTools.quote(written, limit: 60))” has \(row.width) of \(width) cells (missing \(missingHeaders))"
                if row.range == table.rows.last?.range, let cut = cutNumber(in: row, table: table, article: article) {
                    message += ", and its last cell “\(cut.cell)” is cut mid-\(cut.kind) (the column holds “\(cut.example)”)"
                }
                var related: [RelatedRange] = []
                if let complete = completeCopy(of: row, in: table, article: article, width: width) {
                    let cells = complete.cells.dropFirst(row.width).map { "“\($0.text)”" }.joined(separator: ", ")
                    message += "; the complete copy of this row has \(cells)"
                    related.append(RelatedRange(range: complete.range, message: "complete copy of the row"))
                }
                out.append(finding(message, at: row.range, related: related))
            }
        }
        return out
    }

    /// The last row of a pipe table cut inside its last cell: every other row (at least two) ends
    /// its source line with "|" and this one does not, and its last cell is a whole number with
    /// fewer digits than every other value of its column ("4" under "52", "49", "47"), or a text
    /// with fewer words than every other value of its column ("Isar" under "Saxonia Ventures"). Returns
    /// the cell and a longer value of the column, or `nil`. Either sign alone is ordinary (pipe
    /// tables may omit the closing "|"; a column may hold 4 and 52); together they are a row that
    /// stopped one or more digits early (blind set E, e03).
    private func unclosedShortNumber(_ row: TableRow, table: Table, source: SourceText) -> (cell: String, example: String)? {
        guard table.rows.count >= 3, let cell = row.cells.last else { return nil }
        let bytes = source.utf8
        func closesWithPipe(_ r: SourceRange) -> Bool? {
            guard r.start >= 0, r.end <= bytes.count, r.start < r.end else { return nil }
            var e = r.end
            while e > r.start, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09 || bytes[e - 1] == 0x0D || bytes[e - 1] == 0x0A { e -= 1 }
            var s = r.start
            while s < e, bytes[s] == 0x20 || bytes[s] == 0x09 { s += 1 }
            guard s < e, bytes[s] == 0x7C else { return nil }   // a pipe table row opens with "|"
            return bytes[e - 1] == 0x7C
        }
        guard closesWithPipe(row.range) == false,
              table.rows.dropLast().allSatisfy({ closesWithPipe($0.range) == true }) else { return nil }
        let text = cell.text.trimmingCharacters(in: .whitespaces)
        let column = table.rows.dropLast().compactMap { r -> String? in
            guard r.cells.count == row.cells.count else { return nil }
            let t = r.cells[r.cells.count - 1].text.trimmingCharacters(in: .whitespaces)
            return t.isEmpty ? nil : t
        }
        // A name or phrase with fewer words than every other value of its column ("Isar" under
        // "Saxonia Ventures", "Nordlicht Capital"): the row stopped inside its last cell.
        let words = TextTools.letterWords(text).count
        if words >= 1, text.contains(where: \.isLetter), column.count >= 2,
           column.allSatisfy({ TextTools.letterWords($0).count > words && $0.contains(where: \.isLetter) }), let example = column.last {
            return (text, example)
        }
        guard !text.isEmpty, text.allSatisfy(\.isNumber) else { return nil }
        guard column.count >= 2, column.allSatisfy({ $0.allSatisfy(\.isNumber) && $0.count > text.count }),
              let example = column.last else { return nil }
        return (text, example)
    }

    /// The row's last non-empty cell when its shape is a cut-off prefix of its column's shape
    /// (`cutShape`), with a cell of the column that shows the full shape.
    private func cutNumber(in row: TableRow, table: Table, article: Article, lastRow: Bool = true) -> (cell: String, example: String, kind: String, byRow: Bool)? {
        guard let j = row.cells.lastIndex(where: { !Self.isBlank($0.text) }) else { return nil }
        let cell = row.cells[j].text.trimmingCharacters(in: .whitespaces)
        // A footnote row ("* Provisional", "Source: …") is no data row.
        if let f = cell.first, "*†‡¹".contains(f) { return nil }
        if let first = row.cells.first?.text.lowercased(),
           ["source", "note", "fuente", "nota", "quelle", "fonte", "*"].contains(where: { first.hasPrefix($0) }) { return nil }
        let column = table.rows.filter { $0.range != row.range && $0.cells.count > j }
            .map { $0.cells[j].text.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !Self.isGap($0) }
        guard !Self.isGap(cell) else { return nil }
        let total = Self.isTotalLabel(row.cells.first?.text ?? "")
        // A phrase stopped on an article, conjunction or preposition that needs what follows
        // ("Closed for the", "Cierre por obras de la"), in the article's language.
        if lastRow, let w = cell.split(separator: " ").last, cell.split(separator: " ").count >= 2, w == w.lowercased() {
            let sample = table.rows.prefix(12).flatMap { $0.cells.map(\.text) } + article.blocks.prefix(12).map(\.text)
            let language = TextTools.functionWordLanguage(sample.flatMap { TextTools.words($0) })
            if Self.cellEnders[language]?.contains(String(w)) == true {
                return (cell, String(w), "phrase", true)
            }
        }
        // A blank corner cell marks a table set on its side: its columns mix the rows' units.
        let sideways = table.header.cells.first.map { Self.isBlank($0.text) } ?? false
        if !sideways, column.count >= 2, let cut = Self.cutShape(cell, column: column, lastRow: lastRow, total: total) {
            // A word the article writes whole elsewhere is a word, not a cut one ("Open" beside
            // "Opening soon").
            if cut.kind == "word", let w = cell.split(separator: " ").last,
               Self.articleHasWord(String(w), article: article, besides: table) { return nil }
            // A whole number among whole numbers of its row ("Full charge (minutes) | 52 | 64 |
            // 58" under rows of hours with decimals): the row, not the column, sets the format.
            if cut.kind == "decimal", let c = Self.numberParts(cell) {
                let peers = row.cells[min(1, j)..<j].compactMap { Self.numberParts($0.text.trimmingCharacters(in: .whitespaces)) }
                    .filter { $0.prefix == c.prefix && $0.suffix == c.suffix }
                if !peers.isEmpty, peers.allSatisfy({ $0.seps.isEmpty }) { return nil }
            }
            return (cut.cell, cut.example, cut.kind, false)
        }
        // A table set on its side (metrics down the first column, one column per subject): the
        // row's other values carry the unit the last one lacks ("Pass accuracy | 84% | 7").
        guard lastRow, !total, j >= 2, row.cells.first.map({ Self.numberParts($0.text.trimmingCharacters(in: .whitespaces)) == nil }) == true,
              let c = Self.numberParts(cell), c.seps.isEmpty, c.suffix.isEmpty, cell != "0" else { return nil }
        let others = row.cells[1..<j].map { $0.text.trimmingCharacters(in: .whitespaces) }
        let parsed = others.compactMap(Self.numberParts)
        guard parsed.count == others.count, let unit = parsed.first?.suffix, !unit.isEmpty,
              parsed.allSatisfy({ $0.suffix == unit && $0.prefix == c.prefix && ($0.runs.first ?? 0) >= c.runs[0] }) else { return nil }
        return (cell, others[0], unit == "%" ? "percentage" : "value", true)
    }

    /// Words a table cell cannot end on, by language (articles, conjunctions, possessives and
    /// prepositions that never stand last as a verb particle): a last cell ending on one was cut
    /// mid-phrase. Lowercase.
    static let cellEnders: [String: Set<String>] = [
        "en": ["the", "a", "an", "and", "or", "of", "with", "from", "their", "its", "our", "your"],
        "es": ["el", "la", "los", "las", "un", "una", "de", "del", "y", "con", "para", "por"],
        "fr": ["le", "la", "les", "un", "une", "de", "des", "du", "et", "avec", "pour", "par"],
        "de": ["der", "die", "das", "den", "dem", "ein", "eine", "und", "mit", "für", "von", "zur", "zum"],
        "pt": ["o", "os", "as", "um", "uma", "de", "do", "da", "dos", "das", "e", "com", "para", "pelo", "pela"],
        "it": ["il", "lo", "gli", "la", "le", "un", "una", "di", "del", "della", "e", "con", "per"],
    ]

    /// Whether a row's first cell labels a totals or summary row ("Total", "Gesamt", "Media"),
    /// whose values follow no column's pattern.
    static func isTotalLabel(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_"))
        return ["total", "sum", "overall", "average", "mean", "median", "all ", "gesamt", "insgesamt", "summe", "durchschnitt",
                "totale", "media", "suma", "promedio", "somme", "moyenne", "ensemble", "médi", "soma"].contains { t.hasPrefix($0) }
    }

    /// Whether a block outside `table` holds `word` as a whole word (case-insensitive).
    static func articleHasWord(_ word: String, article: Article, besides table: Table) -> Bool {
        let w = word.lowercased()
        for block in article.blocks where block.kind != .tableRow && block.text.count >= w.count {
            if TextTools.letterWords(block.text).contains(where: { $0.lowercased() == w }) { return true }
        }
        return false
    }

    /// A cell of a row inside the table (not its last row) whose value no format of its column
    /// allows (`cutShape` with `lastRow: false`), the first from the left.
    private func invalidCell(in row: TableRow, table: Table) -> (cell: String, example: String, kind: String)? {
        for j in row.cells.indices.dropFirst() {
            let cell = row.cells[j].text.trimmingCharacters(in: .whitespaces)
            guard let f = cell.first, f.isNumber || "€$£¥+-−".contains(f), !Self.isGap(cell) else { continue }
            let column = table.rows.filter { $0.range != row.range && $0.cells.count > j }
                .map { $0.cells[j].text.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !Self.isGap($0) }
            guard column.count >= 2, let cut = Self.cutShape(cell, column: column, lastRow: false) else { continue }
            return cut
        }
        return nil
    }

    /// A cell of `row` (after its first) that `cutAtSeparator` finds stopped on a separator.
    private func separatorCut(in row: TableRow, table: Table) -> (cell: String, example: String, kind: String)? {
        for j in row.cells.indices.dropFirst() {
            let cell = row.cells[j].text.trimmingCharacters(in: .whitespaces)
            let column = table.rows.filter { $0.range != row.range && $0.cells.count > j }
                .map { $0.cells[j].text.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !Self.isGap($0) }
            if let cut = Self.cutAtSeparator(cell, column: column) { return cut }
        }
        return nil
    }

    /// Gap markers and placeholders: never a cut value.
    static func isGap(_ text: String) -> Bool {
        let t = text.lowercased()
        return ["-", "–", "—", "−", "n/a", "na", "n.a.", "n/d", "s/d", "k.a.", "tbc", "tbd", "tba", "?", "…", "...", "x", "–/–", "nd", "nc"].contains(t)
    }

    /// A cell split into its leading affix (currency, sign), its digits-and-separators body and its
    /// trailing affix ("%", " km"): `nil` when the cell holds no digit right after the prefix.
    static func numberParts(_ text: String) -> (prefix: String, runs: [Int], seps: [Character], endsOnSep: Bool, suffix: String)? {
        let chars = Array(text)
        var i = 0
        while i < chars.count, !chars[i].isASCII || !chars[i].isNumber {
            guard i < 4, !chars[i].isLetter || chars[i].isUppercase else { return nil }
            i += 1
        }
        guard i < chars.count, chars[i].isNumber, i <= 4 else { return nil }
        let prefix = String(chars[..<i]).trimmingCharacters(in: .whitespaces)
        if prefix.contains(where: \.isLetter), prefix.count > 3 { return nil }
        var runs: [Int] = [], seps: [Character] = [], run = 0, endsOnSep = false
        while i < chars.count {
            let c = chars[i]
            if c.isASCII && c.isNumber { run += 1; endsOnSep = false; i += 1; continue }
            if ",.:-/'".contains(c) || c == "\u{202F}" {
                guard run > 0, !endsOnSep else { break }
                runs.append(run); run = 0; seps.append(c); endsOnSep = true; i += 1; continue
            }
            break
        }
        if run > 0 { runs.append(run) }
        if endsOnSep && i < chars.count { return nil }   // "3.5-4" style ranges end elsewhere
        let suffix = String(chars[i...]).trimmingCharacters(in: .whitespaces)
        guard suffix.count <= 6, !suffix.contains(where: \.isNumber) else { return nil }
        return (prefix, runs, seps, endsOnSep, suffix)
    }

    /// Month names and their three-letter forms in English, Spanish, French, German, Portuguese
    /// and Italian, lowercase: a date cell whose month is a strict prefix of one ("12 Ma",
    /// "29 ju") was cut.
    static let monthNames: [String] = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
        "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro",
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
    ]

    /// Why `cell` (a table's last written cell) is a cut-off prefix of the shape its `column`
    /// (the other rows' cells, gap markers left out) holds, or `nil`. Shapes, after stripping a
    /// currency or sign prefix and a unit suffix:
    /// - digit groups and decimals: every column value has the same separators and the cell's
    ///   last group is shorter than the column's at that place ("€389,0" where the column holds
    ///   "€412,50", "6,7" under "12,404"), or the cell ends on a separator ("3." under "6.2");
    ///   a column of mixed widths ("987", "12,404") only checks groups of three after a
    ///   thousands separator;
    /// - clock times, durations and numeric dates (":", "-", "/"): the cell is a strict prefix of
    ///   the column's pattern ("1:08:4" under "1:07:52", "2024-0" under "2024-03-12");
    /// - a unit every value carries ("45%") missing from a bare number ("4"; "0" excepted);
    /// - a word cut inside: the cell's last word is a strict prefix of the word at the same place
    ///   in another value, or of a month name in a date column ("12 Ma"), and no value holds it
    ///   whole ("Indep" under "Independent"; "Won" under "Won on penalties" is a whole word).
    static func cutShape(_ cell: String, column: [String], lastRow: Bool = true, total: Bool = false) -> (cell: String, example: String, kind: String)? {
        // A currency sign with no amount ("£" under "£12", "£78"): the row stopped after the
        // value's prefix. At least two thirds of the column carry that sign before digits.
        if lastRow, !cell.isEmpty, cell.count <= 3,
           cell.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .currencySymbol || $0 == " " }) {
            let signed = column.filter { v in numberParts(v).map { $0.prefix == cell } ?? false }
            if signed.count >= 2, signed.count * 3 >= column.count * 2, let example = signed.first { return (cell, example, "value") }
        }
        // An open range of years ("2019-", "2019–"): a term still running, not a cut date.
        if cell.count == 5, cell.prefix(4).allSatisfy({ $0.isASCII && $0.isNumber }), let l = cell.last, "-–—".contains(l) { return nil }
        if let c = numberParts(cell), c.suffix.isEmpty || !c.endsOnSep {
            let parsed = column.compactMap { v in numberParts(v).map { (v, $0) } }
            if parsed.count * 3 >= column.count * 2, parsed.count >= 2 {
                // The column's pattern: the separators most of its values share ("59:48" is a
                // shorter time among "1:00:41"s).
                var bySeps: [String: Int] = [:]
                for p in parsed { bySeps[String(p.1.seps), default: 0] += 1 }
                let common = bySeps.max { $0.value < $1.value || ($0.value == $1.value && $0.key.count < $1.key.count) }!.key
                let patterned = parsed.filter { String($0.1.seps) == common }
                guard let template = patterned.first?.1 else { return nil }
                let sameSeps = patterned.count * 3 >= parsed.count * 2 && patterned.count >= 2 && patterned.allSatisfy { !$0.1.endsOnSep }
                let parsed = sameSeps ? patterned : parsed
                let dateLike = template.seps.contains { ":-/".contains($0) }
                let kind = template.seps.contains(":") ? "time" : (dateLike ? "date" : "number")
                // The cell's separators run as a prefix of the column's.
                if sameSeps, !template.seps.isEmpty, c.seps.count <= template.seps.count,
                   Array(template.seps.prefix(c.seps.count)) == c.seps, c.prefix == template.prefix {
                    let k = c.runs.count - 1
                    let minimum = parsed.map { $0.1.runs.count > k ? $0.1.runs[k] : 0 }.min() ?? 0
                    let fixed = k > 0 && parsed.allSatisfy { $0.1.runs.count > k && $0.1.runs[k] == minimum }
                    if c.endsOnSep { return (cell, parsed[0].0, kind) }
                    // Inside a table only a value no format allows: a clock group or a thousands
                    // group short of its digits.
                    let invalid = k > 0 && (c.seps[k - 1] == ":" || (minimum == 3 && ",. '".contains(c.seps[k - 1])))
                    if fixed, c.runs[k] < minimum, c.seps.count == template.seps.count || dateLike, lastRow || invalid { return (cell, parsed[0].0, kind) }
                    if !lastRow { return nil }
                    if kind == "date", c.seps.count < template.seps.count, c.runs.count >= 1, c.suffix.isEmpty, k == 0 || fixed || c.runs[k] <= minimum {
                        return (cell, parsed[0].0, kind)
                    }
                    // A whole number in a column whose every value has a decimal part of one
                    // width ("€2" under "€33.60" and "€44.20", "3" under "34.1"): the digits
                    // before the separator, no wider than the column's.
                    if !total, c.seps.isEmpty, cell != "0", template.seps.count == 1, patterned.count == column.count,
                       c.suffix == template.suffix, let sep = template.seps.first, ".,".contains(sep) {
                        let decimals = Set(patterned.map { $0.1.runs.count == 2 ? $0.1.runs[1] : 0 })
                        let widest = patterned.map { $0.1.runs[0] }.max() ?? 0
                        if decimals.count == 1, let d = decimals.first, (1...2).contains(d), c.runs[0] <= widest {
                            return (cell, parsed[0].0, "decimal")
                        }
                    }
                    // One or two digits in a column whose every value is written in thousands
                    // groups ("12" under "71.300", "94.850" and "118.200"): the row stopped
                    // before its first group separator.
                    if !total, c.seps.isEmpty, cell != "0", c.runs[0] <= 2, patterned.count == column.count, column.count >= 2,
                       c.suffix == template.suffix, template.seps.allSatisfy({ ",. '".contains($0) }),
                       patterned.allSatisfy({ p in !p.1.runs.isEmpty && p.1.runs.dropFirst().allSatisfy { $0 == 3 } && p.1.runs[0] <= 3 }) {
                        return (cell, parsed[0].0, "number")
                    }
                }
                // Thousands groups in a column of mixed widths ("6,7" under "12,404" and "987").
                if let sep = c.seps.last, !dateLike, ",. '".contains(sep), c.seps.allSatisfy({ $0 == sep }),
                   c.runs.last.map({ $0 < 3 }) == true, c.runs.count >= 2 {
                    let grouped = parsed.filter { $0.1.seps.contains(sep) }
                    if grouped.count >= 2, grouped.count * 2 > parsed.count,
                       grouped.allSatisfy({ p in zip(p.1.seps, p.1.runs.dropFirst()).allSatisfy { $0.0 != sep || $0.1 == 3 } }) {
                        return (cell, grouped[0].0, "number")
                    }
                    if c.endsOnSep { return nil }
                }
                if c.endsOnSep, parsed.allSatisfy({ $0.1.runs.count > c.runs.count }) { return (cell, parsed[0].0, kind) }
                if !lastRow { return nil }
                // A unit every value carries, missing from a bare number.
                let suffix = parsed[0].1.suffix
                if !suffix.isEmpty, c.suffix.isEmpty, c.seps.isEmpty, cell != "0", parsed.count == column.count,
                   parsed.allSatisfy({ $0.1.suffix == suffix }), c.prefix == template.prefix {
                    return (cell, parsed[0].0, suffix == "%" ? "percentage" : "value")
                }
            }
        }
        guard lastRow else { return nil }
        if let cut = cutAtSeparator(cell, column: column) { return cut }
        let words = cell.split(separator: " ")
        // A number without the words that follow it in every value of that shape ("Every 1"
        // where the column holds "Every 60 min"): the same leading words, a number at the same
        // place no wider than the cell's, then a word.
        if words.count >= 2, let n = words.last, n.allSatisfy(\.isNumber), n.allSatisfy(\.isASCII) {
            let k = words.count - 1
            let lead = words.prefix(k)
            let shaped = column.map { $0.split(separator: " ") }.filter { vs in
                vs.count > k && vs[k].allSatisfy(\.isNumber) && zip(lead, vs.prefix(k)).allSatisfy { a, b in
                    a.lowercased() == b.lowercased() || (a.allSatisfy(\.isNumber) && b.allSatisfy(\.isNumber)) }
            }
            if lead.contains(where: { $0.allSatisfy(\.isLetter) }), let template = shaped.first,
               shaped.allSatisfy({ vs in vs.count > k + 1 && vs[k + 1].first?.isLetter == true && vs[k].count >= n.count
                                   && !TextTools.functionWordsByLanguage.contains { $0.words.contains(vs[k + 1].lowercased()) } }) {
                return (cell, template.joined(separator: " "), "value")
            }
        }
        // A word cut inside.
        guard let lastWord = words.last, lastWord.allSatisfy(\.isLetter), cell.last?.isLetter == true else { return nil }
        let k = words.count - 1
        let lower = lastWord.lowercased()
        var whole = Set<String>()
        for v in column { for w in v.split(separator: " ") { whole.insert(w.lowercased().trimmingCharacters(in: .punctuationCharacters)) } }
        if whole.contains(lower) { return nil }
        func sameLead(_ vs: [Substring]) -> Bool {
            zip(words.prefix(k), vs.prefix(k)).allSatisfy { a, b in
                a == b || (a.allSatisfy(\.isNumber) && b.allSatisfy(\.isNumber))
            }
        }
        if lastWord.count >= 2 {
            for v in column {
                let vs = v.split(separator: " ")
                guard vs.count > k, sameLead(vs) else { continue }
                let w = vs[k].lowercased()
                if w.count > lower.count, w.hasPrefix(lower) { return (cell, v, "word") }
            }
        }
        // A month cut in a date column.
        do {
            let months = column.filter { v in
                v.split(separator: " ").contains { monthNames.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }
            }
            if months.count * 2 > column.count, !monthNames.contains(lower),
               monthNames.contains(where: { $0.count > lower.count && $0.hasPrefix(lower) }),
               lower.count < 3 || months.allSatisfy({ v in v.split(separator: " ").contains { $0.count > 4 && monthNames.contains($0.lowercased()) } }) {
                return (cell, months[0], "date")
            }
        }
        return nil
    }

    /// The shape of a cell value: each run of digits as "9", of letters as "a", of white space
    /// as " ", other characters as written ("2–1" → "9–9", "€2.40" → "€9.9", "22:05" → "9:9").
    static func shape(_ text: String) -> String {
        var out = ""
        for c in text {
            let k: Character = c.isNumber ? "9" : c.isLetter ? "a" : c.isWhitespace ? " " : c
            if (k == "9" || k == "a" || k == " "), out.last == k { continue }
            out.append(k)
        }
        return out
    }

    /// A value that stops on a separator, its shape a strict prefix of the shape of most of its
    /// column's values and of none whole ("2–" under "2–1" and "3–0", "+1:" under "+1:23",
    /// "€2." under "€2.40"): a score, time or price cut after its separator. An open range of
    /// years ("2019–", an office holder still serving) is a value.
    static func cutAtSeparator(_ cell: String, column: [String]) -> (cell: String, example: String, kind: String)? {
        guard let last = cell.last, ":–—-,./".contains(last), cell.contains(where: \.isNumber), column.count >= 2 else { return nil }
        let digits = cell.filter(\.isNumber)
        if digits.count == 4, cell.dropLast().trimmingCharacters(in: .whitespaces).allSatisfy(\.isNumber) { return nil }
        let s = shape(cell)
        let shapes = column.map(shape)
        guard !shapes.contains(s) else { return nil }
        let longer = column.indices.filter { shapes[$0].count > s.count && shapes[$0].hasPrefix(s) }
        guard longer.count >= 2, longer.count * 2 >= column.count else { return nil }
        let kind = last == ":" ? "time" : ("–—-".contains(last) ? "score" : "number")
        return (cell, column[longer[0]], kind)
    }

    /// `text.trimmingCharacters(in: .whitespaces).isEmpty`, from the bytes when `text` holds an
    /// ASCII byte other than space and tab, or only spaces and tabs.
    static func isBlank(_ text: String) -> Bool {
        var onlySpaces = true
        for b in text.utf8 {
            if b >= 0x80 { onlySpaces = false; break }
            if b != 0x20 && b != 0x09 { return false }
        }
        return onlySpaces || text.trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// A row in another table with the same header whose leading cells equal this row's.
    private func completeCopy(of row: TableRow, in table: Table, article: Article, width: Int) -> TableRow? {
        let header = table.header.cells.map { TextTools.normalize($0.text) }
        let leading = row.cells.map { TextTools.normalize($0.text) }
        for other in article.tables where other.range != table.range {
            guard other.header.cells.map({ TextTools.normalize($0.text) }) == header else { continue }
            for candidate in other.rows where candidate.width == width {
                if Array(candidate.cells.prefix(leading.count).map { TextTools.normalize($0.text) }) == leading {
                    return candidate
                }
            }
        }
        return nil
    }
}
