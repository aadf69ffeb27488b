import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct SessionTests {
    @Test func unknownCommandSuggests() {
        let r = render(["cuont"])
        #expect(r.output.status == .failed(.usage))
        #expect(r.text.contains("unknown command 'cuont'"))
        #expect(r.text.contains("did you mean 'count'?"))
        #expect(r.text.contains("  ^~~~~"))
    }

    @Test func noDatasetLoaded() {
        let r = render(["describe"])
        #expect(r.output.failed)
        #expect(r.text.contains("no dataset loaded"))
    }

    @Test func commentsAndBlankLinesDoNothing() {
        let s = Session()
        #expect(s.run("   # just a comment").blocks.isEmpty)
        #expect(s.run("").blocks.isEmpty)
        #expect(s.entries.isEmpty)
    }

    @Test func timingLine() {
        let r = render(["set timing on", "load demo"])
        #expect(r.text.contains("time: "))
        #expect(r.text.hasSuffix(" ms"))
    }

    @Test func scriptTextSplitsSemicolonsContinuationsAndComments() {
        let cmds = ScriptText.commands(in: "load demo; count # rows\nlist student_id \\\n  limit 2\nfilter name == \"a;b\"")
        #expect(cmds.map(\.text) == ["load demo", "count", "list student_id    limit 2", "filter name == \"a;b\""])
        #expect(cmds.map(\.line) == [1, 1, 2, 4])
    }

    @Test func quitEndsAScript() {
        let outs = Session().runScript("load demo; quit; count")
        #expect(outs.count == 2)
        #expect(outs.last?.status == .quit)
    }

    @Test func demoIsDeterministic() {
        let a = DemoSchool.table(), b = DemoSchool.table()
        #expect(a.rowCount == 300)
        #expect(a.columnNames == DemoSchool.columnNames)
        for i in [0, 57, 299] {
            #expect(a.columns.map { $0.value(at: i) } == b.columns.map { $0.value(at: i) })
        }
    }

    @Test func tableFitsWidthWithÅÄÖ() {
        let r = render(["load demo", "describe"], width: 60)
        for line in r.text.split(separator: "\n") {
            #expect(DisplayWidth.of(String(line)) <= 60, "too wide: \(line)")
        }
    }

    @Test func asciiModeHasOnlySevenBitBytes() {
        let r = render(["load demo", "set ascii on", "count by teacher"])
        #expect(r.text.utf8.allSatisfy { $0 < 128 })
        #expect(r.text.contains("Sara Astrom"))
    }
}
