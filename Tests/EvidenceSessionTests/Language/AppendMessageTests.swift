import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `append`'s errors in Swedish (issue 15).
struct AppendMessageTests {
    let demo = ["load demo"]

    @Test func errors() {
        SwedishCommandCheck.check(demo, "append demo", en: "error: append needs at least two datasets\n  append demo\n         ^~~~\nhint: name them: append demo B [as NAME]; see 'datasets'",
              sv: "fel: append behöver minst två datamängder\n  append demo\n         ^~~~\ntips: ange dem: append demo B [as NAMN]; 'datasets' visar dem")
        SwedishCommandCheck.check(demo, "append demo demo", en: "error: 'demo' is named twice", sv: "fel: 'demo' är angiven två gånger")
        SwedishCommandCheck.check(demo + ["load demo as b"], "append demo b as b", en: "error: a dataset named 'b' exists already\n  append demo b as b\n                   ^\nhint: choose a new name; the appended datasets are kept as they are",
              sv: "fel: det finns redan en datamängd som heter 'b'\n  append demo b as b\n                   ^\ntips: välj ett nytt namn; datamängderna som läggs ihop behålls som de är")
    }

    /// Each stacked dataset's line is the load report's words.
    @Test func pieceLines() {
        let sv = SwedishCommandCheck.output(["load demo as demo_ht24", "load demo as demo_vt25"], "append demo_ht24 demo_vt25", .sv)
        #expect(sv.contains("demo_ht24: 300 rader, 22 kolumner"), "\(sv)")
        #expect(SwedishCommandCheck.output(["load demo as demo_ht24", "load demo as demo_vt25"], "append demo_ht24 demo_vt25", .en)
            .contains("demo_ht24: 300 rows, 22 columns"))
    }
}
