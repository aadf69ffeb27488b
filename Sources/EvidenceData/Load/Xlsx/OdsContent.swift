/// An OpenDocument spreadsheet (.ods, LibreOffice) read through the workbook reader: its
/// `content.xml` is scanned once (the same byte-level `XMLScanner`) and each `table:table`
/// becomes the XML of an .xlsx worksheet — inline strings, numbers, ISO dates, booleans,
/// errors, merges — which `XlsxReader` reads as it reads any sheet. So an .ods goes through the
/// same placement of the table, typing and report (docs/loading.md, "Workbooks").
/// Repeats are bounded: empty repeated cells and rows (LibreOffice writes
/// `number-columns-repeated="16384"` after the last value) only move the position; repeated
/// values are written out within Excel's sheet size and the workbook limits, and the sheets
/// written may be at most `ratio` times content.xml (above a floor): repeats are a way for a
/// small file to expand, as deflate is.
struct OdsContent {
    struct Sheet {
        var name: String
        var hidden: Bool
        /// The sheet as .xlsx worksheet XML.
        var xml: [UInt8]
    }

    let part: String
    private(set) var sheets: [Sheet] = []
    /// Sheets written ÷ content.xml, above `floor` bytes.
    static let ratio = 100
    static let floor = 64 << 20

    init(xml input: [UInt8], part: String = "content.xml", limits: XlsxPackage.Limits) throws(XlsxError) {
        self.part = part
        let bytes = input + [0]
        var sheets: [Sheet] = []
        try bytes.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) throws(XlsxError) -> Void in
            var t = Translation(x: try XMLScanner(base: b.baseAddress!, count: input.count, part: part), limits: limits,
                                cap: min(limits.totalBytes, max(Self.floor, input.count.multipliedReportingOverflow(by: Self.ratio).partialValue)))
            sheets = try t.run()
        }
        self.sheets = sheets
    }
}

/// One pass over content.xml, writing each table's worksheet XML.
private struct Translation {
    var x: XMLScanner
    let limits: XlsxPackage.Limits
    /// The most bytes of sheet XML to write.
    let cap: Int
    var hiddenStyles = Set<String>()
    var styleName: String?
    var sheets: [OdsContent.Sheet] = []
    var out: [UInt8] = []
    var merges: [String] = []
    var sheetName = ""
    var row = 0
    var cells = 0
    var written = 0

    /// One cell of the row being read: its column, xlsx type (`""` for a number), value and
    /// whether a formula computed it.
    struct Cell { var column: Int; var type: String; var value: [UInt8]; var formula = false }

    init(x: XMLScanner, limits: XlsxPackage.Limits, cap: Int) {
        self.x = x
        self.limits = limits
        self.cap = cap
    }

    mutating func run() throws(XlsxError) -> [OdsContent.Sheet] {
        while let t = try x.next() {
            if t.closing { continue }
            if x.isNamed(t, "style"), let n = try x.attribute(t, "style:name") { styleName = try x.string(n) }
            else if x.isNamed(t, "table-properties"), let d = try x.attribute(t, "table:display"), x.equals(d, "false"), let s = styleName {
                hiddenStyles.insert(s)
            } else if x.isNamed(t, "table"), try x.attribute(t, "table:name") != nil {
                try table(t)
            }
        }
        return sheets
    }

    mutating func table(_ start: XMLScanner.Tag) throws(XlsxError) {
        sheetName = try x.attribute(start, "table:name").map { (r) throws(XlsxError) in try x.string(r) } ?? "Sheet\(sheets.count + 1)"
        let style = try x.attribute(start, "table:style-name").map { (r) throws(XlsxError) in try x.string(r) }
        out = Array("<worksheet><sheetData>".utf8)
        merges = []
        row = 0
        cells = 0
        if !start.selfClosing {
            while let t = try x.next() {
                if t.closing {
                    if x.isNamed(t, "table") { break }
                    continue
                }
                if x.isNamed(t, "table-row") { try tableRow(t) }
                else if x.isNamed(t, "table") || x.isNamed(t, "shapes") || x.isNamed(t, "named-expressions") { try x.skipElement(t) }
            }
        }
        out += Array("</sheetData>".utf8)
        if !merges.isEmpty {
            out += Array("<mergeCells>".utf8)
            for m in merges { out += Array("<mergeCell ref=\"\(m)\"/>".utf8) }
            out += Array("</mergeCells>".utf8)
        }
        out += Array("</worksheet>".utf8)
        written += out.count
        sheets.append(OdsContent.Sheet(name: sheetName, hidden: style.map(hiddenStyles.contains) ?? false, xml: out))
    }

