import Foundation

/// Finds a measure's columns per cycle by name (`reading_c1`, `reading_c2`, …), ordered by
/// cycle number. Deliberately minimal: the cycle model of the cycle-comparison work replaces
/// it (cycle order set by the user, long format); charts only need this one question answered.
enum CycleColumns {
    static func find(_ measure: String, in table: Table) -> [(cycle: String, column: String)] {
        let prefix = measure.lowercased() + "_c"
        var found: [(Int, String, String)] = []
        for name in table.columnNames {
            let lower = name.lowercased()
            guard lower.hasPrefix(prefix) else { continue }
            let rest = lower.dropFirst(prefix.count)
            guard !rest.isEmpty, rest.allSatisfy(\.isASCII), let n = Int(rest) else { continue }
            found.append((n, "c\(n)", name))
        }
        return found.sorted { $0.0 < $1.0 }.map { ($0.1, $0.2) }
    }

    /// Measures that have cycle columns (for "did you mean" hints).
    static func measures(in table: Table) -> [String] {
        var out: [String] = []
        for name in table.columnNames {
            guard let r = name.range(of: "_c", options: .backwards),
                  let _ = Int(name[r.upperBound...]) else { continue }
            let m = String(name[..<r.lowerBound])
            if !out.contains(m) { out.append(m) }
        }
        return out
    }
}

/// Counts of students by their category at A (rows) and at B (columns): the transition table
/// a heat map draws. Grades always show all six A–F, so two tables compare at a glance.
enum Transition {
    static func counts(from a: Column, to b: Column) -> (matrix: CountMatrix, missing: Int) {
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
        guard case .grade(let g) = c.data else { return ChartGroups(c) }
        var out = [Int32](repeating: -1, count: c.count)
        c.validity.forEachSet { i in out[i] = 5 - Int32(min(5, g[i])) }
        return ChartGroups(codes: out, labels: ["A", "B", "C", "D", "E", "F"])
    }
}
