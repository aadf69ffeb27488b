import EvidenceData

/// Descriptive statistics as pure functions over plain `[Double]` (missing values already removed).
///
/// Edge cases, the same everywhere: an empty input gives NaN (shown as "–"); one value gives
/// its mean, min, max and quantiles but an SD of NaN (the n−1 denominator is zero).
public enum Descriptive {
    /// Arithmetic mean Σx/n.
    public static func mean(_ x: [Double]) -> Double {
        guard !x.isEmpty else { return .nan }
        var s = 0.0
        for v in x { s += v }
        return s / Double(x.count)
    }

    /// Sample variance Σ(x − mean)²/(n − 1), two passes for accuracy.
    public static func variance(_ x: [Double]) -> Double {
        guard x.count > 1 else { return .nan }
        let m = mean(x)
        var s = 0.0
        for v in x { let d = v - m; s += d * d }
        return s / Double(x.count - 1)
    }

    /// Sample standard deviation (n − 1 denominator), as numpy `std(ddof=1)`.
    public static func sd(_ x: [Double]) -> Double { variance(x).squareRoot() }

    /// Quantile (type 7, `OrderStatistics`) of already sorted values; `p` is clamped to [0, 1].
    public static func quantileSorted(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty, !p.isNaN else { return .nan }
        return OrderStatistics.typeSeven(p, n: sorted.count) { sorted[$0] }
    }

    /// Quantile (type 7) of unsorted values.
    public static func quantile(_ x: [Double], _ p: Double) -> Double { quantileSorted(x.sorted(), p) }

    /// Pearson's r over pairs (equal lengths); NaN when either side has no spread or n < 2.
    public static func correlation(_ x: [Double], _ y: [Double]) -> Double {
        let n = min(x.count, y.count)
        guard n > 1 else { return .nan }
        let mx = mean(Array(x.prefix(n))), my = mean(Array(y.prefix(n)))
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in 0..<n {
            let a = x[i] - mx, b = y[i] - my
            sxy += a * b; sxx += a * a; syy += b * b
        }
        guard sxx > 0, syy > 0 else { return .nan }
        return sxy / (sxx * syy).squareRoot()
    }
}

/// The `summary` line for one set of values: n, missing, mean, sd, min, q1, median, q3, max.
/// Quartiles are type 7 (`Quartiles`).
public struct Summary: Sendable, Equatable {
    public var n: Int
    public var missing: Int
    public var mean: Double
    public var sd: Double
    public var min: Double
    public var q1: Double
    public var median: Double
    public var q3: Double
    public var max: Double

    /// `values` are the present values only; `missing` counts the absent ones.
    public init(values: [Double], missing: Int) {
        n = values.count
        self.missing = missing
        mean = Descriptive.mean(values)
        sd = Descriptive.sd(values)
        // By selection (no full sort), in one call: min and max are the 0th and 100th percentiles.
        let q = Selection.quantiles(values, [0] + Quartiles.probabilities + [1])
        min = q[0]; q1 = q[1]; median = q[2]; q3 = q[3]; max = q[4]
    }
}
