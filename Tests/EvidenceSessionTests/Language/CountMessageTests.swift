import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `count`'s errors in Swedish (issue 15; its answers are `SwedishSessionTests`').
struct CountMessageTests {
    let demo = ["load demo"]

    @Test func errors() {
        SwedishCommandCheck.check(demo, "count where", en: "error: expected a condition after 'where'", sv: "fel: det saknas ett villkor efter 'where'")
        SwedishCommandCheck.check(demo, "count by", en: "error: expected a column after 'by'", sv: "fel: det saknas en kolumn efter 'by'")
        SwedishCommandCheck.check(demo, "count where year == 5", en: "101 of 300 rows", sv: "101 av 300 rader")
    }
}
