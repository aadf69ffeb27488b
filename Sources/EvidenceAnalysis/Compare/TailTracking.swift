import Dispatch
import EvidenceData

/// `tail`: freeze the lowest P % at a baseline cycle and follow the same students (and the
/// rest of the cohort) over later cycles, beside the regression-to-the-mean expectation
/// (docs/analysis.md, "tail MEASURE at A"; the warning: "Warnings and what to do about them").
/// z-scores are against the cohort in the dataset at each cycle; the tail is every student at
/// or below the type-7 P-th percentile at baseline.
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
        let cut = cutoff
        // One pass: tail membership (frozen), cohort size, and the baseline's mean and SD.
        let (inTail, cohort, tailCount) = base.read(Membership(cut: cut))
        tailSize = tailCount
        cohortSize = cohort.n
        let m0 = cohort.mean, s0 = cohort.sd
        // Later cycles are independent (a quantile and one pass each): follow them on both cores.
        let later = Array(series.values.dropFirst())
        var perCycle = [[Row]](repeating: [], count: later.count)
        let frozen = inTail
        perCycle.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: later.count) { j in
                slots[j] = TailTracking.follow(base: base, later: later[j], cycle: series.cycles[j + 1], inTail: frozen,
                                               p: p, m0: m0, s0: s0)
            }
        }
        rows = perCycle.flatMap { $0 }
    }

    /// Baseline pass: who is in the tail, and the cohort's moments.
    private struct Membership: NumbersVisitor {
        package let cut: Double
        package func visit<R: NumberReader>(_ bb: R, count n: Int) -> ([Bool], Moments, Int) {
            var inTail = [Bool](repeating: false, count: n)
            var first = 0.0
            for i in 0..<n where !bb[i].isNaN { first = bb[i]; break }
            let (cohort, count) = inTail.withUnsafeMutableBufferPointer { tb in
                var cohort = Moments(shift: first)
                var count = 0
                for i in 0..<n {
                    let x = bb[i]
                    if x.isNaN { continue }
                    cohort.add(x)
                    if x <= cut { tb[i] = true; count += 1 }
                }
                return (cohort, count)
            }
            return (inTail, cohort, count)
        }
    }

    /// One pass per later cycle: the cohort at that cycle, the pairs for r, and per group
    /// (0 = tail, 1 = rest) the sums that give mean z (mean z = (mean x - m)/s).
    private struct FollowPass: PairVisitor {
        package let inTail: [Bool], m0: Double, cutK: Double
        package func visit<A: NumberReader, B: NumberReader>(_ bb: A, _ lb: B, count n: Int) -> (Moments, PairedMoments, GroupSums) {
            // Locals, not captured vars: those would cost an exclusivity check per access.
            inTail.withUnsafeBufferPointer { tb in
                let shift = m0.isFinite ? m0 : 0
                var present = Moments(shift: shift)
                var pairs = PairedMoments(shift: shift)
                var acc = GroupSums()
                for i in 0..<min(n, tb.count) {
                    let y = lb[i]
                    if y.isNaN { continue }
                    present.add(y)
                    let x = bb[i]
                    if x.isNaN { continue }
                    pairs.add(x, y)
                    acc.add(tail: tb[i], x, y, still: y <= cutK)
                }
                return (present, pairs, acc)
            }
        }
    }

    /// The tail and the rest at one later cycle.
    package static func follow(base: Numbers, later: Numbers, cycle: String, inTail: [Bool], p: Double,
                       m0: Double, s0: Double) -> [Row] {
        var out: [Row] = []
        do {
            let cutK = Selection.quantiles(later, [p])[0]
            let (present, pairs, acc) = Numbers.read(base, later, FollowPass(inTail: inTail, m0: m0, cutK: cutK))
            let cnt = [acc.n[0], acc.n[1]], still = [acc.still[0], acc.still[1]]
            let s0g = [acc.sumBase[0], acc.sumBase[1]], skg = [acc.sumNow[0], acc.sumNow[1]]
            let mk = present.mean, sk = present.sd, r = pairs.r
            for g in 0..<2 {
                let c = Double(cnt[g])
                let z0 = cnt[g] > 0 ? (s0g[g] / c - m0) / s0 : .nan
                let zk = cnt[g] > 0 ? (skg[g] / c - mk) / sk : .nan
                out.append(Row(cycle: cycle, group: g == 0 ? "tail" : "rest", n: cnt[g], meanZBaseline: z0,
                               meanZ: zk, gain: cnt[g] > 0 ? (skg[g] - s0g[g]) / c : .nan, r: r, expectedZ: r * z0,
                               stillInTail: still[g], wilson: Wilson.interval(successes: still[g], n: cnt[g])))
            }
        }
        return out
    }
}

/// Sums of the tail pass for all pairs and for the tail (index 0 = tail, 1 = rest = all − tail).
/// Branch-free: the tail's terms are multiplied by 0 or 1, so a random mix of tail and rest
/// students costs no mispredicted branches (and nothing is indexed dynamically).
package struct GroupSums {
    package var nAll = 0, nTail = 0, stillAll = 0, stillTail = 0
    package var baseAll = 0.0, baseTail = 0.0, nowAll = 0.0, nowTail = 0.0
    @inline(__always) package mutating func add(tail: Bool, _ x: Double, _ y: Double, still: Bool) {
        let t = Int(unsafeBitCast(tail, to: UInt8.self)), s = Int(unsafeBitCast(still, to: UInt8.self))
        let f = Double(t)
        nAll &+= 1; nTail &+= t
        stillAll &+= s; stillTail &+= s & t
        baseAll += x; baseTail += f * x
        nowAll += y; nowTail += f * y
    }
    package var n: [Int] { [nTail, nAll - nTail] }
    package var still: [Int] { [stillTail, stillAll - stillTail] }
    package var sumBase: [Double] { [baseTail, baseAll - baseTail] }
    package var sumNow: [Double] { [nowTail, nowAll - nowTail] }
}

/// Count, mean and sample SD in one pass, shifted like `PairedMoments`.
package struct Moments {
    package var n = 0, s = 0.0, ss = 0.0
    package let shift: Double
    package init(shift: Double) { self.shift = shift }
    @inline(__always) package mutating func add(_ v: Double) { let x = v - shift; n += 1; s += x; ss += x * x }
    package var mean: Double { n > 0 ? s / Double(n) + shift : .nan }
    package var sd: Double { n > 1 ? max(0, (ss - s * s / Double(n)) / Double(n - 1)).squareRoot() : .nan }
}

extension PairedMoments {
    /// The pairs where both values are present (NaN = missing).
    public init(pairsOf a: [Double], _ b: [Double]) {
        self.init(shift: a.first(where: { !$0.isNaN }) ?? 0)
        for i in 0..<min(a.count, b.count) where !a[i].isNaN && !b[i].isNaN { add(a[i], b[i]) }
    }
}
