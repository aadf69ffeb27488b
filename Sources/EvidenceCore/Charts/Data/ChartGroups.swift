/// Rows coded by the group they belong to (a `by` column): code −1 for missing, otherwise an
/// index into `labels`, which are in the column's natural order (numbers ascending, grades
/// A→F, text alphabetically with numbers by value).
struct ChartGroups {
    var codes: [Int32]
    var labels: [String]
    /// Rows per group.
    var sizes: [Int]

    init(codes: [Int32], labels: [String], sizes: [Int]? = nil) {
        self.codes = codes
        self.labels = labels
        if let sizes {
            self.sizes = sizes
        } else {
            var n = [Int](repeating: 0, count: labels.count)
            for g in codes where g >= 0 { n[Int(g)] += 1 }
            self.sizes = n
        }
    }

    /// Rows whose group value is missing.
    var missingRows: Int { codes.count - sizes.reduce(0, +) }

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
            var counts = [Int](repeating: 0, count: dict.count)
            raw.withUnsafeMutableBufferPointer { out in
                t.codes.withUnsafeBufferPointer { tc in
                    counts.withUnsafeMutableBufferPointer { cn in
                        c.validity.forEachSet { i in
                            let k = Int(tc[i])
                            out[i] = rank[k]
                            cn[k] &+= 1
                        }
                    }
                }
            }
            let used = counts.map { $0 > 0 }
            if used.allSatisfy({ $0 }) {
                self.init(codes: raw, labels: sorted.map { dict[$0] }, sizes: sorted.map { counts[$0] })
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
        self.init(codes: raw.map { $0 < 0 ? -1 : remap[Int($0)] }, labels: order.map { keys[$0] })
    }

    var count: Int { labels.count }

    /// The present finite numbers of `values` per group in one flat array grouped by code
    /// (a counting sort in one pass: group sizes are known, so each group gets room for all
    /// its rows and fills it with the present values), with each group's missing count.
    struct Buckets {
        var flat: [Double]
        var start: [Int]
        var end: [Int]
        var missing: [Int]
        /// Group g's values: flat[range(g)].
        func range(_ g: Int) -> Range<Int> { start[g]..<end[g] }
    }

    func buckets(_ values: Column) -> Buckets {
        let k = count
        var start = [Int](repeating: 0, count: k + 1)
        for g in 0..<k { start[g + 1] = start[g] + sizes[g] }
        var end = Array(start.dropLast())
        guard case .number(let numbers) = values.data else {
            return Buckets(flat: [], start: end, end: end, missing: sizes)
        }
        let v = numbers.doubles
        let words = values.validity.words
        let total = start[k]
        let flat = [Double](unsafeUninitializedCapacity: total) { out, n in
            codes.withUnsafeBufferPointer { cd in
                v.withUnsafeBufferPointer { x in
                    words.withUnsafeBufferPointer { w in
                        end.withUnsafeMutableBufferPointer { e in
                            for i in 0..<cd.count {
                                let g = Int(cd[i])
                                if g < 0 || (w[i >> 6] >> UInt64(i & 63)) & 1 == 0 || !x[i].isFinite { continue }
                                out[e[g]] = x[i]
                                e[g] &+= 1
                            }
                        }
                    }
                }
            }
            // The room of missing values is never read; it is filled so every slot is initialised.
            for g in 0..<k { for j in end[g]..<start[g + 1] { out[j] = .nan } }
            n = total
        }
        let missing = (0..<k).map { sizes[$0] - (end[$0] - start[$0]) }
        return Buckets(flat: flat, start: Array(start.dropLast()), end: end, missing: missing)
    }

    /// The present finite numbers of `values` per group, with each group's missing count.
    func split(_ values: Column) -> [NumericValues] {
        let b = buckets(values)
        return (0..<count).map { g in NumericValues(values: Array(b.flat[b.range(g)]), missing: b.missing[g]) }
    }
}
