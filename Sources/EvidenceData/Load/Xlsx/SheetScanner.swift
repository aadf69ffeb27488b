/// Reads a worksheet's XML row by row and cell by cell, at the byte level, without making a
/// String per cell: a cell is its column, type, style and the byte range of its value in the
/// part (`<v>`), or its decoded text in a scratch buffer (inline strings, entities).
/// Rows and cells without `r` follow the one before; gaps are empty cells.
struct SheetScanner {
    enum CellType: UInt8 {
        /// `t="n"` or none: a number (or a date, by its style).
        case number
        /// `t="s"`: an index into the shared strings.
        case shared
        /// `t="inlineStr"` (`<is>`), decoded into the scratch buffer.
        case inline
        /// `t="str"`: a formula's text result.
        case formulaString
        case boolean
        /// `t="e"`: `#N/A`, `#DIV/0!`, ….
        case error
        /// `t="d"`: an ISO 8601 date written as text (strict OOXML).
        case isoDate
    }

    struct Cell {
        var column = 0
        var type = CellType.number
        var style = 0
        /// The `<v>` text in the part (empty when the cell has no value).
        var value: Range<Int> = 0..<0
        /// The value is the scratch buffer's content, not `value`.
        var inScratch = false
        var formula = false
    }

    private var x: XMLScanner
    let sheet: String
    private(set) var row = -1
    private var column = -1
    private var rowOpen = false
    private var done = false
    /// Where `<sheetData>` ends (known after the last row).
    private(set) var dataEnd = 0

    init(base: UnsafePointer<UInt8>, count: Int, part: String, sheet: String) throws(XlsxError) {
        x = try XMLScanner(base: base, count: count, part: part)
        self.sheet = sheet
        while let t = try x.next() {
            if x.isNamed(t, "sheetData") {
                if t.selfClosing || t.closing { done = true; dataEnd = x.pos }
                return
            }
        }
        throw XlsxError.malformedXML(part: part, offset: count, what: WorkbookReaderMessage.noSheetData())
    }

    var base: UnsafePointer<UInt8> { x.base }
    var position: Int { x.pos }

    /// The next row's number (from 0), or nil after the last. Its cells follow with `nextCell`.
    mutating func nextRow() throws(XlsxError) -> Int? {
        if rowOpen { while try skipToRowEnd() {} }
        guard !done else { return nil }
        while let t = try x.next() {
            if x.isNamed(t, "row") {
                guard !t.closing else { continue }
                var r = row + 1
                if let v = try x.attribute(t, "r") {
                    guard let n = Int(number: x.base + v.lowerBound, v.count), n >= 1 else {
                        throw .badCell(sheet: sheet, cell: WorkbookReaderMessage.inRow(.text(String(row + 2))), what: WorkbookReaderMessage.badRowNumber())
                    }
                    r = n - 1
                }
                guard r < CellReference.maxRows else {
                    throw .badCell(sheet: sheet, cell: WorkbookReaderMessage.inRow(.text(String(r + 1))), what: WorkbookReaderMessage.pastLastRow())
                }
                row = r
                column = -1
                rowOpen = !t.selfClosing
                return r
            }
            if x.isNamed(t, "sheetData"), t.closing { done = true; dataEnd = x.pos; return nil }
        }
        done = true
        dataEnd = x.pos
        throw XlsxError.malformedXML(part: x.part, offset: x.end, what: WorkbookReaderMessage.openSheetData())
    }

    /// Moves past the current row; true while there are cells left to skip.
    private mutating func skipToRowEnd() throws(XlsxError) -> Bool {
        var c = Cell(), scratch: [UInt8] = []
        return try nextCell(&c, scratch: &scratch)
    }

