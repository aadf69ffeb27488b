import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// `help` in Swedish for every command and function (issue 15): each part a declaration has is
/// translated, each translation is of what the declaration says now, and no page in Swedish
/// holds a common English word outside what the user types.
struct HelpTranslationTests {
    static let commands = CommandRegistry.shared.commands.map(\.name)

    /// The words of a help line a reader reads: not the usage line, not an example's command
    /// (before its '#'), not an argument's term (before two spaces), not quoted words
    /// ('count by class', `reading gain`), function calls (`points(g)`) nor words in capitals
    /// (NAME, EXPR).
    static func prose(_ line: Substring) -> String {
        if line.hasPrefix("så skrivs det:") { return "" }
        let said = line.contains("#") ? String(line.split(separator: "#").last ?? "")
            : line.hasPrefix("  ") ? (line.components(separatedBy: "  ").last { !$0.isEmpty } ?? "") : String(line)
        func unquote(_ s: String, _ mark: Character) -> String {
            s.split(separator: mark, omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
        }
        return unquote(unquote(said, "'"), "`").split(separator: " ")
            .filter { !$0.allSatisfy { $0.isUppercase || !$0.isLetter } }
            .filter { word in !zip(word, word.dropFirst()).contains { $0.isLetter && $1 == "(" } }
            .joined(separator: " ")
    }

    @Test("every part of the command's help is in Swedish", arguments: commands)
    func everyPartTranslated(_ name: String) throws {
        let spec = try #require(CommandRegistry.shared.lookup(name))
        #expect(HelpMessage.part(name, "summary", .sv) != nil, "\(name).summary")
        if !spec.discussion.isEmpty { #expect(HelpMessage.part(name, "discussion", .sv) != nil, "\(name).discussion") }
        for i in spec.examples.indices { #expect(HelpMessage.part(name, "example.\(i + 1)", .sv) != nil, "\(name).example.\(i + 1)") }
        for item in spec.signature.helpItems where !item.help.isEmpty {
            let found = HelpMessage.part(name, "arg.\(item.term)", .sv)
            #expect(found != nil, "\(name).arg.\(item.term)")
        }
    }

    @Test("help COMMAND in Swedish has no English left", arguments: commands)
    func helpPageIsSwedish(_ name: String) {
        let (text, output, _) = SwedishSessionTests.swedish(["help \(name)"])
        #expect(!output.failed)
        #expect(text.contains("\nExempel\n") || CommandRegistry.shared.lookup(name)?.examples.isEmpty == true)
        for line in text.split(separator: "\n") {
            #expect(EnglishWords.found(in: Self.prose(line)).isEmpty, "still English in 'help \(name)': \(line)")
        }
    }

    @Test(arguments: ["help", "help functions", "help points", "help pct"])
    func overviewAndFunctionsAreSwedish(_ input: String) {
        let (text, output, _) = SwedishSessionTests.swedish([input])
        #expect(!output.failed)
        for line in text.split(separator: "\n") {
            #expect(EnglishWords.found(in: Self.prose(line)).isEmpty, "still English in '\(input)': \(line)")
        }
    }

    @Test func swedishPagesShowSwedish() {
        #expect(SwedishSessionTests.swedish(["help"]).text.contains("\nMättillfällen och underlag\n  cycles"))
        #expect(SwedishSessionTests.swedish(["help"]).text.contains("  count        Räkna rader"))
        let load = SwedishSessionTests.swedish(["help load"]).text
        #expect(load.contains("\n  PATH …               fler filer, mappar eller mönster, staplade under den första\n"), "\(load)")
        #expect(load.contains("# den påhittade demoskolan"))
        let functions = SwedishSessionTests.swedish(["help functions"]).text
        #expect(functions.hasPrefix("Radfunktioner (ett värde per elev)"))
        #expect(functions.contains("meritpoäng för betyg: F 0, E 10, D 12,5"))
        #expect(functions.contains("t.ex. points(writing_c2) - points(writing_c1)"))
        #expect(SwedishSessionTests.swedish(["help points"]).text.hasPrefix("points(g)  (radfunktion)\n\nmeritpoäng"))
        // English is as it was.
        #expect(render(["help points"]).text.hasPrefix("points(g)  (row function)\n\ngrade points"))
        #expect(render(["help"]).text.hasPrefix("evsh — the evidence shell. Commands"))
    }

    @Test("every function has a Swedish doc", arguments: Functions.all.map(\.name))
    func functionTranslated(_ name: String) throws {
        let f = try #require(Functions.named(name))
        let part = try #require(HelpPart(rawValue: "function.\(name)"), "function.\(name)")
        #expect(part.entries[.en] == f.doc, "function.\(name): the doc changed, translate it again")
        #expect(HelpPart.function(name, f.doc, .sv) != f.doc)
    }

    /// Each row's English is the declaration's text now, so a changed help text shows here,
    /// and a row for a part that no longer exists too.
    @Test func partsFollowTheDeclarations() throws {
        for part in HelpPart.allCases where !part.rawValue.hasPrefix("function.") {
            let pieces = part.rawValue.split(separator: ".", maxSplits: 1).map(String.init)
            let spec = try #require(CommandRegistry.shared.lookup(pieces[0]), "\(part.rawValue): no such command")
            let english: String?
            switch pieces[1] {
            case "summary": english = spec.summary
            case "discussion": english = spec.discussion
            case let p where p.hasPrefix("example."):
                english = Int(p.dropFirst(8)).flatMap { $0 >= 1 && $0 <= spec.examples.count ? spec.examples[$0 - 1].explanation : nil }
            case let p where p.hasPrefix("arg."):
                english = spec.signature.helpItems.first { $0.term == p.dropFirst(4) }?.help
            default: english = nil
            }
            #expect(english == part.entries[.en], "\(part.rawValue)")
        }
        #expect(HelpPart.allCases.count == Set(HelpPart.allCases.map(\.rawValue)).count, "a key twice")
    }
}
