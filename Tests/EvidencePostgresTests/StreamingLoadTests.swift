import Foundation
import Testing
@testable import EvidenceData
import EvidenceSession
import EvidencePostgres
import EvidenceTestSupport

/// The streaming load (COPY rows typed chunk by chunk as they arrive, `CopyTextReader`) gives
/// exactly what the shared typing gives the same rows held whole (`TextRowsReader`, the rows
/// read by an ordinary query): kinds, values, missing, the report, and the same messages for
/// odd values. Tiny chunks put rows, escapes and a long row at every chunk boundary; since a
/// chunk is let go once typed, the grades case's second read (as text) asks the server again,
/// and reading a chunk let go would fail the load.
@Suite(.enabled(if: TestServer.available, TestServer.reason), .serialized)
struct StreamingLoadTests {
    static var lenient: LoadOptions {
        var o = LoadOptions()
        o.lenient = true
        return o
    }

    static let queries: [(String, LoadOptions)] = [
        ("SELECT * FROM school.results", LoadOptions()),
        ("SELECT * FROM public.many", LoadOptions()),
        // Escapes, NULLs, booleans and a long field, over many chunks.
        ("""
         SELECT g, md5(g::text) AS h, (g % 7 = 0) AS b, CASE WHEN g % 11 = 0 THEN NULL ELSE g * 1.5 END AS x,
                CASE WHEN g % 13 = 0 THEN E'a\\tb\\\\c\\nd' ELSE 'plain' || g END AS esc,
                CASE WHEN g = 4321 THEN repeat('long', 2000) ELSE '' END AS long,
                date '2025-01-01' + g % 300 AS d
         FROM generate_series(1, 9000) g
         """, LoadOptions()),
        // Grades whose odd values start after the sample: read again as text.
        ("SELECT CASE WHEN g > 4500 AND g % 10 = 0 THEN 'X' ELSE substr('ABCDEF', 1 + g % 6, 1) END AS grade FROM generate_series(1, 6000) g",
         LoadOptions()),
        // One odd value among many: a type error (or, lenient, a row left out).
        ("SELECT g, CASE WHEN g = 5000 THEN 'infinity'::date ELSE date '2025-01-01' + g % 100 END AS d FROM generate_series(1, 6000) g",
         LoadOptions()),
        ("SELECT g, CASE WHEN g = 5000 THEN 'infinity'::date ELSE date '2025-01-01' + g % 100 END AS d FROM generate_series(1, 6000) g",
         Self.lenient),
        ("SELECT g, CASE WHEN g = 4500 THEN 'NaN'::numeric ELSE g / 4.0 END AS n FROM generate_series(1, 6000) g", LoadOptions()),
        ("SELECT 1 AS a, 'x' AS b WHERE false", LoadOptions()),
    ]

    func connection() throws -> any DatabaseConnection {
        try PostgresConnector().connect(TestServer.url(), timeoutSeconds: 10)
    }

    /// The rows held whole, as the shared typing reads any text rows.
    func whole(_ c: any DatabaseConnection, _ query: String, columns: [DatabaseColumn], options: LoadOptions) throws -> LoadResult {
        let (names, rows) = try c.rows(of: query, cancellation: nil)
        let booleans = columns.map { $0.type == .boolean }
        let texts = rows.map { row in row.enumerated().map { j, v in booleans[j] ? v.map { $0 == "t" ? "true" : "false" } : v } }
        return try TextRowsReader(names: names, rows: texts, declared: columns.map { DatabaseRows.kind(for: $0.type) },
                                  displayName: "q", source: DataSource(path: nil, description: "q"), options: options)
            .load(name: "q", cancellation: nil)
    }

    func streamed(_ c: any DatabaseConnection, _ query: String, columns: [DatabaseColumn], options: LoadOptions,
                  chunkBytes: Int) throws -> LoadResult {
        try DatabaseRows.load(c, query: query, columns: columns, name: "q", displayName: "q",
                              source: DataSource(path: nil, description: "q"), options: options, cancellation: nil, chunkBytes: chunkBytes)
    }

