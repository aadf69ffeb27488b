import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct LineDiffTests {
    @Test func equalGivesNothing() {
        #expect(LineDiff.unified(["a", "b"], ["a", "b"]).isEmpty)
    }

    @Test func oneChangedLineWithContext() {
        let a = ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
        var b = a
        b[4] = "five"
        #expect(LineDiff.unified(a, b) == ["@@ -2,7 +2,7 @@", " 2", " 3", " 4", "-5", "+five", " 6", " 7", " 8"])
    }

    @Test func insertionsDeletionsAndSeparateHunks() {
        let a = (1...20).map(String.init)
        var b = a
        b.remove(at: 1)            // "2" gone
        b.append("21")             // added at the end
        let d = LineDiff.unified(a, b)
        #expect(d.filter { $0.hasPrefix("@@") } == ["@@ -1,5 +1,4 @@", "@@ -18,3 +17,4 @@"])
        #expect(d.contains("-2"))
        #expect(d.contains("+21"))
    }

    @Test func fromEmpty() {
        #expect(LineDiff.unified([], ["x"]) == ["@@ -0,0 +1,1 @@", "+x"])
        #expect(LineDiff.unified(["x"], []) == ["@@ -1,1 +0,0 @@", "-x"])
    }
}
