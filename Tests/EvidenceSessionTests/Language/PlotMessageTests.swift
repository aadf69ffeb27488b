import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `plot`'s own errors, hints and notes in Swedish (issue 15).
struct PlotMessageTests {
    let demo = ["load demo"]

    @Test func kinds() {
        SwedishCommandCheck.check(demo, "plot", en: "error: expected a chart kind (hist, bar, box, line, slope, scatter, heat)",
                                  sv: "fel: det saknas en diagramtyp (hist, bar, box, line, slope, scatter, heat)")
        SwedishCommandCheck.check(demo, "plot pie reading_c1", en: "error: unknown chart kind 'pie'", sv: "fel: okänd diagramtyp 'pie'")
        SwedishCommandCheck.check(demo, "plot pi x", en: "hint: kinds: hist, bar, box, line, slope, scatter, heat", sv: "tips: diagramtyper: hist, bar, box, line, slope, scatter, heat")
        SwedishCommandCheck.check(demo, "plot hist", en: "error: expected an expression after 'plot hist'", sv: "fel: det saknas ett uttryck efter 'plot hist'")
        SwedishCommandCheck.check(demo, "plot bar", en: "error: expected an aggregate such as count or mean(COLUMN) after 'plot bar'",
                                  sv: "fel: det saknas en aggregatfunktion, till exempel 'count' eller 'mean(KOLUMN)', efter 'plot bar'")
        SwedishCommandCheck.check(demo, "plot bar mean(reading_c1)", en: "error: expected 'by COLUMN'", sv: "fel: det saknas 'by KOLUMN'")
        SwedishCommandCheck.check(demo, "plot bar count by class sort sort", en: "error: 'sort' given twice", sv: "fel: 'sort' står två gånger")
        SwedishCommandCheck.check(demo, "plot hist reading_c1 by", en: "error: expected a value after 'by'", sv: "fel: det saknas ett värde efter 'by'")
    }

    @Test func groupsAndBins() {
        SwedishCommandCheck.check(demo, "plot hist gender", en: "error: 'gender' is text, but this chart needs numbers\n  plot hist gender\n            ^~~~~~\nhint: for categories try 'plot bar count by gender'",
                                  sv: "fel: 'gender' är text, men diagrammet behöver tal\n  plot hist gender\n            ^~~~~~\ntips: prova 'plot bar count by gender' för kategorier")
        SwedishCommandCheck.check(["load demo", "let d = date(\"2025-03-14\")"], "plot hist d", en: "error: 'd' is date, but this chart needs numbers",
                                  sv: "fel: 'd' är datum, men diagrammet behöver tal")
        SwedishCommandCheck.check(["load demo", "let d = date(\"2025-03-14\")"], "plot hist d", en: "hint: a date is not a number here; year(d) or days(a, b) are",
                                  sv: "tips: ett datum är inget tal här, men year(d) och days(a, b) är det")
        SwedishCommandCheck.check(demo, "plot hist reading_c1 by student_id", en: "error: 'student_id' has 300 groups; a chart shows at most 12",
                                  sv: "fel: 'student_id' har 300 grupper; ett diagram visar högst 12")
        SwedishCommandCheck.check(demo, "plot hist reading_c1 by student_id", en: "hint: filter first, or group by a column with fewer values",
                                  sv: "tips: filtrera först, eller gruppera efter en kolumn med färre olika värden")
        SwedishCommandCheck.check(demo, "plot hist reading_c1 binwidth 0", en: "error: 'binwidth' takes a positive number, not '0'", sv: "fel: 'binwidth' ska vara ett positivt tal, inte '0'")
        SwedishCommandCheck.check(demo, "plot hist reading_c1 bins 5 binwidth 2", en: "error: give 'bins' or 'binwidth', not both", sv: "fel: ange 'bins' eller 'binwidth', inte båda")
        SwedishCommandCheck.check(demo, "plot hist reading_c1 binwidth 0.01", en: "error: binwidth 0.01 makes 45801 bins; at most 500",
                                  sv: "fel: 'binwidth 0.01' ger 45\u{A0}801 staplar; högst 500")
        SwedishCommandCheck.check(demo, "plot hist reading_c1 binwidth 0.01", en: "hint: the values run from 354 to 812; try a wider bin",
                                  sv: "tips: värdena går från 354 till 812; prova bredare staplar")
    }

    @Test func aggregates() {
        SwedishCommandCheck.check(demo, "plot bar reading_c1 by class", en: "error: unknown aggregate 'reading_c1'\n  plot bar reading_c1 by class\n           ^~~~~~~~~~\nhint: a bar shows one figure per group: 'plot bar mean(reading_c1) by class', or 'plot box reading_c1 by class'",
                                  sv: "fel: okänd aggregatfunktion 'reading_c1'\n  plot bar reading_c1 by class\n           ^~~~~~~~~~\ntips: en stapel visar ett tal per grupp: 'plot bar mean(reading_c1) by class', eller 'plot box reading_c1 by class'")
        SwedishCommandCheck.check(demo, "plot bar foo(reading_c1) by class", en: "hint: use count or an aggregate: count, mean, median, sd",
                                  sv: "tips: använd 'count' eller en aggregatfunktion: 'count', 'mean', 'median', 'sd'")
    }

