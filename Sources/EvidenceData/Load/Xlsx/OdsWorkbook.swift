/// An opened .ods: its zip (`XlsxPackage`, the same limits) and its tables as worksheets
/// (`OdsContent`), for `load` and `load … sheets`.
final class OdsWorkbook {
    let content: OdsContent

    init(path: String, limits: XlsxPackage.Limits) throws(XlsxError) {
        let package = try XlsxPackage(path: path, limits: limits)
        content = try OdsContent(xml: package.read("content.xml"), limits: limits)
    }

    /// The tables in tab order, as the workbook reader's sheets.
    var sheets: [WorkbookParts.Sheet] {
        content.sheets.map { WorkbookParts.Sheet(name: $0.name, hidden: $0.hidden, part: content.part, isWorksheet: true) }
    }

    func summaries() throws(XlsxError) -> [WorkbookSheet] {
        try content.sheets.map { (s) throws(XlsxError) -> WorkbookSheet in
            let xml = s.xml
            let extent = try xml.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) throws(XlsxError) -> (Int, Int, Int, Int)? in
                try XlsxWorkbook.extent(base: b.baseAddress!, count: b.count, part: content.part, sheet: s.name)
            }
            guard let (c0, r0, c1, r1) = extent else {
                return WorkbookSheet(name: s.name, kind: "sheet", hidden: s.hidden, dimension: nil, rows: 0, columns: 0)
            }
            return WorkbookSheet(name: s.name, kind: "sheet", hidden: s.hidden,
                                 dimension: CellReference.name(column: c0, row: r0) + ":" + CellReference.name(column: c1, row: r1),
                                 rows: r1 - r0 + 1, columns: c1 - c0 + 1)
        }
    }
}

extension XlsxReader {
    /// Loads the first table of an .ods `content.xml` without a zip around it: for the `xlsx`
    /// fuzz target. Throws only `Diagnostic`s.
    package static func load(odsContentXML xml: [UInt8], lenient: Bool) throws -> LoadResult {
        var options = LoadOptions()
        options.lenient = lenient
        do {
            let content = try OdsContent(xml: xml, limits: options.workbookLimits)
            guard let sheet = content.sheets.first else {
                throw Diagnostic.data(WorkbookReaderMessage.noTables(.text("f.ods")), kind: WorkbookReaderMessage.noSheet())
            }
            return try XlsxReader(path: "f.ods", displayPath: "f.ods", options: options, sheet: sheet.name, part: content.part,
                                  xml: sheet.xml, strings: SharedStrings(), styles: CellStyles(), date1904: false).load(name: "f", cancellation: nil)
        } catch let e as XlsxError {
            throw e.diagnostic(file: "f.ods")
        }
    }
}
