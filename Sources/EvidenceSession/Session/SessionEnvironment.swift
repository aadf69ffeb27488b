import EvidenceData
import EvidenceAnalysis

/// What the outside world lends a session: a terminal width, a state directory, a
/// cancellation flag. The engine never asks a terminal itself.
public struct SessionEnvironment: Sendable {
    /// The terminal's width when there is one.
    public var terminalWidth: @Sendable () -> Int?
    /// `$XDG_STATE_HOME/evsh` (history, journal, pseudonym key); nil in tests that want none.
    public var stateDirectory: String?
    /// Directory that relative paths are resolved against.
    public var workingDirectory: String?
    public var cancellation: Cancellation
    /// The database driver the executable links (libpq); nil: `connect` says there is none.
    /// The engine itself has no network code (docs/databases.md).
    public var databases: (any DatabaseConnector)?
    /// Where a long load says how far it got (a terminal's status line); silent by default.
    public var progress: @Sendable (String) -> Void
    /// How long a load runs before it shows its progress (docs/databases.md, "Loading"); tests
    /// set zero to see the line on a short load.
    public var progressAfter: Duration = .seconds(1)

    public init(terminalWidth: @escaping @Sendable () -> Int? = { nil }, stateDirectory: String? = nil,
                workingDirectory: String? = nil, cancellation: Cancellation = Cancellation(),
                databases: (any DatabaseConnector)? = nil, progress: @escaping @Sendable (String) -> Void = { _ in }) {
        self.terminalWidth = terminalWidth
        self.stateDirectory = stateDirectory
        self.workingDirectory = workingDirectory
        self.cancellation = cancellation
        self.databases = databases
        self.progress = progress
    }

    /// For tests and replay: fixed 100 columns, no state directory.
    public static var plain: SessionEnvironment { SessionEnvironment(terminalWidth: { 100 }) }
}
