import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Files where an earlier loader lost or misread a pupil without a word: each case failed then.
struct NoPupilLostTests {
    // 1. A stray quote in the first data row (or the header) is a stray quote, not a skipped line.
    @Test func strayQuoteInTheFirstDataRowIsAnError() throws {
        let f = LoadFixtures()
        f.write("s.csv", "id,kommentar,poang\nS1,\"Bra\" jobbat,12\nS2,ok,14\nS3,fint,9\n")
        let r = f.run("load s.csv")
        #expect(r.output.status == .failed(.data), "\(r.text)")
        let d = LoadFixtures.diagnostic(r.output)
        #expect(d?.kind == "stray quote")
        #expect(d?.location?.line == 2)
        let l = f.run("load s.csv with lenient=true")
        #expect(l.text.contains("s: 2 rows, 3 columns"), "\(l.text)")
        #expect(l.text.contains("skipped 1 row (stray quote): line 2"), "\(l.text)")
        #expect(f.table("s")?.columnNames == ["id", "kommentar", "poang"])
    }

    @Test func strayQuoteInTheHeaderIsAnError() {
        let f = LoadFixtures()
        f.write("h.csv", "id,\"kom\"mentar,poang\nS1,bra,12\nS2,ok,14\nS3,fint,9\n")
        for options in ["", " with lenient=true"] {
            let r = f.run("load h.csv\(options)")
            #expect(r.output.status == .failed(.data), "\(r.text)")
            #expect(LoadFixtures.diagnostic(r.output)?.kind == "stray quote")
            #expect(LoadFixtures.diagnostic(r.output)?.location?.line == 1)
            #expect(f.table("h") == nil)
        }
    }

    // 2. A last pupil with only a name is a pupil, not a footer.
    @Test func aLastPupilWithOnlyANameIsARow() throws {
        let f = LoadFixtures()
        f.write("b.csv", "namn;klass;poäng;betyg\nAsa Lind;5A;12;B\nLi Wu;5B;14;A\nBo Ek;;;\n")
        let r = f.run("load b.csv")
        #expect(r.text.contains("b: 3 rows, 4 columns"), "\(r.text)")
        #expect(!r.text.contains("footer"), "\(r.text)")
        let t = try #require(f.table("b"))
        #expect(t.columns[0].value(at: 2) == .text("Bo Ek"))
        // … while a note is still a footer.
        f.write("c.csv", "namn;klass;poäng;betyg\nAsa Lind;5A;12;B\nBo Ek;;;\nKälla: skolans register;;;\n")
        let c = f.run("load c.csv")
        #expect(c.text.contains("c: 2 rows, 4 columns"), "\(c.text)")
        #expect(c.text.contains("1 footer line"), "\(c.text)")
    }

    // 3. CR-only line ends: lenient skips one line only, and line numbers count CRs.
    @Test func crOnlyLineEnds() throws {
        let f = LoadFixtures()
        f.write("cr.csv", "a,b,c\r1,2,3\r4,\"x\"y,6\r7,8,9\r10,11,12\r13,14,15\r")
        let l = f.run("load cr.csv with lenient=true")
        #expect(l.text.contains("cr: 4 rows, 3 columns"), "\(l.text)")
        #expect(l.text.contains("line 3"), "\(l.text)")
        let s = f.run("load cr.csv")
        #expect(LoadFixtures.diagnostic(s.output)?.location == FileLocation(file: "cr.csv", line: 3, column: 6))
        f.write("cr2.csv", "a,b,c\r1,2,3\r4,5\r")
        #expect(LoadFixtures.diagnostic(f.run("load cr2.csv").output)?.location?.line == 3)
    }

    // 4. One Windows-1252 byte in a UTF-8 file: only that byte is Windows-1252.
    @Test func oneWindows1252ByteInAUTF8File() throws {
        let f = LoadFixtures()
        let bytes = Array("namn;ort\nÅsa;Växjö\nÖrjan;Umeå\n".utf8) + [0x4C, 0x69, 0x3B, 0x47, 0xE4, 0x76, 0x6C, 0x65, 0x0A]
        f.write("m.csv", bytes: bytes)
        let r = f.run("load m.csv")
        #expect(r.text.contains("m: 3 rows, 2 columns"), "\(r.text)")
        #expect(r.text.contains("UTF-8"), "\(r.text)")
        #expect(r.text.contains("line 4"), "\(r.text)")
        let t = try #require(f.table("m"))
        #expect(t.columns[0].value(at: 0) == .text("Åsa"))
        #expect(t.columns[1].value(at: 1) == .text("Umeå"))
        #expect(t.columns[1].value(at: 2) == .text("Gävle"))
    }

