import Foundation

/// A database result read into rows of text fields: COPY's text format, unescaped into one
/// buffer as the rows arrive, then typed by `TextRowsReader` exactly as a CSV's fields are,
/// with the kinds the server's types give (docs/databases.md, "Types").
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

    /// Streams `query` through `COPY … TO STDOUT` into a reader. `progress` gets the rows so far
    /// now and then (about every 64 Ki rows).
    package static func fetch(_ connection: any DatabaseConnection, query: String, columns: [DatabaseColumn],
                              displayName: String, source: DataSource, options: LoadOptions,
                              cancellation: Cancellation?, progress: (Int) -> Void = { _ in }) throws -> TextRowsReader {
        var bytes: [UInt8] = [], fields: [FieldRef] = [], starts = [0]
        bytes.reserveCapacity(1 << 20)
        let width = columns.count
        let booleans = columns.map { $0.type == .boolean }
        try connection.copyRows(of: query, cancellation: cancellation) { raw in
            guard let p = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
            var n = raw.count
            if n > 0, p[n - 1] == 0x0A { n -= 1 }
            var i = 0, j = 0
            while true {
                var e = i
                while e < n, p[e] != 0x09 { e += 1 }
                Self.append(p + i, e - i, boolean: j < width && booleans[j], into: &bytes, fields: &fields)
                j += 1
                if e >= n { break }
                i = e + 1
            }
            starts.append(fields.count)
            if (starts.count - 1) & 0xFFFF == 0 { progress(starts.count - 1) }
        }
        return TextRowsReader(names: columns.map(\.name), bytes: bytes, fields: fields, rowStarts: starts,
                              declared: columns.map { kind(for: $0.type) }, displayName: displayName,
                              source: source, options: options)
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
