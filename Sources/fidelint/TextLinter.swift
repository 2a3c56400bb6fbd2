import FidelintCore
import FidelintRules
import Foundation

/// Lints one text that may not be on disk (an editor's buffer, an agent's draft) as `check` would
/// lint it at `path`: with the `.fidelint.yml` found above that path (or the defaults), its rules,
/// overrides, severities and options. Configurations and their rules load once and are reused.
/// Used by `fidelint lsp` and `fidelint mcp`.
struct TextLinter {
    private var setups: [String: (config: Configuration, rules: [any Rule])] = [:]
    /// Every loaded rule's description, a shipped rule's with its documentation page.
    private(set) var descriptions: [String: RuleDescription] = [:]

    /// The findings of `text` read as `format` at `path`, and the descriptions of the rules run.
    /// - Throws: `RuleFileError` for a bad configuration, rule pack or registry.
    mutating func lint(text: String, path: String, format: ArticleFormat, articleDate: String? = nil) throws -> (FileResult, [RuleDescription]) {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL
        let folder = absolute.deletingLastPathComponent().path
        let configPath = Configuration.find(from: folder) ?? ""
        if setups[configPath] == nil {
            let config = configPath.isEmpty ? Configuration(directory: FileCollector.repositoryRoot(from: folder))
                                            : try Configuration.load(path: configPath)
            let rules = try RuleSet.all(extraPacks: config.rulePacks, entityFiles: config.entities, sourceFiles: config.sources)
            try config.validate(against: rules)
            setups[configPath] = (config, rules)
            for d in Fidelint.documented(rules) { descriptions[d.identifier] = d }
        }
        let setup = setups[configPath]!
        let resolved = setup.config.resolved(for: absolute.path, rules: setup.rules)
        let enabled = setup.rules.filter { resolved.enabled.contains($0.identifier) }
        let linter = Linter(rules: enabled,
                            options: LintOptions(articleDate: articleDate, ruleOptions: resolved.options, siteDomain: setup.config.siteDomain,
                                                 requireSuppressionReason: setup.config.requireSuppressionReason),
                            severityOverrides: resolved.severity)
        let result = linter.lint(SourceText(path: path, string: text), format: format)
        return (result, enabled.compactMap { descriptions[$0.identifier] })
    }
}
