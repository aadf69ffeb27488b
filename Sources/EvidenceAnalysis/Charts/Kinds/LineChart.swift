import EvidenceData

/// `plot line`: a value per step (the mean per cycle) joined by lines, one series per group.
/// Each series has its own marker shape at its points, so the lines read without colour.
package struct LineChart {
    package struct Series {
        package var label: String
        /// One value per x step; nil where there is none (the line breaks there).
        package var values: [Double?]

        package init(label: String, values: [Double?]) {
            self.label = label
            self.values = values
        }
    }

    package var xLabels: [String]
    package var series: [Series]
    package var yLabel: String
    package var notes: [String] = []

    package init(xLabels: [String], series: [Series], yLabel: String, notes: [String] = []) {
        self.xLabels = xLabels
        self.series = series
        self.yLabel = yLabel
        self.notes = notes
    }

    /// A series drawn entirely under later ones (the same means at every cycle) shows nowhere:
    /// say so, rather than let the legend promise a line that is not there.
    func hiddenNote(_ body: TextGrid, _ language: Language = .en) -> [String] {
        var shown = Set<Int>()
        for r in 0..<body.height {
            for c in 0..<body.width { if case .series(let s)? = body[r, c].style { shown.insert(s) } }
        }
        let hidden = series.indices.filter { s in !shown.contains(s) && series[s].values.contains { $0?.isFinite == true } }
        guard !hidden.isEmpty else { return [] }
        let names = hidden.map { series[$0].label }.joined(separator: ", ")
        return [ChartMessage.hiddenSeries.text(language, .text(names))]
    }

    package func render(_ o: ChartOptions) -> StyledText {
        let cs = o.charset
        let all = series.flatMap { $0.values.compactMap { $0 } }.filter(\.isFinite)
        let height = o.height(default: 12)
        let yScale = Scale.covering(all.min(), all.max()).niced(maxTicks: max(1, height / 3))
        let yTicks = yScale.ticks(maxTicks: max(1, height / 3))
        let yTickLabels = Scale.labels(yTicks)
        let margin = PlotFrame.margin(labels: yTickLabels)
        let width = max(4, o.width - margin - 1)
        var canvas = o.canvasKind.make(columns: width, rows: height)
        let m = xLabels.count
        func px(_ i: Int) -> Int {
            m <= 1 ? canvas.pixelWidth / 2 : (i * (canvas.pixelWidth - 1) + (m - 1) / 2) / (m - 1)
        }
        var points: [(row: Int, col: Int, series: Int)] = []
        for (s, ser) in series.enumerated() {
            var prev: (x: Int, y: Int)?
            for (i, v) in ser.values.enumerated() {
                guard let v, v.isFinite else { prev = nil; continue }
                let p = (x: px(i), y: yScale.cell(v, cells: canvas.pixelHeight))
                if let q = prev { canvas.line(from: q, to: p, series: s) } else { canvas.set(x: p.x, y: p.y, series: s) }
                prev = p
                let cellRow = (canvas.pixelHeight - 1 - p.y) / (canvas.pixelHeight / height)
                points.append((cellRow, p.x / (canvas.pixelWidth / width), s))
            }
        }
        var body = canvas.grid()
        for p in points { body[p.row, p.col] = TextGrid.Cell(char: cs.marker(p.series), style: .series(p.series)) }
        var f = PlotFrame(body: body, charset: cs)
        f.title = o.title
        f.yLabel = yLabel
        f.yLabels = zip(yTicks, yTickLabels).map { (height - 1 - yScale.cell($0.0, cells: height), $0.1, true) }
        f.xTicks = xLabels.indices.map { (px($0) / (canvas.pixelWidth / width), xLabels[$0]) }
        f.legend = series.enumerated().map { (String(cs.marker($0.offset)), $0.element.label, .series($0.offset)) }
        f.notes = notes + hiddenNote(body, o.language)
        return f.render(totalWidth: o.width, colored: o.color).collectingCounts()
    }
}
