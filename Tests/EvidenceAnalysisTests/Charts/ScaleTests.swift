import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct ScaleTests {
    @Test func niceSteps() {
        #expect(Scale.niceStep(span: 100, maxTicks: 5) == 20)
        #expect(Scale.niceStep(span: 10, maxTicks: 4) == 2.5)
        #expect(Scale.niceStep(span: 1, maxTicks: 10) == 0.1)
        #expect(Scale.niceStep(span: 7, maxTicks: 1) == 10)
        #expect(Scale.niceStep(span: 0.03, maxTicks: 3) == 0.01)
        #expect(Scale.niceStep(span: 0, maxTicks: 5) == 1)
        #expect(Scale.niceStep(span: .nan, maxTicks: 5) == 1)
    }

    @Test func ticksAreExactMultiples() {
        #expect(Scale(lo: 364, hi: 863).ticks(maxTicks: 5) == [400, 500, 600, 700, 800])
        #expect(Scale(lo: 0, hi: 1).ticks(maxTicks: 5) == [0, 0.2, 0.4, 0.6000000000000001, 0.8, 1])
        #expect(Scale.labels(Scale(lo: 0, hi: 1).ticks(maxTicks: 5)) == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        #expect(Scale(lo: 0.15, hi: 0.35).niced(maxTicks: 2) == Scale(lo: 0.1, hi: 0.4))
    }

    @Test func negativeRanges() {
        let s = Scale(lo: -37, hi: -3).niced(maxTicks: 4)
        #expect(s == Scale(lo: -40, hi: 0))
        #expect(s.ticks(maxTicks: 4) == [-40, -30, -20, -10, 0])
        #expect(Scale(lo: -5, hi: 5).ticks(maxTicks: 2) == [-5, 0, 5])
        #expect(Scale.covering(-3, 8, includeZero: true) == Scale(lo: -3, hi: 8))
        #expect(Scale.covering(3, 8, includeZero: true) == Scale(lo: 0, hi: 8))
    }

    @Test func oneValueAllEqualAndNone() {
        #expect(Scale.covering(5, 5) == Scale(lo: 4.5, hi: 5.5))
        #expect(Scale.covering(0, 0) == Scale(lo: -1, hi: 1))
        #expect(Scale.covering(nil, nil) == Scale(lo: 0, hi: 1))
        #expect(Scale.covering(.nan, 3) == Scale(lo: 0, hi: 1))
        #expect(Scale.covering(9, 2) == Scale(lo: 2, hi: 9))
        // A degenerate scale maps everything to the first cell instead of dividing by zero.
        #expect(Scale(lo: 3, hi: 3).cell(3, cells: 10) == 0)
    }

    @Test func hugeCounts() {
        let s = Scale.covering(0, 143_712).niced(maxTicks: 4)
        #expect(s == Scale(lo: 0, hi: 150_000))
        #expect(Scale.labels(s.ticks(maxTicks: 4)) == ["0", "50k", "100k", "150k"])
        #expect(Scale.labels([0, 2_500_000, 5_000_000]) == ["0", "2.5M", "5M"])
        #expect(Scale.labels([0, 1500, 3000]) == ["0", "1500", "3000"])
    }

    @Test func cellsClampAndTopLandsInLastCell() {
        let s = Scale(lo: 0, hi: 10)
        #expect(s.cell(0, cells: 5) == 0)
        #expect(s.cell(10, cells: 5) == 4)
        #expect(s.cell(1.99, cells: 5) == 0)
        #expect(s.cell(2, cells: 5) == 1)
        #expect(s.cell(-4, cells: 5) == 0)
        #expect(s.cell(99, cells: 5) == 4)
        #expect(s.cell(.nan, cells: 5) == 0)
    }
}
