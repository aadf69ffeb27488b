/// Type-7 quantiles without a full sort: quickselect finds the order statistics a quantile
/// needs in O(n), which keeps `tail` and `bands` fast on a million students.
public enum Selection {
    /// Type-7 quantiles (same values as `Descriptive.quantileSorted` on the sorted input) of
    /// the non-NaN values in `x`, for each p in `ps`. Empty input gives NaNs.
    public static func quantiles(_ x: [Double], _ ps: [Double]) -> [Double] {
        var v = x.filter { !$0.isNaN }
        let n = v.count
        guard n > 0 else { return ps.map { _ in .nan } }
        // The order statistics needed, ascending; each select works right of the previous one.
        var needed: [Int] = []
        for p in ps {
            let h = Double(n - 1) * min(1, max(0, p))
            let lo = Int(h.rounded(.down))
            needed.append(lo)
            if lo + 1 < n { needed.append(lo + 1) }
        }
        let ks = Array(Set(needed)).sorted()
        var value: [Int: Double] = [:]
        var left = 0
        v.withUnsafeMutableBufferPointer { b in
            for k in ks {
                select(b, k, from: left, to: n - 1)
                value[k] = b[k]
                left = k
            }
        }
        return ps.map { p in
            let h = Double(n - 1) * min(1, max(0, p))
            let lo = Int(h.rounded(.down))
            guard let a = value[lo] else { return .nan }
            if lo + 1 >= n { return a }
            let b = value[lo + 1] ?? a
            return a + (h - Double(lo)) * (b - a)
        }
    }

    /// Rearrange b[lo...hi] so that b[k] is the value a sort would put there, smaller or equal
    /// values left of it, larger or equal right (Hoare partition, median-of-three pivot).
    static func select(_ b: UnsafeMutableBufferPointer<Double>, _ k: Int, from lo0: Int, to hi0: Int) {
        var lo = lo0, hi = hi0
        while hi > lo {
            let mid = lo + (hi - lo) / 2
            if b[mid] < b[lo] { b.swapAt(mid, lo) }
            if b[hi] < b[lo] { b.swapAt(hi, lo) }
            if b[hi] < b[mid] { b.swapAt(hi, mid) }
            let pivot = b[mid]
            var i = lo, j = hi
            while i <= j {
                while b[i] < pivot { i += 1 }
                while b[j] > pivot { j -= 1 }
                if i <= j { b.swapAt(i, j); i += 1; j -= 1 }
            }
            if k <= j { hi = j } else if k >= i { lo = i } else { return }
        }
    }
}
