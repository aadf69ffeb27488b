import EvidenceData
import EvidenceAnalysis

enum PivotCommand {
    static var usage: String { spec.usage }
    static let spec = CommandSpec(
        name: "pivot", category: .cycles,
        summary: "Reshape evidence: wide (reading_c1 …) to long rows per cycle, or back.",
        discussion: """
        `pivot longer` finds the measure families (columns `measure_cycle` whose cycle names \
        contain a digit: reading_c1, maths_ht24) and makes one row per student and cycle: the \
        other columns, a `cycle` column, then one column per measure. `pivot wider` does the \
        reverse from a long dataset: one row per id (default: the id column), columns that never \
        change within an id kept once, the others spread to `column_cycle`. Both make a new \
        dataset (NAME_long, NAME_wide by default) and keep the original.
        """,
        examples: [
            CommandExample("pivot longer", "one row per student and cycle",
                           expect: ["demo_long: 900 rows", "cycles c1, c2, c3", "reading, maths, writing, obs, attendance"]),
            CommandExample("pivot wider", "and back to one row per student",
                           setup: ["load demo", "pivot longer"], expect: ["demo_long_wide: 300 rows", "reading_c1"]),
            CommandExample("pivot sideways", "only longer and wider exist", expect: ["expected 'longer' or 'wider'"], fails: true),
        ],
        signature: CommandSignature(subcommands: [
            Subcommand("longer", CommandSignature(clauses: [Clause("as", argument: ArgumentSpec("NAME", .name))]),
                       help: "one row per student and cycle, a column per measure"),
            Subcommand("wider", CommandSignature(clauses: [
                Clause("by", argument: ArgumentSpec("ID", .column), help: "the id column (default: the detected one)"),
                Clause("cycle", argument: ArgumentSpec("COLUMN", .column), help: "the cycle column (default: cycle)"),
                Clause("as", argument: ArgumentSpec("NAME", .name)),
            ]), help: "one row per student, a column per measure and cycle"),
        ])
    ) { ctx in
        let s = ctx.session
        let d = try ctx.current()
        let how = try ctx.args.expect("'longer' or 'wider'", usage: usage)
        if how.isKeyword("longer") {
            var name: String?
            if ctx.args.take("as") { name = try newName(&ctx) }
            try ctx.args.expectEnd(usage: usage)
            let f = MeasureFamilies(columnNames: d.table.columnNames)
            guard !f.isEmpty else {
                throw Diagnostic.usage("no measure families like reading_c1, reading_c2 in '\(d.name)'", span: ctx.args.span(how),
                                       hint: "columns are grouped by the part before the last '_' and a cycle name with a digit after it")
            }
            let cycleName = d.table.index(of: "cycle") == nil ? "cycle" : "cycle_"
            let t = try Pivot.longer(d, families: f, cycleColumn: cycleName, cancellation: ctx.session.environment.cancellation)
            let n = name ?? s.uniqueName("\(d.name)_long")
            s.addTable(LoadedTable(table: t, source: DataSource(path: nil, description: "pivot longer of \(d.name)")), name: n)
            return Output([
                .message(ShapeMessage.longer.prose(ctx.language, .text(n), .quantity(t.rowCount), .quantity(t.columns.count), .text(d.name))),
                .message(ShapeMessage.longerCycles.prose(ctx.language, .text(f.cycles.joined(separator: ", ")), .text(cycleName),
                                                         .text(f.families.map(\.measure).joined(separator: ", ")))),
            ])
        }
        guard how.isKeyword("wider") else { throw ctx.error("expected 'longer' or 'wider', found '\(how.text)'", at: how) }
        var idWord: Word?, cycleWord: Word?, name: String?
        while let w = ctx.args.peek() {
            if ctx.args.take("by") { idWord = try ctx.args.expect("an id column after 'by'", usage: usage) } else if ctx.args.take("cycle") {
                cycleWord = try ctx.args.expect("the cycle column after 'cycle'", usage: usage)
            } else if ctx.args.take("as") { name = try newName(&ctx) } else {
                throw ctx.error("unexpected '\(w.text)'", at: w)
            }
        }
        func column(_ w: Word?, _ fallback: Column?, _ what: String) throws -> Column {
            if let w {
                guard let c = d.table.column(named: w.text) else {
                    throw ctx.error("no column '\(w.text)' in '\(d.name)'", at: w, hint: Suggestions.didYouMean(w.text, in: d.table.columnNames) ?? "see 'describe'")
                }
                return c
            }
            guard let fallback else { throw ctx.error("'\(d.name)' has no \(what) column", at: how, hint: "name it: \(usage)") }
            return fallback
        }
        let id = try column(idWord, d.table.idColumn, "id")
        let cycle = try column(cycleWord, d.table.column(named: "cycle"), "'cycle'")
        let (t, spread, cycles) = try Pivot.wider(d, id: id, cycle: cycle, cancellation: ctx.session.environment.cancellation)
        let n = name ?? s.uniqueName("\(d.name)_wide")
        s.addTable(LoadedTable(table: t, source: DataSource(path: nil, description: "pivot wider of \(d.name)")), name: n)
        let example = spread.first.map { m in cycles.prefix(3).map { "\(m)_\($0)" }.joined(separator: ", ") + (cycles.count > 3 ? ", …" : "") } ?? ""
        return Output([
            .message(ShapeMessage.wider.prose(ctx.language, .text(n), .quantity(t.rowCount), .quantity(t.columns.count), .text(id.name), .text(d.name))),
            .message(spread.isEmpty ? ShapeMessage.nothingSpread.prose(ctx.language)
                     : ShapeMessage.spread.prose(ctx.language, .text(spread.joined(separator: ", ")), .text(cycle.name), .text(cycles.joined(separator: ", ")), .text(example))),
        ])
    }

    /// The name after `as`: a new one, so that the original is kept.
    static func newName(_ ctx: inout CommandContext) throws -> String {
        let w = try ctx.args.expect("a dataset name after 'as'", usage: usage)
        if ctx.session.dataset(named: w.text) != nil {
            throw ctx.error("a dataset named '\(w.text)' exists already", at: w, hint: "choose a new name; the original is kept as it is")
        }
        return w.text
    }
}
