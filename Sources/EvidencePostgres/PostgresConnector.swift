import CLibPQ
import EvidenceData
import Foundation

/// The libpq driver behind the engine's `DatabaseConnector` (docs/databases.md). Credentials
/// come from libpq's own sources (the URL or conninfo, ~/.pgpass or PGPASSFILE, PGPASSWORD,
/// pg_service.conf); TLS follows `sslmode`, which libpq applies.
public struct PostgresConnector: DatabaseConnector {
    public init() {}

    public func connect(_ conninfo: String, timeoutSeconds: Int) throws -> any DatabaseConnection {
        // The default timeout first: a connect_timeout in the conninfo, expanded after it, wins.
        let keys = ["connect_timeout", "application_name", "dbname"]
        let values = ["\(timeoutSeconds)", "evsh", conninfo]
        // libpq is opened on the first connect, not at start-up (docs/architecture.md, "PostgreSQL").
        if let reason = evsh_libpq_open() {
            throw Diagnostic(.error, category: .data, message: PostgresMessage.noLibrary(.text(String(cString: reason))), hint: PostgresMessage.installHint())
        }
        let conn = withCStrings(keys) { k in withCStrings(values) { v in PQconnectdbParams(k, v, 1) } }
        guard let conn else { throw Diagnostic(.error, category: .internal, message: PostgresMessage.cannotAllocate()) }
        guard PQstatus(conn) == CONNECTION_OK else {
            let message = String(cString: PQerrorMessage(conn))
            PQfinish(conn)
            throw PostgresErrors.connectionFailed(message, timeout: timeoutSeconds)
        }
        PQsetClientEncoding(conn, "UTF8")
        // The server's notices (a shutdown's WARNING) would be printed to stderr by libpq;
        // what matters reaches the user as the failing command's diagnostic.
        PQsetNoticeProcessor(conn, { _, _ in }, nil)
        let connection = PostgresConnection(conn)
        // Dates as ISO text; nothing this session sends can write (docs/databases.md, "Read-only").
        _ = try connection.rows(of: "SET DateStyle = ISO; SET default_transaction_read_only = on", cancellation: nil)
        return connection
    }
}

/// Calls `body` with a NULL-terminated array of C strings that live for the call.
func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
    let copies = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    var pointers: [UnsafePointer<CChar>?] = copies.map { UnsafePointer($0) }
    pointers.append(nil)
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}
