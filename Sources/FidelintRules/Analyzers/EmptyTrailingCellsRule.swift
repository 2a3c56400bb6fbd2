import FidelintCore

/// The last row of a table ends in empty cells while the rows above are full: generation that
/// stopped after writing the row's delimiters. An empty cell mid-table is a normal gap and stays
/// silent, as do explicit gap markers ("—", "n/a").
///
/// Pattern source: issue 3 (empty trailing cells in the last row) and `../shared/cases/TAXONOMY.md`
/// §14 (an empty but present cell is at most a note).
public struct EmptyTrailingCellsRule: Rule {
    public init() {}

    public let description = RuleDescription(
        identifier: "empty_trailing_cells", name: "Empty Trailing Cells",
        summary: "The last row of a table ends in empty cells while the rows above are complete.",
        category: .truncatedTable, defaultSeverity: .note,
        origin: "issue 3; TAXONOMY §14 (an empty but present cell is at most a note)",
        triggeringExamples: [
            Example("| District | Rain | Change |\n|---|---|---|\n| Harlow | 412 | +6% |\n↓| Marren | | |\n", format: .markdown),
        ],
        nonTriggeringExamples: [
            Example("| District | Rain | Change |\n|---|---|---|\n| Harlow | | +6% |\n| Marren | 388 | — |\n", format: .markdown),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] {
        var out: [Finding] = []
        for table in context.article.tables {
            guard let last = table.rows.last, last.width == table.header.width, table.rows.count >= 2 else { continue }
            let empty = last.cells.reversed().prefix { $0.text.trimmingCharacters(in: .whitespaces).isEmpty }.count
            let aboveFull = table.rows.dropLast().allSatisfy { row in
                row.cells.suffix(empty).allSatisfy { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
            }
            guard empty > 0, empty < last.cells.count, aboveFull else { continue }
            let columns = table.header.cells.suffix(empty).map { "“\($0.text)”" }.joined(separator: ", ")
            out.append(finding("The last table row “\(TextTools.quote(last.cells.map(\.text).joined(separator: " | "), limit: 50))” leaves \(columns) empty, while every row above fills \(empty == 1 ? "it" : "them")",
                               at: last.range))
        }
        return out
    }
}
