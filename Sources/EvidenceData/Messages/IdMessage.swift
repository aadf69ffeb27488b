/// The words of `id`: the current dataset's student id column (docs/loading.md, "The id column").
public enum IdMessage: String, MessageKey {
    case current, noneChoose, none, was

    public var entries: [Language: String] {
        switch self {
        case .current: [.en: "id: {1}", .sv: "id: {1}"]
        case .noneChoose: [.en: "no id column: 'id COLUMN' chooses one", .sv: "ingen id-kolumn: 'id KOLUMN' väljer en"]
        case .none: [.en: "no id column", .sv: "ingen id-kolumn"]
        case .was: [.en: " (was {1})", .sv: " (var {1})"]
        }
    }
}
