import EvidenceData

/// `count by`: rows per combination of key columns (`GroupCodes`), in natural order with
/// missing last, only combinations that occur.
package struct GroupCounts {
    package struct Group: Equatable {
        /// The group's value of each key column ("(missing)" where missing).
        package var parts: [String]
        package var n: Int
    }

    package var columns: [String]
    package var rows: Int
    package var groups: [Group]

    /// `columns` are in row order with `rows` rows each (evaluated `by` expressions).
    package init(_ columns: [Column], rows: Int) {
        let g = GroupCodes(columns: columns, rows: rows)
        let sizes = g.sizes()
        self.columns = columns.map(\.name)
        self.rows = rows
        groups = sizes.indices.filter { sizes[$0] > 0 }.map { Group(parts: g.parts($0), n: sizes[$0]) }
    }

    /// One row per group: its key values, then n.
    package var table: ResultTable { table(.en) }

    /// The table with its footer in `language`.
    package func table(_ language: Language) -> ResultTable {
        var t = ResultTable(header: columns + ["n"], rows: groups.map { $0.parts.map(Cell.text) + [.integer($0.n)] })
        t.appendFooter(CountMessage.rowsInGroups.prose(language, .count(rows), .quantity(groups.count)))
        return t
    }
}
