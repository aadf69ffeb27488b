import Foundation
import EvidenceData
import EvidenceAnalysis

/// Turns script text into command lines: `#` comments, `\` continuations, `;` separators
/// (a `;` or `#` inside quotes or backticks is text).
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
        var pending = ""
        var pendingLine = 0
        // "\r\n" is one Character in Swift: make it "\n" so Windows line ends split too.
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (i, raw) in lines.enumerated() {
            var l = String(raw)
            if l.hasSuffix("\r") { l.removeLast() }
            if pending.isEmpty { pendingLine = i + 1 }
            let stripped = stripComment(l)
            if stripped.hasSuffix("\\") {
                pending += String(stripped.dropLast()) + " "
                continue
            }
            pending += stripped
            let comment = l.count > stripped.count ? String(l.dropFirst(stripped.count + 1)).trimmed() : ""
            let parts = splitSemicolons(pending).map { $0.trimmed() }.filter { !$0.isEmpty }
            for (k, t) in parts.enumerated() {
                out.append(Command(text: t, line: pendingLine,
                                   comment: k == parts.count - 1 && !comment.isEmpty ? comment : nil))
            }
            pending = ""
        }
        let t = pending.trimmed()
        if !t.isEmpty { out.append(Command(text: t, line: pendingLine)) }
        return out
    }

    /// The line without a trailing `# comment` (outside quotes).
    public static func stripComment(_ line: String) -> String {
        var quote: Character?
        var idx = line.startIndex
        while idx < line.endIndex {
            let ch = line[idx]
            if let q = quote {
                if ch == q { quote = nil }
            } else if ch == "\"" || ch == "'" || ch == "`" {
                quote = ch
            } else if ch == "#" {
                return String(line[..<idx])
            }
            idx = line.index(after: idx)
        }
        return line
    }

    public static func splitSemicolons(_ line: String) -> [String] {
        var parts: [String] = []
        var cur = ""
        var quote: Character?
        for ch in line {
            if let q = quote {
                if ch == q { quote = nil }
                cur.append(ch)
            } else if ch == "\"" || ch == "'" || ch == "`" {
                quote = ch
                cur.append(ch)
            } else if ch == ";" {
                parts.append(cur)
                cur = ""
            } else {
                cur.append(ch)
            }
        }
        parts.append(cur)
        return parts
    }
}
