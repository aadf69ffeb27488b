import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Names with spaces, in backticks, work in every chart and clause (issue 13 item 8), and the
/// same name typed bare gets one hint instead of stacked errors.
struct BacktickNameTests {
    static let obs = Table(columns: [
        .texts("Elev", ["a", "b", "c", "d", "e", "f"], isID: true),
        .numbers("Lärarobservation HT24", [2, 3, 1, 4, 2, 3]), .numbers("Lärarobservation VT25", [3, 3, 2, 4, 4, 2]),
        .texts("Elevens namn", ["Anna", "Bo", "Cia", "Dan", "Eva", "Fia"]),
        .texts("klass", ["A", "B", "A", "B", "A", "B"]),
        .grades("Betyg HT24", [.A, .C, .E, .B, .D, .C]), .grades("Betyg VT25", [.A, .B, .E, .B, .C, .D]),
    ])

    @Test("a backticked name works in every chart", arguments: [
        "plot box `Lärarobservation VT25` by `Lärarobservation HT24`",
        "plot bar mean(`Lärarobservation VT25`) by `Elevens namn`",
        "plot hist `Lärarobservation VT25` by `klass`",
        "plot scatter `Lärarobservation HT24` `Lärarobservation VT25`",
        "plot heat `Betyg HT24` -> `Betyg VT25`",
        "plot slope `Lärarobservation HT24` -> `Lärarobservation VT25`",
    ])
    func backticksInCharts(_ command: String) {
        let s = session(with: Self.obs)
        let (t, o) = text(s, command)
        #expect(!o.failed, "\(command): \(t)")
    }

    @Test func labelsLeaveTheBackticksOut() {
        let s = session(with: Self.obs)
        let (h, _) = text(s, "plot hist `Lärarobservation VT25`")
        #expect(h.contains("Lärarobservation VT25") && !h.contains("`"), "\(h)")
        let (c, _) = text(s, "count by `Lärarobservation HT24`")
        #expect(c.contains("│ Lärarobservation HT24 │") && !c.contains("`"), "\(c)")
    }

    @Test func heatTakesTheMeasureFormAsBandsDoes() {
        let s = session(with: Self.obs)
        // C→B and D→C up, C→D down, A, B and E the same (counted by hand from the table).
        let (t, o) = text(s, "plot heat Betyg HT24 -> VT25")
        #expect(!o.failed, "\(t)")
        #expect(t.contains("from Betyg HT24 (rows)"), "\(t)")
        #expect(t.contains("higher grade 2 · same 3 · lower 1"), "\(t)")
        let (n, no) = text(s, "plot heat Lärarobservation HT24 -> VT25")
        #expect(no.failed && n.contains("'Lärarobservation HT24' is a number"), "\(n)")
    }

    @Test func binsTakesAnEqualsSign() {
        let s = session(with: Self.obs)
        let (t, o) = text(s, "plot hist `Lärarobservation VT25` bins=3")
        #expect(!o.failed, "\(t)")
        #expect(t.contains("3 bins"), "\(t)")
    }

    @Test func aBareNameWithASpaceGetsOneHint() {
        let s = session(with: Self.obs)
        for command in ["count by Elevens namn", "filter Elevens namn == \"Bo\""] {
            let o = s.run(command)
            let ds = o.blocks.compactMap { if case .diagnostic(let d) = $0 { d } else { nil } }
            #expect(ds.count == 1, "\(command): \(ds.map { $0.message })")
            #expect(ds.first?.message == "the column 'Elevens namn' has a space in its name")
            #expect(ds.first?.hint == "write it in backticks: `Elevens namn`")
        }
    }

    @Test func aBarOfAColumnSaysHowToAggregate() {
        let s = session(with: Self.obs)
        let (t, o) = text(s, "plot bar `Lärarobservation VT25` by klass")
        #expect(o.failed)
        #expect(t.contains("plot bar mean(`Lärarobservation VT25`) by klass"), "\(t)")
    }
}
