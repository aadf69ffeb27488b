import Foundation
import Testing
@testable import EvidenceCore

/// Every transcript in sessions/ is re-run and must match: the folder is a golden test suite,
/// and `make test` runs it as part of the one `swift test`.
struct SessionsFolderTests {
    static let transcripts: [String] = {
        let dir = packageRoot() + "/sessions"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted()
    }()

    @Test func thereAreTranscripts() {
        #expect(Self.transcripts.contains("workshop-tour.md"))
    }

    /// After a deliberate change of output, `RECORD_SESSIONS=1 swift test --filter
    /// SessionsFolderTests` re-makes every transcript from its script (keeping its title).
    static func record(_ name: String, in dir: String) throws {
        let md = dir + "/" + name
        let old = (try? String(contentsOfFile: md, encoding: .utf8)) ?? ""
        let title = old.split(separator: "\n").first.map { String($0.dropFirst(2)) }
        let script = try String(contentsOfFile: dir + "/" + name.dropLast(3) + ".evsh", encoding: .utf8)
        let s = Session(environment: SessionEnvironment(terminalWidth: { 100 }, workingDirectory: dir))
        _ = ScriptRunner(session: s, options: .init(safe: true)).run(text: script, file: name) { _ in }
        try AtomicFile.save(TranscriptWriter.render(s, title: title), to: md)
    }

    @Test("sessions/*.md check clean", arguments: transcripts)
    func transcriptChecksClean(_ name: String) throws {
        let dir = packageRoot() + "/sessions"
        if ProcessInfo.processInfo.environment["RECORD_SESSIONS"] == "1" { try Self.record(name, in: dir) }
        let text = try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
        let report = TranscriptChecker.check(text, environment: SessionEnvironment(workingDirectory: dir))
        #expect(report.steps > 0)
        #expect(report.passed, "\(report.lines(file: "sessions/" + name).joined(separator: "\n"))")
    }

    /// Each transcript has its script beside it, and the script replays without a failure.
    @Test("sessions/*.evsh replay", arguments: transcripts)
    func scriptReplays(_ name: String) throws {
        let dir = packageRoot() + "/sessions"
        let script = dir + "/" + name.dropLast(3) + ".evsh"
        let text = try String(contentsOfFile: script, encoding: .utf8)
        let r = ScriptRunner(session: Session(environment: SessionEnvironment(workingDirectory: dir)),
                             options: .init(safe: true)).run(text: text, file: script) { _ in }
        #expect(r.exitStatus == .ok)
    }
}