    /// The current row's next cell, or false at the row's end.
    @inline(__always)
    mutating func nextCell(_ cell: inout Cell, scratch: inout [UInt8]) throws(XlsxError) -> Bool {
        guard rowOpen else { return false }
        while let t = try x.next() {
            if x.isNamed(t, "row") { rowOpen = false; return false }
            guard !t.closing, x.isNamed(t, "c") else {
                if !t.closing { try x.skipElement(t) }
                continue
            }
            cell = Cell(column: column + 1)
            // The base pointer, not a copy of the scanner, in the closure: no retain per cell.
            let base = x.base
            var bad: Range<Int>?
            try x.forEachAttribute(t) { (n, v) throws(XlsxError) in
                guard n.count == 1 else { return }
                switch base[n.lowerBound] {
                case UInt8(ascii: "r"):
                    if let ref = CellReference.parse(base + v.lowerBound, v.count) { cell.column = ref.column } else { bad = v }
                case UInt8(ascii: "s"):
                    cell.style = Int(number: base + v.lowerBound, v.count) ?? 0
                case UInt8(ascii: "t"):
                    cell.type = Self.type(base + v.lowerBound, v.count)
                default: break
                }
            }
            if let v = bad {
                throw .badCell(sheet: sheet, cell: ReaderMessage.verbatim(.text(String(decoding: UnsafeBufferPointer(start: base + v.lowerBound, count: min(v.count, 12)), as: UTF8.self))),
                               what: WorkbookReaderMessage.notCellReference())
            }
            guard cell.column < CellReference.maxColumns else {
                throw .badCell(sheet: sheet, cell: WorkbookReaderMessage.inRow(.text(String(row + 1))), what: WorkbookReaderMessage.pastLastColumn())
            }
            column = cell.column
            if t.selfClosing { return true }
            try readInside(&cell, scratch: &scratch)
            return true
        }
        throw XlsxError.malformedXML(part: x.part, offset: x.end, what: WorkbookReaderMessage.openRow())
    }

    /// `<v>`, `<f>` and `<is>` up to `</c>`.
    @inline(__always)
    private mutating func readInside(_ cell: inout Cell, scratch: inout [UInt8]) throws(XlsxError) {
        var phonetic = 0
        var inInline = false
        while let t = try x.next() {
            if t.closing {
                if x.isNamed(t, "c") { return }
                if x.isNamed(t, "is") { inInline = false }
                if x.isNamed(t, "rPh") { phonetic -= 1 }
                continue
            }
            if x.isNamed(t, "v") {
                if !t.selfClosing { cell.value = x.textRange() }
            } else if x.isNamed(t, "f") {
                cell.formula = true
                try x.skipElement(t)
            } else if x.isNamed(t, "is") {
                cell.type = .inline
                cell.inScratch = true
                scratch.removeAll(keepingCapacity: true)
                inInline = !t.selfClosing
            } else if inInline, x.isNamed(t, "rPh") {
                if !t.selfClosing { phonetic += 1 }
            } else if inInline, phonetic == 0, x.isNamed(t, "t") {
                if !t.selfClosing { try XMLText.decode(x.base, x.textRange(), into: &scratch, part: x.part, ooxmlEscapes: true) }
            } else if !inInline, !t.selfClosing {
                try x.skipElement(t)
            }
        }
        throw XlsxError.malformedXML(part: x.part, offset: x.end, what: WorkbookReaderMessage.openCell())
    }

    private static func type(_ p: UnsafePointer<UInt8>, _ n: Int) -> CellType {
        switch n {
        case 1:
            switch p[0] {
            case UInt8(ascii: "s"): return .shared
            case UInt8(ascii: "b"): return .boolean
            case UInt8(ascii: "e"): return .error
            case UInt8(ascii: "d"): return .isoDate
            default: return .number
            }
        case 3: return p[0] == UInt8(ascii: "s") ? .formulaString : .number
        case 9: return .inline
        default: return .number
        }
    }

    /// The merged ranges after `<sheetData>` (call after the last row), as (first column,
    /// first row, last column, last row).
    static func merges(base: UnsafePointer<UInt8>, count: Int, part: String, from: Int) throws(XlsxError) -> [(Int, Int, Int, Int)] {
        guard from < count else { return [] }
        var x = try XMLScanner(base: base + from, count: count - from, part: part, fragment: true)
        var out: [(Int, Int, Int, Int)] = []
        while let t = try x.next() {
            guard !t.closing, x.isNamed(t, "mergeCell"), let v = try x.attribute(t, "ref") else { continue }
            let p = x.base + v.lowerBound
            guard let colon = (0..<v.count).first(where: { p[$0] == UInt8(ascii: ":") }),
                  let a = CellReference.parse(p, colon), let b = CellReference.parse(p + colon + 1, v.count - colon - 1),
                  let ar = a.row, let br = b.row else { continue }
            out.append((a.column, ar, b.column, br))
        }
        return out
    }
}

extension Int {
    /// A non-negative decimal integer from bytes (at most 9 digits), nil otherwise.
    @inline(__always)
    init?(number p: UnsafePointer<UInt8>, _ n: Int) {
        guard n > 0, n <= 9 else { return nil }
        var v = 0
        for i in 0..<n {
            let d = p[i] &- 48
            guard d <= 9 else { return nil }
            v = v * 10 + Int(d)
        }
        self = v
    }
}
