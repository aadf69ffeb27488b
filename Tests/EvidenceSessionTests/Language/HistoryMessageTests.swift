import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `history` in Swedish (issue 15).
struct HistoryMessageTests {
    @Test func failedCommandsNote() {
        SwedishCommandCheck.check(["load demo", "cuont"], "history",
              en: "(✗ failed: 1; left out of 'session save' unless 'with failed=true')",
              sv: "(✗ misslyckade: 1; utelämnas ur 'session save' om inte 'with failed=true')")
    }

    @Test func nothingYet() {
        let s = Session(environment: .plain)
        s.settings.language = .sv
        #expect(TextRenderer.renderString(s.run("history"), options: s.renderOptions) == "inga kommandon än")
        let e = Session(environment: .plain)
        #expect(TextRenderer.renderString(e.run("history"), options: e.renderOptions) == "no commands yet")
    }
}
