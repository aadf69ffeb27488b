/// The words of `drop`.
public enum DropMessage: String, MessageKey {
    case expectedColumns, everyColumn, keepOne, left

    public var entries: [Language: String] {
        switch self {
        case .expectedColumns: [.en: "expected the columns to drop", .sv: "det saknas kolumner att ta bort"]
        case .everyColumn: [.en: "cannot drop every column", .sv: "alla kolumner kan inte tas bort"]
        case .keepOne: [.en: "keep at least one", .sv: "behåll minst en"]
        case .left: [.en: "{1}: {2} columns left", .sv: "{1}: {2} kolumner kvar"]
        }
    }
}
