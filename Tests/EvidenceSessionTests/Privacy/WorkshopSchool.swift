import Foundation
@testable import EvidenceData
@testable import EvidenceSession

/// A generated school for the workshop tests: 97 students of the demo school in classes of
/// 3, 7, 8, 24, 27 and 28, with a name column (`Elevens namn`, one value per pupil), a
/// comment column (`kommentar`, one value per pupil, every third holding the pupil's
/// personnummer in the text) and a `Personnummer` column. It enters the session through the
/// load path's pseudonymising, with a state folder of its own.
enum WorkshopSchool {
    static let classes: [(String, Int)] = [("7A", 3), ("7B", 7), ("7C", 8), ("8A", 24), ("8B", 27), ("8C", 28)]
    static var total: Int { classes.map(\.1).reduce(0, +) }
    static var sizes: [String: Int] { Dictionary(uniqueKeysWithValues: classes) }

    static let first = ["Alma", "Vera", "Ella", "Wilma", "Saga", "Hugo", "Liam", "Noah", "Adam", "Otto", "Idun"]
    static let last = ["Öberglund", "Tallqvist", "Sjöbrink", "Marklund", "Vikström", "Hedblad", "Norrbo", "Fjällgren", "Ekvall"]
    static var names: [String] { (0..<total).map { "\(first[$0 % first.count]) \(last[($0 / first.count) % last.count])" } }
    static var comments: [String] {
        names.enumerated().map { i, n in i % 3 == 0 ? "samtal med \(n) (\(personnummer[i])) om läsning" : "samtal med \(n) om läsning" }
    }

    /// Valid personnummer (real dates in 2012–2014, Luhn check digit), one per pupil, in the
    /// 12-digit form with `-`.
    static let personnummer: [String] = (0..<total).map { i in
        let year = 2012 + i % 3, month = 1 + i % 12, day = 1 + i % 28
        let serial = 100 + i
        let ten = String(format: "%02d%02d%02d%03d", year % 100, month, day, serial)
        let check = Personnummer.luhnCheckDigit(ArraySlice(ten.utf8.map { $0 - UInt8(ascii: "0") }))
        return String(format: "%04d%02d%02d-%03d%d", year, month, day, serial, Int(check))
    }

    /// The state folder every session of these tests writes to (the key, a journal).
    static let stateFolder: String = NSTemporaryDirectory() + "evsh-workshop-school-\(getpid())"

    static func table() -> Table {
        var t = DemoSchool.table().gather((0..<Int32(total)).map { $0 })
        var labels: [String] = []
        for (c, n) in classes { labels += Array(repeating: c, count: n) }
        _ = t.setColumn(.texts("class", labels))
        t.columns.append(.texts("Elevens namn", names))
        t.columns.append(.texts("kommentar", comments))
        t.columns.append(.texts("Personnummer", personnummer))
        return t
    }

    /// A session in workshop mode with the school registered as "demo".
    static func session() -> Session {
        let s = Session(environment: SessionEnvironment(terminalWidth: { 160 }, stateDirectory: stateFolder))
        s.settings.width = 160
        s.beginJournal(.interactive)
        register(s)
        s.settings.workshop = true
        return s
    }

    /// The school registered as "demo", pseudonymised as a load would.
    static func register(_ s: Session) {
        let (t, _) = (try? s.pseudonymise(table())) ?? (table(), [])
        s.addTable(LoadedTable(table: t, source: DataSource(path: nil, description: "generated workshop school")), name: "demo")
    }

    /// Run lines (`load demo` registers the school again), the outputs as text.
    static func run(_ s: Session, _ lines: [String]) -> String {
        var text = ""
        for line in lines {
            if line == "load demo" {
                register(s)
                continue
            }
            text += TextRenderer.renderString(s.run(line), options: s.renderOptions) + "\n"
        }
        return text
    }

    /// Any of the school's personnummer, in any form (12 or 10 digits, with or without `-`).
    static func rawPersonnummer(in text: String) -> String? {
        for p in personnummer {
            let digits = p.replacingOccurrences(of: "-", with: "")
            let forms = [p, digits, String(p.dropFirst(2)), String(digits.dropFirst(2))]
            if let f = forms.first(where: { text.contains($0) }) { return f }
        }
        return nil
    }

    /// Every file the sessions left in the state folder, read as text.
    static func stateFolderText() -> String {
        let fm = FileManager.default
        return ((try? fm.contentsOfDirectory(atPath: stateFolder)) ?? []).map {
            String(decoding: fm.contents(atPath: (stateFolder as NSString).appendingPathComponent($0)) ?? Data(), as: UTF8.self)
        }.joined(separator: "\n")
    }

    /// A standalone `n` in a line: not part of a longer number, a decimal or a name like c3,
    /// and not a number of groups ("3 groups under 10 students").
    static func mentions(_ line: String, _ n: Int) -> Bool {
        line.range(of: "(?<![\\w.,\\-<])\(n)(?![\\w]|[.,]\\d| groups?\\b)", options: .regularExpression) != nil
    }

    /// Why the session's outputs so far give a hidden class's size or a pupil's name away, or nil.
    static func leak(in text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for name in names where text.contains(name) { return "a pupil's name is shown: \(lines.first { $0.contains(name) } ?? name)" }
        if let p = rawPersonnummer(in: text) { return "a personnummer is shown: \(p)" }
        for c in comments where text.contains(c) { return "a pupil's comment is shown: \(lines.first { $0.contains(c) } ?? c)" }
        func shown(_ label: String, _ n: Int) -> Bool {
            lines.contains { l in l.range(of: "(?<![\\w])\(label)(?![\\w])", options: .regularExpression) != nil && mentions(l, n) }
        }
        let totalShown = lines.contains { mentions($0, total) }
        for (label, n) in classes where n < 10 {
            if let l = lines.first(where: { l in
                l.range(of: "(?<![\\w])\(label)(?![\\w])", options: .regularExpression) != nil && mentions(l, n)
            }) {
                return "the size of \(label) (\(n)) is shown: \(l)"
            }
            let others = classes.filter { $0.0 != label }
            if totalShown, others.allSatisfy({ shown($0.0, $0.1) }) {
                return "\(label)'s size follows from the total \(total) and the other classes' sizes"
            }
        }
        return nil
    }
}
