import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct QuantileTests {
    /// Reference: numpy.percentile([7, 1, 3, 100, 5, 2, 9, 4, 8, 6], [25, 50, 75]) (type 7,
    /// numpy's default "linear") → [3.25, 5.5, 7.75].
    @Test func type7MatchesNumpy() {
        let a: [Double] = [7, 1, 3, 100, 5, 2, 9, 4, 8, 6]
        #expect(Selection.quantiles(a, [0.25, 0.5, 0.75]) == [3.25, 5.5, 7.75])
        // numpy.percentile([3.5, -2, 0, 11, 4.25, 4.25, -7.5], [25, 50, 75]) → [-1, 3.5, 4.25]
        let b: [Double] = [3.5, -2, 0, 11, 4.25, 4.25, -7.5]
        #expect(Selection.quantiles(b, [0.25, 0.5, 0.75]) == [-1, 3.5, 4.25])
        #expect(Selection.quantiles([42], [0, 0.5, 1]) == [42, 42, 42])
        #expect(Selection.quantiles([], [0.5]).allSatisfy { $0.isNaN })
    }

    /// The in-place selection the box plots use puts every asked rank where sorting would.
    @Test func selectionAgreesWithSortingOnLargeInput() {
        var rng = SplitMix64(seed: 7)
        var v = (0..<10_001).map { _ in (rng.uniform() * 1000).rounded() }
        let sorted = v.sorted()
        for p in [0.1, 0.25, 0.5, 0.75, 0.9] {
            let k = Int(p * 10_000)
            let x = v.withUnsafeMutableBufferPointer { buf in OrderStatistics.select(buf, k); return buf[k] }
            #expect(x == sorted[k])
        }
    }

    /// Quartiles 3.25 and 7.75 (IQR 4.5): fences −3.5 and 14.5, so 100 is an outlier and the
    /// whiskers end at 1 and 9.
    @Test func boxWhiskersAndOutliers() {
        var a: [Double] = [7, 1, 3, 100, 5, 2, 9, 4, 8, 6]
        let b = BoxStats(&a)!
        #expect(b.n == 10 && b.q1 == 3.25 && b.median == 5.5 && b.q3 == 7.75)
        #expect(b.lowWhisker == 1 && b.highWhisker == 9)
        #expect(b.outliers == [100])
        var none: [Double] = []
        #expect(BoxStats(&none) == nil)
    }
}

struct QuartileSelectionTests {
    /// The median-first quartiles agree with type 7 on the sorted values for every size
    /// from 1 to 60, with many ties (values 0…9).
    @Test func quartilesAgreeWithSortedType7() {
        var rng = SplitMix64(seed: 11)
        for n in 1...60 {
            let v = (0..<n).map { _ in (rng.uniform() * 10).rounded(.down) }
            let s = v.sorted()
            func q(_ p: Double) -> Double {
                let h = Double(n - 1) * p, k = Int(h)
                return k + 1 < n ? s[k] + (h - Double(k)) * (s[k + 1] - s[k]) : s[k]
            }
            var w = v
            let r = w.withUnsafeMutableBufferPointer { Quartiles(selecting: $0) }
            #expect(r?.q1 == q(0.25) && r?.median == q(0.5) && r?.q3 == q(0.75), "n = \(n)")
        }
    }
}

extension QuartileSelectionTests {
    /// The binned path (4096 values and more) agrees with sorting, on ties, on a skewed
    /// distribution with a far outlier, and on all-equal values.
    @Test func binnedQuartilesAgreeWithSorting() {
        var rng = SplitMix64(seed: 3)
        let cases: [[Double]] = [
            (0..<10_001).map { _ in (rng.uniform() * 900).rounded() },
            (0..<5_000).map { _ in rng.uniform() * rng.uniform() } + [1e9],
            [Double](repeating: 4, count: 5_000),
        ]
        for v in cases {
            let s = v.sorted(), n = v.count
            func q(_ p: Double) -> Double {
                let h = Double(n - 1) * p, k = Int(h)
                return k + 1 < n ? s[k] + (h - Double(k)) * (s[k + 1] - s[k]) : s[k]
            }
            var w = v
            let r = w.withUnsafeMutableBufferPointer { Quartiles(selecting: $0) }
            #expect(r?.q1 == q(0.25) && r?.median == q(0.5) && r?.q3 == q(0.75), "n = \(n)")
        }
    }
}
