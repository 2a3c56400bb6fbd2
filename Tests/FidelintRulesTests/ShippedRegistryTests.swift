@testable import FidelintRules
import Testing

/// The shipped registries are read without typing plain scalars (start-up time); read with full
/// typing they must load without error and give exactly the same entries.
@Suite struct ShippedRegistryTests {
    @Test func untypedLoadEqualsTypedLoad() throws {
        var typedPeople: [EntityRegistry.Person] = [], typedOffices: [EntityRegistry.Office] = []
        var typedOutlets: [SourceRegistry.Outlet] = []
        for (path, contents) in EmbeddedRulePacks.registries {
            if path.hasSuffix("entities.yml") {
                let r = try EntityRegistry.load(yaml: contents, path: "Rules/" + path, typed: true)
                typedPeople += r.people
                typedOffices += r.offices
            } else if path.hasSuffix("sources.yml") {
                typedOutlets += try SourceRegistry.load(yaml: contents, path: "Rules/" + path, typed: true).outlets
            }
        }
        let entities = try EntityRegistry.shipped(), sources = try SourceRegistry.shipped()
        #expect(typedPeople.count > 20 && typedOutlets.count > 20)
        #expect(entities.people == typedPeople)
        #expect(entities.offices == typedOffices)
        #expect(sources.outlets == typedOutlets)
    }

    @Test func typedLoadStillRefusesANumberForAName() {
        let yaml = "people:\n  - id: p1\n    name: 42\n    surname: X\n    source: https://example.org\n    as_of: 2025-01-01\n"
        #expect(throws: RuleFileError.self) { try EntityRegistry.load(yaml: yaml, path: "user.yml") }
    }
}
