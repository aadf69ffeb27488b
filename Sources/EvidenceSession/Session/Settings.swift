import EvidenceData
import EvidenceAnalysis

/// The `set` options of a session.
public struct Settings: Sendable, Equatable {
    /// Output width in columns; nil follows the terminal.
    public var width: Int?
    /// Every width in use is within this range, wherever it came from (`set width`, the
    /// terminal, `COLUMNS`, a transcript header): a chart allocates width × height cells.
    public static let widthRange = 20...1000
    /// A width from anywhere, brought into `widthRange`.
    public static func bounded(width: Int) -> Int { min(max(width, widthRange.lowerBound), widthRange.upperBound) }
    public var timing = false
    public var ascii = false
    public enum ColorMode: String, Sendable { case auto, on, off }
    public var color = ColorMode.auto
    /// Smallest group shown in workshop mode and exports.
    public var minGroup = 10
    public var workshop = false
    public var seed: UInt64 = 1
    /// The language of messages, headers and numbers (docs/shell.md, "Language"). Tests and
    /// sessions start in English; the executable starts from LC_ALL / LC_MESSAGES / LANG.
    public var language = Language.en

    public init() {}
}
