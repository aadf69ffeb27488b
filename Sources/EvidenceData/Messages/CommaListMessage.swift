/// What a comma list of expressions or columns says when a part is missing
/// (`CommandLexer.commaParts`: `summary a,,b`, `count by class,`) (issue 15).
public enum CommaListMessage: String, MessageKey {
    case expression, expressionBefore, expressionAfter, expressionBetween
    case column, columnBefore, columnAfter, columnBetween

    public var entries: [Language: String] {
        switch self {
        case .expression: [.en: "expected an expression", .sv: "det saknas ett uttryck"]
        case .expressionBefore: [.en: "expected an expression before ','", .sv: "det saknas ett uttryck före ','"]
        case .expressionAfter: [.en: "expected an expression after ','", .sv: "det saknas ett uttryck efter ','"]
        case .expressionBetween: [.en: "expected an expression between two commas", .sv: "det saknas ett uttryck mellan två kommatecken"]
        case .column: [.en: "expected a column", .sv: "det saknas en kolumn"]
        case .columnBefore: [.en: "expected a column before ','", .sv: "det saknas en kolumn före ','"]
        case .columnAfter: [.en: "expected a column after ','", .sv: "det saknas en kolumn efter ','"]
        case .columnBetween: [.en: "expected a column between two commas", .sv: "det saknas en kolumn mellan två kommatecken"]
        }
    }
}
