import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
import EvidenceTestSupport

/// `evidence` on hand-made tables. Expected values from numpy 2.4.6: a boolean presence array
/// per source × cycle (None → absent), np.logical_and.reduce for "every cycle" / "every
/// source", and np.bincount of the per-student sums for the students by values present.
struct EvidencePresenceTests {
    static let twoByTwo = Table(columns: [
        .numbers("reading_c1", [500, 510, nil, 480, 470, nil]),
        .numbers("reading_c2", [505, nil, 490, 485, 475, nil]),
        .numbers("maths_c1", [20, 22, 18, nil, 25, nil]),
        .numbers("maths_c2", [21, 23, 19, 24, nil, nil]),
    ])

    func presence(_ t: Table, selection: [Int32]? = nil) -> EvidencePresence {
        EvidencePresence(ResolvedDataset(name: "t", table: t, selection: selection), families: MeasureFamilies(columnNames: t.columnNames))
    }

    @Test func countsBySourceAndCycle() {
        let p = presence(Self.twoByTwo)
        #expect(p.sources == ["reading", "maths"] && p.cycles == ["c1", "c2"] && p.students == 6)
        #expect(p.counts == [[4, 4], [4, 4]] && p.everyCycle == [3, 3] && p.everySource == [3, 3] && p.complete == 1)
        // per-student values present [4, 3, 3, 3, 3, 0]
        #expect(p.byValuesPresent == [1, 0, 0, 4, 1])
        let c = p.completeness.rows.map { $0.map(\.display) }
        #expect(c == [["all 4", "1", "16.7"], ["3 of 4", "4", "66.7"], ["2 of 4", "0", "0.0"], ["1 or fewer", "1", "16.7"]])
        #expect(p.grid.rows.last?.map(\.display) == ["all sources", "3", "3", "1"])
    }

    @Test func aViewCountsItsOwnRows() {
        let p = presence(Self.twoByTwo, selection: [0, 2, 3])
        #expect(p.students == 3 && p.counts == [[2, 3], [2, 3]] && p.everyCycle == [2, 2])
        #expect(p.everySource == [1, 3] && p.complete == 1 && p.byValuesPresent == [0, 0, 0, 2, 1])
    }

    /// Attendance was not taken at c2: that slot has no column, so nobody has all six.
    @Test func aSourceNeverMeasuredAtACycle() {
        let t = Table(columns: [
            .numbers("reading_c1", [500, 510, nil, 480]), .numbers("reading_c2", [505, 511, 490, nil]),
            .numbers("reading_c3", [nil, 515, 495, 490]), .numbers("att_c1", [0.9, 0.95, nil, 0.8]),
            .numbers("att_c3", [0.92, 0.97, 0.85, nil]),
        ])
        let p = presence(t)
        #expect(p.counts == [[3, 3, 3], [3, nil, 3]] && p.everyCycle == [1, 0] && p.everySource == [3, 0, 2] && p.complete == 0)
        #expect(p.byValuesPresent == [0, 0, 0, 2, 1, 1, 0])
        #expect(p.grid.rows[1].map(\.display) == ["att", "3", "–", "3", "0"])
        #expect(p.completeness.rows.map { $0[1].display } == ["0", "1", "1", "2"])
    }
}
