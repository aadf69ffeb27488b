/// Which rows under the data are footers (notes, sources, totals' captions) rather than data,
/// the same for every reader of rows: a row whose one filled field is its first and reads like
/// a sentence is held back; at the end, the held rows after the last one that reads like a row
/// with only a name (`Bo Ek`, a pupil with nothing else filled) are footers, and the others are
/// data after all. The CSV reader and the workbook reader both ask here.
enum FooterRule {
    /// A notes line: the first field's text has a space or a `:`.
    @inline(__always)
    static func looksLikeNote(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        for i in 0..<n where p[i] == 0x20 || p[i] == UInt8(ascii: ":") { return true }
        return false
    }

    /// A first field that looks like a value of the first column, not prose: no `:`, no
    /// closing `.`, at most three words, at most 40 bytes, and a number when the first column
    /// holds numbers.
    static func looksLikeOnlyAName(_ p: UnsafePointer<UInt8>, _ n: Int, firstKind: ColumnKind, numbers: NumberParser) -> Bool {
        guard n > 0, n <= 40 else { return false }
        var spaces = 0
        for i in 0..<n {
            if p[i] == UInt8(ascii: ":") { return false }
            if p[i] == 0x20 { spaces += 1 }
        }
        if spaces > 2 || p[n - 1] == UInt8(ascii: ".") { return false }
        if firstKind == .number {
            var t = false
            return numbers.parse(p, n, usedThousands: &t) != nil
        }
        return true
    }
}
