import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Paired effect sizes against the formulas of docs/analysis.md, "compare MEASURE A -> B",
/// evaluated in numpy (z = scipy.stats.norm.ppf(0.975)); see StatisticsTests for the data.
struct EffectSizeTests {
    let m = PairedMoments(refA, refB)

    @Test func momentsMatchNumpy() {
        #expect(m.n == 12)
        #expect(close(m.meanA, 514) && close(m.meanB, 526.5) && close(m.meanDiff, 12.5))
        #expect(close(m.sdA, 29.048548704163895) && close(m.sdB, 26.514147167125703))
        #expect(close(m.sdDiff, 7.561866051565459))
    }

    @Test func dz() {
        // dz = d.mean()/d.std(ddof=1); se = sqrt(1/n + dz²/(2n)); also dz·sqrt(n) = scipy ttest_rel t = 5.7262678145770245
        let e = m.dz
        #expect(e.name == "d_z")
        #expect(close(e.value, 1.6530311320989675))
        #expect(close(e.lower, 0.7826923648821225) && close(e.upper, 2.5233698993158127))
        #expect(close(e.value * 12.0.squareRoot(), 5.7262678145770245))
    }

    @Test func dav() {
        // s_av = sqrt((var a + var b)/2); se = sqrt(var(d)/n)/s_av
        let e = m.dav
        #expect(close(e.value, 0.44947482986911))
        #expect(close(e.lower, 0.29563038755047977) && close(e.upper, 0.6033192721877403))
    }

    @Test func gavWithPairedJ() {
        // J = 1 − 3/(4(n−1) − 1) = 0.9302325581395349 for n = 12
        #expect(close(PairedEffectSize.pairedJ(n: 12), 0.9302325581395349))
        let g = m.gav
        #expect(g.name == "g_av")
        #expect(close(g.value, 0.41811612080847443))
        #expect(close(g.lower, 0.2750050116748649) && close(g.upper, 0.561227229942084))
    }

    @Test func shiftedSumsStayAccurateFarFromZero() {
        // The same pairs moved by 1e9: the one-pass sums must not lose the spread.
        let far = PairedMoments(refA.map { $0 + 1e9 }, refB.map { $0 + 1e9 })
        #expect(close(far.sdDiff, 7.561866051565459, 1e-6))
        #expect(close(far.r, 0.9670483042736395, 1e-6))
    }

    @Test func degenerateInputsGiveNaNNotTraps() {
        #expect(PairedMoments([], []).dz.value.isNaN)
        #expect(PairedMoments([1], [2]).dav.value.isNaN)
        #expect(PairedMoments([1, 2, 3], [2, 3, 4]).dz.value.isNaN) // sd of gains 0
        #expect(PairedEffectSize.pairedJ(n: 1).isNaN)
    }

    /// docs/analysis.md, "Against norms", the worked check (Schagen & Hodgen 2009, PAT Maths
    /// Table 1A): these must come out exactly.
    @Test func normReferencedWorkedValues() {
        let y6 = NormEffectSize.vsExpected(gain: 10.0, expectedGain: NormEffectSize.expectedGain(normMeanBefore: 40.3, normMeanAfter: 46.4), normSD: 12.4)
        #expect(close(y6, 3.9 / 12.4, 1e-12))
        #expect(NumberFormat.fixed(y6, decimals: 2) == "0.31")
        let y10 = NormEffectSize.vsExpected(gain: 19.0, expectedGain: NormEffectSize.expectedGain(normMeanBefore: 62.6, normMeanAfter: 66.6), normSD: 11.6)
        #expect(close(y10, 15.0 / 11.6, 1e-12))
        #expect(NumberFormat.fixed(y10, decimals: 2) == "1.29")
        #expect(close(NormEffectSize.expectedGain(normMeanBefore: 31.8, normMeanAfter: 40.3), 8.5, 1e-12))
    }

    @Test func normsTableExpectation() {
        let t = PATMaths.table
        let e6 = t.expectation("maths", year: 6, from: "t1", to: "t2")
        #expect(e6.map { close($0.expectedGain, 6.1, 1e-12) && $0.sd == 12.4 } == true)
        #expect(t.expectation("maths", year: 4, from: "t1", to: "t2") == nil) // no Y3 row
        let demo = DemoNorms.table
        let d5 = demo.expectation("Reading", year: 5, from: "c1", to: "c3")
        #expect(d5.map { $0.expectedGain == 24 && $0.sd == 80 } == true)
    }
}

/// PAT Maths norms of Schagen & Hodgen (2009) Table 1A, as given in docs/analysis.md, "Against norms".
enum PATMaths {
    static let csv = """
    measure,year,time,mean,sd
    maths,4,,31.8,13.1
    maths,5,,40.3,13.2
    maths,6,,46.4,12.4
    maths,7,,50.9,11.8
    maths,8,,55.5,12.3
    maths,9,,62.6,11.3
    maths,10,,66.6,11.6
    """
    static var table: NormsTable { (try? NormsCSV.parse(csv, file: "pat.csv", name: "pat")) ?? NormsTable(name: "", source: "", rows: []) }
}
