import EvidenceData

/// Type-7 quantiles without a full sort, so `tail`, `bands` and `summary` stay fast on a
/// million students. The order statistics a quantile needs are found with a histogram:
/// count the values into equal-width bins (bin(x) = ⌊(x − min)·B/(max − min)⌋ is monotone in x,
/// so every value of a bin is ≤ every value of the next), find the bins holding the wanted
/// ranks, and sort only the values of those bins. Integer scale scores usually fall one
/// distinct value per bin. The interpolation is `OrderStatistics.typeSeven`, so the results
/// equal `Descriptive.quantileSorted` on the sorted input.
public enum Selection {
    package static let bins = 4096

    /// Type-7 quantiles of the non-NaN values in `x` for each p in `ps`; empty input gives NaNs.
    public static func quantiles(_ x: [Double], _ ps: [Double]) -> [Double] {
        x.withUnsafeBufferPointer { xb in quantiles(DoubleReader(xb), count: xb.count, ps) }
    }

    /// The same over a number column as stored (scaled integers read in place).
    public static func quantiles(_ x: Numbers, _ ps: [Double]) -> [Double] {
        struct Visit: NumbersVisitor {
            let ps: [Double]
            func visit<R: NumberReader>(_ x: R, count: Int) -> [Double] { Selection.quantiles(x, count: count, ps) }
        }
        return x.read(Visit(ps: ps))
    }

    package static func quantiles<R: NumberReader>(_ x: R, count: Int, _ ps: [Double]) -> [Double] {
        var n = 0, lo = Double.infinity, hi = -Double.infinity, fractional = false
        for i in 0..<count {
            let v = x[i]
            if v.isNaN { continue }
            n += 1; lo = Swift.min(lo, v); hi = Swift.max(hi, v)
            fractional = fractional || v.rounded(.towardZero) != v
        }
        func present() -> [Double] { (0..<count).map { x[$0] }.filter { !$0.isNaN } }
        guard n > 0 else { return ps.map { _ in .nan } }
        guard hi > lo, lo.isFinite, hi.isFinite else {
            if lo == hi { return ps.map { _ in lo } }
            let values = present()
            return ps.map { Descriptive.quantile(values, $0) }
        }
        if !fractional, hi - lo < 1_048_576 {
            return integerQuantiles(x, count: count, ps, n: n, lo: lo, hi: hi)
        }
        // Ranks needed (0-based order statistics).
        let ranks = ps.flatMap { OrderStatistics.ranks($0, n: n) }
        let b = bins
        let scale = Double(b) / (hi - lo)
        // A range too small (or too large) for binning: sort instead of risking Int(NaN).
        guard scale.isFinite, scale > 0, (hi - lo).isFinite else {
            let sorted = present().sorted()
            return ps.map { Descriptive.quantileSorted(sorted, $0) }
        }
        @inline(__always) func bin(_ v: Double) -> Int { Swift.min(b - 1, Int((v - lo) * scale)) }
        var counts = [Int](repeating: 0, count: b)
        // Each bin's smallest and largest value: a wanted bin holding one distinct value (the
        // usual case for integer scores) needs no third pass.
        var binLo = [Double](repeating: .infinity, count: b), binHi = [Double](repeating: -.infinity, count: b)
        counts.withUnsafeMutableBufferPointer { cb in
            binLo.withUnsafeMutableBufferPointer { lb in
                binHi.withUnsafeMutableBufferPointer { hb in
                    for i in 0..<count {
                        let v = x[i]
                        if v.isNaN { continue }
                        let k = bin(v)
                        cb[k] &+= 1
                        lb[k] = Swift.min(lb[k], v); hb[k] = Swift.max(hb[k], v)
                    }
                }
            }
        }
        // First rank of each bin, and the bins that hold a wanted rank.
        var start = [Int](repeating: 0, count: b + 1)
        for k in 0..<b { start[k + 1] = start[k] + counts[k] }
        var wanted = [Bool](repeating: false, count: b)
        var binOfRank: [Int: Int] = [:]
        for r in ranks {
            let k = Selection.bin(holding: r, start: start)
            wanted[k] = true
            binOfRank[r] = k
        }
        var members: [Int: [Double]] = [:]
        var mixed = wanted
        for k in 0..<b where mixed[k] { if binLo[k] == binHi[k] { mixed[k] = false; members[k] = [binLo[k]] } }
        if mixed.contains(true) {
            mixed.withUnsafeBufferPointer { wb in
                for i in 0..<count {
                    let v = x[i]
                    if v.isNaN { continue }
                    let k = bin(v)
                    if wb[k] { members[k, default: []].append(v) }
                }
            }
        }
        for k in members.keys { members[k]?.sort() }
        func value(_ r: Int) -> Double {
            guard let k = binOfRank[r], let vs = members[k] else { return .nan }
            if binLo[k] == binHi[k] { return binLo[k] }
            return r - start[k] < vs.count ? vs[r - start[k]] : .nan
        }
        return ps.map { OrderStatistics.typeSeven($0, n: n, value) }
    }

    /// The bin k with start[k] ≤ r < start[k+1] (binary search over the bins' first ranks).
    package static func bin(holding r: Int, start: [Int]) -> Int {
        var l = 0, h = start.count - 2
        while l < h { let m = (l + h + 1) / 2; if start[m] <= r { l = m } else { h = m - 1 } }
        return l
    }

    /// Whole-number data (scale scores, points ×1): one bin per integer, so a single counting
    /// pass gives every order statistic exactly.
    package static func integerQuantiles<R: NumberReader>(_ x: R, count: Int, _ ps: [Double], n: Int, lo: Double, hi: Double) -> [Double] {
        let size = Int(hi - lo) + 1
        var counts = [Int](repeating: 0, count: size)
        counts.withUnsafeMutableBufferPointer { cb in
            for i in 0..<count {
                let v = x[i]
                if !v.isNaN { cb[Int(v - lo)] &+= 1 }
            }
        }
        // The value of rank r: walk the cumulative counts (ranks are asked in any order, so
        // build the cumulative array once and search it).
        var start = [Int](repeating: 0, count: size + 1)
        for k in 0..<size { start[k + 1] = start[k] + counts[k] }
        return ps.map { OrderStatistics.typeSeven($0, n: n) { lo + Double(Selection.bin(holding: $0, start: start)) } }
    }
}
