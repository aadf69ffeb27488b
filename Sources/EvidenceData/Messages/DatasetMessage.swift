/// The words of the commands that name and shape datasets: `datasets`, `use`, `let`, `sort`,
/// `select` (Skolverket's "datamängd", "kolumn", "rad").
public enum DatasetMessage: String, MessageKey {
    case none, dataset, rows, columns, origin, current
    case using
    case letMade, replaced, computedFor
    case sorted, descending
    case selected

    public var entries: [Language: String] {
        switch self {
        case .none: [.en: "no datasets loaded; try 'load demo' or 'load PATH'", .sv: "inga datamängder är inlästa; prova 'load demo' eller 'load SÖKVÄG'"]
        case .dataset: [.en: "dataset", .sv: "datamängd"]
        case .rows: [.en: "rows", .sv: "rader"]
        case .columns: [.en: "columns", .sv: "kolumner"]
        case .origin: [.en: "origin", .sv: "ursprung"]
        case .current: [.en: "* current", .sv: "* aktuell"]
        case .using: [.en: "using {1} ({2} rows)", .sv: "använder {1} ({2} rader)"]
        case .letMade: [.en: "{1}: {2}, {3:value|values}, {4} missing", .sv: "{1}: {2}, {3:värde|värden}, {4} saknas"]
        case .replaced: [.en: "note: replaced the earlier column '{1}'", .sv: "obs: ersatte den tidigare kolumnen '{1}'"]
        case .computedFor:
            [.en: "note: computed for the {1:row|rows} of '{2}'; missing in the other rows of '{3}'",
             .sv: "obs: beräknad för {1:rad|rader} i '{2}'; saknas i övriga rader i '{3}'"]
        case .sorted: [.en: "{1}: sorted by {2}{3}", .sv: "{1}: sorterad efter {2}{3}"]
        case .descending: [.en: " (descending)", .sv: " (fallande)"]
        case .selected: [.en: "{1}: {2} columns: {3}", .sv: "{1}: {2} kolumner: {3}"]
        }
    }
}
