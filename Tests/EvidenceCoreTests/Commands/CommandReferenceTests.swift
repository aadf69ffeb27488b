import Foundation
import Testing
@testable import EvidenceCore

struct CommandReferenceTests {
    /// docs/commands.md is generated from the declarations; set RECORD_DOCS=1 to rewrite it.
    @Test func docsMatchDeclarations() throws {
        var root = #filePath
        for _ in 0..<4 { root = (root as NSString).deletingLastPathComponent }
        let path = (root as NSString).appendingPathComponent("docs/commands.md")
        let generated = CommandReference.markdown()
        if ProcessInfo.processInfo.environment["RECORD_DOCS"] == "1" {
            try generated.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let onDisk = try String(contentsOfFile: path, encoding: .utf8)
        #expect(onDisk == generated, "docs/commands.md is out of date: run 'make docs'")
    }
}
