import EvidenceData
import EvidenceAnalysis

enum DescribeCommand {
    static var usage: String { spec.usage }
    static let spec = CommandSpec(
        name: "describe", category: .loading,
        summary: "Per column: type, n, missing, min / mean / max or the most common values.",
        discussion: "Describes the current dataset, or the one named; 'describe DB.TABLE' a connected database's table, on the server (docs/databases.md). Missing values that were Skolverket markers (. .. - ~100) are counted by kind.",
        examples: [
            CommandExample("describe", "every column of the demo school", expect: ["reading_c1", "number", "writing_c1", "grade"]),
            CommandExample("describe where sen", "only students with special needs", expect: ["demo where sen:"]),
        ],
        signature: CommandSignature(
            [ArgumentSpec("NAME", .dataset, optional: true, help: "a dataset or view (default: the current one)")],
            clauses: [Clause("where", argument: ArgumentSpec("EXPR", .expression), help: "only the rows where EXPR is true")])
    ) { ctx in
        var name: Word?
        if let w = ctx.args.peek(), !w.isKeyword("where") { name = ctx.args.next() }
        // `describe NAME.table` with NAME a connected database runs on the server.
        if let w = name, ctx.session.dataset(named: w.text) == nil, let r = ServerAggregates.relation(w, ctx.session) {
            try ctx.args.expectEnd(usage: usage)
            return try ServerAggregates.describe(w, r, ctx.session)
        }
        var d = try ctx.session.resolve(name?.text, span: name.map { ctx.args.span($0) })
        var label = d.name
        if ctx.args.take("where") {
            guard let (text, offset) = ctx.args.rest() else { throw ctx.error(ArgumentsMessage.expectedConditionAfterWhere(), at: nil) }
            d = ResolvedDataset(name: d.name, table: d.table, selection: try Expressions.select(text, offset: offset, line: ctx.args.line, in: d))
            label = "\(d.name) where \(text)"
        }
        try ctx.args.expectEnd(usage: usage)
        var rows: [[Cell]] = []
        var safe: [Int: [Int: Cell]] = [:]
        let k = ctx.session.settings.minGroup
        let lang = ctx.language, num = lang.numbers
        for c in d.table.columns {
            try ctx.session.environment.cancellation.check()
            let p = ColumnProfile(column: c, rows: d.selection)
            var summary: String
            switch p.type {
            case .number:
                if let lo = p.min, let m = p.mean, let hi = p.max {
                    summary = "\(num.plain(lo)) / \(num.fixed(m, decimals: 1)) / \(num.plain(hi))"
                    // Workshop form: the min and the max are one student's value each, shown
                    // only when at least K students hold it (as in summary).
                    let values = CycleSeries.numbers(c, selection: d.selection)
                    func shown(_ v: Double) -> String {
                        values.lazy.filter { $0 == v }.count >= k ? num.plain(v) : "<\(k)"
                    }
                    safe[rows.count, default: [:]][4] = .text("\(shown(lo)) / \(num.fixed(m, decimals: 1)) / \(shown(hi))")
                } else { summary = DescribeMessage.allMissing.text(lang) }
            case .date:
                // The first and the last date, no mean; in workshop form each only when at
                // least K students share it (as for numbers).
                if let lo = p.min, let hi = p.max, case .date(let v) = (d.selection.map { c.gather($0) } ?? c).data {
                    summary = "\(Dates.text(lo)) … \(Dates.text(hi))"
                    func shown(_ x: Double) -> String { v.lazy.filter { $0 == x }.count >= k ? Dates.text(x) : "<\(k)" }
                    safe[rows.count, default: [:]][4] = .text("\(shown(lo)) … \(shown(hi))")
                } else { summary = DescribeMessage.allMissing.text(lang) }
            default:
                if p.isID {
                    summary = DescribeMessage.idDistinct.text(lang, .quantity(p.distinct))
                } else {
                    let shown = p.top.prefix(4).map { "\($0.0) \($0.1)" }.joined(separator: ", ")
                    summary = p.top.count > 4 ? shown + DescribeMessage.moreValues.text(lang, .quantity(p.distinct)) : shown
                    // Workshop form: only values held by at least K students, and none of a
                    // column with (nearly) one value per student.
                    let common = p.distinct * 2 > p.n ? [] : p.top.filter { $0.1 >= k }
                    let kept = common.prefix(4).map { "\($0.0) \($0.1)" }.joined(separator: ", ")
                    let rest = p.distinct - min(4, common.count)
                    let hidden = p.distinct > 1 ? DescribeMessage.hiddenValues.text(lang, .quantity(p.distinct), .quantity(k)) : DescribeMessage.hiddenValuesOnly.text(lang, .quantity(k))
                    safe[rows.count, default: [:]][4] = .text(rest > 0 ? (kept.isEmpty ? "" : kept + ", ") + hidden : kept)
                }
            }
            if p.type == .number, p.n > 0, p.n < k { safe[rows.count, default: [:]][4] = .suppressed(k: k) }
            if !p.markers.isEmpty {
                let m = MissingKind.allCases.compactMap { k in p.markers[k].map { "\(k.marker)×\($0)" } }
                summary += DescribeMessage.markers.text(lang, .text(m.joined(separator: " ")))
            }
            let typeName = LoadMessage.type(p.type).text(lang)
            rows.append([.text(c.name), .text(p.isID ? DescribeMessage.idType.text(lang, .text(typeName)) : typeName),
                         .integer(p.n), .integer(p.missing), .text(summary),
                         .text(p.type == .number ? distribution(c, d, ascii: ctx.session.settings.ascii) : "")])
        }
        let words: [DescribeMessage] = [.column, .type, .missing, .summary, .distribution]
        let header = words.map { $0.text(lang) }
        var t = ResultTable(header: [header[0], header[1], "n", header[2], header[3], header[4]], rows: rows)
        // The machine names stay the English ones in every language (docs/architecture.md, "Messages").
        let title = DescribeMessage.title.prose(lang, .text(label), .count(d.rowCount), .quantity(d.table.columns.count))
        t = t.keepingEnglishKeys(lang, title: DescribeMessage.title.text(.en, .text(label), .count(d.rowCount), .quantity(d.table.columns.count)),
                                 header: ["column", "type", nil, "missing", DescribeMessage.summary.text(.en), "distribution"])
        t.setTitle(title)
        t.workshopCells = safe
        t.columns[2].alignment = .right
        t.columns[3].alignment = .right
        return .table(t)
    }

    /// A sparkline of a number column's distribution (charts' `Sparkline`).
    static func distribution(_ c: Column, _ d: ResolvedDataset, ascii: Bool) -> String {
        let v = NumericValues(d.selection.map { c.gather($0) } ?? c)
        return Sparkline.distribution(v.values, bins: 10, ascii: ascii)
    }
}
