import EvidenceData
import EvidenceAnalysis

enum SummaryCommand {
    static var usage: String { spec.usage }
    static let spec = CommandSpec(
        name: "summary", category: .cycles,
        summary: "n, missing, mean, sd, min, quartiles and max of expressions, optionally per group.",
        discussion: """
        sd is the sample SD (n - 1). Quartiles are Hyndman & Fan type 7 (linear interpolation \
        between order statistics; numpy's and R's default). Grades are summarised on merit points \
        (F 0, E 10, D 12.5, C 15, B 17.5, A 20); true/false as 1/0, so the mean is the share true. \
        Several columns after 'by' group by their combinations; missing is its own group.
        """,
        examples: [
            CommandExample("summary reading_c1", "one measure", expect: ["reading_c1", "median", "q1"]),
            CommandExample("summary reading_c1, reading_c2 by class", "two measures per class", expect: ["5A", "reading_c2"]),
            CommandExample("summary writing_c1 by year, gender", "a grade on points, by two columns", expect: ["4 · F", "points"]),
            CommandExample("summary class", "text has no mean", expect: ["'class' is text"], fails: true),
            CommandExample("summary mean(reading_c1) by class", "an aggregate is one number, not a value per student", expect: ["one number for all of demo", "summary reading_c1 by …"], fails: true),
        ],
        signature: CommandSignature(
            [ArgumentSpec("EXPR[, EXPR …]", .expressions, help: "numbers, grades (on points) or true/false")],
            clauses: [Clause("by", argument: ArgumentSpec("COLUMNS", .columns), help: "one row per combination of their values")])
    ) { ctx in
        let d = try ctx.current()
        guard let (text, offset) = ctx.args.rest(stoppingAt: ["by"]) else {
            throw ctx.error(SummaryMessage.expectedExpression(), at: nil)
        }
        var byColumns: [Column] = []
        if ctx.args.take("by") { byColumns = try CompareCommand.byColumns(&ctx, d) }
        try ctx.args.expectEnd(usage: usage)
        var exprs: [(String, [Double], Int)] = []
        var notes: [String] = []
        for (part, at) in try CommandLexer.commaParts(text, offset: offset, line: ctx.args.line, hint: CommonMessage.usage(.text(usage))) {
            // `mean(x)` is one number for the whole dataset, the same in every group: summarising
            // it would print that number as each group's mean with sd 0, a silent misreading.
            let call = part.trimmed()
            let fname = String(call.prefix { $0 != "(" }).trimmed().lowercased()
            if call.hasSuffix(")"), Functions.all.contains(where: { $0.isAggregate && $0.name == fname }) {
                let inner = String(call.drop { $0 != "(" }.dropFirst().dropLast())
                throw Diagnostic.usage(SummaryMessage.oneNumber(.text(call), .text(d.name)),
                                       span: Span(line: ctx.args.line, range: at..<(at + part.count)),
                                       hint: SummaryMessage.showsItself(.text(inner.split(separator: ",").first.map { String($0).trimmed() } ?? inner),
                                                                          .text(byColumns.isEmpty ? "" : " by …"), .text(call)))
            }
            let c = try Expressions.evaluate(part, offset: at, line: ctx.args.line, in: d)
            switch c.type {
            case .text:
                throw Diagnostic.usage(SummaryMessage.isText(.text(part)),
                                       span: Span(line: ctx.args.line, range: at..<(at + part.count)), hint: SummaryMessage.tryCount(.text(part)))
            case .grade: notes.append(SummaryMessage.gradeNote.text(ctx.language, .text(part)))
            case .boolean: notes.append(SummaryMessage.booleanNote.text(ctx.language, .text(part)))
            case .date:
                throw Diagnostic.usage(SummaryMessage.isDate(.text(part)),
                                       span: Span(line: ctx.args.line, range: at..<(at + part.count)),
                                       hint: SummaryMessage.describeDates(.text(part)))
            case .number: break
            }
            exprs.append((part, CycleSeries.numbers(c, selection: nil), c.count))
        }
        let groups = GroupCodes(d, columns: byColumns)
        var rows: [[Cell]] = []
        var sizes: [Int?] = []
        var safe: [Int: [Int: Cell]] = [:]
        let minGroup = ctx.session.settings.minGroup
        let b = byColumns.isEmpty ? 0 : 1
        for (name, values, _) in exprs {
            let perGroup = groups.split(values)
            let dec = values.contains { abs($0) >= 100 } ? 1 : 2
            for (k, g) in perGroup.enumerated() where g.present.count + g.missing > 0 {
                let s = Summary(values: g.present, missing: g.missing)
                var row: [Cell] = byColumns.isEmpty ? [] : [.text(groups.labels[k])]
                row += [.text(name), .integer(s.n), .integer(s.missing)]
                row += [s.mean, s.sd, s.min, s.q1, s.median, s.q3, s.max].map { .number($0, decimals: dec) }
                // The min and the max are one student's value each: in workshop mode they are
                // shown only when at least min-group students hold that value.
                let (atMin, atMax) = Self.ties(g.present, s.min, s.max)
                for (c, ties) in [(b + 5, atMin), (b + 9, atMax)] where ties < minGroup {
                    safe[rows.count, default: [:]][c] = .suppressed(k: minGroup)
                }
                rows.append(row)
                // A row's group is its students with a value; a row of none describes its missing.
                sizes.append(s.n > 0 ? s.n : s.missing)
            }
        }
        let lang = ctx.language
        func words(_ l: Language) -> [String] {
            (byColumns.isEmpty ? [] : [byColumns.map(\.name).joined(separator: " · ")])
                + [SummaryMessage.expression.text(l), "n", SummaryMessage.missing.text(l), SummaryMessage.mean.text(l), "sd", "min", "q1",
                   SummaryMessage.median.text(l), "q3", "max"]
        }
        var t = ResultTable(header: words(lang), rows: rows)
            .keepingEnglishKeys(lang, title: SummaryMessage.title.text(.en, .text(d.name), .count(d.rowCount)), header: words(.en))
        t.setTitle(SummaryMessage.title.prose(lang, .text(d.name), .count(d.rowCount)))
        t.workshopCells = safe
        t.groups = GroupSizes(rows: sizes, labelColumns: b + 1)
        t.footer = [SummaryMessage.footer.text(lang)] + notes
        return .table(t)
    }

    /// How many values equal the minimum and the maximum, in one pass.
    static func ties(_ values: [Double], _ min: Double, _ max: Double) -> (Int, Int) {
        var atMin = 0, atMax = 0
        values.withUnsafeBufferPointer { v in
            for x in v { atMin &+= x == min ? 1 : 0; atMax &+= x == max ? 1 : 0 }
        }
        return (atMin, atMax)
    }
}
