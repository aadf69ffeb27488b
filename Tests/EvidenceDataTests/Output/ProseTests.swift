import Testing
@testable import EvidenceData

/// Counts in sentences are typed, so the privacy step can hide them without reading digits.
struct ProseTests {
    @Test func countsAreTypedAndTheRestIsText() {
        let n = 6, total = 300
        let p: Prose = "small: \(count: n) of \(count: total) rows (c\(3))"
        #expect(p.text == "small: 6 of 300 rows (c3)")
        #expect(p.counts == [6, 300])
        #expect(p.parts == [.text("small: "), .count(6), .text(" of "), .count(300), .text(" rows (c3)")])
    }

    @Test func suppressingHidesOnlyCountsUnderK() {
        let p: Prose = "\(count: 0) empty, \(count: 3) few, \(count: 10) enough; 3 is text"
        #expect(p.suppressing(k: 10).text == "0 empty, <10 few, 10 enough; 3 is text")
        #expect(p.suppressing(k: 10).counts == [0, 10])
    }

    @Test func joiningKeepsCounts() {
        let parts: [Prose] = ["A (n = \(count: 3))", "B (n = \(count: 27))"]
        let joined = parts.joined(", ")
        #expect(joined.text == "A (n = 3), B (n = 27)")
        #expect(joined.suppressing(k: 10).text == "A (n = <10), B (n = 27)")
    }
}
