import FidelintCore
import Foundation

/// Escaping shared by the XML and HTML reporters.
enum Markup {
    /// Text safe in XML 1.0 and HTML element content and in double- or single-quoted attribute
    /// values: `& < > " '` become references; tab, newline and carriage return become character
    /// references (so attribute-value normalization keeps them); other characters XML 1.0 forbids
    /// (C0 controls, U+FFFE, U+FFFF, lone surrogates cannot occur in a Swift string) become U+FFFD.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}

/// Counts that summary reports (Markdown, HTML, JUnit) share.
struct RunTally {
    struct FileTally {
        var path: String
        var error = 0, warning = 0, note = 0
        var total: Int { error + warning + note }
        /// Errors weigh most, then warnings, then notes.
        var weight: (Int, Int, Int) { (error, warning, note) }
    }

    var byCategory: [(Category, Int)]
    var byRule: [(String, Int)]
    var files: [FileTally]

    init(_ run: LintRun) {
        var categories: [Category: Int] = [:], rules: [String: Int] = [:]
        for f in run.findings {
            categories[f.category, default: 0] += 1
            rules[f.ruleId, default: 0] += 1
        }
        byCategory = Category.allCases.map { ($0, categories[$0] ?? 0) }
        byRule = rules.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ($0.key, $0.value) }
        files = run.files.map { file in
            var t = FileTally(path: file.path)
            for f in file.findings {
                switch f.severity {
                case .error: t.error += 1
                case .warning: t.warning += 1
                case .note: t.note += 1
                }
            }
            return t
        }
    }

    /// Files with findings, worst first (most errors, then warnings, then notes), then by path.
    var worstFiles: [FileTally] {
        files.filter { $0.total > 0 }.sorted {
            $0.weight != $1.weight ? $0.weight > $1.weight : $0.path < $1.path
        }
    }
}

extension ReportOptions {
    /// Whether the run passes the gate (no finding at or above `failOn`, and every file read and
    /// every rule finished, as the exit status says), and the gate as an option: `--fail-on error`.
    func verdict(_ run: LintRun) -> (passed: Bool, gate: String) {
        (!run.fails(at: failOn) && run.fileErrors.isEmpty && run.ruleErrors.isEmpty, "--fail-on \(failOn?.rawValue ?? "never")")
    }
}
