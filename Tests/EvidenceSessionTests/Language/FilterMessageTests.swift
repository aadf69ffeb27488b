import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `filter` in Swedish: its warning when nothing matches and its errors (issue 15).
struct FilterMessageTests {
    let demo = ["load demo"]

    @Test func nothingMatches() {
        SwedishCommandCheck.check(demo, "filter year == 9", en: "warning: no rows match 'year == 9' (of 300 rows in demo): nothing filtered; demo is still current",
              sv: "varning: inga rader uppfyller 'year == 9' (av 300 rader i demo): inget filtrerades; demo är fortfarande aktuell")
        SwedishCommandCheck.check(demo, "filter year == 9 as none9",
              en: "warning: no rows match 'year == 9' (of 300 rows in demo): the view 'none9' is empty and demo is still current ('use none9' to switch)",
              sv: "varning: inga rader uppfyller 'year == 9' (av 300 rader i demo): vyn 'none9' är tom och demo är fortfarande aktuell ('use none9' byter)")
    }

    @Test func errors() {
        SwedishCommandCheck.check(demo, "filter", en: "error: expected a condition, such as: filter year == 5", sv: "fel: det saknas ett villkor, till exempel: filter year == 5")
        SwedishCommandCheck.check(demo, "filter year == 5 as", en: "error: expected a name for the view after 'as'", sv: "fel: det saknas ett namn på vyn efter 'as'")
        SwedishCommandCheck.check(demo, "filter year == 5 as 1x", en: "error: '1x' is not a usable name\n  filter year == 5 as 1x\n                      ^~\nhint: use letters, digits and _, starting with a letter",
              sv: "fel: '1x' går inte att använda som namn\n  filter year == 5 as 1x\n                      ^~\ntips: använd bokstäver, siffror och _, och börja med en bokstav")
        SwedishCommandCheck.check(demo, "filter year == 5 as demo", en: "error: 'demo' is a loaded table\n  filter year == 5 as demo\n                      ^~~~\nhint: choose another name for the view",
              sv: "fel: 'demo' är en inläst tabell\n  filter year == 5 as demo\n                      ^~~~\ntips: välj ett annat namn på vyn")
    }
}
