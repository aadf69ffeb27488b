import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Sizes that come from outside a command (the terminal, COLUMNS, a transcript header) are
/// bounded as `set width` is; a file that is not a transcript is not "checked".
@Suite struct BoundsTests {
    static let header = "<!-- evsh-transcript version=0.1.0 saved=2026-11-29T02:23:10Z width=WIDTH ascii=off -->\n"

    @Test func aHugeTerminalWidthIsBounded() {
        let s = Session(environment: SessionEnvironment(terminalWidth: { 10_000_000 }))
        #expect(s.renderOptions.width == 1000)
        s.run("load demo")
        let o = s.run("plot hist reading_c3 bins 20")
        #expect(!o.failed)
        let lines = TextRenderer.render(o, options: s.renderOptions)
        #expect(lines.allSatisfy { $0.count <= 1000 })
        let narrow = Session(environment: SessionEnvironment(terminalWidth: { 3 }))
        #expect(narrow.renderOptions.width == 20)
    }

    @Test(arguments: ["9223372036854775807", "10000000", "0", "-5", "wide"])
    func aTranscriptHeaderWidthOutOfRangeIsAProblem(_ width: String) {
        let md = Self.header.replacingOccurrences(of: "WIDTH", with: width) + "```evsh\nload demo\n```\n"
        let report = TranscriptChecker.check(md)
        #expect(!report.passed)
        #expect(report.problem?.contains("width=\(width)") == true)
    }

    @Test func aGoodHeaderIsStillChecked() {
        let md = Self.header.replacingOccurrences(of: "WIDTH", with: "100") + "```evsh\nset width 40\n```\n\n```text\nwidth = 40\n```\n"
        #expect(TranscriptChecker.check(md).passed)
    }

    @Test(arguments: ["# evsh\n\nA shell for school data.\n", "student_id,class\nE001,4A\n", ""])
    func aFileWithNoTranscriptIsAProblem(_ text: String) {
        let report = TranscriptChecker.check(text)
        #expect(!report.passed)
        #expect(report.problem?.contains("not an evsh transcript") == true)
        #expect(!report.lines(file: "x").joined().contains("every output as recorded"))
    }

    @Test(.enabled(if: TestPaths.evsh != nil))
    func realProcessBounds() throws {
        let wide = try EvshBinary.run(["-c", "load demo; plot hist reading_c3 bins 20"], environment: ["COLUMNS": "10000000"])
        #expect(wide.status == 0)
        #expect(wide.stdout.split(separator: "\n").allSatisfy { $0.count <= 1000 })
        let md = Self.header.replacingOccurrences(of: "WIDTH", with: "9223372036854775807") + "```evsh\nload demo\nplot hist reading_c3\n```\n"
        let header = try EvshBinary.run(["check", "t.md"], files: ["t.md": md])
        #expect(header.status == 65)
        #expect(header.stderr.contains("width=9223372036854775807"))
        let readme = try EvshBinary.run(["check", "README.md", "demo.csv"],
                                        files: ["README.md": "# evsh\n\nA shell.\n", "demo.csv": "a,b\n1,2\n"])
        #expect(readme.status == 65)
        #expect(!readme.stdout.contains("every output as recorded"))
        #expect(readme.stderr.contains("README.md: not an evsh transcript"))
        #expect(readme.stderr.contains("demo.csv: not an evsh transcript"))
    }
}
