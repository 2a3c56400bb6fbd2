import FidelintCore

/// The built-in Swift analyzers: checks that need structure a single regex cannot see.
/// `RuleRegistryTests` fails when an analyzer in this folder is missing from the list.
enum BuiltInRules {
    static let all: [any Rule] = [
        StrayCodeFenceRule(),
        RoleConflictRule(),
        NameSpellingVariantRule(),
        DuplicateSectionRule(),
        TruncatedTableRowRule(),
        FlattenedTableRule(),
        TruncatedTextRule(),
        MissingSourceLinkRule(),
        InvalidEncodingRule(),
        LongTableRowRule(),
        EmptyTrailingCellsRule(),
        DuplicateArticleRule(),
    ]
}
