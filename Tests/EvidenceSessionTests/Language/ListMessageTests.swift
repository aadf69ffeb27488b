import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `list`'s errors in Swedish (issue 15).
struct ListMessageTests {
    let demo = ["load demo"]

    @Test func workshopMode() {
        SwedishCommandCheck.check(["load demo", "set workshop on"], "list", en: "error: privacy: list shows individual students and is off in workshop mode\nhint: use count, summary or a chart; or 'set workshop off'",
              sv: "fel: integritet: 'list' visar enskilda elever och är avstängt i workshopläge\ntips: använd count, summary eller ett diagram; eller 'set workshop off'")
    }

    @Test func errors() {
        SwedishCommandCheck.check(demo, "list sort", en: "error: expected a column after 'sort'", sv: "fel: det saknas en kolumn efter 'sort'")
        SwedishCommandCheck.check(demo, "list where", en: "error: expected a condition after 'where'", sv: "fel: det saknas ett villkor efter 'where'")
        SwedishCommandCheck.check(demo, "list readng_c1", en: "error: unknown column 'readng_c1'", sv: "fel: okänd kolumn 'readng_c1'")
    }
}
