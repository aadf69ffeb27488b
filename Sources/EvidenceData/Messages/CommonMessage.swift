/// The catalogue's words used everywhere: the renderer's own words, the most common errors
/// (unknown command or column with "did you mean", no dataset, interrupted). Terms follow
/// Skolverket's (docs/shell.md, "Language").
public enum CommonMessage: String, MessageKey {
    case error, warning, note, hint, warningPrefix
    case columnsNotShown
    case unknownCommand, helpHint, didYouMean
    case unknownColumn, unknownColumnKind, seeDescribe
    case interrupted, stoppedByCtrlC
    case noDataset, loadFirst, unknownDataset, noDatasetNamed, seeDatasets
    case unexpected, usage
    case all, students, hiddenStatistic, suppressedFooter, countsHidden, workshopOn
    // what export and list share.
    case privacy

    public var entries: [Language: String] {
        switch self {
        case .error: [.en: "error", .sv: "fel"]
        case .warning: [.en: "warning", .sv: "varning"]
        case .note: [.en: "note", .sv: "obs"]
        case .hint: [.en: "hint: {1}", .sv: "tips: {1}"]
        case .warningPrefix: [.en: "warning: ", .sv: "varning: "]
        case .columnsNotShown:
            [.en: "({1:more column|more columns} not shown: {2}; widen with 'set width N')",
             .sv: "({1:kolumn till|kolumner till} visas inte: {2}; bredda med 'set width N')"]
        case .unknownCommand: [.en: "unknown command '{1}'", .sv: "okänt kommando '{1}'"]
        case .helpHint: [.en: "type 'help' for the list of commands", .sv: "skriv 'help' för att se alla kommandon"]
        case .didYouMean: [.en: "did you mean '{1}'?", .sv: "menade du '{1}'?"]
        case .unknownColumn: [.en: "unknown column '{1}'", .sv: "okänd kolumn '{1}'"]
        case .unknownColumnKind: [.en: "unknown column", .sv: "okänd kolumn"]
        case .seeDescribe: [.en: "see 'describe' for the columns", .sv: "'describe' visar kolumnerna"]
        case .interrupted: [.en: "interrupted", .sv: "avbrutet"]
        case .stoppedByCtrlC:
            [.en: "stopped by Ctrl-C; the session is as it was before this command",
             .sv: "stoppat med Ctrl-C; sessionen är som den var före kommandot"]
        case .noDataset: [.en: "no dataset loaded", .sv: "ingen datamängd är inläst"]
        case .loadFirst: [.en: "load one first: 'load demo' or 'load PATH'", .sv: "läs in en först: 'load demo' eller 'load SÖKVÄG'"]
        case .unknownDataset: [.en: "unknown dataset", .sv: "okänd datamängd"]
        case .noDatasetNamed: [.en: "no dataset named '{1}'", .sv: "det finns ingen datamängd som heter '{1}'"]
        case .seeDatasets: [.en: "see 'datasets'", .sv: "'datasets' visar datamängderna"]
        case .unexpected: [.en: "unexpected '{1}'", .sv: "oväntat '{1}'"]
        case .usage: [.en: "usage: {1}", .sv: "så skrivs det: {1}"]
        case .all: [.en: "all", .sv: "alla"]
        case .students: [.en: "students", .sv: "elever"]
        case .hiddenStatistic: [.en: "(hidden: under {1} students)", .sv: "(dolt: färre än {1} elever)"]
        case .suppressedFooter:
            [.en: "<{1}: a group of fewer than {1} students (min-group {1}), or a cell hidden so that one cannot be worked out",
             .sv: "<{1}: en grupp med färre än {1} elever ('min-group' {1}), eller en cell som döljs så att en sådan inte kan räknas fram"]
        case .countsHidden: [.en: "<{1}: counts hidden (a group of fewer than {1} students)", .sv: "<{1}: antal dolda (en grupp med färre än {1} elever)"]
        case .workshopOn:
            [.en: "workshop = on: individual rows hidden, groups under {1} suppressed",
             .sv: "workshop = on: enskilda elevrader döljs, grupper med färre än {1} elever undertrycks"]
        case .privacy: [.en: "privacy", .sv: "integritet"]
        }
    }

    /// The word for a diagnostic's severity.
    public static func severity(_ s: Diagnostic.Severity) -> CommonMessage {
        switch s {
        case .error: .error
        case .warning: .warning
        case .note: .note
        }
    }
}
