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
        let how = try ctx.args.expect(PivotMessage.expectedHow(), usage: usage)
        if how.isKeyword("longer") {
            var name: String?
            if ctx.args.take("as") { name = try newName(&ctx) }
            try ctx.args.expectEnd(usage: usage)
            let f = MeasureFamilies(columnNames: d.table.columnNames)
            guard !f.isEmpty else {
                throw Diagnostic.usage(PivotMessage.noFamilies(.text(d.name)), span: ctx.args.span(how), hint: PivotMessage.familiesHint())
            }
            let cycleName = d.table.index(of: "cycle") == nil ? "cycle" : "cycle_"
            let t = try Pivot.longer(d, families: f, cycleColumn: cycleName, cancellation: ctx.session.environment.cancellation)
            let n = name ?? s.uniqueName("\(d.name)_long")
            s.addTable(LoadedTable(table: t, source: DataSource(path: nil, description: ShapingMessage.pivotLongerOf.text(ctx.language, .text(d.name)))), name: n)
            return Output([
                .message(ShapeMessage.longer.prose(ctx.language, .text(n), .quantity(t.rowCount), .quantity(t.columns.count), .text(d.name))),
                .message(ShapeMessage.longerCycles.prose(ctx.language, .text(f.cycles.joined(separator: ", ")), .text(cycleName),
                                                         .text(f.families.map(\.measure).joined(separator: ", ")))),
            ])
        }
        guard how.isKeyword("wider") else { throw ctx.error(PivotMessage.expectedHowFound(.text(how.text)), at: how) }
        var idWord: Word?, cycleWord: Word?, name: String?
        while let w = ctx.args.peek() {
            if ctx.args.take("by") { idWord = try ctx.args.expect(PivotMessage.expectedIdAfterBy(), usage: usage) } else if ctx.args.take("cycle") {
                cycleWord = try ctx.args.expect(PivotMessage.expectedCycleColumn(), usage: usage)
            } else if ctx.args.take("as") { name = try newName(&ctx) } else {
                throw ctx.error(CommonMessage.unexpected(.text(w.text)), at: w)
            }
        }
        func column(_ w: Word?, _ fallback: Column?, _ none: PivotMessage) throws -> Column {
            if let w {
                guard let c = d.table.column(named: w.text) else {
                    throw ctx.error(PivotMessage.noColumnIn(.text(w.text), .text(d.name)), at: w,
                                    hint: Suggestions.suggestion(w.text, in: d.table.columnNames) ?? PivotMessage.seeDescribe())
                }
                return c
            }
            guard let fallback else { throw ctx.error(none(.text(d.name)), at: how, hint: PivotMessage.nameIt(.text(usage))) }
            return fallback
        }
        let id = try column(idWord, d.table.idColumn, .noIdColumn)
        let cycle = try column(cycleWord, d.table.column(named: "cycle"), .noCycleColumn)
        let (t, spread, cycles) = try Pivot.wider(d, id: id, cycle: cycle, cancellation: ctx.session.environment.cancellation)
        let n = name ?? s.uniqueName("\(d.name)_wide")
        s.addTable(LoadedTable(table: t, source: DataSource(path: nil, description: ShapingMessage.pivotWiderOf.text(ctx.language, .text(d.name)))), name: n)
        let example = spread.first.map { m in cycles.prefix(3).map { "\(m)_\($0)" }.joined(separator: ", ") + (cycles.count > 3 ? ", …" : "") } ?? ""
        return Output([
            .message(ShapeMessage.wider.prose(ctx.language, .text(n), .quantity(t.rowCount), .quantity(t.columns.count), .text(id.name), .text(d.name))),
            .message(spread.isEmpty ? ShapeMessage.nothingSpread.prose(ctx.language)
                     : ShapeMessage.spread.prose(ctx.language, .text(spread.joined(separator: ", ")), .text(cycle.name), .text(cycles.joined(separator: ", ")), .text(example))),
        ])
    }

    /// The name after `as`: a new one, so that the original is kept.
    static func newName(_ ctx: inout CommandContext) throws -> String {
        let w = try ctx.args.expect(ArgumentsMessage.expectedDatasetNameAfterAs(), usage: usage)
        if ctx.session.dataset(named: w.text) != nil {
            throw ctx.error(ArgumentsMessage.datasetExists(.text(w.text)), at: w, hint: PivotMessage.originalKept())
        }
        return w.text
    }
}
