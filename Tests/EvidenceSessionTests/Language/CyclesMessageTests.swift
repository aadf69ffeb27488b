import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `cycles` and the cycle references of compare and bands in Swedish (issue 15).
struct CyclesMessageTests {
    let demo = ["load demo"]

    @Test func order() {
        SwedishCommandCheck.check(demo, "cycles order c1 c4", en: "error: no cycle 'c4'", sv: "fel: inget mättillfälle 'c4'")
        SwedishCommandCheck.check(demo, "cycles order c1 x9", en: "error: no cycle 'x9'\n  cycles order c1 x9\n                  ^~\nhint: cycles: c1 c2 c3",
              sv: "fel: inget mättillfälle 'x9'\n  cycles order c1 x9\n                  ^~\ntips: mättillfällen: c1 c2 c3")
        SwedishCommandCheck.check(demo, "cycles order c1 c1", en: "error: cycle 'c1' named twice", sv: "fel: mättillfället 'c1' är angivet två gånger")
        SwedishCommandCheck.check(demo, "cycles order", en: "error: expected cycle labels after 'order'", sv: "fel: det saknas mättillfällen efter 'order'")
    }

    @Test func references() {
        SwedishCommandCheck.check(demo, "compare reading c1 -> c5", en: "error: 'reading' has no cycle 'c5'", sv: "fel: 'reading' har inget mättillfälle 'c5'")
        SwedishCommandCheck.check(demo, "compare reading c1 -> x9", en: "hint: its cycles: c1 c2 c3", sv: "tips: dess mättillfällen: c1 c2 c3")
        SwedishCommandCheck.check(demo, "compare readng c1 -> c2", en: "error: no measure 'readng' observed at several cycles",
              sv: "fel: inget mått 'readng' finns vid flera mättillfällen")
        SwedishCommandCheck.check(demo, "compare zzzzzz c1 -> c2", en: "hint: measures: reading, maths, writing, obs, attendance",
              sv: "tips: mått: reading, maths, writing, obs, attendance")
        SwedishCommandCheck.check(demo, "compare reading c1 c2", en: "error: expected 'MEASURE A -> B', e.g. 'reading c1 -> c2'",
              sv: "fel: här ska det stå 'MÅTT A -> B', t.ex. 'reading c1 -> c2'")
        SwedishCommandCheck.check(demo, "compare reading c1 -> c2 c3", en: "error: expected one cycle or column after '->'",
              sv: "fel: efter '->' ska det stå ett mättillfälle eller en kolumn")
        SwedishCommandCheck.check(demo, "compare a b c -> c2", en: "error: expected 'MEASURE A -> B' before '->'",
              sv: "fel: före '->' ska det stå ett mått och ett mättillfälle, som i 'MÅTT A -> B'")
        SwedishCommandCheck.check(demo, "bands reading_c1 -> maths_c2", en: "error: 'reading_c1' and 'maths_c2' are different measures (reading, maths)",
              sv: "fel: 'reading_c1' och 'maths_c2' är olika mått (reading, maths)")
        SwedishCommandCheck.check(demo, "bands reading_c1 -> maths_c2", en: "hint: compare one measure across cycles, e.g. 'reading c1 -> …'",
              sv: "tips: jämför ett och samma mått mellan mättillfällen, t.ex. 'reading c1 -> …'")
        SwedishCommandCheck.check(["load demo", "pivot longer", "select student_id, cycle"], "bands x c1 -> c2", en: "error: no measure observed at several cycles in this dataset",
              sv: "fel: inget mått finns vid flera mättillfällen i den här datamängden")
    }
}