    // 5. A pipe file with decimal commas and a comma in a header name.
    @Test func pipeBeatsCommaWhenCommasAreDecimals() throws {
        let f = LoadFixtures()
        f.write("p.txt", "elev|klass|Poäng, totalt\nAnna|5A|12,5\nBo|5B|14,0\nCe|5A|9,5\n")
        let r = f.run("load p.txt")
        #expect(r.text.contains("p: 3 rows, 3 columns · '|' · decimal comma"), "\(r.text)")
        let t = try #require(f.table("p"))
        try #require(t.columns.count == 3)
        #expect(t.columns[2].value(at: 0) == .number(12.5))
    }

    @Test func aTrueTieSaysWhichDelimiterAndHowToOverride() {
        let f = LoadFixtures()
        f.write("t.csv", "a;b,c\nx;y,z\n")
        let r = f.run("load t.csv")
        #expect(r.text.contains("with delimiter="), "\(r.text)")
    }

    // 6. Late decimal commas, huge records, a header of years, quoted empties, UTF-32.
    @Test func lateDecimalCommasAreNumbers() throws {
        let f = LoadFixtures()
        var s = "id;poang\n"
        for i in 0..<4500 { s += "S\(i);\(i % 20)\n" }
        s += "S4500;12,5\nS4501;13,5\n"
        f.write("late.csv", s)
        let r = f.run("load late.csv")
        #expect(r.text.contains("late: 4502 rows, 2 columns"), "\(r.text)")
        let t = try #require(f.table("late"))
        #expect(t.columns[1].type == .number, "\(r.text)")
        #expect(t.columns[1].value(at: 4500) == .number(12.5))
        #expect(t.columns[1].value(at: 3) == .number(3))
    }

    @Test func aFirstRowOverTheSampleSize() throws {
        let f = LoadFixtures()
        let long = String(repeating: "x", count: 600 << 10)
        f.write("big.csv", "namn,poang\n\(long),12\nBo,14\n")
        let r = f.run("load big.csv")
        #expect(r.text.contains("big: 2 rows, 2 columns"), "\(r.text)")
        #expect(f.table("big")?.columns[1].type == .number)
        f.write("big3.csv", "namn,\"\(long)\nBo,14\n")
        #expect(LoadFixtures.diagnostic(f.run("load big3.csv").output)?.kind == "unclosed quote")
        f.write("big2.csv", "\(long),poang\nBo,14\n")
        let r2 = f.run("load big2.csv")
        #expect(r2.text.contains("big2: 1 rows, 2 columns"), "\(r2.text)")
    }

    @Test func aHeaderOfYears() throws {
        let f = LoadFixtures()
        f.write("y.csv", "Skola;2019;2020;2021\nAle;93,5;94,1;92,0\nBorås;88,0;89,5;90,1\n")
        let r = f.run("load y.csv")
        #expect(r.text.contains("y: 2 rows, 4 columns"), "\(r.text)")
        #expect(f.table("y")?.columnNames == ["Skola", "2019", "2020", "2021"])
    }

    @Test func aQuotedEmptyFieldIsMissingInEveryKind() throws {
        let f = LoadFixtures()
        f.write("q.csv", "namn,ort,poang\nAsa,\"\",12\nBo,Umeå,\"\"\n")
        _ = f.run("load q.csv")
        let t = try #require(f.table("q"))
        #expect(t.columns[1].value(at: 0) == .missing(.empty))
        #expect(t.columns[2].value(at: 1) == .missing(.empty))
    }

    @Test(arguments: [false, true]) func utf32WithBOM(bigEndian: Bool) throws {
        let f = LoadFixtures()
        var bytes: [UInt8] = bigEndian ? [0, 0, 0xFE, 0xFF] : [0xFF, 0xFE, 0, 0]
        for u in "namn;ort\nÅsa;Växjö\n".unicodeScalars {
            let v = u.value
            let be = [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
            bytes += bigEndian ? be : be.reversed()
        }
        f.write("u32.csv", bytes: bytes)
        let r = f.run("load u32.csv")
        #expect(r.text.contains("u32: 1 rows, 2 columns · ';' · UTF-32 \(bigEndian ? "BE" : "LE")"), "\(r.text)")
        #expect(f.table("u32")?.columns[1].value(at: 0) == .text("Växjö"))
    }
}
