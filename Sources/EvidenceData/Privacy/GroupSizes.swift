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
    public static let sizeColumnNames: Set<String> = ["n", "n matched", "matched", "students", "elever"]
    /// First-cell labels read as total rows.
    public static let totalLabels: Set<String> = ["total", "totals", "all", "all students", "totalt", "alla", "samtliga"]

    /// The convention for tables without `groups`: a column named `n` (or `matched`,
    /// `students`) holds each row's group size; the leading text columns are labels; a row
    /// labelled `total` or `all` totals the others. Columns between the labels and `n` whose
    /// cells are counts (`12`, `12 (40%)`, `·`) are a cross-tab adding up to `n`; integer
    /// columns after `n` named `only …` or `n …` count students too. Nil without a size column.
    public static func infer(_ t: ResultTable) -> GroupSizes? {
        // The size column is a named one holding counts: a label column may be called
        // "students" too (compare's matching table without `by`).
        func holdsCounts(_ c: Int) -> Bool {
            t.rows.contains { r in
                guard c < r.count else { return false }
                switch r[c] {
                case .integer, .number, .suppressed: return true
                default: return false
                }
            }
        }
        // A column's machine key counts as its name: in Swedish the header says `matchade`, the
        // key still `matched` (docs/privacy.md; the catalogue translates headers, not keys).
        guard let sizeColumn = t.columns.indices.first(where: {
            (sizeColumnNames.contains(t.columns[$0].name.lowercased()) || t.columns[$0].key.map(sizeColumnNames.contains) == true)
                && holdsCounts($0)
        }) else { return nil }
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
        func column(_ c: Int, all test: (Cell) -> Bool) -> Bool { t.rows.allSatisfy { c >= $0.count || test($0[c]) } }
        var labels = 0
        while labels < sizeColumn, column(labels, all: isLabel), !column(labels, all: { count(in: $0) != nil }) { labels += 1 }
        let crossTab = (labels..<sizeColumn).filter { c in
            column(c, all: { count(in: $0) != nil }) && t.rows.contains { c < $0.count && $0[c].isText && $0[c] != .text("·") }
        }
        let counted = t.columns.indices.filter { c in
            let name = t.columns[c].name.lowercased()
            let key = t.columns[c].key ?? ""
            return c > sizeColumn && (name.hasPrefix("only ") || name.hasPrefix("n ") || key.hasPrefix("only_")) && column(c, all: { if case .integer = $0 { true } else { $0 == .missing(.empty) } })
        }
        var totals: Set<Int> = []
        for (r, row) in t.rows.enumerated() {
            if case .text(let s)? = row.first, totalLabels.contains(s.trimmed().lowercased()) { totals.insert(r) }
        }
        return GroupSizes(rows: sizes, labelColumns: labels, totalRows: totals, countColumns: crossTab + counted,
                          totalColumn: crossTab.isEmpty ? nil : sizeColumn, columnsPartition: !crossTab.isEmpty)
    }

    /// A cell read as a count of students: an integer, `·` (none), or text starting with a
    /// whole number followed by a space ("12 (40%)"). Already hidden cells count as 0.
    package static func count(in c: Cell) -> Int? {
        switch c {
        case .integer(let v): return v
        case .suppressed: return 0
        case .text(let s):
            if s == "·" { return 0 }
            guard let space = s.firstIndex(of: " "), s[space...].hasPrefix(" ("), let v = Int(s[..<space]) else { return nil }
            return v
        default: return nil
        }
    }

    /// Whether groups of these sizes come from a column with about one value per student
    /// (names, comments), so that their labels name individuals: fewer than two students a
    /// group, or 20 or more groups most of which hold one or two students.
    package static func labelsNameIndividuals(_ sizes: [Int]) -> Bool {
        let groups = sizes.filter { $0 > 0 }
        guard !groups.isEmpty else { return false }
        let students = groups.reduce(0, +)
        return groups.count * 2 > students || (groups.count >= 20 && groups.filter { $0 <= 2 }.count * 2 > groups.count)
    }

    package static func isLabel(_ c: Cell) -> Bool {
        switch c {
        case .text, .missing: true
        default: false
        }
    }
}
