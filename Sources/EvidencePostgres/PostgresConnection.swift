import CLibPQ
import EvidenceData
import Foundation

/// One libpq connection. Queries are sent asynchronously and waited for with poll(2) in short
/// slices, so Ctrl-C (the session's `Cancellation`) is seen within 0.1 s and cancels the query
/// on the server (PQcancel), leaving the connection usable.
final class PostgresConnection: DatabaseConnection, @unchecked Sendable {
    private let conn: OpaquePointer

    init(_ conn: OpaquePointer) { self.conn = conn }
    deinit { PQfinish(conn) }
    func close() {}

    var summary: String {
        func s(_ p: UnsafeMutablePointer<CChar>?) -> String { p.map { String(cString: $0) } ?? "" }
        return "\(s(PQuser(conn)))@\(s(PQhost(conn))):\(s(PQport(conn)))/\(s(PQdb(conn)))"
    }

    func columns(of query: String) throws -> [DatabaseColumn] {
        PQclear(try check(PQprepare(conn, "", query, 0, nil), PGRES_COMMAND_OK, query: query))
        let described = try check(PQdescribePrepared(conn, ""), PGRES_COMMAND_OK, query: query)
        defer { PQclear(described) }
        var out: [DatabaseColumn] = []
        for j in 0..<PQnfields(described) {
            let name = String(cString: PQfname(described, j))
            out.append(DatabaseColumn(name: name, type: try type(PQftype(described, j))))
        }
        return out
    }

    /// The built-in types by OID (pg_type.dat); others are named by asking the server.
    private func type(_ oid: Oid) throws -> DatabaseType {
        switch oid {
        case 20, 21, 23, 26, 700, 701, 1700: return .number
        case 18, 19, 25, 1042, 1043: return .text
        case 16: return .boolean
        case 1082, 1114, 1184: return .date
        default:
            let name = try rows(of: "SELECT format_type(\(oid), NULL)", cancellation: nil).rows.first?.first ?? nil
            return .other(name ?? "type \(oid)")
        }
    }

    func copyRows(of query: String, cancellation: Cancellation?, row: (UnsafeRawBufferPointer) throws -> Void) throws {
        let copy = "COPY (\(query)) TO STDOUT"
        // The extended protocol: one statement, whatever the text holds.
        guard PQsendQueryParams(conn, copy, 0, nil, nil, nil, nil, 0) == 1 else { throw PostgresErrors.queryFailed(nil, conn: conn, query: query) }
        var cancelled = false
        guard let first = try wait(cancellation, &cancelled) else { return }
        guard PQresultStatus(first) == PGRES_COPY_OUT else {
            let d = PostgresErrors.queryFailed(first, conn: conn, query: copy)
            PQclear(first); drain()
            throw d
        }
        PQclear(first)
        var failure: Error?
        while true {
            var buffer: UnsafeMutablePointer<CChar>?
            let n = PQgetCopyData(conn, &buffer, 1)
            if n > 0, let buffer {
                defer { PQfreemem(buffer) }
                // After an error in `row` (or Ctrl-C) the rest of the rows are read and dropped.
                if failure == nil, !cancelled {
                    do { try row(UnsafeRawBufferPointer(start: buffer, count: Int(n))) } catch { failure = error; cancel(&cancelled) }
                }
                continue
            }
            if n == 0 {
                if cancellation?.isCancelled == true { cancel(&cancelled) }
                waitReadable()
                if PQconsumeInput(conn) == 0 { break }
                continue
            }
            break // -1: done; -2: an error, which the result says
        }
        var error: Diagnostic?
        while let result = PQgetResult(conn) {
            if PQresultStatus(result) != PGRES_COMMAND_OK, error == nil { error = PostgresErrors.queryFailed(result, conn: conn, query: query) }
            PQclear(result)
        }
        if let failure { throw failure }
        if cancelled { throw PostgresErrors.cancelled }
        if PQstatus(conn) != CONNECTION_OK, error == nil { error = PostgresErrors.queryFailed(nil, conn: conn, query: query) }
        if let error { throw error }
    }

    func estimatedRows(of query: String) -> Int? {
        // The extended protocol runs one statement only, whatever the text holds.
        guard let result = PQexecParams(conn, "EXPLAIN (FORMAT JSON) \(query)", 0, nil, nil, nil, nil, 0) else { return nil }
        defer { PQclear(result) }
        guard PQresultStatus(result) == PGRES_TUPLES_OK, PQntuples(result) == 1, let value = PQgetvalue(result, 0, 0) else { return nil }
        // The plan's top line: `"Plan Rows": 1000000,`.
        let plan = String(cString: value)
        guard let at = plan.range(of: "\"Plan Rows\": ") else { return nil }
        return Int(plan[at.upperBound...].prefix(while: \.isNumber))
    }

    func rows(of query: String, cancellation: Cancellation?) throws -> (names: [String], rows: [[String?]]) {
        guard PQsendQuery(conn, query) == 1 else { throw PostgresErrors.queryFailed(nil, conn: conn, query: query) }
        var cancelled = false
        var names: [String] = [], out: [[String?]] = []
        var error: Diagnostic?
        while let result = try wait(cancellation, &cancelled) {
            defer { PQclear(result) }
            let status = PQresultStatus(result)
            if status == PGRES_TUPLES_OK {
                names = (0..<PQnfields(result)).map { String(cString: PQfname(result, $0)) }
                for i in 0..<PQntuples(result) {
                    out.append((0..<PQnfields(result)).map { j in
                        PQgetisnull(result, i, j) == 1 ? nil : String(cString: PQgetvalue(result, i, j))
                    })
                }
            } else if status != PGRES_COMMAND_OK, error == nil {
                error = PostgresErrors.queryFailed(result, conn: conn, query: query)
            }
        }
        if let error { throw error }
        if PQstatus(conn) != CONNECTION_OK { throw PostgresErrors.queryFailed(nil, conn: conn, query: query) }
        return (names, out)
    }

    /// The next result of the query sent, waiting in slices so Ctrl-C cancels it on the server.
    private func wait(_ cancellation: Cancellation?, _ cancelled: inout Bool) throws -> OpaquePointer? {
        while PQisBusy(conn) == 1 {
            if cancellation?.isCancelled == true { cancel(&cancelled) }
            waitReadable()
            if PQconsumeInput(conn) == 0 { break }
        }
        return PQgetResult(conn)
    }

    private func cancel(_ cancelled: inout Bool) {
        guard !cancelled else { return }
        cancelled = true
        guard let c = PQgetCancel(conn) else { return }
        var message = [CChar](repeating: 0, count: 256)
        _ = PQcancel(c, &message, 256)
        PQfreeCancel(c)
    }

    private func waitReadable() {
        var fd = pollfd(fd: PQsocket(conn), events: Int16(POLLIN), revents: 0)
        _ = poll(&fd, 1, 100)
    }

    private func drain() { while let r = PQgetResult(conn) { PQclear(r) } }

    /// A synchronous call's result, or its error as a diagnostic.
    @discardableResult
    private func check(_ result: OpaquePointer?, _ expected: ExecStatusType, query: String) throws -> OpaquePointer? {
        guard let result, PQresultStatus(result) == expected else {
            let d = PostgresErrors.queryFailed(result, conn: conn, query: query)
            PQclear(result)
            throw d
        }
        return result
    }
}
