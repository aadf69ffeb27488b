import Testing
@testable import EvidenceShell
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct StepModeTests {
    @Test func keysMapToActions() {
        #expect(StepMode.action(forKey: "\n") == .run)
        #expect(StepMode.action(forKey: " ") == .run)
        #expect(StepMode.action(forKey: "s") == .skip)
        #expect(StepMode.action(forKey: "e") == .explore)
        #expect(StepMode.action(forKey: "q") == .quit)
        #expect(StepMode.action(forKey: "\u{03}") == .quit)
        #expect(StepMode.action(forKey: "x") == nil)
    }

    @Test func linesMapToActionsWhenNotATerminal() {
        #expect(StepMode.action(forLine: "") == .run)
        #expect(StepMode.action(forLine: " s ") == .skip)
        #expect(StepMode.action(forLine: "quit") == .quit)
    }
}
