import EvidenceData
import EvidenceAnalysis

/// `plot KIND …`: charts drawn as text (Unicode by default, 7-bit ASCII on request) with style
/// spans for colour. The chart is one styled block, so `export last` writes it as plain lines.
enum PlotCommand {
    static let usage = "plot hist|bar|box|line|slope|scatter|heat … [title \"T\"] [width N] [height N] [bins N] [ascii] [color on|off]"

    /// The kinds, as subcommands: what each takes after its name. `PlotRequest` reads their
    /// clauses; the chart options are the command's own clauses and go with every kind.
    static let kinds: [Subcommand] = {
        let byColumn = Clause("by", argument: ArgumentSpec("COL", .column), help: "one chart per group on a shared scale")
        return [
            Subcommand("hist", CommandSignature([ArgumentSpec("EXPR", .expression)], clauses: [
                Clause("binwidth", argument: ArgumentSpec("W", .number), help: "bins W wide (or 'bins N')"), byColumn,
            ]), help: "the distribution of EXPR", usage: "hist EXPR [bins N | binwidth W] [by COL]"),
            Subcommand("bar", CommandSignature([ArgumentSpec("AGG", .expression)], clauses: [
                Clause("by", argument: ArgumentSpec("COL", .column), required: true), Clause("sort", help: "largest first"),
            ]), help: "AGG per group: count, or an aggregate such as mean(x), median(x), pct(cond), q(x, p)"),
            Subcommand("box", CommandSignature([ArgumentSpec("EXPR", .expression)], clauses: [byColumn]),
                       help: "quartiles, whiskers and outliers of EXPR"),
            Subcommand("line", CommandSignature([ArgumentSpec("MEASURE", .cycleReference)], clauses: [
                Clause("over", argument: ArgumentSpec("cycles", .choice(["cycles"])), required: true), byColumn,
            ]), help: "the mean of a measure at each cycle, a line per group"),
            Subcommand("slope", CommandSignature([ArgumentSpec("MEASURE A", .cycleReference)], clauses: [
                Clause("->", argument: ArgumentSpec("B", .value), required: true),
            ]), help: "one line per student from cycle A to B"),
            Subcommand("scatter", CommandSignature([ArgumentSpec("X", .expression), ArgumentSpec("Y", .expression)], clauses: [
                Clause("diagonal", help: "draw y = x"),
            ]), help: "Y against X, a point per student"),
            Subcommand("heat", CommandSignature([ArgumentSpec("FROM", .column)], clauses: [
                Clause("->", argument: ArgumentSpec("TO", .column), required: true),
            ]), help: "transitions between two categorical columns, e.g. grades in two cycles"),
        ]
    }()

    /// A chart option as a clause: its argument's label says what it takes (`N`, `[on|off]`).
    static func clause(_ option: ChartOptions.Spec) -> Clause {
        let optional = option.argument.hasPrefix("[")
        let label = optional ? String(option.argument.dropFirst().dropLast()) : option.argument
        let shape: ArgumentShape = label == "N" ? .number : label.contains("|") ? .choice(label.split(separator: "|").map(String.init)) : .value
        var c = Clause(option.name, argument: ArgumentSpec(label, shape, optional: optional), help: option.help)
        if option.name == "color" { c.keywords.append("colour") }
        return c
    }

    /// How many words each clause of a kind takes (0 for a flag).
    static func arity(_ kind: Subcommand) -> [String: Int] {
        var out: [String: Int] = [:]
        for c in kind.signature.clauses { for k in c.keywords { out[k] = c.argument == nil ? 0 : 1 } }
        return out
    }

    static let spec = CommandSpec(
        name: "plot", category: .charts,
        usage: usage,
        summary: "Draw a chart: histogram, bars, box plots, lines over cycles, slopes, scatter, transitions.",
        discussion: """
        The kind comes first; the options go with every kind, in any order after it. \
        Charts follow the terminal width and 'set width N'. Missing values are counted under the \
        chart, never drawn. Series differ by marker shape as well as colour, so charts read in \
        black and white and paste into e-mail unchanged ('set ascii on' for plain ASCII).
        """,
        examples: [
            CommandExample("plot hist reading_c2", "distribution of reading scores in cycle 2", expect: ["missing", "bins of"]),
            CommandExample("plot hist reading_c2 bins 20 width 60 title \"Reading c2\"", "options in any order", expect: ["Reading c2", "20 bins"]),
            CommandExample("plot hist reading_c2 by class height 4", "small multiples with a shared scale", expect: ["4A", "6B"]),
            CommandExample("plot bar mean(reading_c2) by class sort", "mean per class, largest first", expect: ["5A", "mean(reading_c2)"]),
            CommandExample("plot box reading_c2 by class", "quartiles, whiskers and outliers per class", expect: ["4A", "whiskers"]),
            CommandExample("plot line reading over cycles by class", "mean per cycle, one line per class", expect: ["c1", "c3", "5A"]),
            CommandExample("plot slope reading c1 -> c2", "one line per student", expect: ["up", "down"]),
            CommandExample("plot scatter reading_c1 reading_c2 diagonal", "pre against post with y = x", expect: ["y = x"]),
            CommandExample("plot heat writing_c1 -> writing_c2", "grade transitions between two cycles", expect: ["writing_c1", "writing_c2"]),
            CommandExample("plot pie reading_c1", "an unknown kind gets a suggestion", expect: ["unknown chart kind 'pie'"], fails: true),
        ],
        signature: CommandSignature(clauses: ChartOptions.specs.map(clause), subcommands: kinds)
    ) { ctx in
        let k = try ctx.args.expect(PlotMessage.expectedKind(.text(kinds.map(\.name).joined(separator: ", "))), usage: usage)
        guard let kind = kinds.first(where: { k.isKeyword($0.name) }) else {
            throw ctx.error(PlotMessage.unknownKind(.text(k.text)), at: k,
                            hint: Suggestions.suggestion(k.text, in: kinds.map(\.name)) ?? PlotMessage.kinds(.text(kinds.map(\.name).joined(separator: ", "))))
        }
        let words = arity(kind)
        // `A->B` may be typed without spaces.
        if words["->"] != nil { ctx.args.splitArrows() }
        let req = try PlotRequest(kind: k, arity: words, ctx: &ctx)
        let d = try ctx.current()
        var chart: StyledText
        switch kind.name {
        case "hist": chart = try hist(req, d, ctx)
        case "bar": chart = try bar(req, d, ctx)
        case "box": chart = try box(req, d, ctx)
        case "line": chart = try line(req, d, ctx)
        case "slope": chart = try slope(req, d, ctx)
        case "scatter": chart = try scatter(req, d, ctx)
        default: chart = try heat(req, d, ctx)
        }
        try ctx.session.environment.cancellation.check()
        // The counts drawn become typed (`CountSpan`s) for the privacy step.
        chart.collectCounts()
        return Output([.styled(chart)])
    }

