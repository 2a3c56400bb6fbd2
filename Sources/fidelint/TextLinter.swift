import FidelintCore
import FidelintRules
import Foundation

/// Lints one text that may not be on disk (an editor's buffer, an agent's draft) or one file at a
/// time (`fix`) as `check` would lint it at `path`: with the `.fidelint.yml` found above that
/// path (or `Settings.config`, or the defaults), its rules, overrides, severities and options, and
/// the command line's extra packs, registries and options. Configurations and their rules load
/// once and are reused. Used by `fidelint fix`, `fidelint lsp` and `fidelint mcp`.
struct TextLinter {
    /// What a command line adds to the configurations (all empty for the servers).
    struct Settings {
        /// One configuration file for every path, instead of the nearest `.fidelint.yml`.
        var config: String? = nil
        var rulePacks: [String] = []
        var entityFiles: [String] = []
        var sourceFiles: [String] = []
        /// `--set RULE.KEY=NUMBER` values, as written.
        var ruleOptions: [String] = []
        var articleDate: String? = nil
        var siteDomain: String? = nil
        var wholePage = false
    }

    var settings = Settings()
    private var setups: [String: (config: Configuration, rules: [any Rule], cli: [String: [String: Int]])] = [:]
    private var linters: [String: Linter] = [:]
    /// Every loaded rule's description, a shipped rule's with its documentation page.
    private(set) var descriptions: [String: RuleDescription] = [:]

    init(settings: Settings = Settings()) { self.settings = settings }

    /// The configuration that applies at `path` (its key in `setups`), loaded once.
    /// - Throws: `RuleFileError` for a bad configuration, rule pack or registry; `ExitCode(2)`
    ///   (after a message) for a bad `--set`.
    private mutating func setup(for path: String) throws -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL
        let folder = absolute.deletingLastPathComponent().path
        let configPath = settings.config ?? Configuration.find(from: folder) ?? ""
        if setups[configPath] == nil {
            let config = configPath.isEmpty ? Configuration(directory: FileCollector.repositoryRoot(from: folder))
                                            : try Configuration.load(path: configPath)
            let rules = try RuleSet.all(extraPacks: config.rulePacks + settings.rulePacks, entityFiles: config.entities + settings.entityFiles,
                                        sourceFiles: config.sources + settings.sourceFiles)
            try config.validate(against: rules)
            let cli = try Fidelint.Check.parseRuleOptions(settings.ruleOptions, rules: rules)
            setups[configPath] = (config, rules, cli)
            for d in Fidelint.documented(rules) { descriptions[d.identifier] = d }
        }
        return configPath
    }

    /// The configuration that applies at `path`.
    mutating func configuration(for path: String) throws -> Configuration { setups[try setup(for: path)]!.config }

    /// The linter for `path` (its configuration, the overrides that match it, the command line's
    /// options) and the descriptions of its enabled rules.
    mutating func linter(for path: String, articleDate: String? = nil) throws -> (Linter, [RuleDescription]) {
        let key = try setup(for: path)
        let setup = setups[key]!
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let resolved = setup.config.resolved(for: absolute, rules: setup.rules)
        var options = resolved.options
        for (rule, values) in setup.cli { options[rule, default: [:]].merge(values) { _, cli in cli } }
        let date = articleDate ?? settings.articleDate
        let linterKey = [key, resolved.enabled.sorted().joined(separator: ","),
                         resolved.severity.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ","),
                         options.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.sorted { $0.key < $1.key })" }.joined(separator: ","),
                         date ?? ""].joined(separator: "|")
        let enabled = setup.rules.filter { resolved.enabled.contains($0.identifier) }
        let linter = linters[linterKey] ?? Linter(
            rules: enabled,
            options: LintOptions(articleDate: date, wholePage: settings.wholePage, ruleOptions: options,
                                 siteDomain: settings.siteDomain ?? setup.config.siteDomain,
                                 requireSuppressionReason: setup.config.requireSuppressionReason),
            severityOverrides: resolved.severity)
        linters[linterKey] = linter
        return (linter, enabled.compactMap { descriptions[$0.identifier] })
    }

    /// The findings of `text` read as `format` at `path`, and the descriptions of the rules run.
    /// - Throws: `RuleFileError` for a bad configuration, rule pack or registry.
    mutating func lint(text: String, path: String, format: ArticleFormat, articleDate: String? = nil) throws -> (FileResult, [RuleDescription]) {
        let (linter, rules) = try linter(for: path, articleDate: articleDate)
        return (linter.lint(SourceText(path: path, string: text), format: format), rules)
    }
}
