/// The seam between the engine and a database driver (docs/databases.md). The engine never
/// opens a socket: the executable lends a `DatabaseConnector` (libpq, in EvidencePostgres)
/// through the session's environment, and everything past it — typing, the id column,
/// pseudonyms, the report — is the shared text-field path every file goes through.
public protocol DatabaseConnector: Sendable {
    /// Opens a connection. `conninfo` is a URL or a libpq conninfo string (`service=NAME`
    /// too); the password, if any, is the driver's to keep. Throws a `Diagnostic` with a hint.
    func connect(_ conninfo: String, timeoutSeconds: Int) throws -> any DatabaseConnection
}

/// One open connection. A class: it owns the driver's handle until `close`.
public protocol DatabaseConnection: AnyObject, Sendable {
    /// Who and where, without secrets: `evsh@/tmp/pg:5432/school`.
    var summary: String { get }
    /// A query's result columns (names and the server's types), without running it.
    func columns(of query: String) throws -> [DatabaseColumn]
    /// Runs `COPY (query) TO STDOUT` and hands over every row's bytes in COPY's text format
    /// (tab-separated, `\N` for NULL, backslash escapes) as they arrive, so a large result
    /// never sits whole in the driver. Polls `cancellation` and cancels on the server.
    func copyRows(of query: String, cancellation: Cancellation?, row: (UnsafeRawBufferPointer) throws -> Void) throws
    /// The server's guess of how many rows `query` returns (its planner's), to size the
    /// columns before the rows come; nil when it has none. Only a guess: a load never relies on it.
    func estimatedRows(of query: String) -> Int?
    /// A small result (an aggregate) as text, NULL as nil.
    func rows(of query: String, cancellation: Cancellation?) throws -> (names: [String], rows: [[String?]])
    func close()
}

/// A result column as the server describes it.
public struct DatabaseColumn: Sendable, Equatable {
    public var name: String
    public var type: DatabaseType
    public init(name: String, type: DatabaseType) {
        self.name = name
        self.type = type
    }
}

/// What a server type becomes in evsh (docs/databases.md, "Types").
public enum DatabaseType: Sendable, Equatable {
    /// int2/4/8, numeric, float4/8.
    case number
    /// text, varchar, char, name: text, grades detected as in a CSV.
    case text
    case boolean
    /// date, timestamp(tz): ISO text for now (`2025-03-14`, `2025-03-14 08:30:00`). The date
    /// type, when the engine has one, plugs in at `DatabaseRows.kind(for:)`.
    case date
    /// Anything else (uuid, json, arrays, …): read as its text, with a note; the server's name.
    case other(String)
}
