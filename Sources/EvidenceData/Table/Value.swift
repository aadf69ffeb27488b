/// One boxed value: for display, literals and tests. Hot paths work on whole columns instead.
public enum Value: Sendable, Equatable, CustomStringConvertible {
    case number(Double)
    case text(String)
    case grade(Grade)
    case boolean(Bool)
    /// Days since 1970-01-01 (`Dates`).
    case date(Double)
    case missing(MissingKind)

    public var isMissing: Bool { if case .missing = self { true } else { false } }

    public var description: String {
        switch self {
        case .number(let d): NumberFormat.plain(d)
        case .text(let s): s
        case .grade(let g): g.letter
        case .boolean(let b): b ? "true" : "false"
        case .date(let d): Dates.text(d)
        case .missing(let k): k == .empty ? "" : k.marker
        }
    }
}
