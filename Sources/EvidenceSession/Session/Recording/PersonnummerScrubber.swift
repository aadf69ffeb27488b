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
    /// has a key (none is made for this), else by `<personnummer>`. Passwords go too (a URL's,
    /// a conninfo's `password=`, and any typed earlier in the session): everything recorded
    /// passes through here (docs/databases.md, "Credentials").
    public func scrubPersonnummer(_ text: String) -> (text: String, count: Int) {
        PersonnummerScanner.scrub(ConnectionString.scrubbed(text, secrets: state.secrets), key: state.pseudonymKey)
    }
}
