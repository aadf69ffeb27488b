import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// Connecting through a service file and with `sslmode` (docs/databases.md, "Connecting"),
/// against real servers: the test cluster for `service=`, and a cluster of the test's own on
/// 127.0.0.1 for TLS (libpq does not use TLS on a Unix socket, whatever sslmode says).
@Suite(.enabled(if: TestServer.available, TestServer.reason), .serialized)
struct ConnectionOptionTests {
    func diagnostic(_ o: Output) -> Diagnostic? {
        for b in o.blocks { if case .diagnostic(let d) = b { return d } }
        return nil
    }

    static var hasOpenSSL: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/openssl") }
    }

    /// In a child evsh: PGSERVICEFILE is read from the environment, which this process's
    /// other tests share (setenv here would race with their getenv).
    @Test func serviceFromAServiceFile() throws {
        let service = "[evsh_test]\nhost=\(TestServer.host ?? "")\nport=\(TestServer.port)\nuser=evsh_ro\ndbname=postgres\n"
        let r = try EvshBinary.run(["-c", "connect svc service=evsh_test; load svc.public.many as m; connections; connect nope service=no_such_service"],
                                   environment: ["PGSERVICEFILE": "pg_service.conf"], files: ["pg_service.conf": service])
        let all = r.stdout + r.stderr
        #expect(r.stdout.contains("m: 20000 rows"), "\(all)")
        #expect(r.stdout.contains("evsh_ro@"), "\(all)")
        #expect(r.stdout.contains("service=evsh_test"), "\(all)")
        // A name the file does not have: one message, a hint saying where services are looked up.
        #expect(all.contains("definition of service \"no_such_service\" not found"), "\(all)")
        #expect(all.contains("PGSERVICEFILE"), "\(all)")
        #expect(r.status != 0)
    }

    /// A cluster on 127.0.0.1 (a free port), stopped when `body` ends.
    func tcpCluster(_ body: (_ dir: String, _ base: String) throws -> Void) throws {
        let dir = temporaryDirectory() + "/pg", port = try TestServer.freePort()
        try TestServer.cluster(["start", dir, "tcp"], port: port)
        defer { try? TestServer.cluster(["stop", dir], port: port) }
        try body(dir, "host=127.0.0.1 port=\(port) user=postgres dbname=postgres")
    }

    @Test func sslmodeRequireWithoutTLSOnTheServer() throws {
        try tcpCluster { _, base in
            let s = TestServer.session()
            let o = s.run("connect t \(base) sslmode=require")
            #expect(o.failed)
            let d = try #require(diagnostic(o), "\(said(o, s))")
            #expect(d.message.contains("server does not support SSL, but SSL was required"), "\(d.message)")
            #expect(d.hint?.contains("does not offer TLS") == true, "\(d.hint ?? "")")
            #expect(s.state.connections.isEmpty)
            #expect(!s.run("connect t \(base) sslmode=disable").failed)
        }
    }

    @Test(.enabled(if: ConnectionOptionTests.hasOpenSSL, "no openssl to make the test server's certificate"))
    func tlsConnection() throws {
        try tcpCluster { dir, base in
            let port = base.split(separator: " ")[1].dropFirst(5)
            try TestServer.cluster(["tls", dir], port: Int(port))
            let s = TestServer.session()
            let o = s.run("connect t \(base) sslmode=require")
            #expect(!o.failed, "\(said(o, s))")
            let q = s.run("load t query \"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()\" as tls")
            #expect(!q.failed, "\(said(q, s))")
            #expect(s.tables["tls"]?.table.columns.first?.value(at: 0) == .boolean(true))
            // verify-full checks the certificate: without its CA, one message and a hint …
            let unverified = s.run("connect v host=localhost port=\(port) user=postgres dbname=postgres sslmode=verify-full sslrootcert=/nonexistent/root.crt")
            #expect(unverified.failed)
            let d = try #require(diagnostic(unverified))
            #expect(d.message.contains("root certificate file"), "\(d.message)")
            #expect(d.hint?.contains("sslrootcert=FILE") == true, "\(d.hint ?? "")")
            // … with it, the connection is verified.
            let verified = s.run("connect v host=localhost port=\(port) user=postgres dbname=postgres sslmode=verify-full sslrootcert=\(dir)/data/server.crt")
            #expect(!verified.failed, "\(said(verified, s))")
        }
    }
}
