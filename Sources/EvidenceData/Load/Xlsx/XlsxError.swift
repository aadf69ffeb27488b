/// What can go wrong inside a workbook, before it is said as a `Diagnostic` naming the file
/// (and the part, sheet or cell).
enum XlsxError: Error, Equatable {
    /// The zip container cannot be read (truncated, not a zip, a damaged entry).
    case badZip(String)
    case missingPart(String)
    /// A part inflates to more than the limit (bytes).
    case partTooLarge(part: String, limit: Int)
    /// A part inflates to more than `limit` times its compressed size: a zip bomb.
    case inflationRatio(part: String, limit: Int)
    case malformedXML(part: String, offset: Int, what: String)
    /// A cell that cannot be placed (a bad `r="…"`, a row past Excel's last).
    case badCell(sheet: String, cell: String, what: String)
    case tooManyCells(sheet: String, cells: Int, limit: Int)

    func diagnostic(file: String) -> Diagnostic {
        switch self {
        case .badZip(let why):
            return Diagnostic.data("'\(file)' is not a readable workbook: \(why)", kind: "damaged workbook",
                                   hint: "open it in Excel or LibreOffice and save it again as .xlsx, or export the sheet as CSV")
        case .missingPart(let part):
            return Diagnostic.data("\(file): the workbook has no part '\(part)'", kind: "damaged workbook",
                                   hint: "open it in Excel or LibreOffice and save it again as .xlsx, or export the sheet as CSV")
        case .partTooLarge(let part, let limit):
            return Diagnostic.data("\(file): part '\(part)' inflates to more than \(limit >> 20) MB, evsh's limit for one workbook",
                                   kind: "workbook too large",
                                   hint: "export the sheet as CSV (evsh reads CSV files of any size), or split the workbook")
        case .inflationRatio(let part, let limit):
            return Diagnostic.data("\(file): part '\(part)' inflates to more than \(limit) times its packed size, as a zip bomb does",
                                   kind: "workbook refused",
                                   hint: "a workbook saved by Excel or LibreOffice never packs so tightly; check where the file came from")
        case .malformedXML(let part, let offset, let what):
            return Diagnostic.data("\(file): part '\(part)' is not well-formed XML: \(what) (at byte \(offset))", kind: "damaged workbook",
                                   hint: "open it in Excel or LibreOffice and save it again as .xlsx, or export the sheet as CSV")
        case .badCell(let sheet, let cell, let what):
            return Diagnostic.data("\(file): sheet '\(sheet)' cell \(cell): \(what)", kind: "damaged workbook",
                                   hint: "open it in Excel or LibreOffice and save it again as .xlsx, or export the sheet as CSV")
        case .tooManyCells(let sheet, let cells, let limit):
            return Diagnostic.data("\(file): sheet '\(sheet)' spans \(cells) cells, more than evsh's limit of \(limit)",
                                   kind: "workbook too large",
                                   hint: "delete the empty rows and columns at its edges, or export the sheet as CSV")
        }
    }
}
