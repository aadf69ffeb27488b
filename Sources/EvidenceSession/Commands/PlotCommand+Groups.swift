import EvidenceData
import EvidenceAnalysis

/// `plot hist`, `plot bar` and `plot box`: data gathered per group, then drawn by the kinds.
extension PlotCommand {
    static func hist(_ req: PlotRequest, _ d: ResolvedDataset, _ ctx: CommandContext) throws -> StyledText {
        try req.expectSegments(1, .expectedExpression, ctx: ctx)
        let seg = req.segments[0]
        let c = try numbers(seg, d, ctx)
        var binWidth: Double?
        if let w = req.value("binwidth") {
            guard let v = Double(w.text), v > 0, v.isFinite else {
                throw ctx.error(PlotMessage.binwidthPositive(.text(w.text)), at: w)
            }
            if req.options.bins != nil { throw ctx.error(PlotMessage.binsOrBinwidth(), at: w) }
            if let r = NumericValues(c).range, (r.hi - r.lo) / v > 500 {
                throw ctx.error(PlotMessage.tooManyBins(.text(w.text), .quantity(Int((r.hi - r.lo) / v) + 1)), at: w,
                                hint: PlotMessage.valuesRun(.text(ctx.language.numbers.plain(r.lo)), .text(ctx.language.numbers.plain(r.hi))))
            }
            binWidth = v
        }
        var panels: [Histogram.Panel]
        var notes: [String] = []
        var sizes: [Int] = []
        if let by = req.value("by") {
            let g = try groups(by, d, ctx, limit: 12)
            let parts = g.split(c)
            sizes = parts.map { $0.values.count + $0.missing }
            let (keep, note) = smallGroups(g.labels, parts.map(\.values.count), ctx)
            panels = keep.map { Histogram.Panel(label: "\(by.text) \(g.labels[$0])", values: parts[$0]) }
            if let note { notes.append(note) }
            if let n = missingGroupNote(g, by.text, ctx.language) { notes.append(n) }
        } else {
            panels = [Histogram.Panel(label: nil, values: NumericValues(c))]
        }
        var t = Histogram(panels: panels, xLabel: Expressions.label(seg.text), binWidth: binWidth).render(req.options)
        for n in notes { t.append(line: n) }
        t.privacy = ChartPrivacy(groups: sizes, students: panels.map(\.values.values.count).reduce(0, +))
        return t
    }

    static func bar(_ req: PlotRequest, _ d: ResolvedDataset, _ ctx: CommandContext) throws -> StyledText {
        try req.expectSegments(1, .expectedAggregate, ctx: ctx)
        let by = try req.require("by", .expectedByColumn, ctx: ctx)
        let seg = req.segments[0]
        let text = seg.text
        let name = String(text.prefix { $0 != "(" }).trimmed().lowercased()
        let segSpan = Span(line: ctx.args.line, range: seg.offset..<(seg.offset + text.count))
        // `count` counts rows; anything else is one of the language's aggregates, so a bar can
        // show whatever `summary` can (mean, median, sd, pct(…), q(…, p), of any expression).
        let isCount = name == "count" && !text.contains("(")
        let aggregates = Functions.all.filter(\.isAggregate).map(\.name)
        guard isCount || aggregates.contains(name) else {
            let column = (try? Expressions.evaluate(text, offset: seg.offset, line: ctx.args.line, in: d)) != nil
            // Swedish quotes each function's name, so they read as the words typed.
            let list = aggregates.map { ctx.language == .en ? $0 : "'\($0)'" }.joined(separator: ", ")
            throw Diagnostic.usage(PlotMessage.unknownAggregate(.text(column ? Expressions.label(text) : name)), span: segSpan,
                                   hint: column ? PlotMessage.barOneFigure(.text(text), .text(by.expressionText))
                                       : Suggestions.suggestion(name, in: aggregates) ?? PlotMessage.useAggregate(.text(list)))
        }
        let g = try groups(by, d, ctx)
        let rows = g.sizes
        let results = isCount ? nil : try Expressions.aggregate(text, offset: seg.offset, line: ctx.args.line, in: d,
                                                                 groups: g.members { Int32(d.baseRow($0)) })
        var items: [BarChart.Item] = []
        let (keep, small) = smallGroups(g.labels, results?.map(\.n) ?? rows, ctx)
        for i in keep {
            let value = results.map { $0[i].value } ?? Double(rows[i])
            items.append(BarChart.Item(label: g.labels[i], value: value, n: results?[i].n ?? rows[i]))
        }
        if req.has("sort") { items.sort { ($0.value ?? -.infinity) > ($1.value ?? -.infinity) } }
        var notes: [String] = []
        if !isCount {
            notes.append(ChartMessage.barN.text(ctx.language, .text(items.map { "\($0.label) \(ChartCount.mark($0.n))" }.joined(separator: ", "))))
        }
        if let n = missingGroupNote(g, by.text, ctx.language) { notes.append(n) }
        if let small { notes.append(small) }
        let decimals = isCount ? 0 : NumberFormat.decimals(for: items.compactMap(\.value)) == 0 ? 0 : 1
        let label = isCount ? ChartMessage.barCount.text(ctx.language, .text(by.text)) : ChartMessage.barValue.text(ctx.language, .text(Expressions.label(text)), .text(by.text))
        var bars = BarChart(items: items, valueLabel: label, decimals: decimals, notes: notes)
        bars.valuesAreCounts = isCount
        var chart = bars.render(req.options)
        chart.privacy = ChartPrivacy(groups: rows + (results?.map(\.n) ?? []), students: items.map(\.n).reduce(0, +))
        return chart
    }

    static func box(_ req: PlotRequest, _ d: ResolvedDataset, _ ctx: CommandContext) throws -> StyledText {
        try req.expectSegments(1, .expectedExpression, ctx: ctx)
        let seg = req.segments[0]
        let c = try numbers(seg, d, ctx)
        var items: [BoxPlot.Item] = []
        var notes: [String] = []
        var sizes: [Int] = []
        if let by = req.value("by") {
            let g = try groups(by, d, ctx)
            // Quartiles per group from binned counts and exact selection: no sort, no copies.
            let stats = GroupedBoxStats.compute(g, c)
            sizes = stats.map { ($0.stats?.n ?? 0) + $0.missing }
            let (keep, note) = smallGroups(g.labels, stats.map { $0.stats?.n ?? 0 }, ctx)
            for i in keep { items.append(BoxPlot.Item(label: g.labels[i], stats: stats[i].stats, missing: stats[i].missing)) }
            if let note { notes.append(note) }
            if let n = missingGroupNote(g, by.text, ctx.language) { notes.append(n) }
        } else {
            var v = NumericValues(c)
            items = [BoxPlot.Item(label: CommonMessage.all.text(ctx.language), stats: BoxStats(&v.values), missing: v.missing)]
        }
        if ctx.session.settings.workshop {
            // Outliers are single students: in workshop mode the whiskers stop at them unmarked.
            for i in items.indices where !(items[i].stats?.outliers.isEmpty ?? true) { items[i].stats?.outliers = [] }
        }
        var box = BoxPlot(items: items, valueLabel: Expressions.label(seg.text), notes: notes)
        box.outliersHidden = ctx.session.settings.workshop
        var chart = box.render(req.options)
        chart.privacy = ChartPrivacy(groups: sizes, students: items.map { $0.stats?.n ?? 0 }.reduce(0, +))
        return chart
    }
}
