@testable import FidelintCore
import Testing

/// Issue 16's byte paths answer as the code they shortcut.
@Suite struct SpeedPathTests {
    static let texts = [
        "", "One. Two! three? 4 \"Five.\" (Six.) x.", "A sentence.\r\nAnother one. \"Quoted\" here. 'Single' there.",
        "Ends.) Next. 7 items. \"Yes,\" he said. ]Odd. ", "No ends here", "Dr. Smith met Mr. Jones. They left.",
        "Il a dit. « Non » et… Puis. ¿Qué? ¡Sí! Fin.\u{A0}Ok. Über alles.", "A.\tB. C.  D.",
    ]

    @Test func internalSentenceEndsBytePath() {
        for text in Self.texts {
            #expect(TextTools.internalSentenceEnds(text) == TextTools.internalSentenceEndsReference(text), "\(text.debugDescription)")
        }
    }

    @Test func asciiContainsIsFoundationsContains() {
        for text in Self.texts {
            for needle: StaticString in [". ", "? ", "! ", " | ", "\t", "{"] {
                if let fast = TextTools.asciiContains(text, needle) {
                    #expect(fast == text.contains(needle.description), "\(text.debugDescription) \(needle)")
                }
            }
        }
    }
}
