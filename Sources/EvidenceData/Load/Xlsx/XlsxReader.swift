import Foundation

/// The .xlsx/.xlsm reader: a `TextFieldReader` whose fields are a sheet's cells, so a workbook
/// goes through the same typing, id column, personnummer pseudonyms and report as a CSV
/// (docs/architecture.md, "Sources"). Title rows above the header, blank and styles-only
/// rows, footers below the data, and empty rows and columns around the table are found as the
/// CSV reader finds them (`FooterRule`, `KindGuess`). Macros are never run: only the cells'
/// saved values are read. docs/loading.md, "Workbooks".
package struct XlsxReader: TextFieldReader {
    let path: String
    let displayPath: String
    package let options: LoadOptions
    private let sheetName: String
    private let sheetPart: String
    private let xml: [UInt8]
    private let values: CellValues

    static let sampleRows = 4000

    init(path: String, displayPath: String, options: LoadOptions) throws {
        do {
            if SpreadsheetFile.kind(path: path) == .ods {
                // An .ods: its tables as worksheet XML, read by the same reader (`OdsContent`).
                let book = try OdsWorkbook(path: path, limits: options.workbookLimits)
                let (i, sheet) = try XlsxWorkbook.choose(options.sheet, in: book.sheets, displayPath: displayPath)
                self.init(path: path, displayPath: displayPath, options: options, sheet: sheet.name, part: book.content.part,
                          xml: book.content.sheets[i].xml, strings: SharedStrings(), styles: CellStyles(), date1904: false)
                return
            }
            let book = try XlsxWorkbook(path: path, displayPath: displayPath, limits: options.workbookLimits)
            let (_, sheet) = try book.sheet(options.sheet)
            let part = sheet.part ?? ""
            self.init(path: path, displayPath: displayPath, options: options, sheet: sheet.name, part: part,
                      xml: try book.package.read(part), strings: try book.sharedStrings(), styles: try book.styles(),
                      date1904: book.parts.date1904)
        } catch let e as XlsxError {
            throw e.diagnostic(file: displayPath)
        }
    }

    /// A sheet's parts already in memory (the fuzz target, tests).
    init(path: String, displayPath: String, options: LoadOptions, sheet: String, part: String, xml: [UInt8],
         strings: SharedStrings, styles: CellStyles, date1904: Bool) {
        self.path = path
        self.displayPath = displayPath
        self.options = options
        sheetName = sheet
        sheetPart = part
        // A byte after the part: the buffer always has an address.
        self.xml = xml + [0]
        values = CellValues(strings: strings, styles: styles, date1904: date1904, sheet: sheet)
    }

    /// Loads a sheet from the XML of its parts, without a zip around them: for the `xlsx` fuzz
    /// target, which throws bytes at the hand-written XML scanning. Throws only `Diagnostic`s.
    package static func load(sheetXML: [UInt8], sharedStrings: [UInt8]?, styles: [UInt8]?, lenient: Bool) throws -> LoadResult {
        do {
            let strings = try sharedStrings.map { try SharedStrings(xml: $0, part: "xl/sharedStrings.xml") } ?? SharedStrings()
            let cellStyles = try styles.map { try CellStyles(xml: $0, part: "xl/styles.xml") } ?? CellStyles()
            var options = LoadOptions()
            options.lenient = lenient
            return try XlsxReader(path: "f.xlsx", displayPath: "f.xlsx", options: options, sheet: "Data", part: "xl/worksheets/sheet1.xml",
                                  xml: sheetXML, strings: strings, styles: cellStyles, date1904: false).load(name: "f", cancellation: nil)
        } catch let e as XlsxError {
            throw e.diagnostic(file: "f.xlsx")
        }
    }

    package var displayName: String { displayPath }

    package var source: DataSource {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        return DataSource(path: path, words: WorkbookReaderMessage.loadedFrom(.text(displayPath), .text(sheetName)), byteCount: size)
    }

    private var xmlCount: Int { xml.count - 1 }

    // MARK: plan

    /// One row of the sample: its sheet row, and each non-empty cell's column and bytes.
    private struct SampleRow {
        var row: Int
        var cells: [(column: Int, range: Range<Int>, number: Bool)] = []
        var errors: [Int] = []
        func nonEmpty(in columns: Range<Int>) -> Int {
            cells.reduce(0) { $0 + (columns.contains($1.column) ? 1 : 0) } + errors.reduce(0) { $0 + (columns.contains($1) ? 1 : 0) }
        }
        var extent: Range<Int>? {
            let cols = cells.map(\.column) + errors
            guard let lo = cols.min(), let hi = cols.max() else { return nil }
            return lo..<(hi + 1)
        }
    }

    mutating func plan() throws -> XlsxPlan {
        do { return try makePlan() } catch let e as XlsxError { throw e.diagnostic(file: displayPath) }
    }

    private func makePlan() throws -> XlsxPlan {
        var sampleBytes: [UInt8] = [0]
        var rows: [SampleRow] = []
        var reachedEnd = true
        var dataEnd = 0
        try xml.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) throws -> Void in
            let base = b.baseAddress!
            var scan = try SheetScanner(base: base, count: xmlCount, part: sheetPart, sheet: sheetName)
            var cell = SheetScanner.Cell(), scratch: [UInt8] = [], counts = CellValues.Counts()
            while let r = try scan.nextRow() {
                var sr = SampleRow(row: r)
                while try scan.nextCell(&cell, scratch: &scratch) {
                    let start = sampleBytes.count
                    switch try values.resolve(cell, base: base, scratch: scratch, decimalComma: false, into: &sampleBytes,
                                              counts: &counts, row: r, part: sheetPart) {
                    case .text:
                        if Self.isBlank(sampleBytes[start...]) { sampleBytes.removeSubrange(start...) } else {
                            sr.cells.append((cell.column, start..<sampleBytes.count, cell.type == .number && values.styles.kind(cell.style) == .none))
                        }
                    case .missing: sr.errors.append(cell.column)
                    case .empty: break
                    }
                }
                guard sr.extent != nil else { continue }
                rows.append(sr)
                if rows.count >= Self.sampleRows { reachedEnd = false; break }
            }
            if reachedEnd { dataEnd = scan.position }
        }
        guard !rows.isEmpty else {
            throw Diagnostic.data(WorkbookReaderMessage.noCells(.text(displayPath), .text(sheetName)), kind: ReaderMessage.emptyFile(),
                                  hint: WorkbookReaderMessage.chooseAnother(.text(displayPath)))
        }
        // The table's columns: where the rows with two or more values are (a title in A1 above
        // a table from B3 does not widen it).
        let wide = rows.filter { ($0.cells.count + $0.errors.count) >= 2 }
        let spans = (wide.isEmpty ? rows : wide).compactMap(\.extent)
        let first = spans.map(\.lowerBound).min() ?? 0
        let last = spans.map(\.upperBound).max() ?? 1
        let columns = first..<last
        let width = columns.count
        // The merged ranges, for a header merged over several columns.
        var merges: [(Int, Int, Int, Int)] = []
        if reachedEnd {
            merges = try xml.withUnsafeBufferPointer { b throws -> [(Int, Int, Int, Int)] in
                try SheetScanner.merges(base: b.baseAddress!, count: xmlCount, part: sheetPart, from: dataEnd)
            }
        } else {
            merges = try xml.withUnsafeBufferPointer { b throws -> [(Int, Int, Int, Int)] in
                try SheetScanner.merges(base: b.baseAddress!, count: xmlCount, part: sheetPart, from: Self.endOfSheetData(b))
            }
        }
        func merged(_ r: SampleRow) -> Int {
            merges.reduce(0) { n, m in
                guard m.1 <= r.row, m.3 >= r.row else { return n }
                return n + max(0, min(m.2 + 1, last) - max(m.0 + 1, first))
            }
        }
        // The header: the first row filling at least half the table's columns (two at least),
        // as the CSV reader takes the first record of the common width.
        var h: Int
        if let skip = options.skip {
            guard let i = rows.firstIndex(where: { $0.row >= skip }) else {
                throw Diagnostic.data(WorkbookReaderMessage.noRowsAfter(.text(displayPath), .text(sheetName), .text(String(skip))), kind: ReaderMessage.emptyFile())
            }
            h = i
        } else {
            let need = max(min(2, width), (width + 1) / 2)
            // Cells under a merge count, but only in a row with two values of its own: a
            // title merged over the table's width is no header.
            h = rows.firstIndex { r in
                let own = r.nonEmpty(in: columns)
                return own >= min(2, width) && own + merged(r) >= need
            } ?? 0
        }
        // Two header rows: a row of group names merged over columns (`läsning` over B:C) above
        // the row that names every column (`ht`, `vt`). The lower one is the header, and the
        // group's name goes before each of its columns' names (`läsning_ht`).
        var groupRow: SampleRow?
        if options.skip == nil, h + 1 < rows.count, merged(rows[h]) > 0, rows[h + 1].row == rows[h].row + 1,
           rows[h + 1].nonEmpty(in: columns) > rows[h].nonEmpty(in: columns), rows[h + 1].cells.allSatisfy({ !$0.number }) {
            groupRow = rows[h]
            h += 1
        }
        // Field refs into the sample buffer, one per column (empty ones at the filler byte 0).
        func refs(_ r: SampleRow, numbersOnly: Bool? = nil) -> [FieldRef] {
            var out = Array(repeating: FieldRef(start: 0, end: 0, quoted: false, escaped: false), count: width)
            for c in r.cells where columns.contains(c.column) {
                if let n = numbersOnly, n != c.number { continue }
                out[c.column - first] = FieldRef(start: c.range.lowerBound, end: c.range.upperBound, quoted: false, escaped: false)
            }
            return out
        }
        var data = Array(rows[(h + 1)...])
        if reachedEnd { while let l = data.last, l.nonEmpty(in: columns) <= 1, width > 1 { data.removeLast() } }
        let headerRow = rows[h]
        let decimalComma: Bool = sampleBytes.withUnsafeBufferPointer { b in
            // Only text cells vote: number cells are always written with a point.
            options.decimalComma ?? KindGuess(base: b.baseAddress!).decimalComma((data + [headerRow]).map { refs($0, numbersOnly: false) })
        }
        if decimalComma {
            for r in rows { for c in r.cells where c.number { for i in c.range where sampleBytes[i] == UInt8(ascii: ".") { sampleBytes[i] = UInt8(ascii: ",") } } }
        }
        let (names, kinds, hasHeader): ([String], [ColumnKind], Bool) = sampleBytes.withUnsafeBufferPointer { b in
            let guess = KindGuess(base: b.baseAddress!)
            let parser = NumberParser(decimalComma: decimalComma)
            defer { parser.release() }
            let dataRefs = data.map { refs($0) }
            var kinds = (0..<width).map { j in guess.kind(of: dataRefs.map { $0[j] }, parser: parser) }
            let headerRefs = refs(headerRow)
            let hasHeader = options.header ?? (!guess.looksLikeData(headerRefs, kinds: kinds, parser: parser)
                                               || guess.looksLikeYears(headerRefs, kinds: kinds, data: dataRefs, parser: parser))
            if !hasHeader { kinds = (0..<width).map { j in guess.kind(of: ([headerRefs] + dataRefs).map { $0[j] }, parser: parser) } }
            var names = headerRefs.enumerated().map { j, f in hasHeader ? String(decoding: b[f.start..<f.end], as: UTF8.self) : "column_\(j + 1)" }
            // A header merged over several columns names the first; the others take its name
            // (then told apart: `Läsning`, `Läsning_2`).
            if hasHeader {
                for m in merges where m.1 <= headerRow.row && m.3 >= headerRow.row {
                    let c0 = m.0 - first
                    guard c0 >= 0, c0 < width, !names[c0].isEmpty else { continue }
                    for c in (c0 + 1)..<min(m.2 + 1 - first, width) where c > c0 && names[c].isEmpty { names[c] = names[c0] }
                }
            }
            if hasHeader, let g = groupRow {
                for c in g.cells where columns.contains(c.column) {
                    let group = String(decoding: b[c.range], as: UTF8.self)
                    let span = merges.first { $0.0 == c.column && $0.1 <= g.row && $0.3 >= g.row && $0.3 < headerRow.row }
                    for col in c.column...(span?.2 ?? c.column) where columns.contains(col) {
                        let j = col - first
                        names[j] = names[j].isEmpty ? group : group + "_" + names[j]
                    }
                }
            }
            return (names, kinds, hasHeader)
        }
        var layout = FieldLayout(names: ColumnNames.cleaned(names), kinds: kinds, decimalComma: decimalComma, hasHeader: hasHeader, titleLines: h)
        layout.decimalCommaPossible = options.decimalComma == nil
        return XlsxPlan(layout: layout, firstColumn: first, width: width, headerRow: hasHeader ? headerRow.row : nil,
                        dataStart: hasHeader ? headerRow.row + 1 : headerRow.row)
    }

    private static func isBlank(_ s: ArraySlice<UInt8>) -> Bool { s.allSatisfy { $0 == 0x20 } }

    /// Where `</sheetData>` ends, found from the end of the part (the merges follow it).
    private static func endOfSheetData(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        let tail = Array("sheetData>".utf8)
        var i = b.count - tail.count
        while i > 1 {
            if b[i] == tail[0], (0..<tail.count).allSatisfy({ b[i + $0] == tail[$0] }), b[i - 1] == UInt8(ascii: "/") || b[i - 1] == UInt8(ascii: ":") {
                return i + tail.count
            }
            i -= 1
        }
        return b.count
    }

    // MARK: read

    mutating func readFields(_ plan: XlsxPlan, cancellation: Cancellation?) throws -> FieldParts {
        do { return try read(plan, cancellation: cancellation) } catch let e as XlsxError { throw e.diagnostic(file: displayPath) }
    }

    private func read(_ plan: XlsxPlan, cancellation: Cancellation?) throws -> FieldParts {
        let layout = plan.layout
        let width = plan.width, first = plan.firstColumn
        var builders = layout.kinds.indices.map { ColumnBuilder(kind: layout.kinds[$0], capacity: 1024, isID: $0 == layout.idColumn) }
        let parser = NumberParser(decimalComma: layout.decimalComma)
        defer { parser.release() }
        var counts = CellValues.Counts()
        var outside = 0, rows = 0, footers = 0, interrupted = false
        let limit = options.workbookLimits.cells
        let parts = FieldParts(builders: [], notes: [])
        do {
            try xml.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) throws -> Void in
                let base = b.baseAddress!
                var scan = try SheetScanner(base: base, count: xmlCount, part: sheetPart, sheet: sheetName)
                var cell = SheetScanner.Cell(), scratch: [UInt8] = []
                // One row's values: bytes, and per column where they are (or a marker).
                var bytes: [UInt8] = [0]
                var starts = [Int](repeating: 0, count: width), ends = [Int](repeating: 0, count: width)
                var marks = [MissingKind?](repeating: nil, count: width)
                var pending: [(row: Int, text: [UInt8])] = []
                func append(row r: Int, filled: Int) {
                    bytes.withUnsafeBufferPointer { bb in
                        let p = bb.baseAddress!
                        for j in 0..<width {
                            if let m = marks[j] { builders[j].appendMarker(m) }
                            else { builders[j].append(p + starts[j], ends[j] - starts[j], quoted: false, offset: r * CellReference.maxColumns + first + j, parser: parser) }
                        }
                    }
                    rows += 1
                }
                func resolvePending() throws {
                    for (r, text) in pending {
                        bytes = [0] + text
                        for j in 0..<width { starts[j] = 0; ends[j] = 0; marks[j] = nil }
                        starts[0] = 1; ends[0] = bytes.count
                        append(row: r, filled: 1)
                    }
                    pending = []
                }
                while let r = try scan.nextRow() {
                    if r & 0xFFFF == 0xFFFF, cancellation?.isCancelled == true { interrupted = true; return }
                    bytes.removeAll(keepingCapacity: true); bytes.append(0)
                    for j in 0..<width { starts[j] = 0; ends[j] = 0; marks[j] = nil }
                    var filled = 0, lastColumn = -1, firstFilled = false
                    while try scan.nextCell(&cell, scratch: &scratch) {
                        guard r >= plan.dataStart else { continue }
                        if cell.column <= lastColumn {
                            throw XlsxError.badCell(sheet: sheetName, cell: ReaderMessage.verbatim(.text(CellReference.name(column: cell.column, row: r))),
                                                    what: WorkbookReaderMessage.cellTwice())
                        }
                        lastColumn = cell.column
                        let j = cell.column - first
                        let start = bytes.count
                        let resolved = try values.resolve(cell, base: base, scratch: scratch, decimalComma: layout.decimalComma,
                                                          into: &bytes, counts: &counts, row: r, part: sheetPart)
                        let isValue: Bool
                        switch resolved {
                        case .text: isValue = bytes[start...].contains { $0 != 0x20 }
                        case .missing: isValue = true
                        case .empty: isValue = false
                        }
                        guard j >= 0, j < width else {
                            if isValue { outside += 1 }
                            bytes.removeSubrange(start...)
                            continue
                        }
                        starts[j] = start; ends[j] = bytes.count
                        if case .missing(let m) = resolved { marks[j] = m }
                        if isValue { filled += 1; if j == 0 { firstFilled = true } }
                    }
                    guard r >= plan.dataStart, filled > 0 else { continue }
                    guard (rows + pending.count + 1) * max(width, 1) <= limit else {
                        throw XlsxError.tooManyCells(sheet: sheetName, cells: (rows + pending.count + 1) * width, limit: limit)
                    }
                    // A row of one note under the first column may be a footer: held back.
                    if width > 1, filled == 1, firstFilled, marks[0] == nil,
                       bytes.withUnsafeBufferPointer({ FooterRule.looksLikeNote($0.baseAddress! + starts[0], ends[0] - starts[0]) }) {
                        pending.append((r, Array(bytes[starts[0]..<ends[0]])))
                        continue
                    }
                    try resolvePending()
                    append(row: r, filled: filled)
                }
                // Held rows after the last that reads like a row with only a name are footers.
                let k = pending.lastIndex { p in
                    p.text.withUnsafeBufferPointer { FooterRule.looksLikeOnlyAName($0.baseAddress!, $0.count, firstKind: layout.kinds[0], numbers: parser) }
                }
                let rest = k.map { pending.count - $0 - 1 } ?? pending.count
                pending.removeLast(rest)
                footers = rest
                try resolvePending()
            }
        } catch {
            parts.builders = [builders]
            throw error
        }
        parts.builders = [builders]
        if interrupted { try cancellation?.check() }
        parts.footerLines = footers
        typealias M = WorkbookReaderMessage
        var notes: [LoadReport.Note] = [.message(M.sheetNote(.text(sheetName))), .decimalComma, .noHeader, .titleLines, .footerLines, .thousands]
        if counts.formulas > 0 { notes.append(.message(M.formulasRead(.quantity(counts.formulas)))) }
        if counts.dates > 0 { notes.append(.message(M.dateCells(.quantity(counts.dates)))) }
        parts.notes = notes
        var warnings: [Message] = []
        if counts.formulasWithoutValue > 0 { warnings.append(M.formulasWithoutValue(.quantity(counts.formulasWithoutValue))) }
        if outside > 0 {
            let range = CellReference.columnName(first) + "–" + CellReference.columnName(first + width - 1)
            warnings.append(M.cellsOutside(.quantity(outside), .text(range)))
        }
        parts.warnings = warnings
        _ = rows
        return parts
    }

    /// Strings inside a workbook are UTF-8; bytes that are not come from a damaged file.
    mutating func textIsNotUTF8() throws {
        throw Diagnostic.data(WorkbookReaderMessage.notUTF8(.text(displayPath), .text(sheetName)), kind: WorkbookReaderMessage.damaged(),
                              hint: WorkbookReaderMessage.resaveHint())
    }

    func location(of position: Int, in plan: XlsxPlan) -> FileLocation {
        let row = position / CellReference.maxColumns, col = position % CellReference.maxColumns
        return FileLocation(file: displayPath, line: row + 1, column: col + 1,
                            place: WorkbookReaderMessage.place(.text(sheetName), .text(CellReference.name(column: col, row: row))))
    }

    /// The cell's text, found by scanning the sheet again (for messages only).
    func fieldText(at position: Int, in plan: XlsxPlan) -> String {
        let row = position / CellReference.maxColumns, col = position % CellReference.maxColumns
        let found: String? = try? xml.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) throws -> String? in
            let base = b.baseAddress!
            var scan = try SheetScanner(base: base, count: xmlCount, part: sheetPart, sheet: sheetName)
            var cell = SheetScanner.Cell(), scratch: [UInt8] = [], counts = CellValues.Counts(), out: [UInt8] = []
            while let r = try scan.nextRow() {
                guard r == row else { if r > row { return nil }; continue }
                while try scan.nextCell(&cell, scratch: &scratch) {
                    guard cell.column == col else { continue }
                    _ = try values.resolve(cell, base: base, scratch: scratch, decimalComma: plan.layout.decimalComma,
                                           into: &out, counts: &counts, row: r, part: sheetPart)
                    return String(decoding: out, as: UTF8.self)
                }
                return nil
            }
            return nil
        }
        let s = found ?? ""
        return s.count > 30 ? s.prefix(30) + "…" : s
    }
}
