import Testing
@testable import EvidenceCore

struct HistogramTests {
    /// The case from the performance notes: min 53, max 1149, 20 bins (width 54.8); 875 is
    /// exactly the lower edge of bin 15. (x − lo)·n/(hi − lo) = 16440/1096 = 15 exactly, while
    /// (x − lo)·(n/(hi − lo)) gives 14.999999999999998.
    @Test func integerOnAnEdgeLandsInTheBinItStarts() {
        let c = Histogram.count([53, 875, 1149], lo: 53, hi: 1149, n: 20)
        #expect(c[0] == 1)
        #expect(c[15] == 1)
        #expect(c[14] == 0)
        #expect(c[19] == 1)
        #expect(822 * (20.0 / 1096) < 15)   // the arithmetic the rule avoids
    }

    /// Reference: numpy.histogram(range(0, 11), bins=5, range=(0, 10)) → [2, 2, 2, 2, 3]:
    /// every even value starts a bin; 10 falls in the closed last bin.
    @Test func binsAreHalfOpenAndTheLastIsClosed() {
        let c = Histogram.count((0...10).map(Double.init), lo: 0, hi: 10, n: 5)
        #expect(c == [2, 2, 2, 2, 3])
        #expect(Histogram.count([-1, 11, 5], lo: 0, hi: 10, n: 5) == [0, 0, 1, 0, 0])
    }

    @Test func binWidthEdgesStartAtAMultiple() {
        let e = Histogram.edges(lo: 77.5, hi: 100, count: nil, binWidth: 2.5, defaultCount: 10)
        #expect(e.lo == 77.5 && e.hi == 100 && e.n == 9)
        let f = Histogram.edges(lo: 81, hi: 99, count: nil, binWidth: 5, defaultCount: 10)
        #expect(f.lo == 80 && f.hi == 100 && f.n == 4)
        let one = Histogram.edges(lo: 4, hi: 4, count: 3, binWidth: nil, defaultCount: 10)
        #expect(one.lo == 3.5 && one.hi == 4.5 && one.n == 3)
    }

    @Test func defaultBinCount() {
        #expect(Histogram.defaultBins(0) == 5)
        #expect(Histogram.defaultBins(300) == 10)
        #expect(Histogram.defaultBins(1_000_000) == 21)
    }

    @Test func drawsAllMissingAndAllEqual() {
        var o = ChartOptions(width: 60, ascii: false)
        o.height = 4
        let none = Histogram(panels: [.init(label: nil, values: NumericValues(values: [], missing: 7))], xLabel: "x").render(o)
        #expect(none.lines.contains("no values to draw: all 7 missing"))
        let same = Histogram(panels: [.init(label: nil, values: NumericValues(values: [5, 5, 5], missing: 1))], xLabel: "x").render(o)
        #expect(same.lines.contains { $0.contains("missing 1 (25.0%)") })
        #expect(same.lines.contains { $0.contains("█") })
    }
}

struct QuantileTests {
    /// Reference: numpy.percentile([7, 1, 3, 100, 5, 2, 9, 4, 8, 6], [25, 50, 75]) (type 7,
    /// numpy's default "linear") → [3.25, 5.5, 7.75].
    @Test func type7MatchesNumpy() {
        var a: [Double] = [7, 1, 3, 100, 5, 2, 9, 4, 8, 6]
        #expect(Quantiles.type7(&a, [0.25, 0.5, 0.75]) == [3.25, 5.5, 7.75])
        // numpy.percentile([3.5, -2, 0, 11, 4.25, 4.25, -7.5], [25, 50, 75]) → [-1, 3.5, 4.25]
        var b: [Double] = [3.5, -2, 0, 11, 4.25, 4.25, -7.5]
        #expect(Quantiles.type7(&b, [0.25, 0.5, 0.75]) == [-1, 3.5, 4.25])
        var one: [Double] = [42]
        #expect(Quantiles.type7(&one, [0, 0.5, 1]) == [42, 42, 42])
        var none: [Double] = []
        #expect(Quantiles.type7(&none, [0.5]) == nil)
    }

