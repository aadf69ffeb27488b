import Foundation
import Testing
import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// Each fault against the real server: one clear message with a hint, and the session as it
/// was (its datasets, its other connections) afterwards.
@Suite(.enabled(if: TestServer.available, TestServer.reason), .serialized)
struct DatabaseFaultTests {
    func diagnostic(_ o: Output) -> Diagnostic? {
        for b in o.blocks { if case .diagnostic(let d) = b { return d } }
        return nil
    }

    /// Runs `line`, expects it to fail with `message` in its text and a hint, and the session intact.
    @discardableResult
    func fails(_ s: Session, _ line: String, _ message: String, hint: String) throws -> Diagnostic {
        let before = s.datasets.map(\.name)
        let o = s.run(line)
        #expect(o.failed)
        let d = try #require(diagnostic(o), "no diagnostic: \(said(o, s))")
        #expect(d.message.contains(message), "\(d.message)")
        #expect(d.hint?.contains(hint) == true, "\(d.hint ?? "no hint")")
        #expect(s.datasets.map(\.name) == before)
        #expect(!s.run("load demo as still_here").failed)
        s.removeDataset("still_here")
        return d
    }

    @Test func wrongPassword() throws {
        let s = TestServer.session()
        try fails(s, "connect p \(TestServer.url(user: "evsh_pw", password: "wrong"))", "password authentication failed", hint: "~/.pgpass")
        #expect(s.state.connections.isEmpty)
        #expect(!s.run("connect p \(TestServer.url(user: "evsh_pw", password: TestServer.password))").failed)
    }

    @Test func unreachableServerIsBoundedByTheTimeout() throws {
        let s = TestServer.session()
        let start = Date()
        try fails(s, "connect x postgres://evsh@/postgres?host=/nonexistent-evsh-dir&port=5999", "No such file", hint: "no server is listening")
        // A closed local TCP port: refused at once, not after the 10 s timeout.
        try fails(s, "connect y host=127.0.0.1 port=1 user=evsh dbname=postgres", "refused", hint: "no server is listening")
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func missingTableOrColumn() throws {
        let s = TestServer.connected()
        try fails(s, "load s.school.nothere", "relation \"school.nothere\" does not exist", hint: "check the schema and table name")
        let d = try fails(s, "load s.school.results columns student_id, yeer", "no column 'yeer'", hint: "did you mean 'year'?")
        #expect(d.span != nil)
        try fails(s, "load s.school.results where yeer == 5", "no column 'yeer'", hint: "did you mean 'year'?")
        try fails(s, "load s query \"SELECT nope FROM school.results\"", "column \"nope\" does not exist", hint: "check the column names")
    }

    @Test func syntaxErrorHasTheServersPosition() throws {
        let s = TestServer.connected()
        let line = "load s query \"SELECT year FROM school.results WHERE year >\" as q"
        let d = try fails(s, line, "syntax error", hint: "syntax error at the caret")
        // The server points at the end of the query text (after '>'): the caret is inside the quotes.
        let span = try #require(d.span)
        let closing = Array(line).lastIndex(of: "\"")!
        #expect(span.range.lowerBound == closing, "caret at \(span.range), quote at \(closing)")
        let picture = DiagnosticRenderer.render(d).joined(separator: "\n")
        #expect(picture.contains("^"))
    }

    @Test func permissionDenied() throws {
        let s = TestServer.connected()
        try fails(s, "load s.school.staff", "permission denied for table staff", hint: "SELECT")
    }

    @Test func duplicateColumnNames() throws {
        let s = TestServer.connected()
        try fails(s, "load s query \"SELECT r.year, m.score AS year FROM school.results r, public.many m LIMIT 1\"",
                  "more than one column named 'year'", hint: "name them apart")
    }

    @Test func ctrlCCancelsOnTheServer() throws {
        let s = TestServer.connected()
        let cancel = s.environment.cancellation
        let start = Date()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.7) { cancel.cancel() }
        let o = s.run("load s query \"SELECT g FROM generate_series(1, 3) g, pg_sleep(30)\" as slow")
        #expect(o.failed)
        #expect(said(o, s).contains("interrupted"))
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(s.tables["slow"] == nil)
        // The connection is still there and answers.
        #expect(!s.run("load s.school.results as after").failed)
    }

    /// A second throwaway cluster, stopped while a load streams from it.
    @Test func serverStoppingMidLoad() throws {
        let dir = temporaryDirectory() + "/pg"
        try TestServer.cluster(["start", dir])
        defer { try? TestServer.cluster(["stop", dir]) }
        let s = TestServer.session()
        let url = "postgres://postgres@/postgres?host=\(dir)&port=\(TestServer.port)"
        #expect(!s.run("connect doomed \(url)").failed)
        #expect(!s.run("load demo").failed)
        DispatchQueue.global().asyncAfter(deadline: .now() + 1.0) { try? TestServer.cluster(["stop", dir]) }
        let o = s.run("load doomed query \"SELECT g, md5(g::text) FROM generate_series(1, 100000000) g\" as huge")
        #expect(o.failed)
        let d = try #require(diagnostic(o))
        #expect(d.hint?.contains("Connect again") == true, "\(d.message) / \(d.hint ?? "")")
        #expect(s.tables["huge"] == nil)
        #expect(s.currentName == "demo")
        #expect(!s.run("describe demo").failed)
    }
}
