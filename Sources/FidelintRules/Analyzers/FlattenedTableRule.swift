import FidelintCore

/// A table whose cell delimiters were lost when the page was scraped, so its cells run together
/// (`SectorPotential ProjectsExpected Benefits`). The reader recovers the cells from case and
/// digit boundaries (`FlattenedTableDetector`); this rule reports the table once, one finding
/// spanning its lines from the header to the last row (issue 14: one finding per defect).
///
/// Pattern source: the seed article (lines 19, 37, 49, 60), scraped from an aggregator.
public struct FlattenedTableRule: Rule {
    public init() {}

    public let description = RuleDescription(
        identifier: "flattened_table", name: "Flattened Table",
        summary: "A table lost its cell delimiters, so the cells of each row run together.",
        category: .truncatedTable, defaultSeverity: .warning,
        origin: "seed article lines 19-22 (cells run together by the scraper)",
        triggeringExamples: [
            Example("Projects by sector:\n\n↓SectorPotential ProjectsExpected Benefits\nEnergySolar power plantsIncreased energy security\nInfrastructureHighway expansionsImproved trade connectivity\n"),
            Example("↓InitiativeStart DateExpected Completion\nJoint ExercisesQ3 2024Q1 2025\nBorder SurveillanceQ1 2025Q4 2025\n"),
        ],
        nonTriggeringExamples: [
            Example("The iPhone maker met McDonald's and YouTube executives.\nThey discussed eBay listings.\nNo deal was reached.\n"),
            Example("| Sector | Projects |\n|---|---|\n| Energy | Solar |\n| Transport | Rail |\n"),
            Example("September 2025\nMTWTFSS\n1234567\n891011121314\n"),
        ])

    public func check(_ context: RuleContext) throws -> [Finding] {
        let source = context.article.source
        return context.article.tables.filter { $0.style == .flattened }.map { table in
            let cells = table.header.cells.map { "“\($0.text)”" }.joined(separator: ", ")
            return finding("Table cells run together without delimiters in “\(TextTools.quote(source.text(table.header.range), limit: 60))” (recovered \(table.header.cells.count) columns: \(cells))",
                           at: table.range)
        }
    }
}
