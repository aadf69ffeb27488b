import Foundation
import ZIPFoundation

/// Tells workbooks apart by their content, not their name (systems export CSV files named
/// .xls, and the other way round): a zip holding `xl/workbook.xml` is an .xlsx or .xlsm; the
/// other spreadsheet files are refused with the way forward. docs/loading.md, "Workbooks".
enum SpreadsheetFile {
    enum Kind: Equatable {
        /// .xlsx and .xlsm (macros are never run: only saved values are read).
        case xlsx
        /// OpenDocument (LibreOffice), read through the same reader (`OdsContent`).
        case ods
        case xlsb
        /// BIFF inside a compound file: Excel 97–2003.
        case xls
        /// A compound file holding `EncryptedPackage`: a workbook with a password to open.
        case encrypted
        /// A zip file that is no workbook.
        case otherZip
    }

    /// What the file is, or nil for anything that is not a zip or compound file (the CSV
    /// reader takes it, and refuses other binary files itself).
    static func kind(path: String) -> Kind? {
        // Only a regular file is opened here: opening a named pipe would block until a writer
        // comes. The CSV reader says what anything else is (docs/loading.md).
        var st = stat()
        guard stat(path, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { return nil }
        guard let h = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? h.close() }
        guard let head = try? h.read(upToCount: 8), head.count >= 4 else { return nil }
        let b = [UInt8](head)
        if b.starts(with: [0x50, 0x4B, 0x03, 0x04]) || b.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return zipKind(path) }
        if b.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // The compound file's directory names its streams in UTF-16LE.
            try? h.seek(toOffset: 0)
            let all = (try? h.read(upToCount: 64 << 20)).map { [UInt8]($0) } ?? []
            let name = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            return contains(all, name) ? .encrypted : .xls
        }
        return nil
    }

    private static func zipKind(_ path: String) -> Kind {
        guard let a = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read) else { return .xlsx }
        let names = Set(a.map(\.path))
        if names.contains("xl/workbook.bin") { return .xlsb }
        if names.contains("content.xml"), names.contains("mimetype") { return .ods }
        if names.contains("xl/workbook.xml") || names.contains("_rels/.rels") || names.contains("[Content_Types].xml") { return .xlsx }
        return .otherZip
    }

    private static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard hay.count >= needle.count, let f = needle.first else { return false }
        var i = 0
        while i <= hay.count - needle.count {
            if hay[i] == f, hay[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    static let saveAs = WorkbookReaderMessage.saveAs()

    /// The refusal of a kind evsh does not read, naming the way forward.
    static func refusal(_ kind: Kind, displayPath: String) -> Diagnostic? {
        switch kind {
        case .xlsx, .ods: return nil
        case .xlsb:
            return Diagnostic.data(WorkbookReaderMessage.xlsb(.text(displayPath)), kind: WorkbookReaderMessage.unsupported(), hint: saveAs)
        case .xls:
            return Diagnostic.data(WorkbookReaderMessage.xls(.text(displayPath)), kind: WorkbookReaderMessage.unsupported(), hint: saveAs)
        case .encrypted:
            return Diagnostic.data(WorkbookReaderMessage.passwordProtected(.text(displayPath)), kind: WorkbookReaderMessage.encrypted(),
                                   hint: WorkbookReaderMessage.passwordHint())
        case .otherZip:
            return Diagnostic.data(WorkbookReaderMessage.otherZip(.text(displayPath)), kind: WorkbookReaderMessage.notWorkbook(),
                                   hint: WorkbookReaderMessage.unpackHint())
        }
    }

    /// Throws the refusal for a spreadsheet file that is not an .xlsx (for `load … sheets`).
    static func refuseOthers(path: String, displayPath: String) throws {
        guard let k = kind(path: path) else {
            throw Diagnostic.data(WorkbookReaderMessage.noSheets(.text(displayPath)), kind: WorkbookReaderMessage.notWorkbook(),
                                  hint: WorkbookReaderMessage.sheetsHint())
        }
        if let d = refusal(k, displayPath: displayPath) { throw d }
    }
}
