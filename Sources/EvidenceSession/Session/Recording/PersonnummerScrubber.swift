import EvidenceData
import EvidenceAnalysis

/// Keeps personnummer out of everything a session writes (scripts, transcripts, the journal):
/// `PersonnummerScanner`, the one scanner, with the session's key when it has one.
public enum PersonnummerScrubber {
    public static let replacement = PersonnummerScanner.placeholder

    /// The text with every personnummer replaced by `<personnummer>`, and how many there were.
    public static func scrub(_ text: String) -> (text: String, count: Int) {
        PersonnummerScanner.scrub(text)
    }
}

extension Session {
    /// The text with every personnummer replaced: by its keyed pseudonym when the session already
    /// has a key (none is made for this), else by `<personnummer>`.
    public func scrubPersonnummer(_ text: String) -> (text: String, count: Int) {
        PersonnummerScanner.scrub(text, key: state.pseudonymKey)
    }
}
