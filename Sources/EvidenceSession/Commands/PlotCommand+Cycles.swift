import EvidenceData
import EvidenceAnalysis

/// `plot line`, `plot slope`, `plot scatter` and `plot heat`: charts that compare a measure
/// across cycles or two measures row by row.
extension PlotCommand {
    static func line(_ req: PlotRequest, _ d: ResolvedDataset, _ ctx: CommandContext) throws -> StyledText {
        try req.expectSegments(1, .expectedMeasure, ctx: ctx)
        let w = req.segments[0].words[0]
        guard let over = req.value("over"), over.isKeyword("cycles") || over.isKeyword("cycle") else {
            throw ctx.error(PlotMessage.expectedOverCycles(), at: req.value("over"), hint: PlotMessage.forExample(.text("plot line reading over cycles by class")))
        }
        let cycles = try cycleColumns(w, d, ctx)
        var series: [LineChart.Series] = []
        var notes: [String] = []
        let g: ChartGroups?
        if let by = req.value("by") {
            g = try groups(by, d, ctx, limit: 8)
            if let g, let n = missingGroupNote(g, by.text, ctx.language) { notes.append(n) }
        } else {
            g = nil
        }
        var perCycle: [[NumericValues]] = []
        for c in cycles {
            let col = try numbers(PlotRequest.Segment(text: c.column, offset: w.range.lowerBound, words: [w]), d, ctx)
            perCycle.append(g.map { $0.split(col) } ?? [NumericValues(col)])
        }
        let lang = ctx.language
        let labels = g?.labels ?? [CommonMessage.all.text(lang)]
        let (keep, small) = smallGroups(labels, labels.indices.map { i in perCycle.map { $0[i].values.count }.min() ?? 0 }, ctx)
        for i in keep {
            series.append(LineChart.Series(label: labels[i], values: perCycle.map { $0[i].mean }))
        }
        if let small { notes.append(small) }
        notes.insert(ChartMessage.meanPerCycle.text(lang, .text(cycles.map(\.column).joined(separator: ", ")),
                                                    .text(perCycle.map { ChartCount.mark($0.map(\.values.count).reduce(0, +)) }.joined(separator: lang.numbers.listSeparator))), at: 0)
        var chart = LineChart(xLabels: cycles.map(\.cycle), series: series, yLabel: ChartMessage.meanOf.text(lang, .text(w.text)), notes: notes).render(req.options)
        let sizes = labels.indices.map { i in perCycle.map { $0[i].values.count }.min() ?? 0 }
        chart.privacy = ChartPrivacy(groups: sizes, students: keep.map { sizes[$0] }.reduce(0, +))
        return chart
    }

    static func slope(_ req: PlotRequest, _ d: ResolvedDataset, _ ctx: CommandContext) throws -> StyledText {
        let (colA, colB, measure) = try pairOperands(req, d, ctx, example: "plot slope reading c1 -> c2")
        let (labelA, labelB) = (colA.label, colB.label)
        let a = try numbers(colA.segment, d, ctx)
        let b = try numbers(colB.segment, d, ctx)
        let (xs, ys) = paired(a, b)
        if xs.count > SlopeChart.maxPairs {
            throw Diagnostic(.error, category: .usage,
                             message: PlotMessage.slopeBlur(.quantity(xs.count), .quantity(SlopeChart.maxPairs)),
                             hint: PlotMessage.slopeInstead(.text(colB.expression), .text(colA.expression)))
        }
        let left = a.count - xs.count
        // Slope is refused in workshop mode, so these counts are never hidden: 1 is "1 student".
        let lang = ctx.language
        let students = ChartMessage.studentsBoth.text(lang, .text(ChartCount.mark(xs.count)), .text(ChartMessage.students(xs.count != 1, lang)))
        let notes = left > 0 ? [ChartMessage.missingLeftOut.text(lang, .text(students), .text(ChartCount.mark(left)))] : [students]
        var chart = SlopeChart(pairs: zip(xs, ys).map { ($0, $1) }, fromLabel: labelA, toLabel: labelB,
                          valueLabel: measure ?? "\(colA.label) \(req.options.charset.arrow) \(colB.label)",
                          notes: notes).render(req.options)
        // One line per student: the privacy step refuses it in workshop mode.
        chart.privacy = ChartPrivacy(students: xs.count, individual: true)
        return chart
    }

