import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Deep or long expressions are an error with a caret, never a stack overflow (exit 139).
@Suite struct DeepExpressionTests {
    static let deep: [(String, String)] = [
        ("brackets", String(repeating: "(", count: 1_000_000) + "true" + String(repeating: ")", count: 1_000_000)),
        ("not", String(repeating: "not ", count: 100_000) + "true"),
        ("or", Array(repeating: "reading_c1 > 300", count: 100_000).joined(separator: " or ")),
        ("minus", String(repeating: "-", count: 10_000) + "reading_c1 > 0"),
        ("abs", String(repeating: "abs(", count: 10_000) + "reading_c1" + String(repeating: ")", count: 10_000) + " > 0"),
    ]

    @Test(arguments: deep.map(\.0))
    func deepExpressionIsAnErrorInProcess(_ kind: String) throws {
        let e = try #require(Self.deep.first { $0.0 == kind }?.1)
        let (text, output, s) = render(["load demo", "count where " + e])
        #expect(text.contains("nested too deeply"))
        #expect(text.contains("^"))
        #expect(output.blocks.contains { if case .diagnostic(let d) = $0 { d.category == .usage } else { false } })
        #expect(TextRenderer.renderString(s.run("count"), options: s.renderOptions).contains("300 rows"))
        let (letText, _, _) = render(["load demo", "let x = " + e])
        #expect(letText.contains("nested too deeply"))
    }

    @Test func moderateDepthStillWorks() {
        let e = String(repeating: "(", count: 100) + "reading_c1 > 300" + String(repeating: ")", count: 100)
            + " or " + Array(repeating: "reading_c1 > 300", count: 200).joined(separator: " or ")
            + " or " + String(repeating: "not ", count: 100) + "true"
        let (text, _, _) = render(["load demo", "count where " + e])
        #expect(text.contains("of 300 rows"))
    }

    @Test(.enabled(if: TestPaths.evsh != nil))
    func deepExpressionsInARealProcess() throws {
        let script = "load demo\n" + Self.deep.prefix(3).map { "count where " + $0.1 + "\n" }.joined() + "count\n"
        let piped = try EvshBinary.run([], stdin: script)
        #expect(piped.status == 64)
        #expect(piped.stdout.contains("300 rows"))
        #expect(piped.stderr.contains("nested too deeply") || piped.stdout.contains("nested too deeply"))
        let safe = try EvshBinary.run(["run", "--safe", "deep.evsh"],
                                      files: ["deep.evsh": "load demo\ncount where " + Self.deep[1].1 + "\n"])
        #expect(safe.status == 64)
        #expect((safe.stderr + safe.stdout).contains("nested too deeply"))
    }
}
