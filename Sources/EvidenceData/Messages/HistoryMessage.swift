/// The words of `history`.
public enum HistoryMessage: String, MessageKey {
    case none, failed

    public var entries: [Language: String] {
        switch self {
        case .none: [.en: "no commands yet", .sv: "inga kommandon än"]
        case .failed:
            [.en: "(✗ failed: {1}; left out of 'session save' unless 'with failed=true')",
             .sv: "(✗ misslyckade: {1}; utelämnas ur 'session save' om inte 'with failed=true')"]
        }
    }
}
