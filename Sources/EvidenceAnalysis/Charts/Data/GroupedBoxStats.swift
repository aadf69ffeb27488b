import EvidenceData

/// Box-plot numbers for every group of a column in four streaming passes over the rows, with
/// no per-group copies of the values: (1) per-group counts and the overall range, (2) counts
/// per group in 1024 equal bins, (3) the values of only the few bins that hold the order
/// statistics type 7 needs, selected exactly, (4) whiskers and outliers against each group's
/// fences (`TukeyWhiskers`). Any monotonic binning is exact (bins only narrow the search), and the
/// quartiles are `Quartiles` of the selected order statistics, so the results equal `BoxStats` on
/// each group's values.
package enum GroupedBoxStats {
    package static let bins = 1024

    package static func compute(_ groups: ChartGroups, _ values: Column) -> [(stats: BoxStats?, missing: Int)] {
        guard groups.count > 0, case .number(let numbers) = values.data else { return groups.sizes.map { (nil, $0) } }
        return numbers.read(Visitor(groups: groups, validity: values.validity))
    }

    /// The passes, over the values as stored (scaled integers are read in place).
    private struct Visitor: NumbersVisitor {
        package let groups: ChartGroups
        package let validity: Bitmap
        package func visit<R: NumberReader>(_ v: R, count: Int) -> [(stats: BoxStats?, missing: Int)] {
            GroupedBoxStats.compute(groups, validity, v)
        }
    }

    private static func compute<R: NumberReader>(_ groups: ChartGroups, _ validity: Bitmap, _ x: R) -> [(stats: BoxStats?, missing: Int)] {
        let k = groups.count
        // Each pass visits the rows that have a group and a present, finite value.
        @inline(__always) func rows(_ body: (_ g: Int, _ x: Double) -> Void) {
            groups.codes.withUnsafeBufferPointer { cd in
                validity.words.withUnsafeBufferPointer { w in
                    for i in 0..<cd.count {
                        let g = Int(cd[i])
                        if g < 0 || (w[i >> 6] >> UInt64(i & 63)) & 1 == 0 { continue }
                        let value = x[i]
                        if !value.isFinite { continue }
                        body(g, value)
                    }
                }
            }
        }
        // Pass 1: values per group and the overall range.
        var n = [Int](repeating: 0, count: k)
        var lo = Double.infinity, hi = -Double.infinity
        n.withUnsafeMutableBufferPointer { nb in
            rows { g, x in
                nb[g] &+= 1
                lo = min(lo, x); hi = max(hi, x)
            }
        }
        let missing = (0..<k).map { groups.sizes[$0] - n[$0] }
        guard lo <= hi else { return missing.map { (nil, $0) } }
        if lo == hi {
            return (0..<k).map { g in
                (n[g] > 0 ? BoxStats(n: n[g], q1: lo, median: lo, q3: lo, lowWhisker: lo, highWhisker: lo, outliers: []) : nil, missing[g])
            }
        }
        let b = bins, scale = Double(b) / (hi - lo)
        @inline(__always) func bin(_ x: Double) -> Int { min(b - 1, Int((x - lo) * scale)) }
        // Pass 2: counts per group and bin.
        var counts = [Int32](repeating: 0, count: k * b)
        counts.withUnsafeMutableBufferPointer { c in
            rows { g, x in c[g * b + bin(x)] &+= 1 }
        }
        // The ranks each group needs (those type 7 reads for each quartile) and the bins holding them.
        var slot = [Int32](repeating: -1, count: k * b)
        var members: [[Double]] = []
        var located: [[(rank: Int, slot: Int, offset: Int)]] = Array(repeating: [], count: k)
        for g in 0..<k where n[g] > 0 {
            let ranks = Set(Quartiles.probabilities.flatMap { OrderStatistics.ranks($0, n: n[g]) }).sorted()
            var cum = 0, bi = 0
            for r in ranks {
                while cum + Int(counts[g * b + bi]) <= r { cum += Int(counts[g * b + bi]); bi += 1 }
                if slot[g * b + bi] < 0 {
                    slot[g * b + bi] = Int32(members.count)
                    members.append([])
                }
                located[g].append((r, Int(slot[g * b + bi]), r - cum))
            }
        }
        // Pass 3: the values of the needed bins only.
        slot.withUnsafeBufferPointer { sl in
            rows { g, x in
                let s = sl[g * b + bin(x)]
                if s >= 0 { members[Int(s)].append(x) }
            }
        }
        var quartiles = [Quartiles](repeating: Quartiles(q1: 0, median: 0, q3: 0), count: k)
        for g in 0..<k where n[g] > 0 {
            var value: [Int: Double] = [:]
            for l in located[g] {
                value[l.rank] = members[l.slot].withUnsafeMutableBufferPointer { m in
                    OrderStatistics.select(m, l.offset)
                    return m[l.offset]
                }
            }
            quartiles[g] = Quartiles(n: n[g]) { value[$0] ?? .nan }
        }
        // Pass 4: whiskers and outliers against each group's fences.
        var whiskers = quartiles.map(TukeyWhiskers.init)
        whiskers.withUnsafeMutableBufferPointer { w in
            rows { g, x in w[g].add(x) }
        }
        return (0..<k).map { g in
            (n[g] > 0 ? BoxStats(n: n[g], quartiles: quartiles[g], whiskers: whiskers[g]) : nil, missing[g])
        }
    }
}
