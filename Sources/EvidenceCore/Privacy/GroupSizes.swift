/// What a result table says about the students behind it, so that `Suppression.apply` can hide
/// small groups without knowing which command made the table.
///
/// - `rows`: students each row describes (nil for a row that is not about a group).
/// - `labelColumns`: leading columns that name the group; they stay visible.
/// - `totalRows`: rows that total the others ("all", "total").
/// - `rowsPartition`: the group rows are disjoint and add up to a total (count by, summary by).
/// - `countColumns`: cross-tab columns whose cells each count students (bands A → B).
/// - `totalColumn`: the column that totals the count columns in each row.
/// - `columnsPartition`: each row's count cells add up to that row's total.
/// - `linkedColumns`: column → the count column it is computed from (a row % beside its count);
///   it is hidden whenever that count is.
public struct GroupSizes: Sendable, Equatable {
    public var rows: [Int?]
    public var labelColumns: Int
    public var totalRows: Set<Int>
    public var rowsPartition: Bool
    public var countColumns: [Int]
    public var totalColumn: Int?
    public var columnsPartition: Bool
    public var linkedColumns: [Int: Int]

    public init(rows: [Int?], labelColumns: Int = 1, totalRows: Set<Int> = [], rowsPartition: Bool = true,
                countColumns: [Int] = [], totalColumn: Int? = nil, columnsPartition: Bool = false,
                linkedColumns: [Int: Int] = [:]) {
        self.rows = rows
        self.labelColumns = labelColumns
        self.totalRows = totalRows
        self.rowsPartition = rowsPartition
        self.countColumns = countColumns
        self.totalColumn = totalColumn
        self.columnsPartition = columnsPartition
        self.linkedColumns = linkedColumns
    }

    /// Column names read as the group size when a table carries no `groups`.
    public static let sizeColumnNames: Set<String> = ["n", "n matched", "students", "elever"]
    /// First-cell labels read as total rows.
    public static let totalLabels: Set<String> = ["total", "totals", "all", "all students", "totalt", "alla", "samtliga"]

    /// The convention for tables without `groups`: a column named `n` (or `n matched`,
    /// `students`) holds each row's group size; the leading text columns are labels; a row
    /// labelled `total` or `all` totals the others. Nil when the table has no such column.
    public static func infer(_ t: ResultTable) -> GroupSizes? {
        guard let sizeColumn = t.columns.firstIndex(where: { sizeColumnNames.contains($0.name.lowercased()) }) else { return nil }
        var sizes: [Int?] = []
        var any = false
        for row in t.rows {
            switch sizeColumn < row.count ? row[sizeColumn] : .missing(.empty) {
            case .integer(let v): sizes.append(v); any = true
            case .number(let d, _) where d.isFinite && d.rounded() == d && abs(d) < 1e15: sizes.append(Int(d)); any = true
            // Already hidden: small, value unknown.
            case .suppressed: sizes.append(1); any = true
            default: sizes.append(nil)
            }
        }
        guard any else { return nil }
        var labels = 0
        while labels < sizeColumn, t.rows.allSatisfy({ labels >= $0.count || isLabel($0[labels]) }) { labels += 1 }
        var totals: Set<Int> = []
        for (r, row) in t.rows.enumerated() {
            if case .text(let s)? = row.first, totalLabels.contains(s.trimmed().lowercased()) { totals.insert(r) }
        }
        return GroupSizes(rows: sizes, labelColumns: labels, totalRows: totals)
    }

    static func isLabel(_ c: Cell) -> Bool {
        switch c {
        case .text, .missing: true
        default: false
        }
    }
}
