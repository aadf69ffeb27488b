/// Excel's date serials as ISO text. In the 1900 system day 1 is 1900-01-01 and day 60 is the
/// 29 February 1900 that never was (Lotus 1-2-3's leap-year bug, kept by Excel), so serials
/// from 61 on are one day ahead of a plain count; in the 1904 system day 0 is 1904-01-01.
/// evsh has no date type yet: dates load as ISO text, which sorts in date order
/// (`2025-03-14`, `2025-03-14 08:30`). docs/loading.md, "Workbooks".
enum ExcelDate {
    /// The text of serial `v` in the kind of its format, or nil when it is no date Excel shows
    /// (negative, or past the year 9999).
    static func text(_ v: Double, kind: CellStyles.DateKind, date1904: Bool) -> String? {
        guard v.isFinite, v >= 0, v < 2_958_466 else { return nil }
        // Whole seconds, rounded as Excel shows them.
        let totalSeconds = Int((v * 86_400).rounded())
        var days = totalSeconds / 86_400
        let seconds = totalSeconds % 86_400
        let hh = seconds / 3600, mm = seconds / 60 % 60, ss = seconds % 60
        let time = ss == 0 ? "\(pad(hh)):\(pad(mm))" : "\(pad(hh)):\(pad(mm)):\(pad(ss))"
        if kind == .time, days == 0 { return time }
        let ymd: (Int, Int, Int)
        if date1904 {
            ymd = civil(fromDays: days + daysFrom1970(1904, 1, 1))
        } else {
            if days == 60 { ymd = (1900, 2, 29) }
            else {
                if days > 60 { days -= 1 }
                // Serial 0 shows as 1900-01-00 in Excel: the day before the first.
                ymd = civil(fromDays: days - 1 + daysFrom1970(1900, 1, 1))
            }
        }
        let date = "\(ymd.0)-\(pad(ymd.1))-\(pad(ymd.2))"
        switch kind {
        case .date: return seconds == 0 ? date : "\(date) \(time)"
        case .dateTime, .time: return seconds == 0 && kind == .dateTime ? "\(date) 00:00" : "\(date) \(time)"
        case .none: return nil
        }
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Days from 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    static func daysFrom1970(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
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
}
