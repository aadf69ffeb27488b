import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `help` for a command that does not exist, in Swedish (issue 15).
struct HelpCommandMessageTests {
    let demo = ["load demo"]

    @Test func noSuchCommand() {
        SwedishCommandCheck.check([], "help nosuch", en: "error: no command named 'nosuch'\n  help nosuch\n       ^~~~~~\nhint: type 'help' for the list",
              sv: "fel: det finns inget kommando som heter 'nosuch'\n  help nosuch\n       ^~~~~~\ntips: skriv 'help' för att se listan")
        SwedishCommandCheck.check([], "help cuont", en: "hint: did you mean 'count'?", sv: "tips: menade du 'count'?")
    }
}
