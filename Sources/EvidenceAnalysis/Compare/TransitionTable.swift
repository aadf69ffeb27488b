import EvidenceData

/// `bands`: a cross-tab of band at cycle A × band at cycle B for the students with both
/// values (docs/analysis.md, "bands MEASURE A -> B"), with row percentages and up / same /
/// down totals. Bands are ordered lowest first. Charts draw it as a heat map.
public struct TransitionTable: Sendable, Equatable {
    public enum Scheme: Sendable, Equatable {
        /// Fixed cut points, the same at both cycles: band k holds cut[k-1] ≤ x < cut[k].
        case cuts([Double])
        /// Each cycle's own type-7 quintiles (standing within the cohort at that cycle).
        case quintiles
        /// Grades F…A on the merit-point scale.
        case grades
    }

    public var measure: String
    public var from: String
    public var to: String
    public var scheme: Scheme
    /// Band labels, lowest first.
    public var bands: [String]
    /// counts[i][j]: students in band i at `from` and band j at `to`.
    public var counts: [[Int]]
    /// The cut points used at each cycle (equal for fixed cuts).
    public var cutsFrom: [Double]
    public var cutsTo: [Double]

    /// The band labels in `language` (`TransitionMessage`): "Q1 lowest" reads "Q1 lägst" in
    /// Swedish. `bands` keeps the English ones, the machine names.
    public func labels(_ language: Language) -> [String] {
        guard language != .en else { return bands }
        let words: [String: TransitionMessage] = ["Q1 lowest": .lowest, "Q5 highest": .highest, "all": .all]
        return bands.map { words[$0]?.text(language) ?? $0 }
    }

    public var total: Int { counts.reduce(0) { $0 + $1.reduce(0, +) } }
    public func rowTotal(_ i: Int) -> Int { counts[i].reduce(0, +) }
    public func columnTotal(_ j: Int) -> Int { counts.reduce(0) { $0 + $1[j] } }
    /// Row percentage (0–100), NaN for an empty row.
    public func rowPercent(_ i: Int, _ j: Int) -> Double {
        let t = rowTotal(i)
        return t > 0 ? 100 * Double(counts[i][j]) / Double(t) : .nan
    }
    public var up: Int { sum { $1 > $0 } }
    public var same: Int { sum { $1 == $0 } }
    public var down: Int { sum { $1 < $0 } }
    package func sum(_ pick: (Int, Int) -> Bool) -> Int {
        var s = 0
        for i in counts.indices { for j in counts[i].indices where pick(i, j) { s += counts[i][j] } }
        return s
    }

    /// Cut points at grade boundaries on the points scale (F 0 < E 10 < D 12.5 < C 15 < B 17.5 < A 20).
    public static let gradeCuts: [Double] = [5, 11.25, 13.75, 16.25, 18.75]

    public init(series: CycleSeries, scheme: Scheme) {
        measure = series.measure
        from = series.cycles[0]
        to = series.cycles[1]
        self.scheme = scheme
        let a = series.values[0], b = series.values[1]
        switch scheme {
        case .cuts(let c):
            cutsFrom = c; cutsTo = c
            let fmt = c.map { NumberFormat.plain($0) }
            bands = c.isEmpty ? ["all"] : (0...c.count).map { k in
                k == 0 ? "< \(fmt[0])" : k == c.count ? "≥ \(fmt[k - 1])" : "\(fmt[k - 1])–<\(fmt[k])"
            }
        case .quintiles:
            let ps = [0.2, 0.4, 0.6, 0.8]
            cutsFrom = Selection.quantiles(a, ps)
            cutsTo = Selection.quantiles(b, ps)
            bands = ["Q1 lowest", "Q2", "Q3", "Q4", "Q5 highest"]
        case .grades:
            cutsFrom = Self.gradeCuts; cutsTo = Self.gradeCuts
            bands = ["F", "E", "D", "C", "B", "A"]
        }
        let k = cutsFrom.count + 1
        // Flat counts for the hot loop, folded into rows after.
        let flat = Numbers.read(a, b, BandCounts(cutsFrom: cutsFrom, cutsTo: cutsTo))
        counts = (0..<k).map { Array(flat[($0 * k)..<($0 * k + k)]) }
    }
}

/// The flat k × k counts, over the two cycles as stored (scaled integers read in place).
private struct BandCounts: PairVisitor {
    package let cutsFrom: [Double], cutsTo: [Double]
    package func visit<A: NumberReader, B: NumberReader>(_ ab: A, _ bb: B, count n: Int) -> [Int] {
        let k = cutsFrom.count + 1
        var flat = [Int](repeating: 0, count: k * k)
        // Branch-free: the band is the number of cuts at or below x.
        @inline(__always) func band(_ x: Double, _ cuts: UnsafeBufferPointer<Double>) -> Int {
            var j = 0
            for c in cuts { j &+= Int(unsafeBitCast(x >= c, to: UInt8.self)) }
            return j
        }
        // Quintile cuts are values of the data: a value equal to a cut goes to the band above,
        // so ties never split a score across bands.
        cutsFrom.withUnsafeBufferPointer { cfb in
            cutsTo.withUnsafeBufferPointer { ctb in
                flat.withUnsafeMutableBufferPointer { fb in
                    for i in 0..<n {
                        let x = ab[i], y = bb[i]
                        if x.isNaN || y.isNaN { continue }
                        fb[band(x, cfb) * k + band(y, ctb)] &+= 1
                    }
                }
            }
        }
        return flat
    }
}
