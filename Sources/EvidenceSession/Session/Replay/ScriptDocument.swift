import Foundation
import EvidenceData
import EvidenceAnalysis

/// A script read for replay: its header fingerprints and, in order, narration and commands with
/// the line each starts on. Narration is a `#: …` comment line (or a `note …` command); other
/// comments are dropped; `\` continues a line and `;` separates commands, as at the prompt.
public struct ScriptDocument: Sendable {
    public enum Item: Sendable, Equatable {
        case narration(String, line: Int)
        case command(String, line: Int)

        public var line: Int {
            switch self { case .narration(_, let l), .command(_, let l): l }
        }
    }

    public var fingerprints: [DataFingerprint]
    public var items: [Item]
    /// The `# comment` after each command, by its index in `items` (replay keeps it recorded).
    public var comments: [Int: String] = [:]

    public init(text raw: String) {
        // A script saved by a Windows editor may start with a byte-order mark and end its lines
        // with CRLF (one Character in Swift, so it would not split on "\n").
        let text = (raw.hasPrefix("\u{FEFF}") ? String(raw.dropFirst()) : raw).replacingOccurrences(of: "\r\n", with: "\n")
        var fingerprints: [DataFingerprint] = []
        var items: [Item] = []
        var comments: [Int: String] = [:]
        var lastNarrationLine = -1
        ScriptText.read(text, claim: { line, number in
            let t = line.trimmed()
            if let f = DataFingerprint.parse(headerLine: t) { fingerprints.append(f); return true }
            guard t.hasPrefix("#:") else { return false }
            let said = String(t.dropFirst(2)).trimmed()
            // Consecutive narration lines are one paragraph.
            if case .narration(let before, let at)? = items.last, lastNarrationLine == number - 1 {
                items[items.count - 1] = .narration(before + " " + said, line: at)
            } else {
                items.append(.narration(said, line: number))
            }
            lastNarrationLine = number
            return true
        }) { command in
            items.append(.command(command.text, line: command.line))
            if let c = command.comment { comments[items.count - 1] = c }
        }
        self.fingerprints = fingerprints
        self.items = items
        self.comments = comments
    }

    public var commands: [(text: String, line: Int)] {
        items.compactMap { if case .command(let t, let l) = $0 { (t, l) } else { nil } }
    }
}
