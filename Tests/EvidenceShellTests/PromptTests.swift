import Foundation
import Testing
@testable import EvidenceShell
@testable import EvidenceSession
import EvidenceTestSupport

/// The prompt says where the next command runs (issue 13 item 14), and the README's tour shows
/// the prompts the shell really prints.
struct PromptTests {
    @Test func thePromptNamesTheCurrentDataset() {
        #expect(InteractiveShell.prompt(dataset: nil, number: 1) == "evsh [1]> ")
        #expect(InteractiveShell.prompt(dataset: "ma_vt25", number: 12) == "evsh ma_vt25 [12]> ")
        let long = InteractiveShell.prompt(dataset: String(repeating: "x", count: 40), number: 3)
        #expect(long == "evsh " + String(repeating: "x", count: 23) + "… [3]> ")
    }

    /// Every `evsh NAME [N]> COMMAND` line of the README's tour, run in order after `evsh --demo`
    /// (whose `load demo` is command 1): each prompt is the one the shell prints before it.
    @Test func theReadmeTourShowsTheRealPrompts() throws {
        let readme = try String(contentsOfFile: TestPaths.packageRoot + "/README.md", encoding: .utf8)
        let tour = readme.split(separator: "\n").map(String.init).filter { $0.hasPrefix("evsh ") && $0.contains("]> ") }
        #expect(tour.count >= 10)
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let s = session(in: dir)
        s.run("load demo")
        for line in tour {
            let parts = line.components(separatedBy: "]> ")
            let prompt = parts[0] + "]> "
            let command = parts[1].components(separatedBy: "  #")[0].trimmingCharacters(in: .whitespaces)
            #expect(prompt == InteractiveShell.prompt(dataset: s.currentName, number: s.entries.count + 1), "before '\(command)'")
            let o = s.run(command)
            #expect(!o.failed, "'\(command)' failed")
        }
    }
}
