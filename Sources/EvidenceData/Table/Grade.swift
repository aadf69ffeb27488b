/// Swedish grades A–F. Stored as small codes, ordinal F < E < D < C < B < A.
/// Points follow Skolverket's merit scale: F=0, E=10, D=12.5, C=15, B=17.5, A=20.
public enum Grade: UInt8, Sendable, CaseIterable, Comparable {
    case F = 0, E, D, C, B, A

    public static func < (a: Grade, b: Grade) -> Bool { a.rawValue < b.rawValue }

    public var letter: String {
        switch self {
        case .F: "F"
        case .E: "E"
        case .D: "D"
        case .C: "C"
        case .B: "B"
        case .A: "A"
        }
    }

    public var points: Double {
        switch self {
        case .F: 0
        case .E: 10
        case .D: 12.5
        case .C: 15
        case .B: 17.5
        case .A: 20
        }
    }

    /// Points by code, for vectorised lookups.
    public static let pointsTable: [Double] = Grade.allCases.map(\.points)

    public init?(letter: some StringProtocol) {
        switch letter {
        case "A", "a": self = .A
        case "B", "b": self = .B
        case "C", "c": self = .C
        case "D", "d": self = .D
        case "E", "e": self = .E
        case "F", "f": self = .F
        default: return nil
        }
    }
}
