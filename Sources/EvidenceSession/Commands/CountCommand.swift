import EvidenceData
import EvidenceAnalysis

enum CountCommand {
    static var usage: String { spec.usage }
    static let spec = CommandSpec(
        name: "count", category: .loading,
        summary: "Count rows, those where a condition holds, or rows per value of columns or expressions.",
        discussion: """
        `by` takes columns or expressions, separated by commas: count by class, sen or \
        count by band(reading_c1, 400, 500). Groups are in natural order (numbers ascending, \
        grades A to F, text alphabetically), missing last. `count DB.TABLE by COLUMN` counts a \
        connected database's table on the server (docs/databases.md).
        """,
        examples: [
            CommandExample("count", "rows in the current dataset", expect: ["300 rows"]),
            CommandExample("count by class", "students per class", expect: ["4A", "50"]),
            CommandExample("count where reading_c1 < 350", "students reading below 350", expect: ["of 300 rows"]),
            CommandExample("count by year, sen", "per year and special needs", expect: ["year", "sen", "true"]),
            CommandExample("count where year == 5 by writing_c1 >= \"C\"", "year 5: C or better in writing, or not", expect: ["false", "true"]),
            CommandExample("count by class", "in workshop mode groups under min-group show as <K",
                           setup: ["load demo", "set min-group 51", "set workshop on"], expect: ["<51", "52"]),
        ],
        signature: CommandSignature(clauses: [
            Clause("where", argument: ArgumentSpec("EXPR", .expression), help: "count only the rows where EXPR is true"),
            Clause("by", argument: ArgumentSpec("EXPR[, EXPR …]", .expressions), help: "count per value of each: columns or expressions"),
        ])
    ) { ctx in
        // `count DB.TABLE by COL, …` with DB a connected database: a GROUP BY on the server.
        if let w = ctx.args.peek(), !w.isKeyword("where"), !w.isKeyword("by"), let r = ServerAggregates.relation(w, ctx.session) {
            _ = ctx.args.next()
            guard ctx.args.take("by"), let (text, offset) = ctx.args.rest() else {
                throw ctx.error(CountMessage.expectedBy(.text(w.text)), at: w, hint: CountMessage.byOnServer(.text(w.text)))
            }
            let names = try CommandLexer.commaParts(text, offset: offset, line: ctx.args.line, what: "a column").map { $0.text.trimmingCharacters(in: .whitespaces) }
            return try ServerAggregates.count(w, r, by: names, ctx)
        }
        var d = try ctx.current()
        let line = ctx.args.line
        var whereText: String?
        if ctx.args.take("where") {
            guard let (text, offset) = ctx.args.rest(stoppingAt: ["by"]) else { throw ctx.error(ArgumentsMessage.expectedConditionAfterWhere(), at: nil) }
            let rows = try Expressions.select(text, offset: offset, line: line, in: d)
            whereText = text
            d = ResolvedDataset(name: d.name, table: d.table, selection: rows)
        }
        guard ctx.args.take("by") else {
            try ctx.args.expectEnd(usage: usage)
            if whereText != nil, let all = try? ctx.current() { return .message(CountMessage.rowsOf.prose(ctx.language, .count(d.rowCount), .count(all.rowCount))) }
            return .message(CountMessage.rows.prose(ctx.language, .count(d.rowCount)))
        }
        guard let (text, offset) = ctx.args.rest() else { throw ctx.error(ArgumentsMessage.expectedColumnAfterBy(), at: nil) }
        var columns: [Column] = []
        for (part, at) in try CommandLexer.commaParts(text, offset: offset, line: line, hint: CommonMessage.usage(.text(usage))) {
            columns.append(try Expressions.evaluate(part, offset: at, line: line, in: d))
        }
        return .table(GroupCounts(columns, rows: d.rowCount).table(ctx.language))
    }
}
