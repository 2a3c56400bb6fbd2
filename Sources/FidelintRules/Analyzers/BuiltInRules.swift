import FidelintCore

/// The built-in Swift analyzers: checks that need structure a single regex cannot see.
/// `RuleRegistryTests` fails when an analyzer in this folder is missing from the list.
enum BuiltInRules {
    /// The analyzers, the name rules reading `entities` and the source rules `sources`.
    static func rules(entities: EntityRegistry, sources: SourceRegistry) -> [any Rule] {
        let finder = AttributionFinder(sources: sources)
        return [
            StrayCodeFenceRule(),
            ReasoningBlockRule(),
            HeadTitleLeadInRule(),
            AssistantTrackingLinkRule(),
            RoleConflictRule(entities: entities),
            TitleChangeRule(),
            HeadlineNameMismatchRule(entities: entities),
            NameSpellingVariantRule(),
            RegisteredNameSpellingRule(entities: entities),
            StaleOfficeRule(entities: entities),
            UnintroducedSurnameRule(entities: entities),
            DuplicateSectionRule(),
            TruncatedTableRowRule(),
            FlattenedTableRule(),
            TruncatedTextRule(),
            MissingSourceLinkRule(finder: finder),
            SourceDomainMismatchRule(finder: finder),
            PlaceholderLinkRule(finder: finder),
            SelfSourceLinkRule(finder: finder),
            HomepageSourceLinkRule(finder: finder),
            UnsourcedArticleRule(finder: finder),
            InvalidEncodingRule(),
            InvalidFrontMatterRule(),
            MojibakeRule(),
            CalendarWidgetRule(),
            PaginationWidgetRule(),
            ShareWidgetRule(),
            SidebarWidgetRule(),
            BreadcrumbWidgetRule(),
            LongTableRowRule(),
            EmptyTrailingCellsRule(),
            DuplicateArticleRule(),
            UnusedSuppressionRule(),
            SuppressionReasonRule(),
            // Fidelity to the source documents (issue 19): run only for articles with inputs.
            UnsupportedQuoteRule(),
            UnsupportedPersonRule(entities: entities),
            ChangedFigureRule(),
            UnsupportedOutletRule(finder: finder),
        ]
    }

    /// The shipped registry, loaded once (a broken shipped file is a bug the tests catch, so the
    /// rules then run with an empty registry rather than stop).
    static let shippedEntities: EntityRegistry = (try? EntityRegistry.shipped()) ?? EntityRegistry()
    static let shippedSources: SourceRegistry = (try? SourceRegistry.shipped()) ?? SourceRegistry()

    /// The analyzers with the shipped registries (built once: the source patterns compile here).
    static let all: [any Rule] = rules(entities: shippedEntities, sources: shippedSources)
}
