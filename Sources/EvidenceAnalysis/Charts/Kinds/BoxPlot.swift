import EvidenceData

/// `plot box`: one box per group on a shared axis: the box from Q1 to Q3 with the median
/// marked, whiskers to the most extreme values within 1.5 × IQR, outliers as points. Three
/// rows per box; a compact one-row form when there are many groups.
package struct BoxPlot {
    package struct Item {
        package var label: String
        package var stats: BoxStats?
        package var missing: Int

        package init(label: String, stats: BoxStats? = nil, missing: Int) {
            self.label = label
            self.stats = stats
            self.missing = missing
        }
    }

    package var items: [Item]
    package var valueLabel: String
    package var notes: [String] = []
    /// Workshop mode: outliers are single students, so none is drawn and the legend says that
    /// instead of counting them (docs/privacy.md, "Workshop rules").
    package var outliersHidden = false

    package init(items: [Item], valueLabel: String, notes: [String] = []) {
        self.items = items
        self.valueLabel = valueLabel
        self.notes = notes
    }

    package func render(_ o: ChartOptions) -> StyledText {
        let cs = o.charset
        let stats = items.compactMap(\.stats)
        let lo = stats.map { min($0.lowWhisker, $0.outliers.first ?? $0.lowWhisker) }.min()
        let hi = stats.map { max($0.highWhisker, $0.outliers.last ?? $0.highWhisker) }.max()
        let scale = Scale.covering(lo, hi)
        let labels = items.map { cs.fit($0.label + "  n=\(ChartCount.mark($0.stats?.n ?? 0))", max(6, o.width / 3)) }
        let margin = PlotFrame.margin(labels: labels)
        let width = max(8, o.width - margin)
        let compact = items.count > 10 || (o.height.map { $0 < items.count * 3 } ?? false)
        let per = compact ? 1 : 3
        var body = TextGrid(width: width, height: items.count * per)
        func col(_ v: Double) -> Int { scale.cell(v, cells: width) }
        for (i, item) in items.enumerated() {
            guard let s = item.stats else { continue }
            let mid = i * per + (compact ? 0 : 1)
            let style = StyleSpan.Style.series(i)
            let (lw, a, m, b, hw) = (col(s.lowWhisker), col(s.q1), col(s.median), col(s.q3), col(s.highWhisker))
            // Outliers first, so whisker ends stay visible where they share a cell.
            for x in s.outliers { body[mid, col(x)] = TextGrid.Cell(char: cs.ascii ? "o" : "○", style: style) }
            for c in lw...hw { body[mid, c] = TextGrid.Cell(char: cs.horizontal, style: style) }
            let ends: (Character, Character) = compact ? (cs.ascii ? "|" : "├", cs.ascii ? "|" : "┤") : (cs.ascii ? "|" : "├", cs.ascii ? "|" : "┤")
            body[mid, lw] = TextGrid.Cell(char: ends.0, style: style)
            body[mid, hw] = TextGrid.Cell(char: ends.1, style: style)
            if compact {
                for c in a...b { body[mid, c] = TextGrid.Cell(char: cs.ascii ? "=" : "▒", style: style) }
                body[mid, a] = TextGrid.Cell(char: cs.ascii ? "[" : "▐", style: style)
                body[mid, b] = TextGrid.Cell(char: cs.ascii ? "]" : "▌", style: style)
            } else {
                for c in a...b {
                    body[mid - 1, c] = TextGrid.Cell(char: cs.horizontal, style: style)
                    body[mid + 1, c] = TextGrid.Cell(char: cs.horizontal, style: style)
                    body[mid, c] = TextGrid.Cell(char: " ", style: nil)
                }
                body[mid - 1, a] = TextGrid.Cell(char: cs.ascii ? "+" : "┌", style: style)
                body[mid - 1, b] = TextGrid.Cell(char: cs.ascii ? "+" : "┐", style: style)
                body[mid + 1, a] = TextGrid.Cell(char: cs.ascii ? "+" : "└", style: style)
                body[mid + 1, b] = TextGrid.Cell(char: cs.ascii ? "+" : "┘", style: style)
                body[mid, a] = TextGrid.Cell(char: cs.ascii ? "[" : "┤", style: style)
                body[mid, b] = TextGrid.Cell(char: cs.ascii ? "]" : "├", style: style)
                if a < m && m < b {
                    body[mid - 1, m] = TextGrid.Cell(char: cs.ascii ? "+" : "┬", style: style)
                    body[mid + 1, m] = TextGrid.Cell(char: cs.ascii ? "+" : "┴", style: style)
                }
            }
            body[mid, m] = TextGrid.Cell(char: cs.ascii ? "|" : (compact ? "┃" : "│"), style: .emphasis)
        }
        var f = PlotFrame(body: body, charset: cs)
        f.title = o.title
        f.yLabels = labels.enumerated().map { ($0.offset * per + (compact ? 0 : 1), $0.element, false) }
        let ticks = scale.ticks(maxTicks: max(1, width / 10))
        f.xTicks = zip(ticks, Scale.labels(ticks)).map { (col($0.0), $0.1) }
        f.xLabel = valueLabel
        let outliers = stats.map(\.outliers.count).reduce(0, +)
        let missing = items.map(\.missing).reduce(0, +)
        let lang = o.language
        let outlierNote = outliersHidden ? ChartMessage.outliersHidden.text(lang)
            : ChartMessage.outliers.text(lang, .text(cs.ascii ? "o" : "○"), .text(ChartCount.mark(outliers)))
        f.notes = [ChartMessage.boxNote.text(lang, .text(cs.middot), .text(cs.ascii ? "|" : compact ? "┃" : "│"), .text(outlierNote),
                                             .text(ChartCount.mark(missing)))] + notes
        return f.render(totalWidth: o.width, colored: o.color).collectingCounts()
    }
}
