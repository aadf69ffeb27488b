/// The words of a stack of files or datasets (`load A B`, a folder, `append`): its summary,
/// the line per part and the notes under them.
public enum StackMessage: String, MessageKey {
    case filesStacked, datasetsStacked, columnAdded, columnsAdded, cycle, lacks, adds, moreColumns
    case filesHaveCycle, datasetsHaveCycle, textInStack, kindIn, files, whileLoading
    // Finding the files (`LoadPaths`).
    case noFiles, folderNoExport, folderHint, checkPathRelative, pattern, patternInFolder, nameFolderHint, noFolderForPattern, checkPath
    case noMatchKind, noMatch, folderEmpty, folderHolds, cannotList, permissionsHint

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
            [.en: "while loading {1}, file {2} of {3} to stack: nothing was loaded", .sv: "när {1} lästes in (fil {2} av {3} som skulle staplas): inget lästes in"]
        case .noFiles: [.en: "no files", .sv: "inga filer"]
        case .folderNoExport: [.en: "the folder '{1}' holds no CSV, TSV or Excel export", .sv: "mappen '{1}' innehåller ingen CSV-, TSV- eller Excel-export"]
        case .folderHint:
            [.en: "a folder loads its {1} files; name a file or a pattern such as '{2}'", .sv: "en mapp läser in sina filer av typerna {1}; ange en fil eller ett mönster som '{2}'"]
        case .checkPathRelative:
            [.en: "check the path (relative paths start in the folder evsh was started from)",
             .sv: "kontrollera sökvägen (relativa sökvägar utgår från mappen där evsh startades)"]
        case .pattern: [.en: "pattern", .sv: "mönster"]
        case .patternInFolder:
            [.en: "'{1}': a pattern (*, ?, […]) works in the file name only, not in a folder", .sv: "'{1}': ett mönster (*, ?, […]) fungerar bara i filnamnet, inte i en mapp"]
        case .nameFolderHint: [.en: "name the folder, e.g. 'exports/*.csv'", .sv: "ange mappen, till exempel 'exports/*.csv'"]
        case .noFolderForPattern: [.en: "no folder '{1}' for the pattern '{2}'", .sv: "det finns ingen mapp '{1}' för mönstret '{2}'"]
        case .checkPath: [.en: "check the path", .sv: "kontrollera sökvägen"]
        case .noMatchKind: [.en: "no match", .sv: "ingen träff"]
        case .noMatch: [.en: "no file matches '{1}'", .sv: "ingen fil matchar '{1}'"]
        case .folderEmpty: [.en: "the folder is empty", .sv: "mappen är tom"]
        case .folderHolds: [.en: "the folder holds: {1} (patterns are case-sensitive)", .sv: "mappen innehåller: {1} (mönster skiljer på stora och små bokstäver)"]
        case .cannotList: [.en: "cannot list the folder '{1}'", .sv: "kan inte lista mappen '{1}'"]
        case .permissionsHint: [.en: "check its permissions", .sv: "kontrollera mappens behörigheter"]
        }
    }
}
