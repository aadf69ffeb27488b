import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// CSV exports for the reader's spreadsheet (docs/evidence.md, "CSV dialects"), and the loader
/// reading every dialect back to the very same values.
struct CSVDialectTests {
    static let numbers: [Double] = [0.1, 1.0 / 3, -2.5, 1_234_567.891, 0.000_012_5, 12_345_678_901, -0.000_000_1, 592.875, 7]

    /// A table with awkward numbers, and text holding every separator, quotes and å ä ö.
    static func table() -> Table {
        let names = ["a;b", "c,d", "\"q\"", "Åsa Öberg", "plain", "ä", "e;f,g", "x", "y"]
        let id = Column.texts("id", names.indices.map { "E\($0 + 1)" }, isID: true)
        return Table(columns: [id, Column.numbers("värde", numbers), Column.texts("namn", names)])
    }

    static func exported(_ dialect: String?, language: Language = .en) throws -> (bytes: [UInt8], report: String, back: Table) {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let s = session(in: dir)
        s.settings.language = language
        s.addTable(LoadedTable(table: table(), source: DataSource(path: nil, description: "test")), name: "t")
        let o = s.run("export t to out.csv" + (dialect.map { " dialect \($0)" } ?? ""))
        #expect(!o.failed, "\(rendered(o, s))")
        let report = o.blocks.compactMap { if case .message(let p) = $0 { p.text } else { nil } }.joined(separator: "\n")
        let bytes = try #require(FileManager.default.contents(atPath: dir + "/out.csv")).map { $0 }
        let loaded = s.run("load out.csv as back")
        #expect(!loaded.failed, "\(rendered(loaded, s))")
        return (bytes, report, try #require(s.tables["back"]?.table))
    }

    @Test(arguments: ["excel-sv", "excel-en", "rfc4180"])
    func everyDialectReadsBackToTheSameValues(_ dialect: String) throws {
        let (_, report, back) = try Self.exported(dialect)
        #expect(report.contains("CSV \(dialect):"))
        let v = try #require(back.column(named: "värde"))
        #expect(v.type == .number)
        let read = (0..<v.count).map { v.value(at: $0) }
        #expect(read == Self.numbers.map { Value.number($0) }, "\(read)")
        let names = try #require(back.column(named: "namn"))
        #expect((0..<names.count).map { names.value(at: $0) } == (Self.table().column(named: "namn").map { c in (0..<c.count).map { c.value(at: $0) } } ?? []))
    }

    @Test func swedishIsTheSwedishDefault() throws {
        let (bytes, report, _) = try Self.exported(nil, language: .sv)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("id;värde;namn\r\nE1;0,1;\"a;b\"\r\n"))
        #expect(text.contains("E2;0,3333333333333333;c,d\r\n"))
        #expect(report.contains("excel-sv: ';', decimalkomma, UTF-8 med BOM"))
    }

    @Test func englishIsRFC4180AsBefore() throws {
        let (bytes, report, _) = try Self.exported(nil)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("id,värde,namn\r\nE1,0.1,a;b\r\nE2,0.3333333333333333,\"c,d\"\r\n"))
        // The report line is the one English exports always had.
        #expect(report.contains("(CSV, \(bytes.count) bytes, mode 0600)"))
    }

    @Test func aResultInSwedishExcelAndBack() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let s = session(in: dir)
        s.run("load demo")
        s.run("compare reading c1 -> c2 by class")
        #expect(!s.run("export last to en.csv").failed)
        s.run("set language sv")
        s.run("compare reading c1 -> c2 by class")
        #expect(!s.run("export last to sv.csv").failed)
        #expect(!s.run("load en.csv").failed)
        #expect(!s.run("load sv.csv").failed)
        let en = try #require(s.tables["en"]?.table), sv = try #require(s.tables["sv"]?.table)
        #expect(en.columnNames == sv.columnNames)
        for name in en.columnNames where name != "class" {
            let a = try #require(en.column(named: name)), b = try #require(sv.column(named: name))
            #expect((0..<a.count).map { a.value(at: $0) } == (0..<b.count).map { b.value(at: $0) }, "\(name)")
        }
    }

    /// Suppression finds the group sizes by the columns' machine keys, so Swedish headers
    /// (`matchade`, `bara c1`) hide small groups as the English ones do.
    @Test func swedishResultsAreSuppressedAlike() {
        for language in Language.allCases {
            let s = Session(environment: .plain)
            s.settings.language = language
            s.run("load demo")
            s.run("set workshop on")
            s.run("set min-group 46")
            let text = rendered(s.run("compare reading c1 -> c2 by class"), s)
            #expect(text.contains("<46"), "\(language): \(text)")
            #expect(!text.contains(" 41 "), "\(language): 4B's 41 matched students shown")
        }
    }

    @Test func dialectErrors() {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let s = session(in: dir)
        s.run("load demo")
        let bad = s.run("export demo to x.csv dialect excel-s")
        #expect(bad.failed && rendered(bad, s).contains("unknown CSV dialect 'excel-s'") && rendered(bad, s).contains("did you mean 'excel-sv'?"))
        let json = s.run("export demo to x.json dialect excel-sv")
        #expect(json.failed && rendered(json, s).contains("'dialect' is for .csv files, not JSON"))
    }
}
