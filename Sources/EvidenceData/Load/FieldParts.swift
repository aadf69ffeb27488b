/// Every field of one read, typed as it was read: a builder per column for each consecutive
/// part of the input (a large CSV is read in two halves at once), with the rows the reader left
/// out and what it wants to say. Builders are moved in and out, never copied, and whatever is
/// still here when the parts go is freed.
final class FieldParts {
    /// Part × column.
    var builders: [[ColumnBuilder]]
    var skipped: [SkippedRow]
    var footerLines: Int
    var notes: [LoadReport.Note]
    var warnings: [Message] = []
    /// Rows of delimiters only that the reader left out, and how it names its delimiter (`';'`).
    var delimiterOnlyRows: (count: Int, delimiter: String) = (0, "")

    init(builders: [[ColumnBuilder]], skipped: [SkippedRow] = [], footerLines: Int = 0, notes: [LoadReport.Note]) {
        self.builders = builders
        self.skipped = skipped
        self.footerLines = footerLines
        self.notes = notes
    }

    deinit {
        for k in builders.indices { for j in builders[k].indices { builders[k][j].free() } }
    }

    /// Rows in each part.
    var rows: [Int] { builders.map { $0.first?.count ?? 0 } }

    /// Column j's builders in part order, moved out (empty ones are left behind).
    func take(column j: Int) -> [ColumnBuilder] {
        builders.indices.map { k in
            let b = builders[k][j]
            builders[k][j] = ColumnBuilder(kind: b.kind, capacity: 0)
            return b
        }
    }

    /// Digits were grouped somewhere (`1 234`).
    var usedThousands: Bool { builders.contains { $0.contains(where: \.usedThousands) } }

    /// The columns where a value had a `%` dropped (`94,5 %`).
    var percentColumns: [Int] {
        guard let width = builders.first?.count else { return [] }
        return (0..<width).filter { j in builders.contains { j < $0.count && $0[j].usedPercent } }
    }
}