    static func scatter(_ req: PlotRequest, _ d: ResolvedDataset, _ ctx: CommandContext) throws -> StyledText {
        let words = req.segments.flatMap(\.words)
        guard words.count == 2 else {
            throw ctx.error(PlotMessage.expectedTwoColumns(), at: words.count > 2 ? words[2] : nil,
                            hint: PlotMessage.forExample(.text("plot scatter reading_c1 reading_c2 diagonal")))
        }
        let x = try numbers(Operand(words[0]).segment, d, ctx)
        let y = try numbers(Operand(words[1]).segment, d, ctx)
        let (xs, ys) = paired(x, y)
        let left = x.count - xs.count
        var chart = ScatterPlot(xs: xs, ys: ys, xLabel: words[0].text, yLabel: words[1].text, diagonal: req.has("diagonal"),
                                notes: left > 0 ? [ChartMessage.rowsLeftOut.text(ctx.language, .text(ChartCount.mark(left)))] : []).render(req.options)
        // A point per student: the privacy step refuses it in workshop mode.
        chart.privacy = ChartPrivacy(students: xs.count, individual: true)
        return chart
    }

    static func heat(_ req: PlotRequest, _ d: ResolvedDataset, _ ctx: CommandContext) throws -> StyledText {
        let (from, to, _) = try pairOperands(req, d, ctx, example: "plot heat writing c1 -> c2")
        var cols: [Column] = []
        for o in [from, to] {
            let c = try Expressions.evaluate(o.expression, offset: o.word.range.lowerBound, line: ctx.args.line, in: d)
            if c.type == .number {
                throw ctx.error(PlotMessage.heatNumber(.text(Expressions.label(o.expression))), at: o.word,
                                hint: PlotMessage.heatForNumbers(.text(from.expression), .text(to.expression)))
            }
            cols.append(c)
        }
        let fromWord = from.word
        let (m, missing) = Transition.counts(from: cols[0], to: cols[1])
        if m.rowLabels.count > 30 || m.columnLabels.count > 30 {
            throw ctx.error(PlotMessage.heatTooMany(), at: fromWord)
        }
        var notes: [String] = []
        if cols[0].type == .grade && cols[1].type == .grade {
            var up = 0, down = 0, same = 0
            for (r, row) in m.counts.enumerated() {
                for (c, n) in row.enumerated() { if c < r { up += n } else if c > r { down += n } else { same += n } }
            }
            let cs = req.options.charset
            notes.append(ChartMessage.gradeMoves.text(ctx.language, .text(ChartCount.mark(up)), .text(ChartCount.mark(same)), .text(ChartCount.mark(down)), .text(cs.middot)))
        }
        let k = ctx.session.settings.workshop ? ctx.session.settings.minGroup : nil
        // In workshop mode a count of 1 may be drawn as <K, which takes the plural.
        if missing > 0 {
            notes.append(ChartMessage.missingStudents.text(ctx.language, .text(ChartCount.mark(missing)), .text(ChartMessage.students(!(missing == 1 && k == nil), ctx.language))))
        }
        var hidden: [[Bool]]?
        if let k {
            notes.append(ChartMessage.heatWorkshop.text(ctx.language, .quantity(k)))
            hidden = suppressedCells(m, k: k)
        }
        var chart = HeatMap(matrix: m, notes: notes, suppressBelow: k, hiddenCells: hidden).render(req.options)
        chart.privacy = ChartPrivacy(groups: m.counts.flatMap { $0 }, students: m.counts.flatMap { $0 }.reduce(0, +))
        return chart
    }

    // MARK: helpers

    /// One side of `A -> B`: the expression evaluated, the word it came from, its label.
    struct Operand {
        var expression: String
        var word: Word
        var label: String
        init(_ w: Word) { self.init(expression: w.expressionText, word: w, label: w.text) }
        init(expression: String, word: Word, label: String) {
            self.expression = expression
            self.word = word
            self.label = label
        }
        var segment: PlotRequest.Segment { PlotRequest.Segment(text: expression, offset: word.range.lowerBound, words: [word]) }
    }

