/// The words of `list` and of `set` without arguments (the settings' table).
public enum ListMessage: String, MessageKey {
    case noRows, more, setting, value
    case workshop, workshopHint, expectedSortColumn

    public var entries: [Language: String] {
        switch self {
        case .noRows: [.en: "0 rows", .sv: "0 rader"]
        case .more: [.en: "{1} of {2} rows (use 'limit N' for more)", .sv: "{1} av {2} rader ('limit N' visar fler)"]
        case .setting: [.en: "setting", .sv: "inställning"]
        case .value: [.en: "value", .sv: "värde"]
        case .workshop:
            [.en: "list shows individual students and is off in workshop mode", .sv: "'list' visar enskilda elever och är avstängt i workshopläge"]
        case .workshopHint:
            [.en: "use count, summary or a chart; or 'set workshop off'", .sv: "använd count, summary eller ett diagram; eller 'set workshop off'"]
        case .expectedSortColumn: [.en: "expected a column after 'sort'", .sv: "det saknas en kolumn efter 'sort'"]
        }
    }
}
