import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `let`'s errors in Swedish (issue 15).
struct LetMessageTests {
    let demo = ["load demo"]

    @Test func errors() {
        SwedishCommandCheck.check(demo, "let", en: "error: expected NAME = EXPR", sv: "fel: här ska det stå NAMN = UTTRYCK")
        SwedishCommandCheck.check(demo, "let 5 = 3", en: "error: expected a name for the new column, found '5'", sv: "fel: här ska det stå ett namn på den nya kolumnen, inte '5'")
        SwedishCommandCheck.check(demo, "let x == 3", en: "error: expected '=' after 'x'\n  let x == 3\n        ^~\nhint: 'let' takes a single '=': let x = …",
              sv: "fel: det saknas '=' efter 'x'\n  let x == 3\n        ^~\ntips: 'let' skrivs med ett enda '=': let x = …")
        SwedishCommandCheck.check(demo, "let student_id = 1", en: "error: 'student_id' identifies the students and cannot be replaced\n  let student_id = 1\n      ^~~~~~~~~~\nhint: choose another name",
              sv: "fel: 'student_id' identifierar eleverna och kan inte ersättas\n  let student_id = 1\n      ^~~~~~~~~~\ntips: välj ett annat namn")
    }
}
