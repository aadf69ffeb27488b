import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// Other spreadsheet files are told apart by their content and refused with the way forward;
/// hostile and damaged workbooks give a typed error naming the part or the cell, never a crash.
struct XlsxRefusalTests {
    @Test(arguments: [
        ("old.xls", "unsupported workbook", "is an old Excel workbook (.xls, Excel 97–2003)"),
        ("binary.xlsb", "unsupported workbook", "is an Excel binary workbook (.xlsb)"),
        ("encrypted.xlsx", "encrypted workbook", "is a workbook protected with a password to open it"),
        ("notabook.zip", "not a workbook", "is a zip file but not a workbook (.xlsx)"),
    ])
    func otherSpreadsheetFilesAreRefused(file: String, kind: String, says: String) throws {
        let d = try #require(XlsxFixtures.failure(file))
        #expect(d.kind == kind)
        #expect(d.message.contains("'\(file)' \(says)"), "\(d.message)")
        #expect(d.hint?.isEmpty == false)
        #expect(d.category == .data)
    }

    @Test(arguments: [
        ("bomb.xlsx", "workbook refused", "part 'xl/worksheets/sheet1.xml' inflates to more than 500 times its packed size"),
        ("truncated.xlsx", "damaged workbook", "its zip directory cannot be read"),
        ("malformed.xlsx", "damaged workbook", "part 'xl/worksheets/sheet1.xml' is not well-formed XML"),
        ("missingpart.xlsx", "damaged workbook", "the workbook has no part 'xl/worksheets/sheet1.xml'"),
        ("badentity.xlsx", "damaged workbook", "an unknown entity '&nbsp;'"),
        ("badcell.xlsx", "damaged workbook", "sheet 'Data' cell XFE1: not a cell reference"),
    ])
    func hostileAndDamagedWorkbooksGiveATypedError(file: String, kind: String, says: String) throws {
        let d = try #require(XlsxFixtures.failure(file))
        #expect(d.kind == kind)
        #expect(d.message.contains(says), "\(d.message)")
    }

    @Test func theTotalInflatedSizeAndTheCellCountAreBounded() throws {
        var small = LoadOptions()
        small.workbookLimits.totalBytes = 4096
        let d = try #require(XlsxFixtures.failure("xlsxwriter.xlsx", options: small))
        #expect(d.kind == "workbook too large" && d.message.contains("inflates to more than"), "\(d.message)")
        var few = LoadOptions()
        few.workbookLimits.cells = 20
        let c = try #require(XlsxFixtures.failure("typeerror.xlsx", options: few))
        #expect(c.message.contains("sheet 'Resultat' spans 22 cells, more than evsh's limit of 20"), "\(c.message)")
    }

    /// Every prefix of a good workbook, and bytes flipped across it, load or fail with a
    /// diagnostic; nothing traps or hangs.
    @Test func cutAndDamagedCopiesNeverCrash() throws {
        let good = try [UInt8](Data(contentsOf: URL(fileURLWithPath: XlsxFixtures.path("quirks.xlsx"))))
        let f = LoadFixtures()
        var copies: [[UInt8]] = stride(from: 0, to: good.count, by: 97).map { Array(good[..<$0]) }
        var g = SystemRandomNumberGenerator()
        for _ in 0..<60 {
            var b = good
            for _ in 0..<4 { b[Int.random(in: 0..<b.count, using: &g)] = UInt8.random(in: 0...255, using: &g) }
            copies.append(b)
        }
        for (i, bytes) in copies.enumerated() {
            let p = f.write("c\(i).xlsx", bytes: bytes)
            do { _ = try TableReaders.reader(path: p, displayPath: "c.xlsx", options: LoadOptions()).load(name: "c", cancellation: nil) }
            catch is Diagnostic {} catch { Issue.record("copy \(i): \(error)") }
        }
    }
}
