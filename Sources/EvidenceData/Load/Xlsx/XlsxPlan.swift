/// What the workbook reader decided before the full read: the shared layout, and where on the
/// sheet the table is (its first column, its width, the header's row, where data starts).
struct XlsxPlan: FieldPlan {
    var layout: FieldLayout
    var firstColumn: Int
    var width: Int
    /// The header's row on the sheet (from 0), or nil without one.
    var headerRow: Int?
    /// Rows before this one are title rows or the header.
    var dataStart: Int
}
