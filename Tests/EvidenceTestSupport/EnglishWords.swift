/// Common English words that are not also Swedish words, to find a line of Swedish output that
/// is still English (issue 15: "fails on any line that is still English"). Words both
/// languages write (`n`, `r`, `text`, `sd`, `id`, `d_z`) are not here, nor words evsh never
/// translates (command words, column names, `c1`).
package enum EnglishWords {
    package static let list: Set<String> = [
        "the", "and", "of", "with", "without", "only", "students", "student", "matched", "mean", "means",
        "gain", "rows", "row", "columns", "column", "effect", "sizes", "size", "expected", "norms", "than",
        "because", "divides", "differ", "whenever", "quote", "which", "when", "this", "that", "these",
        "from", "both", "values", "value", "at", "or", "is", "are", "was", "were", "be", "not", "no",
        "warning", "error", "hint", "did", "you", "unknown", "loaded", "wrote", "school", "years", "cycles",
        "pupils", "synthetic", "estimate", "rate", "read", "rather",
        "point", "left", "arrived", "stayed", "report", "attrition", "beside", "result", "small", "group",
        "groups", "wide", "uncertainty", "whole", "table", "any", "change", "observed",
        "select", "different", "points", "grades", "compared", "merit", "resamples", "pairs",
        "kept", "seed", "each", "own", "types", "number", "grade", "boolean", "date", "decimal", "comma",
        "more", "shown", "widen", "see", "type", "list", "commands", "dataset", "named", "first", "interrupted",
        "stopped", "before", "command", "expected", "growth", "less", "second", "gains", "scores",
    ]

    /// The words of `line` that are on the list (lower-cased, split at anything not a letter),
    /// leaving out names with an underscore (`ES_vs_expected`, `reading_c1`): never translated.
    package static func found(in line: String) -> [String] {
        line.lowercased().split(separator: " ").filter { !$0.contains("_") }
            .flatMap { $0.split { !$0.isLetter } }.map(String.init).filter { list.contains($0) }
    }
}

extension EnglishWords {
    /// The words of `line` on the list, leaving out what stands in single quotes ('reading',
    /// 'with lenient=true'): names and commands the user types.
    package static func foundOutsideQuotes(in line: String) -> [String] { found(in: unquoted(line)) }

    /// `line` without what stands in single quotes.
    package static func unquoted(_ line: String) -> String {
        line.split(separator: "'", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
    }

    /// The English words of a database command's Swedish output, outside what is not evsh's to
    /// translate: quotes, the SQL it ran (from `SELECT`), the usage syntax, dotted table names
    /// (`s.school.results`) and the echoed command (indented).
    package static func foundInDatabaseOutput(_ text: String) -> [String] {
        text.split(separator: "\n").filter { !$0.hasPrefix("  ") }.flatMap { line -> [String] in
            var head = line.range(of: "SELECT").map { String(line[..<$0.lowerBound]) } ?? String(line)
            if let usage = head.range(of: "så skrivs det:") { head = String(head[..<usage.lowerBound]) }
            head = head.split(separator: " ").filter { !$0.contains(".") }.joined(separator: " ")
            return foundOutsideQuotes(in: head)
        }
    }
}
