import EvidenceData
import EvidenceAnalysis

enum TailCommand {
    static var usage: String { spec.usage }
    static let spec = CommandSpec(
        name: "tail", category: .cycles,
        summary: "Freeze the lowest P % (default 20) at a cycle and follow them, and the rest, over later cycles.",
        discussion: """
        The tail is every student at or below the P-th percentile (type 7) at cycle A; membership \
        is frozen. For each later cycle: students present, their mean z at A and now (z against \
        the dataset's cohort at each cycle), the gain in points, the regression-to-the-mean \
        expectation r·z (what the tail would show with no effect at all), and the share still at or \
        below that cycle's P-th percentile with a 95% Wilson interval. 'tail reading c1' and \
        'tail reading_c1' mean the same as 'tail reading at c1'.
        """,
        examples: [
            CommandExample("tail reading at c1", "the lowest 20 % in reading at c1, followed to c2 and c3", expect: ["tail", "rest", "r·z", "c3"]),
            CommandExample("tail maths_c1 pct 25", "lowest quarter in maths", expect: ["25 %", "still"]),
            CommandExample("tail reading at c1 pct 0", "a percent must leave someone in the tail", expect: ["pct takes"], fails: true),
        ],
        signature: CommandSignature(
            [ArgumentSpec("MEASURE at A", .cycleReference, help: "a measure and the cycle whose lowest students are followed: 'reading at c1'")],
            clauses: [Clause("pct", argument: ArgumentSpec("P", .number), help: "the size of the tail in percent (default 20)")])
    ) { ctx in
        let d = try ctx.current()
        let baseName = ctx.session.dataset(named: d.name)?.baseName ?? d.name
        let model = ctx.session.cycleModel(for: d, baseName: baseName)
        var head: [Word] = []
        while let w = ctx.args.peek(), !w.isKeyword("pct") { head.append(w); _ = ctx.args.next() }
        let ref = try CycleReference.single(head, model: model, args: ctx.args, usage: usage)
        var pct = 20.0
        if ctx.args.take("pct") {
            let w = try ctx.args.expect(TailMessage.expectedPct(), usage: usage)
            guard let v = Double(w.text.decimalCommaToPoint()), v > 0, v < 100 else {
                throw ctx.error(TailMessage.pctRange(.text(w.text)), at: w)
            }
            pct = v
        }
        try ctx.args.expectEnd(usage: usage)
        let all = model.cycles(of: ref.measure)
        guard let start = all.firstIndex(of: ref.cycles[0]), start + 1 < all.count else {
            throw Diagnostic.usage(TailMessage.noCycleAfter(.text(ref.cycles[0]), .text(ref.measure)),
                                   hint: TailMessage.pickEarlier(.text(all.joined(separator: " "))))
        }
        let series = try model.series(ref.measure, cycles: Array(all[start...]), in: d)
        try ctx.session.environment.cancellation.check()
        let t = TailTracking(series: series, percent: pct)
        try ctx.session.environment.cancellation.check()
        let lang = ctx.language, num = lang.numbers
        let pctText = num.plain(pct)
        let groupWord: [String: String] = ["tail": TailMessage.tail.text(lang), "rest": TailMessage.rest.text(lang)]
        var rows: [[Cell]] = []
        for r in t.rows {
            rows.append([.text(r.cycle), .text(groupWord[r.group] ?? r.group), .integer(r.n), .number(r.meanZBaseline, decimals: 2),
                         .number(r.meanZ, decimals: 2), .number(r.changeZ, decimals: 2), .number(r.gain, decimals: 1),
                         .number(r.expectedZ, decimals: 2), .number(r.beyondRegression, decimals: 2),
                         r.n > 0 ? .interval(CellInterval(estimate: 100 * r.stillShare, lower: 100 * r.wilson.lower, upper: 100 * r.wilson.upper,
                                                   decimals: 0, style: .percent)) : .missing(.empty)])
        }
        var out = Output()
        out.append(.message(TailMessage.intro.prose(lang, .text(pctText), .text(ref.measure), .text(t.baseline),
                                                    .prose("\(num.plain(t.cutoff), of: min(t.tailSize, t.cohortSize))"),
                                                    .count(t.tailSize), .count(t.cohortSize))))
        let header: [TailMessage] = [.cycle, .group]
        out.append(.table(ResultTable(title: TailMessage.title.text(lang), header: header.map { $0.text(lang) } + [
            "n", TailMessage.zAt.text(lang, .text(t.baseline)), TailMessage.zNow.text(lang), TailMessage.zChange.text(lang), TailMessage.gain.text(lang),
            "r·z", TailMessage.beyond.text(lang), TailMessage.still.text(lang, .text(pctText))],
            rows: rows, footer: [TailMessage.rzFooter.text(lang, .text(t.baseline)), TailMessage.stillFooter.text(lang, .text(pctText)),
                                 TailMessage.beyondFooter.text(lang)])
            .keyed("tail", [nil, nil, nil, "z_baseline", "z_now", "z_change", "gain", "r_z", "beyond_r_z", "still_pct"])
            .keepingEnglishKeys(lang, header: ["cycle", "group", nil])))
        if let first = t.rows.first(where: { $0.group == "tail" }), first.n > 0, first.changeZ > 0 {
            let share = first.changeZ > 0 ? min(1, (first.expectedZ - first.meanZBaseline) / first.changeZ) : 0
            out.append(.warning(TailMessage.regression.prose(lang, .statistic(first.changeZ, decimals: 2, of: first.n), .text(first.cycle),
                                                             .statistic(first.expectedZ - first.meanZBaseline, decimals: 2, of: first.n),
                                                             .number(100 * max(0, share), decimals: 0))))
        }
        if let small = t.rows.first(where: { $0.group == "tail" && $0.n < 30 }) {
            out.append(.warning(TailMessage.smallTail.prose(lang, .count(small.n), .text(small.cycle))))
        }
        return out
    }
}
