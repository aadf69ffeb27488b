/// The replay's own errors (`ScriptRunner`, `--data NAME=PATH`) (issue 15); its report
/// lines are `SessionMessage`'s, safe mode's refusals `SafeModeMessage`'s.
public enum ReplayMessage: String, MessageKey {
    case nestedTooDeep, runsItself, noLoadToRepoint, scriptLoads, nearAndLoads, loadsNoDataset
    case dataTakes, dataExample, dataTwice

    public var entries: [Language: String] {
        switch self {
        case .nestedTooDeep: [.en: "scripts nested more than {1} deep in '{2}'", .sv: "skript inuti skript i mer än {1} nivåer i '{2}'"]
        case .runsItself: [.en: "does the script run itself?", .sv: "kör skriptet sig självt?"]
        case .noLoadToRepoint: [.en: "the script has no 'load' to re-point", .sv: "skriptet har inget 'load' att peka om"]
        case .scriptLoads: [.en: "the script loads: {1}", .sv: "skriptet läser in: {1}"]
        case .nearAndLoads: [.en: "did you mean '{1}'?; the script loads: {2}", .sv: "menade du '{1}'?; skriptet läser in: {2}"]
        case .loadsNoDataset:
            [.en: "--data {1}=…: '{2}' loads no dataset named '{1}'", .sv: "--data {1}=…: '{2}' läser inte in någon datamängd som heter '{1}'"]
        case .dataTakes: [.en: "--data takes NAME=PATH, not '{1}'", .sv: "--data ska vara NAMN=SÖKVÄG, inte '{1}'"]
        case .dataExample: [.en: "for example --data ht24=exports/vt25.csv", .sv: "till exempel --data ht24=exports/vt25.csv"]
        case .dataTwice: [.en: "--data gives '{1}' twice", .sv: "--data anger '{1}' två gånger"]
        }
    }
}
