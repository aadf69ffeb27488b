import EvidenceData

/// `plot hist`: counts of values in equal-width bins, drawn as vertical bars with eighth-block
/// tops; several groups as small multiples sharing bins and count scale.
///
/// The edge rule: bins are [lo, hi) except the last, which is closed, and a value's bin is
/// ⌊(x − lo)·n / (hi − lo)⌋, computed in that order, so integer values on an edge land in the
/// bin that starts there (precomputing n / (hi − lo) would not: 822 · (20/1096) < 15).
package struct Histogram {
    package struct Bins: Equatable {
        package var lo: Double
        package var hi: Double
        package var counts: [Int]
        package var width: Double { counts.isEmpty ? 0 : (hi - lo) / Double(counts.count) }
    }

    /// Bin edges for a data range: `count` bins from min to max, or bins of `binWidth` starting
    /// at a multiple of it. All-equal data gets one unit-wide range around the value.
    package static func edges(lo: Double, hi: Double, count: Int?, binWidth: Double?, defaultCount: Int) -> (lo: Double, hi: Double, n: Int) {
        if let w = binWidth, w > 0, w.isFinite {
            let start = (lo / w).rounded(.down) * w
            var n = Int(((hi - start) / w).rounded(.down)) + 1
            if start + Double(n - 1) * w == hi && n > 1 { n -= 1 }   // max on an edge: the last bin is closed
            n = max(1, min(n, 10_000))
            return (start, start + Double(n) * w, n)
        }
        let n = max(1, count ?? defaultCount)
        if lo == hi { return (lo - 0.5, hi + 0.5, n) }
        return (lo, hi, n)
    }

    /// Counts per bin by the edge rule; values outside [lo, hi] are not counted.
    package static func count(_ values: [Double], lo: Double, hi: Double, n: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: n)
        let span = hi - lo
        guard span > 0, n > 0 else { return counts }
        let dn = Double(n)
        values.withUnsafeBufferPointer { v in
            counts.withUnsafeMutableBufferPointer { c in
                for x in v where x >= lo && x <= hi {
                    let k = Int((x - lo) * dn / span)
                    c[k < n ? k : n - 1] += 1
                }
            }
        }
        return counts
    }

    /// Sturges' rule, kept between 5 and 30: about 10 bins for a class, 21 for a million.
    package static func defaultBins(_ n: Int) -> Int {
        guard n > 1 else { return 5 }
        var k = 0
        while (1 << k) < n { k += 1 }
        return max(5, min(30, k + 1))
    }

    package struct Panel {
        package var label: String?
        package var values: NumericValues

        package init(label: String? = nil, values: NumericValues) {
            self.label = label
            self.values = values
        }
    }

    package var panels: [Panel]
    package var xLabel: String
    package var binWidth: Double?

    package init(panels: [Panel], xLabel: String, binWidth: Double? = nil) {
        self.panels = panels
        self.xLabel = xLabel
        self.binWidth = binWidth
    }

    package func render(_ o: ChartOptions) -> StyledText {
        let cs = o.charset
        let all = panels.compactMap { $0.values.range }
        let lo = all.map(\.lo).min(), hi = all.map(\.hi).max()
        let total = panels.map(\.values.values.count).reduce(0, +)
        guard let lo, let hi else {
            var t = StyledText(lines: [])
            if let title = o.title { t.append(line: title, style: .emphasis) }
            t.append(line: ChartMessage.histNone.text(o.language, .text(ChartCount.mark(panels.map(\.values.missing).reduce(0, +)))))
            return t.collectingCounts()
        }
        let e = Histogram.edges(lo: lo, hi: hi, count: o.bins, binWidth: binWidth, defaultCount: Histogram.defaultBins(total))
        let counts = panels.map { Histogram.count($0.values.values, lo: e.lo, hi: e.hi, n: e.n) }
        let height = o.height(default: panels.count > 1 ? 5 : 12)
        let yScale = Scale.covering(0, Double(counts.flatMap { $0 }.max() ?? 1)).niced(maxTicks: max(1, height / 3))
        let yTicks = yScale.ticks(maxTicks: max(1, height / 3)).filter { $0 == $0.rounded() }
        let yLabels = Scale.labels(yTicks)
        let margin = PlotFrame.margin(labels: yLabels)
        var bodyWidth = o.width - margin
        var notes: [String] = []
        var n = e.n
        if bodyWidth < n {
            notes.append("(\(n) bins do not fit in \(bodyWidth) columns; widen with 'width N')")
            n = max(1, bodyWidth)
        }
        bodyWidth = max(1, bodyWidth)
        let xScale = Scale(lo: e.lo, hi: e.hi)
        let xTicks = xScale.ticks(maxTicks: max(1, bodyWidth / 10))
        let xTickLabels = Scale.labels(xTicks)
        var out = StyledText(lines: [])
        for (p, panel) in panels.enumerated() {
            var body = TextGrid(width: bodyWidth, height: height)
            let c = n == e.n ? counts[p] : Histogram.count(panel.values.values, lo: e.lo, hi: e.hi, n: n)
            let perBin = Double(bodyWidth) / Double(n)
            for k in 0..<n where c[k] > 0 {
                let from = Int((Double(k) * perBin).rounded(.down))
                var to = Int((Double(k + 1) * perBin).rounded(.down))
                if to - from >= 3 { to -= 1 }   // a gap between wide bars
                var eighths = Int((Double(c[k]) / yScale.hi * Double(height * 8)).rounded())
                eighths = max(1, eighths)
                for col in from..<max(from + 1, to) {
                    for r in 0..<height {
                        let fill = min(8, eighths - r * 8)
                        if fill <= 0 { break }
                        body[height - 1 - r, col] = TextGrid.Cell(char: cs.verticalEighth(fill), style: .series(panels.count > 1 ? p : 0))
                    }
                }
            }
            var f = PlotFrame(body: body, charset: cs)
            if p == 0 { f.title = o.title }
            if let label = panel.label {
                f.yLabel = "\(label)  (n = \(ChartCount.mark(panel.values.values.count))\(panel.values.missing > 0 ? ", missing \(ChartCount.mark(panel.values.missing))" : ""))"
            }
            // A tick sits on the row whose top edge is its count: a bar of that count ends there.
            f.yLabels = zip(yTicks, yLabels).filter { $0.0 > 0 }.map { v, label in
                let rows = Int((v / yScale.hi * Double(height) - 1e-9).rounded(.up))
                return (max(0, min(height - 1, height - rows)), label, true)
            }
            if p == panels.count - 1 {
                f.xTicks = zip(xTicks, xTickLabels).map { (xScale.cell($0.0, cells: bodyWidth), $0.1) }
                f.xLabel = xLabel
                f.notes = notes + summary(counts: counts, e: (e.lo, e.hi, n), cs: cs, o.language)
            }
            out.append(f.render(totalWidth: o.width, colored: o.color))
        }
        return out.collectingCounts()
    }

    private func summary(counts: [[Int]], e: (lo: Double, hi: Double, n: Int), cs: Charset, _ language: Language) -> [String] {
        let num = language.numbers
        let n = panels.map(\.values.values.count).reduce(0, +)
        let missing = panels.map(\.values.missing).reduce(0, +)
        let all = n + missing
        let pct = all > 0 ? num.fixed(100 * Double(missing) / Double(all), decimals: 1) : "0"
        let w = (e.hi - e.lo) / Double(e.n)
        return [
            ChartMessage.histSummary.text(language, .text(ChartCount.mark(n)), .text(cs.middot), .text(ChartCount.mark(missing)), .text(pct), .quantity(e.n),
                                          .text(num.plain(w)), .text(num.plain(e.lo)), .text(num.plain(e.hi))),
        ]
    }
}
