import EvidenceData

/// The frame around a chart body: title, y labels with ticks on a left axis, an x axis with
/// tick labels, axis names, a legend and notes. Kinds draw only their body (a grid of cells)
/// and hand over labels; the frame lays them out within the total width.
package struct PlotFrame {
    package var title: String?
    package var body: TextGrid
    /// Labels on the left, at body rows: numeric ticks (drawn with a tick mark) or categories.
    package var yLabels: [(row: Int, label: String, tick: Bool)] = []
    /// Tick values on the bottom axis, at body columns. No x axis is drawn when nil.
    package var xTicks: [(col: Int, label: String)]?
    package var xLabel: String?
    package var yLabel: String?
    package var legend: [(marker: String, label: String, style: StyleSpan.Style?)] = []
    package var notes: [String] = []
    /// Draw the left axis line (bars and boxes without a numeric y axis leave it out).
    package var leftAxis = true
    package var charset: Charset

    package init(body: TextGrid, charset: Charset) {
        self.body = body
        self.charset = charset
    }

    /// Columns taken left of the body for labels of these widths (label, space, axis).
    package static func margin(labels: [String], leftAxis: Bool = true) -> Int {
        (labels.map(DisplayWidth.of).max() ?? 0) + 1 + (leftAxis ? 1 : 0)
    }

    package func render(totalWidth: Int, colored: Bool) -> StyledText {
        let labelWidth = (yLabels.map { DisplayWidth.of($0.label) }.max() ?? 0)
        let margin = labelWidth + 1 + (leftAxis ? 1 : 0)
        let width = max(totalWidth, 1)
        var out = StyledText(lines: [])
        let left = margin
        if let title, !title.isEmpty {
            let t = fit(title, width)
            let pad = max(0, min(width - DisplayWidth.of(t), left + (body.width - DisplayWidth.of(t)) / 2))
            out.append(line: String(repeating: " ", count: pad) + t, style: .emphasis)
        }
        if let yLabel { out.append(line: fit(yLabel, width), style: .dim) }
        var g = TextGrid(width: min(width, margin + body.width), height: body.height)
        var ticks = Set<Int>()
        for l in yLabels {
            let text = fit(l.label, labelWidth)
            g.put(DisplayWidth.pad(text, to: labelWidth, right: true), row: l.row, col: 0, style: l.tick ? .dim : nil)
            if l.tick { ticks.insert(l.row) }
        }
        if leftAxis {
            for r in 0..<body.height {
                g[r, margin - 1] = TextGrid.Cell(char: ticks.contains(r) ? charset.yTick : charset.vertical, style: .dim)
            }
        }
        g.blit(body, row: 0, col: margin)
        out.append(g.styledText(colored: colored))
        if let xTicks {
            var axis = TextGrid(width: g.width, height: 2)
            let origin = leftAxis ? margin - 1 : margin
            axis[0, origin] = TextGrid.Cell(char: charset.corner, style: .dim)
            for c in (origin + 1)..<max(origin + 1, margin + body.width) {
                axis[0, c] = TextGrid.Cell(char: charset.horizontal, style: .dim)
            }
            var nextFree = 0
            for t in xTicks where t.col >= 0 && t.col < body.width {
                axis[0, margin + t.col] = TextGrid.Cell(char: charset.xTick, style: .dim)
                let w = DisplayWidth.of(t.label)
                var start = margin + t.col - w / 2
                start = min(max(start, 0), g.width - w)
                if start < nextFree { continue }
                axis.put(t.label, row: 1, col: start, style: .dim)
                nextFree = start + w + 1
            }
            out.append(axis.styledText(colored: colored))
            if let xLabel {
                let t = fit(xLabel, width)
                let pad = max(0, min(width - DisplayWidth.of(t), margin + (body.width - DisplayWidth.of(t)) / 2))
                out.append(line: String(repeating: " ", count: pad) + t, style: colored ? .dim : nil)
            }
        }
        if !legend.isEmpty { out.append(legendText(width: width, indent: margin, colored: colored)) }
        for n in notes { for l in PlotFrame.wrap(n, width) { out.append(line: fit(l, width)) } }
        if !colored { out.spans = [] }
        return out
    }

    /// The legend, wrapped at the width: "● 4A   ■ 4B …".
    private func legendText(width: Int, indent: Int, colored: Bool) -> StyledText {
        var out = StyledText(lines: [])
        var line = String(repeating: " ", count: min(indent, width / 3))
        var spans: [StyleSpan] = []
        for item in legend {
            let entry = item.marker + " " + item.label
            let sep = line.trimmed().isEmpty ? "" : "   "
            if line.count + sep.count + entry.count > width, !line.trimmed().isEmpty {
                out.append(StyledText(lines: [line], spans: spans))
                line = String(repeating: " ", count: min(indent, width / 3))
                spans = []
            }
            let start = line.count + (line.trimmed().isEmpty ? 0 : sep.count)
            line += (line.trimmed().isEmpty ? "" : sep) + fit(entry, width - start)
            if let s = item.style, colored { spans.append(StyleSpan(line: 0, range: start..<(start + item.marker.count), style: s)) }
        }
        out.append(StyledText(lines: [line], spans: spans))
        return out
    }

    private func fit(_ s: String, _ w: Int) -> String { charset.fit(s, w) }

    /// Wrap a note to the width at spaces (a word longer than the width is cut by `fit`).
    package static func wrap(_ text: String, _ width: Int) -> [String] {
        var lines: [String] = []
        var cur = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let w = String(word)
            if cur.isEmpty { cur = w; continue }
            if DisplayWidth.of(cur) + 1 + DisplayWidth.of(w) > width {
                lines.append(cur)
                cur = "  " + w
            } else {
                cur += " " + w
            }
        }
        lines.append(cur)
        return lines
    }
}
