/// Dates as evsh keeps them: days since 1970-01-01 as a Double, the fraction being the time of
/// day (`2025-03-14 08:30` is 20161.354…). Whole days are exact; times are kept to well under a
/// second and shown to the minute (or the second when it has seconds). One calendar (the
/// proleptic Gregorian), no time zones: school exports give local dates. docs/architecture.md,
/// "Data".
public enum Dates {
    /// Days from 1970-01-01 to a civil date (Howard Hinnant's `days_from_civil`).
    public static func days(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date (year, month, day) of a day count (Hinnant's `civil_from_days`).
    public static func civil(_ z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp + (mp < 10 ? 3 : -9)
        return (m <= 2 ? y + 1 : y, m, d)
    }

    public static func daysInMonth(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The whole day a value falls on (its date without the time).
    @inline(__always) public static func day(of v: Double) -> Int { Int(v.rounded(.down)) }

    /// Seconds into its day, rounded to the second.
    static func seconds(of v: Double) -> Int {
        Int(((v - v.rounded(.down)) * 86_400).rounded())
    }

    /// ISO text: `2025-03-14`, with a time `2025-03-14 08:30` (or `08:30:15`).
    public static func text(_ v: Double) -> String {
        guard v.isFinite, v.magnitude < 3_000_000 else { return "" }
        var d = day(of: v), s = seconds(of: v)
        if s == 86_400 { d += 1; s = 0 }
        let c = civil(d)
        let date = "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
        if s == 0 { return date }
        let time = "\(pad(s / 3600, 2)):\(pad(s / 60 % 60, 2))"
        return s % 60 == 0 ? "\(date) \(time)" : "\(date) \(time):\(pad(s % 60, 2))"
    }

    private static func pad(_ n: Int, _ w: Int) -> String {
        let s = String(n)
        return s.count >= w ? s : String(repeating: "0", count: w - s.count) + s
    }

    /// An ISO date `YYYY-MM-DD`, optionally with a time `HH:MM` or `HH:MM:SS` after a space
    /// or `T`. Nothing else: `2025-05` is a year-month (a term token), `20250314` may be an id,
    /// and a day that does not exist (`2025-02-30`) is not a date.
    public static func parse(_ p: UnsafePointer<UInt8>, _ n: Int) -> Double? {
        guard n == 10 || n == 16 || n == 19 else { return nil }
        @inline(__always) func digits(_ at: Int, _ k: Int) -> Int? {
            var v = 0
            for i in at..<(at + k) {
                let c = p[i] &- 48
                guard c < 10 else { return nil }
                v = v * 10 + Int(c)
            }
            return v
        }
        guard p[4] == UInt8(ascii: "-"), p[7] == UInt8(ascii: "-"),
              let y = digits(0, 4), let m = digits(5, 2), let d = digits(8, 2),
              y >= 1000, (1...12).contains(m), d >= 1, d <= daysInMonth(y, m) else { return nil }
        let whole = Double(days(y, m, d))
        if n == 10 { return whole }
        guard p[10] == 0x20 || p[10] == UInt8(ascii: "T"), p[13] == UInt8(ascii: ":"),
              let hh = digits(11, 2), let mm = digits(14, 2), hh < 24, mm < 60 else { return nil }
        var ss = 0
        if n == 19 {
            guard p[16] == UInt8(ascii: ":"), let s = digits(17, 2), s < 60 else { return nil }
            ss = s
        }
        return whole + Double(hh * 3600 + mm * 60 + ss) / 86_400
    }

    public static func parse(_ s: String) -> Double? {
        var bytes = Array(s.utf8)
        return bytes.withUnsafeMutableBufferPointer { b in
            guard let base = b.baseAddress else { return nil }
            return parse(base, b.count)
        }
    }
}
