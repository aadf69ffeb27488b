import Foundation

/// A database result loaded from COPY's text rows as they arrive, typed by the shared typing
/// exactly as a CSV's fields are (`CopyTextReader`), with the kinds the server's types give
/// (docs/databases.md, "Types").
package enum DatabaseRows {
    /// What a server type is read as: numbers and booleans as declared, text with grades
    /// detected as in a CSV, anything else as text.
    static func kind(for type: DatabaseType) -> TextRowsReader.DeclaredKind {
        switch type {
        case .number: .number
        case .boolean: .boolean
        case .text: .textOrGrade
        // DateStyle=ISO: the shared typing reads `2025-03-14` (and `… 08:30:00`) as a date.
        case .date: .guess
        case .other: .text
        }
    }

    /// Streams `query` through `COPY … TO STDOUT` and loads it: one thread receives the rows
    /// (the connection's), this one types them as they come (`CopyTextReader`), so receiving
    /// and typing overlap on two cores. `progress` gets the rows received so far now and then
    /// (about every 0.1 s). Ctrl-C cancels the query on the server; whatever stops the load,
    /// the receiver has let go of the connection before this returns.
    package static func load(_ connection: any DatabaseConnection, query: String, columns: [DatabaseColumn], name: String,
                             displayName: String, source: DataSource, options: LoadOptions,
                             cancellation: Cancellation?, chunkBytes: Int = 1 << 20,
                             progress: (Int) -> Void = { _ in }) throws -> LoadResult {
        let expected = connection.estimatedRows(of: query)
        // One snapshot for the load: a second COPY (a second read) sees the same rows. Read
        // only; whatever happens, it ends with a ROLLBACK once no thread uses the connection.
        _ = try? connection.rows(of: "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY", cancellation: nil)
        defer { _ = try? connection.rows(of: "ROLLBACK", cancellation: nil) }
        let feed = CopyFeed(connection, query: query, cancellation: cancellation, chunkBytes: chunkBytes)
        return try withoutActuallyEscaping(progress) { progress in
            let reader = CopyTextReader(options: options, displayName: displayName, source: source, names: columns.map(\.name),
                                        declared: columns.map { kind(for: $0.type) }, booleans: columns.map { $0.type == .boolean },
                                        feed: feed, expectedRows: expected, progress: progress)
            do {
                let result = try reader.load(name: name, cancellation: cancellation)
                feed.stream.abandonAndWait()
                return result
            } catch {
                let stream = feed.stream
                stream.abandonAndWait()
                // Ctrl-C while rows still came: the receiver stopped on our word and cancelled the
                // query on the server (Abandoned), or has its own account (the connection lost).
                let cancelled = Diagnostic(.error, category: .internal, kind: PostgresMessage.interrupted(), message: PostgresMessage.cancelled())
                if error is CopyStream.Abandoned { throw cancelled }
                if (error as? Diagnostic)?.kind == "interrupted", let theirs = stream.receiverError {
                    throw theirs is CopyStream.Abandoned ? cancelled : theirs
                }
                throw error
            }
        }
    }

    /// One field of COPY's text format: `\N` is NULL (nil, as an empty cell), backslash
    /// escapes are undone, and a boolean's `t`/`f` is written `true`/`false`.
    @inline(__always)
    static func append(_ p: UnsafePointer<UInt8>, _ n: Int, boolean: Bool, into bytes: inout [UInt8], fields: inout [FieldRef]) {
        let start = bytes.count
        if n == 2, p[0] == 0x5C, p[1] == 0x4E {
            fields.append(FieldRef(start: start, end: start, quoted: false, escaped: false)); return
        }
        if boolean, n == 1 {
            bytes.append(contentsOf: p[0] == 0x74 ? Array("true".utf8) : Array("false".utf8))
        } else {
            var k = 0
            while k < n {
                let c = p[k]
                if c != 0x5C || k + 1 == n { bytes.append(c); k += 1; continue }
                let d = p[k + 1]
                k += 2
                switch d {
                case 0x6E: bytes.append(0x0A) // \n
                case 0x74: bytes.append(0x09) // \t
                case 0x72: bytes.append(0x0D) // \r
                case 0x62: bytes.append(0x08) // \b
                case 0x66: bytes.append(0x0C) // \f
                case 0x76: bytes.append(0x0B) // \v
                case 0x30...0x37: // \ooo
                    var v = Int(d - 0x30), m = 0
                    while m < 2, k < n, (0x30...0x37).contains(p[k]) { v = v * 8 + Int(p[k] - 0x30); k += 1; m += 1 }
                    bytes.append(UInt8(truncatingIfNeeded: v))
                default: bytes.append(d) // \\ and any other escaped byte stand for themselves
                }
            }
        }
        // An empty text that was written ("") is a value, not a missing one, as a CSV's `""`.
        fields.append(FieldRef(start: start, end: bytes.count, quoted: bytes.count == start, escaped: false))
    }
}
