import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct CommandReferenceTests {
    /// docs/commands.md and docs/sv/commands.md are generated from the declarations (the
    /// Swedish through `HelpPart`); set RECORD_DOCS=1 to rewrite both.
    @Test(arguments: Language.allCases)
    func docsMatchDeclarations(_ language: Language) throws {
        let file = CommandReference.path(language)
        let path = TestPaths.inPackage(file)
        let generated = CommandReference.markdown(language: language)
        if ProcessInfo.processInfo.environment["RECORD_DOCS"] == "1" {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try generated.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let onDisk = try String(contentsOfFile: path, encoding: .utf8)
        #expect(onDisk == generated, "\(file) is out of date: run 'make docs'")
    }

    /// The Swedish reference is the English one with the prose translated: the same commands,
    /// usages and examples' commands, line for line.
    @Test func swedishReferenceKeepsWhatIsTyped() {
        // Each command's heading and usage line, and each argument's term.
        func typed(_ md: String) -> [String] {
            let lines = md.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.indices.flatMap { i -> [String] in
                if lines[i].hasPrefix("### "), i + 2 < lines.count { return [String(lines[i]), String(lines[i + 2])] }
                return lines[i].hasPrefix("- `") ? [String(lines[i].prefix { $0 != ":" })] : []
            }
        }
        let sv = CommandReference.markdown(language: .sv)
        #expect(typed(sv) == typed(CommandReference.markdown()))
        #expect(sv.hasPrefix("# Kommandoreferens"))
        #expect(sv.contains("\n## Mättillfällen och underlag\n"))
    }
}
