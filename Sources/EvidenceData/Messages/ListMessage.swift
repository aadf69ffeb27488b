/// The words of `list` and of `set` without arguments (the settings' table).
public enum ListMessage: String, MessageKey {
    case noRows, more, setting, value

    public var entries: [Language: String] {
        switch self {
        case .noRows: [.en: "0 rows", .sv: "0 rader"]
        case .more: [.en: "{1} of {2} rows (use 'limit N' for more)", .sv: "{1} av {2} rader ('limit N' visar fler)"]
        case .setting: [.en: "setting", .sv: "inställning"]
        case .value: [.en: "value", .sv: "värde"]
        }
    }
}
