import EvidenceData
import EvidenceAnalysis

enum CyclesCommand {
    static let usage = "cycles [order CYCLE … | order auto]"
    static let spec = CommandSpec(
        name: "cycles", category: .cycles,
        usage: usage,
        summary: "Show which measures were observed at which cycles, with n per cell; fix the cycle order.",
        discussion: """
        Wide data: columns sharing a stem and a cycle-like suffix (reading_c1 … reading_c3, \
        maths_ht24/maths_vt25, läsning_t1). Long data: a cycle column (cycle, term, period, …) beside \
        measure/value columns or beside measure columns. Labels are ordered naturally (c2 before c10, \
        vt24 before ht24 before vt25); 'cycles order c3 c1 c2' fixes another order for this table, \
        'cycles order auto' goes back to the natural one.
        """,
        examples: [
            CommandExample("cycles", "measures × cycles of the demo school", expect: ["reading", "c1", "c3", "wide"]),
            CommandExample("cycles order c1 c2 c3", "fix the order explicitly", expect: ["cycle order: c1 c2 c3"]),
            CommandExample("cycles order c1 c4", "an unknown cycle is named", expect: ["no cycle 'c4'"], fails: true),
        ],
        signature: CommandSignature(clauses: [
            Clause("order", argument: ArgumentSpec("CYCLE …", .either([.choice(["auto"]), .cycles])),
                   help: "fix the order of the cycles for this dataset; 'order auto' goes back to the natural order"),
        ])
    ) { ctx in
        let d = try ctx.current()
        let baseName = ctx.session.dataset(named: d.name)?.baseName ?? d.name
        if ctx.args.take("order") {
            let detected = CycleModel.detect(d.table)
            var order: [String] = []
            guard ctx.args.peek() != nil else { throw ctx.error(CyclesMessage.expectedLabels(), at: nil) }
            if ctx.args.peek()?.isKeyword("auto") == true {
                _ = ctx.args.next()
                try ctx.args.expectEnd(usage: usage)
                ctx.session.state.cycleOrders[baseName] = nil
                return .message(CyclesMessage.orderNatural.prose(ctx.language, .text(detected.cycles.joined(separator: " "))))
            }
            while let w = ctx.args.next() {
                for part in w.text.split(separator: ",").map(String.init) where !part.isEmpty {
                    guard let c = detected.cycles.first(where: { $0.lowercased() == part.lowercased() }) else {
                        throw ctx.error(CyclesMessage.noCycle(.text(part)), at: w,
                                        hint: Suggestions.suggestion(part, in: detected.cycles) ?? CyclesMessage.cyclesList(.text(detected.cycles.joined(separator: " "))))
                    }
                    if order.contains(c) { throw ctx.error(CyclesMessage.namedTwice(.text(part)), at: w) }
                    order.append(c)
                }
            }
            ctx.session.state.cycleOrders[baseName] = order
            let m = detected.ordered(order)
            return .message(CyclesMessage.orderFixed.prose(ctx.language, .text(m.cycles.joined(separator: " ")), .text(baseName)))
        }
        try ctx.args.expectEnd(usage: usage)
        let model = ctx.session.cycleModel(for: d, baseName: baseName)
        guard !model.isEmpty else {
            return .message(CyclesMessage.noMeasure.prose(ctx.language, .text(d.name)))
        }
        let lang = ctx.language
        var rows: [[Cell]] = []
        for m in model.measures {
            var row: [Cell] = [.text(m.name), .text((m.type == .grade ? CyclesMessage.gradePoints : .number).text(lang))]
            let s = try model.series(m.name, cycles: model.cycles, in: d, allowMissingCycles: true)
            for v in s.values { row.append(.integer(v.reduce(0) { $0 + ($1.isNaN ? 0 : 1) })) }
            rows.append(row)
        }
        // Cells of cycles a wide measure was never observed at show "–".
        if case .wide = model.shape {
            for (i, m) in model.measures.enumerated() {
                for (k, c) in model.cycles.enumerated() where m.columns[c] == nil { rows[i][2 + k] = .missing(.empty) }
            }
        }
        func shape(_ l: Language) -> String {
            switch model.shape {
            case .wide: CyclesMessage.wide.text(l)
            case .longMeasureValue(let c, let m, let v): CyclesMessage.longMeasureValue.text(l, .text(c), .text(m), .text(v))
            case .longColumns(let c): CyclesMessage.longColumns.text(l, .text(c))
            }
        }
        func title(_ l: Language) -> String {
            CyclesMessage.title.text(l, .text(d.name), .quantity(model.measures.count), .quantity(model.cycles.count), .text(shape(l)))
        }
        var t = ResultTable(title: title(lang), header: [CyclesMessage.measure.text(lang), CyclesMessage.type.text(lang)] + model.cycles.map { "n \($0)" }, rows: rows)
            .keepingEnglishKeys(lang, title: title(.en), header: ["measure", "type"])
        t.footer = [CyclesMessage.footer.text(lang, .text(model.cycles.joined(separator: " ")),
                                              .text((model.orderIsFixed ? CyclesMessage.fixedWithOrder : .natural).text(lang)))]
        // Each `n c…` cell counts students: hidden under min-group in workshop mode (the
        // measures overlap: no partition, no complementary cells).
        t.groups = GroupSizes(rows: rows.map { _ in nil }, labelColumns: 2, rowsPartition: false,
                              countColumns: Array(2..<(2 + model.cycles.count)))
        return .table(t)
    }
}
