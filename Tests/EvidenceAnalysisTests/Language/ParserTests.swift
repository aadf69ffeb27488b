import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct ParserTests {
    func sexp(_ s: String) -> String {
        let (e, d) = Parser.parse(s)
        #expect(d.isEmpty, "\(s): \(d.map(\.message))")
        return e.sexp
    }

    @Test func precedenceFollowsTheTable() {
        #expect(sexp("year == 5 and reading_c1 < 350") == "(and (== year 5) (< reading_c1 350))")
        #expect(sexp("a or b and c") == "(or a (and b c))")
        #expect(sexp("not a == 1 or b") == "(or (not (== a 1)) b)")
        #expect(sexp("1 + 2 * 3 - 4 / 5 % 6") == "(- (+ 1 (* 2 3)) (% (/ 4 5) 6))")
        #expect(sexp("-x * 2") == "(* (neg x) 2)")
        #expect(sexp("-3 + x") == "(+ -3 x)")
        #expect(sexp("(a + b) * c") == "(* (+ a b) c)")
        #expect(sexp("10 - 2 - 3") == "(- (- 10 2) 3)")
    }

    @Test func postfixFormsAndCalls() {
        #expect(sexp("class in [\"5A\", \"5B\"]") == "(in class [\"5A\" \"5B\"])")
        #expect(sexp("reading_c1 between 300 and 400 and sen") == "(and (between reading_c1 300 400) sen)")
        #expect(sexp("x is not missing or y is missing") == "(or (is-not-missing x) (is-missing y))")
        #expect(sexp("round(mean(x), 1) > least(a, b, 3)") == "(> (round (mean x) 1) (least a b 3))")
        #expect(sexp("count()") == "(count)")
        #expect(sexp("class not in [\"5A\"] and x not between 1 and 2") == "(and (not (in class [\"5A\"])) (not (between x 1 2)))")
        #expect(sexp("`Läsförståelse HT24` >= 3") == "(>= `Läsförståelse HT24` 3)")
    }

    @Test func everyNodeHasItsSourceRange() {
        let (e, _) = Parser.parse("abs(x - 1) > 2", offset: 7, line: "filter abs(x - 1) > 2")
        #expect(e.range == 7..<21)
        guard case .binary(_, let call, let two) = e.kind, case .call(_, let nameRange, let args) = call.kind else {
            Issue.record("unexpected tree \(e.sexp)"); return
        }
        #expect(call.range == 7..<17)
        #expect(nameRange == 7..<10)
        #expect(args[0].range == 11..<16)
        #expect(two.range == 20..<21)
    }

    @Test func recoversAndReportsEveryErrorInALine() {
        let (_, d) = Parser.parse("year = 5 and (reading_c1 < and x ! 3")
        #expect(d.count >= 3, "\(d.map(\.message))")
        #expect(d.contains { $0.message == "'=' is not a comparison" })
        #expect(d.contains { $0.message.hasPrefix("expected a value") })
    }

    @Test func chainedComparisonsAreRefused() {
        let (_, d) = Parser.parse("1 < x < 3")
        #expect(d.first?.message == "comparisons cannot be chained")
    }
}
