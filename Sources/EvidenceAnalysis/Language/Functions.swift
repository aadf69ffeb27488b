import Foundation
import EvidenceData

/// One built-in function: its name, arity, argument types, a one-line doc and example (shown by
/// `help functions`) and its implementation. Row functions map whole columns to a column;
/// aggregates reduce the present values of their argument to one number.
public struct FunctionSpec: Sendable {
    public enum Arg: String, Sendable {
        case number, text, grade, boolean, date
        /// Any type; `if` and `coalesce` ask that all such arguments agree.
        case any
        /// A number written as a literal (band cuts, quantile p, round digits).
        case constant = "number literal"
    }
    public enum Result: Sendable { case number, text, boolean, date, sameAsInputs }

    public let name: String
    /// Argument types; with `variadic`, the last one repeats.
    public let args: [Arg]
    public let minArgs: Int
    public let variadic: Bool
    public let result: Result
    public let signature: String
    public let doc: String
    public let example: String
    /// Row function: whole columns in, a column out.
    package let row: (@Sendable (FunctionCall) -> Vec)?
    /// Aggregate: present values (and literal parameters) in, one number out.
    package let reduce: (@Sendable ([Double], [Double]) -> Double?)?

    public var isAggregate: Bool { reduce != nil }
    public var maxArgs: Int { variadic ? Int.max : args.count }

    package init(_ name: String, _ args: [Arg], min: Int? = nil, variadic: Bool = false, _ result: Result,
         _ signature: String, _ doc: String, example: String,
         row: (@Sendable (FunctionCall) -> Vec)? = nil, reduce: (@Sendable ([Double], [Double]) -> Double?)? = nil) {
        self.name = name
        self.args = args
        self.minArgs = min ?? args.count
        self.variadic = variadic
        self.result = result
        self.signature = signature
        self.doc = doc
        self.example = example
        self.row = row
        self.reduce = reduce
    }

    package func argType(_ i: Int) -> Arg { i < args.count ? args[i] : (args.last ?? .any) }
}

/// What a row function gets: its evaluated arguments, the row count and its result type.
package struct FunctionCall {
    package var args: [Vec]
    package var rows: Int
    package var type: ExprType
}

/// THE registration table (as Lua's `luaL_Reg`): a new function is a new row here.
public enum Functions {
    package typealias L = FunctionLibrary

