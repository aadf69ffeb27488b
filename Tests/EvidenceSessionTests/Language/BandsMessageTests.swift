import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `bands`' errors in Swedish (issue 15).
struct BandsMessageTests {
    let demo = ["load demo"]

    @Test func cuts() {
        SwedishCommandCheck.check(demo, "bands reading c1 -> c2 cuts 600,500", en: "error: cut points must be 1 to 12 rising numbers, not '600,500'",
              sv: "fel: gränserna ska vara 1 till 12 stigande tal, inte '600,500'")
        SwedishCommandCheck.check(demo, "bands reading c1 -> c2 cuts a,b", en: "error: cut points must be numbers, not 'a'", sv: "fel: gränserna ska vara tal, inte 'a'")
        SwedishCommandCheck.check(demo, "bands reading c1 -> c2 cuts", en: "error: expected cut points after 'cuts', e.g. 500,600",
              sv: "fel: det saknas gränser efter 'cuts', t.ex. 500,600")
    }

    @Test func gradesOfNumbers() {
        SwedishCommandCheck.check(demo, "bands reading c1 -> c2 grades", en: "error: 'reading' is not a grade measure\n  bands reading c1 -> c2 grades\n                         ^~~~~~\nhint: use quintiles or cuts X,Y,…",
              sv: "fel: 'reading' är inte ett betygsmått\n  bands reading c1 -> c2 grades\n                         ^~~~~~\ntips: använd quintiles eller cuts X,Y,…")
    }
}
