import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct ChartGroupsTests {
    @Test func groupsInNaturalOrderWithSizesAndBuckets() {
        // "z" is in the dictionary but in no row (as in a view): it must not become a group.
        let by = Column(name: "g", data: .text(TextData(codes: [1, 2, 1, 1, 0], dictionary: ["z", "b", "10a"])),
                        validity: Bitmap([true, true, true, true, false]))
        let g = ChartGroups(by)
        #expect(g.labels == ["10a", "b"])   // SortKey: numbers before letters
        let values = Column.numbers("x", [1, nil, 3, 4, 5])
        let b = g.buckets(values)
        let ib = g.labels.firstIndex(of: "b")!, ia = g.labels.firstIndex(of: "10a")!
        #expect(g.sizes[ib] == 3 && g.sizes[ia] == 1 && g.missingRows == 1)
        #expect(Array(b.flat[b.range(ib)]).sorted() == [1, 3, 4])
        #expect(b.flat[b.range(ia)].isEmpty && b.missing[ia] == 1 && b.missing[ib] == 0)
    }
}

extension ChartGroupsTests {
    /// The streaming per-group box numbers equal BoxStats on each group's values (ties,
    /// far outliers, missing values, a group with nothing present, a group of one).
    @Test func groupedBoxStatsEqualPerGroupBoxStats() {
        var rng = SplitMix64(seed: 5)
        var labels: [String?] = [], xs: [Double?] = []
        for i in 0..<20_000 {
            let g = ["a", "b", "c"][i % 3]
            labels.append(i % 97 == 0 ? nil : g)
            let x = g == "a" ? (rng.uniform() * 50).rounded() : g == "b" ? rng.normal() * 10 : 3
            xs.append(i % 31 == 0 ? nil : (i % 1999 == 0 ? x + 1e6 : x))
        }
        labels += ["d", "e"]
        xs += [nil, 42]
        let groups = ChartGroups(.texts("g", labels))
        let values = Column.numbers("x", xs)
        let fast = GroupedBoxStats.compute(groups, values)
        let slow = groups.split(values)
        for g in 0..<groups.count {
            var v = slow[g].values
            #expect(fast[g].stats == BoxStats(&v), "group \(groups.labels[g])")
            #expect(fast[g].missing == slow[g].missing)
        }
        #expect(fast[groups.labels.firstIndex(of: "d")!].stats == nil)
    }
}

extension ChartGroupsTests {
    /// Grades A→F, booleans true first, numbers ascending; only values that occur; missing is −1.
    @Test func everyKindGroupsInNaturalOrder() {
        let grades = ChartGroups(.grades("w", [.C, .A, nil, .C, .F]))
        #expect(grades.labels == ["A", "C", "F"] && grades.codes == [1, 0, -1, 1, 2] && grades.sizes == [1, 2, 1])
        let flags = ChartGroups(.booleans("s", [false, nil, true, false]))
        #expect(flags.labels == ["true", "false"] && flags.codes == [1, -1, 0, 1])
        let years = ChartGroups(.numbers("y", [6, 4, nil, 4, 5.5]))
        #expect(years.labels == ["4", "5.5", "6"] && years.codes == [2, 0, -1, 0, 1] && years.missingRows == 1)
    }
}
