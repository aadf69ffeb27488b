import EvidenceData

/// The five numbers of a box plot and its outliers (Tukey): quartiles by type 7, whiskers at
/// the most extreme values within 1.5 × IQR of the box, everything beyond as outliers.
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

    /// Nil for no values. Reorders `values`.
    package init?(_ values: inout [Double]) {
        guard let b = values.withUnsafeMutableBufferPointer({ BoxStats($0) }) else { return nil }
        self = b
    }

    /// Nil for no values. Reorders `values`.
    package init?(_ values: UnsafeMutableBufferPointer<Double>) {
        guard let q = Quantiles.quartiles(values) else { return nil }
        n = values.count
        (q1, median, q3) = q
        let iqr = q3 - q1
        let lowFence = q1 - 1.5 * iqr, highFence = q3 + 1.5 * iqr
        var lw = q1, hw = q3
        var out: [Double] = []
        for x in values {
            if x < lowFence || x > highFence { out.append(x); continue }
            if x < lw { lw = x }
            if x > hw { hw = x }
        }
        lowWhisker = lw
        highWhisker = hw
        outliers = out.sorted()
    }
}
