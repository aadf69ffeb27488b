/// The words of `norms` (list, show, load); `norms demo` is SessionMessage's. Skolverket's
/// "normer", "normdata".
public enum NormsMessage: String, MessageKey {
    case none, rows, rowsHeader, norms, measures, source, shown, loaded, measure, year, time, mean, yearOnly
    // the command's own errors
    case expectedName, expectedPath, expectedNameAfterAs, cannotRead, checkPath, unknownAction, noneNamed, loadThem, noMeasure, theirMeasures, needYear, nameYear

    public var entries: [Language: String] {
        switch self {
        case .none: [.en: "no norms loaded; try 'norms demo' or 'norms load PATH'", .sv: "inga normer är inlästa; prova 'norms demo' eller 'norms load SÖKVÄG'"]
        case .rows: [.en: "{1} rows", .sv: "{1} rader"]
        case .rowsHeader: [.en: "rows", .sv: "rader"]
        case .norms: [.en: "norms", .sv: "normer"]
        case .measures: [.en: "measures", .sv: "mått"]
        case .source: [.en: "source", .sv: "källa"]
        case .shown: [.en: "norms {1}: {2}", .sv: "normer {1}: {2}"]
        case .loaded: [.en: "norms {1}: {2} rows for {3} from {4}", .sv: "normer {1}: {2} rader för {3} ur {4}"]
        case .measure: [.en: "measure", .sv: "mått"]
        case .year: [.en: "year", .sv: "årskurs"]
        case .time: [.en: "time", .sv: "tidpunkt"]
        case .mean: [.en: "mean", .sv: "medel"]
        case .yearOnly: [.en: "(year)", .sv: "(årskurs)"]
        case .expectedName: [.en: "expected a norms name", .sv: "det saknas ett namn på normerna"]
        case .expectedPath: [.en: "expected a file path after 'load'", .sv: "det saknas en sökväg efter 'load'"]
        case .expectedNameAfterAs: [.en: "expected a name after 'as'", .sv: "det saknas ett namn efter 'as'"]
        case .cannotRead: [.en: "cannot read '{1}'", .sv: "kan inte läsa '{1}'"]
        case .checkPath: [.en: "check the path; relative paths start in the working directory", .sv: "kontrollera sökvägen; relativa sökvägar utgår från mappen där evsh startades"]
        case .unknownAction: [.en: "unknown norms action '{1}'", .sv: "okänd åtgärd för 'norms': '{1}'"]
        case .noneNamed: [.en: "no norms named '{1}'", .sv: "det finns inga normer som heter '{1}'"]
        case .loadThem: [.en: "load them with 'norms load PATH' or use 'norms demo'", .sv: "läs in dem med 'norms load SÖKVÄG' eller använd 'norms demo'"]
        case .noMeasure: [.en: "norms '{1}' have no measure '{2}'", .sv: "normerna '{1}' har inget mått '{2}'"]
        case .theirMeasures: [.en: "their measures: {1}", .sv: "deras mått: {1}"]
        case .needYear:
            [.en: "norms need each student's year level, and this dataset has no year column",
             .sv: "normerna behöver varje elevs årskurs, och datamängden har ingen kolumn med årskurs"]
        case .nameYear: [.en: "name it one of: {1}", .sv: "ge den ett av namnen: {1}"]
        }
    }
}
