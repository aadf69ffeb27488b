import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import EvidenceData
import EvidenceSession
import EvidencePostgres
import EvidenceTestSupport

/// The throwaway cluster `make test` starts (Tests/postgres/cluster.sh), as its environment
/// tells it. Tests that need it are `.enabled(if: TestServer.available, TestServer.reason)`:
/// they skip, with that reason, only when no server could be started.
enum TestServer {
    static let env = ProcessInfo.processInfo.environment
    static var host: String? { env["EVSH_TEST_PGHOST"] }
    static var port: String { env["EVSH_TEST_PGPORT"] ?? "5432" }
    static var available: Bool { host != nil }
    static var reason: Comment {
        Comment(rawValue: env["EVSH_TEST_PG_MISSING"] ?? "no PostgreSQL test server: run the tests with 'make test' (Tests/postgres/cluster.sh starts one)")
    }
    /// The fixtures' password role's password (fixtures.sql).
    static let password = "S3cret-pw!x"

    /// A URL for a fixture role; the socket folder goes in `host=` (a path is not a URL host).
    static func url(user: String = "evsh_ro", password: String? = nil, database: String = "postgres", extra: String = "") -> String {
        "postgres://\(user)\(password.map { ":" + $0 } ?? "")@/\(database)?host=\(host ?? "/nonexistent")&port=\(port)\(extra)"
    }

    /// A session with the libpq driver and a state folder of its own (a pseudonym key is made there).
    static func session(state: String? = nil) -> Session {
        let dir = state ?? temporaryDirectory()
        let s = Session(environment: SessionEnvironment(terminalWidth: { 200 }, stateDirectory: dir, workingDirectory: dir,
                                                        databases: PostgresConnector()))
        return s
    }

    /// A session connected as `s` with the read-only fixture role.
    static func connected() -> Session {
        let s = session()
        let o = s.run("connect s \(url())")
        #expect(!o.failed, "connect failed: \(rendered(o, s))")
        return s
    }

    /// `cluster.sh start|stop DIR`. Through system(3), not Process: the server it starts
    /// inherits Process's exit-watching descriptor, and Process would wait for the server too.
    /// `port`, when given, is the cluster's (a TCP one needs a free port); the exit status.
    @discardableResult
    static func cluster(_ arguments: [String], port: Int? = nil, expect: Bool = true) throws -> Int32 {
        let command = ([TestPaths.packageRoot + "/Tests/postgres/cluster.sh"] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let status = system((port.map { "EVSH_TEST_PGPORT=\($0) " } ?? "") + command + " </dev/null >/dev/null 2>&1")
        if expect { #expect(status == 0, "cluster.sh \(arguments.joined(separator: " ")) failed") }
        return status == -1 ? -1 : (status >> 8) & 0xFF
    }

    /// A TCP port nobody listens on just now (the kernel's pick for port 0).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EMFILE) }
        defer { close(fd) }
        var a = sockaddr_in()
        a.sin_family = sa_family_t(AF_INET)
        a.sin_addr.s_addr = inet_addr("127.0.0.1")
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &a) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) == 0 && getsockname(fd, $0, &len) == 0 }
        }
        guard ok else { throw POSIXError(.EADDRINUSE) }
        return Int(UInt16(bigEndian: a.sin_port))
    }
}

/// The output's first table.
func firstTable(_ o: Output) -> ResultTable? {
    for b in o.blocks { if case .table(let t) = b { return t } }
    return nil
}

/// What the output says: the rendered text and, unwrapped, every message's and warning's text
/// and every diagnostic's message and hint (rendering wraps long lines such as the SQL).
func said(_ o: Output, _ s: Session) -> String {
    var parts = [rendered(o, s)]
    for b in o.blocks {
        switch b {
        case .message(let p), .warning(let p): parts.append(p.text)
        case .diagnostic(let d): parts.append(d.message); parts.append(d.hint ?? "")
        default: break
        }
    }
    return parts.joined(separator: "\n")
}
