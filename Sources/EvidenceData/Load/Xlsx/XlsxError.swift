/// What can go wrong inside a workbook, before it is said as a `Diagnostic` naming the file
/// (and the part, sheet or cell).
enum XlsxError: Error, Equatable {
    /// The zip container cannot be read (truncated, not a zip, a damaged entry).
    case badZip(Message)
    case missingPart(String)
    /// A part inflates to more than the limit (bytes).
    case partTooLarge(part: String, limit: Int)
    /// A part inflates to more than `limit` times its compressed size: a zip bomb.
    case inflationRatio(part: String, limit: Int)
    case malformedXML(part: String, offset: Int, what: Message)
    /// A cell that cannot be placed (a bad `r="…"`, a row past Excel's last).
    case badCell(sheet: String, cell: Message, what: Message)
    case tooManyCells(sheet: String, cells: Int, limit: Int)

    /// The diagnostic naming `file`, the scanners' detail (`what`) in the same language.
    func diagnostic(file: String) -> Diagnostic {
        typealias M = WorkbookReaderMessage
        let f = MessageArgument.text(file)
        return switch self {
        case .badZip(let why):
            Diagnostic.data(M.notReadable(f, .message(why)), kind: M.damaged(), hint: M.resaveHint())
        case .missingPart(let part):
            Diagnostic.data(M.missingPart(f, .text(part)), kind: M.damaged(), hint: M.resaveHint())
        case .partTooLarge(let part, let limit):
            Diagnostic.data(M.partTooLarge(f, .text(part), .text(String(limit >> 20))), kind: M.tooLarge(), hint: M.partTooLargeHint())
        case .inflationRatio(let part, let limit):
            Diagnostic.data(M.inflationRatio(f, .text(part), .text(String(limit))), kind: M.refused(), hint: M.inflationHint())
        case .malformedXML(let part, let offset, let what):
            Diagnostic.data(M.malformed(f, .text(part), .message(what), .text(String(offset))), kind: M.damaged(), hint: M.resaveHint())
        case .badCell(let sheet, let cell, let what):
            Diagnostic.data(M.badCell(f, .text(sheet), .message(cell), .message(what)), kind: M.damaged(), hint: M.resaveHint())
        case .tooManyCells(let sheet, let cells, let limit):
            Diagnostic.data(M.tooManyCells(f, .text(sheet), .text(String(cells)), .text(String(limit))), kind: M.tooLarge(),
                            hint: M.tooManyCellsHint())
        }
    }
}
