import Foundation
import EvidenceData
import EvidenceAnalysis

/// The text of a saved session (`session save PATH.evsh`): a header (version, date, one
/// fingerprint per dataset) and then one command per line, with the comments typed after them.
/// Session commands (`session`, `history`, `rerun`, `run`, `quit`, `help`) are not written, so
/// replaying a script never overwrites it; failed commands are left out unless asked for.
/// Personnummer typed in commands or comments are replaced (`PersonnummerScrubber`).
public enum SessionScript {
    public static func render(_ session: Session, includeFailed: Bool = false, date: Date = Date()) -> String {
        var lines = header(session, date: date, kind: "session script").map { PersonnummerScrubber.scrub($0).text }
        lines.append("")
        for e in session.entries where e.recorded {
            if e.failed && !includeFailed { continue }
            var l = e.input
            if let c = e.comment { l += "  # " + c }
            if e.failed { l += (e.comment == nil ? "  # " : " ") + "(failed when recorded)" }
            lines.append(PersonnummerScrubber.scrub(l).text)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `# evsh …` header lines shared by scripts and journals.
    static func header(_ session: Session, date: Date, kind: String, fingerprints: Bool = true) -> [String] {
        var lines = [
            "# evsh \(kind) — replay with 'evsh run FILE' or 'run FILE' in the shell",
            "# evsh-version: \(Session.evshVersion)",
            "# saved: \(isoDate(date))",
        ]
        if fingerprints { lines += session.dataFingerprints().map(\.headerLine) }
        return lines
    }

    static func isoDate(_ d: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: d)
    }
}
