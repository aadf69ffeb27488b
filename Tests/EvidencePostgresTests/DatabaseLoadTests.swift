import Foundation
import Testing
import EvidenceData
import EvidenceSession
import EvidenceTestSupport

/// `load DB.schema.table` against the real test server: types, NULLs, COPY's escapes,
/// pseudonyms and the report (fixtures.sql holds the rows these expect).
@Suite(.enabled(if: TestServer.available, TestServer.reason), .serialized)
struct DatabaseLoadTests {
    @Test func typesNullsAndEscapes() throws {
        let s = TestServer.connected()
        let o = s.run("load s.school.results as r")
        #expect(!o.failed, "\(said(o, s))")
        let t = try #require(s.tables["r"]?.table)
        #expect(t.rowCount == 6)
        func col(_ n: String) throws -> Column { try #require(t.column(named: n), "no column \(n)") }
        #expect(try col("year").type == .number)
        #expect(try col("reading").type == .number)
        #expect(try col("score").type == .number)
        #expect(try col("writing").type == .grade)
        #expect(try col("sen").type == .boolean)
        #expect(try col("class").type == .text)
        #expect(try col("tested").type == .date)
        #expect(try col("checked_at").type == .date)
        #expect(try col("reading").value(at: 0) == .number(412.5))
        #expect(try col("score").value(at: 3) == .number(3.75))
        #expect(try col("reading").value(at: 2).isMissing) // NULL
        #expect(try col("sen").value(at: 3).isMissing) // NULL boolean
        #expect(try col("sen").value(at: 1) == .boolean(true))
        #expect(try col("writing").value(at: 0) == .grade(.A))
        #expect(try col("tested").value(at: 0) == .date(try #require(Dates.parse("2025-03-14"))))
        #expect(try col("checked_at").value(at: 0) == .date(try #require(Dates.parse("2025-03-14 08:30:00"))))
        // COPY's text format: a tab, a backslash and a newline inside values come back as typed.
        #expect(try col("nickname").value(at: 0) == .text("O'Brien"))
        #expect(try col("nickname").value(at: 1) == .text("tab\tinside"))
        #expect(try col("nickname").value(at: 4) == .text("back\\slash"))
        #expect(try col("nickname").value(at: 5) == .text("line\nbreak"))
        #expect(try col("nickname").value(at: 3).isMissing)
        let text = said(o, s)
        #expect(text.contains("ran on the server: SELECT * FROM \"school\".\"results\""))
        #expect(text.contains("6 rows came back"))
        #expect(text.contains("note: 'ref' (uuid) was read as its text"))
        #expect(t.idColumn?.name == "student_id")
    }

    @Test func personnummerArePseudonymised() throws {
        let s = TestServer.connected()
        let o = s.run("load s.school.results as r")
        let text = said(o, s) + said(s.run("list r"), s)
        #expect(text.contains("holds personnummer"))
        for raw in ["20120101-0012", "201201010012", "20111230-5675"] { #expect(!text.contains(raw)) }
        let pn = try #require(s.tables["r"]?.table.column(named: "personnummer"))
        guard case .text(let v) = pn.value(at: 0) else { Issue.record("not text"); return }
        #expect(v.hasPrefix("P-"))
    }

    @Test func columnsAndQuery() throws {
        let s = TestServer.connected()
        let o = s.run("load s.school.results as few columns student_id, year")
        #expect(!o.failed, "\(said(o, s))")
        #expect(s.tables["few"]?.table.columns.map(\.name) == ["student_id", "year"])
        #expect(said(o, s).contains("SELECT \"student_id\", \"year\" FROM \"school\".\"results\""))
        let q = s.run("load s query \"SELECT class, count(*) AS n FROM school.results GROUP BY class ORDER BY class\" as per_class")
        #expect(!q.failed, "\(said(q, s))")
        let t = try #require(s.tables["per_class"]?.table)
        #expect(t.rowCount == 4)
        #expect(t.column(named: "n")?.value(at: 0) == .number(1)) // 4A: s04
        #expect(t.column(named: "n")?.value(at: 1) == .number(2)) // 5A: s01, s02
    }

    @Test func aFileWithADotIsStillAFile() throws {
        let s = TestServer.connected()
        let o = s.run("load s.csv")
        #expect(o.failed)
        // `s` is connected, but `s.csv` names no table: the server says so.
        #expect(said(o, s).contains("does not exist"))
        let f = s.run("load data.csv")
        #expect(said(f, s).contains("file not found"))
    }
}
