/// The errors of `let` (its report lines are `DatasetMessage`'s).
public enum LetMessage: String, MessageKey {
    case expectedNameExpr, expectedName, singleEquals, expectedEquals, identifies, anotherName

    public var entries: [Language: String] {
        switch self {
        case .expectedNameExpr: [.en: "expected NAME = EXPR", .sv: "här ska det stå NAMN = UTTRYCK"]
        case .expectedName: [.en: "expected a name for the new column, found '{1}'", .sv: "här ska det stå ett namn på den nya kolumnen, inte '{1}'"]
        case .singleEquals: [.en: "'let' takes a single '=': let {1} = …", .sv: "'let' skrivs med ett enda '=': let {1} = …"]
        case .expectedEquals: [.en: "expected '=' after '{1}'", .sv: "det saknas '=' efter '{1}'"]
        case .identifies: [.en: "'{1}' identifies the students and cannot be replaced", .sv: "'{1}' identifierar eleverna och kan inte ersättas"]
        case .anotherName: [.en: "choose another name", .sv: "välj ett annat namn"]
        }
    }
}
