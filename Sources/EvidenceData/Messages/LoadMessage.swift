/// The words of the load report (`LoadReport.summary`, `typesLine`, the lines under them) and
/// of `load demo`.
public enum LoadMessage: String, MessageKey {
    case demoLoaded, demoDescription
    case summaryHead, decimalComma, noHeader, titleLines, footerLines, thousands, markers, percentDropped, percentColumns
    case types, idColumn
    case number, text, grade, boolean, date
    case delimiterOnly, delimiters, skippedLine, skippedLines
    // the load command's own words
    case expectedPath, expectedSheet, pathWithSpaces
    case sheetsTitle, sheetHeader, kindHeader, cellsHeader, rowsHeader, columnsHeader, hiddenHeader, hidden, sheetKind, chartKind, readsSheet
    case expectedQuery, expectedColumns, sameColumnTwice, nameApart, noColumnIn, describeLists
    case waiting, progress, ranOnServer, cameBack, evaluatedHere, readAsText

    public var entries: [Language: String] {
        switch self {
        case .demoLoaded: [.en: "{1}: {2} rows, {3} columns — {4}", .sv: "{1}: {2} rader, {3} kolumner – {4}"]
        case .demoDescription:
            [.en: "demo school (synthetic: 300 students, years 4–6, cycles c1–c3; not real pupils)",
             .sv: "demoskola (påhittad: 300 elever i årskurs 4–6, mättillfällen c1–c3; inga riktiga elever)"]
        case .summaryHead: [.en: "{1}: {2} rows, {3} columns", .sv: "{1}: {2:rad|rader}, {3:kolumn|kolumner}"]
        case .decimalComma: [.en: "decimal comma", .sv: "decimalkomma"]
        case .noHeader: [.en: "no header", .sv: "ingen rubrikrad"]
        case .titleLines: [.en: "{1:title line|title lines} skipped", .sv: "{1:titelrad överhoppad|titelrader överhoppade}"]
        case .footerLines: [.en: "{1:footer line|footer lines}", .sv: "{1:sidfotsrad|sidfotsrader}"]
        case .thousands: [.en: "thousands separators", .sv: "tusentalsavgränsare"]
        case .markers: [.en: "markers: {1}", .sv: "markörer: {1}"]
        case .percentDropped: [.en: "'%' dropped: {1} (percent points)", .sv: "'%' borttaget: {1} (procentenheter)"]
        case .percentColumns: [.en: "{1:column|columns}", .sv: "{1:kolumn|kolumner}"]
        case .types: [.en: "types: {1}", .sv: "typer: {1}"]
        case .idColumn: [.en: " · id: {1}", .sv: " · id: {1}"]
        case .number: [.en: "number", .sv: "tal"]
        case .text: [.en: "text", .sv: "text"]
        case .grade: [.en: "grade", .sv: "betyg"]
        case .boolean: [.en: "boolean", .sv: "sant/falskt"]
        case .date: [.en: "date", .sv: "datum"]
        case .delimiterOnly:
            [.en: "{1:row|rows} of only {2} skipped (empty rows, as Excel writes below a sheet's data): {3} rows became {4}",
             .sv: "hoppade över {1:rad|rader} med bara {2} (tomma rader, som Excel skriver under ett blads data): {3} rader blev {4}"]
        case .delimiters: [.en: "delimiters", .sv: "avgränsare"]
        case .skippedLine: [.en: "skipped {1:row|rows} ({2}): line {3}{4}", .sv: "hoppade över {1:rad|rader} ({2}): rad {3}{4}"]
        case .skippedLines: [.en: "skipped {1:row|rows} ({2}): lines {3}{4}", .sv: "hoppade över {1:rad|rader} ({2}): raderna {3}{4}"]
        case .expectedPath: [.en: "expected a file path or 'demo'", .sv: "det saknas en sökväg eller 'demo'"]
        case .expectedSheet: [.en: "expected a sheet's name or number after 'sheet'", .sv: "det saknas ett bladnamn eller bladnummer efter 'sheet'"]
        case .pathWithSpaces:
            [.en: "a path with spaces needs quotes: load \"{1}\" (several paths stack their files)",
             .sv: "en sökväg med mellanslag behöver citattecken: load \"{1}\" (flera sökvägar staplar sina filer)"]
        case .sheetsTitle: [.en: "{1}: {2:sheet|sheets}", .sv: "{1}: {2:blad|blad}"]
        case .sheetHeader: [.en: "sheet", .sv: "blad"]
        case .kindHeader: [.en: "kind", .sv: "typ"]
        case .cellsHeader: [.en: "cells", .sv: "celler"]
        case .rowsHeader: [.en: "rows", .sv: "rader"]
        case .columnsHeader: [.en: "columns", .sv: "kolumner"]
        case .hiddenHeader: [.en: "hidden", .sv: "dolt"]
        case .hidden: [.en: "hidden", .sv: "dolt"]
        case .sheetKind: [.en: "sheet", .sv: "blad"]
        case .chartKind: [.en: "chart", .sv: "diagram"]
        case .readsSheet:
            [.en: "'load {1}' reads sheet {2}, '{3}'; choose another with 'sheet NAME' or 'sheet N'",
             .sv: "'load {1}' läser blad {2}, '{3}'; välj ett annat med 'sheet NAMN' eller 'sheet N'"]
        case .expectedQuery: [.en: "expected the query in quotes after 'query'", .sv: "det saknas en fråga inom citattecken efter 'query'"]
        case .expectedColumns: [.en: "expected columns after 'columns'", .sv: "det saknas kolumner efter 'columns'"]
        case .sameColumnTwice: [.en: "the result has more than one column named '{1}'", .sv: "resultatet har mer än en kolumn som heter '{1}'"]
        case .nameApart:
            [.en: "name them apart in the query: SELECT a.{1} AS a_{1}, b.{1} AS b_{1} …", .sv: "ge dem olika namn i frågan: 'SELECT a.{1} AS a_{1}, b.{1} AS b_{1} …'"]
        case .noColumnIn: [.en: "no column '{1}' in {2}", .sv: "ingen kolumn '{1}' i {2}"]
        case .describeLists: [.en: "'describe {1}' lists the columns", .sv: "'describe {1}' visar kolumnerna"]
        case .waiting: [.en: "{1}: waiting for the server ({2} s)", .sv: "{1}: väntar på servern ({2} s)"]
        case .progress: [.en: "{1}: {2} rows, {3} rows/s", .sv: "{1}: {2} rader, {3} rader/s"]
        case .ranOnServer: [.en: "ran on the server: {1}", .sv: "kördes på servern: {1}"]
        case .cameBack: [.en: "{1} rows came back in {2} s", .sv: "{1} rader kom tillbaka på {2} s"]
        case .evaluatedHere:
            [.en: "evaluated here, not on the server (no SQL form): {1} — {2} rows kept",
             .sv: "beräknades här, inte på servern (saknar SQL-motsvarighet): {1} – {2} rader behölls"]
        case .readAsText: [.en: "note: '{1}' ({2}) was read as its text", .sv: "obs: '{1}' ({2}) lästes som text"]
        }
    }

    /// The word for a column type in the load report.
    public static func type(_ t: ValueType) -> LoadMessage {
        switch t {
        case .number: .number
        case .text: .text
        case .grade: .grade
        case .boolean: .boolean
        case .date: .date
        }
    }
}
