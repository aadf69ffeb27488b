import Foundation

/// An opened workbook: its package, sheets, shared strings, styles and date system, and the
/// chosen sheet's XML. Every part is read through `XlsxPackage`, within its limits.
final class XlsxWorkbook {
    let displayPath: String
    let package: XlsxPackage
    let parts: WorkbookParts

    init(path: String, displayPath: String, limits: XlsxPackage.Limits) throws(XlsxError) {
        self.displayPath = displayPath
        package = try XlsxPackage(path: path, limits: limits)
        parts = try WorkbookParts(package: package)
    }

    func sharedStrings() throws(XlsxError) -> SharedStrings {
        guard let p = parts.sharedStringsPart else { return SharedStrings() }
        return try SharedStrings(xml: package.read(p), part: p)
    }

    func styles() throws(XlsxError) -> CellStyles {
        guard let p = parts.stylesPart else { return CellStyles() }
        return try CellStyles(xml: package.read(p), part: p)
    }

    /// The sheet `choice` names (or the first visible worksheet), as a `Diagnostic` when there
    /// is no such sheet or it holds no table.
    func sheet(_ choice: SheetChoice?) throws -> (index: Int, sheet: WorkbookParts.Sheet) {
        try Self.choose(choice, in: parts.sheets, displayPath: displayPath)
    }

    /// The sheet `choice` names among `sheets` (of an .xlsx or an .ods).
    static func choose(_ choice: SheetChoice?, in sheets: [WorkbookParts.Sheet], displayPath: String) throws -> (index: Int, sheet: WorkbookParts.Sheet) {
        let names = sheets.map(\.name)
        typealias M = WorkbookReaderMessage
        let listing = MessageArgument.message(M.listing(.text(names.map { "'\($0)'" }.joined(separator: ", "))))
        let path = MessageArgument.text(displayPath)
        let index: Int
        switch choice {
        case nil:
            guard let i = sheets.firstIndex(where: { $0.isWorksheet && !$0.hidden }) ?? sheets.firstIndex(where: \.isWorksheet) else {
                throw Diagnostic.data(M.noWorksheet(path, sheets.isEmpty ? .message(M.noSheetsAtAll()) : listing), kind: M.noSheet(), hint: M.meantHint())
            }
            index = i
        case .name(let n):
            guard let i = names.firstIndex(of: n) ?? names.firstIndex(where: { $0.lowercased() == n.lowercased() }) else {
                let hint = Suggestions.nearest(to: n, in: names).map { CommonMessage.didYouMean(.text($0)) } ?? M.listHint(path)
                throw Diagnostic.data(M.noSheetNamed(path, .text(n), listing), kind: M.noSheet(), hint: hint)
            }
            index = i
        case .number(let k):
            guard k >= 1, k <= sheets.count else {
                throw Diagnostic.data(M.noSheetNumber(path, .quantity(sheets.count), .text(String(k)), listing), kind: M.noSheet(), hint: M.countHint(path))
            }
            index = k - 1
        }
        let s = sheets[index]
        guard s.isWorksheet, s.part != nil else {
            throw Diagnostic.data(M.chartSheet(path, .text(s.name)), kind: M.noSheet(), hint: M.chooseWorksheet(path))
        }
        return (index, s)
    }

    func summaries() throws(XlsxError) -> [WorkbookSheet] {
        try parts.sheets.map { (s) throws(XlsxError) -> WorkbookSheet in
            guard s.isWorksheet, let part = s.part else {
                return WorkbookSheet(name: s.name, kind: "chart", hidden: s.hidden, dimension: nil, rows: 0, columns: 0)
            }
            let xml = try package.read(part)
            let extent = try xml.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) throws(XlsxError) -> (Int, Int, Int, Int)? in
                guard let base = b.baseAddress else { throw XlsxError.malformedXML(part: part, offset: 0, what: WorkbookReaderMessage.partEmpty()) }
                return try Self.extent(base: base, count: b.count, part: part, sheet: s.name)
            }
            guard let (c0, r0, c1, r1) = extent else {
                return WorkbookSheet(name: s.name, kind: "sheet", hidden: s.hidden, dimension: nil, rows: 0, columns: 0)
            }
            return WorkbookSheet(name: s.name, kind: "sheet", hidden: s.hidden,
                                dimension: CellReference.name(column: c0, row: r0) + ":" + CellReference.name(column: c1, row: r1),
                                rows: r1 - r0 + 1, columns: c1 - c0 + 1)
        }
    }

    /// The cells that hold a value span these columns and rows (first, first, last, last).
    static func extent(base: UnsafePointer<UInt8>, count: Int, part: String, sheet: String) throws(XlsxError) -> (Int, Int, Int, Int)? {
        var scan = try SheetScanner(base: base, count: count, part: part, sheet: sheet)
        var cell = SheetScanner.Cell(), scratch: [UInt8] = []
        var c0 = Int.max, r0 = Int.max, c1 = -1, r1 = -1
        while let r = try scan.nextRow() {
            while try scan.nextCell(&cell, scratch: &scratch) {
                guard !cell.value.isEmpty || (cell.inScratch && !scratch.isEmpty) else { continue }
                c0 = min(c0, cell.column); c1 = max(c1, cell.column); r0 = min(r0, r); r1 = max(r1, r)
            }
        }
        return c1 < 0 ? nil : (c0, r0, c1, r1)
    }
}

/// One sheet of a workbook as `load FILE sheets` lists it.
package struct WorkbookSheet: Sendable, Equatable {
    package var name: String
    /// `sheet`, or `chart` for chart and macro sheets (which hold no table).
    package var kind: String
    package var hidden: Bool
    /// `A1:AB101`: where the cells with values are; nil for a sheet with none.
    package var dimension: String?
    package var rows: Int
    package var columns: Int

    /// The sheets of the workbook at `path`, in tab order.
    package static func list(path: String, displayPath: String, options: LoadOptions = LoadOptions()) throws -> [WorkbookSheet] {
        try SpreadsheetFile.refuseOthers(path: path, displayPath: displayPath)
        do {
            if SpreadsheetFile.kind(path: path) == .ods {
                return try OdsWorkbook(path: path, limits: options.workbookLimits).summaries()
            }
            return try XlsxWorkbook(path: path, displayPath: displayPath, limits: options.workbookLimits).summaries()
        } catch let e as XlsxError {
            throw e.diagnostic(file: displayPath)
        }
    }
}
