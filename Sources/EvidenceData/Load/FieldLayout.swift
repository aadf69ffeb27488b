/// What a text-field reader decided before reading every field: the columns' names and kinds,
/// the id column and the number format, and where the header was.
struct FieldLayout: Sendable {
    var names: [String]
    var kinds: [ColumnKind]
    var idColumn: Int?
    var decimalComma: Bool
    var hasHeader = true
    var titleLines = 0
    /// The decimal comma was guessed, not given, and the format allows it: numbers written
    /// `12,5` that first appear after the sample may switch it on (a second read).
    var decimalCommaPossible = false

    var columnCount: Int { names.count }

    /// The id column found (or named) and read as text, and `text` columns demoted to text:
    /// the shared decisions, made here for every reader before the full read.
    mutating func settle(id option: String?, text: Set<Int>) throws {
        idColumn = try IDColumn.find(in: names, option: option, detect: hasHeader)
        if let idColumn { kinds[idColumn] = .text }
        for j in text where j < kinds.count { kinds[j] = .text }
    }
}

/// A reader's plan: the shared layout, with whatever else the reader needs (a CSV's delimiter
/// and where its data starts).
protocol FieldPlan {
    var layout: FieldLayout { get set }
}
