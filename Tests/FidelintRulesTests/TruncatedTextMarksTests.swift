import Foundation
import FidelintCore
@testable import FidelintRules
import Testing

/// `truncated_text` counts quotation marks and parentheses from the UTF-8 bytes when every
/// non-ASCII character is simple punctuation; on every fixture, shared case and corpus text (each
/// whole, and each line) the counts must equal those made by `Character`s.
@Suite struct TruncatedTextMarksTests {
    @Test func byteMarksEqualCharacterMarks() {
        var byteTexts = 0
        let texts = DuplicateSectionMatchTests.texts + [
            "She said “the harbour (north) will be rebuilt", "“Open ”close” \"straight\" ((", "«x» — “y”", "café “z”", "",
        ]
        for t in texts {
            for piece in [t] + t.split(separator: "\n").map(String.init) {
                #expect(TruncatedTextRule.marks(piece) == TruncatedTextRule.characterMarks(piece), "\(piece.prefix(60))")
                if TextTools.isPunctuationOnly(piece) { byteTexts += 1 }
            }
        }
        #expect(byteTexts > 1000)
    }
}
