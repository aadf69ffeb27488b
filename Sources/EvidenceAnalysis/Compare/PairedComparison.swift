import EvidenceData

/// The matched comparison of one measure between two cycles, per group (docs/analysis.md,
/// "compare MEASURE A -> B" and its "Against norms"):
/// students with both values only; who was seen only once; means, SDs, gain, r; d_z, d_av,
/// g_av with 95 % CIs; optional percentile bootstrap; optional norm-referenced effect sizes.
/// Charts draw it as a forest plot.
public struct PairedComparison: Sendable {
    public struct Group: Sendable {
        public var label: String
        public var moments: PairedMoments
        public var onlyA = 0
        public var onlyB = 0
        public var norm: NormSums?
        public var bootstrap: PairedBootstrap?

        public var matched: Int { moments.n }
        /// Matched students over students with a value at either cycle.
        public var matchRate: Double {
            let seen = matched + onlyA + onlyB
            return seen > 0 ? Double(matched) / Double(seen) : .nan
        }
    }

    /// Per-student norm terms summed: e = (gain - expected)/σ, x = expected/σ.
    public struct NormSums: Sendable {
        public var n = 0
        public var sumExpected = 0.0, sumX = 0.0, sumE = 0.0, sumE2 = 0.0
        /// Matched students without a norm (year level missing or not in the table).
        public var uncovered = 0

        public var expectedGain: Double { n > 0 ? sumExpected / Double(n) : .nan }
        /// ES_norm: the effect size the norms predict (expected gain/norm SD).
        public var esNorm: Double { n > 0 ? sumX / Double(n) : .nan }
        /// ES_vs_expected = (gain - expected gain)/norm SD, SE = sd(e)/sqrt(n)
        /// (= sd(diff)/(sqrt(n)·norm SD) for one year level; norm treated as fixed).
        public var vsExpected: Estimate {
            let nn = Double(n)
            let m = n > 0 ? sumE / nn : .nan
            let v = n > 1 ? max(0, (sumE2 - sumE * sumE / nn) / (nn - 1)) : .nan
            return .normal("ES_vs_expected", m, se: (v / nn).squareRoot())
        }
        package mutating func merge(_ o: NormSums) {
            n += o.n; uncovered += o.uncovered
            sumExpected += o.sumExpected; sumX += o.sumX; sumE += o.sumE; sumE2 += o.sumE2
        }
    }

    public var measure: String
    public var cycleA: String
    public var cycleB: String
    public var sourceA: String
    public var sourceB: String
    public var isGrade: Bool
    public var groupedBy: [String]
    public var groups: [Group]
    public var overall: Group
    public var normsName: String?
    /// The bootstrap's base seed (nil without a bootstrap).
    public var seed: UInt64?

    /// Per-student norm expectation (expected gain, σ), NaN where unknown.
    public struct StudentNorms: Sendable {
        public var name: String
        public var expected: [Double]
        public var sd: [Double]
        public init(name: String, expected: [Double], sd: [Double]) {
            self.name = name
            self.expected = expected
            self.sd = sd
        }
    }

    /// `series` holds two cycles (A then B); `groups.codes` has one entry per student.
    public init(series: CycleSeries, groups g: GroupCodes, norms: StudentNorms? = nil,
                bootstrap: (resamples: Int, seed: UInt64)? = nil, cancellation: Cancellation? = nil) throws {
        let (acc, once, shift) = Numbers.read(series.values[0], series.values[1], GroupPass(codes: g.codes, groups: g.count))
        let n = min(series.values[0].count, series.values[1].count, g.codes.count)
        // Norms and the bootstrap pick pairs row by row from plain Doubles.
        let (a, b) = norms != nil || bootstrap != nil ? (series.values[0].doubles, series.values[1].doubles) : ([], [])
        var out = (0..<g.count).map { Group(label: g.labels[$0], moments: acc[$0], onlyA: once[2 * $0], onlyB: once[2 * $0 + 1]) }
        if let norms {
            var sums = [NormSums](repeating: NormSums(), count: g.count)
            for i in 0..<n where !a[i].isNaN && !b[i].isNaN {
                let k = Int(g.codes[i])
                let e = norms.expected[i], s = norms.sd[i]
                guard e.isFinite, s > 0 else { sums[k].uncovered += 1; continue }
                let t = (b[i] - a[i] - e) / s
                sums[k].n += 1; sums[k].sumExpected += e; sums[k].sumX += e / s; sums[k].sumE += t; sums[k].sumE2 += t * t
            }
            for k in out.indices { out[k].norm = sums[k] }
        }
        if let bs = bootstrap {
            var pa = [[Double]](repeating: [], count: g.count), pb = pa
            for i in 0..<n where !a[i].isNaN && !b[i].isNaN {
                let k = Int(g.codes[i]); pa[k].append(a[i]); pb[k].append(b[i])
            }
            for k in out.indices {
                out[k].bootstrap = try PairedBootstrap(a: pa[k], b: pb[k], resamples: bs.resamples,
                                                       seed: PairedBootstrap.seed(bs.seed, group: out[k].label), cancellation: cancellation)
            }
        }
        var all = Group(label: "all", moments: PairedMoments(shift: shift))
        var allNorm = norms == nil ? nil : NormSums()
        for grp in out {
            all.moments.merge(grp.moments); all.onlyA += grp.onlyA; all.onlyB += grp.onlyB
            if let gn = grp.norm { allNorm?.merge(gn) }
        }
        all.norm = allNorm
        if g.count == 1 { all.bootstrap = out[0].bootstrap }
        measure = series.measure
        cycleA = series.cycles[0]; cycleB = series.cycles[1]
        sourceA = series.sources[0]; sourceB = series.sources[1]
        isGrade = series.isGrade
        groupedBy = g.columns
        groups = out.filter { $0.matched + $0.onlyA + $0.onlyB > 0 }
        overall = all
        normsName = norms?.name
        seed = bootstrap?.seed
    }
}

/// Per group, the pair moments and the students seen at one cycle only, over the two cycles
/// as stored (scaled integers read in place). once[2k] = only at A, once[2k+1] = only at B.
private struct GroupPass: PairVisitor {
    package let codes: [Int32], groups: Int
    package func visit<A: NumberReader, B: NumberReader>(_ ab: A, _ bb: B, count: Int) -> ([PairedMoments], [Int], Double) {
        let n = min(count, codes.count)
        var shift = 0.0
        for i in 0..<n where !ab[i].isNaN { shift = ab[i]; break }
        var acc = [PairedMoments](repeating: PairedMoments(shift: shift), count: groups)
        // Buffers, not captured arrays: a captured var costs a dynamic exclusivity check on
        // every access.
        var once = [Int](repeating: 0, count: 2 * groups)
        codes.withUnsafeBufferPointer { cb in
            once.withUnsafeMutableBufferPointer { ob in
                acc.withUnsafeMutableBufferPointer { m in
                    for i in 0..<n {
                        let x = ab[i], y = bb[i], k = Int(cb[i])
                        if x.isNaN {
                            if !y.isNaN { ob[2 * k + 1] &+= 1 }
                        } else if y.isNaN {
                            ob[2 * k] &+= 1
                        } else {
                            m[k].add(x, y)
                        }
                    }
                }
            }
        }
        return (acc, once, shift)
    }
}
