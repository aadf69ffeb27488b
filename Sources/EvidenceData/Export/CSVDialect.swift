/// How a CSV export is written, for the reader's spreadsheet (docs/evidence.md, "CSV
/// dialects"). Swedish Excel opens a file in one go only when it is semicolon-separated with
/// decimal commas, and shows å, ä and ö in UTF-8 only after a byte-order mark; English Excel
/// wants commas and points. The loader reads all three back to the same values.
package enum CSVDialect: String, CaseIterable, Sendable {
    /// `;`, decimal comma, UTF-8 with a BOM: the default in Swedish.
    case excelSv = "excel-sv"
    /// `,`, decimal point, UTF-8 with a BOM.
    case excelEn = "excel-en"
    /// RFC 4180: `,`, decimal point, UTF-8 without a BOM: the default in English.
    case rfc4180

    package static func standard(for language: Language) -> CSVDialect { language == .sv ? .excelSv : .rfc4180 }

    package var separator: UInt8 { self == .excelSv ? UInt8(ascii: ";") : UInt8(ascii: ",") }
    package var decimalComma: Bool { self == .excelSv }
    package var byteOrderMark: Bool { self != .rfc4180 }

    /// What the export report says about the file.
    package func described(_ language: Language) -> String {
        switch self {
        case .excelSv: ExportMessage.dialectExcelSv.text(language)
        case .excelEn: ExportMessage.dialectExcelEn.text(language)
        case .rfc4180: ExportMessage.dialectRFC4180.text(language)
        }
    }
}
