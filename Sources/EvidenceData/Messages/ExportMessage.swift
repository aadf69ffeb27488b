/// The words of `export` (so far its CSV dialects).
public enum ExportMessage: String, MessageKey {
    case dialectExcelSv, dialectExcelEn, dialectRFC4180, dialectNotCSV, unknownDialect, dialects
    case wroteLast, wroteRows, joiningTables, tableName, wroteTables, tableRows, cellsSuppressed, wroteDataset, wroteTo, suppressionChanged
    case expectedWhat, expectedPath, expectedDialect, unknownFormat, endFileName, formulaLike, personnummer
    case datasetInWorkshop, exportResultInstead, noResult, runFirst, chartHasNoTable, asTextOrMarkdown, tablesDiffer, eachOnItsOwn

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
        // A table's machine name, as `export last table NAME` takes it: quoted among Swedish words.
        case .tableName: [.en: "{1}", .sv: "'{1}'"]
        case .wroteTables: [.en: "wrote {1} tables, one each: {2}", .sv: "skrev {1} tabeller, var för sig: {2}"]
        case .tableRows: [.en: "{1} ({2:row|rows})", .sv: "'{1}' ({2:rad|rader})"]
        case .cellsSuppressed: [.en: "; {1:cell|cells} shown as <{2} (min-group {2})", .sv: "; {1:cell|celler} visas som <{2} ('min-group' {2})"]
        case .wroteDataset:
            [.en: "wrote {1} rows × {2} columns of {3} (individual students: keep the file private)",
             .sv: "skrev {1} rader × {2} kolumner ur {3} (enskilda elever: håll filen för dig själv)"]
        case .wroteTo: [.en: "{1} to {2} ({3}, {4} bytes, mode 0600)", .sv: "{1} till {2} ({3}, {4} byte, behörighet 0600)"]
        case .suppressionChanged:
            [.en: "suppression changed this export: groups under min-group {1} are <{1} in the file, not as shown on screen; 'set min-group N' sets the threshold",
             .sv: "undertryckning ändrade exporten: grupper med färre än {1} elever ('min-group') är <{1} i filen, inte som på skärmen; 'set min-group N' ändrar gränsen"]
        case .expectedWhat: [.en: "expected 'last' or a dataset name", .sv: "det saknas 'last' eller namnet på en datamängd"]
        case .expectedPath: [.en: "expected a file path after 'to'", .sv: "det saknas en sökväg efter 'to'"]
        case .expectedDialect:
            [.en: "expected a dialect after 'dialect': excel-sv, excel-en or rfc4180", .sv: "det saknas en dialekt efter 'dialect': excel-sv, excel-en eller rfc4180"]
        case .unknownFormat:
            [.en: "cannot tell the format of '{1}': expected .csv, .xlsx, .json, .md or .txt",
             .sv: "formatet för '{1}' går inte att avgöra: filnamnet ska sluta på .csv, .xlsx, .json, .md eller .txt"]
        case .endFileName: [.en: "end the file name in .csv, .xlsx, .json, .md or .txt", .sv: "låt filnamnet sluta på .csv, .xlsx, .json, .md eller .txt"]
        case .formulaLike:
            [.en: "; {1:text cell|text cells} starting with = + - @ written as text (xlsx cells are typed; nothing is run)",
             .sv: "; {1:textcell|textceller} som börjar med = + - @ har skrivits som text (cellerna i xlsx har typer; inget körs)"]
        case .personnummer: [.en: "; {1} personnummer replaced (never exported)", .sv: "; {1} personnummer ersatta (exporteras aldrig)"]
        case .datasetInWorkshop:
            [.en: "exporting a dataset writes individual students and is off in workshop mode",
             .sv: "att exportera en datamängd skriver ut enskilda elever och är avstängt i workshopläge"]
        case .exportResultInstead:
            [.en: "export a result instead ('export last to …'), or 'set workshop off'",
             .sv: "exportera ett resultat i stället ('export last to …'), eller 'set workshop off'"]
        case .noResult: [.en: "there is no result to export yet", .sv: "det finns inget resultat att exportera än"]
        case .runFirst:
            [.en: "run a command that shows a table or chart first, e.g. 'count by class'",
             .sv: "kör först ett kommando som visar en tabell eller ett diagram, t.ex. 'count by class'"]
        case .chartHasNoTable: [.en: "the last result is a chart, which has no table for {1}", .sv: "det senaste resultatet är ett diagram, som saknar tabell för {1}"]
        case .asTextOrMarkdown: [.en: "export it as .txt or .md", .sv: "exportera det som .txt eller .md"]
        case .tablesDiffer:
            [.en: "the last result's {1} tables have different rows, so they do not make one CSV table: {2}",
             .sv: "det senaste resultatets {1} tabeller har olika rader, så de blir inte en CSV-tabell: {2}"]
        case .eachOnItsOwn:
            [.en: "export to .xlsx or .json (each table on its own, named), or .md",
             .sv: "exportera till .xlsx eller .json (varje tabell för sig, med namn), eller .md"]
        }
    }
}
