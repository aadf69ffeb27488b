import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Bad files give `file:line:column: kind: message` with a hint; nothing loads silently wrong.
struct LoadErrorTests {
    func failure(_ name: String, _ text: String, options: String = "") -> (Diagnostic?, String) {
        let f = LoadFixtures()
        f.write(name, text)
        let r = f.run("load \(name)\(options)")
        #expect(r.output.status == .failed(.data), "\(r.text)")
        #expect(f.table((name as NSString).deletingPathExtension) == nil, "nothing may be loaded")
        return (LoadFixtures.diagnostic(r.output), r.text)
    }

    @Test func unclosedQuote() {
        let (d, text) = failure("q.csv", "a,b,c\n1,2,3\n4,\"five,6\n7,8,9\n")
        #expect(d?.kind == "unclosed quote")
        #expect(d?.location == FileLocation(file: "q.csv", line: 3, column: 3))
        #expect(text.contains("q.csv:3:3: error: unclosed quote:"), "\(text)")
        #expect(d?.hint != nil)
    }

    @Test func strayQuote() {
        let (d, text) = failure("s.csv", "a;b\n1;\"x\"y\n")
        #expect(d?.kind == "stray quote")
        #expect(d?.location == FileLocation(file: "s.csv", line: 2, column: 6))
        #expect(text.contains("'y' follows a closing quote"), "\(text)")
    }

    @Test func raggedRow() {
        let (d, text) = failure("r.csv", "namn,klass,poäng\nÅsa,5A,12\nÖrjan,5B\nLi,5A,14\n")
        #expect(d?.kind == "ragged row")
        #expect(d?.location == FileLocation(file: "r.csv", line: 3, column: 1))
        #expect(text.contains("this row has 2 fields, expected 3"), "\(text)")
        #expect(text.contains("lenient=true"))
    }

    @Test func lenientSkipsBadRowsAndSaysWhere() throws {
        let f = LoadFixtures()
        f.write("l.csv", "a,b,c\n1,2,3\n4,5\n6,7,8\n9,10,11,12\n13,14,15\n")
        let r = f.run("load l.csv with lenient=true")
        #expect(!r.output.failed, "\(r.text)")
        #expect(r.text.contains("l: 3 rows"))
        #expect(r.text.contains("skipped 2 rows (ragged row): lines 3, 5"), "\(r.text)")
        #expect(f.table("l")?.columns[0].value(at: 2) == .number(13))
    }

    @Test func lenientSkipsOnlyTheLineOfAnUnclosedQuote() throws {
        let f = LoadFixtures()
        f.write("q.csv", "id,name,score\n1,Anna,12\n2,\"Bo,13\n3,Cilla,14\n4,Dan,15\n")
        #expect(f.run("load q.csv").text.contains("q.csv:3:3: error: unclosed quote"))
        let r = f.run("load q.csv with lenient=true")
        #expect(!r.output.failed, "\(r.text)")
        #expect(r.text.contains("q: 3 rows"), "\(r.text)")
        #expect(r.text.contains("skipped 1 row (unclosed quote): line 3"), "\(r.text)")
        #expect(f.table("q")?.columns[1].value(at: 2) == .text("Dan"))
    }

    @Test func typeErrorForARareMisfit() throws {
        var text = "id,score\n"
        for i in 0..<50 { text += "S\(i),\(400 + i)\n" }
        text += "S50,4O5\n"
        let (d, out) = failure("t.csv", text)
        #expect(d?.kind == "type")
        #expect(d?.location == FileLocation(file: "t.csv", line: 52, column: 5))
        #expect(out.contains("'4O5' in column 'score'"), "\(out)")

        let f = LoadFixtures()
        f.write("t.csv", text)
        let r = f.run("load t.csv with lenient=true")
        #expect(r.text.contains("t: 50 rows") && r.text.contains("skipped 1 row (type): line 52"), "\(r.text)")
    }

    @Test func manyMisfitsMakeTextInstead() throws {
        let f = LoadFixtures()
        var text = "klass,n\n"
        for i in 0..<3000 { text += "\(i),\(i)\n" }
        for i in 0..<100 { text += "5A,\(i)\n" }
        f.write("k.csv", text)
        #expect(!f.run("load k.csv").output.failed)
        #expect(f.table("k")?.columns[0].type == .text)
        #expect(f.table("k")?.columns[0].value(at: 3000) == .text("5A"))
    }

