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
        grades A to F, text alphabetically), missing last.
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
        var d = try ctx.current()
        let line = ctx.args.line
        var whereText: String?
        if ctx.args.take("where") {
            guard let (text, offset) = ctx.args.rest(stoppingAt: ["by"]) else { throw ctx.error("expected a condition after 'where'", at: nil) }
            let rows = try Expressions.select(text, offset: offset, line: line, in: d)
            whereText = text
            d = ResolvedDataset(name: d.name, table: d.table, selection: rows)
        }
        guard ctx.args.take("by") else {
            try ctx.args.expectEnd(usage: usage)
            let k = ctx.session.settings.minGroup
            // Workshop mode: a count under min-group is itself a small group.
            let small = ctx.session.settings.workshop && d.rowCount > 0 && d.rowCount < k
            if whereText != nil, let all = try? ctx.current() { return .message("\(count: d.rowCount) of \(count: all.rowCount) rows") }
            if small { return .message("<\(k) rows (fewer than min-group \(k))") }
            return .message("\(count: d.rowCount) rows")
        }
        guard let (text, offset) = ctx.args.rest() else { throw ctx.error("expected a column after 'by'", at: nil) }
        var columns: [Column] = []
        for (part, at) in try CommandLexer.commaParts(text, offset: offset, line: line, hint: "usage: \(usage)") {
            columns.append(try Expressions.evaluate(part, offset: at, line: line, in: d))
        }
        return .table(countTable(columns, rows: d.rowCount))
    }

    /// Counts per combination of keys, in natural order, missing last. One pass over dense keys.
    static func countTable(_ columns: [Column], rows n: Int) -> ResultTable {
        // A single text column is counted from its codes; the others need a key per row.
        let onlyText = columns.count == 1 && columns[0].type == .text
        let keys = columns.map { RowOrder.keys($0, perRow: !onlyText) }
        var radix: [Int] = []
        var total = 1
        for k in keys { radix.append(k.labels.count + 1); total = total.multipliedReportingOverflow(by: k.labels.count + 1).partialValue }
        var counts: [Int: Int] = [:]
        if columns.count == 1, case .text(let t) = columns[0].data {
            // One text column: count its codes directly, then move missing rows to their own key.
            var dense = [Int](repeating: 0, count: total)
            t.codes.withUnsafeBufferPointer { p in
                dense.withUnsafeMutableBufferPointer { d in for i in 0..<n { d[Int(p[i])] &+= 1 } }
            }
            let c = columns[0]
            if c.missingCount > 0 {
                for r in Kernels.combine(Bitmap(count: n, allSet: true), .andNot, c.validity).setIndices() {
                    dense[Int(t.codes[Int(r)])] -= 1
                    dense[total - 1] += 1
                }
            }
            for (k, c) in dense.enumerated() where c > 0 { counts[k] = c }
        } else if keys.count == 1 && total <= 1 << 20 {
            var dense = [Int](repeating: 0, count: total)
            keys[0].keys.withUnsafeBufferPointer { p in
                dense.withUnsafeMutableBufferPointer { d in for i in 0..<n { d[Int(p[i])] &+= 1 } }
            }
            for (k, c) in dense.enumerated() where c > 0 { counts[k] = c }
        } else {
            for i in 0..<n {
                var code = 0
                for (j, k) in keys.enumerated() { code = code &* radix[j] &+ Int(k.keys[i]) }
                counts[code, default: 0] += 1
            }
        }
        // Decode each combination and order by the natural rank of each part.
        var groups: [([Int], Int)] = counts.map { code, c in
            var parts = [Int](repeating: 0, count: keys.count)
            var rest = code
            for j in stride(from: keys.count - 1, through: 0, by: -1) { parts[j] = rest % radix[j]; rest /= radix[j] }
            return (parts, c)
        }
        groups.sort { a, b in
            for j in keys.indices {
                let x = keys[j].rank[a.0[j]], y = keys[j].rank[b.0[j]]
                if x != y { return x < y }
            }
            return false
        }
        let rows: [[Cell]] = groups.map { parts, c in
            parts.enumerated().map { j, k in .text(k < keys[j].labels.count ? keys[j].labels[k] : "(missing)") } + [.integer(c)]
        }
        return ResultTable(header: columns.map(\.name) + ["n"], rows: rows, footer: ["\(n) rows in \(groups.count) groups"])
    }
}
