import FidelintCore

/// Human-readable output, one finding per line in the form compilers and editors understand:
///
///     path:line:column: severity: message [rule-id]
///       path:line:column: note: related message
///
/// followed by a summary line. Columns are 1-based UTF-16 code units, as in JSON and SARIF.
/// With `options.color`, the location is bold, the severity red (error), yellow (warning) or cyan
/// (note) and the rule id dim (ANSI SGR codes); the characters are otherwise the same.
public enum TextReporter: Reporter {
    public static let identifier = "text"
    public static let summary = "path:line:column: severity: message [rule-id], one finding per line"

    public static func report(_ run: LintRun, options: ReportOptions) -> String {
        var out = ""
        let paint = options.color ? Self.paint : { _, text in text }
        for f in run.findings {
            out += paint(.bold, "\(escape(f.path)):\(f.location.line):\(f.location.column):") + " "
                + paint(Style(f.severity), "\(f.severity.rawValue):") + " \(escape(f.message)) " + paint(.dim, "[\(f.ruleId)]") + "\n"
            for r in f.related {
                out += "  " + paint(.bold, "\(escape(r.path)):\(r.location.line):\(r.location.column):") + " "
                    + paint(.note, "note:") + " \(escape(r.message))\n"
            }
        }
        let files = run.files.count
        let total = run.findings.count
        out += "\(plural(total, "finding")) (\(plural(run.count(.error), "error")), \(plural(run.count(.warning), "warning")), \(plural(run.count(.note), "note"))) in \(plural(files, "file"))"
        if !run.fileErrors.isEmpty { out += "; \(plural(run.fileErrors.count, "path")) could not be read" }
        let ruleErrors = run.files.reduce(0) { $0 + $1.errors.count }
        if ruleErrors > 0 { out += "; \(plural(ruleErrors, "rule")) gave up (see standard error)" }
        return out + "\n"
    }

    /// ANSI SGR styles.
    enum Style: String {
        case bold = "1", dim = "2", error = "1;31", warning = "1;33", note = "1;36"
        init(_ severity: Severity) {
            switch severity {
            case .error: self = .error
            case .warning: self = .warning
            case .note: self = .note
            }
        }
    }

    static func paint(_ style: Style, _ text: String) -> String { "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    /// `TerminalText.safe`: a path or message with control characters (a newline in a file name,
    /// an escape sequence in an article) escaped, so one finding is always one line and an
    /// article cannot drive the terminal.
    static func escape(_ text: String) -> String { TerminalText.safe(text) }
}

/// Text from an article or a path made safe to print on a terminal: C0 control characters (an
/// escape sequence, a carriage return, a newline), DEL and C1 controls are written as `\u{1b}`,
/// and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) too, so that a
/// finding cannot clear the screen, set the window title or reorder what the reader sees.
/// Text without such characters is returned as it is (one scan of the UTF-8 bytes).
public enum TerminalText {
    public static func safe(_ text: String) -> String {
        func unsafe(_ v: UInt32) -> Bool {
            v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }
        // Fast path: no byte below 0x20, no DEL, no C2 (C1 controls), no E2 (the bidi marks).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) { return text }
        guard text.unicodeScalars.contains(where: { unsafe($0.value) }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if unsafe(scalar.value) { out += "\\u{\(String(scalar.value, radix: 16))}" } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
