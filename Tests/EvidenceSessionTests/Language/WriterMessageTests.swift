import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// The writers' errors and the formula guard's line in Swedish (issue 15).
struct WriterMessageTests {
    static func folder(_ name: String) -> String {
        let dir = NSTemporaryDirectory() + "evsh-\(getpid())-\(name)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func noFolder() {
        let dir = Self.folder("ut")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        SwedishCommandCheck.check(["load demo"], "export demo to \(dir)/saknas/x.csv",
              en: "error: export: the folder '\(dir)/saknas' does not exist", sv: "fel: export: mappen '\(dir)/saknas' finns inte")
        SwedishCommandCheck.check(["load demo"], "export demo to \(dir)/saknas/x.csv",
              en: "hint: create it first, or write to an existing folder", sv: "tips: skapa den först, eller skriv till en mapp som finns")
    }

    @Test func folderInsteadOfFile() {
        let dir = Self.folder("mapp")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try? FileManager.default.createDirectory(atPath: dir + "/x.csv", withIntermediateDirectories: true)
        SwedishCommandCheck.check(["load demo"], "export demo to \(dir)/x.csv",
              en: "error: export: '\(dir)/x.csv' is a folder, not a file", sv: "fel: export: '\(dir)/x.csv' är en mapp, inte en fil")
    }

    @Test func formulaGuard() {
        let dir = Self.folder("formel")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        FileManager.default.createFile(atPath: dir + "/f.csv", contents: Data("id,namn\n1,=SUMMA(A1)\n2,Bo\n".utf8))
        SwedishCommandCheck.check(["load \(dir)/f.csv"], "export f to \(dir)/ut.csv",
              en: "1 cell starting with = + - @ (or a tab or CR) was prefixed with ' so spreadsheets show it as text",
              sv: "1 cell som börjar med = + - @ (eller tabb eller CR) fick ett inledande ' så att kalkylprogram visar den som text")
        #expect(FormulaGuard.report(2, language: .sv) == "2 celler som börjar med = + - @ (eller tabb eller CR) fick ett inledande ' så att kalkylprogram visar dem som text")
        #expect(FormulaGuard.report(2) == "2 cells starting with = + - @ (or a tab or CR) were prefixed with ' so spreadsheets show them as text")
    }

    @Test func workbookLabel() {
        let dir = Self.folder("bok")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let sv = SwedishCommandCheck.output(["load demo"], "export demo to \(dir)/demo.xlsx", .sv)
        #expect(sv.contains("(xlsx-arbetsbok, "), "\(sv)")
        let en = SwedishCommandCheck.output(["load demo"], "export demo to \(dir)/demo.xlsx", .en)
        #expect(en.contains("(xlsx workbook, "), "\(en)")
    }
}
