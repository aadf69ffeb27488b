import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Each case marks where the caret must start (1️⃣) and, when it matters, where it ends (2️⃣).
struct DiagnosticTests {
    struct Case: Sendable, CustomStringConvertible {
        var marked: String
        var message: String
        var hint: String?
        var description: String { marked }
    }

    static let cases: [Case] = [
        Case(marked: "filter 1️⃣yeer2️⃣ == 5", message: "unknown column 'yeer'", hint: "did you mean 'year'?"),
        Case(marked: "filter year 1️⃣=2️⃣ 5", message: "'=' is not a comparison", hint: "use '==' to compare: year == …"),
        Case(marked: "filter writing_c1 > 1️⃣C2️⃣", message: "unknown column 'C'", hint: "a grade is written in quotes: \"C\""),
        Case(marked: "filter round(reading_c1, 1️⃣0,52️⃣) > 3", message: "'0,5' is ambiguous: in a call or a list a comma separates values",
             hint: "write 0.5 for a decimal number, or 0, 5 (a space after the comma) for two values"),
        Case(marked: "filter year in [4, 1️⃣5,62️⃣]", message: "'5,6' is ambiguous: in a call or a list a comma separates values",
             hint: "write 5.6 for a decimal number, or 5, 6 (a space after the comma) for two values"),
        Case(marked: "let x = reading_c1 + 1️⃣\"5A\"2️⃣", message: "'+' needs number, but '\"5A\"' is text"),
        Case(marked: "filter 1️⃣meen2️⃣(reading_c1) > 3", message: "unknown function 'meen'", hint: "did you mean 'mean'?"),
        Case(marked: "filter writing_c1 >= 1️⃣\"G\"2️⃣", message: "'G' is not a grade", hint: "grades are A, B, C, D, E and F"),
        Case(marked: "filter 1️⃣reading_c1 == missing2️⃣", message: "a comparison with missing is always missing", hint: "write: reading_c1 is missing"),
        Case(marked: "filter 1️⃣class < \"5A\"2️⃣", message: "'<' needs numbers or grades; text can only be compared with == or !="),
        Case(marked: "filter year == 1️⃣\"5\"2️⃣", message: "cannot use '==' on number 'year' and text '\"5\"'", hint: "remove the quotes: 5"),
        Case(marked: "filter points(1️⃣year2️⃣) > 3", message: "points needs grade, but 'year' is number"),
        Case(marked: "filter 1️⃣round()2️⃣ > 1", message: "round takes 1 to 2 arguments, got 0", hint: "usage: round(x[, digits])"),
        Case(marked: "filter (year == 5 1️⃣", message: "expected ')' to close the '(', found the end of the line"),
        Case(marked: "filter year == 5 1️⃣)", message: "unmatched ')'"),
        Case(marked: "filter year 1️⃣52️⃣", message: "unexpected '5' after the expression", hint: "expected an operator such as ==, <, and, or, +"),
        Case(marked: "filter year == 1️⃣", message: "expected a value at the end of the line"),
        Case(marked: "filter class in 1️⃣52️⃣", message: "expected '[' after 'in', found '5'"),
        Case(marked: "filter sen 1️⃣&2️⃣ year == 5", message: "'&' is not an operator; use 'and'"),
        Case(marked: "filter class == 1️⃣\"5A2️⃣", message: "unclosed quote: add a closing \""),
        Case(marked: "filter 1️⃣mean2️⃣ > 3", message: "unknown column 'mean'", hint: "'mean' is a function; call it: mean(…)"),
        Case(marked: "filter q(reading_c1, 1️⃣502️⃣) > 3", message: "a quantile is between 0 and 1, not 50"),
        Case(marked: "filter `Läsförståelse HT24` > 1️⃣5A2️⃣", message: "'5A' is not a number or a name; text is written in quotes: \"5A\""),
    ]

    @Test("diagnostic points at the marked place", arguments: cases)
    func diagnostic(_ c: Case) {
        let (line, at) = markers(c.marked)
        let ds = problems(line, exprStart: line.hasPrefix("let x = ") ? 8 : nil)
        guard let d = ds.first else { Issue.record("no diagnostic for \(line)"); return }
        #expect(d.message == c.message)
        if let h = c.hint { #expect(d.hint == h) }
        #expect(d.span?.range.lowerBound == at[0], "caret at \(d.span?.range as Any)")
        if at.count > 1 { #expect(d.span?.range.upperBound == at[1]) }
        #expect(d.span?.line == line)
    }

    @Test func everyErrorInALineIsReported() {
        let (line, at) = markers("filter 1️⃣yeer = 5 and least(reading_c1, 2️⃣3,5) > 1 or 3️⃣klass == \"5A\"")
        let ds = problems(line)
        #expect(ds.count == 4, "\(ds.map(\.message))")
        #expect(ds.map { $0.span?.range.lowerBound ?? -1 }.filter(at.contains) == at)
    }

    @Test func renderedCaretSitsUnderTheWord() {
        let ds = problems("filter yeer == 5")
        let lines = DiagnosticRenderer.render(ds[0])
        #expect(lines == ["error: unknown column 'yeer'", "  filter yeer == 5", "         ^~~~", "hint: did you mean 'year'?"])
    }

    @Test func sessionShowsAllErrorsOfAFilter() {
        let r = render(["load demo", "filter yeer = 5 and readng_c1 > 3,5"])
        #expect(r.output.status == .failed(.usage))
        #expect(r.text.contains("did you mean 'year'?"))
        #expect(r.text.contains("did you mean 'reading_c1'?"))
        #expect(r.text.contains("use '==' to compare"))
        // `3,5` outside a call is a decimal comma: not one of the errors.
        #expect(!r.text.contains("'3,5'"))
    }
}
