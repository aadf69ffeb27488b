import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct JoinTests {
    /// Five students; observations for three of them plus one stranger and one row without id.
    func session() -> Session {
        let s = Session(environment: .plain)
        s.settings.width = 200
        let students = Table(columns: [
            .texts("student_id", ["E1", "E2", "E3", "E4", "E5"], isID: true),
            .numbers("score", [10, 20, 30, 40, 50]),
        ])
        let obs = Table(columns: [
            .texts("id", ["E3", "E1", "X9", nil, "E2"]),
            .numbers("score", [3, 1, 9, 0, 2]),
            .grades("engagement", [.A, .C, .F, .B, nil]),
        ])
        s.addTable(LoadedTable(table: obs, source: DataSource(path: nil, description: "obs")), name: "obs")
        s.addTable(LoadedTable(table: students, source: DataSource(path: nil, description: "students")), name: "pupils")
        return s
    }

    func text(_ s: Session, _ line: String) -> (String, Output) {
        let o = s.run(line)
        return (TextRenderer.renderString(o, options: s.renderOptions), o)
    }

    @Test func matchesAndReportsBothSides() throws {
        let s = session()
        let (t, o) = text(s, "join obs on student_id=id")
        #expect(!o.failed, "\(t)")
        #expect(t.contains("matched 3 of 5 pupils rows; 2 have no obs row"))
        #expect(t.contains("used 3 of 5 obs rows; 2 match no pupils row (e.g. X9)"))
        #expect(t.contains("score → score_obs"))
        #expect(s.currentName == "pupils_obs")
        let d = try s.resolve(nil)
        #expect(d.table.columnNames == ["student_id", "score", "score_obs", "engagement"])
        let so = d.table.column(named: "score_obs")!
        #expect((0..<5).map { so.value(at: $0) } == [.number(1), .number(2), .number(3), .missing(.empty), .missing(.empty)])
        let eng = d.table.column(named: "engagement")!
        #expect(eng.value(at: 1) == .missing(.empty), "E2's engagement is missing in obs itself")
        #expect(eng.value(at: 2) == .grade(.A))
        #expect(d.table.idColumn?.name == "student_id")
        // The originals are kept.
        #expect(try s.resolve("pupils").table.columns.count == 2)
    }

    @Test func duplicateKeysOnTheAddedSideAreRefused() {
        let s = session()
        let dup = Table(columns: [.texts("student_id", ["E1", "E1", "E2", "E3", "E3", "E3"]), .numbers("x", [1, 2, 3, 4, 5, 6])])
        s.addTable(LoadedTable(table: dup, source: DataSource(path: nil, description: "dup")), name: "dup")
        s.currentName = "pupils"
        let (t, o) = text(s, "join dup on student_id")
        #expect(o.status == .failed(.data))
        #expect(t.contains("not unique in 'dup': 2 values repeat, e.g. E1 (2 rows), E3 (3 rows)"))
        #expect(t.contains("^~~~~~~~~~"))
        #expect(s.dataset(named: "pupils_dup") == nil)
    }

    @Test func repeatedKeysOnTheKeptSideAreLongData() {
        let s = session()
        let long = Table(columns: [.texts("student_id", ["E1", "E1", "E2"]), .texts("cycle", ["c1", "c2", "c1"])])
        s.addTable(LoadedTable(table: long, source: DataSource(path: nil, description: "long")), name: "long")
        let (t, o) = text(s, "join pupils")
        #expect(!o.failed, "\(t)")
        #expect(t.contains("matched 3 of 3 long rows"))
        #expect(t.contains("2 long rows share a key"))
    }

    @Test func numberKeysMatchTextKeys() throws {
        let s = Session(environment: .plain)
        s.addTable(LoadedTable(table: Table(columns: [.numbers("id", [1001, 1002]), .numbers("a", [1, 2])]), source: DataSource(path: nil, description: "r")), name: "r")
        s.addTable(LoadedTable(table: Table(columns: [.texts("id", ["1002", "1001", "1003"])]), source: DataSource(path: nil, description: "l")), name: "l")
        #expect(!s.run("join r on id").failed)
        let a = try s.resolve(nil).table.column(named: "a")!
        #expect([a.value(at: 0), a.value(at: 1), a.value(at: 2)] == [.number(2), .number(1), .missing(.empty)])
    }

    @Test func badKeysAndNamesGetDiagnostics() {
        let s = session()
        #expect(text(s, "join obs on student_id=id as obs").0.contains("a dataset named 'obs' exists already"))
        #expect(text(s, "pivot longer as pupils").0.contains("exists already"))
        #expect(text(s, "join obs on studnet_id").0.contains("did you mean 'student_id'?"))
        #expect(text(s, "join obs").0.contains("no column 'student_id' in 'obs'"))
        #expect(text(s, "join obz").0.contains("did you mean 'obs'?"))
        #expect(text(s, "join pupils").0.contains("to itself"))
    }

    @Test func personnummerKeysArePseudonymisedBeforeMatching() throws {
        let s = Session(environment: .plain)
        let right = Table(columns: [.texts("pnr", ["811218-9876", "640823-3234"]), .numbers("att", [90, 80])])
        let left = Table(columns: [.texts("pnr", ["198112189876", "050101-1233"], isID: true)])
        s.addTable(LoadedTable(table: right, source: DataSource(path: nil, description: "r")), name: "att")
        s.addTable(LoadedTable(table: left, source: DataSource(path: nil, description: "l")), name: "kids")
        let (t, o) = text(s, "join att on pnr")
        #expect(!o.failed, "\(t)")
        #expect(t.contains("matched 1 of 2 kids rows"))
        #expect(!t.contains("9876") && !t.contains("3234"), "no personnummer in the output")
        let d = try s.resolve(nil)
        #expect(d.table.column(named: "pnr")!.value(at: 0).description.hasPrefix("P-"))
    }
}
