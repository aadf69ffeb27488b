/// A result as a typed table: drawn with box characters, exported as CSV/Markdown/JSON,
/// suppressed for small groups. Cells keep their numbers so export and tests see values.
public struct ResultTable: Sendable {
    public struct ColumnSpec: Sendable {
        public var name: String
        public var alignment: Alignment
        /// The column's machine name in exports (`only_a`, `d_z`); nil derives it from `name`
        /// (`MachineName.of`). An interval column's key is its base: `d_z` → `d_z_lo`, `d_z_hi`.
        public var key: String?
        /// Never cut, even without a digit in it (an id column): shown whole or left out.
        public var whole: Bool
        /// The column holds intervals (and whether with their estimates), as its cells were when
        /// the table was made: a tidy export still writes `KEY_lo`, `KEY_hi` after the privacy
        /// step has put `<K` in every cell.
        public var interval: IntervalShape? = nil
        public init(_ name: String, alignment: Alignment = .left, key: String? = nil, whole: Bool = false) {
            self.name = name
            self.alignment = alignment
            self.key = key
            self.whole = whole
        }

        /// The machine name exports use (docs/evidence.md, "Tidy exports").
        public var machineKey: String { key ?? MachineName.of(name) }
    }
    public enum Alignment: Sendable { case left, right }
    public enum IntervalShape: Sendable { case bounds, withEstimate }

    public var title: String?
    /// The table's machine name: a sheet's name in a workbook, a key in JSON (`matching`,
    /// `effect_sizes`); nil derives it from the title.
    public var key: String?
    public var columns: [ColumnSpec]
    public var rows: [[Cell]]
    /// Lines printed under the table ("3 rows", "(12 more rows)").
    public var footer: [String]
    /// How many students each row (and cross-tab cell) describes, for small-group suppression
    /// (`Suppression.apply`). Optional: without it a column named `n` is read instead.
    public var groups: GroupSizes? = nil
    /// Cells with a form safe to show in workshop mode, which the privacy step puts in their
    /// place (`[row: [column: cell]]`): describe's top values without the values held by
    /// fewer than min-group students, or by nearly one student each (names, comments).
    public var workshopCells: [Int: [Int: Cell]] = [:]
    /// The title with its counts of students typed (`setTitle`), for the privacy step.
    public var typedTitle: Prose?
    /// Footer lines with their counts typed (`appendFooter`), by index into `footer`.
    public var typedFooter: [Int: Prose] = [:]

    public init(title: String? = nil, columns: [ColumnSpec], rows: [[Cell]] = [], footer: [String] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.footer = footer
        for c in self.columns.indices where self.columns[c].interval == nil {
            for row in rows where c < row.count {
                guard case .interval(let i) = row[c] else { continue }
                self.columns[c].interval = i.estimate == nil ? .bounds : .withEstimate
                if i.estimate != nil { break }
            }
        }
    }

    /// Columns named, numbers right-aligned by their cells.
    public init(title: String? = nil, header: [String], rows: [[Cell]], footer: [String] = []) {
        var specs = header.map { ColumnSpec($0) }
        for (i, _) in specs.enumerated() {
            let numeric = rows.contains { r in i < r.count && r[i].isNumeric }
            let text = rows.contains { r in i < r.count && r[i].isText }
            if numeric && !text { specs[i].alignment = .right }
        }
        self.init(title: title, columns: specs, rows: rows, footer: footer)
    }
}

extension ResultTable {
    /// The table with its machine name and its columns' (nil: derived from the header), for
    /// exports (`TidyResult`).
    public func keyed(_ key: String, _ columnKeys: [String?]) -> ResultTable {
        var t = self
        t.key = key
        for (i, k) in columnKeys.enumerated() where i < t.columns.count { t.columns[i].key = k }
        return t
    }

    /// A title whose counts the privacy step may hide ("summary of small (\(count: 6) rows)").
    public mutating func setTitle(_ p: Prose) {
        title = p.text
        typedTitle = p
    }

    /// A footer line whose counts the privacy step may hide.
    public mutating func appendFooter(_ p: Prose) {
        typedFooter[footer.count] = p
        footer.append(p.text)
    }
}

public enum Cell: Sendable, Equatable {
    case text(String)
    case integer(Int)
    /// A number shown with a fixed count of decimals.
    case number(Double, decimals: Int)
    case missing(MissingKind)
    /// A group too small to show (fewer than `k` students).
    case suppressed(k: Int)
    /// A confidence interval, kept as numbers (exports write its bounds as two columns).
    case interval(CellInterval)

    public var isNumeric: Bool {
        switch self {
        case .integer, .number: true
        default: false
        }
    }
    public var isText: Bool { if case .text = self { true } else { false } }

    /// The cell as shown in a table.
    public var display: String { display(.english) }

    /// The cell as shown in a table, its numbers in `numbers`' style (text cells as they are).
    public func display(_ numbers: NumberStyle) -> String {
        switch self {
        case .text(let s): s
        case .integer(let i): numbers.integer(i)
        case .number(let d, let dec): numbers.fixed(d, decimals: dec)
        case .missing(let k): k == .empty ? "–" : k.marker
        case .suppressed(let k): "<\(k)"
        case .interval(let i): i.display(numbers)
        }
    }

    /// The cell as written to CSV/JSON (no thousands grouping, missing as empty).
    public var exportText: String {
        switch self {
        case .missing: ""
        default: display
        }
    }

    /// A cell for a value, numbers with the given decimals.
    public static func from(_ v: Value, decimals: Int = 1) -> Cell {
        switch v {
        case .number(let d): d.rounded() == d && abs(d) < 1e15 ? .integer(Int(d)) : .number(d, decimals: decimals)
        case .text(let s): .text(s)
        case .grade(let g): .text(g.letter)
        case .boolean(let b): .text(b ? "true" : "false")
        case .date(let d): .text(Dates.text(d))
        case .missing(let k): .missing(k)
        }
    }
}