    @Test func selectionAgreesWithSortingOnLargeInput() {
        var rng = SplitMix64(seed: 7)
        var v = (0..<10_001).map { _ in (rng.uniform() * 1000).rounded() }
        let sorted = v.sorted()
        let q = Quantiles.type7(&v, [0.1, 0.25, 0.5, 0.75, 0.9])!
        for (p, x) in zip([0.1, 0.25, 0.5, 0.75, 0.9], q) { #expect(x == sorted[Int(p * 10_000)]) }
    }

    /// Quartiles 3.25 and 7.75 (IQR 4.5): fences −3.5 and 14.5, so 100 is an outlier and the
    /// whiskers end at 1 and 9.
    @Test func boxWhiskersAndOutliers() {
        var a: [Double] = [7, 1, 3, 100, 5, 2, 9, 4, 8, 6]
        let b = BoxStats(&a)!
        #expect(b.n == 10 && b.q1 == 3.25 && b.median == 5.5 && b.q3 == 7.75)
        #expect(b.lowWhisker == 1 && b.highWhisker == 9)
        #expect(b.outliers == [100])
        var none: [Double] = []
        #expect(BoxStats(&none) == nil)
    }
}

struct QuartileSelectionTests {
    /// The median-first quartiles agree with type 7 on the sorted values for every size
    /// from 1 to 60, with many ties (values 0…9).
    @Test func quartilesAgreeWithSortedType7() {
        var rng = SplitMix64(seed: 11)
        for n in 1...60 {
            let v = (0..<n).map { _ in (rng.uniform() * 10).rounded(.down) }
            let s = v.sorted()
            func q(_ p: Double) -> Double {
                let h = Double(n - 1) * p, k = Int(h)
                return k + 1 < n ? s[k] + (h - Double(k)) * (s[k + 1] - s[k]) : s[k]
            }
            var w = v
            let r = w.withUnsafeMutableBufferPointer { Quantiles.quartiles($0) }
            #expect(r?.q1 == q(0.25) && r?.median == q(0.5) && r?.q3 == q(0.75), "n = \(n)")
        }
    }
}

extension QuartileSelectionTests {
    /// The binned path (4096 values and more) agrees with sorting, on ties, on a skewed
    /// distribution with a far outlier, and on all-equal values.
    @Test func binnedQuartilesAgreeWithSorting() {
        var rng = SplitMix64(seed: 3)
        let cases: [[Double]] = [
            (0..<10_001).map { _ in (rng.uniform() * 900).rounded() },
            (0..<5_000).map { _ in rng.uniform() * rng.uniform() } + [1e9],
            [Double](repeating: 4, count: 5_000),
        ]
        for v in cases {
            let s = v.sorted(), n = v.count
            func q(_ p: Double) -> Double {
                let h = Double(n - 1) * p, k = Int(h)
                return k + 1 < n ? s[k] + (h - Double(k)) * (s[k + 1] - s[k]) : s[k]
            }
            let r = v.withUnsafeBufferPointer { QuantileBins.quartiles($0) }
            #expect(r?.q1 == q(0.25) && r?.median == q(0.5) && r?.q3 == q(0.75), "n = \(n)")
        }
    }
}

struct GroupCodesTests {
    @Test func groupsInNaturalOrderWithSizesAndBuckets() {
        // "z" is in the dictionary but in no row (as in a view): it must not become a group.
        let by = Column(name: "g", data: .text(TextData(codes: [1, 2, 1, 1, 0], dictionary: ["z", "b", "10a"])),
                        validity: Bitmap([true, true, true, true, false]))
        let g = GroupCodes(by)
        #expect(g.labels == ["10a", "b"])   // SortKey: numbers before letters
        let values = Column.numbers("x", [1, nil, 3, 4, 5])
        let b = g.buckets(values)
        let ib = g.labels.firstIndex(of: "b")!, ia = g.labels.firstIndex(of: "10a")!
        #expect(g.sizes[ib] == 3 && g.sizes[ia] == 1 && g.missingRows == 1)
        #expect(Array(b.flat[b.range(ib)]).sorted() == [1, 3, 4])
        #expect(b.flat[b.range(ia)].isEmpty && b.missing[ia] == 1 && b.missing[ib] == 0)
    }
}

extension GroupCodesTests {
    /// The streaming per-group box numbers equal BoxStats on each group's values (ties,
    /// far outliers, missing values, a group with nothing present, a group of one).
    @Test func groupedBoxStatsEqualPerGroupBoxStats() {
        var rng = SplitMix64(seed: 5)
        var labels: [String?] = [], xs: [Double?] = []
        for i in 0..<20_000 {
            let g = ["a", "b", "c"][i % 3]
            labels.append(i % 97 == 0 ? nil : g)
            let x = g == "a" ? (rng.uniform() * 50).rounded() : g == "b" ? rng.normal() * 10 : 3
            xs.append(i % 31 == 0 ? nil : (i % 1999 == 0 ? x + 1e6 : x))
        }
        labels += ["d", "e"]
        xs += [nil, 42]
        let groups = GroupCodes(.texts("g", labels))
        let values = Column.numbers("x", xs)
        let fast = GroupedBoxStats.compute(groups, values)
        let slow = groups.split(values)
        for g in 0..<groups.count {
            var v = slow[g].values
            #expect(fast[g].stats == BoxStats(&v), "group \(groups.labels[g])")
            #expect(fast[g].missing == slow[g].missing)
        }
        #expect(fast[groups.labels.firstIndex(of: "d")!].stats == nil)
    }
}
