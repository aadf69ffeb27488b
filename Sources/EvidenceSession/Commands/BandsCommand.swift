import EvidenceData
import EvidenceAnalysis

enum BandsCommand {
    static let usage = "bands MEASURE A -> B [cuts X,Y,… | quintiles | grades]"
    static let spec: CommandSpec = CommandSpec(
        name: "bands", category: .cycles,
        usage: usage,
        summary: "Band at A × band at B for the same students: counts, row %, and who moved up, stayed or fell.",
        discussion: """
        quintiles (the default for numbers): each cycle's own type-7 quintiles, i.e. standing in \
        the cohort; cuts X,Y,…: fixed cut points at both cycles (a value equal to a cut goes to the \
        band above); grades (the default for grade measures): F–A. Rows are the band at A; each \
        cell shows the count and the row percentage.
        """,
        examples: [
            CommandExample("bands reading c1 -> c2", "quintile moves", expect: ["Q1 lowest", "up", "down"]),
            CommandExample("bands reading c1 -> c3 cuts 500,600,700", "fixed cut points", expect: ["500–<600", "≥ 700"]),
            CommandExample("bands writing c1 -> c2", "grades A–F", expect: ["F", "A", "same"]),
            CommandExample("bands reading c1 -> c2 cuts 600,500", "cuts must rise", expect: ["rising"], fails: true),
        ],
        signature: CommandSignature(
            [ArgumentSpec("MEASURE A -> B", .cycleReference, help: "a measure from cycle A to B: 'reading c1 -> c2'")],
            clauses: [Clause("cuts", argument: ArgumentSpec("X,Y,…", .value), help: "bands between these rising cut points"),
                      Clause("quintiles", help: "five bands of equal size at cycle A (numbers' default)"),
                      Clause("grades", help: "one band per grade (grades' default)")])
    ) { ctx in
        let d = try ctx.current()
        let baseName = ctx.session.dataset(named: d.name)?.baseName ?? d.name
        let model = ctx.session.cycleModel(for: d, baseName: baseName)
        let stops = Set(spec.signature.keywords)
        var head: [Word] = []
        while let w = ctx.args.peek(), !(w.isBare && stops.contains(w.text.lowercased())) { head.append(w); _ = ctx.args.next() }
        let ref = try CycleReference.pair(head, model: model, args: ctx.args, usage: usage)
        let series = try model.series(ref.measure, cycles: ref.cycles, in: d)
        try ctx.session.environment.cancellation.check()
        var scheme: TransitionTable.Scheme = series.isGrade ? .grades : .quintiles
        if let w = ctx.args.next() {
            switch w.text.lowercased() {
            case "quintiles": scheme = .quintiles
            case "grades":
                guard series.isGrade else { throw ctx.error(BandsMessage.notGrade(.text(ref.measure)), at: w, hint: BandsMessage.useQuintilesOrCuts()) }
                scheme = .grades
            default:
                let v = try ctx.args.expect(BandsMessage.expectedCuts(), usage: usage)
                var cuts: [Double] = []
                for part in v.text.split(separator: ",") {
                    guard let x = Double(part), x.isFinite else { throw ctx.error(BandsMessage.cutNotNumber(.text(String(part))), at: v) }
                    cuts.append(x)
                }
                guard !cuts.isEmpty, cuts.count <= 12, zip(cuts, cuts.dropFirst()).allSatisfy({ $0 < $1 }) else {
                    throw ctx.error(BandsMessage.cutsRising(.text(v.text)), at: v)
                }
                scheme = .cuts(cuts)
            }
        }
        try ctx.args.expectEnd(usage: usage)
        let t = TransitionTable(series: series, scheme: scheme)
        return render(t, settings: ctx.session.settings)
    }

    static func render(_ t: TransitionTable, settings st: Settings) -> Output {
        let lang = st.language, num = lang.numbers
        let labels = t.labels(lang)
        var rows: [[Cell]] = []
        for i in t.bands.indices {
            var row: [Cell] = [.text(labels[i])]
            for j in t.bands.indices {
                let p = t.rowPercent(i, j)
                row.append(.text(t.counts[i][j] == 0 ? "·" : BandsMessage.cell.text(lang, .quantity(t.counts[i][j]), .number(p, decimals: 0))))
            }
            row.append(.integer(t.rowTotal(i)))
            rows.append(row)
        }
        rows.append([.text(BandsMessage.total.text(lang))] + t.bands.indices.map { .integer(t.columnTotal($0)) } + [.integer(t.total)])
        var table = ResultTable(title: BandsMessage.title.text(lang, .text(t.measure), .text(t.from), .text(t.to)),
                                header: ["\(t.from) \\ \(t.to)"] + labels + ["n"], rows: rows)
            .keepingEnglishKeys(lang, title: BandsMessage.title.text(.en, .text(t.measure), .text(t.from), .text(t.to)), header: [nil] + t.bands)
        for k in 1..<table.columns.count { table.columns[k].alignment = .right }
        func share(_ x: Int) -> String {
            t.total > 0 ? BandsMessage.share.text(lang, .quantity(x), .number(100 * Double(x) / Double(t.total), decimals: 0)) : "0"
        }

        // In workshop mode the up/same/down totals follow the table's suppression: a group under
        // min-group is hidden, and so is every total when any is (two reveal the third).
        let k = st.minGroup
        if st.workshop, [t.up, t.same, t.down, t.total].contains(where: { $0 > 0 && $0 < k }) {
            table.footer = [BandsMessage.hiddenMoved.text(lang, .quantity(k))]
        } else {
            table.footer = [BandsMessage.moved.text(lang, .text(share(t.up)), .text(share(t.same)), .text(share(t.down)), .quantity(t.total))]
        }
        if case .quintiles = t.scheme {
            func cuts(_ c: [Double]) -> String { c.map { num.fixed($0, decimals: 1) }.joined(separator: num.listSeparator) }
            table.footer.append(BandsMessage.quintiles.text(lang, .text(t.from), .text(cuts(t.cutsFrom)), .text(t.to), .text(cuts(t.cutsTo))))
        }
        var out = Output([.table(table)])
        if t.total < 30 { out.append(.warning(BandsMessage.small.prose(lang, .count(t.total)))) }
        return out
    }
}
