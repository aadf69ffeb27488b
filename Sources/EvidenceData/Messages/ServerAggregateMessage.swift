/// The words of `describe DB.table` and `count DB.table … by`, worked out on the server
/// (`ServerAggregates`) (issue 15). "ran on the server" and a missing column are
/// `LoadMessage`'s.
public enum ServerAggregateMessage: String, MessageKey {
    case noColumns, title, column, readAs, missing, distinct, missingCell
    case number, text, boolean, textDate, textOther

    public var entries: [Language: String] {
        switch self {
        case .noColumns: [.en: "{1} has no columns", .sv: "{1} har inga kolumner"]
        case .title: [.en: "{1}: {2} rows, {3} columns (on the server)", .sv: "{1}: {2} rader, {3} kolumner (på servern)"]
        case .column: [.en: "column", .sv: "kolumn"]
        case .readAs: [.en: "read as", .sv: "läses som"]
        case .missing: [.en: "missing", .sv: "saknas"]
        case .distinct: [.en: "distinct", .sv: "olika"]
        case .missingCell: [.en: "(missing)", .sv: "(saknas)"]
        case .number: [.en: "number", .sv: "tal"]
        case .text: [.en: "text", .sv: "text"]
        case .boolean: [.en: "boolean", .sv: "sant/falskt"]
        case .textDate: [.en: "text (date)", .sv: "text (datum)"]
        case .textOther: [.en: "text ({1})", .sv: "text ({1})"]
        }
    }
}
