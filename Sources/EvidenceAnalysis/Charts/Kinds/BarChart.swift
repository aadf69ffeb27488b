import EvidenceData

/// `plot bar`: one horizontal bar per group with its value written at the right. Negative
/// values grow left of a zero line; groups without a value show "–" and no bar.
package struct BarChart {
    package struct Item {
        package var label: String
        package var value: Double?
        package var n: Int

        package init(label: String, value: Double? = nil, n: Int) {
            self.label = label
            self.value = value
            self.n = n
        }
    }

    package var items: [Item]
    package var valueLabel: String
    package var decimals: Int
    package var notes: [String] = []
    /// The values are counts of students (`plot bar count by …`): drawn as typed counts.
    package var valuesAreCounts = false

    package init(items: [Item], valueLabel: String, decimals: Int, notes: [String] = []) {
        self.items = items
        self.valueLabel = valueLabel
        self.decimals = decimals
        self.notes = notes
    }

    package func render(_ o: ChartOptions) -> StyledText {
        let cs = o.charset
        let values = items.compactMap(\.value).filter(\.isFinite)
        let valueTexts = items.map { item in
            item.value.map { v in valuesAreCounts && v.rounded() == v && abs(v) < 1e15 ? ChartCount.mark(Int(v)) : NumberFormat.fixed(v, decimals: decimals) }
                ?? (cs.ascii ? "-" : "–")
        }
        let valueWidth = valueTexts.map(\.count).max() ?? 1
        let labels = items.map { cs.fit($0.label, max(4, o.width / 3)) }
        let margin = PlotFrame.margin(labels: labels)
        let bodyWidth = max(4, o.width - margin - valueWidth - 1)
        let barWidth = bodyWidth - valueWidth - 1
        let scale = Scale.covering(values.min(), values.max(), includeZero: true)
        let hasNegative = values.contains { $0 < 0 }
        // With negatives, the zero line takes a column of its own between the two sides.
        let shift = hasNegative ? 1 : 0
        let length = Double(barWidth - shift)
        let zero = Int(scale.position(0, length: length).rounded())
        var body = TextGrid(width: bodyWidth, height: items.count)
        for (r, item) in items.enumerated() {
            if hasNegative { body[r, min(zero, barWidth - 1)] = TextGrid.Cell(char: cs.vertical, style: .dim) }
            if let v = item.value, v.isFinite, v != 0 {
                let style: StyleSpan.Style = hasNegative ? (v < 0 ? .down : .up) : .series(0)
                if v > 0 {
                    let eighths = max(1, Int((scale.position(v, length: length) * 8).rounded()) - zero * 8)
                    for c in 0..<((eighths + 7) / 8) {
                        body[r, zero + shift + c] = TextGrid.Cell(char: cs.horizontalEighth(min(8, eighths - c * 8)), style: style)
                    }
                } else {
                    // No left-growing eighth glyphs exist, so negative bars use whole cells.
                    let start = Int(scale.position(v, length: length).rounded())
                    for c in min(start, zero - 1)..<zero { body[r, c] = TextGrid.Cell(char: cs.full, style: style) }
                }
            }
            body.put(DisplayWidth.pad(valueTexts[r], to: valueWidth, right: true), row: r, col: barWidth + 1)
        }
        var f = PlotFrame(body: body, charset: cs)
        f.title = o.title ?? valueLabel
        f.leftAxis = !hasNegative
        f.yLabels = labels.enumerated().map { ($0.offset, $0.element, false) }
        f.notes = notes
        return f.render(totalWidth: o.width, colored: o.color).collectingCounts()
    }
}