    /// The two sides of `MEASURE A -> B` (cycles of a measure, read from the cycle model as
    /// `bands` and `compare` read them, so `Lärarobservation HT24` is found) or `COL_A -> COL_B`.
    /// The measure is returned for the first form.
    static func pairOperands(_ req: PlotRequest, _ d: ResolvedDataset, _ ctx: CommandContext,
                             example: String) throws -> (Operand, Operand, measure: String?) {
        guard let seg = req.segments.first, let arrow = req.clauses["->"]?.keyword, let to = req.value("->") else {
            throw ctx.error(PlotMessage.expectedPair(), at: nil, hint: PlotMessage.forExample(.text(example)))
        }
        try req.expectSegments(1, .expectedMeasureAndCycle, ctx: ctx)
        switch seg.words.count {
        case 2:
            let baseName = ctx.session.dataset(named: d.name)?.baseName ?? d.name
            let model = ctx.session.cycleModel(for: d, baseName: baseName)
            let ref = try CycleReference.pair(seg.words + [arrow, to], model: model, args: ctx.args, usage: "\(example)")
            let sides = zip([seg.words[1], to], ref.cycles).map { w, c in
                let name = model.column(for: ref.measure, cycle: c) ?? "\(ref.measure)_\(c)"
                return Operand(expression: Expressions.nameExpression(name), word: w, label: c)
            }
            return (sides[0], sides[1], ref.measure)
        case 1:
            return (Operand(seg.words[0]), Operand(to), nil)
        default:
            throw ctx.error(PlotMessage.expectedPair(), at: seg.words.last, hint: PlotMessage.forExample(.text(example)))
        }
    }

    /// The cells of a transition matrix that the table rule hides (`Suppression`: cells under
    /// K, and cells that would give one away from the row and column totals known elsewhere).
    static func suppressedCells(_ m: CountMatrix, k: Int) -> [[Bool]] {
        let cols = m.columnLabels.count
        var t = ResultTable(header: ["from"] + m.columnLabels + ["n"], rows: m.counts.enumerated().map { r, row in
            [.text(m.rowLabels[r])] + row.map { Cell.integer($0) } + [.integer(row.reduce(0, +))]
        })
        t.groups = GroupSizes(rows: m.counts.map { $0.reduce(0, +) }, labelColumns: 1, rowsPartition: true,
                              countColumns: Array(1...max(1, cols)), totalColumn: cols + 1, columnsPartition: true)
        let s = Suppression.apply(t, k: k)
        return s.rows.map { row in (0..<cols).map { c in if case .suppressed = row[c + 1] { true } else { false } } }
    }

    /// Rows where both columns have a finite number.
    static func paired(_ a: Column, _ b: Column) -> ([Double], [Double]) {
        guard case .number(let x) = a.data, case .number(let y) = b.data else { return ([], []) }
        var xs: [Double] = [], ys: [Double] = []
        let both = a.validity & b.validity
        both.forEachSet { i in
            if x[i].isFinite && y[i].isFinite { xs.append(x[i]); ys.append(y[i]) }
        }
        return (xs, ys)
    }

    /// A measure's columns per cycle, from the cycle model (suffix families such as `_c1` or
    /// `_ht24`, and the order fixed with `cycles order`).
    static func cycleColumns(_ w: Word, _ d: ResolvedDataset, _ ctx: CommandContext) throws -> [(cycle: String, column: String)] {
        let baseName = ctx.session.dataset(named: d.name)?.baseName ?? d.name
        let model = ctx.session.cycleModel(for: d, baseName: baseName)
        let measure = model.measures.first { $0.name == w.text } ?? model.measures.first { $0.name.lowercased() == w.text.lowercased() }
        guard let m = measure, model.shape == .wide else {
            let measures = model.measures.map(\.name)
            throw ctx.error(PlotMessage.noCycleColumns(.text(w.text)), at: w,
                            hint: Suggestions.suggestion(w.text, in: measures)
                                ?? (measures.isEmpty ? PlotMessage.noMeasures() : CyclesMessage.measuresList(.text(measures.joined(separator: ", ")))))
        }
        return model.cycles(of: m.name).compactMap { c in m.columns[c].map { (c, $0) } }
    }
}
