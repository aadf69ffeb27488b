/// The one place a `load` argument picks its reader (folders of exports and PostgreSQL
/// queries join here). Workbooks are told by their content (SpreadsheetFile), everything else
/// is read as CSV/TSV, which refuses other binary files itself.
package enum TableReaders {
    package static func reader(path: String, displayPath: String, options: LoadOptions) throws -> any TableReader {
        if let kind = SpreadsheetFile.kind(path: path) {
            if let refusal = SpreadsheetFile.refusal(kind, displayPath: displayPath) { throw refusal }
            return try XlsxReader(path: path, displayPath: displayPath, options: options)
        }
        if options.sheet != nil {
            throw Diagnostic.data(WorkbookReaderMessage.noSheetsToChoose(.text(displayPath)), kind: WorkbookReaderMessage.notWorkbook(),
                                  hint: WorkbookReaderMessage.sheetOnlyHint())
        }
        return try CSVReader(path: path, displayPath: displayPath, options: options)
    }
}
