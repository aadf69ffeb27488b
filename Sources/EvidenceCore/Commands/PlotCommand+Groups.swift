/// `plot hist`, `plot bar` and `plot box`: data gathered per group, then drawn by the kinds.
extension PlotCommand {
    static func hist(_ req: PlotRequest, _ d: ResolvedDataset, _ ctx: CommandContext) throws -> StyledText {
        try req.expectSegments(1, "an expression", ctx: ctx)
        let seg = req.segments[0]
        let c = try numbers(seg, d, ctx)
        var binWidth: Double?
        if let w = req.value("binwidth") {
            guard let v = Double(w.text), v > 0, v.isFinite else {
                throw ctx.error("'binwidth' takes a positive number, not '\(w.text)'", at: w)
            }
            if req.options.bins != nil { throw ctx.error("give 'bins' or 'binwidth', not both", at: w) }
            if let r = NumericValues(c).range, (r.hi - r.lo) / v > 500 {
                throw ctx.error("binwidth \(w.text) makes \(Int((r.hi - r.lo) / v) + 1) bins; at most 500", at: w,
                                hint: "the values run from \(NumberFormat.plain(r.lo)) to \(NumberFormat.plain(r.hi)); try a wider bin")
            }
            binWidth = v
        }
        var panels: [Histogram.Panel]
        var notes: [String] = []
        if let by = req.value("by") {
            let g = try groups(by, d, ctx, limit: 12)
            let parts = g.split(c)
            let (keep, note) = smallGroups(g.labels, parts.map(\.values.count), ctx)
            panels = keep.map { Histogram.Panel(label: "\(by.text) \(g.labels[$0])", values: parts[$0]) }
            if let note { notes.append(note) }
            if let n = missingGroupNote(g, by.text) { notes.append(n) }
        } else {
            panels = [Histogram.Panel(label: nil, values: NumericValues(c))]
        }
        var t = Histogram(panels: panels, xLabel: seg.text, binWidth: binWidth).render(req.options)
        for n in notes { t.append(line: n) }
        return t
    }

    /// `fn(expr)` or `count`: the aggregates a bar chart understands until the language has its
    /// own aggregate functions.
    enum Aggregate: String, CaseIterable {
        case count, mean, median, sum, min, max, sd

        func apply(_ v: inout NumericValues, rows: Int) -> Double? {
            let x = v.values
            switch self {
            case .count: return Double(rows)
            case .mean: return v.mean
            case .median: return Quantiles.type7(&v.values, [0.5])?.first
            case .sum: return x.reduce(0, +)
            case .min: return x.min()
            case .max: return x.max()
            case .sd:
                guard x.count > 1, let m = v.mean else { return nil }
                return (x.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(x.count - 1)).squareRoot()
            }
        }
    }

    static func bar(_ req: PlotRequest, _ d: ResolvedDataset, _ ctx: CommandContext) throws -> StyledText {
        try req.expectSegments(1, "an aggregate such as count or mean(COLUMN)", ctx: ctx)
        let by = try req.require("by", "COLUMN", ctx: ctx)
        let seg = req.segments[0]
        let text = seg.text
        let name = String(text.prefix { $0 != "(" }).trimmed().lowercased()
        let segSpan = Span(line: ctx.args.line, range: seg.offset..<(seg.offset + text.count))
        guard let agg = Aggregate(rawValue: name) else {
            throw Diagnostic.usage("unknown aggregate '\(name)'", span: segSpan,
                                   hint: Suggestions.didYouMean(name, in: Aggregate.allCases.map(\.rawValue))
                                       ?? "use count, mean(x), median(x), sum(x), min(x), max(x) or sd(x)")
        }
        let g = try groups(by, d, ctx)
        var perGroup: [NumericValues]
        var rows = [Int](repeating: 0, count: g.count)
        for code in g.codes where code >= 0 { rows[Int(code)] += 1 }
        if agg == .count {
            guard !text.contains("(") else {
                throw Diagnostic.usage("'count' takes no column", span: segSpan, hint: "write 'plot bar count by \(by.text)'")
            }
            perGroup = rows.map { _ in NumericValues(values: [], missing: 0) }
        } else {
            guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else {
                throw Diagnostic.usage("expected '\(name)(COLUMN)'", span: segSpan, hint: "for example 'plot bar mean(reading_c2) by class'")
            }
            let inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            let offset = seg.offset + text.distance(from: text.startIndex, to: open) + 1
            let c = try numbers(PlotRequest.Segment(text: inner, offset: offset, words: seg.words), d, ctx)
            perGroup = g.split(c)
        }
        var items: [BarChart.Item] = []
        let (keep, small) = smallGroups(g.labels, agg == .count ? rows : perGroup.map(\.values.count), ctx)
        for i in keep {
            let n = agg == .count ? rows[i] : perGroup[i].values.count
            items.append(BarChart.Item(label: g.labels[i], value: agg.apply(&perGroup[i], rows: rows[i]), n: n))
        }
        if req.has("sort") { items.sort { ($0.value ?? -.infinity) > ($1.value ?? -.infinity) } }
        var notes: [String] = []
        if agg != .count {
            notes.append("n per group: " + items.map { "\($0.label) \($0.n)" }.joined(separator: ", "))
        }
        if let n = missingGroupNote(g, by.text) { notes.append(n) }
        if let small { notes.append(small) }
        let decimals = agg == .count ? 0 : NumberFormat.decimals(for: items.compactMap(\.value)) == 0 ? 0 : 1
        let label = agg == .count ? "count by \(by.text)" : "\(text) by \(by.text)"
        return BarChart(items: items, valueLabel: label, decimals: decimals, notes: notes).render(req.options)
    }

    static func box(_ req: PlotRequest, _ d: ResolvedDataset, _ ctx: CommandContext) throws -> StyledText {
        try req.expectSegments(1, "an expression", ctx: ctx)
        let seg = req.segments[0]
        let c = try numbers(seg, d, ctx)
        var items: [BoxPlot.Item] = []
        var notes: [String] = []
        if let by = req.value("by") {
            let g = try groups(by, d, ctx)
            // Quartiles per group from binned counts and exact selection: no sort, no copies.
            let stats = GroupedBoxStats.compute(g, c)
            let (keep, note) = smallGroups(g.labels, stats.map { $0.stats?.n ?? 0 }, ctx)
            for i in keep { items.append(BoxPlot.Item(label: g.labels[i], stats: stats[i].stats, missing: stats[i].missing)) }
            if let note { notes.append(note) }
            if let n = missingGroupNote(g, by.text) { notes.append(n) }
        } else {
            var v = NumericValues(c)
            items = [BoxPlot.Item(label: "all", stats: BoxStats(&v.values), missing: v.missing)]
        }
        if ctx.session.settings.workshop {
            // Outliers are single students: in workshop mode the whiskers stop at them unmarked.
            for i in items.indices where !(items[i].stats?.outliers.isEmpty ?? true) { items[i].stats?.outliers = [] }
            notes.append("workshop mode: outliers not marked")
        }
        return BoxPlot(items: items, valueLabel: seg.text, notes: notes).render(req.options)
    }
}
