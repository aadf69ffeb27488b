import EvidenceData

/// Rows coded by the group they belong to (a `by` column): code −1 for missing, otherwise an
/// index into `labels`, which are in the column's natural order (numbers ascending, grades
/// A→F, text alphabetically with numbers by value).
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

    /// The groups of a column, in the natural order `GroupCodes` gives, keeping only values
    /// that occur; missing rows get code −1 rather than a "(missing)" group.
    package init(_ c: Column) {
        let (local, labels) = GroupCodes.localCodes(c, baseRows: nil, n: c.count)
        var sizes = [Int](repeating: 0, count: labels.count)
        sizes.withUnsafeMutableBufferPointer { sb in for g in local { sb[Int(g)] &+= 1 } }
        // The last label is "(missing)": its remap stays −1.
        var remap = [Int32](repeating: -1, count: labels.count)
        var kept: [String] = [], keptSizes: [Int] = []
        for g in 0..<(labels.count - 1) where sizes[g] > 0 {
            remap[g] = Int32(kept.count)
            kept.append(labels[g])
            keptSizes.append(sizes[g])
        }
        // Every value occurs and none is missing (the common case): the codes stand as they are.
        if kept.count == labels.count - 1, sizes[labels.count - 1] == 0 {
            self.init(codes: local, labels: kept, sizes: keptSizes)
            return
        }
        let codes = remap.withUnsafeBufferPointer { rb in local.map { rb[Int($0)] } }
        self.init(codes: codes, labels: kept, sizes: keptSizes)
    }

    package var count: Int { labels.count }

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
