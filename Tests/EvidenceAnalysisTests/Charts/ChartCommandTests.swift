import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct ChartCommandTests {
    @Test func sparklines() {
        #expect(Sparkline.distribution([1, 2, 2, 3, 3, 3, 4, 4, 4, 4], bins: 4) == "▂▄▆█")
        #expect(Sparkline.distribution([1, 1, 10], bins: 3) == "█ ▄")
        #expect(Sparkline.distribution([1, 2, 2, 3, 3, 3, 4, 4, 4, 4], bins: 4, ascii: true) == ".:+#")
        #expect(Sparkline.distribution([], bins: 4) == "")
        #expect(Sparkline.distribution([5, 5], bins: 5) == "  █  ")
        #expect(Sparkline.series([1, nil, 3, 2]) == "▁ █▅")
    }

    @Test func describeHasASparklineForNumbers() {
        let r = render(["load demo", "describe"], width: 140)
        #expect(r.text.contains("distribution"))
        let line = r.text.split(separator: "\n").first { $0.contains("reading_c1") } ?? ""
        #expect(line.contains { "▁▂▃▄▅▆▇█".contains($0) })
    }

    @Test func errorsPointAtTheWord() {
        let bad = render(["load demo", "plot hist class"])
        #expect(bad.output.failed)
        #expect(bad.text.contains("'class' is text, but this chart needs numbers"))
        #expect(bad.text.contains("plot bar count by class"))
        let agg = render(["load demo", "plot bar meen(reading_c1) by class"])
        #expect(agg.text.contains("unknown aggregate 'meen'") && agg.text.contains("did you mean 'mean'?"))
        let opt = render(["load demo", "plot hist reading_c1 bins many"])
        #expect(opt.text.contains("'bins' takes a whole number from 1 to 500, not 'many'"))
        let cyc = render(["load demo", "plot line readin over cycles"])
        #expect(cyc.text.contains("no cycle columns for 'readin'") && cyc.text.contains("did you mean 'reading'?"))
        let heat = render(["load demo", "plot heat reading_c1 -> reading_c2"])
        #expect(heat.text.contains("a transition needs categories"))
    }

    @Test func slopeRefusesMoreThanAClassAndWorkshopMode() {
        let s = Session(environment: .plain)
        let t = Table(columns: [.numbers("m_c1", (0..<400).map { Double($0) }), .numbers("m_c2", (0..<400).map { Double($0 % 7) })])
        s.addTable(LoadedTable(table: t, source: DataSource(path: nil, description: "test")), name: "t")
        let o = s.run("plot slope m c1 -> c2")
        let text = TextRenderer.renderString(o, options: s.renderOptions)
        #expect(o.failed)
        #expect(text.contains("400 students would be a blur") && text.contains("plot box"))
        let w = render(["load demo", "set workshop on", "plot slope reading c1 -> c2"])
        #expect(w.output.failed && w.text.contains("workshop mode"))
    }

    @Test func widthNeverWiderThanAskedAndSessionASCII() {
        let r = render(["load demo", "plot scatter reading_c1 reading_c2 width 50"], width: 100)
        #expect(r.text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 50 })
        let big = render(["load demo", "plot hist reading_c1 width 300"], width: 80)
        #expect(big.text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 })
        let a = render(["load demo", "set ascii on", "plot line reading over cycles by class"])
        #expect(a.text.utf8.allSatisfy { $0 < 128 })
    }

    /// Issue 13, item 16: in ASCII, overlapping series keep their own markers, and a series
    /// drawn entirely under another is named instead of silently missing.
    @Test func asciiLinesSayWhichSeriesIsHidden() {
        let o = ChartOptions(width: 50, ascii: true)
        let chart = LineChart(xLabels: ["c1", "c2", "c3"], series: [
            .init(label: "4A", values: [400, 410, 420]), .init(label: "4B", values: [400, 410, 420]),
            .init(label: "5A", values: [380, 405, 440]),
        ], yLabel: "mean reading").render(o)
        let text = chart.lines.joined(separator: "\n")
        let cs = Charset(ascii: true)
        #expect(Set([cs.marker(0), cs.marker(1), cs.marker(2)]).count == 3, "a marker per series")
        #expect(text.contains("hidden under other series (the same values): 4A"), "\(text)")
        #expect(!text.contains("4B)") && !text.contains(": 4A, 4B"), "only the covered one is named\n\(text)")
        let apart = LineChart(xLabels: ["c1", "c2"], series: [.init(label: "x", values: [1, 2]), .init(label: "y", values: [2, 1])],
                              yLabel: "m").render(o)
        #expect(!apart.lines.joined().contains("hidden under"), "crossing lines both show")
    }

    @Test func negativeBarsGrowLeftOfZero() {
        var o = ChartOptions(width: 40, ascii: true)
        o.title = "gain"
        let t = BarChart(items: [.init(label: "up", value: 10, n: 5), .init(label: "down", value: -5, n: 5),
                                 .init(label: "none", value: nil, n: 0)], valueLabel: "gain", decimals: 0).render(o)
        let up = t.lines.first { $0.hasPrefix("  up") } ?? ""
        let down = t.lines.first { $0.hasPrefix("down") } ?? ""
        let zeroUp = up.firstIndex(of: "|"), zeroDown = down.firstIndex(of: "#")
        #expect(up.contains("#") && down.contains("#") && t.lines.contains { $0.hasPrefix("none") && $0.hasSuffix("-") })
        #expect(zeroUp != nil && zeroDown != nil)
        if let zu = zeroUp, let hd = down.lastIndex(of: "#") {
            #expect(up.distance(from: up.startIndex, to: zu) == down.distance(from: down.startIndex, to: hd) + 1)
        }
        #expect(t.spans.contains { $0.style == .down } && t.spans.contains { $0.style == .up })
    }

    @Test func chartIsOneStyledBlockAndBecomesLastResult() {
        let r = render(["load demo", "plot box reading_c2 by class"])
        #expect(r.output.blocks.count == 1)
        if case .styled = r.output.blocks[0] {} else { Issue.record("not a styled block") }
        #expect(r.session.lastResult != nil)
    }

    @Test func transitionCountsGradesInAllSixBands() {
        let a = Column.grades("g1", [.A, .B, .B, nil, .F])
        let b = Column.grades("g2", [.A, .A, .C, .C, .F])
        let (m, missing) = Transition.counts(from: a, to: b)
        #expect(m.rowLabels == ["A", "B", "C", "D", "E", "F"] && m.columnLabels == m.rowLabels)
        #expect(m.counts[0][0] == 1 && m.counts[1][0] == 1 && m.counts[1][2] == 1 && m.counts[5][5] == 1)
        #expect(missing == 1)
    }
}

