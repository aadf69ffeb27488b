import EvidenceData
import EvidenceAnalysis

enum ListCommand {
    static var usage: String { spec.usage }
    static let spec = CommandSpec(
        name: "list", category: .loading,
        summary: "Show rows of the current dataset, fitted to the width.",
        discussion: "Columns are separated by spaces or commas. Without `limit`, 20 rows are shown. Long text is cut with '…'. Refused in workshop mode, where individual students must not be shown.",
        examples: [
            CommandExample("list student_id class reading_c1 limit 3", "three students", expect: ["E001", "4A"]),
            CommandExample("list student_id, reading_c1 where class == \"5A\" sort reading_c1 desc limit 5", "the best five readers in 5A", expect: ["5 of 52 rows"]),
        ],
        signature: CommandSignature(
            [ArgumentSpec("COLUMNS", .columns, optional: true, help: "the columns to show (default: all)")],
            clauses: [Clause("where", argument: ArgumentSpec("EXPR", .expression), help: "only the rows where EXPR is true"),
                      Clause("sort", argument: ArgumentSpec("EXPR", .expression), flags: ["desc", "asc"],
                             help: "in the order of EXPR, smallest first; desc for largest first"),
                      Clause("limit", argument: ArgumentSpec("N", .number), help: "at most N rows (default 20)")])
    ) { ctx in
        let s = ctx.session
        if s.settings.workshop {
            throw Diagnostic(.error, category: .usage, kind: CommonMessage.privacy(), message: ListMessage.workshop(), hint: ListMessage.workshopHint())
        }
        var d = try ctx.current()
        var names: [Word] = []
        var limit = 20
        var order: (text: String, offset: Int, desc: Bool)?
        while let w = ctx.args.next() {
            if w.isKeyword("where") {
                guard let (text, offset) = ctx.args.rest(stoppingAt: ["sort", "limit"]) else { throw ctx.error(ArgumentsMessage.expectedConditionAfterWhere(), at: nil) }
                d = ResolvedDataset(name: d.name, table: d.table, selection: try Expressions.select(text, offset: offset, line: ctx.args.line, in: d))
                continue
            }
            if w.isKeyword("sort") {
                guard let (text, offset) = ctx.args.rest(stoppingAt: ["desc", "asc", "limit", "where"]) else { throw ctx.error(ListMessage.expectedSortColumn(), at: nil) }
                let desc = ctx.args.take("desc")
                if !desc { _ = ctx.args.take("asc") }
                order = (text, offset, desc)
                continue
            }
            if w.isKeyword("limit") {
                let n = try ctx.args.expect(ArgumentsMessage.expectedNumberAfter("limit"), usage: usage)
                guard let v = Int(n.text), v >= 0 else { throw ctx.error(ArgumentsMessage.takesWholeNumber("limit", .text(n.text)), at: n) }
                limit = v
                continue
            }
            for part in w.text.split(separator: ",") where !part.isEmpty {
                names.append(Word(text: String(part), range: w.range, quote: w.quote))
            }
        }
        try ctx.args.expectEnd(usage: usage)
        var cols: [Column] = []
        for w in names {
            guard let c = d.table.column(named: w.text) else {
                throw ctx.error(CommonMessage.unknownColumn(.text(w.text)), at: w,
                                hint: Suggestions.suggestion(w.text, in: d.table.columnNames) ?? CommonMessage.seeDescribe())
            }
            cols.append(c)
        }
        if cols.isEmpty { cols = d.table.columns }
        if let order {
            let key = try Expressions.evaluate(order.text, offset: order.offset, line: ctx.args.line, in: d)
            let perm = RowOrder.permutation(key, descending: order.desc)
            d = ResolvedDataset(name: d.name, table: d.table, selection: perm.map { Int32(d.baseRow($0)) })
        }
        // An empty view (or a `where` no row meets) says so, instead of an empty box.
        if d.rowCount == 0 { return .message(ListMessage.noRows.prose(ctx.language)) }
        let n = min(limit, d.rowCount)
        var rows: [[Cell]] = []
        rows.reserveCapacity(n)
        for i in 0..<n {
            let r = d.baseRow(i)
            rows.append(cols.map { Cell.from($0.value(at: r)) })
        }
        var t = ResultTable(header: cols.map(\.name), rows: rows)
        for (i, c) in cols.enumerated() where c.type == .number { t.columns[i].alignment = .right }
        // An id (a pseudonym) is shown whole or not at all: a cut one could be someone else's.
        for (i, c) in cols.enumerated() where c.isID { t.columns[i].whole = true }
        if d.rowCount > n { t.footer = [ListMessage.more.text(ctx.language, .quantity(n), .quantity(d.rowCount))] }
        return .table(t)
    }
}
