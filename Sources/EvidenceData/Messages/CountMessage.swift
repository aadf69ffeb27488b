/// The words of `count`: its one-line answers and the footer of its table (`GroupCounts`).
public enum CountMessage: String, MessageKey {
    case rows, rowsOf, rowsInGroups
    case expectedBy, byOnServer

    public var entries: [Language: String] {
        switch self {
        case .rows: [.en: "{1:row|rows}", .sv: "{1:rad|rader}"]
        case .rowsOf: [.en: "{1} of {2:row|rows}", .sv: "{1} av {2:rad|rader}"]
        case .rowsInGroups: [.en: "{1:row|rows} in {2:group|groups}", .sv: "{1:rad|rader} i {2:grupp|grupper}"]
        case .expectedBy: [.en: "expected 'by COLUMN' after {1}", .sv: "det saknas 'by KOLUMN' efter {1}"]
        case .byOnServer: [.en: "count {1} by COLUMN[, COLUMN …] runs on the server", .sv: "count {1} by KOLUMN[, KOLUMN …] räknas på servern"]
        }
    }
}
