import FidelintCore

/// A table row with more cells than its header (counting `colspan`): a cell split in two, or a row
/// pasted from another table. cmark-gfm drops such cells silently; the readers count them as
/// written.
///
/// Pattern source: `../shared/NOTES-C-LIBRARIES.md` §2.2 (long rows truncated silently) and issue 3.
public struct LongTableRowRule: Rule {
    public init() {}

    public let description = RuleDescription(
        identifier: "long_table_row", name: "Long Table Row",
        summary: "A table row has more cells than the table's header.",
        category: .truncatedTable, defaultSeverity: .warning,
        origin: "NOTES-C-LIBRARIES §2.2 (cmark-gfm drops the extra cells of long rows)",
        triggeringExamples: [
            Example("| Name | Navy |\n|---|---|\n| Ada | 1843 |\n↓| Grace | Navy | 1952 |\n", format: .markdown),
            Example("<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr><tr><td>↓3</td><td colspan=\"2\">4</td></tr></table>", format: .html),
        ],
        nonTriggeringExamples: [
            Example("| Name | Year |\n|---|---|\n| Ada | 1843 |\n| Grace | 1952 |\n", format: .markdown),
            Example("<table><tr><th colspan=\"2\">A</th></tr><tr><td>1</td><td>2</td></tr></table>", format: .html),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] {
        context.article.tables.flatMap { table in
            table.rows.filter { $0.width > table.header.width }.map { row in
                let extra = row.cells.map(\.text).joined(separator: " | ")
                return finding("Table row “\(TextTools.quote(extra, limit: 60))” has \(row.width) cells, but the header has \(table.header.width)",
                               at: row.range)
            }
        }
    }
}
