import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct SaveAndReplayTests {
    static let work = ["load demo", "note Class 5A changed its reading programme", "describe",
                       "count by class  # students per class", "list student_id class limit 3", "count"]

    @Test func saveThenReplayGivesIdenticalOutputs() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let a = session(in: dir)
        let originals = Self.work.map { rendered(a.run($0), a) }
        a.run("cuont")          // failed: left out
        a.run("history")        // a session command: not written
        let saved = a.run("session save s.evsh")
        #expect(!saved.failed, "\(rendered(saved, a))")
        let text = try String(contentsOfFile: dir + "/s.evsh", encoding: .utf8)
        #expect(text.contains("# evsh-version: \(Session.evshVersion)"))
        #expect(text.contains("# data: demo builtin=yes rows=300 sha256="))
        #expect(text.contains("count by class  # students per class"))
        #expect(!text.contains("cuont"))
        #expect(!text.contains("history"))
        #expect(!text.contains("session save"))

        let b = session(in: dir)
        var replayed: [String] = []
        let r = ScriptRunner(session: b).run(text: text, file: "s.evsh") { ev in
            if case .output(let o) = ev { replayed.append(rendered(o, b)) }
            if case .narration(let t) = ev { replayed.append(t) }
        }
        #expect(r.exitStatus == .ok)
        #expect(r.failures.isEmpty)
        // The note's text is narration; every other output is identical.
        #expect(replayed == [originals[0], "Class 5A changed its reading programme"] + originals[2...])
        #expect(b.entries.map(\.input) == Self.work.map { ScriptText.stripComment($0).trimmed() })
    }

    @Test func failedCommandsKeptWhenAsked() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let s = session(in: dir)
        s.run("load demo"); s.run("cuont")
        let o = s.run("session save f.evsh with failed=true")
        #expect(rendered(o, s).contains("saved 2 commands"))
        let text = try String(contentsOfFile: dir + "/f.evsh", encoding: .utf8)
        #expect(text.contains("cuont  # (failed when recorded)"))
    }

    @Test func atomicSaveLeavesNoTempFileAndMode0600EvenOverAWorldReadableFile() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let target = dir + "/keep.evsh"
        FileManager.default.createFile(atPath: target, contents: Data("old\n".utf8), attributes: [.posixPermissions: 0o644])
        #expect(mode(of: target) == 0o644)
        let s = session(in: dir)
        s.run("load demo")
        #expect(!s.run("session save keep.evsh").failed)
        #expect(mode(of: target) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["keep.evsh"])
        #expect(!s.run("session export keep.md").failed)
        #expect(mode(of: dir + "/keep.md") == 0o600)
        #expect(!s.run("session save keep.evsh").failed)   // overwrite again
        #expect(mode(of: target) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["keep.evsh", "keep.md"])
    }

    @Test func saveIntoAMissingFolderFailsCleanly() {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let s = session(in: dir)
        s.run("load demo")
        let o = s.run("session save no/such/folder/x.evsh")
        #expect(o.status == .failed(.data))
        #expect(rendered(o, s).contains("the folder") && rendered(o, s).contains("does not exist"))
    }

    @Test func aScriptErrorStopsAtItsLineWithUsageStatus() {
        let s = session(in: NSTemporaryDirectory())
        let script = "# a comment\nload demo\n\ncount by clas\ncount\n"
        var messages: [String] = []
        var failureText = ""
        let r = ScriptRunner(session: s).run(text: script, file: "bad.evsh") { ev in
            if case .stopped(let m) = ev { messages.append(m) }
            if case .output(let o) = ev, o.failed { failureText = rendered(o, s) }
        }
        #expect(r.exitStatus == .usage)
        #expect(r.failures == [4])
        #expect(r.commandsRun == 2)
        #expect(failureText.hasPrefix("bad.evsh:4: error: unknown column 'clas'"))
        #expect(messages == ["bad.evsh:4: stopped at the first failing command (--keep-going runs on past failures)"])
    }

    @Test func keepGoingRunsPastFailuresAndKeepsTheFirstStatus() {
        let s = session(in: NSTemporaryDirectory())
        let r = ScriptRunner(session: s, options: .init(keepGoing: true)).run(text: "cuont\nload demo\ncount by nope\ncount", file: "k.evsh") { _ in }
        #expect(r.failures == [1, 3])
        #expect(r.exitStatus == .usage)
        #expect(r.commandsRun == 4)
        #expect(s.entries.last?.input == "count")
    }

    @Test func runInsideTheShellRecordsTheScriptsCommands() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        try "load demo\n#: the classes\ncount by class\n".write(toFile: dir + "/t.evsh", atomically: true, encoding: .utf8)
        let s = session(in: dir)
        let o = s.run("run t.evsh")
        #expect(!o.failed)
        #expect(rendered(o, s).contains("the classes"))
        #expect(rendered(o, s).contains("> count by class\n┌"))
        #expect(s.entries.filter(\.recorded).map(\.input) == ["load demo", "note the classes", "count by class"])
        let bad = s.run("run missing.evsh")
        #expect(bad.failed)
        #expect(rendered(bad, s).contains("cannot read 'missing.evsh'"))
    }

    @Test func aScriptThatRunsItselfStops() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        try "count\nrun loop.evsh\n".write(toFile: dir + "/loop.evsh", atomically: true, encoding: .utf8)
        let s = session(in: dir)
        s.run("load demo")
        let o = s.run("run loop.evsh")
        #expect(o.failed)
        #expect(rendered(o, s).contains("nested more than \(ScriptRunner.maxDepth) deep"))
    }

    @Test func historyAndRerun() {
        let s = session(in: NSTemporaryDirectory())
        s.run("load demo"); s.run("cuont"); s.run("count")
        let h = rendered(s.run("history"), s)
        #expect(h.contains("2 ✗ cuont"))
        let again = s.run("rerun 3")
        #expect(rendered(again, s).contains("300 rows"))
        #expect(s.entries.filter(\.recorded).map(\.input) == ["load demo", "cuont", "count", "count"])
        #expect(s.run("rerun 4").failed)   // 4 is 'history', a session command
        #expect(s.run("rerun x").failed)
    }
}

