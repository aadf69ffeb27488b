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
        guard let b = values.withUnsafeMutableBufferPointer({ BoxStats($0) }) else { return nil }
        self = b
    }

    /// Nil for no values. Reorders `values`.
    init?(_ values: UnsafeMutableBufferPointer<Double>) {
        guard let q = Quantiles.quartiles(values) else { return nil }
        n = values.count
        (q1, median, q3) = q
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
            // One pass: rank the dictionary first, write ranks directly; compact only when
            // some dictionary entries do not occur in these rows.
            let dict = t.dictionary
            let sorted = dict.indices.sorted { SortKey.less(dict[$0], dict[$1]) }
            var rank = [Int32](repeating: -1, count: dict.count)
            for (r, k) in sorted.enumerated() { rank[k] = Int32(r) }
            var used = [Bool](repeating: false, count: dict.count)
            raw.withUnsafeMutableBufferPointer { out in
                t.codes.withUnsafeBufferPointer { tc in
                    c.validity.forEachSet { i in
                        let k = Int(tc[i])
                        out[i] = rank[k]
                        used[k] = true
                    }
                }
            }
            if used.allSatisfy({ $0 }) {
                codes = raw
                labels = sorted.map { dict[$0] }
                return
            }
            keys = sorted.map { dict[$0] }
            order = sorted.indices.filter { used[sorted[$0]] }
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

    /// The present finite numbers of `values` per group, in one flat array grouped by code
    /// (a counting sort: two linear passes), with each group's start and missing count.
    struct Buckets {
        var flat: [Double]
        /// Group g is flat[start[g] ..< start[g + 1]].
        var start: [Int]
        var missing: [Int]
    }

    func buckets(_ values: Column) -> Buckets {
        let k = count
        guard case .number(let v) = values.data else {
            var missing = [Int](repeating: 0, count: k)
            for g in codes where g >= 0 { missing[Int(g)] += 1 }
            return Buckets(flat: [], start: [Int](repeating: 0, count: k + 1), missing: missing)
        }
        var counts = [Int](repeating: 0, count: k)
        var missing = [Int](repeating: 0, count: k)
        let words = values.validity.words
        codes.withUnsafeBufferPointer { cd in
            v.withUnsafeBufferPointer { x in
                words.withUnsafeBufferPointer { w in
                    counts.withUnsafeMutableBufferPointer { cn in
                        missing.withUnsafeMutableBufferPointer { ms in
                            for i in 0..<cd.count {
                                let g = Int(cd[i])
                                if g < 0 { continue }
                                let ok = (w[i >> 6] >> UInt64(i & 63)) & 1 == 1 && x[i].isFinite
                                cn[g] &+= ok ? 1 : 0
                                ms[g] &+= ok ? 0 : 1
                            }
                        }
                    }
                }
            }
        }
        var start = [Int](repeating: 0, count: k + 1)
        for g in 0..<k { start[g + 1] = start[g] + counts[g] }
        var next = Array(start.dropLast())
        let flat = [Double](unsafeUninitializedCapacity: start[k]) { out, n in
            codes.withUnsafeBufferPointer { cd in
                v.withUnsafeBufferPointer { x in
                    words.withUnsafeBufferPointer { w in
                        next.withUnsafeMutableBufferPointer { nx in
                            for i in 0..<cd.count {
                                let g = Int(cd[i])
                                if g < 0 || (w[i >> 6] >> UInt64(i & 63)) & 1 == 0 || !x[i].isFinite { continue }
                                out[nx[g]] = x[i]
                                nx[g] &+= 1
                            }
                        }
                    }
                }
            }
            n = start[k]
        }
        return Buckets(flat: flat, start: start, missing: missing)
    }

    /// The present finite numbers of `values` per group, with each group's missing count.
    func split(_ values: Column) -> [NumericValues] {
        let b = buckets(values)
        return (0..<count).map { g in NumericValues(values: Array(b.flat[b.start[g]..<b.start[g + 1]]), missing: b.missing[g]) }
    }
}
