import CLibPQ
import Foundation
import EvidenceData

/// libpq's and the server's errors as evsh's diagnostics: one message, a hint, the server's
/// position in the SQL as a caret (docs/databases.md, "When something goes wrong").
enum PostgresErrors {
    static func connectionFailed(_ raw: String, timeout: Int) -> Diagnostic {
        let message = clean(raw)
        let hint: String
        // TLS first: its messages also say "does not exist" (a root certificate file).
        if message.contains("does not support SSL") {
            hint = "the server does not offer TLS: ask its owner to turn it on, or, on a network you trust, say sslmode=prefer (docs/databases.md, \"Connecting\")"
        } else if message.contains("root certificate file") {
            hint = "give the server's CA certificate with sslrootcert=FILE, or say sslmode=require to encrypt without checking the certificate"
        } else if message.contains("certificate") || message.contains("SSL") {
            hint = "the server and sslmode disagree: see sslmode in docs/databases.md, \"Connecting\""
        } else if message.contains("definition of service") || message.contains("service file") {
            hint = "a service is looked up in the file PGSERVICEFILE names, or ~/.pg_service.conf: check the name in its [brackets]"
        } else if message.contains("password authentication failed") || message.contains("no password supplied") {
            hint = "check the user and password: put the password in ~/.pgpass (or PGPASSFILE, PGPASSWORD), not in scripts"
        } else if message.contains("timeout expired") {
            hint = "the server did not answer within \(timeout) s: check the host and port, or say connect_timeout=N"
        } else if message.contains("Connection refused") || message.contains("No such file or directory") || message.contains("could not translate host name") {
            hint = "no server is listening there: check the host, the port and that the server runs"
        } else if message.contains("does not exist") {
            hint = "check the database and user names in the connection string"
        } else {
            hint = "check the connection string (postgres://user@host:port/db, or service=NAME)"
        }
        return Diagnostic(.error, category: .data, kind: "connection failed", message: message, hint: hint)
    }

    /// A failed query's result: the server's message, its SQLSTATE's hint, a caret at its position.
    static func queryFailed(_ result: OpaquePointer?, conn: OpaquePointer, query: String) -> Diagnostic {
        func field(_ code: Int32) -> String? { PQresultErrorField(result, code).map { String(cString: $0) } }
        let message = field(Int32(UInt8(ascii: "M"))) ?? clean(String(cString: PQerrorMessage(conn)))
        let state = field(Int32(UInt8(ascii: "C"))) ?? ""
        var span: Span?
        if let p = field(Int32(UInt8(ascii: "P"))).flatMap(Int.init), p >= 1, p <= query.count + 1 {
            span = Span(line: query, range: (p - 1)..<p)
        }
        let lost = PQstatus(conn) != CONNECTION_OK
        let hint: String
        switch state {
        case "42P01": hint = "check the schema and table name: 'describe NAME.TABLE' on a table that exists, or ask the database's owner"
        case "42703": hint = "check the column names: 'describe NAME.TABLE' lists them"
        case "42501": hint = "the database user may not read this: ask its owner for SELECT on it (docs/databases.md, \"Read-only access\")"
        case "42601": hint = "the SQL has a syntax error at the caret"
        case "57014": return Diagnostic(.error, category: .internal, kind: "interrupted", message: "interrupted (the query was cancelled on the server)")
        case _ where lost || state.hasPrefix("57P") || state.hasPrefix("08"):
            hint = "the server closed the connection; nothing was loaded. Connect again with 'connect NAME URL'"
        default: hint = "the server refused the query (SQLSTATE \(state.isEmpty ? "unknown" : state))"
        }
        let shown = lost && state.isEmpty ? "the server closed the connection: \(message)" : message
        return Diagnostic(.error, category: .data, kind: lost ? "connection lost" : "query failed",
                          message: shown, span: span, hint: hint)
    }

    /// libpq's messages end in a newline and can hold several lines: one line.
    static func clean(_ s: String) -> String {
        s.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: "; ")
    }
}
