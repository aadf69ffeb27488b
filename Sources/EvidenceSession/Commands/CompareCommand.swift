import EvidenceData
import EvidenceAnalysis

enum CompareCommand {
    static var usage: String { spec.usage }
    static var keywords: Set<String> { Set(spec.signature.keywords) }
    static let spec = CommandSpec(
        name: "compare", category: .cycles,
        summary: "Follow the same students from cycle A to B: matching, gain, d_z, d_av, g_av with 95% CIs, norms.",
        discussion: """
        Only students with values at both cycles are compared; those seen only once are counted. \
        d_z = mean gain / SD of gains; d_av = mean gain / average SD of the scores; g_av = J·d_av \
        with the paired J = 1 - 3/(4(n-1) - 1). CIs are normal (estimate ± 1.96·SE, see docs/analysis.md). \
        'bootstrap N' adds percentile intervals from N resamples of students (pairs kept), seeded by \
        'seed S' or 'set seed'. 'norms NAME' adds the expected gain, ES_norm and ES_vs_expected \
        (needs a year column). Grades compare on merit points. Names: 'reading c1 -> c2' or \
        'reading_c1 -> reading_c2'; any two number or grade columns compare too: \
        compare `Läsning HT24` -> `Läsning VT25`.
        """,
        examples: [
            CommandExample("compare reading c1 -> c2", "the whole school", expect: ["matched", "d_z", "d_av", "g_av"]),
            CommandExample("compare reading c1 -> c2 by class", "per class: 5A's gain stands out", expect: ["5A", "31.9"]),
            CommandExample("compare reading_c1 -> reading_c3 norms demo", "against the (synthetic) demo norms", expect: ["ES_vs_expected", "expected gain"]),
            CommandExample("compare writing c1 -> c2", "a grade measure, on points", expect: ["points"]),
            CommandExample("compare reading c1 -> c2 bootstrap 2000 seed 7", "percentile bootstrap, reproducible", expect: ["bootstrap", "2000"]),
            CommandExample("compare reading c1 -> c5", "an unknown cycle", expect: ["no cycle 'c5'"], fails: true),
        ],
        signature: CommandSignature(
            [ArgumentSpec("MEASURE A -> B", .cycleReference, help: "a measure from cycle A to B: 'reading c1 -> c2' or 'reading_c1 -> reading_c2'")],
            clauses: [Clause("by", argument: ArgumentSpec("COLUMNS", .columns), help: "one comparison per combination of their values"),
                      Clause("norms", argument: ArgumentSpec("NAME", .norms), help: "add expected gains from a loaded norms table"),
                      Clause("bootstrap", argument: ArgumentSpec("N", .number), help: "add percentile intervals from N resamples (100 to 100000)"),
                      Clause("seed", argument: ArgumentSpec("S", .number), help: "the bootstrap's seed (default: 'set seed')")])
    ) { ctx in
        let d = try ctx.current()
        let session = ctx.session
        let baseName = session.dataset(named: d.name)?.baseName ?? d.name
        var model = session.cycleModel(for: d, baseName: baseName)
        var head: [Word] = []
        while let w = ctx.args.peek(), !(w.isBare && keywords.contains(w.text.lowercased())) { head.append(w); _ = ctx.args.next() }
        if let pair = anyTwoColumns(head, model: model, in: d) { model = pair }
        let ref = try CycleReference.pair(head, model: model, args: ctx.args, usage: usage)
        var groupColumns: [Column] = []
        var normsWord: Word?
        var resamples: Int?
        var seed = session.settings.seed
        while let w = ctx.args.next() {
            switch w.text.lowercased() {
            case "by": groupColumns = try byColumns(&ctx, d)
            case "norms": normsWord = try ctx.args.expect(CompareMessage.expectedNorms(), usage: usage)
            case "bootstrap":
                let n = try ctx.args.expect(CompareMessage.expectedResamples(), usage: usage)
                guard let v = Int(n.text), v >= 100, v <= 100_000 else {
                    throw ctx.error(CompareMessage.bootstrapRange(.text(n.text)), at: n)
                }
                resamples = v
            case "seed":
                let n = try ctx.args.expect(ArgumentsMessage.expectedNumberAfter("seed"), usage: usage)
                guard let v = UInt64(n.text) else { throw ctx.error(ArgumentsMessage.takesWholeNumber("seed", .text(n.text)), at: n) }
                seed = v
            default: throw ctx.error(CommonMessage.unexpected(.text(w.text)), at: w)
            }
        }
        let series = try model.series(ref.measure, cycles: ref.cycles, in: d)
        if let r = resamples, r * series.count > 200_000_000, let w = ctx.args.words.first(where: { $0.isKeyword("bootstrap") }) {
            throw ctx.error(CompareMessage.tooMuchWork(.text(String(r)), .count(series.count)), at: w, hint: CompareMessage.fewerResamples())
        }
        let groups = GroupCodes(d, columns: groupColumns, positions: series.positions)
        var norms: PairedComparison.StudentNorms?
        var normsTable: NormsTable?
        if let nw = normsWord {
            let t = try NormsLookup.table(named: nw, ctx: ctx)
            normsTable = t
            norms = try NormsLookup.perStudent(t, measure: ref.measure, from: ref.cycles[0], to: ref.cycles[1], series: series, d: d, at: nw, ctx: ctx)
        }
        let cmp = try PairedComparison(series: series, groups: groups, norms: norms, bootstrap: resamples.map { ($0, seed) },
                                       cancellation: ctx.session.environment.cancellation)
        var out = CompareReport.render(cmp, normsTable: normsTable, language: ctx.language)
        out.blocks += CompareWarnings.warnings(cmp, dataset: d, origin: session.dataset(named: d.name)?.origin ?? "", model: model,
                                               language: ctx.language).map { Block.warning($0) }
        return out
    }

    /// ``compare `A col` -> `B col` ``: two number or grade columns that the cycle model does not
    /// hold as one measure's cycles are compared as one ad-hoc measure (`CycleModel.pair`).
    static func anyTwoColumns(_ head: [Word], model: CycleModel, in d: ResolvedDataset) -> CycleModel? {
        let t = CommandLexer.splittingArrows(head)
        guard t.count == 3, t[1].isArrow, let a = d.table.column(named: t[0].text), let b = d.table.column(named: t[2].text),
              a.name != b.name, CycleModel.isMeasureType(a.type), CycleModel.isMeasureType(b.type) else { return nil }
        if let (m1, _) = model.locate(column: a.name), let (m2, _) = model.locate(column: b.name), m1 == m2 { return nil }
        return CycleModel.pair(a, b)
    }

    /// Columns after `by` (spaces or commas), up to the next keyword.
    static func byColumns(_ ctx: inout CommandContext, _ d: ResolvedDataset) throws -> [Column] {
        var cols: [Column] = []
        while let w = ctx.args.peek(), !(w.isBare && keywords.contains(w.text.lowercased())) {
            _ = ctx.args.next()
            for part in w.text.split(separator: ",").map(String.init) where !part.isEmpty {
                guard let c = d.table.column(named: part) else {
                    throw ctx.error(CommonMessage.unknownColumn(.text(part)), at: w,
                                    hint: Suggestions.suggestion(part, in: d.table.columnNames) ?? CommonMessage.seeDescribe())
                }
                cols.append(c)
            }
        }
        if cols.isEmpty { throw ctx.error(ArgumentsMessage.expectedColumnAfterBy(), at: ctx.args.peek()) }
        return cols
    }
}
