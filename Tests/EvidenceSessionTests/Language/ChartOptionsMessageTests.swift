import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// Chart options' errors in Swedish (issue 15).
struct ChartOptionsMessageTests {
    let demo = ["load demo"]

    @Test func options() {
        SwedishCommandCheck.check(demo, "plot hist reading_c2 bins 0", en: "error: 'bins' takes a whole number from 1 to 500, not '0'",
              sv: "fel: 'bins' ska vara ett heltal från 1 till 500, inte '0'")
        SwedishCommandCheck.check(demo, "plot hist reading_c2 width 5", en: "error: 'width' takes a whole number from 20 to 1000, not '5'",
              sv: "fel: 'width' ska vara ett heltal från 20 till 1000, inte '5'")
        SwedishCommandCheck.check(demo, "plot hist reading_c2 bins", en: "error: expected a number after 'bins'", sv: "fel: det saknas ett tal efter 'bins'")
        SwedishCommandCheck.check(demo, "plot hist reading_c2 title", en: "error: expected a title after 'title'", sv: "fel: det saknas en rubrik efter 'title'")
        SwedishCommandCheck.check(demo, "plot hist reading_c2 canvas", en: "error: expected braille or block after 'canvas'", sv: "fel: det saknas braille eller block efter 'canvas'")
        SwedishCommandCheck.check(demo, "plot hist reading_c2 canvas x", en: "error: 'canvas' takes braille or block, not 'x'\n  plot hist reading_c2 canvas x\n                              ^\nhint: for ASCII use 'ascii'",
              sv: "fel: 'canvas' ska vara braille eller block, inte 'x'\n  plot hist reading_c2 canvas x\n                              ^\ntips: använd 'ascii' för ASCII")
    }
}
