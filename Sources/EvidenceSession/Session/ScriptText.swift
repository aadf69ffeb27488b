import Foundation
import EvidenceData
import EvidenceAnalysis

/// Turns script text into command lines: each line is read by `CommandLexer` (`#` comments,
/// `;` separators, quotes), and a line ending in `\` continues on the next one.
public enum ScriptText {
    public struct Command: Sendable, Equatable {
        public var text: String
        /// 1-based line where the command starts.
        public var line: Int
        /// The `# comment` after it on its line, if any (kept in saved scripts).
        public var comment: String? = nil

        /// The command with its comment, as `Session.run` records it.
        public var withComment: String { comment.map { text + "  # " + $0 } ?? text }
    }

    public static func commands(in text: String) -> [Command] {
        var out: [Command] = []
        read(text, claim: { _, _ in false }) { out.append($0) }
        return out
    }

    /// The line without a trailing `# comment` (outside quotes).
    public static func stripComment(_ line: String) -> String { CommandLexer.scan(line).code }

    /// Reads `text` line by line and hands each command to `command`, in order. `claim` sees
    /// every line that starts a new command first and may take it for itself by returning true
    /// (a saved script's header and narration lines): the line and its 1-based number.
    static func read(_ text: String, claim: (String, Int) -> Bool, command: (Command) -> Void) {
        var pending = ""
        var pendingLine = 0
        func emit(_ comment: String?) {
            let parts = CommandLexer.scan(pending).commandTexts
            for (k, t) in parts.enumerated() {
                command(Command(text: t, line: pendingLine, comment: k == parts.count - 1 ? comment : nil))
            }
            pending = ""
        }
        // "\r\n" is one Character in Swift: make it "\n" so Windows line ends split too.
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (i, raw) in lines.enumerated() {
            var l = String(raw)
            if l.hasSuffix("\r") { l.removeLast() }
            if pending.isEmpty {
                pendingLine = i + 1
                if claim(l, i + 1) { continue }
            }
            let scanned = CommandLexer.scan(l)
            if scanned.continues {
                pending += scanned.continuedText
                continue
            }
            pending += scanned.code
            emit(scanned.comment)
        }
        if !pending.isEmpty { emit(nil) }
    }
}
