#if canImport(Glibc)
import Glibc
#endif
@testable import EvidenceShell
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

@Suite(.serialized) struct InterruptsTests {
    /// Ctrl-C while a command runs reaches the session's cancellation, so computations that
    /// call `check()` stop with "interrupted"; the next command starts uncancelled.
    @Test func ctrlCDuringACommandCancelsIt() throws {
        var old = sigaction()
        sigaction(SIGINT, nil, &old)
        defer { sigaction(SIGINT, &old, nil) }
        Interrupts.install()
        let session = Shell.makeSession(cancellation: Interrupts.cancellation)
        let (caught, interrupted): ((any Error)?, Bool) = Interrupts.whileRunning {
            raise(SIGINT)
            do { try session.environment.cancellation.check(); return nil } catch { return error }
        }
        let d = try #require(caught as? Diagnostic)
        #expect(d.kind == "interrupted" && d.message.hasPrefix("stopped by Ctrl-C"))
        #expect(interrupted)
        #expect(!Interrupts.take())  // whileRunning took what was pressed during the command
        #expect(Interrupts.whileRunning { 1 }.interrupted == false)
        #expect(!session.run("set timing on").failed)
        #expect(!Interrupts.cancellation.isCancelled)  // Session.run resets it
        raise(SIGINT)
        #expect(Interrupts.take())
        #expect(!Interrupts.take())
    }
}
