/// What one load found, in the same shape for every source: where the table came from and how
/// it was read, its size and column types, what the typing found, and what was left out.
public struct LoadReport: Sendable, Equatable {
    /// One part of the summary line after the counts, in the order the reader lists them.
    public enum Note: Sendable, Equatable {
        /// The reader's own words: `';'`, `Windows-1252`, `';' at line ends ignored`.
        case text(String)
        /// The reader's words from the catalogue (`sheet 'Resultat'`, `1 formula read as saved values`).
        case message(Message)
        /// Where the reader wants the shared findings said; each is shown only when found.
        case decimalComma, noHeader, titleLines, footerLines, thousands, percent
    }

    /// The findings a reader without words of its own lists, in this order.
    public static let sharedNotes: [Note] = [.decimalComma, .noHeader, .titleLines, .footerLines, .thousands, .percent]

    public var name: String
    /// Where it came from (path, "loaded from …", size): the session keeps it with the table.
    public var source: DataSource
    public var notes: [Note]
    public var rows: Int
    public var columns: Int
    public var kinds: [ValueType: Int]
    public var idColumn: String?
    /// `with id=` named the id column (or `none`): a personnummer column does not become it.
    public var idNamed = false
    public var hasHeader: Bool
    public var titleLines: Int
    public var footerLines: Int
    public var decimalComma: Bool
    /// Digits were grouped (`1 234`).
    public var thousands: Bool
    /// Columns read as numbers with their `%` dropped (`94,5 %` is 94.5, percent points).
    public var percentColumns: [String] = []
    public var markers: [MissingKind: Int]
    /// Rows skipped by `lenient=true`, and the first few of their line numbers.
    public var skippedRows: Int
    public var skippedLines: [Int]
    public var skippedKinds: [String]
    /// Rows made only of delimiters (`;;;;;;`, what Excel writes below a sheet's data), left
    /// out as not students, and the delimiter as the reader names it (`';'`).
    public var delimiterOnlyRows = 0
    public var delimiter = ""
    /// The reader's own warnings, after the skipped rows, in the catalogue's words.
    public var warningMessages: [Message] = []
    /// The reader's own warnings in English.
    public var warnings: [String] { warningMessages.map { $0.text(.en) } }

    /// The report of `table`: its counts, types and markers, with what the reader says.
    init(name: String, source: DataSource, notes: [Note], table: Table, hasHeader: Bool = true, titleLines: Int = 0,
         footerLines: Int = 0, decimalComma: Bool = false, thousands: Bool = false,
         skipped: [SkippedRow] = [], skippedLines: [Int] = []) {
        self.name = name
        self.source = source
        self.notes = notes
        rows = table.rowCount
        columns = table.columns.count
        kinds = [:]
        markers = [:]
        for c in table.columns {
            kinds[c.type, default: 0] += 1
            for m in c.markers.values { markers[m, default: 0] += 1 }
        }
        idColumn = table.idColumn?.name
        self.hasHeader = hasHeader
        self.titleLines = titleLines
        self.footerLines = footerLines
        self.decimalComma = decimalComma
        self.thousands = thousands
        skippedRows = skipped.count
        self.skippedLines = skippedLines
        skippedKinds = Array(Set(skipped.map(\.kind))).sorted()
    }

    /// `ht24: 312 rows, 22 columns · ';' · decimal comma · Windows-1252 · 6 title lines skipped · …`
    public var summary: String { summary(.en) }

    /// The summary in `language` (the reader's own notes, such as `';'`, as they are).
    public func summary(_ L: Language) -> String {
        typealias M = LoadMessage
        var parts = [M.summaryHead.text(L, .text(name), .quantity(rows), .quantity(columns))]
        for note in notes {
            switch note {
            case .text(let s): parts.append(s)
            case .message(let m): parts.append(m.text(L))
            case .decimalComma: if decimalComma { parts.append(M.decimalComma.text(L)) }
            case .noHeader: if !hasHeader { parts.append(M.noHeader.text(L)) }
            case .titleLines: if titleLines > 0 { parts.append(M.titleLines.text(L, .quantity(titleLines))) }
            case .footerLines: if footerLines > 0 { parts.append(M.footerLines.text(L, .quantity(footerLines))) }
            case .thousands: if thousands { parts.append(M.thousands.text(L)) }
            case .percent: if let p = percentNote(L) { parts.append(p) }
            }
        }
        let m = MissingKind.allCases.compactMap { k in markers[k].map { "\(k.marker) ×\($0)" } }
        if !m.isEmpty { parts.append(M.markers.text(L, .text(m.joined(separator: " ")))) }
        return parts.joined(separator: " · ")
    }

    /// `'%' dropped: närvaro (percent points)`; past three columns, only their count.
    func percentNote(_ L: Language) -> String? {
        guard !percentColumns.isEmpty else { return nil }
        let which = percentColumns.count <= 3 ? percentColumns.joined(separator: ", ")
            : LoadMessage.percentColumns.text(L, .quantity(percentColumns.count))
        return LoadMessage.percentDropped.text(L, .text(which))
    }

    /// `types: 17 number, 6 text, 4 grade, 1 boolean · id: student_id`
    public var typesLine: String { typesLine(.en) }

    public func typesLine(_ L: Language) -> String {
        let t = ValueType.allCases.compactMap { k in kinds[k].map { "\($0) \(LoadMessage.type(k).text(L))" } }
        var s = LoadMessage.types.text(L, .text(t.joined(separator: ", ")))
        if let idColumn { s += LoadMessage.idColumn.text(L, .text(idColumn)) }
        return s
    }

    /// `3 rows of only ';' skipped (empty rows below the data, as Excel writes them): 189 rows became 186`
    public var delimiterOnlyLine: String? { delimiterOnlyLine(.en) }

    public func delimiterOnlyLine(_ L: Language) -> String? {
        guard delimiterOnlyRows > 0 else { return nil }
        let k = delimiterOnlyRows
        return LoadMessage.delimiterOnly.text(L, .quantity(k), .text(delimiter.isEmpty ? LoadMessage.delimiters.text(L) : delimiter == "tab" ? ReaderMessage.tab.text(L) : delimiter),
                                              .quantity(rows + k), .quantity(rows))
    }

    /// `skipped 3 rows (ragged row): lines 57, 203, 1004`
    public var skippedLine: String? { skippedLine(.en) }

    public func skippedLine(_ L: Language) -> String? {
        guard skippedRows > 0 else { return nil }
        let lines = skippedLines.map(String.init).joined(separator: ", ")
        let more = skippedRows > skippedLines.count ? ", …" : ""
        return (skippedLines.count == 1 ? LoadMessage.skippedLine : .skippedLines)
            .text(L, .quantity(skippedRows), .text(skippedKinds.map { ReaderMessage.skipKind($0).text(L) }.joined(separator: ", ")),
                  .text(lines), .text(more))
    }

    /// Every warning, skipped rows first.
    public var warningLines: [String] { warningLines(.en) }

    /// The warnings in `language`.
    public func warningLines(_ L: Language) -> [String] { (skippedLine(L).map { [$0] } ?? []) + warningMessages.map { $0.text(L) } }
}

/// A row a lenient load left out, by the reader's position (sorted in reading order), and why.
struct SkippedRow: Sendable {
    var position: Int
    var kind: String
}

/// A loaded table and what was found on the way.
public struct LoadResult: Sendable {
    public var table: Table
    public var report: LoadReport
}