    public static let all: [FunctionSpec] = [
        // Numbers
        .init("abs", [.number], .number, "abs(x)", "absolute value", example: "abs(reading_c2 - reading_c1)", row: { L.math($0, Swift.abs) }),
        .init("round", [.number, .constant], min: 1, .number, "round(x[, digits])", "round half away from zero, to 0 or more decimals",
              example: "round(attendance_c1)", row: L.round),
        .init("floor", [.number], .number, "floor(x)", "largest whole number ≤ x", example: "floor(attendance_c1)", row: { L.math($0) { $0.rounded(.down) } }),
        .init("ceil", [.number], .number, "ceil(x)", "smallest whole number ≥ x", example: "ceil(attendance_c1)", row: { L.math($0) { $0.rounded(.up) } }),
        .init("sqrt", [.number], .number, "sqrt(x)", "square root; missing for x < 0", example: "sqrt(obs_c1)", row: { L.math($0) { $0.squareRoot() } }),
        .init("log", [.number], .number, "log(x)", "natural logarithm; missing for x ≤ 0", example: "log(reading_c1)", row: { L.math($0) { $0 > 0 ? Foundation.log($0) : .nan } }),
        .init("exp", [.number], .number, "exp(x)", "e to the power x", example: "exp(obs_c1)", row: { L.math($0) { Foundation.exp($0) } }),
        .init("least", [.number], variadic: true, .number, "least(x, y, …)", "smallest of the present values", example: "least(reading_c1, reading_c2)", row: { L.extreme($0, less: true) }),
        .init("greatest", [.number], variadic: true, .number, "greatest(x, y, …)", "largest of the present values", example: "greatest(reading_c1, reading_c2)", row: { L.extreme($0, less: false) }),
        // Choice and missing values
        .init("if", [.boolean, .any, .any], .sameAsInputs, "if(cond, a, b)", "a where cond is true, b where false, missing where cond is missing",
              example: "if(sen, \"sen\", \"other\")", row: L.ifThenElse),
        .init("coalesce", [.any, .any], variadic: true, .sameAsInputs, "coalesce(x, y, …)", "the first present value",
              example: "coalesce(reading_c2, reading_c1)", row: L.coalesce),
        .init("is_missing", [.any], .boolean, "is_missing(x)", "true where x is missing (never missing itself)", example: "is_missing(reading_c2)", row: L.isMissing),
        // Text
        .init("lower", [.text], .text, "lower(t)", "text in lower case", example: "lower(gender) == \"f\"", row: { L.mapText($0) { $0.lowercased() } }),
        .init("upper", [.text], .text, "upper(t)", "text in upper case", example: "upper(class)", row: { L.mapText($0) { $0.uppercased() } }),
        .init("contains", [.text, .text], .boolean, "contains(t, part)", "true where t contains part (ignoring case)",
              example: "contains(teacher, \"åström\")", row: { L.textTest($0) { $0.contains($1) } }),
        .init("starts_with", [.text, .text], .boolean, "starts_with(t, prefix)", "true where t starts with prefix (ignoring case)",
              example: "starts_with(class, \"5\")", row: { L.textTest($0) { $0.hasPrefix($1) } }),
        .init("length", [.text], .number, "length(t)", "number of characters", example: "length(teacher)", row: L.length),
        .init("replace", [.text, .text, .text], .text, "replace(t, old, new)", "t with every old (exact case) replaced by new",
              example: "replace(class, \"A\", \"a\")", row: L.replace),
        .init("number", [.text], .number, "number(t)", "text read as a number as load reads it (12,5 · 1 234 · 94,5 %); missing when it is not one",
              example: "number(replace(class, \"A\", \"\"))", row: L.number),
        // Dates (days since 1970-01-01; a quoted ISO date is a date where one is needed)
        .init("date", [.text], .date, "date(t)", "text read as a date (YYYY-MM-DD, or with a time HH:MM); missing when it is not one",
              example: "date(\"2025-03-14\")", row: DateFunctions.date),
        .init("year", [.date], .number, "year(d)", "the year of a date", example: "year(date(\"2025-03-14\"))", row: { DateFunctions.part($0) { $0.year } }),
        .init("month", [.date], .number, "month(d)", "the month of a date, 1–12", example: "month(\"2025-03-14\")", row: { DateFunctions.part($0) { $0.month } }),
        .init("day", [.date], .number, "day(d)", "the day of the month, 1–31", example: "day(\"2025-03-14\")", row: { DateFunctions.part($0) { $0.day } }),
        .init("days", [.date, .date], .number, "days(a, b)", "days from a to b (b − a; negative when b is earlier)",
              example: "days(\"2025-01-01\", \"2025-03-14\")", row: DateFunctions.days),
        // Evidence
        .init("points", [.grade], .number, "points(g)", "grade points: F 0, E 10, D 12.5, C 15, B 17.5, A 20", example: "points(writing_c2) - points(writing_c1)", row: L.points),
        .init("band", [.number, .constant], variadic: true, .number, "band(x, cut, …)", "1 below the first cut, 2 from it to the next, …",
              example: "band(reading_c1, 400, 500, 600)", row: L.band),
        .init("z", [.number], .number, "z(x)", "standard score over the current rows: (x − mean) / sd", example: "z(reading_c1)", row: L.zScore),
        .init("rank", [.number], .number, "rank(x)", "rank from 1 (smallest) over the current rows; ties share the average rank", example: "rank(reading_c1)", row: L.rank),
        .init("percentile", [.number], .number, "percentile(x)", "percentile rank 0–100 over the current rows: 100 × (rank − ½) / n",
              example: "percentile(reading_c1) < 20", row: L.percentile),
        // Aggregates
        .init("count", [.any], min: 0, .number, "count([x])", "rows, or present values of x", example: "count(reading_c2)", reduce: { xs, _ in Double(xs.count) }),
        .init("mean", [.number], .number, "mean(x)", "arithmetic mean", example: "mean(reading_c1)", reduce: { xs, _ in Aggregates.mean(xs) }),
        .init("median", [.number], .number, "median(x)", "middle value (q(x, 0.5))", example: "median(reading_c1)", reduce: { xs, _ in Aggregates.median(xs) }),
        .init("sd", [.number], .number, "sd(x)", "sample standard deviation (n − 1)", example: "sd(reading_c1)", reduce: { xs, _ in Aggregates.sd(xs) }),
        .init("var", [.number], .number, "var(x)", "sample variance (n − 1)", example: "var(reading_c1)", reduce: { xs, _ in Aggregates.variance(xs) }),
        .init("min", [.number], .number, "min(x)", "smallest value", example: "min(reading_c1)", reduce: { xs, _ in Aggregates.min(xs) }),
        .init("max", [.number], .number, "max(x)", "largest value", example: "max(reading_c1)", reduce: { xs, _ in Aggregates.max(xs) }),
        .init("sum", [.number], .number, "sum(x)", "total", example: "sum(obs_c1)", reduce: { xs, _ in Aggregates.sum(xs) }),
        .init("pct", [.boolean], .number, "pct(cond)", "percent of rows where cond is true (of those where it is not missing)",
              example: "pct(writing_c2 >= \"C\")", reduce: { xs, _ in Aggregates.mean(xs).map { $0 * 100 } }),
        .init("q", [.number, .constant], .number, "q(x, p)", "quantile p (0–1), linear interpolation", example: "q(reading_c1, 0.25)",
              reduce: { xs, ps in Aggregates.quantile(xs, ps.first ?? 0.5) }),
        .init("iqr", [.number], .number, "iqr(x)", "interquartile range q(x, 0.75) − q(x, 0.25)", example: "iqr(reading_c1)", reduce: { xs, _ in Aggregates.iqr(xs) }),
    ]

    package static let byName: [String: FunctionSpec] = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })

    public static func named(_ name: String) -> FunctionSpec? { byName[name.lowercased()] }

    public static var names: [String] { all.map(\.name) }
}

extension Functions {
    /// `help functions`: every function with its doc (in `language`, `HelpPart`) and example.
    public static func helpText(language: Language = .en) -> String {
        var lines: [String] = []
        let w = all.map { DisplayWidth.of($0.signature) }.max() ?? 0
        for (title, aggregate) in [(HelpMessage.rowFunctions, false), (HelpMessage.aggregates, true)] {
            lines += [title.text(language)]
            for f in all where f.isAggregate == aggregate {
                lines.append("  " + DisplayWidth.pad(f.signature, to: w) + "  " + HelpPart.function(f.name, f.doc, language))
                lines.append("  " + String(repeating: " ", count: w) + "  " + HelpMessage.forExample.text(language, .text(f.example)))
            }
            lines.append("")
        }
        lines.append(HelpMessage.functionsFooter.text(language))
        return lines.joined(separator: "\n")
    }
}
