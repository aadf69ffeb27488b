import EvidenceData

/// The groups of one `by` column as charts want them (`GroupCodes` with the empty groups left
/// out): code −1 for missing rather than a "(missing)" group, otherwise an index into `labels`,
/// which are in the column's natural order and all occur.
package struct ChartGroups {
    package var codes: [Int32]
    package var labels: [String]
    /// Rows per group.
    package var sizes: [Int]

    package init(codes: [Int32], labels: [String], sizes: [Int]? = nil) {
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
    package var missingRows: Int { codes.count - sizes.reduce(0, +) }

    /// The groups of a column.
    package init(_ c: Column) {
        let g = GroupCodes(columns: [c], rows: c.count)
        let sizes = g.sizes()
        // The last label is "(missing)": its remap stays −1.
        var remap = [Int32](repeating: -1, count: g.count)
        var kept: [String] = [], keptSizes: [Int] = []
        for k in 0..<(g.count - 1) where sizes[k] > 0 {
            remap[k] = Int32(kept.count)
            kept.append(g.labels[k])
            keptSizes.append(sizes[k])
        }
        // Every value occurs and none is missing (the common case): the codes stand as they are.
        if kept.count == g.count - 1, sizes[g.count - 1] == 0 {
            self.init(codes: g.codes, labels: kept, sizes: keptSizes)
            return
        }
        let codes = remap.withUnsafeBufferPointer { rb in g.codes.map { rb[Int($0)] } }
        self.init(codes: codes, labels: kept, sizes: keptSizes)
    }

    package var count: Int { labels.count }

    /// Each group's rows (positions 0..<codes.count, ascending), each as `row(position)`.
    package func members(_ row: (Int) -> Int32) -> [[Int32]] {
        var out = [[Int32]](repeating: [], count: count)
        for (i, g) in codes.enumerated() where g >= 0 { out[Int(g)].append(row(i)) }
        return out
    }

    /// The present finite numbers of `values` per group in one flat array grouped by code
    /// (a counting sort in one pass: group sizes are known, so each group gets room for all
    /// its rows and fills it with the present values), with each group's missing count.
    package struct Buckets {
        package var flat: [Double]
        package var start: [Int]
        package var end: [Int]
        package var missing: [Int]
        /// Group g's values: flat[range(g)].
        package func range(_ g: Int) -> Range<Int> { start[g]..<end[g] }
    }

    package func buckets(_ values: Column) -> Buckets {
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
    package func split(_ values: Column) -> [NumericValues] {
        let b = buckets(values)
        return (0..<count).map { g in NumericValues(values: Array(b.flat[b.range(g)]), missing: b.missing[g]) }
    }
}
