#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import EvidenceTestSupport

/// The real prompt in a real terminal: evsh runs in a tmux pane (120×40, C.UTF-8, an empty
/// state folder) and is driven with send-keys; the screen is read with capture-pane.
@Suite(.serialized) struct TerminalTests {
    static let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    @Test(.enabled(if: tmux != nil, "tmux is not installed (make test installs it): the real-terminal test is skipped"),
          .timeLimit(.minutes(1)))
    func typeRecallCompleteCancelAndQuit() throws {
        let bin = try #require(TestPaths.evsh, "the evsh executable was not found")
        let dir = try TempDir()
        let t = try Tmux(binary: #require(Self.tmux))
        defer { t.kill() }
        try t.start("env -u NO_COLOR LANG=C.UTF-8 HOME=\(dir.path) XDG_STATE_HOME=\(dir.path)/state \(bin) --demo")
        try t.waitFor { $0.contains("evsh demo [2]>") }

        // UTF-8 editing: Left moves over one character, Backspace deletes a whole one.
        try t.type("help åäö")
        try t.waitFor { $0.contains("evsh demo [2]> help åäö") }
        try t.keys("Left", "BSpace")
        try t.type("x")
        try t.waitFor { $0.contains("evsh demo [2]> help åxö") }
        try t.keys("Enter")
        try t.waitFor { $0.contains("error: no command named 'åxö'") && $0.contains("evsh demo [3]>") }
        // On a terminal (NO_COLOR unset) the error is red.
        let coloured = t.capture(escapes: true).split(separator: "\n").first { $0.contains("error: no command") }
        #expect(coloured?.contains("\u{1B}[31m") == true)

        // Up recalls it intact; Ctrl-C drops the line and prompts again with the same number.
        try t.keys("Up")
        try t.waitFor { $0.contains("evsh demo [3]> help åxö") }
        try t.keys("C-c")
        try t.waitFor { screen in
            let lines = screen.split(separator: "\n")
            guard let i = lines.firstIndex(where: { $0.hasPrefix("evsh demo [3]> help åxö^C") }) else { return false }
            return lines[(i + 1)...].contains { $0.hasPrefix("evsh demo [3]>") }
        }

        // Tab completes a command name, then a column name.
        try t.type("cou")
        try t.keys("Tab")
        // (capture-pane drops the trailing space that completion typed)
        try t.waitFor { $0.split(separator: "\n").contains("evsh demo [3]> count") }
        try t.type("by cla")
        try t.keys("Tab")
        try t.waitFor { $0.contains("evsh demo [3]> count by class") }
        try t.keys("Enter")
        try t.waitFor { $0.contains("300 rows in 6 groups") && $0.contains("evsh demo [4]>") }
        #expect(t.capture().contains("│ 5A    │ 52 │"))

        // `\` continues the command on a second line.
        try t.type("count \\")
        try t.keys("Enter")
        try t.waitFor { $0.contains("   …>") }
        try t.type("by year")
        try t.keys("Enter")
        try t.waitFor { $0.contains("300 rows in 3 groups") && $0.contains("evsh demo [5]>") }

        // Several candidates: Tab completes as far as they agree, then lists them.
        try t.type("count by read")
        try t.keys("Tab")
        try t.waitFor { $0.contains("evsh demo [5]> count by reading_c") }
        try t.keys("Tab")
        try t.waitFor { $0.contains("reading_c1  reading_c2  reading_c3") }
        try t.keys("C-c")
        try t.waitFor { $0.split(separator: "\n").last { !$0.isEmpty } == "evsh demo [5]>" }

        // Ctrl-D on the empty line quits with status 0.
        try t.keys("C-d")
        try t.waitFor { $0.contains("evsh-exit=0") }

        let history = try readHistoryFile(dir.path + "/state/evsh/history")
        #expect(history == ["help åxö", "count by class", "count by year"])
        #expect(try mode(dir.path + "/state/evsh/history") == 0o600)
    }

    /// Ctrl-C stops a long bootstrap (20 000 students × 10 000 resamples, the most the prompt takes) within
    /// 0.5 s, and the prompt comes back with the session whole.
    @Test(.enabled(if: tmux != nil, "tmux is not installed (make test installs it): the real-terminal test is skipped"),
          .timeLimit(.minutes(1)))
    func ctrlCStopsALongBootstrap() throws {
        let bin = try #require(TestPaths.evsh, "the evsh executable was not found")
        let dir = try TempDir()
        var csv = "student_id,reading_c1,reading_c2\n"
        for i in 0..<20_000 { csv += "S\(i),\(400 + i % 97),\(410 + i % 89)\n" }
        try csv.write(toFile: dir.path + "/big.csv", atomically: true, encoding: .utf8)
        let t = try Tmux(binary: #require(Self.tmux))
        defer { t.kill() }
        try t.start("cd \(dir.path) && env LANG=C.UTF-8 HOME=\(dir.path) XDG_STATE_HOME=\(dir.path)/state \(bin) big.csv")
        try t.waitFor { $0.contains("evsh big [2]>") }
        try t.type("compare reading c1 -> c2 bootstrap 10000")
        try t.keys("Enter")
        usleep(300_000)
        // Typed ahead while the bootstrap runs: Ctrl-C stops the bootstrap, not this.
        try t.type("count")
        try t.keys("Enter")
        usleep(400_000)
        #expect(!t.capture().contains("evsh big [3]>"), "the bootstrap ended before Ctrl-C")
        let pressed = Date()
        try t.keys("C-c")
        try t.waitFor(timeout: 5) { $0.contains("interrupted") && $0.contains("evsh big [3]>") }
        let took = Date().timeIntervalSince(pressed)
        #expect(took < 0.5, "Ctrl-C took \(took) s")
        try t.waitFor { $0.contains("20000 rows") || $0.contains("20 000 rows") }
        try t.keys("C-d")
        try t.waitFor { $0.contains("evsh-exit=") }
    }

    @Test(.enabled(if: tmux != nil, "tmux is not installed (make test installs it): the real-terminal test is skipped"),
          .timeLimit(.minutes(1)))
    func noColorKeepsTheTerminalPlainUntilColorIsSetOn() throws {
        let bin = try #require(TestPaths.evsh, "the evsh executable was not found")
        let dir = try TempDir()
        let t = try Tmux(binary: #require(Self.tmux))
        defer { t.kill() }
        try t.start("env NO_COLOR=1 LANG=C.UTF-8 HOME=\(dir.path) XDG_STATE_HOME=\(dir.path)/state \(bin)")
        try t.waitFor { $0.contains("evsh [1]>") }
        try t.type("frob")
        try t.keys("Enter")
        try t.waitFor { $0.contains("unknown command 'frob'") && $0.contains("evsh [2]>") }
        try t.type("set color on; frob")
        try t.keys("Enter")
        try t.waitFor { $0.contains("evsh [4]>") }
        let errors = t.capture(escapes: true).split(separator: "\n").filter { $0.contains("error: unknown command") }
        #expect(errors.count == 2)
        #expect(errors.first?.contains("\u{1B}[") == false)
        #expect(errors.last?.contains("\u{1B}[31m") == true)
        try t.keys("C-d")
        try t.waitFor { $0.contains("evsh-exit=0") }
    }
}

/// A private tmux server (its own socket, no config) with one 120×40 session.
struct Tmux {
    let binary: String
    let socket = "evsh-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"

    init(binary: String) throws { self.binary = binary }

    /// Runs a tmux client command and returns its output. Spawned by hand, not with Foundation's
    /// Process: the tmux server daemon inherits what Process uses to watch its child, so
    /// waiting for the first client never ends. The spawn also clears the signal mask, which
    /// the test runner's threads would hand down to the server and to evsh.
    @discardableResult
    func run(_ args: [String]) throws -> String {
        let outPath = NSTemporaryDirectory() + "evsh-tmux-\(socket)-\(UInt32.random(in: 0...UInt32.max))"
        defer { unlink(outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attr, &empty)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK))
        let argv = ([binary, "-L", socket, "-f", "/dev/null"] + args).map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, binary, &actions, &attr, argv, environ)
        guard rc == 0 else { throw TmuxFailure(message: "posix_spawn \(binary): \(rc)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    }

    /// Runs `command` in the pane, then prints `evsh-exit=STATUS` there. (tmux's own
    /// #{pane_dead_status} was sometimes still empty long after the pane had died.)
    func start(_ command: String) throws {
        try run(["new-session", "-d", "-s", "t", "-x", "120", "-y", "40", command + "; echo evsh-exit=$?; sleep 60"])
    }

    func type(_ text: String) throws { try run(["send-keys", "-t", "t", "-l", text]) }

    /// Key names go one per send-keys call (`-l` would apply to all of them).
    func keys(_ names: String...) throws {
        for k in names { try run(["send-keys", "-t", "t", k]) }
    }

    /// The screen's text; with `escapes`, tmux's SGR sequences for the colours too.
    func capture(escapes: Bool = false) -> String {
        (try? run(["capture-pane", "-p"] + (escapes ? ["-e"] : []) + ["-t", "t"])) ?? ""
    }

    /// Polls the screen until `ok` holds. The timeout is generous for a loaded machine; a
    /// normal run of the whole test takes under a second.
    func waitFor(timeout: Double = 15, _ ok: (String) -> Bool,
                 sourceLocation: SourceLocation = #_sourceLocation) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = capture()
            if ok(last) { return }
            usleep(30_000)
        }
        Issue.record("timed out waiting; the screen was:\n\(last)", sourceLocation: sourceLocation)
        throw TmuxTimeout()
    }

    func kill() { _ = try? run(["kill-server"]) }
}

struct TmuxTimeout: Error {}
struct TmuxFailure: Error { var message: String }
