/// The words of the writers (`AtomicFile`, the xlsx writer, the formula guard): why a file
/// could not be written, and what was done to cells a spreadsheet would run.
public enum WriterMessage: String, MessageKey {
    case writeFailed, verbatim
    case isFolder, fileNameHint, notRegular, ordinaryHint, noFolder, createHint, folderIsFile
    case cannotWriteIn, cannotWrite, cannotReplace, failure, writableHint
    case tooManyRows, fewerRowsHint, tooManyColumns, fewerColumnsHint, cannotZip, csvInsteadHint
    case neutralisedOne, neutralisedMany, zipNotKept, xlsxWorkbook

    public var entries: [Language: String] {
        switch self {
        case .writeFailed: [.en: "write failed", .sv: "skrivningen misslyckades"]
        case .verbatim: [.en: "{1}", .sv: "{1}"]
        case .isFolder: [.en: "'{1}' is a folder, not a file", .sv: "'{1}' är en mapp, inte en fil"]
        case .fileNameHint: [.en: "give a file name, e.g. {1}/result.csv", .sv: "ange ett filnamn, till exempel {1}/resultat.csv"]
        case .notRegular: [.en: "'{1}' is not a regular file", .sv: "'{1}' är inte en vanlig fil"]
        case .ordinaryHint: [.en: "write to a new or ordinary file", .sv: "skriv till en ny eller vanlig fil"]
        case .noFolder: [.en: "the folder '{1}' does not exist", .sv: "mappen '{1}' finns inte"]
        case .createHint: [.en: "create it first, or write to an existing folder", .sv: "skapa den först, eller skriv till en mapp som finns"]
        case .folderIsFile: [.en: "'{1}' is a file, not a folder", .sv: "'{1}' är en fil, inte en mapp"]
        case .cannotWriteIn: [.en: "cannot write in the folder '{1}'", .sv: "kan inte skriva i mappen '{1}'"]
        case .cannotWrite: [.en: "cannot write '{1}'", .sv: "kan inte skriva '{1}'"]
        case .cannotReplace: [.en: "cannot replace '{1}'", .sv: "kan inte ersätta '{1}'"]
        case .failure: [.en: "{1}: {2}", .sv: "{1}: {2}"]
        case .writableHint: [.en: "choose a folder you can write to; nothing was changed", .sv: "välj en mapp du kan skriva i; inget ändrades"]
        case .tooManyRows:
            [.en: "{1} rows do not fit a worksheet (Excel holds at most 1 048 576 rows, the header included)",
             .sv: "{1} rader får inte plats i ett kalkylblad (Excel rymmer högst 1 048 576 rader, rubrikraden medräknad)"]
        case .fewerRowsHint: [.en: "export to .csv, or filter to fewer rows first", .sv: "exportera till .csv, eller filtrera till färre rader först"]
        case .tooManyColumns: [.en: "{1} columns do not fit a worksheet (at most 16 384)", .sv: "{1} kolumner får inte plats i ett kalkylblad (högst 16 384)"]
        case .fewerColumnsHint: [.en: "export to .csv, or keep fewer columns", .sv: "exportera till .csv, eller behåll färre kolumner"]
        case .cannotZip: [.en: "cannot build the workbook's zip: {1}", .sv: "kan inte bygga arbetsbokens zip-fil: {1}"]
        case .csvInsteadHint: [.en: "export to .csv instead; nothing was written", .sv: "exportera till .csv i stället; inget skrevs"]
        case .xlsxWorkbook: [.en: "xlsx workbook", .sv: "xlsx-arbetsbok"]
        case .zipNotKept: [.en: "the workbook's zip was not kept in memory", .sv: "arbetsbokens zip-fil hölls inte kvar i minnet"]
        case .neutralisedOne:
            [.en: "{1} cell starting with = + - @ (or a tab or CR) was prefixed with ' so spreadsheets show it as text",
             .sv: "{1} cell som börjar med = + - @ (eller tabb eller CR) fick ett inledande ' så att kalkylprogram visar den som text"]
        case .neutralisedMany:
            [.en: "{1} cells starting with = + - @ (or a tab or CR) were prefixed with ' so spreadsheets show them as text",
             .sv: "{1} celler som börjar med = + - @ (eller tabb eller CR) fick ett inledande ' så att kalkylprogram visar dem som text"]
        }
    }
}
