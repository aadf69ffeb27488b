import EvidenceData

/// Box-plot quartiles by in-place selection, not by sorting: a box plot of a million values
/// per group then costs a few linear passes. (Quantiles of whole columns: `Selection`.)
///
/// Definition: Hyndman & Fan type 7 (the default of R and numpy): with the values in order
/// x₀ ≤ … ≤ xₙ₋₁ and h = (n − 1)·p, q(p) = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋).
/// Empty input has no quantiles; one value is every quantile.
package enum Quantiles {
    /// Q1, median and Q3 (type 7) with the median selected first, so the quartiles are
    /// selected within its two halves and each next-order-statistic scan stays inside a
    /// quarter: about half the work of three independent selections. Reorders `buf`.
    package static func quartiles(_ buf: UnsafeMutableBufferPointer<Double>) -> (q1: Double, median: Double, q3: Double)? {
        let n = buf.count
        guard n > 0 else { return nil }
        if n >= 4096, let q = QuantileBins.quartiles(UnsafeBufferPointer(buf)) { return q }
        func smallest(_ from: Int, _ to: Int) -> Double {
            var b = buf[from]
            for i in (from + 1)..<to where buf[i] < b { b = buf[i] }
            return b
        }
        // Value at h = (n − 1)p, given that buf[k] is in place and buf[k+1..<next] holds
        // the values between it and the next one already in place (or the end).
        func value(_ h: Double, _ k: Int, _ next: Int) -> Double {
            let a = buf[k]
            guard h > Double(k), k + 1 < n else { return a }
            return a + (h - Double(k)) * (smallest(k + 1, max(k + 2, next)) - a)
        }
        let hm = Double(n - 1) * 0.5, h1 = Double(n - 1) * 0.25, h3 = Double(n - 1) * 0.75
        let km = Int(hm.rounded(.down)), k1 = Int(h1.rounded(.down)), k3 = Int(h3.rounded(.down))
        select(buf, km)
        if k1 < km { select(buf, k1, from: 0, to: km) }
        if k3 > km { select(buf, k3, from: km + 1, to: n) }
        let median = value(hm, km, k3 > km ? k3 + 1 : n)
        let q1 = value(h1, k1, k1 < km ? km + 1 : n)
        let q3 = value(h3, k3, n)
        return (q1, median, q3)
    }

    /// Rearranges `buf[from...]` so that `buf[k]` is the value that would be there if sorted,
    /// with smaller-or-equal values left of it and greater-or-equal right of it.
    package static func select(_ buf: UnsafeMutableBufferPointer<Double>, _ k: Int, from: Int = 0, to: Int? = nil) {
        var lo = from, hi = (to ?? buf.count) - 1
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
