import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `norms`' own errors in Swedish (issue 15).
struct NormsCommandMessageTests {
    @Test func errors() {
        SwedishCommandCheck.check([], "norms show nope", en: "error: no norms named 'nope'", sv: "fel: det finns inga normer som heter 'nope'")
        SwedishCommandCheck.check([], "norms show nope", en: "hint: load them with 'norms load PATH' or use 'norms demo'",
                                  sv: "tips: läs in dem med 'norms load SÖKVÄG' eller använd 'norms demo'")
        SwedishCommandCheck.check([], "norms load nowhere.csv", en: "error: cannot read 'nowhere.csv'", sv: "fel: kan inte läsa 'nowhere.csv'")
        SwedishCommandCheck.check([], "norms load nowhere.csv", en: "hint: check the path; relative paths start in the working directory",
                                  sv: "tips: kontrollera sökvägen; relativa sökvägar utgår från mappen där evsh startades")
        SwedishCommandCheck.check([], "norms frob", en: "error: unknown norms action 'frob'", sv: "fel: okänd åtgärd för 'norms': 'frob'")
        SwedishCommandCheck.check([], "norms shw", en: "hint: did you mean 'show'?", sv: "tips: menade du 'show'?")
        SwedishCommandCheck.check([], "norms show", en: "error: expected a norms name", sv: "fel: det saknas ett namn på normerna")
        SwedishCommandCheck.check([], "norms load", en: "error: expected a file path after 'load'", sv: "fel: det saknas en sökväg efter 'load'")
        SwedishCommandCheck.check([], "norms load x.csv as", en: "error: expected a name after 'as'", sv: "fel: det saknas ett namn efter 'as'")
    }

    @Test func lookups() {
        SwedishCommandCheck.check(["load demo"], "compare attendance c1 -> c2 norms demo",
                                  en: "error: norms 'demo' have no measure 'attendance'\n  compare attendance c1 -> c2 norms demo\n                                    ^~~~\nhint: their measures: maths, reading",
                                  sv: "fel: normerna 'demo' har inget mått 'attendance'\n  compare attendance c1 -> c2 norms demo\n                                    ^~~~\ntips: deras mått: maths, reading")
        SwedishCommandCheck.check(["load demo", "drop year"], "compare reading c1 -> c2 norms demo",
                                  en: "error: norms need each student's year level, and this dataset has no year column",
                                  sv: "fel: normerna behöver varje elevs årskurs, och datamängden har ingen kolumn med årskurs")
        SwedishCommandCheck.check(["load demo", "drop year"], "compare reading c1 -> c2 norms demo",
                                  en: "hint: name it one of: year, year_level", sv: "tips: ge den ett av namnen: year, year_level")
    }
}
