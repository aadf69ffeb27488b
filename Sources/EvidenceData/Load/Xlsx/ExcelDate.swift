/// Excel's date serials as ISO text. In the 1900 system day 1 is 1900-01-01 and day 60 is the
/// 29 February 1900 that never was (Lotus 1-2-3's leap-year bug, kept by Excel), so serials
/// from 61 on are one day ahead of a plain count; in the 1904 system day 0 is 1904-01-01.
/// The cell becomes ISO text (`2025-03-14`, `2025-03-14 08:30`), which the one typing path
/// reads as a date column as it reads a CSV's (`Dates.parse`); times alone stay text.
/// docs/loading.md, "Workbooks".
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

    static func daysFrom1970(_ y: Int, _ m: Int, _ d: Int) -> Int { Dates.days(y, m, d) }

    static func civil(fromDays z: Int) -> (Int, Int, Int) { let c = Dates.civil(z); return (c.year, c.month, c.day) }
}
