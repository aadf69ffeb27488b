import Foundation
import EvidenceData

/// A linear scale from data values to cells, with "nice" tick values (1, 2, 2.5, 5 × 10^k).
///
/// Edge cases are decided here once: no values gives 0…1; one value or all values equal gives a
/// range around that value (±1, or ±10 % of it); infinite or NaN bounds are ignored.
package struct Scale: Equatable {
    package var lo: Double
    package var hi: Double

    package init(lo: Double, hi: Double) {
        self.lo = lo
        self.hi = hi
    }

    /// The data range of `values` widened to a usable scale (see the type's comment).
    package static func covering(_ lo: Double?, _ hi: Double?, includeZero: Bool = false) -> Scale {
        guard var a = lo, var b = hi, a.isFinite, b.isFinite else { return Scale(lo: 0, hi: 1) }
        if a > b { swap(&a, &b) }
        if includeZero { a = min(a, 0); b = max(b, 0) }
        if a == b {
            let pad = a == 0 ? 1 : abs(a) * 0.1
            return Scale(lo: a - pad, hi: b + pad)
        }
        return Scale(lo: a, hi: b)
    }

    /// The same scale with its ends moved outward to nice tick values.
    package func niced(maxTicks: Int = 5) -> Scale {
        let step = Scale.niceStep(span: hi - lo, maxTicks: maxTicks)
        return Scale(lo: (lo / step).rounded(.down) * step, hi: (hi / step).rounded(.up) * step)
    }

    /// The smallest of 1, 2, 2.5, 5 × 10^k that splits `span` into at most `maxTicks` intervals.
    package static func niceStep(span: Double, maxTicks: Int) -> Double {
        guard span.isFinite, span > 0 else { return 1 }
        let raw = span / Double(max(1, maxTicks))
        let mag = pow(10, (log10(raw)).rounded(.down))
        for m in [1.0, 2, 2.5, 5, 10] where m * mag >= raw * (1 - 1e-12) { return m * mag }
        return 10 * mag
    }

    /// Tick values inside [lo, hi] at a nice step, at most about `maxTicks` + 1 of them.
    package func ticks(maxTicks: Int = 5) -> [Double] {
        let step = Scale.niceStep(span: hi - lo, maxTicks: max(1, maxTicks))
        let first = (lo / step - 1e-9).rounded(.up)
        let last = (hi / step + 1e-9).rounded(.down)
        guard first <= last, last - first < 1000 else { return [lo, hi] }
        // Multiply the integer index by the step (not repeated addition) so ticks stay exact.
        return stride(from: first, through: last, by: 1).map { k in
            let v = k * step
            return abs(v) < step * 1e-9 ? 0 : v
        }
    }

    /// Where `v` falls on `cells` cells (0 … cells−1), clamped; the top of the range maps to the
    /// last cell.
    package func cell(_ v: Double, cells: Int) -> Int {
        guard cells > 1, hi > lo, v.isFinite else { return 0 }
        let k = Int(((v - lo) / (hi - lo) * Double(cells)).rounded(.down))
        return max(0, min(cells - 1, k))
    }

    /// The fractional position of `v` on a continuous axis of `length` units (0 = lo).
    package func position(_ v: Double, length: Double) -> Double {
        guard hi > lo else { return 0 }
        return (v - lo) / (hi - lo) * length
    }

    /// Labels for ticks sharing one number of decimals (enough to tell them apart).
    package static func labels(_ ticks: [Double]) -> [String] {
        var decimals = 0
        while decimals < 6 {
            let scaled = ticks.map { $0 * pow(10, Double(decimals)) }
            if scaled.allSatisfy({ abs($0 - $0.rounded()) < 1e-6 }) { break }
            decimals += 1
        }
        return ticks.map { label($0, decimals: decimals) }
    }

    /// A compact label: thousands as "k" and millions as "M" when the value is round enough.
    package static func label(_ v: Double, decimals: Int) -> String {
        if decimals == 0, abs(v) >= 1_000_000, (v / 100_000).rounded() == v / 100_000 {
            return NumberFormat.plain(v / 1_000_000) + "M"
        }
        if decimals == 0, abs(v) >= 10_000, (v / 100).rounded() == v / 100 {
            return NumberFormat.plain(v / 1000) + "k"
        }
        return NumberFormat.fixed(v, decimals: decimals)
    }
}