    @Test func invalidEncodingWhenUTF8IsForced() {
        let f = LoadFixtures()
        f.write("e.csv", bytes: Array("namn,ort\nAsa,".utf8) + [0x56, 0xE4, 0x73, 0x74, 0x65, 0x72, 0xE5, 0x73, 0x0A])
        let r = f.run("load e.csv with encoding=utf-8")
        let d = LoadFixtures.diagnostic(r.output)
        #expect(d?.kind == "invalid encoding")
        #expect(d?.location == FileLocation(file: "e.csv", line: 2, column: 6))
        #expect(r.text.contains("byte 0xE4 is not valid UTF-8"), "\(r.text)")
        // Left to detect, the same bytes are Windows-1252.
        let ok = f.run("load e.csv")
        #expect(ok.text.contains("Windows-1252"))
        #expect(f.table("e")?.columns[1].value(at: 0) == .text("Västerås"))
    }

    @Test func missingFolderAndEmptyFiles() {
        let f = LoadFixtures()
        let missing = f.run("load nope.csv")
        #expect(LoadFixtures.diagnostic(missing.output)?.kind == "file not found")
        #expect(missing.text.contains("no file 'nope.csv'"))
        try? FileManager.default.createDirectory(atPath: f.folder + "/exports", withIntermediateDirectories: true)
        // A folder loads its exports (several files at once); an empty one says it has none.
        let folder = f.run("load exports")
        #expect(LoadFixtures.diagnostic(folder.output)?.kind == "no files")
        #expect(folder.text.contains("the folder 'exports' holds no CSV, TSV or Excel export"))
        f.write("empty.csv", "")
        #expect(f.run("load empty.csv").text.contains("'empty.csv' is empty (0 bytes)"))
        f.write("blank.csv", "\n\n\n")
        #expect(f.run("load blank.csv").text.contains("has no rows"))
    }
}

import Foundation

/// Files that are not text are named for what they are, with the way to a CSV; UTF-16 without
/// its byte-order mark is still read as UTF-16. (Zip and compound files are workbooks or
/// refused as such before the CSV reader sees them: XlsxRefusalTests.)
struct NotTextTests {
    @Test(arguments: [
        (Array("%PDF-1.7\n".utf8), "is a PDF"),
        (Array("a,b\n1,".utf8) + [0, 0x32, 0x0A], "holds binary data (zero bytes)"),
    ] as [([UInt8], String)])
    func aBinaryFileIsRefusedByName(bytes: [UInt8], says: String) {
        let f = LoadFixtures()
        f.write("resultat.xlsx", bytes: bytes + Array(repeating: 0x41, count: 64))
        let r = f.run("load resultat.xlsx")
        #expect(r.output.failed)
        #expect(r.text.contains("error: not text: 'resultat.xlsx' \(says)"), "\(r.text)")
        #expect(r.text.contains("hint: "), "\(r.text)")
        #expect(f.table("resultat") == nil)
    }

    @Test(arguments: [false, true]) func utf16WithoutItsMarkIsReadAsUTF16(bigEndian: Bool) throws {
        let f = LoadFixtures()
        let text = "elev_id,namn,poäng\n1,Åsa,12\n2,Örjan,13\n"
        let bytes = text.utf16.flatMap { u in bigEndian ? [UInt8(u >> 8), UInt8(u & 0xFF)] : [UInt8(u & 0xFF), UInt8(u >> 8)] }
        f.write("u.csv", bytes: bytes)
        let r = f.run("load u.csv")
        #expect(r.text.contains("u: 2 rows, 3 columns · ',' · UTF-16 \(bigEndian ? "BE" : "LE")"), "\(r.text)")
        let t = try #require(f.table("u"))
        #expect(t.columnNames == ["elev_id", "namn", "poäng"])
        #expect(t.columns[1].value(at: 1) == .text("Örjan"))
        #expect(t.columns[2].value(at: 0) == .number(12))
    }
}