    mutating func repeats(_ t: XMLScanner.Tag, _ name: StaticString) throws(XlsxError) -> Int {
        guard let r = try x.attribute(t, name) else { return 1 }
        guard let n = Int(number: x.base + r.lowerBound, r.count), n >= 1 else {
            throw x.malformed(WorkbookReaderMessage.notCount(.text("\(name)")), at: r.lowerBound)
        }
        return n
    }

    mutating func tableRow(_ start: XMLScanner.Tag) throws(XlsxError) {
        let rowRepeat = try repeats(start, "table:number-rows-repeated")
        var rowCells: [Cell] = []
        var column = 0
        if !start.selfClosing {
            while let t = try x.next() {
                if t.closing {
                    if x.isNamed(t, "table-row") { break }
                    continue
                }
                let covered = x.isNamed(t, "covered-table-cell")
                guard covered || x.isNamed(t, "table-cell") else { try x.skipElement(t); continue }
                let colRepeat = try repeats(t, "table:number-columns-repeated")
                let spanC = try repeats(t, "table:number-columns-spanned"), spanR = try repeats(t, "table:number-rows-spanned")
                let formula = try x.attribute(t, "table:formula") != nil
                let value = try cellValue(t).map { (type: $0.type, value: $0.value, formula: formula) }
                if let value, !covered {
                    for k in 0..<colRepeat {
                        let c = column + k
                        guard c < CellReference.maxColumns, row < CellReference.maxRows else {
                            throw .badCell(sheet: sheetName, cell: WorkbookReaderMessage.rowColumn(.text(String(row + 1)), .text(String(c + 1))), what: WorkbookReaderMessage.pastLastCell())
                        }
                        rowCells.append(Cell(column: c, type: value.type, value: value.value, formula: value.formula))
                    }
                    if spanC > 1 || spanR > 1, column < CellReference.maxColumns {
                        let lastC = min(column + spanC - 1, CellReference.maxColumns - 1), lastR = min(row + spanR - 1, CellReference.maxRows - 1)
                        merges.append(CellReference.name(column: column, row: row) + ":" + CellReference.name(column: lastC, row: lastR))
                    }
                }
                // Empty repeats only move the position (saturating: no hang, no memory).
                column = min(column + colRepeat, CellReference.maxColumns)
            }
        }
        if !rowCells.isEmpty {
            // A row of values repeated: each copy is written (Excel's last row bounds them).
            for k in 0..<rowRepeat where row + k < CellReference.maxRows {
                try write(rowCells, row: row + k)
            }
        }
        row = min(row + rowRepeat, CellReference.maxRows)
    }

    mutating func write(_ rowCells: [Cell], row r: Int) throws(XlsxError) {
        cells += rowCells.count
        guard cells <= limits.cells else { throw .tooManyCells(sheet: sheetName, cells: cells, limit: limits.cells) }
        out += Array("<row r=\"\(r + 1)\">".utf8)
        for c in rowCells {
            out += Array("<c r=\"\(CellReference.name(column: c.column, row: r))\"".utf8)
            if c.formula {
                // Counted as a formula read as its saved value, as in an .xlsx.
                out += Array((c.type.isEmpty ? "><f/><v>" : " t=\"\(c.type == "inlineStr" ? "str" : c.type)\"><f/><v>").utf8) + c.value + Array("</v></c>".utf8)
            } else if c.type == "inlineStr" {
                out += Array(" t=\"inlineStr\"><is><t>".utf8) + c.value + Array("</t></is></c>".utf8)
            } else {
                out += Array((c.type.isEmpty ? "><v>" : " t=\"\(c.type)\"><v>").utf8) + c.value + Array("</v></c>".utf8)
            }
        }
        out += Array("</row>".utf8)
        guard out.count + written <= cap else {
            if cap == limits.totalBytes { throw .partTooLarge(part: x.part, limit: limits.totalBytes) }
            throw .inflationRatio(part: x.part, limit: OdsContent.ratio)
        }
    }

