@testable import EvidenceShell
import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Tab completion derived from the declared argument shapes: every place that every command's
/// signature declares is reached with sample words, and Tab must offer what the shape says.
@Suite struct ShapeCompletionTests {
    /// A line before the cursor, and the shape declared there.
    struct Place: Sendable, CustomStringConvertible {
        var line: String
        var shape: ArgumentShape
        var description: String { line }
    }

    /// Words that fill a place of this shape (with the demo school loaded).
    static func sample(_ shape: ArgumentShape) -> String {
        switch shape {
        case .path: "x.csv"
        case .dataset, .norms: "demo"
        case .name, .value: "x"
        case .number: "5"
        case .column, .columns: "class"
        case .expression, .expressions: "reading_c1"
        case .cycleReference: "reading c1"
        case .cycles: "c1"
        case .text: "hello"
        case .command: "count"
        case .function: "mean"
        case .choice(let words): words[0]
        case .setting: "timing"
        case .settingValue: "on"
        case .options(let keys): keys[0] + "=x"
        case .either(let shapes): sample(shapes[0])
        }
    }

    /// Every declared place of every command, and the places after all the positional arguments
    /// (where the keywords are offered).
    static let places: [Place] = {
        var out: [Place] = []
        func walk(_ prefix: String, _ sig: CommandSignature, shared: [Clause]) {
            if !sig.subcommands.isEmpty {
                out.append(Place(line: prefix + " ", shape: .choice(sig.subcommands.map(\.name))))
                for sub in sig.subcommands { walk(prefix + " " + sub.name, sub.signature, shared: shared + sig.clauses) }
                return
            }
            var line = prefix
            for a in sig.arguments {
                out.append(Place(line: line + " ", shape: a.shape))
                line += " " + sample(a.shape)
            }
            for c in sig.clauses + shared {
                guard let a = c.argument else { continue }
                out.append(Place(line: line + " " + c.keyword + " ", shape: a.shape))
            }
        }
        for spec in CommandRegistry.shared.commands { walk(spec.name, spec.signature, shared: []) }
        return out
    }()

    static func session(in dir: TempDir) -> Session {
        _ = FileManager.default.createFile(atPath: dir.path + "/data.csv", contents: Data())
        let s = Session(environment: SessionEnvironment(terminalWidth: { 100 }, workingDirectory: dir.path))
        s.run("load demo")
        s.run("norms demo")
        return s
    }

    @Test("Tab offers what the shape declares", arguments: places)
    func offersWhatTheShapeDeclares(_ place: Place) throws {
        let dir = try TempDir()
        let s = Self.session(in: dir)
        let offered = Completer(session: s).complete(place.line).candidates.map(\.display)
        let previous = place.line.split(separator: " ").last.map(String.init) ?? ""
        for want in Self.expected(place.shape, after: previous) {
            #expect(offered.contains(want), "'\(place.line)' (\(place.shape)) should offer '\(want)': \(offered)")
        }
        if Self.expected(place.shape, after: previous).isEmpty {
            #expect(!offered.contains("class"), "'\(place.line)' takes \(place.shape), not a column: \(offered)")
        }
    }

    /// Candidates a shape must bring (with the demo school, its norms and `data.csv` around).
    static func expected(_ shape: ArgumentShape, after previous: String) -> [String] {
        switch shape {
        case .path: ["data.csv"]
        case .dataset, .norms: ["demo"]
        case .column, .columns: ["class"]
        case .expression, .expressions: ["class", "mean("]
        case .cycleReference: ["reading_c1", "reading", "c2"]
        case .cycles: ["c1", "c3"]
        case .command: ["count", "load"]
        case .function: ["mean"]
        case .choice(let words): words
        case .setting: SettingSpec.names
        case .settingValue: SettingSpec.named(previous)?.choices ?? []
        case .options(let keys): keys.map { $0 + "=" }
        case .either(let shapes): shapes.flatMap { expected($0, after: previous) }
        case .name, .value, .number, .text: []
        }
    }

