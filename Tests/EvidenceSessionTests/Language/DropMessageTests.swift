import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `drop` in Swedish (issue 15).
struct DropMessageTests {
    let demo = ["load demo"]

    @Test func drop() {
        SwedishCommandCheck.check(demo, "drop teacher, gender", en: "demo: 20 columns left", sv: "demo: 20 kolumner kvar")
        SwedishCommandCheck.check(demo, "drop", en: "error: expected the columns to drop", sv: "fel: det saknas kolumner att ta bort")
        SwedishCommandCheck.check(["load demo", "select class, year"], "drop class, year", en: "error: cannot drop every column\n  drop class, year\n                  ^\nhint: keep at least one",
              sv: "fel: alla kolumner kan inte tas bort\n  drop class, year\n                  ^\ntips: behåll minst en")
    }
}
