import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `export`'s errors and report in Swedish (issue 15).
struct ExportMessageTests {
    let demo = ["load demo"]

    @Test func errors() {
        SwedishCommandCheck.check(demo, "export last to /tmp/evsh-svA-none.csv", en: "error: there is no result to export yet\n  export last to /tmp/evsh-svA-none.csv\n         ^~~~\nhint: run a command that shows a table or chart first, e.g. 'count by class'",
              sv: "fel: det finns inget resultat att exportera än\n  export last to /tmp/evsh-svA-none.csv\n         ^~~~\ntips: kör först ett kommando som visar en tabell eller ett diagram, t.ex. 'count by class'")
        SwedishCommandCheck.check(["load demo", "count by class"], "export last to /tmp/evsh-svA.ods", en: "error: cannot tell the format of '/tmp/evsh-svA.ods': expected .csv, .xlsx, .json, .md or .txt",
              sv: "fel: formatet för '/tmp/evsh-svA.ods' går inte att avgöra: filnamnet ska sluta på .csv, .xlsx, .json, .md eller .txt")
        SwedishCommandCheck.check(["load demo", "count by class"], "export last to /tmp/evsh-svA.ods", en: "hint: end the file name in .csv, .xlsx, .json, .md or .txt",
              sv: "tips: låt filnamnet sluta på .csv, .xlsx, .json, .md eller .txt")
        SwedishCommandCheck.check(demo, "export", en: "error: expected 'last' or a dataset name", sv: "fel: det saknas 'last' eller namnet på en datamängd")
        SwedishCommandCheck.check(demo, "export last to", en: "error: expected a file path after 'to'", sv: "fel: det saknas en sökväg efter 'to'")
        SwedishCommandCheck.check(demo, "export last to x.csv dialect", en: "error: expected a dialect after 'dialect': excel-sv, excel-en or rfc4180",
              sv: "fel: det saknas en dialekt efter 'dialect': excel-sv, excel-en eller rfc4180")
        SwedishCommandCheck.check(["load demo", "plot hist reading_c2"], "export last to /tmp/evsh-svA-chart.csv", en: "error: the last result is a chart, which has no table for CSV",
              sv: "fel: det senaste resultatet är ett diagram, som saknar tabell för CSV")
        SwedishCommandCheck.check(["load demo", "plot hist reading_c2"], "export last to /tmp/evsh-svA-chart.csv", en: "hint: export it as .txt or .md", sv: "tips: exportera det som .txt eller .md")
    }

    @Test func workshopRefusesRows() {
        SwedishCommandCheck.check(["load demo", "set workshop on"], "export demo to /tmp/evsh-svA-rows.csv",
              en: "error: privacy: exporting a dataset writes individual students and is off in workshop mode",
              sv: "fel: integritet: att exportera en datamängd skriver ut enskilda elever och är avstängt i workshopläge")
        SwedishCommandCheck.check(["load demo", "set workshop on"], "export demo to /tmp/evsh-svA-rows.csv",
              en: "hint: export a result instead ('export last to …'), or 'set workshop off'",
              sv: "tips: exportera ett resultat i stället ('export last to …'), eller 'set workshop off'")
    }

    /// Tables with different rows make no one CSV table (evidence's two): the refusal names them in Swedish.
    @Test func tablesThatDiffer() {
        SwedishCommandCheck.check(["load demo", "evidence"], "export last to /tmp/evsh-svA-tables.csv",
              en: "error: the last result's 2 tables have different rows, so they do not make one CSV table: presence (6 rows), completeness (4 rows)",
              sv: "fel: det senaste resultatets 2 tabeller har olika rader, så de blir inte en CSV-tabell: 'presence' (6 rader), 'completeness' (4 rader)")
        SwedishCommandCheck.check(["load demo", "evidence"], "export last to /tmp/evsh-svA-tables.csv",
              en: "hint: export to .xlsx or .json (each table on its own, named), or .md",
              sv: "tips: exportera till .xlsx eller .json (varje tabell för sig, med namn), eller .md")
    }
}
