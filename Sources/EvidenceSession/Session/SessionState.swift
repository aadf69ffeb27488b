import EvidenceData
import EvidenceAnalysis

/// What a session keeps beside its datasets and settings, typed: no string keys, no casts.
public struct SessionState: Sendable {
    public var recording = RecordingState()
    /// `cycles order`: a fixed cycle order per base table.
    public var cycleOrders: [String: [String]] = [:]
    /// The norms tables loaded (`norms load`, `norms demo`).
    public var norms = NormsRegistry()
    /// The pseudonym key, once read or made (never written into anything recorded).
    public var pseudonymKey: [UInt8]?
    /// The databases connected (`connect`), by name.
    public var connections: [String: DatabaseLink] = [:]
    /// `evsh run --connect NAME=URL`: where a script's `connect NAME …` goes instead.
    public var connectOverrides: [String: String] = [:]
    /// Passwords typed in this session (in a URL or conninfo): scrubbed from all it records.
    public var secrets: [String] = []

    public init() {}
}

/// A connected database: the driver's connection and how it was named, without the password.
public struct DatabaseLink: Sendable {
    public var connection: any DatabaseConnection
    /// The connection string as recorded (ConnectionString.redacted).
    public var redacted: String
}

/// Saving, safe mode, nesting and the journal (docs/sessions.md).
public struct RecordingState: Sendable {
    /// How many entries had been made when the session was last saved (`session save`).
    public var savedEntryCount = 0
    /// True while a script runs with `--safe`: commands that write files are refused.
    public var safeMode = false
    /// In safe mode, what may be read: the folders (resolved, no symlinks) and the files
    /// (`--data`) a safe script may read. Set by the outermost safe script (SafeMode.swift).
    public var safeReads = SafeMode.Reads()
    /// `evsh check`: files that commands write go into this scratch folder instead, so a
    /// transcript with exports checks without changing a file (`Session.placeForWrite`).
    public var writesInto: String?
    /// What was written there: the path the command named (resolved), where it went, and
    /// whether the check compares it with the file at that path (exports: yes; a saved session
    /// or transcript holds the date, so no).
    public var redirectedWrites: [(asked: String, written: String, compared: Bool)] = []
    /// How deeply scripts are nested (`run` inside a script), to stop a script running itself.
    public var scriptDepth = 0
    /// The journal this session writes to, once it has one.
    public var journal: Journal?
    /// False while journaling is switched off (tests, `evsh check`).
    public var journalingEnabled = true
    /// When the journal was last fsynced (seconds since the reference date).
    var lastSync: Double = 0
    /// True once the close message was said.
    var closeMessageSaid = false
    /// True once a journal that cannot be written was reported (said once).
    var journalProblemSaid = false

    public init() {}
}
