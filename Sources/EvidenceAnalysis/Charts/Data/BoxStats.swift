import EvidenceData

/// The five numbers of a box plot and its outliers: `Quartiles` (type 7) and `TukeyWhiskers`
/// (the most extreme values within 1.5 × IQR of the box; everything beyond as outliers).
package struct BoxStats: Equatable {
    package var n: Int
    package var q1: Double
    package var median: Double
    package var q3: Double
    package var lowWhisker: Double
    package var highWhisker: Double
    /// Values beyond the whiskers, ascending.
    package var outliers: [Double]

    package init(n: Int, q1: Double, median: Double, q3: Double, lowWhisker: Double, highWhisker: Double, outliers: [Double]) {
        self.n = n
        self.q1 = q1
        self.median = median
        self.q3 = q3
        self.lowWhisker = lowWhisker
        self.highWhisker = highWhisker
        self.outliers = outliers
    }

    package var quartiles: Quartiles { Quartiles(q1: q1, median: median, q3: q3) }

    /// Nil for no values. Reorders `values`.
    package init?(_ values: inout [Double]) {
        guard let b = values.withUnsafeMutableBufferPointer({ BoxStats($0) }) else { return nil }
        self = b
    }

    /// Nil for no values. Reorders `values`.
    package init?(_ values: UnsafeMutableBufferPointer<Double>) {
        guard let q = Quartiles(selecting: values) else { return nil }
        var w = TukeyWhiskers(q)
        for x in values { w.add(x) }
        self.init(n: values.count, quartiles: q, whiskers: w)
    }

    package init(n: Int, quartiles q: Quartiles, whiskers w: TukeyWhiskers) {
        self.init(n: n, q1: q.q1, median: q.median, q3: q.q3, lowWhisker: w.low, highWhisker: w.high, outliers: w.outliers.sorted())
    }
}
