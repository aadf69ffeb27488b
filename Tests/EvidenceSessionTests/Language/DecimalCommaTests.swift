import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `0,5` in expressions (issue 15; docs/language.md, "Numbers"): digits, a comma and digits with
/// no space are a decimal comma where an expression stands alone (filter, let, where, sort); in a
/// call's arguments, a list or a command's comma list of expressions they are refused with a
/// caret, never read one way silently.
struct DecimalCommaTests {
    let demo = ["load demo"]

    @Test func acceptedWhereTheExpressionStandsAlone() {
        #expect(render(demo + ["filter reading_c1 > 550,5"]).text == render(demo + ["filter reading_c1 > 550.5"]).text)
        #expect(render(demo + ["filter reading_c1 > -0,5"]).text == render(demo + ["filter reading_c1 > -0.5"]).text)
        #expect(render(demo + ["let x = reading_c1 * 0,25", "summary x"]).text == render(demo + ["let x = reading_c1 * 0.25", "summary x"]).text)
        #expect(render(demo + ["count where reading_c1 > 550,5 by class"]).text == render(demo + ["count where reading_c1 > 550.5 by class"]).text)
        #expect(render(demo + ["filter reading_c1 > 550,5"]).output.status == .ok)
    }

    @Test func whatCommasMeantStaysTheSame() {
        // A space after the comma, or a name before it: separators as always.
        #expect(render(demo + ["let x = round(reading_c1, 1)"]).output.status == .ok)
        #expect(render(demo + ["filter year in [4, 5]"]).text.contains("of 300 rows"))
        #expect(render(demo + ["let x = least(reading_c1,reading_c2)"]).output.status == .ok)
        #expect(render(demo + ["summary reading_c1,reading_c2"]).text.contains("reading_c2"))
        #expect(render(demo + ["let x = round(reading_c1,1)"]).output.status == .ok)
        // A point is a decimal everywhere.
        #expect(render(demo + ["let x = q(reading_c1, 0.5)"]).output.status == .ok)
        #expect(render(demo + ["let x = round(reading_c1 * 1.5,1)"]).output.status == .ok)
    }

    @Test func refusedInACallOrAList() {
        SwedishCommandCheck.check(demo, "let y = q(reading_c1, 0,5)",
                                  en: "error: number: '0,5' is ambiguous: in a call or a list a comma separates values\n  let y = q(reading_c1, 0,5)\n                        ^~~\nhint: write 0.5 for a decimal number, or 0, 5 (a space after the comma) for two values",
                                  sv: "fel: tal: '0,5' är tvetydigt: i ett anrop eller en lista skiljer kommatecknet värden åt\n  let y = q(reading_c1, 0,5)\n                        ^~~\ntips: skriv 0.5 för ett decimaltal, eller 0, 5 (med mellanslag efter kommatecknet) för två värden")
        SwedishCommandCheck.check(demo, "filter year in [4,5]",
                                  en: "error: number: '4,5' is ambiguous: in a call or a list a comma separates values\n  filter year in [4,5]\n                  ^~~",
                                  sv: "fel: tal: '4,5' är tvetydigt: i ett anrop eller en lista skiljer kommatecknet värden åt")
        #expect(render(demo + ["let x = round(reading_c1, 0,5)"]).output.status == .failed(.usage))
        #expect(render(demo + ["let x = band(reading_c1, 400,500)"]).output.status == .failed(.usage))
    }

    @Test func refusedInACommaListOfExpressions() {
        SwedishCommandCheck.check(demo, "summary reading_c1 * 0,5",
                                  en: "error: number: '0,5' is ambiguous: in a list of expressions a comma separates them\n  summary reading_c1 * 0,5\n                       ^~~\nhint: write 0.5 for a decimal number, or put a space after the comma for two expressions",
                                  sv: "fel: tal: '0,5' är tvetydigt: i en lista av uttryck skiljer kommatecknet dem åt\n  summary reading_c1 * 0,5\n                       ^~~\ntips: skriv 0.5 för ett decimaltal, eller sätt ett mellanslag efter kommatecknet för två uttryck")
        #expect(render(demo + ["summary reading_c1 * 0.5, reading_c2"]).output.status == .ok)
    }
}
