import EvidenceData

/// Orders and groups rows by evaluated columns: used by `sort`, `list … sort` and `count by`.
/// Natural order: numbers ascending, grades A→F, text alphabetically (Swedish å ä ö after z,
/// digits by value), true before false; missing always last.
package enum RowOrder {
    /// A dense integer key per row and, for each key, its rank in the natural order.
    /// Missing rows get the key `labels.count` (ranked last).
    package struct Keys {
        package var keys: [Int32]
        package var labels: [String]
        package var values: [Value]
        /// rank[key] = position of that key in the natural order (missing = labels.count).
        package var rank: [Int32]
    }

    /// With `perRow` false only the labels and ranks are made (`keys` stays empty).
    package static func keys(_ c: Column, perRow: Bool = true) -> Keys {
        let n = c.count
        var keys: [Int32] = []
        var labels: [String] = [], values: [Value] = []
        var order: [Int] = []
        switch c.data {
        case .text(let t):
            if perRow { keys = t.codes.map { Int32(truncatingIfNeeded: $0) } }
            labels = t.dictionary
            values = t.dictionary.map { .text($0) }
            order = labels.indices.sorted { SortKey.less(labels[$0], labels[$1]) }
        case .grade(let g):
            keys = g.map { Int32($0) }
            labels = Grade.allCases.map(\.letter)
            values = Grade.allCases.map { .grade($0) }
            order = Array((0..<6).reversed())
        case .boolean(let b):
            keys = (0..<n).map { b[$0] ? 1 : 0 }
            labels = ["false", "true"]
            values = [.boolean(false), .boolean(true)]
            order = [1, 0]
        case .number(let v):
            keys = [Int32](repeating: 0, count: n)
            var index: [Double: Int32] = [:]
            var distinct: [Double] = []
            for i in 0..<n where c.validity[i] {
                let x = v[i]
                if let k = index[x] { keys[i] = k } else {
                    let k = Int32(distinct.count)
                    index[x] = k
                    distinct.append(x)
                    keys[i] = k
                }
            }
            labels = distinct.map(NumberFormat.plain)
            values = distinct.map { .number($0) }
            order = distinct.indices.sorted { distinct[$0] < distinct[$1] }
        }
        let missingKey = Int32(labels.count)
        if perRow, c.missingCount > 0 {
            for i in Kernels.combine(Bitmap(count: n, allSet: true), .andNot, c.validity).setIndices() { keys[Int(i)] = missingKey }
        }
        var rank = [Int32](repeating: 0, count: labels.count + 1)
        for (pos, k) in order.enumerated() { rank[k] = Int32(pos) }
        rank[labels.count] = Int32(labels.count)
        return Keys(keys: keys, labels: labels, values: values, rank: rank)
    }

    /// Positions 0..<n in sorted order (stable); missing last also when descending.
    package static func permutation(_ c: Column, descending: Bool) -> [Int] {
        let k = keys(c)
        let missingRank = Int32(k.labels.count)
        let r = k.keys.map { k.rank[Int($0)] }
        return (0..<c.count).sorted { a, b in
            let x = r[a], y = r[b]
            if x == y { return a < b }
            if x == missingRank { return false }
            if y == missingRank { return true }
            return descending ? x > y : x < y
        }
    }
}
