import EvidenceData

/// Q1, the median and Q3 (type 7, see `OrderStatistics`), and Tukey's fences beyond them: the
/// numbers box plots draw, `summary` reports and `iqr()` subtracts.
package struct Quartiles: Sendable, Equatable {
    package static let probabilities: [Double] = [0.25, 0.5, 0.75]

    package var q1: Double
    package var median: Double
    package var q3: Double

    package init(q1: Double, median: Double, q3: Double) {
        self.q1 = q1
        self.median = median
        self.q3 = q3
    }

    /// From the r-th smallest of n > 0 values, given as `value(r)`.
    package init(n: Int, orderStatistic value: (Int) -> Double) {
        q1 = OrderStatistics.typeSeven(0.25, n: n, value)
        median = OrderStatistics.typeSeven(0.5, n: n, value)
        q3 = OrderStatistics.typeSeven(0.75, n: n, value)
    }

    /// Of values in any order (NaN skipped) by `Selection`, without a sort; nil for no values.
    package init?(_ values: [Double]) {
        guard !values.isEmpty else { return nil }
        let q = Selection.quantiles(values, Self.probabilities)
        self.init(q1: q[0], median: q[1], q3: q[2])
    }

    /// The interquartile range Q3 − Q1.
    package var iqr: Double { q3 - q1 }

    package var fences: TukeyFences { TukeyFences(self) }
}

/// Tukey's fences, 1.5 × IQR below Q1 and above Q3: values outside them are outliers.
package struct TukeyFences: Sendable, Equatable {
    package var low: Double
    package var high: Double

    package init(_ q: Quartiles) {
        let iqr = q.iqr
        low = q.q1 - 1.5 * iqr
        high = q.q3 + 1.5 * iqr
    }

    @inline(__always) package func isOutlier(_ x: Double) -> Bool { x < low || x > high }
}

/// A box plot's whiskers, fed one value at a time: they start at the box (Q1, Q3) and reach
/// the most extreme values inside the fences; values outside are collected as outliers.
package struct TukeyWhiskers: Sendable {
    package let fences: TukeyFences
    package var low: Double
    package var high: Double
    /// In the order added.
    package var outliers: [Double] = []

    package init(_ q: Quartiles) {
        fences = q.fences
        low = q.q1
        high = q.q3
    }

    @inline(__always) package mutating func add(_ x: Double) {
        if fences.isOutlier(x) { outliers.append(x); return }
        if x < low { low = x }
        if x > high { high = x }
    }
}
