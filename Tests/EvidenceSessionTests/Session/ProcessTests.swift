import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// The built evsh binary, driven as a user would: through a pipe, killed with SIGKILL, and in a
/// real terminal (tmux). Shown as skipped, with the reason, when the binary or tmux is missing.
@Suite(.serialized) struct ProcessTests {
    static let script = "#: hello room\nload demo\ncount by class\ncount by year\ncount\n"
    static let evsh = TestPaths.evsh
    static let noBinary: Comment = "no evsh binary in .build/debug or .build/release: build it with 'swift build --build-tests'"
    static let hasTmux = FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")

    static func wait(seconds: Double = 20, _ done: () -> Bool) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if done() { return true }
            usleep(50_000)
        }
        return done()
    }

    /// `evsh run --step` over the tour script, written into `dir`, with its state there too.
    static func stepThroughTour(_ evsh: String, in dir: String) throws -> Process {
        try script.write(toFile: dir + "/tour.evsh", atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: evsh)
        p.arguments = ["run", "--step", dir + "/tour.evsh"]
        p.environment = ["XDG_STATE_HOME": dir + "/state", "PATH": "/usr/bin:/bin"]
        return p
    }

    @Test(.enabled(if: evsh != nil, noBinary))
    func stepModeThroughAPipe() throws {
        let evsh = try #require(Self.evsh)
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let p = try Self.stepThroughTour(evsh, in: dir)
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Enter runs 'load demo', s skips 'count by class', e explores, then continue, Enter runs
        // 'count by year', q ends before 'count'.
        input.fileHandleForWriting.write(Data("\ns\ne\nlist limit 1\ncontinue\n\nq\n".utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(text.contains("hello room"))
        #expect(text.contains("evsh> load demo"))
        #expect(text.contains("demo: 300 rows"))
        #expect(text.contains("evsh> count by class"))
        #expect(!text.contains("300 rows in 6 groups"))          // skipped
        #expect(text.contains("evsh (paused)> "))
        #expect(text.contains("E001"))                           // the explored command ran
        #expect(text.contains("300 rows in 3 groups"))           // count by year, after continue
        #expect(!text.contains("\n300 rows\n"))                  // q: 'count' never ran
    }

    @Test(.enabled(if: evsh != nil, noBinary))
    func theJournalSurvivesKill9() throws {
        let evsh = try #require(Self.evsh)
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let p = try Self.stepThroughTour(evsh, in: dir)
        let input = Pipe()
        p.standardInput = input
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        input.fileHandleForWriting.write(Data("\n\n".utf8))
        var journal = ""
        let written = Self.wait {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir + "/state/evsh")) ?? []
            guard let n = names.first(where: { $0.hasPrefix("journal-\(p.processIdentifier)-") }) else { return false }
            journal = dir + "/state/evsh/" + n
            return ((try? String(contentsOfFile: journal, encoding: .utf8)) ?? "").contains("count by class")
        }
        #expect(written)
        kill(p.processIdentifier, SIGKILL)   // in the middle of the session, waiting for a key
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal)
        #expect(mode(of: journal) == 0o600)

        let left = Journal.leftovers(in: dir + "/state/evsh")
        #expect(left.first?.unsaved == ["note hello room", "load demo", "count by class"])
        let s = session(in: dir, state: dir + "/state/evsh")
        #expect(rendered(s.run("session recover"), s).contains("recovered 3 commands"))
        #expect(s.entries.filter(\.recorded).map(\.input) == ["note hello room", "load demo", "count by class"])
    }

    @Test(.enabled(if: evsh != nil, noBinary),
          .enabled(if: hasTmux, "no /usr/bin/tmux (make test installs it): the real-terminal step mode is not tried"))
    func stepModeInARealTerminal() throws {
        let evsh = try #require(Self.evsh)
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        try Self.script.write(toFile: dir + "/tour.evsh", atomically: true, encoding: .utf8)
        try "".write(toFile: dir + "/tmux.conf", atomically: true, encoding: .utf8)
        let sock = "evsh-step-\(getpid())"
        func tmux(_ args: [String], capture: Bool = true) -> String {
            runTool("/usr/bin/tmux", ["-L", sock, "-f", dir + "/tmux.conf"] + args, capture: capture)
        }
        defer {
            _ = tmux(["kill-server"], capture: false)
            unlink("/tmp/tmux-\(getuid())/\(sock)")   // the socket, when tmux leaves it behind
        }
        let cmd = "XDG_STATE_HOME=\(dir)/state \(evsh) run --step \(dir)/tour.evsh; echo EXIT=$?; sleep 60"
        _ = tmux(["new-session", "-d", "-s", "t", "-x", "120", "-y", "50", cmd], capture: false)
        func screen() -> String { tmux(["capture-pane", "-p", "-t", "t", "-S", "-200"]) }
        func sees(_ s: String) -> Bool { Self.wait { screen().contains(s) } }
        // The prompt is on the last line; a moment more lets evsh switch the terminal to raw keys.
        func prompted(_ s: String) -> Bool {
            let ok = Self.wait { screen().split(separator: "\n").last.map { $0.trimmingCharacters(in: .whitespaces) == s } ?? false }
            usleep(200_000)
            return ok
        }

        #expect(prompted("evsh> load demo"))
        _ = tmux(["send-keys", "-t", "t", "Enter"])                 // runs load demo
        #expect(prompted("evsh> count by class"))
        _ = tmux(["send-keys", "-t", "t", "s"])                     // skips it, one key, no Enter
        #expect(prompted("evsh> count by year"))
        _ = tmux(["send-keys", "-t", "t", "e"])                     // explore
        #expect(prompted("evsh (paused)>"))
        _ = tmux(["send-keys", "-t", "t", "count by gender", "Enter"])
        #expect(sees("300 rows in 2 groups"))
        #expect(prompted("evsh (paused)>"))
        _ = tmux(["send-keys", "-t", "t", "continue", "Enter"])
        #expect(prompted("evsh> count by year"))
        _ = tmux(["send-keys", "-t", "t", " "])                     // Space runs count by year
        #expect(sees("300 rows in 3 groups"))
        #expect(prompted("evsh> count"))
        _ = tmux(["send-keys", "-t", "t", "q"])
        #expect(sees("EXIT=0"))
        let final = screen()
        #expect(final.contains("demo: 300 rows"))
        #expect(!final.contains("300 rows in 6 groups"))
    }
}

