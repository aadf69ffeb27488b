/// The words of `export` (so far its CSV dialects).
public enum ExportMessage: String, MessageKey {
    case dialectExcelSv, dialectExcelEn, dialectRFC4180, dialectNotCSV, unknownDialect, dialects

    public var entries: [Language: String] {
        switch self {
        case .dialectExcelSv: [.en: "excel-sv: ';', decimal commas, UTF-8 with BOM", .sv: "excel-sv: ';', decimalkomma, UTF-8 med BOM"]
        case .dialectExcelEn: [.en: "excel-en: ',', decimal points, UTF-8 with BOM", .sv: "excel-en: ',', decimalpunkt, UTF-8 med BOM"]
        case .dialectRFC4180: [.en: "rfc4180: ',', decimal points, UTF-8", .sv: "rfc4180: ',', decimalpunkt, UTF-8"]
        case .dialectNotCSV: [.en: "'dialect' is for .csv files, not {1}", .sv: "'dialect' gäller .csv-filer, inte {1}"]
        case .unknownDialect: [.en: "unknown CSV dialect '{1}'", .sv: "okänd CSV-dialekt '{1}'"]
        case .dialects: [.en: "dialects: excel-sv, excel-en, rfc4180", .sv: "dialekter: excel-sv, excel-en, rfc4180"]
        }
    }
}
