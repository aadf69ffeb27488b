import EvidenceData

/// The aggregate functions as pure functions over present values (missing already removed).
/// Each returns nil when it has no answer (no values; sd of one value).
///
/// - mean: Σx / n.  - var: Σ(x − mean)² / (n − 1), the sample variance; sd = √var.
/// - q(x, p): quantile by linear interpolation between order statistics (Hyndman & Fan type 7,
///   numpy's default; `OrderStatistics`): h = (n − 1)·p, x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋). median = q(0.5),
///   iqr = q(0.75) − q(0.25) (`Quartiles`).
/// - pct(cond): 100 × (rows where cond is true) / (rows where cond is not missing).
public enum Aggregates {
    public static func sum(_ xs: [Double]) -> Double? { xs.isEmpty ? nil : xs.reduce(0, +) }

    public static func mean(_ xs: [Double]) -> Double? { xs.isEmpty ? nil : Descriptive.mean(xs) }

    public static func variance(_ xs: [Double]) -> Double? { xs.count >= 2 ? Descriptive.variance(xs) : nil }

    public static func sd(_ xs: [Double]) -> Double? { variance(xs).map { $0.squareRoot() } }

    public static func min(_ xs: [Double]) -> Double? { xs.min() }
    public static func max(_ xs: [Double]) -> Double? { xs.max() }

    /// Type 7 by selection, without sorting the whole column (`Selection`).
    public static func quantile(_ xs: [Double], _ p: Double) -> Double? {
        guard !xs.isEmpty, p >= 0, p <= 1 else { return nil }
        return Selection.quantiles(xs, [p])[0]
    }

    public static func median(_ xs: [Double]) -> Double? { quantile(xs, 0.5) }

    public static func iqr(_ xs: [Double]) -> Double? { Quartiles(xs)?.iqr }
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
