import EvidenceData

/// One token of an expression. Positions are Character offsets in the whole command line, so a
/// diagnostic can draw its caret under the exact text.
public struct Token: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case number, string, name
        // keywords
        case and, or, not, `in`, between, `is`, missing, `true`, `false`
        // operators
        case plus = "+", minus = "-", star = "*", slash = "/", percent = "%"
        case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
        /// A single `=`: not part of the language, but recognised so the parser can say "use ==".
        case assign = "="
        case lparen = "(", rparen = ")", lbracket = "[", rbracket = "]", comma = ","
        /// Something the lexer could not read; `problem` says why.
        case invalid
        case end
    }

    public var kind: Kind
    /// The token's meaning: the name without backticks, the string without quotes, the number's text.
    public var text: String
    public var range: Range<Int>
    /// For `.number`: the value.
    public var number: Double
    /// For `.invalid` (and an unclosed string): what is wrong, as a diagnostic message (the
    /// catalogue's, so it reads in the session's language).
    public var problem: Message?
    /// True when the token starts right after the previous one, with no space between.
    public var joined: Bool

    public init(_ kind: Kind, _ text: String, _ range: Range<Int>, number: Double = 0, problem: Message? = nil, joined: Bool = false) {
        self.kind = kind
        self.text = text
        self.range = range
        self.number = number
        self.problem = problem
        self.joined = joined
    }

    package static let keywords: [String: Kind] = [
        "and": .and, "or": .or, "not": .not, "in": .in, "between": .between, "is": .is,
        "missing": .missing, "true": .true, "false": .false,
    ]

    /// A readable dump for tests: `name(year) == number(5)`.
    public var dump: String {
        switch kind {
        case .number: "number(\(text))"
        case .string: "string(\(text))"
        case .name: "name(\(text))"
        case .invalid: "invalid(\(text))"
        case .end: "end"
        default: kind.rawValue
        }
    }
}
