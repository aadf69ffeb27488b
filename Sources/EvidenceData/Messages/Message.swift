/// What fills a template's `{n}` (`MessageKey`): typed, so numbers are written in the reader's
/// style and counts of students stay counts the privacy step can hide (`Prose`).
public enum MessageArgument: Sendable, Equatable, ExpressibleByStringLiteral {
    case text(String)
    /// A number of students or rows (`{1}`, or `{1:student|students}` with its noun).
    case count(Int)
    /// A number of things that are not students (groups, columns), never hidden; with a noun,
    /// `{1:group|groups}`.
    case quantity(Int)
    /// A number with fixed decimals, in the language's style (`0.36`, `0,36`).
    case number(Double, decimals: Int)
    /// A number computed from `of` students, with its unit (`" %"`): hidden with them under
    /// min-group.
    case statistic(Double, decimals: Int, of: Int, unit: String = "")
    /// Text about single students, left out in workshop mode.
    case individual(String)
    /// Prose made elsewhere, its counts kept.
    case prose(Prose)
    /// Another catalogue message, filled in the same language (a reader's reason inside the
    /// loader's sentence: "'f.xlsx' is not a readable workbook: {1}").
    indirect case message(Message)

    public init(stringLiteral value: String) { self = .text(value) }
}

/// A key with its arguments: rendered in any language, now or later (a `Diagnostic` keeps one
/// so the session can show it in the reader's language).
public struct Message: Sendable, Equatable {
    public let id: String
    let entries: [Language: String]
    public let args: [MessageArgument]

    public static func == (a: Message, b: Message) -> Bool { a.id == b.id && a.args == b.args }

    /// The text in `language`; English when the key has no entry in it (the tests keep every
    /// key complete, so this is only a net).
    public func prose(_ language: Language) -> Prose {
        guard let template = entries[language] ?? entries[.en] else { return Prose(id) }
        return Message.fill(template, args, language.numbers, language)
    }

    public func text(_ language: Language) -> String { prose(language).text }

    /// The message with `f` applied to its text arguments, nested messages' too (the privacy
    /// step's scrub of a diagnostic: a field or a file name may hold a personnummer).
    package func mappingText(_ f: (String) -> String) -> Message {
        Message(id: id, entries: entries, args: args.map { a in
            switch a {
            case .text(let s): .text(f(s))
            case .individual(let s): .individual(f(s))
            case .message(let m): .message(m.mappingText(f))
            default: a
            }
        })
    }

    /// The template with its `{n}` and `{n:one|many}` filled.
    static func fill(_ template: String, _ args: [MessageArgument], _ numbers: NumberStyle, _ language: Language = .en) -> Prose {
        var parts = Prose.StringInterpolation(literalCapacity: template.utf8.count, interpolationCount: args.count)
        var chars = Substring(template)
        while let open = chars.firstIndex(where: { $0 == "{" || $0 == "}" }) {
            parts.appendLiteral(String(chars[..<open]))
            let next = chars.index(after: open)
            if next < chars.endIndex, chars[next] == chars[open] {
                parts.appendLiteral(String(chars[open]))
                chars = chars[chars.index(after: next)...]
                continue
            }
            guard chars[open] == "{", let close = chars[next...].firstIndex(of: "}") else {
                parts.appendLiteral(String(chars[open...]))
                return Prose(parts: parts.parts)
            }
            let spec = Placeholder(chars[next..<close])
            if let spec, spec.index >= 1, spec.index <= args.count {
                append(args[spec.index - 1], noun: spec.noun, to: &parts, numbers, language)
            } else {
                parts.appendLiteral(String(chars[open...close]))
            }
            chars = chars[chars.index(after: close)...]
        }
        parts.appendLiteral(String(chars))
        return Prose(parts: parts.parts)
    }

    static func append(_ a: MessageArgument, noun: (String, String)?, to p: inout Prose.StringInterpolation, _ numbers: NumberStyle,
                       _ language: Language) {
        switch a {
        case .text(let s): p.appendLiteral(s)
        case .count(let n):
            if let (one, many) = noun { p.appendInterpolation(count: n, one, plural: many) } else { p.appendInterpolation(count: n) }
        case .quantity(let n):
            p.appendLiteral(numbers.integer(n))
            if let (one, many) = noun { p.appendLiteral(" " + (n == 1 ? one : many)) }
        case .number(let d, let dec): p.appendLiteral(numbers.fixed(d, decimals: dec))
        case .statistic(let d, let dec, let n, let unit): p.appendInterpolation(numbers.fixed(d, decimals: dec) + unit, of: n)
        case .individual(let s): p.appendInterpolation(individual: s)
        case .prose(let x): p.appendInterpolation(x)
        case .message(let m): p.appendInterpolation(m.prose(language))
        }
    }

    /// `{n}` or `{n:one|many}`.
    struct Placeholder {
        let index: Int
        let noun: (String, String)?
        init?(_ s: Substring) {
            let colon = s.firstIndex(of: ":")
            guard let i = Int(s[..<(colon ?? s.endIndex)]) else { return nil }
            index = i
            if let colon {
                let words = s[s.index(after: colon)...].split(separator: "|", omittingEmptySubsequences: false)
                guard words.count == 2 else { return nil }
                noun = (String(words[0]), String(words[1]))
            } else {
                noun = nil
            }
        }
    }

    /// The argument numbers a template uses (for the catalogue's tests).
    public static func placeholders(in template: String) -> [Int] {
        var out: [Int] = []
        var chars = Substring(template)
        while let open = chars.firstIndex(of: "{") {
            let next = chars.index(after: open)
            if next < chars.endIndex, chars[next] == "{" { chars = chars[chars.index(after: next)...]; continue }
            guard let close = chars[next...].firstIndex(of: "}") else { break }
            if let p = Placeholder(chars[next..<close]) { out.append(p.index) }
            chars = chars[chars.index(after: close)...]
        }
        return out.sorted()
    }
}