    /// After the positional arguments, every keyword of the command (and its flags) is offered.
    @Test func keywordsAfterTheArguments() throws {
        let dir = try TempDir()
        let s = Self.session(in: dir)
        for spec in CommandRegistry.shared.commands where spec.signature.subcommands.isEmpty {
            let sig = spec.signature
            var line = ([spec.name] + sig.arguments.map { Self.sample($0.shape) }).joined(separator: " ") + " "
            // A pair's first cycle takes the arrow next (GrammarCompletionTests); its keywords come after B.
            if ["compare", "bands"].contains(spec.name) { line += "-> c2 " }
            let offered = Completer(session: s).complete(line).candidates.map(\.display)
            for k in sig.keywords { #expect(offered.contains(k), "'\(line)' should offer '\(k)': \(offered)") }
        }
    }

    @Test func thereAreManyPlaces() {
        #expect(Self.places.count > 60)
        #expect(Self.places.contains { $0.line == "session export " && $0.shape.allowsPath })
    }

    @Test func nothingInAComment() {
        let s = Session(environment: .plain)
        s.run("load demo")
        #expect(Completer(session: s).complete("count # by cla").candidates.isEmpty)
        #expect(Completer(session: s).complete("count; set ti").candidates.map(\.text) == ["timing"])
    }

    @Test func optionKeysTakeTheirValueRightAfter() {
        let c = Completer(session: Session(environment: .plain)).complete("load x.csv with deli")
        #expect(c.candidates.map(\.text) == ["delimiter="])
        #expect(c.edit?.insert == "delimiter=")
    }

    @Test func expressionsGetFunctionsAndColumnsGetColumns() {
        let s = Session(environment: .plain)
        s.run("load demo")
        let filter = Completer(session: s).complete("filter me").candidates.map(\.text)
        #expect(filter.contains("mean(") && filter.contains("median("))
        let by = Completer(session: s).complete("summary reading_c1 by ").candidates.map(\.text)
        #expect(by.contains("class") && !by.contains("mean("))
    }

    @Test func pathsWhereverTheSignatureSaysSo() {
        #expect(Completer.expectsPath(command: "session", words: ["session", "export"]))
        #expect(Completer.expectsPath(command: "norms", words: ["norms", "load"]))
        #expect(!Completer.expectsPath(command: "norms", words: ["norms", "show"]))
        #expect(!Completer.expectsPath(command: "session", words: ["session", "recover"]))
    }
}

/// Tab follows the grammar of cycle references (issue 13 item 15).
struct GrammarCompletionTests {
    @Test("Tab offers what the grammar takes next", arguments: [
        ("plot ", ["bar", "box", "heat", "hist", "line", "scatter", "slope"]),
        ("compare reading ", ["c1", "c2", "c3"]),
        ("compare reading c1 ", ["->"]),
        ("compare reading c1 -> ", ["c2", "c3"]),
        ("compare reading c1 -> c", ["c2", "c3"]),
        ("bands writing c2 -> ", ["c1", "c3"]),
        ("tail reading at ", ["c1", "c2", "c3"]),
        ("plot slope reading c1 -> ", ["c2", "c3"]),
        ("plot heat writing ", ["c1", "c2", "c3"]),
        ("compare reading c1 -> c2; compare maths ", ["c1", "c2", "c3"]),
    ])
    func grammar(_ line: String, _ expected: [String]) {
        let s = Session(environment: .plain)
        s.run("load demo")
        #expect(Completer(session: s).complete(line).candidates.map(\.text) == expected)
    }

    @Test func afterByItOffersColumns() {
        let s = Session(environment: .plain)
        s.run("load demo")
        let by = Completer(session: s).complete("compare reading c1 -> c2 by ").candidates.map(\.text)
        #expect(by.contains("class") && by.contains("gender") && !by.contains("->"))
        let box = Completer(session: s).complete("plot box reading_c2 by ").candidates.map(\.text)
        #expect(box.contains("class") && !box.contains("bar"))
    }
}
