import Foundation
import Testing
import EvidenceData
import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// `where` on a database load: what runs on the server, checked against the same condition
/// evaluated by evsh on the whole table (the independent answer).
@Suite(.enabled(if: TestServer.available, TestServer.reason), .serialized)
struct PushdownTests {
    /// Loads with `where`, and the whole table filtered by evsh itself: the same student ids.
    func same(_ condition: String, sql expected: String?, local: Bool = false) throws {
        let s = TestServer.connected()
        let o = s.run("load s.school.results as pushed where \(condition)")
        #expect(!o.failed, "\(said(o, s))")
        let text = said(o, s)
        if let expected { #expect(text.contains("WHERE \(expected)"), "\(text)") } else { #expect(!text.contains("WHERE")) }
        #expect(text.contains("evaluated here") == local, "\(text)")
        #expect(!s.run("load s.school.results as all").failed)
        #expect(!s.run("filter \(condition) as locally").failed)
        let pushed = try #require(s.tables["pushed"]?.table.column(named: "student_id"))
        let d = try s.resolve("locally")
        let ids = (d.selection ?? []).map { d.table.column(named: "student_id")!.value(at: Int($0)) }
        #expect((0..<pushed.count).map { pushed.value(at: $0) } == ids)
        #expect(!ids.isEmpty || condition.contains("none"))
    }

    @Test func comparisonsAndLogic() throws {
        try same("year == 5 and reading > 400", sql: "(\"year\" = 5) AND (\"reading\" > 400)")
        try same("not (year == 5) or sen", sql: "((NOT (\"year\" = 5)) OR \"sen\")")
        try same("class in [\"5A\", \"6B\"]", sql: "(\"class\" IN ('5A', '6B'))")
        try same("reading is missing", sql: "(\"reading\" IS NULL)")
        try same("reading + score * 2 > 400", sql: "((\"reading\" + (\"score\" * 2)) > 400)")
        try same("reading / 2 < 200", sql: "((\"reading\"::float8 / NULLIF(2, 0)) < 200)")
    }

    @Test func gradesCompareAsOrdinals() throws {
        // Alphabetically "A" < "C"; as grades A is above C: s01 (A), s02 (C), s05 (B).
        try same("writing >= \"C\"", sql: "((CASE upper(\"writing\") WHEN 'F' THEN 0")
    }

    @Test func whatHasNoSQLFormIsEvaluatedHere() throws {
        try same("year % 2 == 1 and class != \"4A\"", sql: "(\"class\" <> '4A')", local: true)
        try same("round(reading) > 400", sql: nil, local: true)
    }

    @Test func aQuoteInALiteralStaysALiteral() throws {
        let s = TestServer.connected()
        let o = s.run("load s.school.results as q where nickname == \"O'Brien\"")
        #expect(s.tables["q"]?.table.rowCount == 1)
        #expect(said(o, s).contains("'O''Brien'"))
        // An attempt to end the literal and add SQL finds no such nickname: nothing comes back.
        let bad = s.run("load s.school.results as inj where nickname == \"x' OR '1'='1\"")
        #expect(!bad.failed, "\(said(bad, s))")
        #expect(s.tables["inj"]?.table.rowCount == 0)
        // The same for an identifier: a column name with a quote is quoted, not SQL.
        let col = s.run("load s.school.results as c where `a\" OR 1=1 --` == 1")
        #expect(col.failed)
        #expect(said(col, s).contains("no column"))
    }

    @Test func manyRowsFilteredOnTheServer() throws {
        let s = TestServer.connected()
        let o = s.run("load s.public.many as m where score < 5 and school == \"school_1\"")
        #expect(!o.failed, "\(said(o, s))")
        // g in 1…20000 with g % 100 < 5 and g % 7 == 1: counted by Python,
        // len([g for g in range(1, 20001) if g % 100 < 5 and g % 7 == 1]) == 144.
        #expect(s.tables["m"]?.table.rowCount == 144)
        #expect(said(o, s).contains("144 rows came back"))
    }
}