struct CommentTests {
    @Test func commentsTravelFromScriptToEntriesToSavedScript() {
        let s = Session()
        let script = "load demo  # the demo school\n# a line of its own\ncount; count by class # per class\n"
        _ = ScriptRunner(session: s).run(text: script, file: "c.evsh") { _ in }
        #expect(s.entries.map(\.comment) == ["the demo school", nil, "per class"])
        let saved = SessionScript.render(s)
        #expect(saved.contains("load demo  # the demo school\ncount\ncount by class  # per class\n"))
        // The prompt and piped input split lines with ScriptText: the comment stays with its command.
        let cmds = ScriptText.commands(in: "count # rows\nload demo")
        #expect(cmds.map(\.withComment) == ["count  # rows", "load demo"])
    }
}

struct WindowsScriptTests {
    @Test func byteOrderMarkAndCRLFAreRead() {
        let doc = ScriptDocument(text: "\u{FEFF}load demo\r\n#: the classes\r\ncount by class  # per class\r\n")
        #expect(doc.items == [.command("load demo", line: 1), .narration("the classes", line: 2), .command("count by class", line: 3)])
        #expect(doc.comments[2] == "per class")
        let s = Session()
        s.run("load demo")
        let md = "\u{FEFF}" + TranscriptWriter.render(s).replacingOccurrences(of: "\n", with: "\r\n")
        #expect(TranscriptChecker.check(md).passed)
    }
}

extension WindowsScriptTests {
    @Test func scriptTextSplitsCRLF() {
        #expect(ScriptText.commands(in: "load demo\r\ncount\r\n").map(\.text) == ["load demo", "count"])
    }
}
