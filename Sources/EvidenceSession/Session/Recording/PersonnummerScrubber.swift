import EvidenceData
import EvidenceAnalysis

/// Keeps personnummer out of everything a session writes (scripts, transcripts, the journal):
/// a valid-looking one typed in a command or comment is replaced by `<personnummer>`.
/// Matches YYMMDD-NNNC, YYMMDD+NNNC, YYYYMMDD-NNNC and the same without the separator, valid
/// by `Personnummer`'s rule (month, day or day + 60, century, Luhn check digit).
public enum PersonnummerScrubber {
    public static let replacement = "<personnummer>"

    /// The text with every personnummer replaced, and how many there were.
    public static func scrub(_ text: String) -> (text: String, count: Int) {
        let chars = Array(text)
        var out = ""
        var count = 0
        var i = 0
        while i < chars.count {
            // Only at the start of a digit run.
            if digit(chars[i]) != nil, i == 0 || digit(chars[i - 1]) == nil, let end = match(chars, at: i) {
                out += replacement
                count += 1
                i = end
                continue
            }
            out.append(chars[i])
            i += 1
        }
        return (count == 0 ? text : out, count)
    }

    /// The end index of a personnummer starting at `i`, or nil.
    static func match(_ c: [Character], at i: Int) -> Int? {
        for dateLength in [8, 6] {
            var j = i
            var digits: [Int] = []
            while j < c.count, j - i < dateLength, let d = digit(c[j]) { digits.append(d); j += 1 }
            guard digits.count == dateLength else { continue }
            if j < c.count, c[j] == "-" || c[j] == "+" { j += 1 }
            var tail: [Int] = []
            while j < c.count, tail.count < 4, let d = digit(c[j]) { tail.append(d); j += 1 }
            guard tail.count == 4, j == c.count || digit(c[j]) == nil else { continue }
            // The same rule as the loader's (Personnummer): date, century, Luhn digit.
            if Personnummer.normalized(String(c[i..<j])) != nil { return j }
        }
        return nil
    }

    private static func digit(_ c: Character) -> Int? {
        guard let a = c.asciiValue, a >= 48, a <= 57 else { return nil }
        return Int(a - 48)
    }
}
