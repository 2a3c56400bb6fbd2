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

    /// `truncated_table_row` tests header cells for blankness from the bytes; it must agree with
    /// trimming white space on every line and cell-like piece of the texts.
    @Test func isBlankEqualsTrimming() {
        var pieces = [" ", "\t", "", "\u{00A0}", " \u{2003} ", "x", " x ", "\u{00A0}x", "\n", " \r"]
        for t in DuplicateSectionMatchTests.texts {
            for line in t.split(separator: "\n", omittingEmptySubsequences: false) {
                pieces.append(String(line))
                pieces += line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            }
        }
        var blank = 0
        for p in pieces {
            let expected = p.trimmingCharacters(in: .whitespaces).isEmpty
            #expect(TruncatedTableRowRule.isBlank(p) == expected, "\(p.prefix(40))")
            if expected { blank += 1 }
        }
        #expect(blank > 10)
    }
}

