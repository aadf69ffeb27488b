import EvidenceData

/// `plot scatter`: one dot per row with both values, on a Braille canvas by default. With
/// `diagonal`, both axes share one range and a dotted y = x line separates "higher after"
/// (above) from "lower after" (below) — the pre/post picture.
package struct ScatterPlot {
    package var xs: [Double]
    package var ys: [Double]
    package var xLabel: String
    package var yLabel: String
    package var diagonal: Bool
    package var notes: [String] = []

    package init(xs: [Double], ys: [Double], xLabel: String, yLabel: String, diagonal: Bool, notes: [String] = []) {
        self.xs = xs
        self.ys = ys
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.diagonal = diagonal
        self.notes = notes
    }

    package func render(_ o: ChartOptions) -> StyledText {
        let cs = o.charset
        let height = o.height(default: 15)
        var xScale = Scale.covering(xs.min(), xs.max()).niced(maxTicks: 5)
        var yScale = Scale.covering(ys.min(), ys.max()).niced(maxTicks: max(1, height / 3))
        if diagonal {
            let both = Scale.covering(min(xScale.lo, yScale.lo), max(xScale.hi, yScale.hi))
            xScale = both
            yScale = both
        }
        let yTicks = yScale.ticks(maxTicks: max(1, height / 3))
        let yTickLabels = Scale.labels(yTicks)
        let margin = PlotFrame.margin(labels: yTickLabels)
        let width = max(4, o.width - margin - 1)
        var canvas = o.canvasKind.make(columns: width, rows: height)
        if var a = canvas as? ASCIICanvas {
            a.glyphs = ["*", "."]
            canvas = a
        }
        if diagonal {
            let from = canvas.pixel(xScale.lo, xScale.lo, xScale: xScale, yScale: yScale)
            let to = canvas.pixel(xScale.hi, xScale.hi, xScale: xScale, yScale: yScale)
            canvas.line(from: from, to: to, series: 1, dotted: true)
        }
        var above = 0, below = 0
        for i in xs.indices {
            canvas.point(xs[i], ys[i], xScale: xScale, yScale: yScale, series: 0)
            if ys[i] > xs[i] { above += 1 } else if ys[i] < xs[i] { below += 1 }
        }
        let body = canvas.grid { $0 == 0 ? .series(0) : .dim }
        var f = PlotFrame(body: body, charset: cs)
        f.title = o.title
        f.yLabel = yLabel
        f.yLabels = zip(yTicks, yTickLabels).map { (height - 1 - yScale.cell($0.0, cells: height), $0.1, true) }
        let xTicks = xScale.ticks(maxTicks: max(1, width / 10))
        f.xTicks = zip(xTicks, Scale.labels(xTicks)).map { (xScale.cell($0.0, cells: width), $0.1) }
        f.xLabel = xLabel
        var n = [ChartMessage.scatterN.text(o.language, .quantity(xs.count))]
        if diagonal {
            n.append(ChartMessage.scatterDiagonal.text(o.language, .quantity(above), .text(yLabel), .quantity(below), .quantity(xs.count - above - below)))
        }
        f.notes = [n.joined(separator: " \(cs.middot) ")] + notes
        return f.render(totalWidth: o.width, colored: o.color)
    }
}
