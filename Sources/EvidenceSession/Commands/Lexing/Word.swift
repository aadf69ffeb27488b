import EvidenceData

/// One word of a command line, as `CommandLexer` read it, with its place in the line so a
/// diagnostic can point at it.
public struct Word: Sendable, Equatable {
    public enum Quote: Sendable, Equatable { case none, double, single, backtick }
    /// The text with quotes removed (backticks inside a bare word are kept: they are the
    /// expression language's own quotes).
    public var text: String
    /// Character offsets in the whole line (quotes included).
    public var range: Range<Int>
    public var quote: Quote

    public init(text: String, range: Range<Int>, quote: Quote = .none) {
        self.text = text
        self.range = range
        self.quote = quote
    }

    public var isBare: Bool { quote == .none }
    /// True when this is the bare keyword `k` (case-insensitive).
    public func isKeyword(_ k: String) -> Bool { quote == .none && text.lowercased() == k }
    /// A `;` between two commands (a quoted ";" is text).
    package var isSeparator: Bool { quote == .none && text == ";" }
    /// The word as the expression language reads it: a backtick-quoted word gets its
    /// backticks back (`Lärarobservation HT24` is one name, not two).
    package var expressionText: String { quote == .backtick ? "`" + text + "`" : text }
    /// `->` (the lexer reads a lone `→` as `->` too).
    package var isArrow: Bool { quote == .none && text == "->" }
}

extension Word.Quote {
    init(_ mark: Character) {
        self = mark == "\"" ? .double : mark == "'" ? .single : .backtick
    }
}
