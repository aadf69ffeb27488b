import EvidenceData

/// The one grouping of evsh: rows keyed by the combination of one or more `by` columns, as one
/// small integer per row (no boxed values): text and grade columns give their codes, booleans
/// 0/1, numbers their distinct values. Groups are in natural order (numbers ascending, grades
/// A→F, text alphabetically with numbers by value, true before false); missing is its own group,
/// labelled "(missing)" and sorted last. `count`, `summary`, `compare`, `evidence`, the charts
/// (`ChartGroups`) and `sort` (`RowOrder`) all group or order through it.
public struct GroupCodes: Sendable {
    /// Group index per row (0..<labels.count).
    public var codes: [Int32]
    /// One label per group: the values joined with " · ", in natural order. A label may have
    /// no rows (a text value only other rows use, "(missing)"): callers skip empty groups.
    public var labels: [String]
    /// The column names grouped by.
    public var columns: [String]
    /// Several columns: each column's labels and each group's key (mixed radix over them).
    private var combination: (perColumn: [[String]], keys: [Int])?

    public var count: Int { labels.count }

    public init(codes: [Int32], labels: [String], columns: [String]) {
        self.codes = codes
        self.labels = labels
        self.columns = columns
    }

    /// One group holding every row.
    public static func all(rows: Int, label: String = "all") -> GroupCodes {
        GroupCodes(codes: [Int32](repeating: 0, count: rows), labels: [label], columns: [])
    }

    /// Group the rows of `d` (dataset order) by `cols`, columns of its table. `positions`
    /// (optional) picks, for each output row, a dataset position (long data: a student's first row).
    public init(_ d: ResolvedDataset, columns cols: [Column], positions: [Int32]? = nil) {
        // Base rows of the output rows, composed once (nil = identity).
        var baseRows: [Int32]?
        if let p = positions { baseRows = p.map { Int32(d.baseRow(Int($0))) } } else { baseRows = d.selection }
        self.init(cols, baseRows: baseRows, rows: positions?.count ?? d.rowCount)
    }

    /// Group `rows` rows by columns already in row order (evaluated `by` expressions).
    package init(columns cols: [Column], rows: Int) {
        self.init(cols, baseRows: nil, rows: rows)
    }

    private init(_ cols: [Column], baseRows: [Int32]?, rows n: Int) {
        guard !cols.isEmpty else { self = .all(rows: n); return }
        if cols.count == 1 {
            // One column: its local codes are the groups (unused labels are dropped by callers,
            // which skip empty groups).
            let (local, labels) = GroupCodes.localCodes(cols[0], baseRows: baseRows, n: n)
            self.init(codes: local, labels: labels, columns: [cols[0].name])
            return
        }
        var combined = [Int](repeating: 0, count: n)
        var perColumn: [[String]] = []
        var radix = 1
        for c in cols {
            let (local, labels) = GroupCodes.localCodes(c, baseRows: baseRows, n: n)
            let k = labels.count
            combined.withUnsafeMutableBufferPointer { cb in
                local.withUnsafeBufferPointer { lb in
                    for i in 0..<n { cb[i] = cb[i] &* k &+ Int(lb[i]) }
                }
            }
            radix = radix &* k
            perColumn.append(labels)
        }
        // Keep the combinations present, in key order (= natural order of each column in turn).
        var keys: [Int] = []
        var out = [Int32](repeating: 0, count: n)
        if radix > 0, radix <= 1 << 22 {
            var slot = [Int32](repeating: -1, count: radix)
            for k in combined { slot[k] = 0 }
            var next: Int32 = 0
            for k in 0..<radix where slot[k] == 0 { slot[k] = next; next += 1; keys.append(k) }
            for i in 0..<n { out[i] = slot[combined[i]] }
        } else {
            keys = Set(combined).sorted()
            var index = [Int: Int32](minimumCapacity: keys.count)
            for (i, k) in keys.enumerated() { index[k] = Int32(i) }
            for i in 0..<n { out[i] = index[combined[i]] ?? 0 }
        }
        let labels = keys.map { Self.decode($0, perColumn).joined(separator: " · ") }
        self.init(codes: out, labels: labels, columns: cols.map(\.name))
        combination = (perColumn, keys)
    }

    private static func decode(_ key: Int, _ perColumn: [[String]]) -> [String] {
        var parts: [String] = []
        var rest = key
        for l in perColumn.reversed() { parts.append(l[rest % l.count]); rest /= l.count }
        return parts.reversed()
    }

    /// Group g's value of each column grouped by ("(missing)" where missing).
    package func parts(_ g: Int) -> [String] {
        guard let combination else { return [labels[g]] }
        return Self.decode(combination.keys[g], combination.perColumn)
    }

    /// Rows per group.
    package func sizes() -> [Int] {
        var n = [Int](repeating: 0, count: count)
        n.withUnsafeMutableBufferPointer { nb in for g in codes { nb[Int(g)] &+= 1 } }
        return n
    }

