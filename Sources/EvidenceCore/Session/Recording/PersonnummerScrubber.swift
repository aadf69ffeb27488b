/// Keeps personnummer out of everything a session writes (scripts, transcripts, the journal):
/// a valid-looking one typed in a command or comment is replaced by `<personnummer>`.
/// Matches YYMMDD-NNNC, YYMMDD+NNNC, YYYYMMDD-NNNC and the same without the separator, with a
/// plausible month and day (day + 60 for samordningsnummer) and a correct Luhn check digit.
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
            let ten = Array(digits.suffix(6)) + tail
            if plausibleDate(ten), luhnValid(ten) { return j }
        }
        return nil
    }

    static func plausibleDate(_ d: [Int]) -> Bool {
        let month = d[2] * 10 + d[3], day = d[4] * 10 + d[5]
        return (1...12).contains(month) && ((1...31).contains(day) || (61...91).contains(day))
    }

    /// Luhn over the ten digits YYMMDDNNNC: weights 2,1,2,… on the first nine.
    private static func digit(_ c: Character) -> Int? {
        guard let a = c.asciiValue, a >= 48, a <= 57 else { return nil }
        return Int(a - 48)
    }

    static func luhnValid(_ d: [Int]) -> Bool {
        var sum = 0
        for k in 0..<9 {
            let p = d[k] * (k % 2 == 0 ? 2 : 1)
            sum += p / 10 + p % 10
        }
        return (10 - sum % 10) % 10 == d[9]
    }
}
