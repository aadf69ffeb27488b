import EvidenceData

/// The one definition of a quantile in evsh: Hyndman & Fan type 7 (numpy's default "linear",
/// R's default). With the values in order x₀ ≤ … ≤ xₙ₋₁ and h = (n − 1)·p, p clamped to [0, 1]:
/// q(p) = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋). Empty input has no quantiles; one value is every
/// quantile.
///
/// Callers find the order statistics in the way that suits their input (a sorted array:
/// `Descriptive`; a whole column: `Selection`; a chart's buffer: `select`; every group of a
/// column: `GroupedBoxStats`) and all interpolate here, so they agree to the last bit.
package enum OrderStatistics {
    /// h = (n − 1)·p, the 0-based position of quantile p among n ordered values.
    @inline(__always) package static func position(_ p: Double, n: Int) -> Double {
        Double(n - 1) * min(1, max(0, p))
    }

    /// The ranks (0-based) that quantile p of n values reads: ⌊h⌋, and ⌊h⌋ + 1 unless ⌊h⌋ is the last.
    package static func ranks(_ p: Double, n: Int) -> [Int] {
        let r = Int(position(p, n: n).rounded(.down))
        return r + 1 < n ? [r, r + 1] : [r]
    }

    /// Quantile p of n values (n > 0), given the r-th smallest as `value(r)`.
    package static func typeSeven(_ p: Double, n: Int, _ value: (Int) -> Double) -> Double {
        let h = position(p, n: n)
        let r = Int(h.rounded(.down))
        let a = value(r)
        if r + 1 >= n { return a }
        return a + (h - Double(r)) * (value(r + 1) - a)
    }

    /// Rearranges `buf[from..<to]` so that `buf[k]` holds the value sorting would put there,
    /// with smaller-or-equal values left of it and greater-or-equal right of it (quickselect).
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
