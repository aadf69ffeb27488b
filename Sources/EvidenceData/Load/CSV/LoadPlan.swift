/// What the sniffer decided (or the options forced) before the full parse.
struct LoadPlan: Sendable {
    var delimiter: UInt8
    var decimalComma: Bool
    /// Byte offset where the data records start (after title lines and the header).
    var dataStart: Int
    var titleLines: Int
    var hasHeader: Bool
    var names: [String]
    var kinds: [ColumnKind]
    var idColumn: Int?
    /// Average bytes per data record in the sample, to size arrays.
    var bytesPerRecord: Double

    var columnCount: Int { names.count }
}

/// A problem found in one part of the parse, by byte offset (turned into file:line:column later).
struct ParseProblem: Sendable {
    enum Kind: String, Sendable { case unclosedQuote = "unclosed quote", strayQuote = "stray quote", raggedRow = "ragged row", type }
    var kind: Kind
    var offset: Int
    /// Fields found (ragged rows).
    var fields: Int = 0
}