extension ProcessTests {
    @Test(.enabled(if: evsh != nil, noBinary))
    func checkExitsOneWithADiffWhenAnOutputChanged() throws {
        let evsh = try #require(Self.evsh)
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let s = Session()
        s.run("load demo"); s.run("count by class")
        let md = TranscriptWriter.render(s)
        try md.write(toFile: dir + "/good.md", atomically: true, encoding: .utf8)
        try md.replacingOccurrences(of: "│ 6B    │ 50 │", with: "│ 6B    │ 49 │").write(toFile: dir + "/bad.md", atomically: true, encoding: .utf8)
        func check(_ name: String) throws -> (Int32, String) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: evsh)
            p.arguments = ["check", dir + "/" + name]
            let out = Pipe()
            p.standardOutput = out
            p.standardError = FileHandle.nullDevice
            try p.run()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            return (p.terminationStatus, text)
        }
        let (okStatus, okText) = try check("good.md")
        #expect(okStatus == 0)
        #expect(okText.contains("2 commands, every output as recorded"))
        let (badStatus, badText) = try check("bad.md")
        #expect(badStatus == 1)
        #expect(badText.contains("-│ 6B    │ 49 │\n+│ 6B    │ 50 │"))
        #expect(badText.contains("1 of 2 outputs changed"))
    }
}
