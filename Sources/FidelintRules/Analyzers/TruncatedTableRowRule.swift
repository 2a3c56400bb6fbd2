import FidelintCore

/// A table row with fewer cells than its header (counting `colspan`), or a last row whose last
/// cell is cut mid-number ("6,7" in a column of "12,404") or mid-word ("Indep" where the column
/// holds "Independent"): the marks of generation that stopped mid-table. When the same table appears complete elsewhere in the article, the message
/// quotes the missing cells from that copy. Gap markers ("—", "n/a") are cells, so they never fire.
///
/// Pattern source: `../shared/cases/TAXONOMY.md` §14 (anthropics/claude-code#58398,
/// FiligranHQ/filigran-ui#327) and the seed article (line 63).
public struct TruncatedTableRowRule: Rule {
    public init() {}

    public let description = RuleDescription(
        identifier: "truncated_table_row", name: "Truncated Table Row",
        summary: "A table row has fewer cells than the table's header.",
        category: .truncatedTable, defaultSeverity: .error,
        origin: "TAXONOMY §14 truncated_table_row; seed article line 63",
        triggeringExamples: [
            Example("| Candidate | Votes |\n|---|---|\n| Mira Oduya | 12,404 |\n| Tomas Brill | 10,987 |\n↓| Lenka Harrow | 6,7 |\n"),
            Example("| Candidate | Party |\n|---|---|\n| Mira Oduya | Independent |\n| Tomas Brill | Civic Union |\n↓| Lenka Harrow | Indep |\n"),
            Example("| Candidate | Party | Votes | Share |\n|---|---|---|---|\n| Mira Oduya | Green | 12,404 | 41.2% |\n↓| Lenka Harrow | Independent | 6,7\n"),
            Example("Focus AreaAction ItemsExpected Outcomes\nEconomic CooperationTrade agreementsIncreased trade\nCultural ExchangesStudent programsStronger bonds\n↓Technology & InnovationJoint research\n"),
        ],
        nonTriggeringExamples: [
            Example("| Candidate | Votes | Share |\n|---|---|---|\n| Mira Oduya | 12,404 | 41,2 |\n| Tomas Brill | 10,987 | 36,5 |\n"),
            Example("| Team | Result |\n|---|---|\n| Harlow | Won |\n| Brennock | Won on penalties |\n| Marren | Won |\n"),
            Example("| Museum | 2023 | 2024 |\n|---|---|---|\n| Brennock Museum | 48,200 | 51,900 |\n| Harbour Gallery | — | 12,300 |\n| Mill Street Archive | 6,100 | n/a |\n"),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] {
        let article = context.article
        var out: [Finding] = []
        for table in article.tables {
            let width = table.header.width
            // A layout table (empty header cells) has no columns to count.
            guard table.header.cells.allSatisfy({ !Self.isBlank($0.text) }) else { continue }
            // The last row's last cell cut mid-number ("6,7" in a column of "12,404").
            if let last = table.rows.last, last.width == width, let cut = cutNumber(in: last, table: table) ?? cutWord(in: last, table: table) {
                out.append(finding("The last table row “\(TextTools.quote(last.cells.map(\.text).joined(separator: " | "), limit: 60))” ends in “\(cut.cell)”, cut mid-\(cut.kind) (the column holds “\(cut.example)”)",
                                   at: last.range))
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
                if row.range == table.rows.last?.range, let cut = cutNumber(in: row, table: table) ?? cutWord(in: row, table: table) {
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

    /// The row's last non-empty cell when it is a number cut mid-way: its column holds numbers with
    /// thousands separators ("12,404") and the cell's last group is shorter than three digits.
    private func cutNumber(in row: TableRow, table: Table) -> (cell: String, example: String, kind: String)? {
        guard let j = row.cells.lastIndex(where: { !$0.text.isEmpty }) else { return nil }
        let cell = row.cells[j].text
        // The cell first (most last cells are no cut number), then its column.
        let groups = cell.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count >= 2, groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
              let last = groups.last, last.count < 3 else { return nil }
        let column = ([table.header] + table.rows).filter { $0.range != row.range && $0.cells.count > j }.map { $0.cells[j].text }
        let grouped = column.filter(Self.isGroupedNumber)
        guard grouped.count >= 2, grouped.count * 2 > column.count - 1 else { return nil }
        return (cell, grouped[0], "number")
    }

    /// The row's last non-empty cell when it is the start of a longer cell in the same column that
    /// breaks off inside a word ("Indep" where another row has "Independent").
    private func cutWord(in row: TableRow, table: Table) -> (cell: String, example: String, kind: String)? {
        guard let j = row.cells.lastIndex(where: { !$0.text.isEmpty }) else { return nil }
        let cell = row.cells[j].text
        guard cell.last?.isLetter == true, let lastWord = TextTools.letterWords(cell).last, lastWord.count >= 2 else { return nil }
        for other in table.rows + [table.header] where other.range != row.range && other.cells.count > j {
            let text = other.cells[j].text
            guard text.count > cell.count, text.hasPrefix(cell) else { continue }
            let next = text[text.index(text.startIndex, offsetBy: cell.count)]
            if next.isLetter { return (cell, text, "word") }
        }
        return nil
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

    static func isGroupedNumber(_ text: String) -> Bool {
        let t = text.hasSuffix("%") ? String(text.dropLast()) : text
        let parts = t.split(separator: ".", maxSplits: 1)
        guard let whole = parts.first else { return false }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        return groups.count >= 2 && groups.first!.count <= 3 && groups.first!.allSatisfy(\.isNumber)
            && groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(\.isNumber) }
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
