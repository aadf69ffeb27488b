/// The errors and lines of `rename`, `select`, `sort` and `use`, and of the column lists they
/// share (`Shaping`) (issue 15).
public enum ShapingMessage: String, MessageKey {
    case expectedColumnToRename, expectedNewName, columnExists, dropFirst, notUsableName, renamed
    case expectedColumnsToKeep, expectedSortKey, loadDemoFirst, expectedDatasetName
    // Where a dataset came from, as `datasets` shows it.
    case pivotLongerOf, pivotWiderOf, sortedBy

    public var entries: [Language: String] {
        switch self {
        case .expectedColumnToRename: [.en: "expected the column to rename", .sv: "det saknas kolumnen som ska byta namn"]
        case .expectedNewName: [.en: "expected the new name", .sv: "det saknas det nya namnet"]
        case .columnExists: [.en: "there is already a column named '{1}'", .sv: "det finns redan en kolumn som heter '{1}'"]
        case .dropFirst: [.en: "drop it first, or choose another name", .sv: "ta bort den först med 'drop', eller välj ett annat namn"]
        case .notUsableName: [.en: "'{1}' is not a usable name", .sv: "'{1}' går inte att använda som namn"]
        case .renamed: [.en: "renamed {1} to {2}", .sv: "bytte namn på {1} till {2}"]
        case .expectedColumnsToKeep: [.en: "expected the columns to keep", .sv: "det saknas kolumner att behålla"]
        case .expectedSortKey: [.en: "expected a column to sort by", .sv: "det saknas en kolumn att sortera efter"]
        case .loadDemoFirst: [.en: "load one first: 'load demo'", .sv: "läs in en först: 'load demo'"]
        case .expectedDatasetName: [.en: "expected a dataset name", .sv: "det saknas ett namn på en datamängd"]
        case .pivotLongerOf: [.en: "pivot longer of {1}", .sv: "'pivot longer' av {1}"]
        case .pivotWiderOf: [.en: "pivot wider of {1}", .sv: "'pivot wider' av {1}"]
        case .sortedBy: [.en: ", sorted by {1}{2}", .sv: ", sorterad efter {1}{2}"]
        }
    }
}
