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
        typealias M = ReaderMessage
        let path = MessageArgument.text(displayPath)
        return switch kind {
        case .zip: Diagnostic.data(M.zipFile(path), kind: M.notText(), hint: M.xlsxDirectly(.message(M.saveAsCSV())))
        case .oldExcel: Diagnostic.data(M.oldExcel(path), kind: M.notText(), hint: M.saveAsCSV())
        case .pdf: Diagnostic.data(M.pdf(path), kind: M.notText(), hint: M.pdfHint())
        case .other: Diagnostic.data(M.binary(path), kind: M.notText(), hint: M.binaryHint())
        }
    }
}
