import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `summary`'s and `tail`'s own errors in Swedish (issue 15).
struct SummaryTailMessageTests {
    let demo = ["load demo"]

    @Test func summary() {
        SwedishCommandCheck.check(demo, "summary", en: "error: expected an expression to summarise", sv: "fel: det saknas ett uttryck att sammanfatta")
        SwedishCommandCheck.check(demo, "summary mean(reading_c1) by class",
                                  en: "error: 'mean(reading_c1)' is one number for all of demo, not a value per student",
                                  sv: "fel: 'mean(reading_c1)' är ett enda tal för hela demo, inte ett värde per elev")
        SwedishCommandCheck.check(demo, "summary mean(reading_c1) by class",
                                  en: "hint: summary shows the mean, sd, min, quartiles and max itself: 'summary reading_c1 by …'; for one figure per group try 'plot bar mean(reading_c1) by …'",
                                  sv: "tips: 'summary' visar själv medelvärde, sd, min, kvartiler och max: 'summary reading_c1 by …'; för ett tal per grupp, prova 'plot bar mean(reading_c1) by …'")
        SwedishCommandCheck.check(demo, "summary gender", en: "error: 'gender' is text: summary needs numbers, grades or true/false\n  summary gender\n          ^~~~~~\nhint: try 'count by gender'",
                                  sv: "fel: 'gender' är text: 'summary' behöver tal, betyg eller sant/falskt\n  summary gender\n          ^~~~~~\ntips: prova 'count by gender'")
        SwedishCommandCheck.check(["load demo", "let d = date(\"2025-03-14\")"], "summary d",
                                  en: "error: 'd' is a date: summary needs numbers, grades or true/false\n  summary d\n          ^\nhint: describe shows the first and last date; year(d) or days(a, b) are numbers",
                                  sv: "fel: 'd' är ett datum: 'summary' behöver tal, betyg eller sant/falskt\n  summary d\n          ^\ntips: 'describe' visar första och sista datum; year(d) och days(a, b) är tal")
    }

    /// A comma list with a part missing (`CommandLexer.commaParts`, shared with `count`).
    @Test func commaList() {
        SwedishCommandCheck.check(demo, "summary reading_c1,,reading_c2",
                                  en: "error: expected an expression between two commas\n  summary reading_c1,,reading_c2\n                    ^~\nhint: usage: summary",
                                  sv: "fel: det saknas ett uttryck mellan två kommatecken\n  summary reading_c1,,reading_c2\n                    ^~\ntips: så skrivs det: summary")
        SwedishCommandCheck.check(demo, "summary ,reading_c1", en: "error: expected an expression before ','", sv: "fel: det saknas ett uttryck före ','")
        SwedishCommandCheck.check(demo, "count by class,", en: "error: expected an expression after ','", sv: "fel: det saknas ett uttryck efter ','")
        for (language, column) in [(Language.en, "error: expected a column between two commas"), (.sv, "fel: det saknas en kolumn mellan två kommatecken")] {
            do { _ = try CommandLexer.commaParts("a,,b", offset: 0, line: "a,,b", what: "a column"); Issue.record("no error") } catch let d as Diagnostic {
                #expect(DiagnosticRenderer.render(d, language: language).first == column)
            } catch { Issue.record("\(error)") }
        }
    }

    @Test func tail() {
        SwedishCommandCheck.check(demo, "tail reading c1 pct 200", en: "error: pct takes a number above 0 and below 100, not '200'",
                                  sv: "fel: 'pct' ska vara ett tal över 0 och under 100, inte '200'")
        SwedishCommandCheck.check(demo, "tail reading c1 pct", en: "error: expected a percent after 'pct'", sv: "fel: det saknas ett procenttal efter 'pct'")
        SwedishCommandCheck.check(demo, "tail reading c3", en: "error: no cycle after 'c3' to follow 'reading' to\nhint: its cycles: c1 c2 c3; pick an earlier one or fix the order with 'cycles order'",
                                  sv: "fel: inget mättillfälle efter 'c3' att följa 'reading' till\ntips: dess mättillfällen: c1 c2 c3; välj ett tidigare eller ändra ordningen med 'cycles order'")
    }
}
