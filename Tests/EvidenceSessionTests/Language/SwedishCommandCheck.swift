import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// Runs a command after its setup in English and in Swedish, and checks the exact text of
/// each and that no Swedish line holds an English word (issue 15). Left out of that check is
/// what is never translated: the echoed command and its caret (the indented lines of an error),
/// quoted names ('reading'), and the command syntax after "så skrivs det:".
enum SwedishCommandCheck {
    static func output(_ setup: [String], _ command: String, _ language: Language) -> String {
        render(["set language \(language.rawValue)"] + setup + [command], width: 200).text
    }

    /// The English words in the Swedish `text`, line by line.
    static func englishWords(in text: String) -> [String] {
        text.split(separator: "\n").flatMap { raw -> [String] in
            var line = String(raw)
            if line.hasPrefix("  ") { return [] }
            if let usage = line.range(of: "så skrivs det:") { line = String(line[..<usage.lowerBound]) }
            // A path (a temporary folder's UUID, 5A426BE8-…) is no English: leave out words with a '/'.
            let noPaths = EnglishWords.unquoted(line).split(separator: " ").filter { !$0.contains("/") }.joined(separator: " ")
            return EnglishWords.found(in: noPaths)
        }
    }

    /// `command` after `setup` says `en` in English and `sv` in Swedish, with no English word left.
    static func check(_ setup: [String], _ command: String, en: String, sv: String,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        let english = output(setup, command, .en), swedish = output(setup, command, .sv)
        #expect(english.contains(en), "English of '\(command)':\n\(english)", sourceLocation: sourceLocation)
        #expect(swedish.contains(sv), "Swedish of '\(command)':\n\(swedish)", sourceLocation: sourceLocation)
        #expect(englishWords(in: swedish).isEmpty, "still English in '\(command)': \(englishWords(in: swedish))\n\(swedish)",
                sourceLocation: sourceLocation)
    }
}
