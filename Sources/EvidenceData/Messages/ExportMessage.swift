/// The words of `export` (so far its CSV dialects).
public enum ExportMessage: String, MessageKey {
    case dialectExcelSv, dialectExcelEn, dialectRFC4180, dialectNotCSV, unknownDialect, dialects
    case wroteLast, wroteRows, joiningTables, wroteTables, tableRows, cellsSuppressed, wroteDataset, wroteTo, suppressionChanged

    public var entries: [Language: String] {
        switch self {
        case .dialectExcelSv: [.en: "excel-sv: ';', decimal commas, UTF-8 with BOM", .sv: "excel-sv: ';', decimalkomma, UTF-8 med BOM"]
        case .dialectExcelEn: [.en: "excel-en: ',', decimal points, UTF-8 with BOM", .sv: "excel-en: ',', decimalpunkt, UTF-8 med BOM"]
        case .dialectRFC4180: [.en: "rfc4180: ',', decimal points, UTF-8", .sv: "rfc4180: ',', decimalpunkt, UTF-8"]
        case .dialectNotCSV: [.en: "'dialect' is for .csv files, not {1}", .sv: "'dialect' gäller .csv-filer, inte {1}"]
        case .unknownDialect: [.en: "unknown CSV dialect '{1}'", .sv: "okänd CSV-dialekt '{1}'"]
        case .dialects: [.en: "dialects: excel-sv, excel-en, rfc4180", .sv: "dialekter: excel-sv, excel-en, rfc4180"]
        case .wroteLast: [.en: "wrote the last result", .sv: "skrev det senaste resultatet"]
        case .wroteRows: [.en: "wrote {1:row|rows} × {2} columns", .sv: "skrev {1:rad|rader} × {2} kolumner"]
        case .joiningTables: [.en: ", one row per group, joining the tables {1}", .sv: ", en rad per grupp, tabellerna {1} sammanfogade"]
        case .wroteTables: [.en: "wrote {1} tables, one each: {2}", .sv: "skrev {1} tabeller, var för sig: {2}"]
        case .tableRows: [.en: "{1} ({2:row|rows})", .sv: "{1} ({2:rad|rader})"]
        case .cellsSuppressed: [.en: "; {1:cell|cells} shown as <{2} (min-group {2})", .sv: "; {1:cell|celler} visas som <{2} ('min-group' {2})"]
        case .wroteDataset:
            [.en: "wrote {1} rows × {2} columns of {3} (individual students: keep the file private)",
             .sv: "skrev {1} rader × {2} kolumner ur {3} (enskilda elever: håll filen för dig själv)"]
        case .wroteTo: [.en: "{1} to {2} ({3}, {4} bytes, mode 0600)", .sv: "{1} till {2} ({3}, {4} byte, behörighet 0600)"]
        case .suppressionChanged:
            [.en: "suppression changed this export: groups under min-group {1} are <{1} in the file, not as shown on screen; 'set min-group N' sets the threshold",
             .sv: "undertryckning ändrade exporten: grupper med färre än {1} elever ('min-group') är <{1} i filen, inte som på skärmen; 'set min-group N' ändrar gränsen"]
        }
    }
}