    // MARK: shared helpers

    /// Evaluate a positional expression as numbers; other types get a hint towards a chart
    /// that suits them.
    static func numbers(_ seg: PlotRequest.Segment, _ d: ResolvedDataset, _ ctx: CommandContext) throws -> Column {
        try ctx.session.environment.cancellation.check()
        let c = try Expressions.evaluate(seg.text, offset: seg.offset, line: ctx.args.line, in: d)
        guard c.type == .number else {
            throw Diagnostic.usage(PlotMessage.needsNumbers(.text(seg.text), .message(LoadMessage.type(c.type)())),
                                   span: Span(line: ctx.args.line, range: seg.offset..<(seg.offset + seg.text.count)),
                                   hint: c.type == .date ? PlotMessage.dateNotNumber(.text(seg.text)) : PlotMessage.forCategories(.text(seg.text)))
        }
        return c
    }

    /// The grouping column of a `by` clause.
    static func groups(_ w: Word, _ d: ResolvedDataset, _ ctx: CommandContext, limit: Int = 60) throws -> ChartGroups {
        try ctx.session.environment.cancellation.check()
        let c = try Expressions.evaluate(w.expressionText, offset: w.range.lowerBound, line: ctx.args.line, in: d)
        let g = ChartGroups(c)
        if g.count > limit {
            throw ctx.error(PlotMessage.tooManyGroups(.text(w.text), .quantity(g.count), .quantity(limit)), at: w, hint: PlotMessage.fewerValues())
        }
        return g
    }

    /// A note for rows left out because their group value is missing.
    static func missingGroupNote(_ g: ChartGroups, _ by: String, _ language: Language) -> String? {
        let n = g.missingRows
        return n > 0 ? (n == 1 ? PlotMessage.missingGroupOne : .missingGroupMany).text(language, .text(ChartCount.mark(n)), .text(by)) : nil
    }

    /// In workshop mode, groups smaller than `set min-group` are left out of charts (a mean of
    /// three students is nearly an individual result), and so are the groups that table
    /// suppression hides to protect them (`Suppression`: the class total is known from
    /// `count`, so the other groups' sizes must not give a left-out one back). Returns the
    /// kept indices and a note.
    static func smallGroups(_ labels: [String], _ n: [Int], _ ctx: CommandContext) -> (keep: [Int], note: String?) {
        let s = ctx.session.settings
        guard s.workshop else { return (Array(labels.indices), nil) }
        let small = labels.indices.filter { n[$0] < s.minGroup }
        guard !small.isEmpty else { return (Array(labels.indices), nil) }
        var t = ResultTable(header: ["group", "n"], rows: labels.indices.map { [.text(labels[$0]), .integer(n[$0])] })
        t.groups = GroupSizes(rows: n.map { $0 }, labelColumns: 1)
        let suppressed = Suppression.apply(t, k: s.minGroup)
        let hidden = Set(suppressed.rows.indices.filter { r in
            if case .suppressed = suppressed.rows[r][1] { true } else { false }
        }).union(small)
        // Labels of a column with one value per student (names) are not listed.
        let personal = GroupSizes.labelsNameIndividuals(n)
        let names = personal ? "" : " (" + small.map { labels[$0] }.joined(separator: ", ") + ")"
        var note = PlotMessage.smallGroups.text(ctx.language, .quantity(small.count), .quantity(s.minGroup), .text(names))
        let also = hidden.subtracting(small).sorted()
        if !also.isEmpty && !personal { note += PlotMessage.smallGroupsAlso.text(ctx.language, .text(also.map { labels[$0] }.joined(separator: ", "))) }
        return (labels.indices.filter { !hidden.contains($0) }, note)
    }
}
