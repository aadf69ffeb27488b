import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `set`'s errors and each setting's value errors in Swedish (issue 15).
struct SetMessageTests {
    @Test func errors() {
        SwedishCommandCheck.check([], "set width abc", en: "error: 'width' takes a whole number from 20 to 1000, not 'abc'\n  set width abc\n            ^~~\nhint: usage: set OPTION VALUE",
                                  sv: "fel: 'width' ska vara ett heltal från 20 till 1000, inte 'abc'\n  set width abc\n            ^~~\ntips: så skrivs det: set OPTION VALUE")
        SwedishCommandCheck.check([], "set colour on", en: "error: unknown setting 'colour'\n  set colour on\n      ^~~~~~\nhint: did you mean 'color'?",
                                  sv: "fel: okänd inställning 'colour'\n  set colour on\n      ^~~~~~\ntips: menade du 'color'?")
        SwedishCommandCheck.check([], "set frob 1", en: "hint: settings: width, timing, ascii, color, min-group, workshop, language, seed",
                                  sv: "tips: inställningar: 'width', 'timing', 'ascii', 'color', 'min-group', 'workshop', 'language', 'seed'")
        SwedishCommandCheck.check([], "set timing maybe", en: "error: 'timing' takes on or off, not 'maybe'", sv: "fel: 'timing' ska vara on eller off, inte 'maybe'")
        SwedishCommandCheck.check([], "set color x", en: "error: 'color' takes auto, on or off, not 'x'", sv: "fel: 'color' ska vara auto, on eller off, inte 'x'")
        SwedishCommandCheck.check([], "set language de", en: "error: 'language' takes sv or en, not 'de'", sv: "fel: 'language' ska vara sv eller en, inte 'de'")
        SwedishCommandCheck.check([], "set seed x", en: "error: 'seed' takes a whole number, not 'x'", sv: "fel: 'seed' ska vara ett heltal, inte 'x'")
        SwedishCommandCheck.check([], "set min-group 0", en: "error: 'min-group' takes a whole number from 1 to 1000, not '0'",
                                  sv: "fel: 'min-group' ska vara ett heltal från 1 till 1000, inte '0'")
        SwedishCommandCheck.check([], "set width", en: "error: expected a value for 'width'", sv: "fel: det saknas ett värde för 'width'")
    }
}
