import EvidenceData
import EvidenceAnalysis

enum NoteCommand {
    static var usage: String { spec.usage }
    static let spec = CommandSpec(
        name: "note", category: .sessions,
        summary: "Add a narration line to the session: prose in transcripts, shown during step-through.",
        discussion: "A note is kept in the session like a command: `session save` writes it, `session export` turns it into a paragraph, and `evsh run --step` shows it as text without waiting. In a script, a comment line starting with `#:` is a note too. Text after a `#` is a comment, so write numbers as 'no. 3'.",
        examples: [
            CommandExample("note Class 5A changed its reading programme in cycle 2", "a line of narration",
                           setup: [], expect: ["Class 5A changed its reading programme"]),
            CommandExample("note", "a note needs text", setup: [], expect: ["expected the text of the note"], fails: true),
        ],
        signature: CommandSignature([ArgumentSpec("TEXT", .text)])
    ) { ctx in
        guard let rest = ctx.args.rest() else {
            throw ctx.error(SessionCommandMessage.expectedNoteText(), at: nil)
        }
        return .text(rest.text)
    }

    /// The narration of a `note …` command line, nil for any other line.
    static func text(of line: String) -> String? {
        let words = Arguments.split(line)
        guard let first = words.first, first.isKeyword("note"), words.count > 1 else { return nil }
        return String(Array(line)[words[1].range.lowerBound...]).trimmed()
    }
}
