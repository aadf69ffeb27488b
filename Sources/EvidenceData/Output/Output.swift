/// What a command produces: data, not text. Front ends render it for their medium
/// (a TTY with colour, plain text, a Markdown transcript); `export` writes it to files.
public struct Output: Sendable {
    public var blocks: [Block]
    public var status: Status

    public enum Status: Sendable, Equatable {
        case ok
        case failed(Diagnostic.Category)
        /// The command asked the shell to end (quit).
        case quit
    }

    public init(_ blocks: [Block] = [], status: Status = .ok) {
        self.blocks = blocks
        self.status = status
    }

    public static let empty = Output()
    public static func text(_ s: String) -> Output { Output([.text(s)]) }
    public static func message(_ s: Prose) -> Output { Output([.message(s)]) }
    public static func table(_ t: ResultTable) -> Output { Output([.table(t)]) }

    public var failed: Bool { if case .failed = status { true } else { false } }

    public mutating func append(_ b: Block) { blocks.append(b) }
    public mutating func append(contentsOf o: Output) { blocks.append(contentsOf: o.blocks) }

    /// The last table in the output (what `export last` writes).
    public var lastTable: ResultTable? {
        for b in blocks.reversed() { if case .table(let t) = b { return t } }
        return nil
    }
}

public enum Block: Sendable {
    /// Plain text (one or more lines).
    case text(String)
    /// A one-line report of what was done ("loaded 300 rows …"); counts in it are typed.
    case message(Prose)
    /// A result table.
    case table(ResultTable)
    /// A chart or other pre-drawn text with style spans.
    case styled(StyledText)
    /// Something the user must know to read the result honestly; counts in it are typed.
    case warning(Prose)
    case diagnostic(Diagnostic)
}

/// Lines of text plus style spans; only the terminal front end turns spans into colour.
public struct StyledText: Sendable, Equatable {
    public var lines: [String]
    public var spans: [StyleSpan]
    /// The counts of students drawn, where they are (`collectCounts`), for the privacy step.
    public var counts: [CountSpan] = []
    /// What the chart shows about students; nil for text that is not a chart of students.
    public var privacy: ChartPrivacy? = nil

    public init(lines: [String], spans: [StyleSpan] = []) {
        self.lines = lines
        self.spans = spans
    }
}

public struct StyleSpan: Sendable, Equatable {
    public enum Style: Sendable, Equatable {
        case emphasis, dim, up, down, warning, error, series(Int)
    }
    public var line: Int
    /// Character offsets within the line.
    public var range: Range<Int>
    public var style: Style

    public init(line: Int, range: Range<Int>, style: Style) {
        self.line = line
        self.range = range
        self.style = style
    }
}
