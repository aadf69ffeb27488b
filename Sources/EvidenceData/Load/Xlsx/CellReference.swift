/// A1-style cell references: `C17` is column 2, row 16 (both from 0). Excel's sheet is at most
/// 16 384 columns (XFD) by 1 048 576 rows.
enum CellReference {
    static let maxColumns = 16_384
    static let maxRows = 1_048_576

    /// Column and row of `r="C17"` (the row may be absent: `r="C"` is not written, but a bare
    /// column is read as one), nil when it is not a reference.
    @inline(__always)
    static func parse(_ p: UnsafePointer<UInt8>, _ n: Int) -> (column: Int, row: Int?)? {
        var i = 0, col = 0
        while i < n, i < 4 {
            let c = p[i] | 0x20
            guard c >= UInt8(ascii: "a"), c <= UInt8(ascii: "z") else { break }
            col = col * 26 + Int(c - UInt8(ascii: "a")) + 1
            i += 1
        }
        guard i > 0, col <= maxColumns else { return nil }
        if i == n { return (col - 1, nil) }
        var row = 0
        while i < n {
            let d = p[i] &- 48
            guard d <= 9, row <= maxRows else { return nil }
            row = row * 10 + Int(d)
            i += 1
        }
        guard row >= 1 else { return nil }
        return (col - 1, row - 1)
    }

    /// `C17` for column 2, row 16.
    static func name(column: Int, row: Int) -> String { columnName(column) + String(row + 1) }

    static func columnName(_ column: Int) -> String {
        var c = column + 1, s: [Character] = []
        while c > 0 {
            let r = (c - 1) % 26
            s.insert(Character(Unicode.Scalar(UInt8(65 + r))), at: 0)
            c = (c - 1) / 26
        }
        return String(s)
    }
}
