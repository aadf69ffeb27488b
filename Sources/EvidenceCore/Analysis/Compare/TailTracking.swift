/// `tail`: freeze the lowest P % at a baseline cycle and follow the same students (and the
/// rest of the cohort) over later cycles, beside the regression-to-the-mean expectation
/// (domain.md A1 "tail tracking", D2). z-scores are against the cohort in the dataset at each
/// cycle; the tail is every student at or below the type-7 P-th percentile at baseline.
public struct TailTracking: Sendable {
    public struct Row: Sendable {
        public var cycle: String
        /// "tail" or "rest".
        public var group: String
        /// Students of the group present at both baseline and this cycle.
        public var n: Int
        /// Their mean z at baseline and at this cycle.
        public var meanZBaseline: Double
        public var meanZ: Double
        /// Mean of (this cycle - baseline) in points.
        public var gain: Double
        /// Cohort correlation between baseline and this cycle.
        public var r: Double
        /// What regression to the mean alone predicts: r · mean z at baseline.
        public var expectedZ: Double
        /// Students still at or below this cycle's P-th percentile.
        public var stillInTail: Int
        public var wilson: (lower: Double, upper: Double)

        public var changeZ: Double { meanZ - meanZBaseline }
        public var beyondRegression: Double { meanZ - expectedZ }
        public var stillShare: Double { n > 0 ? Double(stillInTail) / Double(n) : .nan }
    }

    public var measure: String
    public var baseline: String
    public var percent: Double
    public var cutoff: Double
    public var tailSize: Int
    public var cohortSize: Int
    public var rows: [Row]

    /// `series.values[0]` is the baseline; later entries are followed.
    public init(series: CycleSeries, percent: Double) {
        measure = series.measure
        baseline = series.cycles[0]
        self.percent = percent
        let base = series.values[0]
        let p = percent / 100
        cutoff = Selection.quantiles(base, [p])[0]
        let n = base.count
        let cut = cutoff
        // One pass: tail membership (frozen), cohort size, and the baseline's mean and SD.
        var inTail = [Bool](repeating: false, count: n)
        var cohort = PairedMoments(shift: base.first(where: { !$0.isNaN }) ?? 0)
        var tailCount = 0
        base.withUnsafeBufferPointer { bb in
            inTail.withUnsafeMutableBufferPointer { tb in
                for i in 0..<n where !bb[i].isNaN {
                    cohort.add(bb[i], bb[i])
                    if bb[i] <= cut { tb[i] = true; tailCount += 1 }
                }
            }
        }
        tailSize = tailCount
        cohortSize = cohort.n
        let m0 = cohort.meanA, s0 = cohort.sdA
        var out: [Row] = []
        for k in 1..<series.values.count {
            let later = series.values[k]
            let cutK = Selection.quantiles(later, [p])[0]
            // One pass per later cycle: the cohort at that cycle, the pairs for r, and per group
            // (0 = tail, 1 = rest) the sums that give mean z (mean z = (mean x - m)/s).
            // Locals inside the closure: captured vars would cost an exclusivity check per access.
            let (present, pairs, acc) = base.withUnsafeBufferPointer { bb in
                later.withUnsafeBufferPointer { lb in
                    inTail.withUnsafeBufferPointer { tb in
                        var present = PairedMoments(shift: m0.isFinite ? m0 : 0)
                        var pairs = PairedMoments(shift: m0.isFinite ? m0 : 0)
                        var acc = GroupSums()
                        for i in 0..<min(n, lb.count) where !lb[i].isNaN {
                            let y = lb[i]
                            present.add(y, y)
                            let x = bb[i]
                            if x.isNaN { continue }
                            pairs.add(x, y)
                            acc.add(tail: tb[i], x, y, still: y <= cutK)
                        }
                        return (present, pairs, acc)
                    }
                }
            }
            let cnt = [acc.n.0, acc.n.1], still = [acc.still.0, acc.still.1]
            let s0g = [acc.sumBase.0, acc.sumBase.1], skg = [acc.sumNow.0, acc.sumNow.1]
            let mk = present.meanA, sk = present.sdA, r = pairs.r
            for g in 0..<2 {
                let c = Double(cnt[g])
                let z0 = cnt[g] > 0 ? (s0g[g] / c - m0) / s0 : .nan
                let zk = cnt[g] > 0 ? (skg[g] / c - mk) / sk : .nan
                out.append(Row(cycle: series.cycles[k], group: g == 0 ? "tail" : "rest", n: cnt[g], meanZBaseline: z0,
                               meanZ: zk, gain: cnt[g] > 0 ? (skg[g] - s0g[g]) / c : .nan, r: r, expectedZ: r * z0,
                               stillInTail: still[g], wilson: Wilson.interval(successes: still[g], n: cnt[g])))
            }
        }
        rows = out
    }
}

/// Per-group sums of the tail pass (.0 = tail, .1 = rest), kept in registers.
struct GroupSums {
    var n = (0, 0), still = (0, 0), sumBase = (0.0, 0.0), sumNow = (0.0, 0.0)
    @inline(__always) mutating func add(tail: Bool, _ x: Double, _ y: Double, still s: Bool) {
        if tail {
            n.0 += 1; sumBase.0 += x; sumNow.0 += y; if s { still.0 += 1 }
        } else {
            n.1 += 1; sumBase.1 += x; sumNow.1 += y; if s { still.1 += 1 }
        }
    }
}

extension PairedMoments {
    /// The pairs where both values are present (NaN = missing).
    public init(pairsOf a: [Double], _ b: [Double]) {
        self.init(shift: a.first(where: { !$0.isNaN }) ?? 0)
        for i in 0..<min(a.count, b.count) where !a[i].isNaN && !b[i].isNaN { add(a[i], b[i]) }
    }
}
