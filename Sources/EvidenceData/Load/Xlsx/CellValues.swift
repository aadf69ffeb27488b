/// Turns a scanned cell into the bytes the one typing path reads, as a CSV field would be:
/// shared and inline strings as their text, numbers as written (`12.5`; with a decimal comma
/// `12,5`), booleans as `true`/`false`, dates (by their style) as ISO text. Error cells are
/// typed missing values (`MissingKind.errorNA` …), never text. What it met is counted for the
/// load report.
struct CellValues {
    let strings: SharedStrings
    let styles: CellStyles
    let date1904: Bool
    let sheet: String
    /// Serials are written with a decimal point whatever the sheet's text numbers use.
    let serials = NumberParser(decimalComma: false)

    struct Counts {
        var formulas = 0
        /// Formulas saved without a value (written by a program that does not calculate).
        var formulasWithoutValue = 0
        var dates = 0
        var errors = 0
    }

    enum Resolved {
        /// The value's bytes were appended to the output buffer.
        case text
        case missing(MissingKind)
        case empty
    }

    /// Appends the cell's value bytes to `out` (for `.text`).
    @inline(__always)
    func resolve(_ c: SheetScanner.Cell, base: UnsafePointer<UInt8>, scratch: [UInt8], decimalComma: Bool,
                 into out: inout [UInt8], counts: inout Counts, row: Int, part: String) throws(XlsxError) -> Resolved {
        if c.formula {
            counts.formulas += 1
            if c.value.isEmpty && !c.inScratch { counts.formulasWithoutValue += 1 }
        }
        let v = c.value
        switch c.type {
        case .shared:
            guard !v.isEmpty else { return .empty }
            guard let k = Int(number: base + v.lowerBound, v.count), let r = strings.range(k) else {
                throw .badCell(sheet: sheet, cell: ReaderMessage.verbatim(.text(CellReference.name(column: c.column, row: row))),
                               what: WorkbookReaderMessage.noSharedString(.text(String(decoding: UnsafeBufferPointer(start: base + v.lowerBound, count: min(v.count, 12)), as: UTF8.self))))
            }
            guard !r.isEmpty else { return .empty }
            strings.bytes.withUnsafeBufferPointer { b in out.append(contentsOf: UnsafeBufferPointer(rebasing: b[r])) }
            return .text
        case .inline:
            guard !scratch.isEmpty else { return .empty }
            out.append(contentsOf: scratch)
            return .text
        case .formulaString, .isoDate:
            guard !v.isEmpty else { return .empty }
            if XMLText.needsDecoding(base, v) { try XMLText.decode(base, v, into: &out, part: part, ooxmlEscapes: true) }
            else { out.append(contentsOf: UnsafeBufferPointer(start: base + v.lowerBound, count: v.count)) }
            if c.type == .isoDate { counts.dates += 1 }
            return .text
        case .boolean:
            guard !v.isEmpty else { return .empty }
            let t = v.count == 1 && base[v.lowerBound] == UInt8(ascii: "1")
            out.append(contentsOf: t ? Self.trueBytes : Self.falseBytes)
            return .text
        case .error:
            counts.errors += 1
            let text = String(decoding: UnsafeBufferPointer(start: base + v.lowerBound, count: min(v.count, 20)), as: UTF8.self)
            return .missing(MissingKind.cellError(text))
        case .number:
            guard !v.isEmpty else { return .empty }
            let kind = styles.kind(c.style)
            if kind != .none {
                var t = false
                if let serial = serials.parse(base + v.lowerBound, v.count, usedThousands: &t),
                   let iso = ExcelDate.text(serial, kind: kind, date1904: date1904) {
                    counts.dates += 1
                    out.append(contentsOf: iso.utf8)
                    return .text
                }
            }
            let start = out.count
            out.append(contentsOf: UnsafeBufferPointer(start: base + v.lowerBound, count: v.count))
            if decimalComma {
                for i in start..<out.count where out[i] == UInt8(ascii: ".") { out[i] = UInt8(ascii: ",") }
            }
            return .text
        }
    }

    static let trueBytes = Array("true".utf8)
    static let falseBytes = Array("false".utf8)
}
