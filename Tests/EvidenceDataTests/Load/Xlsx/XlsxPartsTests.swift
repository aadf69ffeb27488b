import Foundation
import Testing
@testable import EvidenceData

/// The pieces under the reader: date serials, number formats, cell references, XML text.
struct XlsxPartsTests {
    /// Expected values from Python: datetime(1899, 12, 30) + timedelta(days=serial) for serials
    /// after 60 (Excel's phantom 1900-02-29 is serial 60), datetime(1904, 1, 1) + … for 1904.
    @Test(arguments: [
        (1.0, false, "1900-01-01"), (59.0, false, "1900-02-28"), (60.0, false, "1900-02-29"), (61.0, false, "1900-03-01"),
        (45365.0, false, "2024-03-14"), (2958465.0, false, "9999-12-31"), (0.0, true, "1904-01-01"), (43904.0, true, "2024-03-15"),
    ])
    func serialsAreDates(serial: Double, date1904: Bool, iso: String) {
        #expect(ExcelDate.text(serial, kind: .date, date1904: date1904) == iso)
    }

    @Test func timesAndDateTimes() {
        #expect(ExcelDate.text(45365.75, kind: .dateTime, date1904: false) == "2024-03-14 18:00")
        #expect(ExcelDate.text(45365.0, kind: .dateTime, date1904: false) == "2024-03-14 00:00")
        // 0.3541666… is 08:30; seconds are shown when there are any.
        #expect(ExcelDate.text(8.5 / 24, kind: .time, date1904: false) == "08:30")
        #expect(ExcelDate.text((8.5 * 3600 + 15) / 86_400, kind: .time, date1904: false) == "08:30:15")
        #expect(ExcelDate.text(-1, kind: .date, date1904: false) == nil)
        #expect(ExcelDate.text(.nan, kind: .date, date1904: false) == nil)
    }

    @Test(arguments: [
        ("yyyy-mm-dd", CellStyles.DateKind.date), ("d/m/yyyy h:mm", .dateTime), ("h:mm", .time), ("mm:ss", .time),
        ("[$-41D]d mmmm yyyy", .date), ("mmm-yy", .date), ("[h]:mm:ss", .time), ("0.00%", .none), ("\"kr\" #,##0.00", .none),
        ("[Red]0.00", .none), ("General", .none), ("0.0\\d", .none), ("#,##0;[Red]-#,##0", .none), ("@", .none),
    ])
    func numberFormatsThatAreDates(code: String, kind: CellStyles.DateKind) {
        #expect(CellStyles.classify(code) == kind, "\(code)")
    }

    @Test func builtInDateFormats() {
        #expect((14...17).allSatisfy { CellStyles.builtIn($0) == .date })
        #expect(CellStyles.builtIn(22) == .dateTime)
        #expect([18, 19, 20, 21, 45, 46, 47].allSatisfy { CellStyles.builtIn($0) == .time })
        #expect([0, 1, 2, 9, 10, 13, 23, 44, 48, 49].allSatisfy { CellStyles.builtIn($0) == .none })
    }

    @Test(arguments: [("A1", 0, 0), ("C17", 2, 16), ("AA10", 26, 9), ("XFD1048576", 16_383, 1_048_575)])
    func cellReferences(ref: String, column: Int, row: Int) {
        let b = Array(ref.utf8)
        let p = b.withUnsafeBufferPointer { CellReference.parse($0.baseAddress!, $0.count) }
        #expect(p?.column == column && p?.row == row)
        #expect(CellReference.name(column: column, row: row) == ref)
    }

    @Test(arguments: ["XFE1", "A0", "1A", "", "A1048577x"])
    func notCellReferences(ref: String) {
        let b = Array(ref.utf8) + [0]
        let p = b.withUnsafeBufferPointer { CellReference.parse($0.baseAddress!, ref.utf8.count) }
        #expect(p == nil, "\(ref)")
    }

    @Test func entitiesAndEscapesAreDecoded() throws {
        let s = Array("a &amp; b &lt;&gt; &quot;&apos; &#229;&#xE4; _x000A_ _x005F_x0041_".utf8)
        var out: [UInt8] = []
        try s.withUnsafeBufferPointer { try XMLText.decode($0.baseAddress!, 0..<s.count, into: &out, part: "p", ooxmlEscapes: true) }
        #expect(String(decoding: out, as: UTF8.self) == "a & b <> \"' åä \n _x0041_")
    }

    @Test func anUnknownEntityIsAnError() {
        let s = Array("x &bogus; y".utf8)
        var out: [UInt8] = []
        #expect(throws: XlsxError.self) { try s.withUnsafeBufferPointer { try XMLText.decode($0.baseAddress!, 0..<s.count, into: &out, part: "p") } }
    }

    @Test func relationshipTargetsResolve() {
        #expect(XlsxPackage.resolve("worksheets/sheet1.xml", relativeTo: "xl") == "xl/worksheets/sheet1.xml")
        #expect(XlsxPackage.resolve("/xl/worksheets/sheet1.xml", relativeTo: "xl") == "xl/worksheets/sheet1.xml")
        #expect(XlsxPackage.resolve("../xl/styles.xml", relativeTo: "xl") == "xl/styles.xml")
    }
}
