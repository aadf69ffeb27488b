/// The words of `norms` (list, show, load); `norms demo` is SessionMessage's. Skolverket's
/// "normer", "normdata".
public enum NormsMessage: String, MessageKey {
    case none, rows, rowsHeader, norms, measures, source, shown, loaded, measure, year, time, mean, yearOnly

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
        }
    }
}
