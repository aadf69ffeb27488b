/// "Did you mean …?" by edit distance, as argument parsers and compilers do.
public enum Suggestions {
    /// The nearest candidate within a distance that scales with the word's length, or nil.
    public static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        let w = word.lowercased()
        var best: (String, Int)?
        for c in candidates {
            let d = distance(w, c.lowercased())
            if best == nil || d < best!.1 { best = (c, d) }
        }
        guard let (name, d) = best else { return nil }
        let limit = max(1, min(3, w.count / 3 + 1))
        if d <= limit { return name }
        // A prefix of a longer name ("read" → "reading_c1") is a good guess too.
        if w.count >= 3, let p = candidates.first(where: { $0.lowercased().hasPrefix(w) }) { return p }
        return nil
    }

    /// Damerau–Levenshtein (optimal string alignment) distance over Characters.
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[x.count][y.count]
    }

    /// "did you mean 'x'?" (in any language: `CommonMessage.didYouMean`) or nil.
    public static func suggestion(_ word: String, in candidates: some Sequence<String>) -> Message? {
        nearest(to: word, in: candidates).map { CommonMessage.didYouMean(.text($0)) }
    }

    /// "did you mean 'x'?" or nil.
    public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String? {
        nearest(to: word, in: candidates).map { "did you mean '\($0)'?" }
    }
}
