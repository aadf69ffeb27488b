/// What the sniffer decided (or the options forced) before the full parse: the shared layout
/// and where and how the records are written.
struct CSVPlan: FieldPlan, Sendable {
    var layout: FieldLayout
    var delimiter: UInt8
    /// Byte offset where the data records start (after title lines and the header).
    var dataStart: Int
    /// Average bytes per data record in the sample, to size arrays.
    var bytesPerRecord: Double
    /// Said when two delimiters read the sample equally well.
    var delimiterWarning: Message?

    var columnCount: Int { layout.columnCount }

    static func delimiterName(_ d: UInt8) -> String {
        switch d {
        case 0x09: "tab"
        default: "'\(Character(Unicode.Scalar(d)))'"
        }
    }

    /// The name as a message's argument: the tab is a word (`tabb` in Swedish), the others quoted.
    static func delimiterWords(_ d: UInt8) -> MessageArgument {
        d == 0x09 ? .message(ReaderMessage.tab()) : .text(delimiterName(d))
    }
}

/// A problem found in one part of the parse, by byte offset (turned into file:line:column later).
struct ParseProblem: Sendable {
    enum Kind: String, Sendable { case unclosedQuote = "unclosed quote", strayQuote = "stray quote", raggedRow = "ragged row" }
    var kind: Kind
    var offset: Int
    /// Fields found (ragged rows).
    var fields: Int = 0
}
