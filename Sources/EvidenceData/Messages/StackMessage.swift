/// The words of a stack of files or datasets (`load A B`, a folder, `append`): its summary,
/// the line per part and the notes under them.
public enum StackMessage: String, MessageKey {
    case filesStacked, datasetsStacked, columnAdded, columnsAdded, cycle, lacks, adds, moreColumns
    case filesHaveCycle, datasetsHaveCycle, textInStack, kindIn, files, whileLoading

    public var entries: [Language: String] {
        switch self {
        case .filesStacked: [.en: "{1:file|files} stacked", .sv: "{1:fil staplad|filer staplade}"]
        case .datasetsStacked: [.en: "{1:dataset|datasets} stacked", .sv: "{1:datamängd staplad|datamängder staplade}"]
        case .columnAdded: [.en: "{1} column added", .sv: "kolumnen '{1}' tillagd"]
        case .columnsAdded: [.en: "{1} and {2} columns added", .sv: "kolumnerna '{1}' och '{2}' tillagda"]
        case .cycle: [.en: " · cycle {1}", .sv: " · mättillfälle {1}"]
        case .lacks: [.en: " · lacks {1}", .sv: " · saknar {1}"]
        case .adds: [.en: " · adds {1}", .sv: " · lägger till {1}"]
        case .moreColumns: [.en: ", … ({1} columns)", .sv: ", … ({1} kolumner)"]
        case .filesHaveCycle:
            [.en: "the files have a cycle column already, so no cycle column was added from their names",
             .sv: "filerna har redan en kolumn 'cycle', så ingen sådan kolumn lades till utifrån deras namn"]
        case .datasetsHaveCycle:
            [.en: "the datasets have a cycle column already, so no cycle column was added from their names",
             .sv: "datamängderna har redan en kolumn 'cycle', så ingen sådan kolumn lades till utifrån deras namn"]
        case .textInStack: [.en: "'{1}' is text in the stack: it was {2}", .sv: "'{1}' är text i stapeln: kolumnen var {2}"]
        case .kindIn: [.en: "{1} in {2}", .sv: "{1} i {2}"]
        case .files: [.en: "{1} files: {2}", .sv: "{1} filer: {2}"]
        case .whileLoading:
            [.en: "while loading {1}, file {2} of {3} to stack: nothing was loaded", .sv: "när {1} lästes in, fil {2} av {3} att stapla: inget lästes in"]
        }
    }
}
