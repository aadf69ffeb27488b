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
        fingerprints = []
        items = []
        var pending = ""
        var pendingLine = 0
        var lastNarrationLine = -1
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (i, raw) in lines.enumerated() {
            var l = String(raw)
            if l.hasSuffix("\r") { l.removeLast() }
            let t = l.trimmed()
            if pending.isEmpty {
                pendingLine = i + 1
                if let f = DataFingerprint.parse(headerLine: t) { fingerprints.append(f); continue }
                if t.hasPrefix("#:") {
                    let said = String(t.dropFirst(2)).trimmed()
                    // Consecutive narration lines are one paragraph.
                    if case .narration(let before, let at)? = items.last, lastNarrationLine == i {
                        items[items.count - 1] = .narration(before + " " + said, line: at)
                    } else {
                        items.append(.narration(said, line: i + 1))
                    }
                    lastNarrationLine = i + 1
                    continue
                }
            }
            let stripped = ScriptText.stripComment(l)
            if stripped.hasSuffix("\\") {
                pending += String(stripped.dropLast()) + " "
                continue
            }
            pending += stripped
            let comment = l.count > stripped.count ? String(l.dropFirst(stripped.count + 1)).trimmed() : ""
            let before = items.count
            for part in ScriptText.splitSemicolons(pending) {
                let c = part.trimmed()
                if !c.isEmpty { items.append(.command(c, line: pendingLine)) }
            }
            if !comment.isEmpty, items.count > before { comments[items.count - 1] = comment }
            pending = ""
        }
        let c = pending.trimmed()
        if !c.isEmpty { items.append(.command(c, line: pendingLine)) }
    }

    public var commands: [(text: String, line: Int)] {
        items.compactMap { if case .command(let t, let l) = $0 { (t, l) } else { nil } }
    }
}