    func same(_ a: LoadResult, _ b: LoadResult, _ what: String) {
        #expect(a.report == b.report, "\(what): reports differ")
        #expect(a.table.rowCount == b.table.rowCount, "\(what)")
        #expect(a.table.columns.map(\.name) == b.table.columns.map(\.name), "\(what)")
        for (x, y) in zip(a.table.columns, b.table.columns) {
            #expect(x.type == y.type, "\(what): \(x.name) \(x.type) vs \(y.type)")
            guard x.type == y.type else { continue }
            let differ = (0..<a.table.rowCount).first { x.value(at: $0) != y.value(at: $0) }
            #expect(differ == nil, "\(what): \(x.name) row \(differ ?? -1): \(differ.map { "\(x.value(at: $0)) vs \(y.value(at: $0))" } ?? "")")
        }
    }

    @Test(arguments: [1 << 20, 300, 1])
    func streamingTypesAsTheWholeRowsDo(chunkBytes: Int) throws {
        let c = try connection()
        for (query, options) in Self.queries {
            let columns = try c.columns(of: query)
            let expected = Result { try whole(c, query, columns: columns, options: options) }
            let got = Result { try streamed(c, query, columns: columns, options: options, chunkBytes: chunkBytes) }
            switch (expected, got) {
            case (.success(let e), .success(let g)): same(g, e, query)
            case (.failure(let e as Diagnostic), .failure(let g as Diagnostic)):
                #expect(g.message == e.message, "\(query)")
                #expect(g.location == e.location, "\(query)")
                #expect(g.notes == e.notes, "\(query)")
            default: Issue.record("\(query): \(expected) vs \(got)")
            }
        }
    }

    /// The cases above do reach what they are for: a second read as text, a type error, a
    /// row left out, a message that quotes the odd value and its place.
    @Test func theCasesReachTheirPaths() throws {
        let c = try connection()
        func load(_ i: Int) throws -> LoadResult {
            let (q, o) = Self.queries[i]
            return try streamed(c, q, columns: try c.columns(of: q), options: o, chunkBytes: 300)
        }
        #expect(try load(3).table.columns[0].type == .text)
        #expect(throws: Diagnostic.self) { try load(4) }
        do { _ = try load(4) } catch let d as Diagnostic {
            #expect(d.message.contains("'infinity' in column 'd'"), "\(d.message)")
            #expect(d.location?.line == 5001)
        }
        let lenient = try load(5)
        #expect(lenient.table.rowCount == 5999)
        #expect(lenient.report.skippedRows == 1)
        #expect(lenient.report.skippedLines == [5001])
        #expect(try load(7).table.rowCount == 0)
        let escaped = try load(2).table
        #expect(escaped.column(named: "esc")?.value(at: 12) == .text("a\tb\\c\nd"))
        #expect(escaped.column(named: "b")?.type == .boolean)
        #expect(escaped.column(named: "x")?.value(at: 10).isMissing == true)
    }

    /// A load is one REPEATABLE READ transaction (a second read sees the rows the first saw),
    /// and it ends: the next load sees what changed in between.
    @Test func oneSnapshotPerLoad() throws {
        let s = TestServer.connected()
        let iso = s.run("load s query \"SELECT current_setting('transaction_isolation') AS iso, current_setting('transaction_read_only') AS ro\" as t")
        #expect(!iso.failed, "\(said(iso, s))")
        #expect(s.tables["t"]?.table.columns[0].value(at: 0) == .text("repeatable read"))
        #expect(s.tables["t"]?.table.columns[1].value(at: 0) == .text("on"))
        let owner = try PostgresConnector().connect(TestServer.url(user: "postgres"), timeoutSeconds: 10)
        let table = "public.snapshot_\(UInt32.random(in: 0...UInt32.max))"
        // (evsh's connections are read-only; this one is the test's own, to change the table.)
        _ = try owner.rows(of: "SET default_transaction_read_only = off", cancellation: nil)
        _ = try owner.rows(of: "CREATE TABLE \(table) (n integer); INSERT INTO \(table) VALUES (1); GRANT SELECT ON \(table) TO evsh_ro", cancellation: nil)
        defer { _ = try? owner.rows(of: "DROP TABLE \(table)", cancellation: nil) }
        #expect(!s.run("load s.\(table) as a").failed)
        _ = try owner.rows(of: "INSERT INTO \(table) VALUES (2)", cancellation: nil)
        #expect(!s.run("load s.\(table) as b").failed)
        #expect(s.tables["a"]?.table.rowCount == 1)
        #expect(s.tables["b"]?.table.rowCount == 2)
    }

