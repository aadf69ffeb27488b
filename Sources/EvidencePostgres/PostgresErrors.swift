import CLibPQ
import Foundation
import EvidenceData

/// libpq's and the server's errors as evsh's diagnostics: one message, a hint, the server's
/// position in the SQL as a caret (docs/databases.md, "When something goes wrong").
enum PostgresErrors {
    static func connectionFailed(_ raw: String, timeout: Int) -> Diagnostic {
        typealias M = PostgresMessage
        let message = clean(raw)
        let hint: Message
        // TLS first: its messages also say "does not exist" (a root certificate file).
        if message.contains("does not support SSL") {
            hint = M.noTLS()
        } else if message.contains("root certificate file") {
            hint = M.rootCertificate()
        } else if message.contains("certificate") || message.contains("SSL") {
            hint = M.sslmode()
        } else if message.contains("definition of service") || message.contains("service file") {
            hint = M.service()
        } else if message.contains("password authentication failed") || message.contains("no password supplied") {
            hint = M.password()
        } else if message.contains("timeout expired") {
            hint = M.timeout(.text(String(timeout)))
        } else if message.contains("Connection refused") || message.contains("No such file or directory") || message.contains("could not translate host name") {
            hint = M.noServer()
        } else if message.contains("does not exist") {
            hint = M.names()
        } else {
            hint = M.connectionString()
        }
        return Diagnostic(.error, category: .data, kind: M.connectionFailed(), message: M.verbatim(.text(message)), hint: hint)
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
        typealias M = PostgresMessage
        let hint: Message
        switch state {
        case "42P01": hint = M.noTable()
        case "42703": hint = M.noColumn()
        case "42501": hint = M.noPermission()
        case "42601": hint = M.syntax()
        case "57014": return cancelled
        case _ where lost || state.hasPrefix("57P") || state.hasPrefix("08"):
            hint = M.closed()
        default: hint = M.refused(state.isEmpty ? .message(M.unknownState()) : .text(state))
        }
        let shown = lost && state.isEmpty ? M.closedBecause(.text(message)) : M.verbatim(.text(message))
        return Diagnostic(.error, category: .data, kind: lost ? M.connectionLost() : M.queryFailed(),
                          message: shown, span: span, hint: hint)
    }

    /// Ctrl-C cancelled the query on the server.
    static var cancelled: Diagnostic {
        Diagnostic(.error, category: .internal, kind: PostgresMessage.interrupted(), message: PostgresMessage.cancelled())
    }

    /// libpq's messages end in a newline and can hold several lines: one line.
    static func clean(_ s: String) -> String {
        s.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: "; ")
    }
}
