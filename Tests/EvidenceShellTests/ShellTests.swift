@testable import EvidenceShell
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

@Suite struct ShellTests {
    @Test func hooksSeeTheSessionBeforeAndAfterARun() {
        var startedWith: Int?
        var finishedWith: Int?
        var interactive: Bool?
        let hooks = ShellHooks(
            started: { s, i in startedWith = s.entries.count; interactive = i; return nil },
            finished: { s, _ in finishedWith = s.entries.count; return nil })
        let status = Shell.run(ShellOptions(command: "set timing off; set ascii off", demo: true), hooks: hooks)
        #expect(status == .ok)
        #expect(startedWith == 0)
        #expect(finishedWith == 3)  // load demo + two commands
        #expect(interactive == false)
    }

    @Test func startupCommandsQuoteFileNames() {
        let text = Shell.startupCommands(ShellOptions(files: ["elever åk 5.csv", "say \"hi\".csv"], demo: true))
        #expect(text == "load demo\nload \"elever åk 5.csv\"\nload 'say \"hi\".csv'")
        let words = ScriptText.commands(in: text).map { Arguments.split($0.text).map(\.text) }
        #expect(words == [["load", "demo"], ["load", "elever åk 5.csv"], ["load", "say \"hi\".csv"]])
    }
}