    /// Ctrl-C while the rows stream in (not while the server thinks): cancelled on the
    /// server, nothing loaded, the session and the connection as they were.
    @Test func ctrlCWhileRowsStream() throws {
        let s = TestServer.connected()
        #expect(!s.run("load demo").failed)
        let before = (s.datasets.map(\.name), s.currentName)
        let cancel = s.environment.cancellation
        var seen = 0
        // A join of two small series streams at once (one large series is built whole first).
        let query = "SELECT a.g * 10000 + b.g AS n, md5(b.g::text) AS h FROM generate_series(1, 5000) AS a(g), generate_series(1, 10000) AS b(g)"
        let o = s.runWithProgress("load s query \"\(query)\" as huge", after: .zero) { line in
            // Rows are arriving: press Ctrl-C.
            if line.contains(" rows, ") { seen += 1; cancel.cancel() }
        }
        cancel.reset()
        #expect(seen > 0, "no progress line came while the rows streamed")
        #expect(o.failed)
        #expect(said(o, s).contains("cancelled on the server"), "\(said(o, s))")
        #expect(s.tables["huge"] == nil)
        #expect((s.datasets.map(\.name), s.currentName) == before)
        #expect(!s.run("load s.public.many as after").failed)
        #expect(s.tables["after"]?.table.rowCount == 20000)
    }

    /// The progress line: rows and rows per second once a load has run `progressAfter`
    /// (zero here, so a short load shows it without waiting on the clock), cleared at the end;
    /// with the default second a short load shows nothing.
    @Test func progressLine() throws {
        var lines: [String] = []
        let s = TestServer.connected()
        let o = s.runWithProgress("load s.public.many as m", after: .zero) { lines.append($0) }
        #expect(!o.failed, "\(said(o, s))")
        let shown = lines.filter { !$0.isEmpty }
        #expect(shown.last?.hasPrefix("s.public.many: 20000 rows, ") == true, "\(lines)")
        #expect(shown.allSatisfy { $0.hasSuffix(" rows/s") }, "\(lines)")
        #expect(lines.last == "", "the line is cleared: \(lines)")
        lines = []
        #expect(!s.runWithProgress("load s.public.many as m2") { lines.append($0) }.failed)
        #expect(lines.isEmpty, "\(lines)")
        // Before the first row: the server is still working on it.
        lines = []
        let slow = s.runWithProgress("load s query \"SELECT 1 AS a FROM pg_sleep(0.5)\" as slow", after: .zero) { lines.append($0) }
        #expect(!slow.failed, "\(said(slow, s))")
        #expect(lines.contains { $0.hasPrefix("s: waiting for the server (") }, "\(lines)")
    }
}

extension Session {
    /// Runs `line` with the progress line going to `seen` (on this thread: the load calls it
    /// from the thread that types), shown after `after`.
    func runWithProgress(_ line: String, after: Duration = .seconds(1), _ seen: @escaping (String) -> Void) -> Output {
        let box = ProgressBox(seen)
        let saved = environment
        environment.progress = { box.call($0) }
        environment.progressAfter = after
        defer { environment = saved }
        return run(line)
    }
}

private final class ProgressBox: @unchecked Sendable {
    let call: (String) -> Void
    init(_ call: @escaping (String) -> Void) { self.call = call }
}
