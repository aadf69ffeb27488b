import EvidenceData

/// Running sums of matched pairs (a, b), shifted by a constant close to the data so the
/// one-pass variance keeps its precision over a million rows (the shift cancels in every
/// variance, covariance and in the mean difference). Used once per group in the hot loop.
public struct PairedMoments: Sendable, Equatable {
    public var n = 0
    public var shift: Double
    package var sa = 0.0, sb = 0.0, saa = 0.0, sbb = 0.0, sab = 0.0

    public init(shift: Double = 0) { self.shift = shift }

    @inline(__always) public mutating func add(_ a: Double, _ b: Double) {
        let x = a - shift, y = b - shift
        n += 1
        sa += x; sb += y
        saa += x * x; sbb += y * y; sab += x * y
    }

    /// Pairs from two equal-length arrays.
    public init(_ a: [Double], _ b: [Double]) {
        self.init(shift: a.first ?? 0)
        for i in 0..<min(a.count, b.count) { add(a[i], b[i]) }
    }

    package var nn: Double { Double(n) }
    public var meanA: Double { n > 0 ? sa / nn + shift : .nan }
    public var meanB: Double { n > 0 ? sb / nn + shift : .nan }
    public var meanDiff: Double { n > 0 ? (sb - sa) / nn : .nan }
    public var varA: Double { n > 1 ? max(0, (saa - sa * sa / nn) / (nn - 1)) : .nan }
    public var varB: Double { n > 1 ? max(0, (sbb - sb * sb / nn) / (nn - 1)) : .nan }
    public var covariance: Double { n > 1 ? (sab - sa * sb / nn) / (nn - 1) : .nan }
    public var sdA: Double { varA.squareRoot() }
    public var sdB: Double { varB.squareRoot() }
    /// var(b − a) = var(a) + var(b) − 2 cov(a, b); NaN for n < 2, as `sdA` (`max(0, NaN)` is 0).
    public var sdDiff: Double { n > 1 ? max(0, varA + varB - 2 * covariance).squareRoot() : .nan }
    /// Pearson's r between A and B.
    public var r: Double {
        let d = (varA * varB).squareRoot()
        return d > 0 ? covariance / d : .nan
    }

    public var dz: Estimate { PairedEffectSize.dz(meanDiff: meanDiff, sdDiff: sdDiff, n: n) }
    public var dav: Estimate { PairedEffectSize.dav(meanDiff: meanDiff, sdDiff: sdDiff, sdA: sdA, sdB: sdB, n: n) }
    public var gav: Estimate { PairedEffectSize.gav(dav, n: n) }
}

extension PairedMoments {
    /// Sums of two groups with the same shift (the overall line of a grouped comparison).
    public mutating func merge(_ o: PairedMoments) {
        precondition(o.shift == shift || o.n == 0, "moments merged with different shifts")
        n += o.n
        sa += o.sa; sb += o.sb; saa += o.saa; sbb += o.sbb; sab += o.sab
    }
}
