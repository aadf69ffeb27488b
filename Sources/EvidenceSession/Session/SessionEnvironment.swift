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

    public init(terminalWidth: @escaping @Sendable () -> Int? = { nil }, stateDirectory: String? = nil,
                workingDirectory: String? = nil, cancellation: Cancellation = Cancellation()) {
        self.terminalWidth = terminalWidth
        self.stateDirectory = stateDirectory
        self.workingDirectory = workingDirectory
        self.cancellation = cancellation
    }

    /// For tests and replay: fixed 100 columns, no state directory.
    public static var plain: SessionEnvironment { SessionEnvironment(terminalWidth: { 100 }) }
}
