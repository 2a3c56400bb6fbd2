import FidelintCore

/// The built-in Swift analyzers: checks that need structure a single regex cannot see.
/// `RuleRegistryTests` fails when an analyzer in this folder is missing from the list.
enum BuiltInRules {
    /// The analyzers, the name rules reading `entities`.
    static func rules(entities: EntityRegistry) -> [any Rule] {
        [
            StrayCodeFenceRule(),
            RoleConflictRule(entities: entities),
            HeadlineNameMismatchRule(entities: entities),
            NameSpellingVariantRule(),
            RegisteredNameSpellingRule(entities: entities),
            StaleOfficeRule(entities: entities),
            UnintroducedSurnameRule(entities: entities),
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

    /// The shipped registry, loaded once (a broken shipped file is a bug the tests catch, so the
    /// rules then run with an empty registry rather than stop).
    static let shippedEntities: EntityRegistry = (try? EntityRegistry.shipped()) ?? EntityRegistry()

    /// The analyzers with the shipped registries.
    static var all: [any Rule] { rules(entities: shippedEntities) }
}
