/// The words an xlsx export writes into the workbook itself (docs/evidence.md, "Workbooks"):
/// the about sheet's name, header and labels, and the sheets' names. Column headers are the
/// result's own (machine keys, the same in every language); these are the words around them a
/// reader of the workbook sees. A sheet is named in English by its table's machine name (or
/// the command word); in Swedish by what it holds: the table's key (`table.KEY`), else the
/// command that made it (`command.WORD`), else "resultat".
public enum WorkbookMessage: String, MessageKey {
    case aboutSheet, item, value, command, dataset, source, rows, minGroup, written
    case datasetRows, viewOf, minGroupNote, result, sheetsWritten
    case tableMatching = "table.matching", tableMeans = "table.means", tableEffectSizes = "table.effect_sizes"
    case tableNorms = "table.norms", tableBootstrap = "table.bootstrap", tableCompleteness = "table.completeness", tableTail = "table.tail"
    case commandCount = "command.count", commandSummary = "command.summary", commandCompare = "command.compare"
    case commandTail = "command.tail", commandBands = "command.bands", commandCycles = "command.cycles"
    case commandEvidence = "command.evidence", commandNorms = "command.norms", commandDescribe = "command.describe"
    case commandList = "command.list", commandDatasets = "command.datasets", commandHistory = "command.history"

    public var entries: [Language: String] {
        switch self {
        case .aboutSheet: [.en: "about", .sv: "om"]
        case .item: [.en: "item", .sv: "uppgift"]
        case .value: [.en: "value", .sv: "värde"]
        case .command: [.en: "command", .sv: "kommando"]
        case .dataset: [.en: "dataset", .sv: "datamängd"]
        case .source: [.en: "source", .sv: "källa"]
        case .rows: [.en: "rows", .sv: "rader"]
        case .minGroup: [.en: "min-group", .sv: "minsta grupp ('min-group')"]
        case .written: [.en: "written", .sv: "skriven"]
        case .datasetRows: [.en: "export {1} (the dataset's rows)", .sv: "export {1} (datamängdens rader)"]
        case .viewOf: [.en: "{1} ({2}, a view of {3})", .sv: "{1} ({2}, en vy av {3})"]
        case .minGroupNote: [.en: "{1} (smaller groups are shown as <{1} in results)", .sv: "{1} (mindre grupper visas som <{1} i resultaten)"]
        case .result: [.en: "result", .sv: "resultat"]
        case .sheetsWritten: [.en: "; sheets {1}", .sv: "; blad {1}"]
        case .tableMatching: [.en: "matching", .sv: "matchning"]
        case .tableMeans: [.en: "means", .sv: "medelvärden"]
        case .tableEffectSizes: [.en: "effect_sizes", .sv: "effektstorlekar"]
        case .tableNorms: [.en: "norms", .sv: "normer"]
        case .tableBootstrap: [.en: "bootstrap", .sv: "bootstrap"]
        case .tableCompleteness: [.en: "completeness", .sv: "fullständighet"]
        case .tableTail: [.en: "tail", .sv: "svans"]
        case .commandCount: [.en: "count", .sv: "antal"]
        case .commandSummary: [.en: "summary", .sv: "sammanfattning"]
        case .commandCompare: [.en: "compare", .sv: "jämförelse"]
        case .commandTail: [.en: "tail", .sv: "svans"]
        case .commandBands: [.en: "bands", .sv: "nivåer"]
        case .commandCycles: [.en: "cycles", .sv: "mättillfällen"]
        case .commandEvidence: [.en: "evidence", .sv: "underlag"]
        case .commandNorms: [.en: "norms", .sv: "normer"]
        case .commandDescribe: [.en: "describe", .sv: "beskrivning"]
        case .commandList: [.en: "list", .sv: "lista"]
        case .commandDatasets: [.en: "datasets", .sv: "datamängder"]
        case .commandHistory: [.en: "history", .sv: "historik"]
        }
    }

    /// A sheet's name in `language`; nil in English, where the machine name stays.
    public static func sheet(table key: String?, command: String?, _ language: Language) -> String? {
        guard language != .en else { return nil }
        if let key, let m = WorkbookMessage(rawValue: "table.\(key)") { return m.text(language) }
        let word = command?.split(separator: " ").first.map(String.init) ?? ""
        return (WorkbookMessage(rawValue: "command.\(word)") ?? .result).text(language)
    }
}
