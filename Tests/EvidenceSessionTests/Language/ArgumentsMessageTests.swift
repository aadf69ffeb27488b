import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `ArgumentsMessage` in Swedish: a word missing, the wrong word, words left over (issue 15).
struct ArgumentsMessageTests {
    let demo = ["load demo"]

    @Test func missingAndWrongWords() {
        SwedishCommandCheck.check(demo, "export last", en: "error: expected 'to'", sv: "fel: det saknas 'to'")
        SwedishCommandCheck.check(demo, "export last from x", en: "error: expected 'to', found 'from'", sv: "fel: här ska det stå 'to', inte 'from'")
        SwedishCommandCheck.check(demo, "load demo with x", en: "error: expected OPTION=VALUE, found 'x'", sv: "fel: här ska det stå ALTERNATIV=VÄRDE, inte 'x'")
        SwedishCommandCheck.check(demo, "describe demo extra", en: "error: unexpected 'extra'", sv: "fel: oväntat 'extra'\n  describe demo extra\n                ^~~~~")
        SwedishCommandCheck.check(demo, "load demo as", en: "error: expected a dataset name after 'as'", sv: "fel: det saknas ett namn på datamängden efter 'as'")
    }

    @Test func sharedErrors() {
        SwedishCommandCheck.check(demo, "count where", en: "error: expected a condition after 'where'", sv: "fel: det saknas ett villkor efter 'where'")
        SwedishCommandCheck.check(demo, "describe where", en: "error: expected a condition after 'where'", sv: "fel: det saknas ett villkor efter 'where'")
        SwedishCommandCheck.check(demo, "count by", en: "error: expected a column after 'by'", sv: "fel: det saknas en kolumn efter 'by'")
        SwedishCommandCheck.check(demo, "list limit", en: "error: expected a number after 'limit'", sv: "fel: det saknas ett tal efter 'limit'")
        SwedishCommandCheck.check(demo, "list limit x", en: "error: limit takes a whole number, not 'x'", sv: "fel: 'limit' ska vara ett heltal, inte 'x'")
        SwedishCommandCheck.check(demo, "load demo as \"a b\"", en: "error: 'a b' cannot be a dataset name\n  load demo as \"a b\"\n               ^~~~~\nhint: use letters, digits and _",
              sv: "fel: 'a b' kan inte vara namnet på en datamängd\n  load demo as \"a b\"\n               ^~~~~\ntips: använd bokstäver, siffror och _")
    }

    /// The usage hint is the catalogue's too: "så skrivs det:", the syntax as declared.
    @Test func usageHint() {
        SwedishCommandCheck.check(demo, "count where", en: "hint: usage: count [where EXPR] [by EXPR[, EXPR …]]", sv: "tips: så skrivs det: count [where EXPR] [by EXPR[, EXPR …]]")
    }
}
