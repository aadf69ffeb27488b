/// A problem found in input, as plain data. Drawing it (caret pictures, colour) is
/// `DiagnosticRenderer`'s job. Commands throw diagnostics; the session layer turns them into output.
public struct Diagnostic: Error, Sendable, Equatable {
    public enum Severity: String, Sendable { case error, warning, note }

    /// What kind of failure this is; decides the exit status of a script or `-c` run.
    public enum Category: Sendable, Equatable {
        /// The command was written wrongly (unknown command, bad arguments, expression errors).
        case usage
        /// The data could not be read or is not what the command needs.
        case data
        /// Something went wrong inside evsh.
        case `internal`
    }

    public var severity: Severity
    public var category: Category
    /// A short stable kind, e.g. "unclosed quote", "unknown column", "ragged row".
    public var kind: String?
    public var message: String
    /// Where in a line the problem is (a caret is drawn under it): the line and a
    /// range of Character offsets into it.
    public var span: Span?
    /// Where in a file the problem is: `file:line:column`.
    public var location: FileLocation?
    /// What to do about it ("did you mean 'year'?", "use lenient=true to skip such rows").
    public var hint: String?
    /// Further lines shown after the hint.
    public var notes: [String]

    public init(_ severity: Severity = .error, category: Category = .usage, kind: String? = nil,
                message: String, span: Span? = nil, location: FileLocation? = nil,
                hint: String? = nil, notes: [String] = []) {
        self.severity = severity
        self.category = category
        self.kind = kind
        self.message = message
        self.span = span
        self.location = location
        self.hint = hint
        self.notes = notes
    }

    public static func usage(_ message: String, span: Span? = nil, hint: String? = nil, kind: String? = nil) -> Diagnostic {
        Diagnostic(.error, category: .usage, kind: kind, message: message, span: span, hint: hint)
    }

    public static func data(_ message: String, location: FileLocation? = nil, kind: String? = nil, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, category: .data, kind: kind, message: message, location: location, hint: hint)
    }
}

/// A range of Characters within one line of input.
public struct Span: Sendable, Equatable {
    public var line: String
    public var range: Range<Int>

    public init(line: String, range: Range<Int>) {
        self.line = line
        self.range = range
    }
}

/// A place in a file: 1-based line and column (columns count Characters).
public struct FileLocation: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int?
    /// Said instead of line and column where the input has places of its own: a workbook's
    /// `sheet 'Resultat' cell C17` (line is then the sheet's row, column its column).
    public var place: String?

    public init(file: String, line: Int, column: Int? = nil, place: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.place = place
    }

    public var description: String {
        if let place { return "\(file): \(place)" }
        return column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
    }
}

/// Several diagnostics from one command (the parser reports every error in a line).
public struct DiagnosticList: Error, Sendable {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
