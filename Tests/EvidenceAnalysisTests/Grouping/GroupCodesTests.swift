import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct GroupCodesTests {
    static let t = Table(columns: [
        .texts("class", ["5B", "10A", "5B", nil, "4A", "10A"]),
        .grades("grade", [.A, .F, .A, .C, nil, .F]),
        .numbers("year", [5, 10, 5, 4, 4, nil]),
    ])
    let d = ResolvedDataset(name: "t", table: t, selection: nil)

    @Test func naturalOrderAndMissingLast() {
        let g = GroupCodes(d, columns: [Self.t.columns[0]])
        let used = Set(g.codes.map { g.labels[Int($0)] })
        #expect(used == ["4A", "5B", "10A", "(missing)"])
        // digits by value: 4A < 5B < 10A, then (missing)
        #expect(g.labels.filter(used.contains) == ["4A", "5B", "10A", "(missing)"])
        #expect(g.labels[Int(g.codes[0])] == "5B" && g.labels[Int(g.codes[3])] == "(missing)")
    }

    @Test func combinationsOfColumns() {
        let g = GroupCodes(d, columns: [Self.t.columns[2], Self.t.columns[1]])
        #expect(g.labels == ["4 · C", "4 · (missing)", "5 · A", "10 · F", "(missing) · F"])
        #expect(g.codes.map { g.labels[Int($0)] } == ["5 · A", "10 · F", "5 · A", "4 · C", "4 · (missing)", "(missing) · F"])
    }

    @Test func viewsGroupTheirOwnRows() {
        let v = ResolvedDataset(name: "v", table: Self.t, selection: [1, 4])
        let g = GroupCodes(v, columns: [Self.t.columns[2]])
        #expect(g.codes.map { g.labels[Int($0)] } == ["10", "4"])
    }

    @Test func tinyRangesDoNotTrap() {
        let x = [1.0, 1.0 + 1e-300 * 1e-20, .nan]
        #expect(Selection.quantiles(x, [0.5])[0] >= 1)
        #expect(!Selection.quantiles([-1e308, 1e308], [0.5])[0].isNaN) // the range overflows; no trap
    }
}
