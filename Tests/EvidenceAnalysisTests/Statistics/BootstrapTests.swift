import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct BootstrapTests {
    /// Independent check: the same SplitMix64 stream and percentile rule re-implemented in
    /// Python (integers masked to 64 bits; index = min(n−1, int(u·n)); statistics with numpy;
    /// np.quantile(…, [0.025, 0.975]) type 7), 2000 resamples, seed 7.
    @Test func percentileIntervalsMatchPythonReimplementation() throws {
        let b = try PairedBootstrap(a: refA, b: refB, resamples: 2000, seed: 7)
        #expect(close(b.meanGain.0, 8.247916666666667, 1e-9) && close(b.meanGain.1, 16.333333333333332, 1e-9))
        #expect(close(b.dz.0, 1.0168042539640747, 1e-9) && close(b.dz.1, 3.0085715258280614, 1e-9))
        #expect(close(b.dav.0, 0.28807539537235627, 1e-9) && close(b.dav.1, 0.8331433564232226, 1e-9))
    }

    @Test func sameSeedSameInterval() throws {
        let x = try PairedBootstrap(a: refA, b: refB, resamples: 500, seed: 42)
        let y = try PairedBootstrap(a: refA, b: refB, resamples: 500, seed: 42)
        let z = try PairedBootstrap(a: refA, b: refB, resamples: 500, seed: 43)
        #expect(x == y)
        #expect(x.dz != z.dz)
    }

    @Test func replayedSessionsAgree() {
        let line = "compare reading c1 -> c2 by class bootstrap 500"
        let one = render(["load demo", "set seed 11", line]).text
        let two = render(["load demo", "set seed 11", line]).text
        let other = render(["load demo", "set seed 12", line]).text
        #expect(one == two)
        #expect(one != other)
        #expect(one.contains("seed 11"))
    }

    /// Ctrl-C stops a bootstrap between resamples, with the "interrupted" diagnostic.
    @Test func aCancelledBootstrapStops() {
        let c = Cancellation()
        c.cancel()
        #expect(throws: Diagnostic.self) { try PairedBootstrap(a: refA, b: refB, resamples: 1_000_000, seed: 1, cancellation: c) }
    }

    @Test func tooFewPairs() throws {
        let b = try PairedBootstrap(a: [1], b: [2], resamples: 100, seed: 1)
        #expect(b.dz.0.isNaN)
    }
}
