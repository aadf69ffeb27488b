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
        /// Mean of (this cycle − baseline) in points.
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
        var inTail = [Bool](repeating: false, count: n)
        var tailCount = 0, cohort = 0
        for i in 0..<n where !base[i].isNaN {
            cohort += 1
            if base[i] <= cutoff { inTail[i] = true; tailCount += 1 }
        }
        tailSize = tailCount
        cohortSize = cohort
        let (m0, s0) = TailTracking.meanSD(base)
        var out: [Row] = []
        for k in 1..<series.values.count {
            let later = series.values[k]
            let (mk, sk) = TailTracking.meanSD(later)
            let cutK = Selection.quantiles(later, [p])[0]
            let r = PairedMoments(pairsOf: base, later).r
            for tail in [true, false] {
                var cnt = 0, still = 0
                var sz0 = 0.0, szk = 0.0, sg = 0.0
                for i in 0..<n where inTail[i] == tail && !base[i].isNaN && !later[i].isNaN {
                    cnt += 1
                    sz0 += (base[i] - m0) / s0
                    szk += (later[i] - mk) / sk
                    sg += later[i] - base[i]
                    if later[i] <= cutK { still += 1 }
                }
                let c = Double(cnt)
                let z0 = cnt > 0 ? sz0 / c : .nan
                out.append(Row(cycle: series.cycles[k], group: tail ? "tail" : "rest", n: cnt, meanZBaseline: z0,
                               meanZ: cnt > 0 ? szk / c : .nan, gain: cnt > 0 ? sg / c : .nan, r: r, expectedZ: r * z0,
                               stillInTail: still, wilson: Wilson.interval(successes: still, n: cnt)))
            }
        }
        rows = out
    }

    static func meanSD(_ x: [Double]) -> (Double, Double) {
        var n = 0, s = 0.0
        for v in x where !v.isNaN { n += 1; s += v }
        guard n > 1 else { return (.nan, .nan) }
        let m = s / Double(n)
        var ss = 0.0
        for v in x where !v.isNaN { ss += (v - m) * (v - m) }
        return (m, (ss / Double(n - 1)).squareRoot())
    }
}

extension PairedMoments {
    /// The pairs where both values are present (NaN = missing).
    public init(pairsOf a: [Double], _ b: [Double]) {
        self.init(shift: a.first(where: { !$0.isNaN }) ?? 0)
        for i in 0..<min(a.count, b.count) where !a[i].isNaN && !b[i].isNaN { add(a[i], b[i]) }
    }
}
