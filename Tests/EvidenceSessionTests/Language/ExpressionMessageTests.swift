import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// The expression language's errors in Swedish (issue 15): the lexer's, the parser's and the
/// checker's, thrown deep in the engine and worded by `ExpressionMessage` when rendered.
struct ExpressionMessageTests {
    let demo = ["load demo"]

    @Test func typeErrors() {
        SwedishCommandCheck.check(demo, "filter reading_c1 > \"high\"",
                                  en: "error: type: cannot use '>' on number 'reading_c1' and text '\"high\"'",
                                  sv: "fel: typ: '>' går inte att använda på tal 'reading_c1' och text '\"high\"'")
        SwedishCommandCheck.check(demo, "summary reading_c1 + gender",
                                  en: "error: type: '+' needs number, but 'gender' is text",
                                  sv: "fel: typ: '+' behöver tal, men 'gender' är text")
        SwedishCommandCheck.check(demo, "filter writing_c1 > 12",
                                  en: "error: type: cannot use '>' on grade 'writing_c1' and number '12'\n  filter writing_c1 > 12\n                      ^~\nhint: compare grades with a quoted letter (\"C\"), or use points(writing_c1)",
                                  sv: "fel: typ: '>' går inte att använda på betyg 'writing_c1' och tal '12'\n  filter writing_c1 > 12\n                      ^~\ntips: jämför betyg med en bokstav inom citattecken (\"C\"), eller använd 'points(writing_c1)'")
        SwedishCommandCheck.check(demo, "filter reading_c2 == missing",
                                  en: "error: type: a comparison with missing is always missing\n  filter reading_c2 == missing\n         ^~~~~~~~~~~~~~~~~~~~~\nhint: write: reading_c2 is missing",
                                  sv: "fel: typ: en jämförelse med 'missing' ger alltid ett saknat värde\n  filter reading_c2 == missing\n         ^~~~~~~~~~~~~~~~~~~~~\ntips: skriv: 'reading_c2 is missing'")
        SwedishCommandCheck.check(demo, "filter gender > \"f\"",
                                  en: "error: type: '>' needs numbers or grades; text can only be compared with == or !=",
                                  sv: "fel: typ: '>' behöver tal eller betyg; text kan bara jämföras med '==' eller '!='")
        SwedishCommandCheck.check(demo, "filter writing_c1 - 1 > 2",
                                  en: "error: type: '-' needs number, but 'writing_c1' is grade", sv: "fel: typ: '-' behöver tal, men 'writing_c1' är betyg")
        SwedishCommandCheck.check(demo, "filter gender in [missing]",
                                  en: "error: type: missing cannot be in a list", sv: "fel: typ: 'missing' kan inte stå i en lista")
        SwedishCommandCheck.check(demo, "filter points(\"G\") > 1",
                                  en: "error: type: 'G' is not a grade", sv: "fel: typ: 'G' är inget betyg")
    }

    @Test func conditionsAndAggregates() {
        SwedishCommandCheck.check(demo, "filter reading_c1",
                                  en: "error: type: a condition must be true or false, but 'reading_c1' is number",
                                  sv: "fel: typ: ett villkor måste vara sant eller falskt, men 'reading_c1' är tal")
        SwedishCommandCheck.check(demo, "plot bar mean(reading_c1) + 1 by class",
                                  en: "hint: aggregates: count mean median sd var min max sum pct q iqr",
                                  sv: "tips: aggregatfunktioner: 'count mean median sd var min max sum pct q iqr'")
    }

    @Test func syntaxErrors() {
        SwedishCommandCheck.check(demo, "filter class = \"5A\"",
                                  en: "error: syntax: '=' is not a comparison\n  filter class = \"5A\"\n               ^\nhint: use '==' to compare: class == …",
                                  sv: "fel: syntax: '=' är ingen jämförelse\n  filter class = \"5A\"\n               ^\ntips: jämför med '==': 'class == …'")
        SwedishCommandCheck.check(demo, "filter class == 5A",
                                  en: "error: syntax: '5A' is not a number or a name; text is written in quotes: \"5A\"",
                                  sv: "fel: syntax: '5A' är varken ett tal eller ett namn; text skrivs inom citattecken: \"5A\"")
        SwedishCommandCheck.check(demo, "filter (reading_c1 > 500",
                                  en: "error: syntax: expected ')' to close the '(', found the end of the line",
                                  sv: "fel: syntax: här ska det stå ')' som stänger '(', inte radens slut")
        SwedishCommandCheck.check(demo, "filter class in 5",
                                  en: "error: syntax: expected '[' after 'in', found '5'", sv: "fel: syntax: efter 'in' ska det stå '[', inte '5'")
        SwedishCommandCheck.check(demo, "filter reading_c1 < 3 < 4",
                                  en: "error: syntax: comparisons cannot be chained", sv: "fel: syntax: jämförelser kan inte kedjas")
        SwedishCommandCheck.check(demo, "filter reading_c1 > 5 6",
                                  en: "error: syntax: unexpected '6' after the expression", sv: "fel: syntax: oväntat '6' efter uttrycket")
        SwedishCommandCheck.check(demo, "filter class == \"5A",
                                  en: "error: syntax: unclosed quote: add a closing \"", sv: "fel: syntax: citattecknet stängs inte: lägg till ett avslutande \"")
        SwedishCommandCheck.check(demo, "filter reading_c1 > 1 & 2",
                                  en: "error: syntax: '&' is not an operator; use 'and'", sv: "fel: syntax: '&' är ingen operator; skriv 'and'")
        SwedishCommandCheck.check(demo, "let x = round(reading_c1 5)",
                                  en: "error: syntax: expected ',' or ')' in the call to round, found '5'",
                                  sv: "fel: syntax: i anropet av round ska det stå ',' eller ')', inte '5'")
        SwedishCommandCheck.check(demo, "filter reading_c1 > 1e999",
                                  en: "error: number: '1e999' is not a usable number", sv: "fel: tal: '1e999' är inget användbart tal")
    }

