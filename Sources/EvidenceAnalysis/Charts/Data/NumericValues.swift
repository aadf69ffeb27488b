import EvidenceData

/// The present, finite numbers of a column, gathered into one contiguous array, with the
/// count of missing values. Charts work on these; missing values are counted, never drawn.
package struct NumericValues {
    package var values: [Double]
    package var missing: Int
    package var total: Int { values.count + missing }

    package init(values: [Double], missing: Int) {
        self.values = values
        self.missing = missing
    }

    /// Numbers from a number column (grades as their codes are refused by the caller).
    package init(_ c: Column) {
        guard case .number(let v) = c.data else { self.init(values: [], missing: c.count); return }
        let out = v.finiteValues(where: c.validity)
        self.init(values: out, missing: c.count - out.count)
    }

    package var range: (lo: Double, hi: Double)? {
        guard var lo = values.first else { return nil }
        var hi = lo
        for x in values {
            lo = Swift.min(lo, x)
            hi = Swift.max(hi, x)
        }
        return (lo, hi)
    }

    package var mean: Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}
