import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// The journal's lines in Swedish (issue 15): what `quit` says about unsaved work, the
/// start's line about a session left behind, and `session`'s status.
struct JournalMessageTests {
    @Test func quitAndStart() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let state = dir + "/state"
        let s = session(in: dir, state: state)
        s.beginJournal(.interactive)
        s.settings.language = .sv
        s.settings.width = 400
        s.run("load demo"); s.run("count by class")
        let path = try #require(s.journal?.path)
        let status = rendered(s.run("session"), s)
        #expect(status == "inspelat: 2 kommandon, varav 2 inte har sparats\njournal: \(path)", "\(status)")
        let quit = rendered(s.run("quit"), s)
        #expect(quit == "2 osparade kommandon finns kvar i \(path); 'session recover' tar tillbaka dem", "\(quit)")
        #expect(SwedishCommandCheck.englishWords(in: quit.replacingOccurrences(of: path, with: "")).isEmpty)

        // The process that wrote it is gone: the next start says so.
        let left = state + "/journal-\(try JournalTests.deadPid()).evsh"
        s.journal = nil
        try FileManager.default.moveItem(atPath: path, toPath: left)
        #expect(Journal.startHint(stateDirectory: state) == "an unsaved session (2 commands) was left in \(left); 'session recover' brings it back")
        #expect(Journal.startHint(stateDirectory: state, language: .sv) == "en osparad session (2 kommandon) finns kvar i \(left); 'session recover' tar tillbaka den")
        let next = session(in: dir, state: state)
        next.settings.language = .sv
        next.settings.width = 400
        let recovered = rendered(next.run("session recover"), next)
        #expect(recovered.hasPrefix("återställde 2 kommandon från \(left); 'session save SÖKVÄG.evsh' sparar dem"), "\(recovered)")
    }

    @Test func cannotWrite() {
        for (language, make, write) in [
            (Language.en, "cannot make a journal in /x (EACCES): this session will not be recoverable after a crash; 'session save PATH.evsh' keeps it",
             "cannot write to the journal /x/j (No space): commands from here on may not be recoverable after a crash; 'session save PATH.evsh' keeps them"),
            (.sv, "kan inte skapa en journal i /x (EACCES): sessionen går inte att återställa efter en krasch; 'session save SÖKVÄG.evsh' sparar den",
             "kan inte skriva till journalen /x/j (No space): kommandona härifrån kanske inte går att återställa efter en krasch; 'session save SÖKVÄG.evsh' sparar dem"),
        ] {
            #expect(JournalMessage.cannotMake.text(language, .text("/x"), .text("EACCES")) == make)
            #expect(JournalMessage.cannotWrite.text(language, .text("/x/j"), .text("No space")) == write)
        }
    }
}
