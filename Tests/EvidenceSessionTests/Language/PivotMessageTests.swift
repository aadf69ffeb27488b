import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `pivot`'s errors in Swedish (issue 15).
struct PivotMessageTests {
    let demo = ["load demo"]

    @Test func errors() {
        SwedishCommandCheck.check(demo, "pivot", en: "error: expected 'longer' or 'wider'", sv: "fel: det saknas 'longer' eller 'wider'")
        SwedishCommandCheck.check(demo, "pivot sideways", en: "error: expected 'longer' or 'wider', found 'sideways'",
                                  sv: "fel: här ska det stå 'longer' eller 'wider', inte 'sideways'")
        SwedishCommandCheck.check(demo, "pivot wider by nope", en: "error: no column 'nope' in 'demo'\n  pivot wider by nope\n                 ^~~~\nhint: see 'describe'",
                                  sv: "fel: ingen kolumn 'nope' i 'demo'\n  pivot wider by nope\n                 ^~~~\ntips: 'describe' visar kolumnerna")
        SwedishCommandCheck.check(demo, "pivot wider", en: "error: 'demo' has no 'cycle' column", sv: "fel: 'demo' har ingen kolumn 'cycle'")
        SwedishCommandCheck.check(demo, "pivot wider", en: "hint: name it: pivot longer", sv: "tips: ange den med 'by' eller 'cycle'; så skrivs det: pivot longer")
        SwedishCommandCheck.check(demo, "pivot wider by", en: "error: expected an id column after 'by'", sv: "fel: det saknas en id-kolumn efter 'by'")
        SwedishCommandCheck.check(demo, "pivot wider cycle", en: "error: expected the cycle column after 'cycle'", sv: "fel: det saknas kolumnen med mättillfällen efter 'cycle'")
        SwedishCommandCheck.check(demo, "pivot wider frob", en: "error: unexpected 'frob'", sv: "fel: oväntat 'frob'")
        SwedishCommandCheck.check(demo, "pivot longer as demo", en: "error: a dataset named 'demo' exists already\n  pivot longer as demo\n                  ^~~~\nhint: choose a new name; the original is kept as it is",
                                  sv: "fel: det finns redan en datamängd som heter 'demo'\n  pivot longer as demo\n                  ^~~~\ntips: välj ett nytt namn; originalet lämnas som det är")
        SwedishCommandCheck.check(demo, "pivot longer as", en: "error: expected a dataset name after 'as'", sv: "fel: det saknas ett namn på datamängden efter 'as'")
        SwedishCommandCheck.check(["load demo", "select student_id, class"], "pivot longer", en: "error: no measure families like reading_c1, reading_c2 in 'demo'",
                                  sv: "fel: inga måttfamiljer som reading_c1, reading_c2 i 'demo'")
        SwedishCommandCheck.check(["load demo", "select student_id, class"], "pivot longer",
                                  en: "hint: columns are grouped by the part before the last '_' and a cycle name with a digit after it",
                                  sv: "tips: kolumnerna grupperas efter delen före sista '_' och ett mättillfälle vars namn har en siffra")
    }
}
