/// The aggregate functions as pure functions over present values (missing already removed).
/// Each returns nil when it has no answer (no values; sd of one value).
///
/// - mean: Σx / n.  - var: Σ(x − mean)² / (n − 1), the sample variance; sd = √var.
/// - q(x, p): quantile by linear interpolation between order statistics (Hyndman & Fan type 7,
///   numpy's default): h = (n − 1)·p, x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋). median = q(0.5),
///   iqr = q(0.75) − q(0.25).
/// - pct(cond): 100 × (rows where cond is true) / (rows where cond is not missing).
public enum Aggregates {
    public static func sum(_ xs: [Double]) -> Double? { xs.isEmpty ? nil : xs.reduce(0, +) }

    public static func mean(_ xs: [Double]) -> Double? {
        xs.isEmpty ? nil : xs.reduce(0, +) / Double(xs.count)
    }

    public static func variance(_ xs: [Double]) -> Double? {
        guard xs.count >= 2, let m = mean(xs) else { return nil }
        var ss = 0.0
        for x in xs { ss += (x - m) * (x - m) }
        return ss / Double(xs.count - 1)
    }

    public static func sd(_ xs: [Double]) -> Double? { variance(xs).map { $0.squareRoot() } }

    public static func min(_ xs: [Double]) -> Double? { xs.min() }
    public static func max(_ xs: [Double]) -> Double? { xs.max() }

    /// Quantile of already sorted values (type 7).
    public static func quantile(sorted s: [Double], _ p: Double) -> Double? {
        guard !s.isEmpty, p >= 0, p <= 1 else { return nil }
        let h = Double(s.count - 1) * p
        let lo = Int(h.rounded(.down))
        let hi = Swift.min(lo + 1, s.count - 1)
        return s[lo] + (h - Double(lo)) * (s[hi] - s[lo])
    }

    public static func quantile(_ xs: [Double], _ p: Double) -> Double? { quantile(sorted: xs.sorted(), p) }
    public static func median(_ xs: [Double]) -> Double? { quantile(xs, 0.5) }

    public static func iqr(_ xs: [Double]) -> Double? {
        let s = xs.sorted()
        guard let a = quantile(sorted: s, 0.25), let b = quantile(sorted: s, 0.75) else { return nil }
        return b - a
    }
}

/// The result of an aggregate over one group: the value (nil when there is none), how many
/// values it used and how many were missing.
public struct AggregateResult: Sendable, Equatable {
    public var value: Double?
    public var n: Int
    public var missing: Int

    public init(value: Double?, n: Int, missing: Int) {
        self.value = value
        self.n = n
        self.missing = missing
    }
}
