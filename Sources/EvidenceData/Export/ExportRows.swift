/// One field as the file writers see it: typed, so JSON can write numbers as numbers and
/// missing values as null.
package enum ExportField: Equatable {
    case text(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    /// Days since 1970-01-01 (the fraction is the time of day), as a date column holds it.
    case date(Double)
    case missing
    case suppressed(Int)

    /// Full precision, dot decimals, no grouping: for CSV and JSON.
    package var machineText: String? {
        switch self {
        case .text(let s): s
        case .integer(let i): String(i)
        case .number(let d): ExportField.format(d)
        case .boolean(let b): b ? "true" : "false"
        case .date(let v): Dates.text(v)
        case .missing: nil
        case .suppressed(let k): "<\(k)"
        }
    }

    /// The shortest text that reads back as the same double; integers without ".0".
    package static func format(_ d: Double) -> String? {
        guard d.isFinite else { return nil }
        if d.rounded() == d, abs(d) < 1e15 { return String(Int(d)) }
        return "\(d)"
    }
}

/// Rows to write: a result table's cells or a dataset's columns, read one field at a time so a
/// large dataset is never copied into cells.
package struct ExportRows {
    package var title: String?
    package var header: [String]
    package var rightAligned: [Bool]
    package var count: Int
    package var field: (Int, Int) -> ExportField
    /// As shown on screen (Markdown cells).
    package var display: (Int, Int) -> String
    package var footer: [String]
    /// For a text or grade field read from a column: the value's code in its column's
    /// dictionary (the same code is the same text), or nil. The workbook writer looks a code up
    /// once per column instead of hashing every cell's text (docs/evidence.md, "Workbooks").
    package var textCode: ((Int, Int) -> Int?)? = nil

    package static func table(_ t: ResultTable) -> ExportRows {
        let rows = t.rows
        let width = t.columns.count
        func cell(_ r: Int, _ c: Int) -> Cell { c < rows[r].count ? rows[r][c] : .missing(.empty) }
        return ExportRows(
            title: t.title, header: t.columns.map(\.name), rightAligned: t.columns.map { $0.alignment == .right },
            count: rows.count,
            field: { r, c in
                guard c < width else { return .missing }
                switch cell(r, c) {
                case .text(let s): return .text(s)
                case .integer(let i): return .integer(i)
                case .number(let d, _): return d.isFinite ? .number(d) : .missing
                case .missing: return .missing
                case .suppressed(let k): return .suppressed(k)
                case .interval(let i): return .text(i.display)
                }
            },
            display: { r, c in cell(r, c).display },
            footer: t.footer)
    }

    package static func dataset(_ d: ResolvedDataset) -> ExportRows {
        let cols = d.table.columns
        return ExportRows(
            title: nil, header: cols.map(\.name), rightAligned: cols.map { $0.type == .number }, count: d.rowCount,
            field: { r, c in
                let col = cols[c]
                let row = d.baseRow(r)
                guard col.validity[row] else { return .missing }
                switch col.data {
                case .number(let v): return v[row].isFinite ? .number(v[row]) : .missing
                case .text(let t): return .text(t.dictionary[Int(t.codes[row])])
                case .grade(let g): return .text((Grade(rawValue: g[row]) ?? .F).letter)
                case .boolean(let b): return .boolean(b[row])
                case .date(let v): return v[row].isFinite ? .date(v[row]) : .missing
                }
            },
            display: { r, c in
                let v = cols[c].value(at: d.baseRow(r))
                return v.isMissing ? Cell.from(v).display : v.description
            },
            footer: [],
            textCode: { r, c in
                switch cols[c].data {
                case .text(let t): Int(t.codes[d.baseRow(r)])
                case .grade(let g): Int(g[d.baseRow(r)])
                default: nil
                }
            })
    }
}
