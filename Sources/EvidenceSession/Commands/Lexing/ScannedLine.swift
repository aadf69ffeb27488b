import EvidenceData

/// A line read by `CommandLexer.scan`: its words (a `;` between commands is a word of its own)
/// and where its comment starts.
package struct ScannedLine: Sendable, Equatable {
    package let line: String
    /// The words before the comment, in order.
    package let words: [Word]
    /// The Character offset of the `#` that starts the comment, nil when there is none.
    package let commentStart: Int?
    /// True when the line ends inside a quote (completion keeps that word open).
    package let endsInOpenQuote: Bool

    /// The line without its comment.
    package var code: String {
        guard let c = commentStart else { return line }
        return String(line.prefix(c))
    }

    /// The comment's text (trimmed), nil when there is none or it is blank.
    package var comment: String? { CommandLexer.comment(in: line, at: commentStart) }

    /// True when the command goes on on the next line: `\` is the last character before the
    /// comment.
    package var continues: Bool { code.hasSuffix("\\") }

    /// The text this line adds to a command continued on the next line: the `\` becomes a space.
    package var continuedText: String { (continues ? String(code.dropLast()) : code) + " " }

    /// The words of the last command on the line (after the last `;`).
    package var lastCommandWords: [Word] {
        guard let sep = words.lastIndex(where: \.isSeparator) else { return words }
        return Array(words[(sep + 1)...])
    }

    /// The text of each command between the `;`s (trimmed; empty ones left out).
    package var commandTexts: [String] {
        let chars = Array(code)
        var out: [String] = []
        var start = 0
        for end in words.filter(\.isSeparator).map(\.range.lowerBound) + [chars.count] {
            let t = String(chars[start..<end]).trimmed()
            if !t.isEmpty { out.append(t) }
            start = end + 1
        }
        return out
    }
}
