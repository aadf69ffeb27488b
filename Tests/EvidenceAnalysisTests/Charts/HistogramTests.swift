import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct HistogramTests {
    /// The case from the performance notes: min 53, max 1149, 20 bins (width 54.8); 875 is
    /// exactly the lower edge of bin 15. (x − lo)·n/(hi − lo) = 16440/1096 = 15 exactly, while
    /// (x − lo)·(n/(hi − lo)) gives 14.999999999999998.
    @Test func integerOnAnEdgeLandsInTheBinItStarts() {
        let c = Histogram.count([53, 875, 1149], lo: 53, hi: 1149, n: 20)
        #expect(c[0] == 1)
        #expect(c[15] == 1)
        #expect(c[14] == 0)
        #expect(c[19] == 1)
        #expect(822 * (20.0 / 1096) < 15)   // the arithmetic the rule avoids
    }

    /// Reference: numpy.histogram(range(0, 11), bins=5, range=(0, 10)) → [2, 2, 2, 2, 3]:
    /// every even value starts a bin; 10 falls in the closed last bin.
    @Test func binsAreHalfOpenAndTheLastIsClosed() {
        let c = Histogram.count((0...10).map(Double.init), lo: 0, hi: 10, n: 5)
        #expect(c == [2, 2, 2, 2, 3])
        #expect(Histogram.count([-1, 11, 5], lo: 0, hi: 10, n: 5) == [0, 0, 1, 0, 0])
    }

    @Test func binWidthEdgesStartAtAMultiple() {
        let e = Histogram.edges(lo: 77.5, hi: 100, count: nil, binWidth: 2.5, defaultCount: 10)
        #expect(e.lo == 77.5 && e.hi == 100 && e.n == 9)
        let f = Histogram.edges(lo: 81, hi: 99, count: nil, binWidth: 5, defaultCount: 10)
        #expect(f.lo == 80 && f.hi == 100 && f.n == 4)
        let one = Histogram.edges(lo: 4, hi: 4, count: 3, binWidth: nil, defaultCount: 10)
        #expect(one.lo == 3.5 && one.hi == 4.5 && one.n == 3)
    }

    @Test func defaultBinCount() {
        #expect(Histogram.defaultBins(0) == 5)
        #expect(Histogram.defaultBins(300) == 10)
        #expect(Histogram.defaultBins(1_000_000) == 21)
    }

    @Test func drawsAllMissingAndAllEqual() {
        var o = ChartOptions(width: 60, ascii: false)
        o.height = 4
        let none = Histogram(panels: [.init(label: nil, values: NumericValues(values: [], missing: 7))], xLabel: "x").render(o)
        #expect(none.lines.contains("no values to draw: all 7 missing"))
        let same = Histogram(panels: [.init(label: nil, values: NumericValues(values: [5, 5, 5], missing: 1))], xLabel: "x").render(o)
        #expect(same.lines.contains { $0.contains("missing 1 (25.0%)") })
        #expect(same.lines.contains { $0.contains("█") })
    }
}