    /// The non-NaN values of each group (`values` in row order, NaN for missing), with each
    /// group's count of NaNs.
    package func split(_ values: [Double]) -> [(present: [Double], missing: Int)] {
        // A counting sort: sizes first, then each value into its group's place in one flat
        // array (row order kept), so no group array grows one append at a time.
        let n = min(values.count, codes.count)
        var sizes = [Int](repeating: 0, count: count), missing = [Int](repeating: 0, count: count)
        values.withUnsafeBufferPointer { v in
            codes.withUnsafeBufferPointer { c in
                sizes.withUnsafeMutableBufferPointer { s in
                    missing.withUnsafeMutableBufferPointer { m in
                        for i in 0..<n { if v[i].isNaN { m[Int(c[i])] += 1 } else { s[Int(c[i])] += 1 } }
                    }
                }
            }
        }
        var start = [Int](repeating: 0, count: count + 1)
        for k in 0..<count { start[k + 1] = start[k] + sizes[k] }
        var next = start
        var flat = [Double](repeating: 0, count: start[count])
        values.withUnsafeBufferPointer { v in
            codes.withUnsafeBufferPointer { c in
                flat.withUnsafeMutableBufferPointer { f in
                    next.withUnsafeMutableBufferPointer { p in
                        for i in 0..<n where !v[i].isNaN {
                            let k = Int(c[i])
                            f[p[k]] = v[i]
                            p[k] += 1
                        }
                    }
                }
            }
        }
        return (0..<count).map { (Array(flat[start[$0]..<start[$0 + 1]]), missing[$0]) }
    }

    /// Codes 0..<k-1 in natural label order for present values, and k-1 for missing (the last
    /// label is always "(missing)").
    package static func localCodes(_ c: Column, baseRows: [Int32]?, n: Int) -> ([Int32], [String]) {
        var raw: [Int32]
        var labels: [String]
        // `rank` maps a column code to its place in the natural order.
        // Builds a new array rather than writing into a captured one (a captured var costs an
        // exclusivity check per write).
        func fill(_ code: (Int) -> Int32) -> [Int32] {
            [Int32](unsafeUninitializedCapacity: n) { buf, count in
                if let br = baseRows { for i in 0..<n { buf[i] = code(Int(br[i])) } } else { for i in 0..<n { buf[i] = code(i) } }
                count = n
            }
        }
        switch c.data {
        case .text(let t):
            let order = SortKey.order(t.dictionary)
            var rank = [Int32](repeating: 0, count: t.dictionary.count)
            for (r, k) in order.enumerated() { rank[k] = Int32(r) }
            labels = order.map { t.dictionary[$0] }
            raw = t.codes.withUnsafeBufferPointer { cb in rank.withUnsafeBufferPointer { rb in fill { rb[Int(cb[$0])] } } }
        case .grade(let g):
            labels = ["A", "B", "C", "D", "E", "F"]
            raw = g.withUnsafeBufferPointer { gb in fill { 5 - Int32(min(gb[$0], 5)) } }
        case .boolean(let b):
            labels = ["true", "false"]
            raw = fill { b[$0] ? 0 : 1 }
        case .number(let v):
            (raw, labels) = byValue(c, n, fill, v, NumberFormat.plain)
        case .date(let d):
            // Dates group as their days (in date order), shown as ISO text.
            (raw, labels) = byValue(c, n, fill, d, Dates.text)
        }
        let missing = Int32(labels.count)
        labels.append("(missing)")
        if c.missingCount > 0 {
            if let br = baseRows {
                for i in 0..<n where !c.validity[Int(br[i])] { raw[i] = missing }
            } else {
                // Only the words with a missing row, and in them only the missing bits.
                c.validity.words.withUnsafeBufferPointer { w in
                    raw.withUnsafeMutableBufferPointer { out in
                        for wi in 0..<w.count where w[wi] != ~0 {
                            var gaps = ~w[wi]
                            while gaps != 0 {
                                let i = wi << 6 + gaps.trailingZeroBitCount
                                if i >= n { break }
                                out[i] = missing
                                gaps &= gaps - 1
                            }
                        }
                    }
                }
            }
        }
        return (raw, labels)
    }

    /// Codes in value order for a column of Doubles (numbers, dates), with their labels.
    private static func byValue<V: RandomAccessCollection<Double>>(_ c: Column, _ n: Int, _ fill: ((Int) -> Int32) -> [Int32],
                                _ v: V, _ label: (Double) -> String) -> ([Int32], [String]) where V.Index == Int {
        var seen: [Double: Int32] = [:]
        var values: [Double] = []
        var raw = fill { r in
            guard c.validity[r] else { return 0 }
            let x = v[r]
            if let k = seen[x] { return k }
            let k = Int32(values.count)
            seen[x] = k
            values.append(x)
            return k
        }
        let order = values.indices.sorted { values[$0] < values[$1] }
        var rank = [Int32](repeating: 0, count: values.count)
        for (r, k) in order.enumerated() { rank[k] = Int32(r) }
        if !values.isEmpty { for i in 0..<n { raw[i] = rank[Int(raw[i])] } }
        return (raw, order.map { label(values[$0]) })
    }
}
