import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// The one after-command privacy step, proved over the whole registry: every command's help
/// examples run in workshop mode on the demo school with a class of 3 students ("4Z"), and
/// no output may give that class's size away, neither as a number nor by subtraction (a
/// total shown beside every other class's size). docs/privacy.md lists the rules.
struct WorkshopRegistryTests {
    static let small = "4Z"
    static let smallSize = 3

    /// The demo school with the first three students of 4A moved to class 4Z.
    static func school() -> (Table, sizes: [String: Int]) {
        var t = DemoSchool.table()
        guard let ci = t.columns.firstIndex(where: { $0.name == "class" }) else { return (t, [:]) }
        var labels = (0..<t.rowCount).map { t.columns[ci].value(at: $0).description }
        var moved = 0
        for r in labels.indices where labels[r] == "4A" && moved < smallSize { labels[r] = small; moved += 1 }
        t.columns[ci] = .texts("class", labels)
        let sizes = Dictionary(labels.map { ($0, 1) }, uniquingKeysWith: +)
        return (t, sizes)
    }

    static let cases: [(String, CommandExample)] = CommandRegistry.shared.commands.flatMap { c in
        c.examples.map { (c.name, $0) }
    }

    /// A standalone `n` in a line: not part of a longer number, a decimal or a name like c3.
    static func mentions(_ line: String, _ n: Int) -> Bool {
        line.range(of: "(?<![\\w.,\\-])\(n)(?![\\w]|[.,]\\d)", options: .regularExpression) != nil
    }

    /// Why the output gives the small class's size away, or nil when it does not.
    static func leak(in text: String, sizes: [String: Int], total: Int) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for l in lines where l.contains(small) && mentions(l, smallSize) {
            return "the size of \(small) is shown: \(l)"
        }
        // By subtraction: the total and every other class's size on its own line.
        let others = sizes.filter { $0.key != small }
        let shownOthers = others.filter { o in lines.contains { $0.contains(o.key) && mentions($0, o.value) } }
        if shownOthers.count == others.count, lines.contains(where: { mentions($0, total) }) {
            return "\(small)'s size follows from the total \(total) and the other classes' sizes"
        }
        return nil
    }

    @Test("workshop mode hides a class of 3 in every example", arguments: cases.indices)
    func example(_ i: Int) {
        let (name, ex) = Self.cases[i]
        let (table, sizes) = Self.school()
        let s = Session(environment: .plain)
        s.settings.width = 160
        s.settings.workshop = true
        var text = ""
        for line in ex.setup + [ex.input] {
            if line == "load demo" {
                s.addTable(LoadedTable(table: table, source: DataSource(path: nil, description: "demo school with a class of 3")), name: "demo")
                continue
            }
            let o = s.run(line)
            text += TextRenderer.renderString(o, options: s.renderOptions) + "\n"
        }
        let why = Self.leak(in: text, sizes: sizes, total: table.rowCount)
        #expect(why == nil, "\(name): '\(ex.input)': \(why ?? "")\n\(text)")
    }
}

/// Sentences go through the same privacy step as tables.
struct PrivacyStepTests {
    @Test func countsInMessagesAndWarningsAreHiddenInWorkshopMode() {
        let (table, _) = WorkshopRegistryTests.school()
        let s = Session(environment: .plain)
        s.addTable(LoadedTable(table: table, source: DataSource(path: nil, description: "test")), name: "demo")
        s.settings.workshop = true
        let f = TextRenderer.renderString(s.run("filter class == \"4Z\" as small"), options: s.renderOptions)
        #expect(f.contains("small: <10 of 300 rows"), "\(f)")
        _ = s.run("use demo")
        let c = TextRenderer.renderString(s.run("compare reading c1 -> c2 by class"), options: s.renderOptions)
        #expect(c.contains("4Z (n = <10)"), "\(c)")
        s.settings.workshop = false
        let open = TextRenderer.renderString(s.run("count where class == \"4Z\""), options: s.renderOptions)
        #expect(open.contains("3 of 300 rows"), "outside workshop mode counts are shown: \(open)")
    }
}

/// Compare's warnings quote statistics of the matched students (match %, d_z, d_av, r): in
/// workshop mode they are hidden with a group under min-group, as its table cells are.
struct CompareWarningStatisticsTests {
    @Test func statisticsOfASmallViewAreNotInTheWarnings() {
        let s = Session(environment: .plain)
        s.settings.width = 160
        _ = s.run("load demo")
        _ = s.run("filter class == \"5A\" and sen as few")
        let open = TextRenderer.renderString(s.run("compare reading c1 -> c2 by class"), options: s.renderOptions)
        #expect(open.contains("d_z (0.57)"), "outside workshop mode the statistics are shown: \(open)")
        s.settings.workshop = true
        let shown = TextRenderer.renderString(s.run("compare reading c1 -> c2 by class"), options: s.renderOptions)
        #expect(!shown.contains("0.57") && !shown.contains("0.95") && !shown.contains("75 %"), "\(shown)")
        #expect(shown.contains("hidden: under 10 students"), "\(shown)")
    }
}
