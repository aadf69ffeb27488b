import Foundation
import Testing
@testable import EvidenceData

/// ISO dates in a CSV become a date column through the one typing path; things that look a
/// little like dates (a year-month term token, an id, an impossible day) stay what they were.
/// Expected day counts are from Python: (date(y, m, d) - date(1970, 1, 1)).days.
struct DateColumnTests {
    static func load(_ text: String, options: LoadOptions = LoadOptions()) throws -> LoadResult {
        try TextRowsReaderTests.viaCSV(text, options: options)
    }

    @Test func isoDatesBecomeADateColumnWithMarkersAsMissing() throws {
        let r = try Self.load("elev_id;prov_datum;termin\n1;2025-03-14;2025-05\n2;;2025-05\n3;..;2024-11\n4;2000-02-29;2024-11\n")
        let c = try #require(r.table.column(named: "prov_datum"))
        #expect(c.type == .date)
        #expect((0..<4).map { c.value(at: $0) } == [Value.date(20161), .missing(.empty), .missing(.suppressed), .date(11016)])
        // A year-month is a term token, not a date: the column stays text.
        #expect(r.table.column(named: "termin")?.type == .text)
        #expect(r.report.kinds[.date] == 1)
        #expect(r.report.typesLine.contains("1 date"), "\(r.report.typesLine)")
    }

    @Test func dateTimesKeepTheirTime() throws {
        let r = try Self.load("id,inlämnad\n1,2024-09-02 08:30\n2,2024-09-03T14:05:15\n3,2025-03-14\n")
        let c = try #require(r.table.column(named: "inlämnad"))
        #expect(c.type == .date)
        #expect((0..<3).map { c.value(at: $0).description } == ["2024-09-02 08:30", "2024-09-03 14:05:15", "2025-03-14"])
        // Python: (datetime(2024, 9, 2, 8, 30) - datetime(1970, 1, 1)).total_seconds() / 86400
        if case .date(let d) = c.value(at: 0) { #expect(abs(d - 19968.354166666668) < 1e-9) } else { Issue.record("not a date") }
    }

    @Test func lookAlikesAreNotDates() throws {
        // An impossible day, a compact form, a slash form: text, never silently a date.
        for bad in ["2025-02-30", "20250314", "2025/03/14", "2025-3-14", "2025-13-01", "0999-01-01"] {
            #expect(Dates.parse(bad) == nil, "\(bad)")
        }
        let r = try Self.load("id,d\n1,2025-02-30\n2,2025-03-01\n")
        #expect(r.table.column(named: "d")?.type == .text)
    }

    @Test func aRareOddValueInADateColumnIsATypeError() throws {
        var text = "id,d\n"
        for i in 1...40 { text += "\(i),2025-03-\(String(format: "%02d", i % 28 + 1))\n" }
        text += "41,not a date\n"
        let e = #expect(throws: Diagnostic.self) { try Self.load(text) }
        #expect(e?.message.contains("dates (YYYY-MM-DD)") == true, "\(String(describing: e?.message))")
        var o = LoadOptions()
        o.lenient = true
        let lenient = try Self.load(text, options: o)
        #expect(lenient.table.column(named: "d")?.type == .date)
        #expect(lenient.table.rowCount == 40)
    }

    @Test func textAndDaysRoundTrip() {
        // Every day from 1900 to 2100 prints and parses back to itself.
        for z in Dates.days(1900, 1, 1)...Dates.days(2100, 12, 31) {
            let s = Dates.text(Double(z))
            #expect(Dates.parse(s) == Double(z), "\(z) \(s)")
            if Dates.parse(s) != Double(z) { break }
        }
        #expect(Dates.days(1970, 1, 1) == 0 && Dates.days(2025, 3, 1) == 20148 && Dates.days(1900, 3, 1) == -25508)
        #expect(Dates.text(20161.999999) == "2025-03-15", "rounds to the second, into the next day")
    }

    @Test func aDateColumnChangesTheDigest() {
        let a = Table(columns: [.dates("d", ["2025-03-14", nil])])
        let b = Table(columns: [.dates("d", ["2025-03-15", nil])])
        #expect(a.contentDigest == Table(columns: [.dates("d", ["2025-03-14", nil])]).contentDigest)
        #expect(a.contentDigest != b.contentDigest)
    }

    @Test func stackingDateColumns() throws {
        let a = Table(columns: [.texts("id", ["1"]), .dates("d", ["2025-03-14"])])
        let b = Table(columns: [.texts("id", ["2"]), .dates("d", ["2025-08-20"])])
        let c = TableStack.concatenate("d", [a.column(named: "d"), b.column(named: "d")], counts: [1, 1], type: .date)
        #expect(c.type == .date && c.value(at: 1).description == "2025-08-20")
    }
}

extension DateColumnTests {
    @Test func exportsWriteISOText() {
        let t = Table(columns: [.texts("id", ["1", "2"]), .dates("d", ["2025-03-14", nil]), .dates("t", ["2024-09-02 08:30", "2025-01-01"])])
        let rows = ExportRows.dataset(ResolvedDataset(name: "t", table: t, selection: nil))
        let (csv, _) = CSVWriter.write(rows)
        #expect(csv.contains("1,2025-03-14,2024-09-02 08:30"), "\(csv)")
        #expect(csv.contains("2,,2025-01-01"), "\(csv)")
        let json = JSONWriter.write(rows)
        #expect(json.contains("\"d\": \"2025-03-14\"") && json.contains("\"d\": null"), "\(json)")
    }
}
