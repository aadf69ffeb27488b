import EvidenceData

/// `plot slope`: one line per student from a value at A (left) to a value at B (right).
/// Up and down read without colour: rising lines are solid, falling lines dotted, and the
/// legend counts each. Meant for a class, not a school: callers refuse large inputs.
package struct SlopeChart {
    package static let maxPairs = 300

    package var pairs: [(a: Double, b: Double)]
    package var fromLabel: String
    package var toLabel: String
    package var valueLabel: String
    package var notes: [String] = []

    package init(pairs: [(a: Double, b: Double)], fromLabel: String, toLabel: String, valueLabel: String, notes: [String] = []) {
        self.pairs = pairs
        self.fromLabel = fromLabel
        self.toLabel = toLabel
        self.valueLabel = valueLabel
        self.notes = notes
    }

    package func render(_ o: ChartOptions) -> StyledText {
        let cs = o.charset
        let all = pairs.flatMap { [$0.a, $0.b] }
        let height = o.height(default: 16)
        let yScale = Scale.covering(all.min(), all.max())
        let yTicks = yScale.ticks(maxTicks: max(1, height / 4))
        let yTickLabels = Scale.labels(yTicks)
        let margin = PlotFrame.margin(labels: yTickLabels)
        let width = max(6, min(o.width - margin - 1, 48))
        var canvas = o.canvasKind.make(columns: width, rows: height)
        if var a = canvas as? ASCIICanvas {
            a.glyphs = ["/", ".", "-"]
            canvas = a
        }
        var up = 0, down = 0, same = 0
        // Falling lines first, so rising lines (solid) stay whole where they cross.
        let order = pairs.indices.sorted { (pairs[$0].b < pairs[$0].a ? 0 : 1) < (pairs[$1].b < pairs[$1].a ? 0 : 1) }
        for i in order {
            let p = pairs[i]
            let from = (x: 0, y: yScale.cell(p.a, cells: canvas.pixelHeight))
            let to = (x: canvas.pixelWidth - 1, y: yScale.cell(p.b, cells: canvas.pixelHeight))
            if p.b > p.a { up += 1; canvas.line(from: from, to: to, series: 0) }
            else if p.b < p.a { down += 1; canvas.line(from: from, to: to, series: 1, dotted: true) }
            else { same += 1; canvas.line(from: from, to: to, series: 2) }
        }
        let body = canvas.grid { [StyleSpan.Style.up, .down, .dim][min(2, $0)] }
        var f = PlotFrame(body: body, charset: cs)
        f.title = o.title
        f.yLabel = valueLabel
        f.yLabels = zip(yTicks, yTickLabels).map { (height - 1 - yScale.cell($0.0, cells: height), $0.1, true) }
        f.xTicks = [(0, fromLabel), (width - 1, toLabel)]
        let solid = cs.ascii ? "/" : "⠉⠉"
        let dotted = cs.ascii ? "." : "⠁⠁"
        f.legend = [(solid, ChartMessage.slopeUp.text(o.language, .quantity(up)), .up), (dotted, ChartMessage.slopeDown.text(o.language, .quantity(down)), .down),
                    (cs.ascii ? "-" : "──", ChartMessage.slopeSame.text(o.language, .quantity(same)), .dim)]
        f.notes = notes
        return f.render(totalWidth: o.width, colored: o.color)
    }
}
