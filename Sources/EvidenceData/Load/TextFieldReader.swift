import Foundation

/// A reader of raw text fields. It plans (names, kinds guessed with `KindGuess`, the number
/// format) and then reads every field into `ColumnBuilder`s in a loop of its own, concrete and
/// specialised, with no protocol call per field. Everything around that loop is shared: the id
/// column, the check of values that do not fit, demoting a column to text, assembly, the report.
protocol TextFieldReader: TableReader {
    associatedtype Plan: FieldPlan
    /// How to read, before the full read. The layout's id column and demotions are settled
    /// after this, by the shared path.
    mutating func plan() throws -> Plan
    /// Every field of every record, each through `ColumnBuilder.append`, with positions (in
    /// reading order) that `location(of:in:)` and `fieldText(at:in:)` understand. Problems of
    /// the reader's own (a bad quote, a ragged row) are thrown here, or skipped when lenient.
    mutating func readFields(_ plan: Plan, cancellation: Cancellation?) throws -> FieldParts
    func location(of position: Int, in plan: Plan) -> FileLocation
    /// The field's text at a position, shortened for a message.
    func fieldText(at position: Int, in plan: Plan) -> String
    /// Text values turned out not to be UTF-8: get ready to read again (another encoding) or throw.
    mutating func textIsNotUTF8() throws
}

extension TextFieldReader {
    package func load(name: String, cancellation: Cancellation?) throws -> LoadResult {
        var reader = self
        var demoted = Set<Int>()
        var decimalComma = false
        var warnings: [Message] = []
        // Each round that does not settle reads again: with more columns as text, or (CSV) in
        // another encoding. A few rounds always suffice.
        for _ in 0..<6 {
            var plan = try reader.plan()
            if decimalComma { plan.layout.decimalComma = true; plan.layout.decimalCommaPossible = false }
            try plan.layout.settle(id: options.id, text: demoted)
            let parts = try reader.readFields(plan, cancellation: cancellation)
            switch try TypeCheck.verdict(parts, plan: plan, lenient: options.lenient, reader: reader) {
            case .decimalComma:
                decimalComma = true
            case .demote(let columns):
                // Say it when the odd values are numbers with a decimal comma the read could not take.
                for j in TypeCheck.decimalCommaColumns(parts, plan: plan, reader: reader) where columns.contains(j) {
                    warnings.append(ReaderMessage.decimalCommaText(.text(plan.layout.names[j])))
                }
                demoted.formUnion(columns)
            case .keep(let drop, let typeSkips):
                let layout = plan.layout
                let rows = parts.rows.reduce(0, +), thousands = parts.usedThousands
                // Before assembly, which moves the builders out of the parts.
                let percent = parts.percentColumns
                var skipped = parts.skipped + typeSkips
                guard let columns = ColumnAssembly.columns(parts, layout: layout) else {
                    try reader.textIsNotUTF8()
                    continue
                }
                var table = Table(rowCount: rows, columns: columns)
                if !drop.isEmpty { table = table.gather((0..<Int32(rows)).filter { !drop.contains($0) }) }
                skipped.sort { $0.position < $1.position }
                var report = LoadReport(
                    name: name, source: reader.source, notes: parts.notes, table: table, hasHeader: layout.hasHeader,
                    titleLines: layout.titleLines, footerLines: parts.footerLines, decimalComma: layout.decimalComma,
                    thousands: thousands, skipped: skipped,
                    skippedLines: skipped.prefix(5).map { reader.location(of: $0.position, in: plan).line })
                report.percentColumns = percent.compactMap { $0 < table.columns.count ? table.columns[$0].name : nil }
                (report.delimiterOnlyRows, report.delimiter) = parts.delimiterOnlyRows
                report.idNamed = reader.options.id != nil
                report.warningMessages = parts.warnings + warnings
                return LoadResult(table: table, report: report)
            }
        }
        throw Diagnostic(.error, category: .internal, message: ReaderMessage.unsettledTypes(.text(displayName)))
    }

    /// Strings are UTF-8: only a reader of bytes in another encoding has anything to retry.
    mutating func textIsNotUTF8() throws {
        throw Diagnostic(.error, category: .internal, message: ReaderMessage.textNotUTF8(.text(displayName)))
    }
}
