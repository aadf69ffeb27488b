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
    /// A workbook's error cells (a formula that failed): `#N/A`, `#DIV/0!`, `#VALUE!`,
    /// `#REF!`, `#NAME?`, `#NUM!`, `#NULL!`, and the newer ones (`#SPILL!`, `#CALC!`, …) as
    /// `errorOther`. Kept apart from empty cells so `describe` shows why a value is missing.
    case errorNA, errorDiv0, errorValue, errorRef, errorName, errorNum, errorNull, errorOther

    /// The marker as written in the file ("" for empty).
    public var marker: String {
        switch self {
        case .empty: ""
        case .notAvailable: "."
        case .suppressed: ".."
        case .absent: "-"
        case .nearly100: "~100"
        case .errorNA: "#N/A"
        case .errorDiv0: "#DIV/0!"
        case .errorValue: "#VALUE!"
        case .errorRef: "#REF!"
        case .errorName: "#NAME?"
        case .errorNum: "#NUM!"
        case .errorNull: "#NULL!"
        case .errorOther: "#ERROR"
        }
    }

    public var explanation: String {
        switch self {
        case .empty: "empty"
        case .notAvailable: "'.' missing or cannot be shown"
        case .suppressed: "'..' suppressed (fewer than 10 pupils)"
        case .absent: "'-' not set because of absence"
        case .nearly100: "'~100' 1–4 pupils below the level"
        case .errorNA: "'#N/A' a workbook's error cell: no value available"
        case .errorDiv0: "'#DIV/0!' a workbook's error cell: division by zero"
        case .errorValue: "'#VALUE!' a workbook's error cell: a value of the wrong type"
        case .errorRef: "'#REF!' a workbook's error cell: a reference to a deleted cell"
        case .errorName: "'#NAME?' a workbook's error cell: an unknown name in a formula"
        case .errorNum: "'#NUM!' a workbook's error cell: an impossible number"
        case .errorNull: "'#NULL!' a workbook's error cell: ranges that do not meet"
        case .errorOther: "'#ERROR' a workbook's error cell of another kind (#SPILL!, #CALC!, …)"
        }
    }

    /// The kind of a workbook's error cell from its text (`#N/A`, `#DIV/0!`, …).
    static func cellError(_ text: some StringProtocol) -> MissingKind {
        switch text {
        case "#N/A": .errorNA
        case "#DIV/0!": .errorDiv0
        case "#VALUE!": .errorValue
        case "#REF!": .errorRef
        case "#NAME?": .errorName
        case "#NUM!": .errorNum
        case "#NULL!": .errorNull
        default: .errorOther
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
