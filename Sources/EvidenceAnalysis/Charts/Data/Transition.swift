import Foundation
import EvidenceData

/// Counts of students by their category at A (rows) and at B (columns): the transition table
/// a heat map draws. Grades always show all six A–F, so two tables compare at a glance.
package enum Transition {
    package static func counts(from a: Column, to b: Column) -> (matrix: CountMatrix, missing: Int) {
        let ca = codes(a), cb = codes(b)
        var m = [[Int]](repeating: [Int](repeating: 0, count: cb.labels.count), count: ca.labels.count)
        var missing = 0
        for i in 0..<min(ca.codes.count, cb.codes.count) {
            let x = ca.codes[i], y = cb.codes[i]
            if x < 0 || y < 0 { missing += 1 } else { m[Int(x)][Int(y)] += 1 }
        }
        return (CountMatrix(rowTitle: a.name, columnTitle: b.name, rowLabels: ca.labels, columnLabels: cb.labels, counts: m), missing)
    }

    private static func codes(_ c: Column) -> ChartGroups {
        guard c.type == .grade else { return ChartGroups(c) }
        // GroupCodes' grade groups are A…F whether used or not, then "(missing)": that one becomes −1.
        let g = GroupCodes(columns: [c], rows: c.count)
        let missing = Int32(g.count - 1)
        return ChartGroups(codes: g.codes.map { $0 == missing ? -1 : $0 }, labels: Array(g.labels.dropLast()))
    }
}
