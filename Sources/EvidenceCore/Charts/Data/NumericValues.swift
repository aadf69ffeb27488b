/// The present, finite numbers of a column, gathered into one contiguous array, with the
/// count of missing values. Charts work on these; missing values are counted, never drawn.
struct NumericValues {
    var values: [Double]
    var missing: Int
    var total: Int { values.count + missing }

    init(values: [Double], missing: Int) {
        self.values = values
        self.missing = missing
    }

    /// Numbers from a number column (grades as their codes are refused by the caller).
    init(_ c: Column) {
        guard case .number(let v) = c.data else { self.init(values: [], missing: c.count); return }
        let out = v.finiteValues(where: c.validity)
        self.init(values: out, missing: c.count - out.count)
    }

    var range: (lo: Double, hi: Double)? {
        guard var lo = values.first else { return nil }
        var hi = lo
        for x in values {
            lo = Swift.min(lo, x)
            hi = Swift.max(hi, x)
        }
        return (lo, hi)
    }

    var mean: Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}

extension Bitmap {
    /// Calls `body` for every set bit in order; full words skip the per-bit test.
    @inline(__always)
    func forEachSet(_ body: (Int) -> Void) {
        for (wi, word) in words.enumerated() {
            let base = wi << 6
            if word == ~0 {
                for i in base..<(base + 64) { body(i) }
                continue
            }
            var w = word
            while w != 0 {
                body(base + w.trailingZeroBitCount)
                w &= w - 1
            }
        }
    }
}
