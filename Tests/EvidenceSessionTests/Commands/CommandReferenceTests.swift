import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct CommandReferenceTests {
    /// docs/commands.md is generated from the declarations; set RECORD_DOCS=1 to rewrite it.
    @Test func docsMatchDeclarations() throws {
        let path = TestPaths.inPackage("docs/commands.md")
        let generated = CommandReference.markdown()
        if ProcessInfo.processInfo.environment["RECORD_DOCS"] == "1" {
            try generated.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let onDisk = try String(contentsOfFile: path, encoding: .utf8)
        #expect(onDisk == generated, "docs/commands.md is out of date: run 'make docs'")
    }
}
