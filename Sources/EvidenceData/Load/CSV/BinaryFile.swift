/// Files that are not text at all, read as text they would load as a screenful of garbage, so
/// the CSV reader names what it found and how to get a CSV instead. `load` tells workbooks
/// apart before (`SpreadsheetFile`: .xlsx loads, .xls/.xlsb/.ods/encrypted are refused there);
/// the zip and compound-file cases here are for the CSV reader called on its own.
enum BinaryFile {
    enum Kind: Equatable {
        case zip, oldExcel, pdf, other
    }

    /// What the first bytes say, or nil for text. Zero bytes mean binary unless the text is
    /// UTF-16 (every other byte zero), which the caller decodes.
    static func kind(of raw: UnsafeRawBufferPointer) -> Kind? {
        func starts(_ sig: [UInt8]) -> Bool { raw.count >= sig.count && zip(raw, sig).allSatisfy { $0 == $1 } }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return .zip }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .oldExcel }
        if starts(Array("%PDF".utf8)) { return .pdf }
        let head = UnsafeRawBufferPointer(rebasing: raw[0..<min(raw.count, 4096)])
        guard head.contains(0), TextEncoding.utf16WithoutBOM(raw) == nil else { return nil }
        return .other
    }

    static func diagnostic(_ kind: Kind, displayPath: String) -> Diagnostic {
        let saveAs = "in Excel: File → Save As → 'CSV UTF-8 (Comma delimited) (*.csv)', then load that file"
        switch kind {
        case .zip:
            return Diagnostic.data("'\(displayPath)' is a zip file, such as an Excel workbook (.xlsx), not a CSV or TSV file",
                                   kind: "not text", hint: "'load' reads .xlsx workbooks directly; or " + saveAs)
        case .oldExcel:
            return Diagnostic.data("'\(displayPath)' is an old Excel workbook (.xls), not a CSV or TSV file",
                                   kind: "not text", hint: saveAs)
        case .pdf:
            return Diagnostic.data("'\(displayPath)' is a PDF, not a CSV or TSV file",
                                   kind: "not text", hint: "ask for the data as a CSV export; tables in a PDF cannot be read reliably")
        case .other:
            return Diagnostic.data("'\(displayPath)' holds binary data (zero bytes), not text",
                                   kind: "not text", hint: "export the data as CSV; if it is UTF-16 text, say encoding=utf-16le or encoding=utf-16be")
        }
    }
}
