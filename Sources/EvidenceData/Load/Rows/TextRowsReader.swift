/// Rows of text fields already in memory, loaded exactly as a CSV's fields are: the same guess
/// of kinds, the same typing of every value (decimal comma, thousands, markers, grades,
/// booleans), the same id column, the same report. For tests, and for readers whose input
/// arrives as text (an xlsx sheet's cells, PostgreSQL's text rows).
///
/// A field is nil where nothing was written (an empty cell, NULL) and "" for an empty text
/// that was written: a CSV's empty field and its `""`. Messages count the names as line 1 and
/// fields from 1, as a CSV file with its header would (and a sheet's row numbers do).
package struct TextRowsReader: TextFieldReader {
    package let options: LoadOptions
    package let displayName: String
    package let source: DataSource
    private let names: [String]
    /// Every field's UTF-8 bytes, row after row, in one buffer the fields point into.
    private let bytes: [UInt8]
    private let fields: [FieldRef]
    /// Row r's fields are `fields[rowStarts[r]..<rowStarts[r + 1]]`.
    private let rowStarts: [Int]
    /// Kinds the input itself knows (a database's column types), one per column; nil: guess all.
    private var declared: [DeclaredKind]?

    /// What a source that knows its types says about a column.
    package enum DeclaredKind: Sendable {
        case guess, number, boolean, text
        /// Text, or grades when its values are grades (as a CSV's would be detected).
        case textOrGrade
    }

    /// The first rows guess the kinds, as a CSV's sample does.
    static let sampleRows = 4000

    package init(names: [String], rows: [[String?]], declared: [DeclaredKind]? = nil, displayName: String = "rows",
                 source: DataSource? = nil, options: LoadOptions = LoadOptions()) {
        self.names = names
        self.declared = declared
        self.displayName = displayName
        self.source = source ?? DataSource(path: nil, words: ReaderMessage.loadedFrom(.text(displayName)))
        self.options = options
        var bytes: [UInt8] = [], fields: [FieldRef] = [], starts = [0]
        for row in rows {
            for value in row {
                let start = bytes.count
                if let value { bytes.append(contentsOf: value.utf8) }
                fields.append(FieldRef(start: start, end: bytes.count, quoted: value?.isEmpty == true, escaped: false))
            }
            starts.append(fields.count)
        }
        bytes.append(0) // a buffer with an address even when every field is empty
        self.bytes = bytes
        self.fields = fields
        rowStarts = starts
    }

    /// Fields already in one buffer (a database result): row r's fields are
    /// `fields[rowStarts[r]..<rowStarts[r + 1]]`, nil-as-missing marked as `init(names:rows:)` does.
    init(names: [String], bytes: [UInt8], fields: [FieldRef], rowStarts: [Int], declared: [DeclaredKind]?,
                 displayName: String, source: DataSource, options: LoadOptions) {
        self.names = names
        self.bytes = bytes + [0]
        self.fields = fields
        self.rowStarts = rowStarts
        self.declared = declared
        self.displayName = displayName
        self.source = source
        self.options = options
    }

    private var rowCount: Int { rowStarts.count - 1 }
    private var width: Int { names.count }
    /// Positions are row × width + field: reading order, and both are told back in messages.
    private var stride: Int { max(width, 1) }

    private func row(_ r: Int) -> ArraySlice<FieldRef> { fields[rowStarts[r]..<rowStarts[r + 1]] }

    mutating func plan() throws -> FieldLayout {
        guard width > 0 else { throw Diagnostic.data(ReaderMessage.noColumns(.text(displayName)), kind: ReaderMessage.emptyFile()) }
        let sample = (0..<min(rowCount, Self.sampleRows)).map { Array(row($0)) }.filter { $0.count == width }
        return bytes.withUnsafeBufferPointer { b in
            Self.layout(names: names, declared: declared, sample: sample, base: b.baseAddress!, options: options)
        }
    }

    /// The kinds and number format from the first rows (complete ones only), for every reader
    /// of rows that arrive as text (this one, a database's COPY rows): one set of rules.
    static func layout(names: [String], declared: [DeclaredKind]?, sample: [[FieldRef]], base: UnsafePointer<UInt8>,
                       options: LoadOptions) -> FieldLayout {
        let guess = KindGuess(base: base)
        let decimalComma = options.decimalComma ?? guess.decimalComma(sample)
        let parser = NumberParser(decimalComma: decimalComma)
        defer { parser.release() }
        let kinds = (0..<names.count).map { j -> ColumnKind in
            switch declared?[j] ?? .guess {
            case .number: return .number
            case .boolean: return .boolean
            case .text: return .text
            case .guess: return guess.kind(of: sample.map { $0[j] }, parser: parser)
            case .textOrGrade: return guess.kind(of: sample.map { $0[j] }, parser: parser) == .grade ? .grade : .text
            }
        }
        return FieldLayout(names: ColumnNames.cleaned(names), kinds: kinds, decimalComma: decimalComma)
    }

    mutating func readFields(_ layout: FieldLayout, cancellation: Cancellation?) throws -> FieldParts {
        var builders = layout.kinds.indices.map {
            ColumnBuilder(kind: layout.kinds[$0], capacity: rowCount, isID: $0 == layout.idColumn)
        }
        let parser = NumberParser(decimalComma: layout.decimalComma)
        defer { parser.release() }
        var ragged: [Int] = [], interrupted = false
        let (fields, rowStarts, width, stride) = (fields, rowStarts, width, stride)
        bytes.withUnsafeBufferPointer { b in
            builders.withUnsafeMutableBufferPointer { out in
                let base = b.baseAddress!
                for r in 0..<rowStarts.count - 1 {
                    if r & 0xFFFF == 0xFFFF, cancellation?.isCancelled == true { interrupted = true; return }
                    let lo = rowStarts[r]
                    guard rowStarts[r + 1] - lo == width else { ragged.append(r); continue }
                    for j in 0..<width {
                        let f = fields[lo + j]
                        out[j].append(base + f.start, f.end - f.start, quoted: f.quoted, offset: r * stride + j, parser: parser)
                    }
                }
            }
        }
        // The parts own the builders from here, and free them if this throws.
        let parts = FieldParts(builders: [builders], notes: LoadReport.sharedNotes)
        if interrupted { try cancellation?.check() }
        if let first = ragged.first, !options.lenient { throw raggedRow(first, more: ragged.count - 1) }
        parts.skipped = ragged.map { SkippedRow(position: $0 * stride, kind: "ragged row") }
        return parts
    }

    func location(of position: Int, in layout: FieldLayout) -> FileLocation { place(position) }

    private func place(_ position: Int) -> FileLocation {
        FileLocation(file: displayName, line: position / stride + 2, column: position % stride + 1)
    }

    func fieldText(at position: Int, in layout: FieldLayout) -> String {
        let f = fields[rowStarts[position / stride] + position % stride]
        let s = String(decoding: bytes[f.start..<f.end], as: UTF8.self)
        return s.count > 30 ? s.prefix(30) + "…" : s
    }

    private func raggedRow(_ r: Int, more: Int) -> Diagnostic {
        let n = rowStarts[r + 1] - rowStarts[r]
        return Diagnostic(.error, category: .data, kind: ReaderMessage.kindRagged(), message: ReaderMessage.raggedNames(.quantity(n), .quantity(width)),
                          location: place(r * stride), hint: ReaderMessage.raggedNamesHint())
            .noting(more > 0 ? [ReaderMessage.moreRagged(.quantity(more))] : [])
    }
}

/// A reader that needs nothing beyond the shared layout uses it as its plan.
extension FieldLayout: FieldPlan {
    var layout: FieldLayout {
        get { self }
        set { self = newValue }
    }
}
