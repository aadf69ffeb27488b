/// The five numbers of a box plot and its outliers (Tukey): quartiles by type 7, whiskers at
/// the most extreme values within 1.5 × IQR of the box, everything beyond as outliers.
struct BoxStats: Equatable {
    var n: Int
    var q1: Double
    var median: Double
    var q3: Double
    var lowWhisker: Double
    var highWhisker: Double
    /// Values beyond the whiskers, ascending.
    var outliers: [Double]

    /// Nil for no values. Reorders `values`.
    init?(_ values: inout [Double]) {
        guard let q = Quantiles.type7(&values, [0.25, 0.5, 0.75]) else { return nil }
        n = values.count
        q1 = q[0]; median = q[1]; q3 = q[2]
        let iqr = q3 - q1
        let lowFence = q1 - 1.5 * iqr, highFence = q3 + 1.5 * iqr
        var lw = q1, hw = q3
        var out: [Double] = []
        for x in values {
            if x < lowFence || x > highFence { out.append(x); continue }
            if x < lw { lw = x }
            if x > hw { hw = x }
        }
        lowWhisker = lw
        highWhisker = hw
        outliers = out.sorted()
    }
}

/// Rows coded by the group they belong to (a `by` column): code −1 for missing, otherwise an
/// index into `labels`, which are in the column's natural order (numbers ascending, grades
/// A→F, text alphabetically with numbers by value).
struct GroupCodes {
    var codes: [Int32]
    var labels: [String]

    init(codes: [Int32], labels: [String]) {
        self.codes = codes
        self.labels = labels
    }

    init(_ c: Column) {
        var raw = [Int32](repeating: -1, count: c.count)
        var keys: [String] = []
        var order: [Int] = []
        switch c.data {
        case .text(let t):
            var used = [Bool](repeating: false, count: t.dictionary.count)
            c.validity.forEachSet { i in raw[i] = Int32(t.codes[i]); used[Int(t.codes[i])] = true }
            keys = t.dictionary
            order = keys.indices.filter { used[$0] }.sorted { SortKey.less(keys[$0], keys[$1]) }
        case .grade(let g):
            c.validity.forEachSet { i in raw[i] = Int32(g[i]) }
            keys = Grade.allCases.map(\.letter)
            var used = [Bool](repeating: false, count: 6)
            for x in raw where x >= 0 { used[Int(x)] = true }
            order = (0..<6).reversed().filter { used[$0] }
        case .boolean(let b):
            c.validity.forEachSet { i in raw[i] = b[i] ? 1 : 0 }
            keys = ["false", "true"]
            order = [1, 0].filter { k in raw.contains(Int32(k)) }
        case .number(let v):
            var index: [Double: Int32] = [:]
            var values: [Double] = []
            c.validity.forEachSet { i in
                if let k = index[v[i]] { raw[i] = k } else {
                    let k = Int32(values.count)
                    index[v[i]] = k
                    values.append(v[i])
                    raw[i] = k
                }
            }
            keys = values.map(NumberFormat.plain)
            order = values.indices.sorted { values[$0] < values[$1] }
        }
        var remap = [Int32](repeating: -1, count: keys.count)
        for (rank, k) in order.enumerated() { remap[k] = Int32(rank) }
        codes = raw.map { $0 < 0 ? -1 : remap[Int($0)] }
        labels = order.map { keys[$0] }
    }

    var count: Int { labels.count }

    /// The present finite numbers of `values` per group, bucketed in one pass (a counting
    /// sort by group code), plus each group's missing count.
    func split(_ values: Column) -> [NumericValues] {
        guard case .number(let v) = values.data else { return labels.map { _ in NumericValues(values: [], missing: 0) } }
        var counts = [Int](repeating: 0, count: count)
        var missing = [Int](repeating: 0, count: count)
        for i in 0..<codes.count where codes[i] >= 0 {
            if values.validity[i] && v[i].isFinite { counts[Int(codes[i])] += 1 } else { missing[Int(codes[i])] += 1 }
        }
        var out = counts.indices.map { g in
            var a = [Double]()
            a.reserveCapacity(counts[g])
            return a
        }
        values.validity.forEachSet { i in
            let g = codes[i]
            if g >= 0, v[i].isFinite { out[Int(g)].append(v[i]) }
        }
        return out.indices.map { NumericValues(values: out[$0], missing: missing[$0]) }
    }
}
