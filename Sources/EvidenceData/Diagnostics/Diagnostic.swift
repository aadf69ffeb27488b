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
    /// The catalogue's messages behind `kind`, `message` and `hint`, when they come from it: the
    /// renderer shows them in the reader's language (`localized`); the strings above are English.
    public var catalogue = Localizable()

    /// Catalogue messages of a diagnostic (docs/architecture.md, "Messages").
    public struct Localizable: Sendable, Equatable {
        public var kind: Message?
        public var message: Message?
        public var hint: Message?
        /// The first notes, when the catalogue words them (notes appended later stay as written).
        public var notes: [Message] = []
        public init(kind: Message? = nil, message: Message? = nil, hint: Message? = nil) {
            self.kind = kind
            self.message = message
            self.hint = hint
        }
    }

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

    /// A diagnostic worded by the catalogue; its English text fills the plain fields.
    public init(_ severity: Severity = .error, category: Category = .usage, kind: Message? = nil,
                message: Message, span: Span? = nil, location: FileLocation? = nil,
                hint: Message? = nil, notes: [String] = []) {
        self.init(severity, category: category, kind: kind?.text(.en), message: message.text(.en), span: span,
                  location: location, hint: hint?.text(.en), notes: notes)
        catalogue = Localizable(kind: kind, message: message, hint: hint)
    }

    /// The diagnostic in `language`: each part the catalogue words is replaced by its entry.
    public func localized(_ language: Language) -> Diagnostic {
        guard language != .en else { return self }
        var d = self
        if let k = catalogue.kind { d.kind = k.text(language) }
        if let m = catalogue.message { d.message = m.text(language) }
        if let h = catalogue.hint { d.hint = h.text(language) }
        if !catalogue.notes.isEmpty { d.notes = catalogue.notes.map { $0.text(language) } + d.notes.dropFirst(catalogue.notes.count) }
        if let p = d.location?.placeWords { d.location?.place = p.text(language) }
        return d
    }

    /// The diagnostic with `notes` worded by the catalogue (English in `notes`).
    public func noting(_ notes: [Message]) -> Diagnostic {
        var d = self
        d.notes = notes.map { $0.text(.en) } + d.notes
        d.catalogue.notes = notes + d.catalogue.notes
        return d
    }

    /// A usage error worded by the catalogue.
    public static func usage(_ message: Message, span: Span? = nil, hint: Message? = nil, kind: Message? = nil) -> Diagnostic {
        Diagnostic(.error, category: .usage, kind: kind, message: message, span: span, hint: hint)
    }

    public static func usage(_ message: String, span: Span? = nil, hint: String? = nil, kind: String? = nil) -> Diagnostic {
        Diagnostic(.error, category: .usage, kind: kind, message: message, span: span, hint: hint)
    }

    public static func data(_ message: String, location: FileLocation? = nil, kind: String? = nil, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, category: .data, kind: kind, message: message, location: location, hint: hint)
    }

    /// A data error worded by the catalogue.
    public static func data(_ message: Message, location: FileLocation? = nil, kind: Message? = nil, hint: Message? = nil) -> Diagnostic {
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
    /// The catalogue's words for `place`, shown in the reader's language.
    public var placeWords: Message?

    public init(file: String, line: Int, column: Int? = nil, place: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.place = place
    }

    public init(file: String, line: Int, column: Int? = nil, place: Message) {
        self.init(file: file, line: line, column: column, place: place.text(.en))
        placeWords = place
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
