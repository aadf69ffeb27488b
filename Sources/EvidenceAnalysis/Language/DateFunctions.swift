import EvidenceData

/// The date functions of the language (`date`, `year`, `month`, `day`, `days`). A date is days
/// since 1970-01-01 (`Dates`), so parts come from the civil calendar and `days` is a
/// difference. Text is read as a date once per distinct value.
package enum DateFunctions {
    package static func date(_ c: FunctionCall) -> Vec {
        switch c.args[0] {
        case .constant(.text(let s)): return .constant(Dates.parse(s.trimmed()).map { .date($0) } ?? .missing(.empty))
        case .constant(.date(let d)): return .constant(.date(d))
        case .constant: return .constant(.missing(.empty))
        case .column(.date(let d), let valid): return .column(.date(d), valid)
        case .column(let d, let valid):
            guard case .text(let t) = d else { return .constant(.missing(.empty)) }
            let table = t.dictionary.map { Dates.parse($0.trimmed()) ?? .nan }
            let out = t.codes.map { Int($0) < table.count ? table[Int($0)] : .nan }
            return .column(.date(out), valid & Kernels.finite(out))
        }
    }

    /// A part of the calendar date (the year, month or day) as a number.
    package static func part(_ c: FunctionCall, _ pick: @escaping ((year: Int, month: Int, day: Int)) -> Int) -> Vec {
        func of(_ v: Double) -> Double { v.isFinite ? Double(pick(Dates.civil(Dates.day(of: v)))) : .nan }
        switch c.args[0] {
        case .constant(.date(let d)): return .constant(.number(of(d)))
        case .constant: return .constant(.missing(.empty))
        case .column(let data, let valid):
            guard case .date(let d) = data else { return .constant(.missing(.empty)) }
            return .column(.number(Numbers(d.map(of))), valid)
        }
    }

    /// b − a in days (with times, a fraction of a day).
    package static func days(_ c: FunctionCall) -> Vec {
        switch (c.args[0], c.args[1]) {
        case (.constant(.date(let a)), .constant(.date(let b))): return .constant(.number(b - a))
        case (.constant, .constant): return .constant(.missing(.empty))
        default:
            let (a, av) = FunctionLibrary.numbers(c.args[0], c.rows), (b, bv) = FunctionLibrary.numbers(c.args[1], c.rows)
            let out = (0..<c.rows).map { b[$0] - a[$0] }
            return .column(.number(Numbers(out)), av & bv & Kernels.finite(out))
        }
    }
}
