/// A table: named, typed columns over a shared row count.
public struct Table: Sendable {
    public var columns: [Column]
    public let rowCount: Int

    public init(columns: [Column]) {
        self.rowCount = columns.first?.count ?? 0
        for c in columns { precondition(c.count == rowCount, "column '\(c.name)' has \(c.count) rows, expected \(rowCount)") }
        self.columns = columns
    }

    public init(rowCount: Int, columns: [Column]) {
        for c in columns { precondition(c.count == rowCount) }
        self.rowCount = rowCount
        self.columns = columns
    }

    public var columnNames: [String] { columns.map(\.name) }

    public func index(of name: String) -> Int? { columns.firstIndex { $0.name == name } }
    public func column(named name: String) -> Column? { index(of: name).map { columns[$0] } }

    /// The column that identifies students, if one was recognised.
    public var idColumn: Column? { columns.first { $0.isID } }

    /// Add or replace a column (same row count). Returns true when it replaced one.
    @discardableResult
    public mutating func setColumn(_ column: Column) -> Bool {
        precondition(column.count == rowCount)
        if let i = index(of: column.name) { columns[i] = column; return true }
        columns.append(column)
        return false
    }

    public func gather(_ rows: [Int32]) -> Table {
        Table(rowCount: rows.count, columns: columns.map { $0.gather(rows) })
    }
}