extension ChartCommandTests {
    @Test func workshopModeLeavesOutSmallGroupsAndOutliers() {
        let r = render(["load demo", "set workshop on", "set min-group 45", "plot box reading_c2 by class"])
        #expect(!r.output.failed)
        #expect(r.text.contains("1 group under 45 students not shown (4B)"))
        #expect(!r.text.contains("4B  n="))
        #expect(!r.text.contains("○ ") || r.text.contains("outliers not marked"))
        let bar = render(["load demo", "set workshop on", "set min-group 49", "plot bar count by class"])
        #expect(bar.text.contains("5A") && !bar.text.contains("4B │"))
    }
}

extension ChartCommandTests {
    /// Odd data never traps: all missing, one row, all equal, negative values, one group.
    @Test func oddDataDrawsOrExplains() {
        let s = Session(environment: .plain)
        s.settings.width = 50
        let t = Table(columns: [
            .numbers("none_c1", [nil, nil, nil]), .numbers("none_c2", [nil, nil, nil]),
            .numbers("neg_c1", [-5, -1.5, -20]), .numbers("neg_c2", [-4, -3, -20]),
            .numbers("same", [7, 7, 7]),
            .texts("g", ["a", "a", nil]), .grades("w1", [nil, .A, .F]), .grades("w2", [.B, nil, .F]),
        ])
        s.addTable(LoadedTable(table: t, source: DataSource(path: nil, description: "odd")), name: "odd")
        let commands = [
            "plot hist none_c1", "plot hist neg_c1", "plot hist same", "plot hist same by g", "plot hist neg_c1 binwidth 2",
            "plot bar mean(none_c1) by g", "plot bar mean(neg_c1) by g", "plot bar median(same) by g sort", "plot bar count by g",
            "plot box none_c1 by g", "plot box neg_c1 by g", "plot box same",
            "plot line none over cycles", "plot line neg over cycles by g", "plot slope neg c1 -> c2", "plot slope none c1 -> c2",
            "plot scatter none_c1 none_c2", "plot scatter neg_c1 neg_c2 diagonal", "plot scatter same same",
            "plot heat w1 -> w2", "plot heat g -> w1",
        ]
        for c in commands {
            let o = s.run(c)
            let text = TextRenderer.renderString(o, options: s.renderOptions)
            #expect(!o.failed, "'\(c)' failed:\n\(text)")
            #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 50 }, "'\(c)' too wide:\n\(text)")
        }
        let none = TextRenderer.renderString(s.run("plot hist none_c1"), options: s.renderOptions)
        #expect(none.contains("all 3 missing"))
    }
}

extension ChartCommandTests {
    @Test func arrowMayBeWrittenWithoutSpaces() {
        let spaced = render(["load demo", "plot heat writing_c1 -> writing_c2"]).text
        let glued = render(["load demo", "plot heat writing_c1->writing_c2"]).text
        #expect(spaced == glued)
        #expect(!render(["load demo", "plot slope reading c1->c2"]).output.failed)
    }
}
