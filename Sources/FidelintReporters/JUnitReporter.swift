import FidelintCore

/// JUnit XML, valid against the Jenkins xUnit `junit-10.xsd`, for CI test-report views (GitLab
/// `artifacts: reports: junit:`, Jenkins, Azure DevOps):
///
/// ```
/// <testsuites name="fidelint" tests="4" failures="1" errors="0">
///   <testsuite name="articles/a.txt" tests="2" failures="1" errors="0" skipped="0" file="articles/a.txt">
///     <testcase classname="articles/a.txt" name="ad_label at 2:1">
///       <failure type="ad_label" message="Ad-slot label …">articles/a.txt:2:1: error: … [ad_label]</failure>
///     </testcase>
///     <testcase classname="articles/a.txt" name="missing_source_link at 5:9"><system-out>…</system-out></testcase>
///   </testsuite>
///   <testsuite name="articles/b.txt" …><testcase classname="articles/b.txt" name="no findings"/></testsuite>
/// </testsuites>
/// ```
///
/// One testsuite per file (in run order), one testcase per finding, named `rule at line:column`
/// (1-based line, UTF-16 column). A finding at or above the gate (`--fail-on`) is a `<failure>`;
/// one below it passes, with its text in `<system-out>`. A file with no finding has one passing
/// testcase, `no findings`. A file that could not be read, or a rule that gave up on a file, is an
/// `<error>` testcase.
public enum JUnitReporter: Reporter {
    public static let identifier = "junit"
    public static let summary = "JUnit XML: one testsuite per file, one testcase per finding (failures at --fail-on)"

    public static func report(_ run: LintRun, options: ReportOptions) -> String {
        var suites = "", tests = 0, failures = 0, errors = 0
        func suite(_ path: String, _ cases: [(name: String, body: String, failed: Bool, error: Bool)]) {
            let f = cases.filter(\.failed).count, e = cases.filter(\.error).count
            tests += cases.count; failures += f; errors += e
            let p = Markup.escape(path)
            suites += "  <testsuite name=\"\(p)\" tests=\"\(cases.count)\" failures=\"\(f)\" errors=\"\(e)\" skipped=\"0\" file=\"\(p)\">\n"
            for c in cases {
                let open = "    <testcase classname=\"\(p)\" name=\"\(Markup.escape(c.name))\""
                suites += c.body.isEmpty ? open + "/>\n" : open + ">" + c.body + "</testcase>\n"
            }
            suites += "  </testsuite>\n"
        }
        for file in run.files {
            var cases = file.findings.map { f in
                let text = "\(f.path):\(f.location.line):\(f.location.column): \(f.severity.rawValue): \(f.message) [\(f.ruleId)]"
                    + f.related.map { "\n  \($0.path):\($0.location.line):\($0.location.column): note: \($0.message)" }.joined()
                let failed = options.failOn.map { f.severity >= $0 } ?? false
                let body = failed
                    ? "<failure type=\"\(Markup.escape(f.ruleId))\" message=\"\(Markup.escape(f.message))\">\(Markup.escape(text))</failure>"
                    : "<system-out>\(Markup.escape(text))</system-out>"
                return (name: "\(f.ruleId) at \(f.location.line):\(f.location.column)", body: body, failed: failed, error: false)
            }
            cases += file.errors.map { (name: "rules", body: errorElement($0), failed: false, error: true) }
            if cases.isEmpty { cases = [(name: "no findings", body: "", failed: false, error: false)] }
            suite(file.path, cases)
        }
        for e in run.fileErrors {
            suite(e.path, [(name: "read", body: errorElement(e.message), failed: false, error: true)])
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"fidelint\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
            + suites + "</testsuites>\n"
    }

    static func errorElement(_ message: String) -> String {
        "<error type=\"fidelint\" message=\"\(Markup.escape(message))\">\(Markup.escape(message))</error>"
    }
}
