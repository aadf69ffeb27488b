/// Why a value is missing. Skolverket's published statistics use markers that mean different
/// things; they are kept as typed missing values rather than text or NaN.
public enum MissingKind: UInt8, Sendable, CaseIterable {
    /// An empty field.
    case empty = 0
    /// `.` — missing or cannot be shown.
    case notAvailable
    /// `..` — based on fewer than 10 pupils, suppressed for confidentiality.
    case suppressed
    /// `-` — not set because of absence.
    case absent
    /// `~100` — 1–4 pupils did not reach the level; the share is about 100.
    case nearly100

    /// The marker as written in the file ("" for empty).
    public var marker: String {
        switch self {
        case .empty: ""
        case .notAvailable: "."
        case .suppressed: ".."
        case .absent: "-"
        case .nearly100: "~100"
        }
    }

    public var explanation: String {
        switch self {
        case .empty: "empty"
        case .notAvailable: "'.' missing or cannot be shown"
        case .suppressed: "'..' suppressed (fewer than 10 pupils)"
        case .absent: "'-' not set because of absence"
        case .nearly100: "'~100' 1–4 pupils below the level"
        }
    }

    /// Recognise a Skolverket marker token (after trimming). Empty text is `.empty`.
    public init?(marker: some StringProtocol) {
        switch marker {
        case "": self = .empty
        case ".": self = .notAvailable
        case "..": self = .suppressed
        case "-", "–": self = .absent
        case "~100": self = .nearly100
        default: return nil
        }
    }
}
