import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `id` in Swedish (issue 15).
struct IdMessageTests {
    let demo = ["load demo"]

    @Test func showAndChange() {
        SwedishCommandCheck.check(demo, "id", en: "id: student_id", sv: "id: student_id")
        SwedishCommandCheck.check(demo, "id teacher", en: "id: teacher (was student_id)", sv: "id: teacher (var student_id)")
        SwedishCommandCheck.check(demo, "id none", en: "no id column (was student_id)", sv: "ingen id-kolumn (var student_id)")
        SwedishCommandCheck.check(["load demo", "id none"], "id", en: "no id column: 'id COLUMN' chooses one", sv: "ingen id-kolumn: 'id KOLUMN' väljer en")
        SwedishCommandCheck.check(demo, "id studentid", en: "error: unknown column 'studentid'\n  id studentid\n     ^~~~~~~~~\nhint: did you mean 'student_id'?",
              sv: "fel: okänd kolumn 'studentid'\n  id studentid\n     ^~~~~~~~~\ntips: menade du 'student_id'?")
    }
}
