import EvidenceData
import EvidenceAnalysis

enum CountCommand {
    static let usage = "count [where EXPR] [by EXPR[, EXPR …]]"
    static let spec = CommandSpec(
        name: "count", category: .loading,
        usage: usage,
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
        keywords: ["where", "by"]
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
        for (part, at) in splitTopLevel(text, offset: offset) {
            columns.append(try Expressions.evaluate(part, offset: at, line: line, in: d))
        }
        return .table(GroupCounts(columns, rows: d.rowCount).table)
    }

    /// Split "a, f(b, c), d" at top-level commas, keeping each part's offset in the line.
    static func splitTopLevel(_ text: String, offset: Int) -> [(String, Int)] {
        var parts: [(String, Int)] = []
        var depth = 0, start = 0
        var quote: Character?
        let chars = Array(text)
        func add(_ end: Int) {
            var a = start, b = end
            while a < b, chars[a].isWhitespace { a += 1 }
            while b > a, chars[b - 1].isWhitespace { b -= 1 }
            parts.append((String(chars[a..<b]), offset + a))
        }
        for (i, ch) in chars.enumerated() {
            if let q = quote { if ch == q { quote = nil }; continue }
            switch ch {
            case "\"", "'", "`": quote = ch
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            case "," where depth == 0: add(i); start = i + 1
            default: break
            }
        }
        add(chars.count)
        return parts
    }
}
