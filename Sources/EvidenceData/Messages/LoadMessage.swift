/// The words of the load report (`LoadReport.summary`, `typesLine`, the lines under them) and
/// of `load demo`.
public enum LoadMessage: String, MessageKey {
    case demoLoaded, demoDescription
    case summaryHead, decimalComma, noHeader, titleLines, footerLines, thousands, markers, percentDropped, percentColumns
    case types, idColumn
    case number, text, grade, boolean, date
    case delimiterOnly, delimiters, skippedLine, skippedLines

    public var entries: [Language: String] {
        switch self {
        case .demoLoaded: [.en: "{1}: {2} rows, {3} columns — {4}", .sv: "{1}: {2} rader, {3} kolumner — {4}"]
        case .demoDescription:
            [.en: "demo school (synthetic: 300 students, years 4–6, cycles c1–c3; not real pupils)",
             .sv: "demoskola (påhittad: 300 elever i årskurs 4–6, mättillfällen c1–c3; inga riktiga elever)"]
        case .summaryHead: [.en: "{1}: {2} rows, {3} columns", .sv: "{1}: {2} rader, {3} kolumner"]
        case .decimalComma: [.en: "decimal comma", .sv: "decimalkomma"]
        case .noHeader: [.en: "no header", .sv: "ingen rubrikrad"]
        case .titleLines: [.en: "{1:title line|title lines} skipped", .sv: "{1:titelrad|titelrader} överhoppade"]
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
             .sv: "{1:rad|rader} med bara {2} överhoppade (tomma rader, som Excel skriver under ett blads data): {3} rader blev {4}"]
        case .delimiters: [.en: "delimiters", .sv: "avgränsare"]
        case .skippedLine: [.en: "skipped {1:row|rows} ({2}): line {3}{4}", .sv: "hoppade över {1:rad|rader} ({2}): rad {3}{4}"]
        case .skippedLines: [.en: "skipped {1:row|rows} ({2}): lines {3}{4}", .sv: "hoppade över {1:rad|rader} ({2}): raderna {3}{4}"]
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
