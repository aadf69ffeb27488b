/// A reader whose input knows its types (PostgreSQL's typed rows, a workbook's number cells):
/// it makes the columns itself. The shared path cleans the names, settles the id column (as
/// text) and writes the report, as for text fields.
protocol TypedColumnReader: TableReader {
    func readColumns(cancellation: Cancellation?) throws -> TypedColumns
}

/// What a typed reader read: equally long columns, with its notes and warnings for the report.
struct TypedColumns {
    var columns: [Column]
    var notes: [LoadReport.Note] = []
    var warnings: [Message] = []
}

extension TypedColumnReader {
    package func load(name: String, cancellation: Cancellation?) throws -> LoadResult {
        let read = try readColumns(cancellation: cancellation)
        var columns = read.columns
        for (j, n) in ColumnNames.cleaned(columns.map(\.name)).enumerated() {
            columns[j].name = n
            columns[j].isID = false
        }
        if let id = try IDColumn.find(in: columns.map(\.name), option: options.id, detect: true) {
            columns[id] = IDColumn.marked(columns[id])
        }
        let rows = columns.first?.count ?? 0
        guard columns.allSatisfy({ $0.count == rows }) else {
            throw Diagnostic(.error, category: .internal, message: ReaderMessage.lengthsDiffer(.text(displayName)))
        }
        let table = Table(rowCount: rows, columns: columns)
        var report = LoadReport(name: name, source: source, notes: read.notes, table: table)
        report.idNamed = options.id != nil
        report.warningMessages = read.warnings
        return LoadResult(table: table, report: report)
    }
}
