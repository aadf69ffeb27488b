import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceSession
@testable import EvidenceAnalysis
import EvidenceTestSupport

/// The test issue 15 asks for: every command's help examples and every session, run in
/// Swedish, with no line that is still English (`EnglishWords`, outside what the user types:
/// quoted names, the echoed command under a caret, the syntax after "så skrivs det:"). A
/// script's own narration (`#:` lines, `note`) is its author's text, in whatever language the
/// author wrote, and is not evsh's to translate.
struct SwedishEverywhereTests {
    /// The words a user types and evsh never translates: command, function and setting names.
    static let names: Set<String> = Set(CommandRegistry.shared.commands.map(\.name) + Functions.all.map(\.name) + SettingSpec.all.map(\.name))

    /// The lines of `texts` (rendered in Swedish) that hold an English word, leaving out the
    /// names above and the names the user typed in `typed` (a column called `gain`, a dataset
    /// called `two_classes`): the words of those lines, less the language's keywords.
    static func englishLines(_ texts: [String], typed: [String]) -> [String] {
        let keywords: Set<String> = ["with", "and", "or", "not", "is", "at", "from", "to", "of", "as", "by", "where"]
        let own = names.union(typed.flatMap { $0.lowercased().split { !$0.isLetter && $0 != "_" }.map(String.init) }
            .filter { !keywords.contains($0) })
        return texts.flatMap { text in
            text.split(separator: "\n").map(String.init).filter { line in
                SwedishCommandCheck.englishWords(in: withoutProvenance(line)).contains { !own.contains($0) }
            }
        }
    }

    /// `line` without the commands it quotes as a dataset's provenance (`demo → filter year == 5
    /// and …` in `datasets`): what follows `→ ` and a command's name, to the cell's end.
    static func withoutProvenance(_ line: String) -> String {
        var rest = Substring(line), out = ""
        while let arrow = rest.range(of: "→ ") {
            out += rest[..<arrow.upperBound]
            rest = rest[arrow.upperBound...]
            let word = rest.prefix { $0.isLetter }
            if names.contains(String(word)) { rest = rest.drop { $0 != "│" } }
        }
        return out + rest
    }

    @Test("help examples in Swedish", arguments: CommandExampleTests.cases.indices)
    func example(_ i: Int) {
        let (name, ex) = CommandExampleTests.cases[i]
        let text = render(["set language sv"] + ex.setup + [ex.input]).text
        let english = Self.englishLines([text], typed: ex.setup + [ex.input])
        #expect(english.isEmpty, "\(name): '\(ex.input)' still English:\n\(english.joined(separator: "\n"))")
    }

    /// The English sessions of sessions/ and sessions/errors/ (sessions/sv/ are Swedish already
    /// and checked by SwedishSessionTests).
    static let scripts: [String] = SessionsFolderTests.transcripts.filter { !$0.hasPrefix("sv/") }

    @Test("sessions in Swedish", arguments: scripts)
    func session(_ name: String) throws {
        let (dir, _, scriptPath) = SessionsFolderTests.files(name)
        let script = try String(contentsOfFile: scriptPath, encoding: .utf8)
        let s = Session(environment: SessionEnvironment(terminalWidth: { 100 }, workingDirectory: dir))
        s.settings.language = .sv
        let scratch = temporaryDirectory(); defer { cleanup(scratch) }
        s.state.recording.writesInto = scratch
        var texts: [String] = [], commands: [String] = []
        _ = ScriptRunner(session: s, options: .init(keepGoing: true, safe: true)).run(text: script, file: scriptPath) { event in
            switch event {
            case .command(let c, _): commands.append(c)
            case .output(let o): texts.append(rendered(o, s))
            case .warning(let t), .stopped(let t): texts.append(t)
            default: break
            }
        }
        let english = Self.englishLines(texts, typed: commands)
        #expect(english.isEmpty, "sessions/\(name) in Swedish, still English:\n\(english.joined(separator: "\n"))")
    }
}
