/// What the session says about personnummer typed in quotes and looked up by their pseudonyms
/// (issue 15); the load's pseudonym notes are `PrivacyMessage`'s.
public enum PseudonymMessage: String, MessageKey {
    case lookedUpOne, lookedUpMany

    public var entries: [Language: String] {
        switch self {
        case .lookedUpOne:
            [.en: "note: {1} personnummer in quotes looked up by its pseudonym ({2}…); the number itself is not kept",
             .sv: "obs: {1} personnummer inom citattecken slogs upp med sin pseudonym ({2}…); själva numret sparas inte"]
        case .lookedUpMany:
            [.en: "note: {1} personnummer in quotes looked up by their pseudonym ({2}…); the number itself is not kept",
             .sv: "obs: {1} personnummer inom citattecken slogs upp med sina pseudonymer ({2}…); själva numren sparas inte"]
        }
    }
}
