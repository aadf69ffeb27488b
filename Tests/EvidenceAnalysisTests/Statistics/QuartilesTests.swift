import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
import EvidenceTestSupport

/// Expected values from numpy 2.4.6 (method "linear" is type 7):
///   q = np.percentile(a, [25, 50, 75], method="linear"); iqr = q[2] - q[0]
///   fences q[0] - 1.5*iqr, q[2] + 1.5*iqr; whiskers = min/max of a inside the fences
struct QuartilesTests {
    static let cases: [(values: [Double], q: [Double], fences: (Double, Double), whiskers: (Double, Double), outliers: [Double])] = [
        // a = [12, 15, 11, 14, 13, 40, 16, 12, 14, -5, 13.5] → [12.0, 13.5, 14.5], iqr 2.5
        ([12, 15, 11, 14, 13, 40, 16, 12, 14, -5, 13.5], [12, 13.5, 14.5], (8.25, 18.25), (11, 16), [-5, 40]),
        // a = [2.5, 7] → [3.625, 4.75, 5.875], iqr 2.25
        ([2.5, 7], [3.625, 4.75, 5.875], (0.25, 9.25), (2.5, 7), []),
        // a = [4] → [4.0, 4.0, 4.0]: one value is every quantile
        ([4], [4, 4, 4], (4, 4), (4, 4), []),
        // a = 1…19 and 100 → [5.75, 10.5, 15.25], iqr 9.5
        (Array(1...19).map(Double.init) + [100], [5.75, 10.5, 15.25], (-8.5, 29.5), (1, 19), [100]),
    ]

    @Test func quartilesFencesAndWhiskersMatchNumpy() {
        for c in Self.cases {
            let expected = Quartiles(q1: c.q[0], median: c.q[1], q3: c.q[2])
            #expect(Quartiles(c.values) == expected, "\(c.values)")
            var buf = c.values
            #expect(buf.withUnsafeMutableBufferPointer { Quartiles(selecting: $0) } == expected, "\(c.values)")
            #expect(Quartiles(n: c.values.count) { c.values.sorted()[$0] } == expected)
            let f = expected.fences
            #expect(f.low == c.fences.0 && f.high == c.fences.1, "\(c.values)")
            var w = TukeyWhiskers(expected)
            for x in c.values { w.add(x) }
            #expect(w.low == c.whiskers.0 && w.high == c.whiskers.1 && w.outliers.sorted() == c.outliers, "\(c.values)")
            var box = c.values
            let b = BoxStats(&box)
            #expect(b?.quartiles == expected && b?.outliers == c.outliers)
        }
    }

    /// The language's iqr() and summary's quartiles are the same numbers.
    @Test func iqrAndSummaryUseTheSameQuartiles() {
        let a = Self.cases[0].values
        #expect(Aggregates.iqr(a) == 2.5)
        let s = Summary(values: a, missing: 0)
        #expect(s.q1 == 12 && s.median == 13.5 && s.q3 == 14.5)
        #expect(Quartiles([]) == nil && Aggregates.iqr([]) == nil)
    }

    /// np.percentile(a, [0, 10, 100], method="linear") for the first case → [-5.0, 11.0, 40.0];
    /// OrderStatistics reads ranks ⌊h⌋ and ⌊h⌋ + 1 (h = (n − 1)·p), only ⌊h⌋ at the end.
    @Test func typeSevenAndItsRanks() {
        let s = Self.cases[0].values.sorted()
        #expect([0, 0.1, 1].map { p in OrderStatistics.typeSeven(p, n: s.count) { s[$0] } } == [-5, 11, 40])
        #expect(OrderStatistics.ranks(0.25, n: 11) == [2, 3] && OrderStatistics.ranks(1, n: 11) == [10])
        #expect(OrderStatistics.ranks(0.5, n: 1) == [0])
    }
}