    @Test func functions() {
        SwedishCommandCheck.check(demo, "let r = log(reading_c1, 2)",
                                  en: "error: type: log takes 1 argument, got 2\n  let r = log(reading_c1, 2)\n          ^~~~~~~~~~~~~~~~~~\nhint: usage: log(x)",
                                  sv: "fel: typ: log tar 1 argument, men fick 2\n  let r = log(reading_c1, 2)\n          ^~~~~~~~~~~~~~~~~~\ntips: så skrivs det: log(x)")
        SwedishCommandCheck.check(demo, "let x = least()",
                                  en: "error: type: least takes at least 1 arguments, got 0", sv: "fel: typ: least tar minst 1 argument, men fick 0")
        SwedishCommandCheck.check(demo, "filter lg(reading_c1) > 2",
                                  en: "error: unknown function 'lg'\n  filter lg(reading_c1) > 2\n         ^~\nhint: did you mean 'log'?",
                                  sv: "fel: okänd funktion 'lg'\n  filter lg(reading_c1) > 2\n         ^~\ntips: menade du 'log'?")
        SwedishCommandCheck.check(demo, "let x = q(reading_c1, 2)",
                                  en: "error: type: a quantile is between 0 and 1, not 2", sv: "fel: typ: en kvantil ligger mellan 0 och 1, inte 2")
        SwedishCommandCheck.check(demo, "let x = coalesce(reading_c1, gender)",
                                  en: "error: type: coalesce needs arguments of one type, but 'gender' is text, not number",
                                  sv: "fel: typ: coalesce behöver argument av samma typ, men 'gender' är text, inte tal")
        SwedishCommandCheck.check(demo, "filter mean > 1",
                                  en: "error: unknown column 'mean'\n  filter mean > 1\n         ^~~~\nhint: 'mean' is a function; call it: mean(…)",
                                  sv: "fel: okänd kolumn 'mean'\n  filter mean > 1\n         ^~~~\ntips: 'mean' är en funktion; anropa den: 'mean(…)'")
    }

    @Test func dates() {
        SwedishCommandCheck.check(demo, "let d = date(\"2025-02-30\")",
                                  en: "error: type: '2025-02-30' is not a date\n  let d = date(\"2025-02-30\")\n               ^~~~~~~~~~~~\nhint: write a date as \"YYYY-MM-DD\", e.g. \"2025-03-14\" (or \"2025-03-14 08:30\")",
                                  sv: "fel: typ: '2025-02-30' är inget datum\n  let d = date(\"2025-02-30\")\n               ^~~~~~~~~~~~\ntips: skriv ett datum som \"ÅÅÅÅ-MM-DD\", t.ex. \"2025-03-14\" (eller \"2025-03-14 08:30\")")
        SwedishCommandCheck.check(demo + ["let d = date(\"2025-03-14\")"], "let x = d + 7",
                                  en: "hint: days(a, b) counts the days from a to b; year(d), month(d) and day(d) are numbers",
                                  sv: "tips: 'days(a, b)' räknar dagarna från a till b; 'year(d)', 'month(d)' och 'day(d)' är tal")
        SwedishCommandCheck.check(demo + ["let d = date(\"2025-03-14\")"], "filter d > 2025-03-01",
                                  en: "error: type: cannot use '>' on date 'd' and number '2025-03-01'",
                                  sv: "fel: typ: '>' går inte att använda på datum 'd' och tal '2025-03-01'")
        SwedishCommandCheck.check(demo, "let y = year(class)",
                                  en: "hint: date(class) reads text as a date", sv: "tips: 'date(class)' läser text som ett datum")
    }

    /// A type's name inside a message follows the message's language.
    @Test func nestedMessages() {
        let m = ExpressionMessage.needs(.text("'+'"), ExpressionMessage.type("number"), .text("x"), ExpressionMessage.type("date"))
        #expect(m.text(.en) == "'+' needs number, but 'x' is date")
        #expect(m.text(.sv) == "'+' behöver tal, men 'x' är datum")
    }

    /// A load error scrubbed of personnummer is scrubbed in every language: the catalogue's
    /// arguments too (the database load's filter throws expression errors).
    @Test func scrubbedInEveryLanguage() {
        let d = Diagnostic.usage(ExpressionMessage.notDate(.text("811218-9876")), hint: ExpressionMessage.writeDate()).scrubbingPersonnummer()
        let sv = DiagnosticRenderer.render(d, language: .sv).joined(separator: "\n")
        #expect(sv.contains("fel: '<personnummer>' är inget datum"), "\(sv)")
        #expect(!sv.contains("811218"))
        #expect(DiagnosticRenderer.render(d).first == "error: '<personnummer>' is not a date")
    }
}
