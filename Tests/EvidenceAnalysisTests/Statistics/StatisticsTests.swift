import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Reference values computed with numpy 2.4 / scipy 1.17 while developing (script in the
/// comments): a = pre, b = post for 12 students.
let refA: [Double] = [512, 498, 530, 475, 560, 541, 489, 503, 520, 515, 470, 555]
let refB: [Double] = [530, 505, 541, 490, 571, 539, 510, 522, 528, 540, 482, 560]

func close(_ x: Double, _ y: Double, _ tol: Double = 1e-9) -> Bool { abs(x - y) <= tol * max(1, abs(y)) }

struct StatisticsTests {
    @Test func meanSDAgainstNumpy() {
        // a.mean(), a.std(ddof=1), b.std(ddof=1)
        #expect(close(Descriptive.mean(refA), 514.0))
        #expect(close(Descriptive.sd(refA), 29.048548704163895))
        #expect(close(Descriptive.sd(refB), 26.514147167125703))
    }

    @Test func quantilesAreType7LikeNumpy() {
        // np.quantile(a, p) (default method 'linear' = Hyndman–Fan type 7)
        let expected: [(Double, Double)] = [(0.25, 495.75), (0.5, 513.5), (0.75, 532.75), (0.1, 476.4), (0.9, 553.6)]
        for (p, q) in expected {
            #expect(close(Descriptive.quantile(refA, p), q), "p = \(p)")
            #expect(close(Selection.quantiles(refA, [p])[0], q), "select p = \(p)")
        }
        let s = Summary(values: refA, missing: 2)
        #expect(s.n == 12 && s.missing == 2 && s.min == 470 && s.max == 560)
        #expect(close(s.q1, 495.75) && close(s.median, 513.5) && close(s.q3, 532.75))
    }

    @Test func selectionMatchesSortWithTies() {
        var rng = SplitMix64(seed: 3)
        for n in [1, 2, 3, 10, 101, 1000] {
            let x = (0..<n).map { _ in Double(rng.next() % 17) }
            let ps = [0, 0.2, 0.25, 0.4, 0.5, 0.6, 0.8, 0.975, 1]
            let fast = Selection.quantiles(x + [.nan], ps)
            for (p, q) in zip(ps, fast) { #expect(close(q, Descriptive.quantile(x, p)), "n \(n) p \(p)") }
        }
    }

    @Test func selectionMatchesSortForContinuousAndSkewedData() {
        var rng = SplitMix64(seed: 9)
        let ps0 = [0.0, 0.2, 0.25, 0.5, 0.8, 1]
        // Continuous values share bins; one huge outlier squeezes everything into the first bin.
        let normal = (0..<5000).map { _ in rng.normal() * 80 + 600 }
        // Whole numbers take the one-bin-per-integer path; with one fraction they take the general one.
        let scores = normal.map { $0.rounded() }
        for x in [scores, scores + [600.5]] {
            for (p, q) in zip(ps0, Selection.quantiles(x, ps0)) { #expect(close(q, Descriptive.quantile(x, p), 1e-12), "p \(p)") }
        }
        let skewed = normal + [1e12]
        let ps = [0.025, 0.2, 0.25, 0.5, 0.8, 0.975]
        for x in [normal, skewed] {
            let fast = Selection.quantiles(x, ps)
            for (p, q) in zip(ps, fast) { #expect(close(q, Descriptive.quantile(x, p), 1e-12), "p \(p)") }
        }
    }

    @Test func edgeCases() {
        #expect(Descriptive.mean([]).isNaN)
        #expect(Descriptive.sd([5]).isNaN)
        #expect(Descriptive.quantile([7], 0.3) == 7)
        let s = Summary(values: [], missing: 4)
        #expect(s.n == 0 && s.missing == 4 && s.mean.isNaN && s.median.isNaN)
        #expect(Selection.quantiles([.nan, .nan], [0.5])[0].isNaN)
        #expect(Descriptive.correlation([1, 1, 1], [1, 2, 3]).isNaN)
    }

    @Test func correlationAgainstScipy() {
        // scipy.stats.pearsonr(a, b)[0]
        #expect(close(Descriptive.correlation(refA, refB), 0.9670483042736395))
        #expect(close(PairedMoments(refA, refB).r, 0.9670483042736395))
    }

    @Test func wilsonInterval() {
        // statsmodels proportion_confint(17, 25, 'wilson') = (0.484, 0.828) (docs/analysis.md, "tail MEASURE at A");
        // scipy binomtest(17, 25).proportion_ci('wilson') = (0.48410269273102247, 0.8279480969309202)
        let w = Wilson.interval(successes: 17, n: 25)
        #expect(close(w.lower, 0.48410269273102247) && close(w.upper, 0.8279480969309202))
        #expect(NumberFormat.fixed(w.lower, decimals: 3) == "0.484" && NumberFormat.fixed(w.upper, decimals: 3) == "0.828")
        #expect(Wilson.interval(successes: 0, n: 0).lower.isNaN)
        let zero = Wilson.interval(successes: 0, n: 10)
        #expect(zero.lower == 0 && zero.upper > 0.2)
    }
}
