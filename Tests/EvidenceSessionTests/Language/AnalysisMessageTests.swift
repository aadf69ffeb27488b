import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// The errors of the analysis layer in Swedish (issue 15): a norms file's (`NormsFileMessage`),
/// following a measure over cycles (`CycleSeriesMessage`) and reshaping (`ReshapeMessage`).
struct AnalysisMessageTests {
    @Test func normsFile() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        func file(_ name: String, _ text: String) throws -> String {
            let path = (dir as NSString).appendingPathComponent(name)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let bad = try file("bad.csv", "measure,year,time,mean,sd\nreading,5,c1,abc,10\n")
        SwedishCommandCheck.check([], "norms load \(bad)", en: "bad.csv:2:14: error: mean must be a number, not 'abc'",
                                  sv: "bad.csv:2:14: fel: 'mean' måste vara ett tal, inte 'abc'")
        let ragged = try file("ragged.csv", "measure,year,time,mean,sd\nreading,5,c1\n")
        SwedishCommandCheck.check([], "norms load \(ragged)", en: "ragged.csv:2:13: error: ragged row: line has 3 fields, the header has 5",
                                  sv: "ragged.csv:2:13: fel: ojämn rad: raden har 3 fält, rubrikraden har 5")
        let noMean = try file("nomean.csv", "measure;year\n")
        SwedishCommandCheck.check([], "norms load \(noMean)",
                                  en: "nomean.csv:1: error: the norms file has no 'mean' column\nhint: expected a header like: measure,year,time,mean,sd (found: measure, year)",
                                  sv: "nomean.csv:1: fel: normfilen saknar kolumnen 'mean'\ntips: den ska börja med en rubrikrad som 'measure,year,time,mean,sd' (här står: 'measure, year')")
        let noRows = try file("norows.csv", "measure,year,time,mean,sd\n")
        SwedishCommandCheck.check([], "norms load \(noRows)", en: "error: the norms file has a header but no rows",
                                  sv: "fel: normfilen har en rubrikrad men inga rader")
        let year = try file("year.csv", "measure,year,time,mean,sd\nreading,fem,c1,400,10\n")
        SwedishCommandCheck.check([], "norms load \(year)", en: "error: year level must be a whole number like 5 or Y5, not 'fem'",
                                  sv: "fel: årskursen måste vara ett heltal som 5 eller Y5, inte 'fem'")
    }

    @Test func cycleSeries() {
        SwedishCommandCheck.check(["load demo"], "compare redaing c1 -> c2",
                                  en: "error: no measure 'redaing' observed at several cycles\n  compare redaing c1 -> c2\n          ^~~~~~~\nhint: did you mean 'reading'?",
                                  sv: "fel: inget mått 'redaing' finns vid flera mättillfällen\n  compare redaing c1 -> c2\n          ^~~~~~~\ntips: menade du 'reading'?")
    }

    @Test func pivot() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let path = (dir as NSString).appendingPathComponent("dup.csv")
        try "student_id,cycle,reading\n1,c1,5\n1,c1,6\n2,c2,7\n".write(toFile: path, atomically: true, encoding: .utf8)
        SwedishCommandCheck.check(["load \(path)"], "pivot wider",
                                  en: "error: duplicate key: some students have more than one row for a cycle: 1 at c1\nhint: each student may have one row per cycle; remove the repeats first",
                                  sv: "fel: dubblerad nyckel: några elever har mer än en rad för ett mättillfälle: 1 vid c1\ntips: varje elev får ha en rad per 'cycle'; ta bort upprepningarna först")
    }

    /// The quintile bands' words follow the language; their columns keep the English keys.
    @Test func bandLabels() {
        SwedishCommandCheck.check(["load demo"], "bands reading c1 -> c2", en: "│ Q1 lowest │", sv: "│ Q1 lägst │ 38 (69 %) │")
        SwedishCommandCheck.check(["load demo"], "bands reading c1 -> c2", en: "Q5 highest", sv: "Q5 högst")
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let s = session(in: dir)
        s.settings.language = .sv
        s.run("load demo")
        guard case .table(let t)? = s.run("bands reading c1 -> c2").blocks.first else { Issue.record("no table"); return }
        #expect(t.columns[1].key == MachineName.of("Q1 lowest") && t.columns[1].name == "Q1 lägst")
    }
}