    /// The cell's value as the xlsx type and `<v>`/`<t>` bytes (still XML-escaped), nil when
    /// empty. Reads to the cell's end tag.
    mutating func cellValue(_ t: XMLScanner.Tag) throws(XlsxError) -> (type: String, value: [UInt8])? {
        var kind = try x.attribute(t, "office:value-type")
        if let k = try x.attribute(t, "calcext:value-type"), x.equals(k, "error") { kind = k }
        let text = t.selfClosing ? [] : try paragraphs()
        func attr(_ name: StaticString) throws(XlsxError) -> [UInt8]? {
            try x.attribute(t, name).map { Array(UnsafeBufferPointer(start: x.base + $0.lowerBound, count: $0.count)) }
        }
        guard let kind else { return text.isEmpty ? nil : ("inlineStr", text) }
        if x.equals(kind, "float") || x.equals(kind, "percentage") || x.equals(kind, "currency") {
            if let v = try attr("office:value") {
                // LibreOffice keeps an .xlsx boolean as 1 or 0 shown TRUE or FALSE (in
                // Swedish SANT, FALSKT): a boolean, as the cell shows it.
                if v == [0x31] || v == [0x30], Self.booleanWords.contains(text.map { $0 | 0x20 }) { return ("b", v) }
                return ("", v)
            }
        } else if x.equals(kind, "date") {
            if var v = try attr("office:date-value") {
                // 2025-03-14T08:30:00.123: whole seconds are what evsh keeps.
                if v.count > 19 { v = Array(v.prefix(19)) }
                return ("d", v)
            }
        } else if x.equals(kind, "boolean") {
            if let v = try attr("office:boolean-value") {
                return ("b", Array((v == Array("true".utf8) || v == Array("1".utf8) ? "1" : "0").utf8))
            }
        } else if x.equals(kind, "error") {
            return ("e", text)
        }
        // Strings, times and anything else: the text the cell shows.
        return text.isEmpty ? nil : ("inlineStr", text)
    }

    static let booleanWords: Set<[UInt8]> = Set(["true", "false", "sant", "falskt", "wahr", "falsch"].map { Array($0.utf8) })

    /// The text of the cell's `text:p` paragraphs (one per line), escaped for an inline
    /// string; comments (`office:annotation`) left out.
    mutating func paragraphs() throws(XlsxError) -> [UInt8] {
        var text: [UInt8] = []
        var inParagraph = 0, paragraphs = 0
        func append(_ r: Range<Int>) {
            // OOXML's `_xHHHH_` escapes would be decoded: keep a literal `_x` as it is.
            var i = r.lowerBound
            while i < r.upperBound {
                if x.base[i] == UInt8(ascii: "_"), i + 1 < r.upperBound, x.base[i + 1] == UInt8(ascii: "x") {
                    text += Array("_x005F_".utf8)
                } else { text.append(x.base[i]) }
                i += 1
            }
        }
        while let t = try x.next() {
            if t.closing {
                if x.isNamed(t, "table-cell") || x.isNamed(t, "covered-table-cell") { return text }
                if x.isNamed(t, "p") || x.isNamed(t, "h") { inParagraph = max(0, inParagraph - 1) }
                if inParagraph > 0 { append(x.textRange()) }
                continue
            }
            if x.isNamed(t, "annotation") { try x.skipElement(t); continue }
            if x.isNamed(t, "p") || x.isNamed(t, "h") {
                if paragraphs > 0 { text.append(0x0A) }
                paragraphs += 1
                if t.selfClosing { continue }
                inParagraph += 1
            } else if x.isNamed(t, "s") {
                let n = try x.attribute(t, "text:c").flatMap { Int(number: x.base + $0.lowerBound, $0.count) } ?? 1
                text += [UInt8](repeating: 0x20, count: min(n, 1000))
            } else if x.isNamed(t, "tab") { text.append(0x09) }
            else if x.isNamed(t, "line-break") { text.append(0x0A) }
            if inParagraph > 0 { append(x.textRange()) }
        }
        throw x.malformed(WorkbookReaderMessage.openTableCell(), at: x.pos)
    }
}
