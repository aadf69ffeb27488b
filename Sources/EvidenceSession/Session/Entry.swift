import EvidenceData
import EvidenceAnalysis

/// One command as the session recorded it.
public struct Entry: Sendable {
    public var number: Int
    public var input: String
    public var output: Output
    public var durationSeconds: Double
    /// False for commands about the session itself (they are kept out of saved scripts).
    public var recorded: Bool
    /// The `# comment` typed after the command, without the `#` (kept in saved scripts).
    public var comment: String? = nil
    /// How the output was to be drawn when the command ran (width, ASCII): transcripts draw
    /// each output as it was shown, even when a later `set` changed the settings.
    public var renderOptions: RenderOptions? = nil
    /// How many personnummer were replaced in the typed input and comment before it was
    /// recorded (the raw text is never kept).
    public var personnummerReplaced = 0

    public var failed: Bool { output.failed }
}
