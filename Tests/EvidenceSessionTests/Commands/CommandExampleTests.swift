import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Every example in every command's help runs here: help and behaviour cannot drift apart.
struct CommandExampleTests {
    static let cases: [(String, CommandExample)] = CommandRegistry.shared.commands.flatMap { c in
        c.examples.map { (c.name, $0) }
    }

    @Test("help examples run", arguments: cases.indices)
    func example(_ i: Int) {
        let (name, ex) = Self.cases[i]
        let r = render(ex.setup + [ex.input])
        #expect(r.output.failed == ex.fails, "\(name): '\(ex.input)' failed=\(r.output.failed)\n\(r.text)")
        for e in ex.expect {
            #expect(r.text.contains(e), "\(name): '\(ex.input)' output lacks '\(e)':\n\(r.text)")
        }
    }

    @Test func everyCommandHasAnExampleAndHelp() {
        for c in CommandRegistry.shared.commands {
            #expect(!c.summary.isEmpty, "\(c.name) has no summary")
            #expect(c.usage.hasPrefix(c.name), "\(c.name)'s usage does not start with its name")
            if c.name != "quit" { #expect(!c.examples.isEmpty, "\(c.name) has no example") }
        }
    }

    @Test func namesAreUnique() {
        let names = CommandRegistry.shared.allNames
        #expect(Set(names).count == names.count)
    }
}
