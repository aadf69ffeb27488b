import Foundation

/// Column names as every reader hands them on: trimmed, an empty one named by its place, and
/// repeated ones told apart (Skolverket repeats Totalt/Flickor/Pojkar).
enum ColumnNames {
    static func cleaned(_ raw: [String]) -> [String] {
        deduplicated(raw.enumerated().map { j, name in
            let t = name.trimmingCharacters(in: .whitespaces)
            return t.isEmpty ? "column_\(j + 1)" : t
        })
    }

    /// Repeated names (Totalt, Flickor, Pojkar …) get _2, _3 ….
    static func deduplicated(_ names: [String]) -> [String] {
        var seen: [String: Int] = [:]
        var taken = Set(names)
        return names.map { n in
            guard let k = seen[n] else { seen[n] = 1; return n }
            var i = k + 1
            while taken.contains("\(n)_\(i)") { i += 1 }
            seen[n] = i
            taken.insert("\(n)_\(i)")
            return "\(n)_\(i)"
        }
    }
}
