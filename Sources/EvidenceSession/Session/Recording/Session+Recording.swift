import EvidenceData
import EvidenceAnalysis

/// Recording state (`Session.state.recording`) under the names the commands use.
extension Session {
    /// The version written into saved scripts and transcripts.
    public static let evshVersion = "0.1.0"

    /// How many entries had been made when the session was last saved (`session save`).
    public var savedEntryCount: Int {
        get { state.recording.savedEntryCount }
        set { state.recording.savedEntryCount = newValue }
    }

    /// Recorded, successful commands made since the last save: the work that would be lost.
    public var unsavedCommands: [Entry] {
        entries.dropFirst(savedEntryCount).filter { $0.recorded && !$0.failed }
    }

    /// True while a script runs with `--safe`: commands that write files are refused.
    public var safeMode: Bool {
        get { state.recording.safeMode }
        set { state.recording.safeMode = newValue }
    }

    /// How deeply scripts are nested (`run` inside a script), to stop a script running itself.
    var scriptDepth: Int {
        get { state.recording.scriptDepth }
        set { state.recording.scriptDepth = newValue }
    }

    /// The journal this session writes to, once it has one.
    public var journal: Journal? {
        get { state.recording.journal }
        set { state.recording.journal = newValue }
    }

    /// False while journaling is switched off (tests, `evsh check`).
    public var journalingEnabled: Bool {
        get { state.recording.journalingEnabled }
        set { state.recording.journalingEnabled = newValue }
    }

    /// Fingerprints of the base tables loaded now (from files, or the demo), in the order they
    /// were loaded. Tables made by commands (joins, reshapes) are left out: replay remakes them.
    public func dataFingerprints() -> [DataFingerprint] {
        var seen = Set<String>()
        var out: [DataFingerprint] = []
        for d in datasets where !seen.contains(d.baseName) {
            seen.insert(d.baseName)
            if let t = tables[d.baseName], t.source.path != nil || t.source.description == DemoSchool.description {
                out.append(DataFingerprint.of(name: d.baseName, loaded: t, workingDirectory: environment.workingDirectory))
            }
        }
        return out
    }

    /// A path as the user wrote it, resolved against the session's working directory.
    public func resolvePath(_ path: String) -> String {
        DataFingerprint.resolve(path, in: environment.workingDirectory)
    }
}
