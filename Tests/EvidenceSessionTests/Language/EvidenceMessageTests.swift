import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `evidence` in Swedish: its error, its two tables and its line (issue 15).
struct EvidenceMessageTests {
    let demo = ["load demo"]

    @Test func noSources() {
        SwedishCommandCheck.check(["load demo", "pivot longer"], "evidence", en: "error: no evidence sources (columns like reading_c1, reading_c2) in 'demo_long'\nhint: long data: 'pivot wider' first; other sources: 'join NAME on KEY'",
              sv: "fel: inga underlag (kolumner som reading_c1, reading_c2) i 'demo_long'\ntips: lång data: kör 'pivot wider' först; andra underlag: 'join NAMN on NYCKEL'")
    }

    @Test func tables() {
        SwedishCommandCheck.check(demo, "evidence", en: "179 of 300 students have every source at every cycle",
              sv: "179 av 300 elever har värden från varje underlag vid varje mättillfälle")
        SwedishCommandCheck.check(demo, "evidence", en: "students with a value, by source and cycle (300 students)", sv: "elever med ett värde, per underlag och mättillfälle (300 elever)")
        SwedishCommandCheck.check(demo, "evidence", en: "│ source      │  c1 │  c2 │  c3 │ all cycles │", sv: "│ underlag      │  c1 │  c2 │  c3 │ alla mättillfällen │")
        SwedishCommandCheck.check(demo, "evidence", en: "│ all sources │ 254 │ 257 │ 245 │        179 │", sv: "│ alla underlag │ 254 │ 257 │ 245 │                179 │")
        SwedishCommandCheck.check(demo, "evidence", en: "students by values present (of 5 sources × 3 cycles)", sv: "elever efter antal värden (av 5 underlag × 3 mättillfällen)")
        let sv = SwedishCommandCheck.output(demo, "evidence", .sv)
        for label in ["│ alla 15        │ 179 │ 59,7 │", "│ 14 av 15       │  90 │ 30,0 │", "│ 12 eller färre │  13 │  4,3 │"] {
            #expect(sv.contains(label), "\(sv)")
        }
    }

    /// The Swedish tables keep the English machine names, so exports and suppression find them.
    @Test func keysStayEnglish() throws {
        let s = render(["load demo", "set language sv", "evidence"]).output
        let tables = s.blocks.compactMap { b -> ResultTable? in if case .table(let t) = b { t } else { nil } }
        try #require(tables.count == 2)
        #expect(tables[0].key == "presence")
        #expect(tables[0].columns.first?.machineKey == "source" && tables[0].columns.last?.machineKey == "all_cycles")
        #expect(tables[1].key == "completeness" && tables[1].columns[0].machineKey == "values_present")
    }
}
