import Testing
@testable import FidelintCore

/// `YAMLGuard.aliasKey`: aliases used as keys are found (explicit, implicit, flow), aliases as
/// values, quoted text, comments and block scalars are not.
@Suite struct YAMLGuardTests {
    @Test func findsAliasKeys() throws {
        #expect(try #require(YAMLGuard.aliasKey(in: "a: &x [1]\nmeta: {? *x : 1}\n")) == (2, "*x"))
        #expect(try #require(YAMLGuard.aliasKey(in: "a: &x [1]\n*x : 1\n")) == (2, "*x"))
        #expect(try #require(YAMLGuard.aliasKey(in: "a: &x [1]\nb:\n  *x: 1\n")) == (3, "*x"))
        #expect(try #require(YAMLGuard.aliasKey(in: "a: &x [1]\n? [*x, *x]\n: 1\n")) == (2, "*x"))
        #expect(try #require(YAMLGuard.aliasKey(in: "a: &x [1]\nb: {c: 1, *x : 2}\n")) == (2, "*x"))
    }

    @Test func allowsAliasValuesAndText() {
        #expect(YAMLGuard.aliasKey(in: "a: &x [1]\nb: *x\nc: [*x, *x]\nd: {e: *x}\n") == nil)
        #expect(YAMLGuard.aliasKey(in: "title: \"*x: not a key\"\nsub: '? *y : z'\n") == nil)
        #expect(YAMLGuard.aliasKey(in: "a: 1 # *x: in a comment\n") == nil)
        #expect(YAMLGuard.aliasKey(in: "pattern: |\n  (?: *x: \\s*: )\n  ? *y : z\nnext: 1\n") == nil)
        #expect(YAMLGuard.aliasKey(in: "a: 2*x: 3\nb: x*y\n") == nil)
    }
}
