import Foundation
import EvidenceData
import EvidenceAnalysis

/// A notebook-like Markdown transcript (`session export PATH.md`): a header with the data
/// fingerprints, narration (`note …`) as prose, each command in an ```evsh block followed by its
/// output in a ```text block. `TranscriptChecker` reads the same shape back and re-runs it.
public enum TranscriptWriter {
    /// The `root=` a header may hold: how far above the transcript the session ran.
    public static let roots = ["..", "../..", "../.."  + "/.."]

    /// The `root=` for a transcript written to `path` by a session working in `folder`: nil when
    /// it is that folder, `..` … when it is below it, nil (paths stay as typed) otherwise.
    public static func root(forTranscriptAt path: String, sessionFolder folder: String) -> String? {
        let dir = ((path as NSString).deletingLastPathComponent as NSString).standardizingPath
        let top = (folder as NSString).standardizingPath
        guard dir != top, dir.hasPrefix(top == "/" ? "/" : top + "/") else { return nil }
        let depth = dir.dropFirst(top.count).split(separator: "/").count
        return depth >= 1 && depth <= roots.count ? roots[depth - 1] : nil
    }

    public static func render(_ session: Session, includeFailed: Bool = false, title: String? = nil,
                              root: String? = nil, date: Date = Date()) -> String {
        // The header keeps the options of the first command: a check starts from them and then
        // follows the transcript's own `set` commands, as the session did.
        let opts = session.entries.first(where: \.recorded)?.renderOptions ?? session.renderOptions
        var md: [String] = [
            "# " + (title ?? SessionCommandMessage.defaultTitle.text(opts.language)),
            "",
            "<!-- evsh-transcript version=\(Session.evshVersion) saved=\(SessionScript.isoDate(date)) width=\(opts.width) ascii=\(opts.ascii ? "on" : "off")\(opts.language == .en ? "" : " language=\(opts.language.rawValue)")\(root.map { " root=\($0)" } ?? "") -->",
            "",
        ]
        let prints = session.dataFingerprints()
        if !prints.isEmpty {
            md.append(SessionMessage.dataUsed.text(opts.language))
            md.append("")
            for f in prints {
                let L = opts.language
                let from = f.path.map { "`\($0)`" } ?? SessionMessage.builtIn.text(L)
                let bytes = f.byteCount.map { SessionMessage.bytes.text(L, .text(String($0))) } ?? ""
                md.append(PersonnummerScrubber.scrub(SessionMessage.dataLine.text(L, .text(f.name), .text(from), .text(String(f.rowCount)), .text(bytes), .text(f.sha256))).text)
            }
            md.append("")
            md += prints.map { PersonnummerScrubber.scrub("<!-- \($0.headerLine.dropFirst(2)) -->").text }
            md.append("")
        }
        for e in session.entries where e.recorded {
            if e.failed && !includeFailed { continue }
            if let note = NoteCommand.text(of: e.input) {
                md.append(PersonnummerScrubber.scrub(note).text)
                md.append("")
                continue
            }
            let input = PersonnummerScrubber.scrub(e.input + (e.comment.map { "  # " + $0 } ?? "")).text
            md += fenced([input], info: "evsh")
            let lines = normalise(TextRenderer.render(e.output, options: e.renderOptions ?? opts))
            if !lines.isEmpty { md += fenced(lines, info: "text") }
            md.append("")
        }
        while md.last == "" { md.removeLast() }
        return md.joined(separator: "\n") + "\n"
    }

    /// A fence longer than any run of backticks in the content, so output can never close it.
    static func fenced(_ lines: [String], info: String) -> [String] {
        var longest = 0
        for l in lines {
            var run = 0
            for ch in l { run = ch == "`" ? run + 1 : 0; longest = max(longest, run) }
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return [fence + info] + lines + [fence]
    }

    /// Lines that differ from run to run (wall-clock timing) are masked so transcripts check
    /// clean, and personnummer never reach a transcript (the check applies the same to what it
    /// gets, so the two agree).
    static let timingPrefixes = Language.allCases.map { SessionCommandMessage.time.text($0, .text("")).replacingOccurrences(of: " ms", with: "") }

    public static func normalise(_ lines: [String]) -> [String] {
        lines.map { l in
            // `set timing on` in any language ("time: 3.2 ms", "tid: 3,2 ms").
            for prefix in timingPrefixes where l.hasPrefix(prefix) && l.hasSuffix(" ms") { return prefix + "… ms" }
            return PersonnummerScrubber.scrub(l).text
        }
    }
}