    @Test func cyclesAndPairs() {
        SwedishCommandCheck.check(demo, "plot line reading", en: "error: expected 'over cycles'\n  plot line reading\n                   ^\nhint: for example 'plot line reading over cycles by class'",
                                  sv: "fel: det saknas 'over cycles'\n  plot line reading\n                   ^\ntips: till exempel 'plot line reading over cycles by class'")
        SwedishCommandCheck.check(demo, "plot line", en: "error: expected a measure such as reading after 'plot line'", sv: "fel: det saknas ett mått, till exempel reading, efter 'plot line'")
        SwedishCommandCheck.check(demo, "plot line nope over cycles", en: "error: no cycle columns for 'nope' (expected nope_c1, nope_c2, …)\n  plot line nope over cycles\n            ^~~~\nhint: measures: reading, maths, writing, obs, attendance",
                                  sv: "fel: inga kolumner per mättillfälle för 'nope' (kolumnerna ska heta nope_c1, nope_c2, …)\n  plot line nope over cycles\n            ^~~~\ntips: mått: reading, maths, writing, obs, attendance")
        SwedishCommandCheck.check(["load demo", "select student_id, class"], "plot line reading over cycles",
                                  en: "hint: this dataset has no measures observed at several cycles; see 'cycles'",
                                  sv: "tips: datamängden har inga mått från flera mättillfällen; 'cycles' visar mättillfällena")
        SwedishCommandCheck.check(demo, "plot scatter reading_c1", en: "error: expected two columns X Y", sv: "fel: det saknas två kolumner X Y")
        SwedishCommandCheck.check(demo, "plot scatter reading_c1", en: "hint: for example 'plot scatter reading_c1 reading_c2 diagonal'",
                                  sv: "tips: till exempel 'plot scatter reading_c1 reading_c2 diagonal'")
        SwedishCommandCheck.check(demo, "plot heat reading_c1 -> reading_c2", en: "error: 'reading_c1' is a number; a transition needs categories (grades, bands, text)",
                                  sv: "fel: 'reading_c1' är ett tal; en övergång behöver kategorier (betyg, nivåer, text)")
        SwedishCommandCheck.check(demo, "plot heat reading_c1 -> reading_c2", en: "hint: for numbers try 'plot scatter reading_c1 reading_c2 diagonal'",
                                  sv: "tips: prova 'plot scatter reading_c1 reading_c2 diagonal' för tal")
        SwedishCommandCheck.check(demo, "plot heat student_id -> gender", en: "error: too many categories for a heat map (at most 30 each way)",
                                  sv: "fel: för många kategorier för en värmekarta (högst 30 åt varje håll)")
        SwedishCommandCheck.check(demo, "plot heat writing_c1", en: "error: expected 'MEASURE A -> B' or 'COLUMN -> COLUMN'\n  plot heat writing_c1\n                      ^\nhint: for example 'plot heat writing c1 -> c2'",
                                  sv: "fel: det saknas 'MÅTT A -> B' eller 'KOLUMN -> KOLUMN'\n  plot heat writing_c1\n                      ^\ntips: till exempel 'plot heat writing c1 -> c2'")
        // More than 300 students in a slope chart (the demo school has 272 pairs): the message itself.
        let blur = Diagnostic(.error, category: .usage, message: PlotMessage.slopeBlur(.quantity(600), .quantity(300)),
                              hint: PlotMessage.slopeInstead(.text("reading_c2"), .text("reading_c1")))
        #expect(DiagnosticRenderer.render(blur, language: .en) == [
            "error: slope draws one line per student and 600 students would be a blur (at most 300)",
            "hint: filter to a class first, or try 'plot box reading_c2 by class' or 'plot scatter reading_c1 reading_c2 diagonal'"])
        let sv = DiagnosticRenderer.render(blur, language: .sv)
        #expect(sv == ["fel: 'slope' ritar en linje per elev, och 600 elever blir bara en suddig massa (högst 300)",
                       "tips: filtrera fram en klass först, eller prova 'plot box reading_c2 by class' eller 'plot scatter reading_c1 reading_c2 diagonal'"])
        #expect(SwedishCommandCheck.englishWords(in: sv.joined(separator: "\n")).isEmpty)
    }

    /// The notes under a chart: groups left out in workshop mode, rows with no group value.
    @Test func notes() {
        SwedishCommandCheck.check(["load demo", "set workshop on", "set min-group 50"], "plot hist reading_c1 by class",
                                  en: "workshop mode: 4 groups under 50 students not shown (4A, 4B, 5B, 6B)",
                                  sv: "workshopläge: 4 grupper med färre än 50 elever visas inte (4A, 4B, 5B, 6B)")
        SwedishCommandCheck.check(["load demo", "let g = if(reading_c1 > 500, class, missing)"], "plot box reading_c1 by g",
                                  en: "rows with no g not shown", sv: "rader utan värde i g visas inte")
        for (language, one, also) in [(Language.en, "1 row with no g not shown", "; nor 5A, so that no left-out group can be worked out"),
                                      (.sv, "1 rad utan värde i g visas inte", "; inte heller 5A, så att ingen utelämnad grupp kan räknas fram")] {
            #expect(PlotMessage.missingGroupOne.text(language, .text("1"), .text("g")) == one)
            #expect(PlotMessage.smallGroupsAlso.text(language, .text("5A")) == also)
        }
    }
}
