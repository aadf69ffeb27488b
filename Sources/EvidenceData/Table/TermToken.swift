/// A term token found in a name: `HT24`, `VT2025`, `höst 2024`, `T1 2025`, `Term 1 2025`,
/// `2025-05`, `vecka 12`, `v12`. It is whole words of the name (words are cut at a space, `_`,
/// `-`, `.` and brackets), anywhere in it, so `Lärarobservation HT24`, `Poäng_ma_ht24`,
/// `Reading T1 2025 (aRs)` and the file `NP åk6 HT2024.csv` all hold one
/// (docs/analysis.md, "Cycles from names").
///
/// `label` is the normalised form (`ht24`, `vt25`, `t1_2025`, `2025-05`, `v12`) and `key` its
/// place in time, so tokens of different forms still sort sensibly: year·100 + a month-like
/// step (vt 1, T1 2, T2 5, ht 7, T3 8, T4 11, or the month); weeks carry no year and sort before
/// them (100 + week). `CycleOrder` orders cycle labels by this key.
public struct TermToken: Sendable, Equatable {
    public var label: String
    public var key: Int
    /// The name without the token, its separators tidied: `Reading T1 2025 (aRs)` → `Reading (aRs)`.
    public var stem: String

    /// The last term token in `name`, or nil.
    public static func find(in name: String) -> TermToken? {
        let words = segments(name)
        var i = words.count - 1
        while i >= 0 {
            // Prefer the longest match ending last: try each start from the right.
            if let (n, label, key) = match(words, at: i) {
                return TermToken(label: label, key: key, stem: stem(of: name, removing: words[i].range.lowerBound..<words[i + n - 1].range.upperBound))
            }
            i -= 1
        }
        return nil
    }

    /// The token when `label` is nothing but one (`HT24`, `t1_2025`, `2025-05`), else nil.
    public static func whole(_ label: String) -> TermToken? {
        let words = segments(label)
        guard !words.isEmpty, let (n, l, k) = match(words, at: 0), n == words.count else { return nil }
        return TermToken(label: l, key: k, stem: "")
    }

    // MARK: - Words

    struct Word {
        var text: String
        var range: Range<String.Index>
    }

    static func isSeparator(_ c: Character) -> Bool {
        c == " " || c == "_" || c == "-" || c == "." || c == "(" || c == ")" || c == "[" || c == "]" || c == "\u{00A0}"
    }

    static func segments(_ name: String) -> [Word] {
        var out: [Word] = []
        var start: String.Index?
        var i = name.startIndex
        while i < name.endIndex {
            if isSeparator(name[i]) {
                if let s = start { out.append(Word(text: name[s..<i].lowercased(), range: s..<i)); start = nil }
            } else if start == nil { start = i }
            i = name.index(after: i)
        }
        if let s = start { out.append(Word(text: name[s...].lowercased(), range: s..<name.endIndex)) }
        return out
    }

    // MARK: - Forms

    /// The forms starting at word `i`: how many words they take, the label and the key.
    static func match(_ w: [Word], at i: Int) -> (Int, String, Int)? {
        let a = w[i].text
        let next = i + 1 < w.count ? w[i + 1].text : nil
        let third = i + 2 < w.count ? w[i + 2].text : nil
        // HT24, VT2025, ht 2024, höst 2024, våren 2025
        for (prefix, half) in [("ht", 1), ("vt", 0)] where a.hasPrefix(prefix) {
            if let y = year(String(a.dropFirst(2)), twoDigits: true) { return (1, halfLabel(half, y), y * 100 + (half == 1 ? 7 : 1)) }
        }
        if let half = ["ht": 1, "vt": 0, "höst": 1, "hösten": 1, "vår": 0, "våren": 0][a], let n = next,
           let y = year(n, twoDigits: a.count == 2) {
            return (2, halfLabel(half, y), y * 100 + (half == 1 ? 7 : 1))
        }
        // T1 2025, T1_2025, Term 1 2025, termin 1 2025
        if a.count == 2, a.hasPrefix("t"), let t = term(String(a.dropFirst())), let n = next, let y = year(n, twoDigits: false) {
            return (2, "t\(t)_\(y)", y * 100 + termStep[t - 1])
        }
        if a == "term" || a == "termin", let n = next, let t = term(n), let n3 = third, let y = year(n3, twoDigits: false) {
            return (3, "t\(t)_\(y)", y * 100 + termStep[t - 1])
        }
        if let y = year(a, twoDigits: false), let n = next {
            // 2025 T1
            if n.count == 2, n.hasPrefix("t"), let t = term(String(n.dropFirst())) { return (2, "t\(t)_\(y)", y * 100 + termStep[t - 1]) }
            // 2025-05
            if n.count == 2, let m = Int(n), (1...12).contains(m), n.allSatisfy(\.isASCII) {
                return (2, "\(y)-\(n)", y * 100 + m)
            }
        }
        // vecka 12, v12, v.12, week 12, w12
        if ["vecka", "v", "week", "w"].contains(a), let n = next, let k = week(n) { return (2, "v\(k)", 100 + k) }
        for prefix in ["vecka", "week", "v", "w"] where a.hasPrefix(prefix) && a.count > prefix.count {
            if let k = week(String(a.dropFirst(prefix.count))) { return (1, "v\(k)", 100 + k) }
        }
        return nil
    }

    /// Where terms 1–4 of the New Zealand school year fall, as a month (Feb, May, Jul/Aug, Oct).
    static let termStep = [2, 5, 8, 11]

    static func halfLabel(_ half: Int, _ y: Int) -> String {
        let yy = (2000...2099).contains(y) ? String(String(y % 100 + 100).dropFirst()) : String(y)
        return (half == 1 ? "ht" : "vt") + yy
    }

    /// A year of 4 digits (1990–2099), or of 2 digits (20xx) where the form allows it.
    static func year(_ s: String, twoDigits: Bool) -> Int? {
        guard s.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int(s) else { return nil }
        if s.count == 4, (1990...2099).contains(v) { return v }
        if twoDigits, s.count == 2 { return 2000 + v }
        return nil
    }

    static func term(_ s: String) -> Int? {
        guard s.count == 1, let v = Int(s), (1...4).contains(v) else { return nil }
        return v
    }

    static func week(_ s: String) -> Int? {
        guard (1...2).contains(s.count), s.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int(s), (1...53).contains(v) else { return nil }
        return v
    }

    // MARK: - Stem

    /// `name` without `range`: the part before (its trailing separators dropped) and the part
    /// after (its leading ones dropped), joined by the separator that stood before the token.
    static func stem(of name: String, removing range: Range<String.Index>) -> String {
        var before = name[..<range.lowerBound]
        var joint: Character = " "
        while let last = before.last, isSeparator(last), last != ")", last != "]" { joint = last; before = before.dropLast() }
        var after = name[range.upperBound...]
        while let first = after.first, isSeparator(first), first != "(", first != "[" {
            if before.isEmpty { joint = first }
            after = after.dropFirst()
        }
        if before.isEmpty { return String(after) }
        if after.isEmpty { return String(before) }
        return String(before) + String(joint) + String(after)
    }
}
