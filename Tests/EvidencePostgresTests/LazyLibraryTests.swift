import Foundation
import Testing
import EvidenceTestSupport

/// libpq is opened on the first `connect`, not at every start (docs/architecture.md,
/// "PostgreSQL"): the dynamic loader's own trace (glibc's LD_DEBUG=files, on stderr) names each
/// library it opens.
@Suite struct LazyLibraryTests {
    static func opensLibpq(_ r: EvshBinary.Result) -> Bool { r.stderr.contains("file=libpq.so.5") }

    @Test func aStartWithoutADatabaseDoesNotOpenLibpq() throws {
        let r = try EvshBinary.run(["-c", "load demo; count"], environment: ["LD_DEBUG": "files"])
        #expect(r.status == 0, "\(r.stderr.split(separator: "\n").filter { !$0.contains(":\t") }.joined(separator: "\n"))")
        // The trace is there (so its absence of libpq means something) …
        #expect(r.stderr.contains("file=libedit.so.2"))
        // … and libpq is not in it.
        #expect(!Self.opensLibpq(r))
    }

    @Test(.enabled(if: TestServer.available, TestServer.reason))
    func connectOpensLibpq() throws {
        let r = try EvshBinary.run(["-c", "connect db \(TestServer.url()); load db.public.many as m; count"], environment: ["LD_DEBUG": "files"])
        #expect(r.status == 0, "\(r.stderr.split(separator: "\n").filter { !$0.contains(":\t") }.joined(separator: "\n"))")
        #expect(Self.opensLibpq(r))
    }

    /// Whether this process may make a mount namespace of its own (root, or unprivileged user
    /// namespaces): there a file can hide libpq from one child without touching the machine.
    static let canHideLibpq: Bool = {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else { return false }
        return (try? EvshBinary.shell("unshare -m true").status) == 0
    }()

    /// Without libpq the shell still runs, and `connect` says what to install.
    @Test(.enabled(if: canHideLibpq, "unshare -m is not allowed here, so libpq cannot be hidden from a child"))
    func aMissingLibpqIsReportedByConnect() throws {
        let bin = try #require(TestPaths.evsh)
        let script = """
            lib=$(readlink -f "$(ldconfig -p | awk '/libpq\\.so\\.5 /{print $NF; exit}')")
            [ -f "$lib" ] || { echo "no libpq.so.5 found by ldconfig" >&2; exit 99; }
            : > empty.so
            mount --bind "$PWD/empty.so" "$lib" && exec '\(bin)' -c 'load demo; connect db postgres://x@/db?host=/nonexistent; count'
            """
        let r = try EvshBinary.shell("unshare -m sh -c \"$SCRIPT\"", environment: ["SCRIPT": script])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains("error: cannot open PostgreSQL's client library: "))
        #expect(r.stderr.contains("hint: install it (Debian: apt-get install libpq5), then connect again"))
        // The session went on: the count after the failed connect ran.
        #expect(r.stdout.hasSuffix("300 rows\n"))
    }
}
