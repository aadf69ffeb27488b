import Foundation
import Testing
import EvidenceData
import EvidenceSession
import EvidenceTestSupport

/// `describe DB.table` and `count DB.table by COL` run as SQL aggregates on the server.
@Suite(.enabled(if: TestServer.available, TestServer.reason), .serialized)
struct ServerAggregateTests {
    @Test func countByRunsOnTheServer() throws {
        let s = TestServer.connected()
        let o = s.run("count s.public.many by school")
        #expect(!o.failed, "\(said(o, s))")
        let t = try #require(firstTable(o))
        // g in 1…20000 by g % 7: residue 1 gets ⌊19999 / 7⌋ + 1 = 2858, the others 2857.
        #expect(t.rows.count == 7)
        #expect(t.rows[1] == [.text("school_1"), .integer(2858)])
        #expect(t.rows[0] == [.text("school_0"), .integer(2857)])
        #expect(said(o, s).contains("GROUP BY \"school\""))
        #expect(s.datasets.isEmpty) // nothing was loaded
    }

    @Test func countHidesPersonnummerAndSmallGroups() throws {
        let s = TestServer.connected()
        let o = s.run("count s.school.results by personnummer")
        #expect(!said(o, s).contains("20120101"))
        #expect(!s.run("set workshop on").failed)
        let w = s.run("count s.school.results by class")
        #expect(!said(w, s).contains("│     2 │"))
        #expect(said(w, s).contains("<"))
    }

    @Test func describeCountsOnTheServer() throws {
        let s = TestServer.connected()
        let o = s.run("describe s.school.results")
        #expect(!o.failed, "\(said(o, s))")
        let t = try #require(firstTable(o))
        let reading = try #require(t.rows.first { $0.first == .text("reading") })
        #expect(reading == [.text("reading"), .text("number"), .integer(5), .integer(1), .integer(5)])
        let sen = try #require(t.rows.first { $0.first == .text("sen") })
        #expect(sen[1] == .text("boolean"))
        #expect(said(o, s).contains("6 rows, 12 columns"))
    }
}
