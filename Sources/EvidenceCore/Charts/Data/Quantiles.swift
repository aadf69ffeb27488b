/// Quantiles by selection (introselect), not by sorting: a box plot of a million values
/// per group then costs a few linear passes.
///
/// Definition: Hyndman & Fan type 7 (the default of R and numpy): with the values in order
/// x₀ ≤ … ≤ xₙ₋₁ and h = (n − 1)·p, q(p) = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋).
/// Empty input has no quantiles; one value is every quantile.
enum Quantiles {
    /// Quantiles for ascending `ps` (each in 0…1). Reorders `values` in place.
    static func type7(_ values: inout [Double], _ ps: [Double]) -> [Double]? {
        guard !values.isEmpty else { return nil }
        let n = values.count
        return values.withUnsafeMutableBufferPointer { buf in
            var from = 0
            var out: [Double] = []
            for p in ps {
                let h = Double(n - 1) * Swift.min(1, Swift.max(0, p))
                let k = Int(h.rounded(.down))
                select(buf, k, from: from)
                let a = buf[k]
                var q = a
                if k + 1 < n, h > Double(k) {
                    // After selecting k, everything right of k is ≥ buf[k]: the next order
                    // statistic is the smallest of them.
                    var b = buf[k + 1]
                    for i in (k + 2)..<n where buf[i] < b { b = buf[i] }
                    q = a + (h - Double(k)) * (b - a)
                }
                out.append(q)
                from = k
            }
            return out
        }
    }

    /// Rearranges `buf[from...]` so that `buf[k]` is the value that would be there if sorted,
    /// with smaller-or-equal values left of it and greater-or-equal right of it.
    static func select(_ buf: UnsafeMutableBufferPointer<Double>, _ k: Int, from: Int = 0) {
        var lo = from, hi = buf.count - 1
        while hi > lo {
            if hi - lo < 16 {
                // Insertion sort for small ranges.
                for i in (lo + 1)...hi {
                    let x = buf[i]
                    var j = i - 1
                    while j >= lo, buf[j] > x { buf[j + 1] = buf[j]; j -= 1 }
                    buf[j + 1] = x
                }
                return
            }
            // Median of three as the pivot, then Hoare partition.
            let mid = lo + (hi - lo) / 2
            if buf[mid] < buf[lo] { buf.swapAt(mid, lo) }
            if buf[hi] < buf[lo] { buf.swapAt(hi, lo) }
            if buf[hi] < buf[mid] { buf.swapAt(hi, mid) }
            let pivot = buf[mid]
            var i = lo, j = hi
            while i <= j {
                while buf[i] < pivot { i += 1 }
                while buf[j] > pivot { j -= 1 }
                if i <= j { buf.swapAt(i, j); i += 1; j -= 1 }
            }
            if k <= j { hi = j } else if k >= i { lo = i } else { return }
        }
    }
}
