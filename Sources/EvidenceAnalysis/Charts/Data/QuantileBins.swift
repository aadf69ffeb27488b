import EvidenceData

/// Quartiles of a large array in two nearly branch-free passes: count the values in 4096
/// equal bins between min and max, find the bins that hold the needed order statistics, then
/// select only among the values of those few bins. Quickselect's comparisons mispredict on
/// random data; this keeps a million values per chart in a few milliseconds.
/// Any monotonic binning is exact here (bins only narrow the search), so the result is the
/// same type 7 value as `Selection.quantiles`.
package enum QuantileBins {
    package static let binCount = 4096

    package static func quartiles(_ v: UnsafeBufferPointer<Double>) -> (q1: Double, median: Double, q3: Double)? {
        let n = v.count
        guard n > 1 else { return nil }
        var lo = v[0], hi = v[0]
        for x in v {
            lo = Swift.min(lo, x)
            hi = Swift.max(hi, x)
        }
        guard lo.isFinite, hi.isFinite else { return nil }
        if lo == hi { return (lo, lo, lo) }
        let bins = binCount
        let scale = Double(bins) / (hi - lo)
        @inline(__always) func bin(_ x: Double) -> Int { Swift.min(bins - 1, Int((x - lo) * scale)) }
        var counts = [Int](repeating: 0, count: bins)
        counts.withUnsafeMutableBufferPointer { c in
            for x in v { c[bin(x)] &+= 1 }
        }
        // The order statistics type 7 needs: ⌊h⌋ and ⌊h⌋ + 1 for each quartile.
        let hs = [0.25, 0.5, 0.75].map { Double(n - 1) * $0 }
        var ranks: [Int] = []
        for h in hs { let k = Int(h.rounded(.down)); ranks += [k, Swift.min(n - 1, k + 1)] }
        // First rank in each bin (prefix sums), and the bin holding each needed rank.
        var first = [Int](repeating: 0, count: bins + 1)
        for b in 0..<bins { first[b + 1] = first[b] + counts[b] }
        func binOf(_ r: Int) -> Int {
            var a = 0, b = bins - 1
            while a < b {
                let m = (a + b + 1) / 2
                if first[m] <= r { a = m } else { b = m - 1 }
            }
            return a
        }
        let needed = Set(ranks.map(binOf))
        var slot = [Int](repeating: -1, count: bins)
        var members: [[Double]] = []
        for b in needed.sorted() {
            slot[b] = members.count
            members.append([])
            members[members.count - 1].reserveCapacity(counts[b])
        }
        for x in v {
            let s = slot[bin(x)]
            if s >= 0 { members[s].append(x) }
        }
        var value: [Int: Double] = [:]
        for r in Set(ranks) {
            let b = binOf(r)
            let k = r - first[b]
            value[r] = members[slot[b]].withUnsafeMutableBufferPointer { m in
                Quantiles.select(m, k)
                return m[k]
            }
        }
        func q(_ i: Int) -> Double {
            let h = hs[i], k = ranks[2 * i]
            let a = value[k] ?? .nan, b = value[ranks[2 * i + 1]] ?? a
            return a + (h - Double(k)) * (b - a)
        }
        return (q(0), q(1), q(2))
    }
}
