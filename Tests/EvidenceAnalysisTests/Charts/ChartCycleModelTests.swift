import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// `plot line` and `plot slope` read the cycle model, so a fixed order and other suffix
/// families apply to charts as they do to `compare`.
struct ChartCycleModelTests {
    @Test func lineFollowsTheFixedCycleOrder() {
        let r = render(["load demo", "cycles order c3 c2 c1", "plot line reading over cycles width 60"])
        #expect(!r.output.failed, "\(r.text)")
        #expect(r.text.contains("reading_c3, reading_c2, reading_c1"))
        let axis = r.text.split(separator: "\n").first { $0.contains("c3") && $0.contains("c1") } ?? ""
        let c3 = axis.range(of: "c3")?.lowerBound, c1 = axis.range(of: "c1")?.lowerBound
        #expect(c3 != nil && c1 != nil && c3! < c1!, "axis: \(axis)")
    }

    @Test func unknownMeasureNamesTheMeasures() {
        let r = render(["load demo", "plot line readin over cycles"])
        #expect(r.output.failed)
        #expect(r.text.contains("did you mean 'reading'?"))
    }
}
