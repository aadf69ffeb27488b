import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Every transcript in sessions/ is re-run and must match: the folder is a golden test suite,
/// and `make test` runs it as part of the one `swift test`. sessions/errors/ holds sessions of
/// the diagnostics a user meets: there failing commands are expected, are kept in the
/// transcript and are compared like every other output.
struct SessionsFolderTests {
    /// "NAME.md" for sessions/, "errors/NAME.md" for sessions/errors/, "sv/NAME.md" for the
    /// sessions in Swedish (their transcripts say `language=sv`; docs/shell.md, "Language").
    static let transcripts: [String] = markdownFiles(in: "") + markdownFiles(in: "errors/") + markdownFiles(in: "sv/")

    static func markdownFiles(in folder: String) -> [String] {
        let dir = TestPaths.packageRoot + "/sessions/" + folder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted().map { folder + $0 }
    }

    static func expectsFailures(_ name: String) -> Bool { name.hasPrefix("errors/") }

    static let recording = ProcessInfo.processInfo.environment["RECORD_SESSIONS"] == "1"

    /// The folder a transcript's commands run in (its files load relative to it), and the
    /// transcript's and the script's paths.
    static func files(_ name: String) -> (dir: String, md: String, script: String) {
        let md = TestPaths.packageRoot + "/sessions/" + name
        return ((md as NSString).deletingLastPathComponent, md, String(md.dropLast(3)) + ".evsh")
    }

    @Test func thereAreTranscripts() {
        #expect(Self.transcripts.contains("workshop-tour.md"))
        #expect(Self.transcripts.contains("errors/names.md"))
        #expect(Self.transcripts.contains("sv/compare.md"))
    }

    /// After a deliberate change of output, `RECORD_SESSIONS=1 swift test --filter
    /// SessionsFolderTests` re-makes every transcript from its script (keeping its title).
    /// Sessions in errors/ run past their failures and keep them.
    static func record(_ name: String) throws {
        let (dir, md, scriptPath) = files(name)
        let old = (try? String(contentsOfFile: md, encoding: .utf8)) ?? ""
        let title = old.split(separator: "\n").first.map { String($0.dropFirst(2)) }
        let script = try String(contentsOfFile: scriptPath, encoding: .utf8)
        let s = Session(environment: SessionEnvironment(terminalWidth: { 100 }, workingDirectory: dir))
        let failures = expectsFailures(name)
        // Exports run into a scratch folder, as under `evsh check`; what an export wrote becomes
        // the file beside the transcript that the check compares with.
        let scratch = temporaryDirectory(); defer { cleanup(scratch) }
        s.state.recording.writesInto = scratch
        _ = ScriptRunner(session: s, options: .init(keepGoing: failures, safe: true)).run(text: script, file: scriptPath) { _ in }
        for w in s.state.recording.redirectedWrites where w.compared {
            _ = try? FileManager.default.removeItem(atPath: w.asked)
            try FileManager.default.copyItem(atPath: w.written, toPath: w.asked)
        }
        try AtomicFile.save(TranscriptWriter.render(s, includeFailed: failures, title: title), to: md)
    }

    @Test("sessions/*.md check clean", arguments: transcripts)
    func transcriptChecksClean(_ name: String) throws {
        let (dir, md, _) = Self.files(name)
        if Self.recording { try Self.record(name) }
        let text = try String(contentsOfFile: md, encoding: .utf8)
        let report = TranscriptChecker.check(text, environment: SessionEnvironment(workingDirectory: dir))
        #expect(report.steps > 0)
        #expect(report.passed, "\(report.lines(file: "sessions/" + name).joined(separator: "\n"))")
    }

    /// Each transcript has its script beside it, and the script replays without a failure.
    @Test("sessions/*.evsh replay", arguments: transcripts.filter { !expectsFailures($0) })
    func scriptReplays(_ name: String) throws {
        let (dir, _, script) = Self.files(name)
        let text = try String(contentsOfFile: script, encoding: .utf8)
        let s = Session(environment: SessionEnvironment(workingDirectory: dir))
        let scratch = temporaryDirectory(); defer { cleanup(scratch) }
        s.state.recording.writesInto = scratch
        let r = ScriptRunner(session: s, options: .init(safe: true)).run(text: text, file: script) { _ in }
        #expect(r.exitStatus == .ok)
    }

    /// A session in errors/ replays to its end past its failures, its transcript holds every
    /// command of the script (the failing ones too, so the check compares their diagnostics),
    /// and it shows what it is there for: at least one error or warning.
    @Test("sessions/errors/*.evsh keep their failures",
          .disabled(if: recording, "RECORD_SESSIONS=1 is re-making the transcripts this test reads"),
          arguments: transcripts.filter(expectsFailures))
    func errorSessionKeepsEveryCommand(_ name: String) throws {
        let (dir, md, script) = Self.files(name)
        let text = try String(contentsOfFile: script, encoding: .utf8)
        let doc = ScriptDocument(text: text)
        let commands = doc.items.indices.compactMap { i -> String? in
            guard case .command(let c, _) = doc.items[i], NoteCommand.text(of: c) == nil else { return nil }
            return doc.comments[i].map { c + "  # " + $0 } ?? c
        }
        let s = Session(environment: SessionEnvironment(workingDirectory: dir))
        let r = ScriptRunner(session: s, options: .init(keepGoing: true, safe: true)).run(text: text, file: script) { _ in }
        #expect(r.commandsRun == commands.count, "safe mode refused a command: it cannot be in the transcript")
        let steps = TranscriptChecker.parse(try String(contentsOfFile: md, encoding: .utf8)).steps
        #expect(steps.map(\.command) == commands)
        let diagnostics = steps.flatMap(\.expected).filter { $0.hasPrefix("error:") || $0.contains(": error: ") || $0.hasPrefix("warning:") }
        #expect(!diagnostics.isEmpty, "an error session in which nothing goes wrong")
    }
}
