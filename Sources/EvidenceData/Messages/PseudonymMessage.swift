/// What the session says about personnummer it turned into pseudonyms: the student id they
/// become, and those typed in quotes and looked up (svB, issue 15).
public enum PseudonymMessage: String, MessageKey {
    case studentID, lookedUpOne, lookedUpMany

    public var entries: [Language: String] {
        switch self {
        case .studentID:
            [.en: "'{1}' is the student id (as its pseudonyms); 'id COLUMN' chooses another", .sv: "'{1}' är elevernas id (som pseudonymer); 'id KOLUMN' väljer ett annat"]
        case .lookedUpOne:
            [.en: "note: {1} personnummer in quotes looked up by its pseudonym ({2}…); the number itself is not kept",
             .sv: "obs: {1} personnummer inom citattecken slogs upp med sin pseudonym ({2}…); själva numret sparas inte"]
        case .lookedUpMany:
            [.en: "note: {1} personnummer in quotes looked up by their pseudonym ({2}…); the number itself is not kept",
             .sv: "obs: {1} personnummer inom citattecken slogs upp med sina pseudonymer ({2}…); själva numren sparas inte"]
        }
    }
}
