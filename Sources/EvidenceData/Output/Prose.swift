/// Words for the reader, with the student counts in them kept as typed values: the privacy
/// step (docs/privacy.md) hides a small group's size in a sentence as it does in a table,
/// without reading digits out of text. Write counts as `"\(count: n) of \(count: total) rows"`;
/// any other interpolation is plain text.
public struct Prose: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public enum Part: Sendable, Equatable {
        case text(String)
        /// A number of students (or rows, each a student).
        case count(Int)
        /// A count hidden by the privacy step: shown as `<k`.
        case hidden(k: Int)
        /// A number computed from `of` students (a cutoff, a mean): hidden with the count.
        case statistic(String, of: Int)
        /// Text about single students (example ids): dropped by the privacy step.
        case individual(String)
        /// The noun after a count (` student` / ` students`), agreeing with it: plural once the
        /// count is hidden (`<10 students`).
        case noun(singular: String, plural: String, count: Int)
    }

    public var parts: [Part]

    public init(_ text: String) { parts = text.isEmpty ? [] : [.text(text)] }
    public init(parts: [Part]) { self.parts = parts }
    public init(stringLiteral value: String) { self.init(value) }
    public init(stringInterpolation: StringInterpolation) { parts = stringInterpolation.parts }

    public struct StringInterpolation: StringInterpolationProtocol {
        var parts: [Part] = []
        public init(literalCapacity: Int, interpolationCount: Int) {}
        public mutating func appendLiteral(_ literal: String) { appendText(literal) }
        public mutating func appendInterpolation<T>(_ value: T) { appendText(String(describing: value)) }
        // Text and numbers without `String(describing:)`: its dynamic casts look the type's
        // conformances up at run time, about 130 000 instructions the first time per type.
        public mutating func appendInterpolation(_ value: String) { appendText(value) }
        public mutating func appendInterpolation(_ value: Substring) { appendText(String(value)) }
        public mutating func appendInterpolation(_ value: Int) { appendText(String(value)) }
        /// A count of students the privacy step may hide.
        public mutating func appendInterpolation(count n: Int) { parts.append(.count(n)) }
        /// `\(count: n, "student")`: the count and its noun, `1 student`, `3 students`.
        public mutating func appendInterpolation(count n: Int, _ singular: String, plural: String? = nil) {
            parts.append(.count(n))
            parts.append(.noun(singular: " " + singular, plural: " " + (plural ?? Plural.plural(of: singular)), count: n))
        }
        /// A statistic of `n` students the privacy step hides when `n` is under min-group.
        public mutating func appendInterpolation(_ text: String, of n: Int) { parts.append(.statistic(text, of: n)) }
        /// Text about single students, left out in workshop mode.
        public mutating func appendInterpolation(individual text: String) { parts.append(.individual(text)) }
        /// Prose inside prose keeps its counts.
        public mutating func appendInterpolation(_ p: Prose) { for part in p.parts { append(part) } }

        mutating func append(_ part: Part) { if case .text(let t) = part { appendText(t) } else { parts.append(part) } }
        mutating func appendText(_ t: String) {
            guard !t.isEmpty else { return }
            if case .text(let last)? = parts.last { parts[parts.count - 1] = .text(last + t) } else { parts.append(.text(t)) }
        }
    }

    /// The text as shown.
    public var text: String {
        parts.map {
            switch $0 {
            case .text(let t): t
            case .count(let n): String(n)
            case .hidden(let k): "<\(k)"
            case .statistic(let t, _): t
            case .individual(let t): t
            case .noun(let one, let many, let n): n == 1 ? one : many
            }
        }.joined()
    }

    public var description: String { text }

    /// The counts that are shown.
    public var counts: [Int] { parts.compactMap { if case .count(let n) = $0 { n } else { nil } } }

    /// Counts of 1…k−1 hidden as `<k` (zero names nobody and stays).
    public func suppressing(k: Int, language: Language = .en) -> Prose {
        Prose(parts: parts.map {
            switch $0 {
            case .count(let n) where n > 0 && n < k: .hidden(k: k)
            case .statistic(_, let n) where n < k: .text(CommonMessage.hiddenStatistic.text(language, .quantity(k)))
            case .individual: .text("")
            case .noun(let one, let many, let n) where n > 0 && n < k: .noun(singular: one, plural: many, count: 2)
            default: $0
            }
        })
    }

    public static func + (a: Prose, b: Prose) -> Prose {
        var i = StringInterpolation(literalCapacity: 0, interpolationCount: 0)
        for p in a.parts + b.parts { i.append(p) }
        return Prose(parts: i.parts)
    }
}

extension Sequence where Element == Prose {
    /// The pieces with `separator` between them, counts kept.
    public func joined(_ separator: String) -> Prose {
        var out = Prose("")
        for (i, p) in enumerated() { out = i == 0 ? p : out + Prose(separator) + p }
        return out
    }
}
