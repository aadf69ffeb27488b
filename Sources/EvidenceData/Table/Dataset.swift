/// What the user names and works with: a loaded table, or a view (a row selection over a base).
/// A view is not a copy: it keeps the row indices of its base. Derived columns (`let`) are added
/// to the base table, so every view of it sees them.
public struct Dataset: Sendable {
    public var name: String
    /// The name of the loaded table this dataset reads from (itself for a base table).
    public var baseName: String
    /// Sorted row indices into the base, or nil for all rows.
    public var selection: [Int32]?
    /// The name of the dataset this one was made from, for lineage (`datasets`).
    public var parent: String?
    /// How it was made: "loaded from …", "filter year == 5", …
    public var origin: String

    public init(name: String, baseName: String, selection: [Int32]? = nil, parent: String? = nil, origin: String) {
        self.name = name
        self.baseName = baseName
        self.selection = selection
        self.parent = parent
        self.origin = origin
    }

    public var isView: Bool { selection != nil || baseName != name }
}

/// A base table plus where it came from.
public struct LoadedTable: Sendable {
    public var table: Table
    public var source: DataSource

    public init(table: Table, source: DataSource) {
        self.table = table
        self.source = source
    }
}

/// Where a base table came from — used for fingerprints in saved sessions.
public struct DataSource: Sendable, Equatable {
    public var path: String?
    public var description: String
    public var byteCount: Int?
    public var sha256: String?
    /// The catalogue's words for `description` (`loaded from …`), for `datasets` in the
    /// reader's language; `description` is their English.
    public var words: Message?

    public init(path: String?, description: String, byteCount: Int? = nil, sha256: String? = nil) {
        self.path = path
        self.description = description
        self.byteCount = byteCount
        self.sha256 = sha256
    }

    public init(path: String?, words: Message, byteCount: Int? = nil) {
        self.init(path: path, description: words.text(.en), byteCount: byteCount)
        self.words = words
    }
}

/// A dataset resolved against its base: the table and the selected rows, ready to compute on.
public struct ResolvedDataset: Sendable {
    public var name: String
    public var table: Table
    public var selection: [Int32]?

    public init(name: String, table: Table, selection: [Int32]?) {
        self.name = name
        self.table = table
        self.selection = selection
    }

    public var rowCount: Int { selection?.count ?? table.rowCount }

    /// Base row index of the i-th row of this dataset.
    @inline(__always) public func baseRow(_ i: Int) -> Int { selection.map { Int($0[i]) } ?? i }

    /// The dataset's rows materialised (only the selected rows). For small results and tests.
    public func materialized() -> Table { selection.map { table.gather($0) } ?? table }

    public func column(named name: String) -> Column? {
        table.column(named: name).map { c in selection.map { c.gather($0) } ?? c }
    }
}
