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

    @Test("sessions/*.md check clean", arguments: transcripts)
    func transcriptChecksClean(_ name: String) throws {
        let dir = packageRoot() + "/sessions"
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
        #expect(r.exitStatus == 0)
    }
}
