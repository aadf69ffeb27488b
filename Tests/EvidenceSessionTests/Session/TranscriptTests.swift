import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct TranscriptTests {
    static func exported() -> String {
        let s = Session()
        s.settings.width = 80
        for c in ["load demo", "note We start with the whole school.", "count by class", "set timing on", "count", "cuont"] { s.run(c) }
        return TranscriptWriter.render(s)
    }

    @Test func transcriptShape() {
        let md = Self.exported()
        #expect(md.hasPrefix("# evsh transcript\n"))
        #expect(md.contains("width=80"))
        #expect(md.contains("- `demo`: built in, 300 rows, sha256 `"))
        #expect(md.contains("We start with the whole school.\n\n```evsh\ncount by class\n```\n```text\n┌"))
        #expect(md.contains("time: … ms"))
        #expect(!md.contains("cuont"))
    }

    @Test func eachOutputIsDrawnAsItWasShown() {
        let s = Session()
        for c in ["load demo", "count by class", "set ascii on", "count by year", "set width 40"] { s.run(c) }
        let md = TranscriptWriter.render(s)
        #expect(md.contains("┌───────┬────┐"))          // before 'set ascii on'
        #expect(md.contains("+------+-----+"))          // after it
        #expect(md.contains("width=100 ascii=off"))
        #expect(TranscriptChecker.check(md).passed)
    }

    @Test func exportWithATitle() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let s = session(in: dir)
        s.run("load demo")
        #expect(!s.run("session export t.md with title=\"Term 2: reading\"").failed)
        let md = try String(contentsOfFile: dir + "/t.md", encoding: .utf8)
        #expect(md.hasPrefix("# Term 2: reading\n"))
        #expect(TranscriptChecker.check(md).passed)
        #expect(s.run("session save t.evsh with title=x").failed)
    }

    @Test func unchangedTranscriptChecksClean() {
        let report = TranscriptChecker.check(Self.exported())
        #expect(report.passed, "\(report.lines(file: "t.md").joined(separator: "\n"))")
        #expect(report.steps == 4)
        #expect(report.lines(file: "t.md") == ["t.md: 4 commands, every output as recorded"])
    }

    @Test func changedOutputFailsWithAReadableDiff() {
        let md = Self.exported().replacingOccurrences(of: "│ 5A    │ 52 │", with: "│ 5A    │ 55 │")
        let report = TranscriptChecker.check(md)
        #expect(!report.passed)
        let lines = report.lines(file: "t.md")
        #expect(lines.contains { $0.hasPrefix("--- t.md:") && $0.hasSuffix("expected output of 'count by class'") })
        #expect(lines.contains("-│ 5A    │ 55 │"))
        #expect(lines.contains("+│ 5A    │ 52 │"))
        #expect(lines.last == "t.md: 1 of 4 outputs changed")
    }

    @Test func parseFindsCommandsOutputsAndFingerprints() {
        let p = TranscriptChecker.parse(Self.exported())
        #expect(p.width == 80)
        #expect(p.fingerprints.map(\.name) == ["demo"])
        #expect(p.steps.map(\.command) == ["load demo", "count by class", "set timing on", "count"])
        #expect(p.steps[3].expected == ["300 rows", "time: … ms"])
    }

    @Test func outputContainingBackticksGetsALongerFence() {
        let f = TranscriptWriter.fenced(["a ``` b"], info: "text")
        #expect(f == ["````text", "a ``` b", "````"])
        let md = "```evsh\nnote x\n```\n" + "```evsh\nset width 60\n```\n```text\nwidth = 60\n```\n"
        #expect(TranscriptChecker.check(md).passed)
    }
}
