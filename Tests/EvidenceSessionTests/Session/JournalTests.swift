import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct JournalTests {
    /// A pid that certainly belongs to no running process: a child that has already exited.
    static func deadPid() throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/true")
        try p.run()
        p.waitUntilExit()
        return p.processIdentifier
    }

    /// The fuzzer's journal seeds, read as `session recover` reads them: a torn last line and an
    /// altered line are never replayed; a save mark empties what is unsaved.
    @Test func journalContentsKeepOnlyCheckedCommands() throws {
        let seeds = TestPaths.inPackage("Fuzz/seeds/journal")
        let saved = Journal.contents(of: try String(contentsOfFile: seeds + "/saved-and-failed.evsh", encoding: .utf8))
        #expect(saved.folder == "/tmp/school")
        #expect(saved.commands == ["load demo", "filter year == 6 -> sexa", "compare reading c1 -> c2 by class  # the term's classes", "let gain = c2 - c1"])
        #expect(saved.unsaved == ["compare reading c1 -> c2 by class  # the term's classes", "let gain = c2 - c1"])
        #expect(saved.torn.isEmpty)
        let torn = Journal.contents(of: try String(contentsOfFile: seeds + "/torn.evsh", encoding: .utf8))
        #expect(torn.commands == ["load demo"])
        #expect(torn.torn == ["count by cla", "filter year == 7 #~" + Journal.checksum("filter year == 6")])
        let old = Journal.contents(of: "# evsh journal\nload demo\ncount by class\n")
        #expect(old.commands == ["load demo", "count by class"] && old.torn.isEmpty)
    }

    @Test func everyCompletedCommandIsJournaledWithMode0600() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let state = dir + "/state"
        let s = session(in: dir, state: state)
        s.run("load demo"); s.run("cuont"); s.run("count by class  # per class"); s.run("history")
        let path = try #require(s.journal?.path)
        #expect(path.hasPrefix(state + "/journal-\(getpid())-") && path.hasSuffix(".evsh"))
        #expect(mode(of: path) == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let body = text.split(separator: "\n").map(String.init)
            .filter { !$0.hasPrefix("# evsh") && !$0.hasPrefix("# saved:") && !$0.hasPrefix("# journal-format") && !$0.hasPrefix("# folder:") }
            .map { Journal.verified($0) ?? $0 }
        #expect(body == ["load demo", "# failed: cuont", "count by class  # per class"])
    }

    /// Issue 13, item 16: journals of ended sessions are pruned to the newest few when a new
    /// journal starts; a live session's (locked) journal is kept whatever its age.
    @Test func journalsOfEndedSessionsArePruned() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let state = dir + "/state"
        let live = session(in: dir, state: state)
        live.run("load demo")
        let livePath = try #require(live.journal?.path)
        let dead = try Self.deadPid()
        var ended: [String] = []
        for i in 0..<8 {
            let p = state + "/journal-\(dead)-old\(i).evsh"
            try "# evsh journal\nload demo\n".write(toFile: p, atomically: true, encoding: .utf8)
            // Oldest first; the live journal is older than all of them.
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: Double(i - 100))], ofItemAtPath: p)
            ended.append(p)
        }
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -1000)], ofItemAtPath: livePath)
        let s = session(in: dir, state: state)
        s.run("load demo")
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: state).map { state + "/" + $0 })
        #expect(left.contains(livePath), "a live session's journal stays")
        #expect(left.contains(try #require(s.journal?.path)))
        #expect(Set(ended.suffix(Journal.journalsKept)).isSubset(of: left), "the newest ended ones stay")
        #expect(left.isDisjoint(with: ended.prefix(ended.count - Journal.journalsKept)), "older ones go")
        #expect(left.count == Journal.journalsKept + 2)
    }

    @Test func aNewSessionRecoversALeftOverJournal() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let state = dir + "/state"
        let old = session(in: dir, state: state)
        old.run("load demo"); old.run("note the tour"); old.run("count by class")
        // Pretend the process that wrote it died: move the journal to a dead pid's name.
        let left = state + "/journal-\(try Self.deadPid()).evsh"
        let oldPath = try #require(old.journal?.path)
        old.journal = nil                       // its process ended: the lock goes with it
        try FileManager.default.moveItem(atPath: oldPath, toPath: left)

        #expect(Journal.startHint(stateDirectory: state)?.contains("an unsaved session (3 commands)") == true)
        let s = session(in: dir, state: state)
        let o = s.run("session recover")
        #expect(rendered(o, s).contains("recovered 3 commands"))
        #expect(s.entries.filter(\.recorded).map(\.input) == ["load demo", "note the tour", "count by class"])
        #expect(s.currentName == "demo")
        #expect(!FileManager.default.fileExists(atPath: left))
        #expect(rendered(s.run("session recover"), s).contains("no unsaved session to recover"))
    }

    @Test func savedWorkIsNotOfferedAgain() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let state = dir + "/state"
        let old = session(in: dir, state: state)
        old.run("load demo"); old.run("session save done.evsh")
        let oldPath = try #require(old.journal?.path)
        old.journal = nil                       // its process ended: the lock goes with it
        try FileManager.default.moveItem(atPath: oldPath, toPath: state + "/journal-\(try Self.deadPid()).evsh")
        #expect(Journal.leftovers(in: state).isEmpty)
    }

    @Test func quitWithUnsavedWorkSaysWhereAndCleanQuitRemovesTheJournal() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let s = session(in: dir, state: dir + "/state")
        s.run("load demo")
        let path = try #require(s.journal?.path)
        let msg = try #require(Journal.closeMessage(s))
        #expect(msg.contains("1 unsaved command kept in \(path)"))
        s.run("session save x.evsh")
        #expect(Journal.closeMessage(s) == nil)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func noStateDirectoryNoJournal() {
        let s = Session()
        s.run("load demo")
        #expect(s.journal == nil)
    }
}

struct QuitTests {
    @Test func quitSaysWhereUnsavedWorkIsKeptOnce() {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let s = session(in: dir, state: dir + "/state")
        s.run("load demo")
        let o = s.run("quit")
        #expect(o.status == .quit)
        // Wrapped at the width: continuation lines are indented two spaces.
        #expect(rendered(o, s).replacingOccurrences(of: "\n  ", with: " ").contains("1 unsaved command kept in \(dir)/state/journal-"))
        #expect(Journal.closeMessage(s) == nil)
    }

    /// The one journal policy: only the prompt and a step-through keep a journal.
    @Test func onlyThePromptAndAStepThroughKeepAJournal() {
        let modes: [(SessionMode, Bool)] = [(.interactive, true), (.step, true), (.batch, false), (.replay, false), (.check, false)]
        for (mode, keeps) in modes {
            let s = Session(environment: .plain)
            s.beginJournal(mode)
            #expect(s.journalingEnabled == keeps, "\(mode)")
        }
    }
}
