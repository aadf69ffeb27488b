import EvidenceData

/// A table of counts with row and column labels: a band or grade transition (rows: where
/// students were, columns: where they are now), or any cross-tabulation.
package struct CountMatrix: Equatable {
    package var rowTitle: String
    package var columnTitle: String
    package var rowLabels: [String]
    package var columnLabels: [String]
    /// counts[row][column]
    package var counts: [[Int]]
}

/// `plot heat`: the matrix as shaded cells (░ ▒ ▓ █, darker = more) with each count written in
/// its cell, so the numbers stay readable in black and white and the shading shows the shape.
package struct HeatMap {
    package var matrix: CountMatrix
    package var notes: [String] = []
    /// Counts from 1 up to this (exclusive) are written "<k" (workshop mode).
    package var suppressBelow: Int?
    /// Cells to write "<k" (`[row][column]`), from complementary suppression; without it, the
    /// cells under `suppressBelow`.
    package var hiddenCells: [[Bool]]?

    package init(matrix: CountMatrix, notes: [String] = [], suppressBelow: Int? = nil, hiddenCells: [[Bool]]? = nil) {
        self.matrix = matrix
        self.notes = notes
        self.suppressBelow = suppressBelow
        self.hiddenCells = hiddenCells
    }

    package func render(_ o: ChartOptions) -> StyledText {
        let cs = o.charset
        let m = matrix
        let maxCount = m.counts.flatMap { $0 }.max() ?? 0
        let rowTotals = m.counts.map { $0.reduce(0, +) }
        let labels = m.rowLabels.map { cs.fit($0, max(4, o.width / 4)) }
        let labelWidth = max(labels.map(DisplayWidth.of).max() ?? 0, 1)
        let digits = max(String(maxCount).count, suppressBelow.map { String($0).count + 1 } ?? 0)
        let cols = max(1, m.columnLabels.count)
        let totalWidth = String(rowTotals.max() ?? 0).count + 2
        let room = (o.width - labelWidth - 2 - totalWidth) / cols
        let cellWidth = max(digits + 5, min(m.columnLabels.map(DisplayWidth.of).max() ?? 1, max(1, room - 4), 12) + 5, 7)
        var out = StyledText(lines: [])
        if let t = o.title { out.append(line: cs.fit(t, o.width), style: .emphasis) }
        let head = String(repeating: " ", count: labelWidth + 2)
        out.append(line: cs.fit(ChartMessage.heatTitle.text(o.language, .text(m.rowTitle), .text(cs.arrow), .text(m.columnTitle)), o.width), style: .dim)
        // A cell: shade, blank, the count right-aligned, blank, shade; labels sit over the counts.
        var header = head
        for l in m.columnLabels {
            let t = cs.fit(l, cellWidth - 3)
            header += DisplayWidth.pad(t, to: cellWidth - 3, right: true) + "   "
        }
        out.append(line: cs.fit(header + "n", o.width))
        for (r, row) in m.counts.enumerated() {
            var g = TextGrid(width: min(o.width, labelWidth + 2 + cellWidth * cols + totalWidth), height: 1)
            g.put(DisplayWidth.pad(labels[r], to: labelWidth, right: true), row: 0, col: 0)
            for (c, n) in row.enumerated() {
                let hidden = hiddenCells.map { r < $0.count && c < $0[r].count && $0[r][c] } ?? suppressBelow.map { n > 0 && n < $0 } ?? false
                // A suppressed cell gets the lightest shade, so the shading does not reveal it.
                let level = n == 0 || maxCount == 0 ? 0 : hidden ? 1 : 1 + min(3, (n * 4 - 1) / maxCount)
                let shade = cs.shades[level]
                let x = labelWidth + 2 + c * cellWidth
                let text = n == 0 ? (cs.ascii ? "." : "·") : hidden ? "<\(suppressBelow ?? 0)" : String(n)
                let style: StyleSpan.Style? = level == 0 ? .dim : .series(level - 1)
                for k in 0..<(cellWidth - 1) { g[0, x + k] = TextGrid.Cell(char: shade, style: style) }
                // The number sits on a blank pad so it reads on any shade.
                g.put(String(repeating: " ", count: cellWidth - 3), row: 0, col: x + 1, style: nil)
                g.put(text, row: 0, col: x + cellWidth - 3 - text.count, style: nil)
            }
            g.put(ChartCount.mark(rowTotals[r]), row: 0, col: labelWidth + 2 + cellWidth * cols)
            out.append(g.styledText(colored: o.color))
        }
        let colTotals = (0..<cols).map { c in m.counts.reduce(0) { $0 + (c < $1.count ? $1[c] : 0) } }
        var footer = DisplayWidth.pad("n", to: labelWidth, right: true) + "  "
        for n in colTotals {
            footer += DisplayWidth.pad(ChartCount.mark(n), to: cellWidth - 3, right: true) + "   "
        }
        out.append(line: cs.fit(footer + ChartCount.mark(colTotals.reduce(0, +)), o.width))
        let scale = cs.shades.dropFirst().map(String.init).joined(separator: " ")
        let lines = [ChartMessage.heatShading.text(o.language, .text(scale))] + notes
        for n in lines { for l in PlotFrame.wrap(n, o.width) { out.append(line: cs.fit(l, o.width)) } }
        if !o.color { out.spans = [] }
        return out.collectingCounts()
    }
}
