import EvidenceData
import EvidenceAnalysis

/// The `set` options of a session.
public struct Settings: Sendable, Equatable {
    /// Output width in columns; nil follows the terminal.
    public var width: Int?
    public var timing = false
    public var ascii = false
    public enum ColorMode: String, Sendable { case auto, on, off }
    public var color = ColorMode.auto
    /// Smallest group shown in workshop mode and exports.
    public var minGroup = 10
    public var workshop = false
    public var seed: UInt64 = 1

    public init() {}
}
