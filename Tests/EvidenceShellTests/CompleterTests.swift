@testable import EvidenceShell
import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

@Suite struct CompleterTests {
    func demoSession() -> Session {
        let s = Session(environment: .plain)
        s.run("load demo")
        return s
    }

    func texts(_ c: Completion) -> [String] { c.candidates.map(\.text) }

    @Test func commandNamesAtTheStart() {
        let c = Completer(session: Session(environment: .plain)).complete("cou")
        #expect(c.prefix == "cou")
        #expect(texts(c) == ["count"])
        #expect(c.edit?.deleteCount == 3)
        #expect(c.edit?.insert == "count ")
        let all = Completer(session: Session(environment: .plain)).complete("")
        #expect(texts(all).contains("load") && texts(all).contains("describe"))
        #expect(!texts(all).contains("?"))  // aliases are not offered
    }

    @Test func severalCandidatesInsertTheirCommonStartThenList() {
        let s = demoSession()
        let c = Completer(session: s).complete("count by read")
        #expect(texts(c) == ["reading_c1", "reading_c2", "reading_c3"])
        #expect(c.edit?.insert == "reading_c")
        let again = Completer(session: s).complete("count by reading_c")
        #expect(again.candidates.count == 3)
        #expect(again.edit == nil)  // nothing to add: the editor lists them
    }

    @Test func columnsKeywordsAndDatasetsOfTheCurrentDataset() {
        let s = demoSession()
        let c = Completer(session: s).complete("count ")
        #expect(texts(c).contains("by"))
        #expect(texts(c).contains("class"))
        #expect(texts(c).contains("attendance_c3"))
        #expect(texts(c).contains("demo"))
        #expect(Completer(session: s).complete("count b").candidates.map(\.text) == ["by"])
        // Matching ignores case; the candidate's own spelling is inserted.
        #expect(texts(Completer(session: s).complete("count CLA")) == ["class"])
    }

    @Test func useCompletesDatasetNamesAndHelpCommandNames() {
        let s = demoSession()
        s.run("load demo as school")
        #expect(texts(Completer(session: s).complete("use ")) == ["demo", "school"])
        #expect(texts(Completer(session: s).complete("use sc")) == ["school"])
        #expect(texts(Completer(session: s).complete("help desc")) == ["describe"])
    }

    @Test func setOptionsAndTheirValues() {
        let s = Session(environment: .plain)
        #expect(texts(Completer(session: s).complete("set ti")) == ["timing"])
        #expect(texts(Completer(session: s).complete("set color ")) == ["auto", "off", "on"])
        #expect(texts(Completer(session: s).complete("set timing o")) == ["off", "on"])
        #expect(texts(Completer(session: s).complete("set width ")) == ["auto"])
    }

    @Test func onlyTheCommandAfterTheLastSemicolonCounts() {
        let s = demoSession()
        #expect(texts(Completer(session: s).complete("count; des")) == ["describe"])
        #expect(texts(Completer(session: s).complete("use demo; count by ye")) == ["year", "year("], "the column, and the function year()")
    }

    @Test func unknownCommandsAndNoMatchesGiveNothing() {
        let s = demoSession()
        #expect(Completer(session: s).complete("frob ").candidates.isEmpty)
        #expect(Completer(session: s).complete("zz").candidates.isEmpty)
        #expect(Completer(session: s).complete("zz").edit == nil)
    }

    @Test func filePathsAfterLoad() throws {
        let dir = try TempDir()
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir.path + "/exports", withIntermediateDirectories: true)
        _ = fm.createFile(atPath: dir.path + "/exports/ht2025.csv", contents: Data())
        _ = fm.createFile(atPath: dir.path + "/elever åk 5.csv", contents: Data())
        _ = fm.createFile(atPath: dir.path + "/.hidden", contents: Data())
        let s = Session(environment: SessionEnvironment(terminalWidth: { 100 }, workingDirectory: dir.path))
        let completer = Completer(session: s)

        let top = completer.complete("load ")
        #expect(top.candidates.map(\.display) == ["demo", "elever åk 5.csv", "exports/"])
        let folder = completer.complete("load exp")
        #expect(folder.edit?.insert == "exports/")  // a folder takes no space: keep typing
        let file = completer.complete("load exports/h")
        #expect(file.edit?.insert == "exports/ht2025.csv ")
        // A name with spaces is quoted; an open quote is kept and closed.
        #expect(texts(completer.complete("load el")) == ["\"elever åk 5.csv\""])
        let quoted = completer.complete("load \"elever å")
        #expect(quoted.prefix == "\"elever å")
        #expect(quoted.edit?.deleteCount == 9)
        #expect(quoted.edit?.insert == "\"elever åk 5.csv\" ")
        // Absolute paths work from anywhere.
        #expect(texts(completer.complete("load \(dir.path)/exports/")) == ["\(dir.path)/exports/ht2025.csv"])
        #expect(completer.complete("load .h").candidates.map(\.display) == [".hidden"])
    }

    @Test func pathsAfterExportToAndSessionSaveButNotElsewhere() throws {
        let dir = try TempDir()
        _ = FileManager.default.createFile(atPath: dir.path + "/result.csv", contents: Data())
        let s = Session(environment: SessionEnvironment(terminalWidth: { 100 }, workingDirectory: dir.path))
        // `export`, `run` and `session` are not registered yet, so the path rule itself is tested.
        #expect(Completer.expectsPath(command: "export", words: ["export", "last", "to"]))
        #expect(!Completer.expectsPath(command: "export", words: ["export", "last"]))
        #expect(Completer.expectsPath(command: "session", words: ["session", "save"]))
        #expect(Completer.expectsPath(command: "run", words: ["run"]))
        // `load A B` stacks files, so a second path is a path too; the name after `as` is not.
        #expect(Completer.expectsPath(command: "load", words: ["load", "x.csv"]))
        #expect(!Completer.expectsPath(command: "load", words: ["load", "x.csv", "as"]))
        #expect(Completer(session: s).complete("load x.csv a").candidates.map(\.text) == ["as"])
    }

    @Test func theExpressionHookAddsCandidatesWithItsContext() {
        let s = demoSession()
        var seen: CompletionContext?
        var c = Completer(session: s)
        c.expressionCandidates = { ctx in
            seen = ctx
            return ["mean(", "median("]
        }
        #expect(texts(c.complete("count by me")) == ["mean(", "median("])
        #expect(seen?.command == "count")
        #expect(seen?.words == ["count", "by"])
        #expect(seen?.partial == "me")
    }

    @Test func candidateListsFitTheWidth() {
        let items = (1...10).map { "reading_c\($0)" }
        let lines = CandidateList.layout(items, width: 40)
        #expect(lines.count == 4)  // 13-wide columns: 3 across, 4 down
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
        #expect(lines[0].hasPrefix("reading_c1 "))
    }
}
