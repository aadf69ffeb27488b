import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Every example in every command's help runs here: help and behaviour cannot drift apart.
struct CommandExampleTests {
    static let cases: [(String, CommandExample)] = CommandRegistry.shared.commands.flatMap { c in
        c.examples.map { (c.name, $0) }
    }

    @Test("help examples run", arguments: cases.indices)
    func example(_ i: Int) {
        let (name, ex) = Self.cases[i]
        let r = render(ex.setup + [ex.input])
        #expect(r.output.failed == ex.fails, "\(name): '\(ex.input)' failed=\(r.output.failed)\n\(r.text)")
        for e in ex.expect {
            #expect(r.text.contains(e), "\(name): '\(ex.input)' output lacks '\(e)':\n\(r.text)")
        }
    }

    /// Examples whose output is short are stated whole, not by a substring (width 100), keyed by
    /// the example's lines (setup, then input).
    static let wholeOutputs: [String: String] = [
        "load demo":
            "demo: 300 rows, 22 columns — demo school (synthetic: 300 students, years 4–6, cycles c1–c3; not real pupils)",
        "load demo as school":
            "school: 300 rows, 22 columns — demo school (synthetic: 300 students, years 4–6, cycles c1–c3; not real pupils)",
        "load sessions/resultat.xlsx sheet 1":
            "resultat: 8 rows, 6 columns · sheet 'Resultat' · decimal comma · 2 title lines skipped · 1 footer line · 1 formula read as saved values · 8 date cells · markers: . ×1 .. ×1 - ×1 #N/A ×1\ntypes: 3 number, 2 text, 1 date · id: elev_id",
        "load no_such_export.csv":
            "error: file not found: no file 'no_such_export.csv'\nhint: check the spelling; relative paths start in the folder evsh was started from",
        "load demo; use demo":
            "using demo (300 rows)",
        "load demo; count":
            "300 rows",
        "load demo; count where reading_c1 < 350":
            "0 of 300 rows",
        "load demo; cycles order c1 c2 c3":
            "cycle order: c1 c2 c3 (fixed for demo)",
        "norms demo":
            "norms demo: 30 rows for maths, reading — demo norms (synthetic, invented for the demo school; not real national norms)",
        "load demo; filter year == 5 and reading_c1 < 450 as focus":
            "focus: 3 of 300 rows (from demo)",
        "load demo; filter year == 9":
            "warning: no rows match 'year == 9' (of 300 rows in demo): nothing filtered; demo is still current",
        "load demo; filter class in [\"5A\", \"5B\"]":
            "filtered: 101 of 300 rows (from demo)",
        "load demo; filter writing_c2 >= \"C\"":
            "filtered: 135 of 300 rows (from demo)",
        "load demo; let gain = reading_c2 - reading_c1":
            "gain: number, 272 values, 28 missing",
        "load demo; let pass_c2 = writing_c2 >= \"E\"":
            "pass_c2: boolean, 287 values, 13 missing",
        "load demo; let gain = reading_c2 - reading_c1; let gain = points(writing_c2) - points(writing_c1)":
            "gain: number, 272 values, 28 missing\nnote: replaced the earlier column 'gain'",
        "load demo; let x = reading_c1 + \"5A\"":
            "error: type: '+' needs number, but '\"5A\"' is text\n  let x = reading_c1 + \"5A\"\n                       ^~~~",
        "load demo; select student_id, class, reading_c1":
            "demo: 3 columns: student_id, class, reading_c1",
        "load demo; drop teacher, gender":
            "demo: 20 columns left",
        "load demo; rename reading_c1 to läsning_ht24":
            "renamed reading_c1 to läsning_ht24",
        "load demo; sort reading_c1 desc":
            "demo: sorted by reading_c1 (descending)",
        "load demo; sort reading_c2 - reading_c1":
            "demo: sorted by reading_c2 - reading_c1",
        "load demo; count; rerun 2":
            "rerun 2: count\n300 rows",
        "load demo; session":
            "1 command recorded, 1 unsaved\nno journal (no state directory)",
        "note Class 5A changed its reading programme in cycle 2":
            "Class 5A changed its reading programme in cycle 2",
        "load demo; count by class; export last to /tmp/evsh-example-classes.csv":
            "wrote 6 rows × 2 columns to /tmp/evsh-example-classes.csv (CSV, 51 bytes, mode 0600)",
        "load demo; set min-group 50; count by class; export last to /tmp/evsh-example-small.md":
            "wrote the last result; 2 cells shown as <50 (min-group 50) to /tmp/evsh-example-small.md (Markdown, 234 bytes, mode 0600)\n"
            + "warning: suppression changed this export: groups under min-group 50 are <50 in the file, not as shown on screen; 'set min-group N' sets the threshold",
        "load demo; compare reading c1 -> c2 by class; export last to /tmp/evsh-example-compare.csv":
            "wrote 7 rows × 21 columns, one row per group, joining the tables matching, means, effect_sizes; 10 cells shown as <10 (min-group 10) "
            + "to /tmp/evsh-example-compare.csv (CSV, 2453 bytes, mode 0600)\n"
            + "warning: suppression changed this export: groups under min-group 10 are <10 in the file, not as shown on screen; 'set min-group N' sets the threshold",
        // A workbook's size does not change with the time written (stored unpacked).
        "load demo; compare reading c1 -> c2 by class; export last to /tmp/evsh-example-compare.xlsx":
            "wrote 7 rows × 21 columns, one row per group, joining the tables matching, means, effect_sizes; sheets compare, about; 10 cells shown as <10 (min-group 10) "
            + "to /tmp/evsh-example-compare.xlsx (xlsx workbook, 7674 bytes, mode 0600)\n"
            + "warning: suppression changed this export: groups under min-group 10 are <10 in the file, not as shown on screen; 'set min-group N' sets the threshold",
        "load demo; compare reading c1 -> c2; export last to /tmp/evsh-example-sv.csv dialect excel-sv":
            "wrote 1 row × 21 columns, one row per group, joining the tables matching, means, effect_sizes "
            + "to /tmp/evsh-example-sv.csv (CSV excel-sv: ';', decimal commas, UTF-8 with BOM, 481 bytes, mode 0600)",
        "load demo; export demo to /tmp/evsh-example-demo.json":
            "wrote 300 rows × 22 columns of demo (individual students: keep the file private) to /tmp/evsh-example-demo.json (JSON, 122028 bytes, mode 0600)",
        "load demo; pivot longer":
            "demo_long: 900 rows, 13 columns (one row per demo row and cycle; demo is kept)\ncycles c1, c2, c3 in 'cycle'; measures reading, maths, writing, obs, attendance",
        "load demo; pivot longer; pivot wider":
            "demo_long_wide: 300 rows, 22 columns (one row per student_id; demo_long is kept)\nspread reading, maths, writing, obs, attendance over cycle c1, c2, c3 (reading_c1, reading_c2, reading_c3)",
        "load demo; pivot longer; evidence":
            "error: no evidence sources (columns like reading_c1, reading_c2) in 'demo_long'\nhint: long data: 'pivot wider' first; other sources: 'join NAME on KEY'",
        "set width 60":
            "width = 60",
        "load demo; id": "id: student_id",
        "load demo; id teacher": "id: teacher (was student_id)",
        "load demo; id none": "no id column (was student_id)",
        "connections": "no databases connected; 'connect NAME postgres://user@host/db' connects one",
    ]
    /// Short outputs that change from run to run.
    static let varying: Set<String> = ["set timing on"]

    @Test("short examples give exactly their output", arguments: wholeOutputs.keys.sorted())
    func wholeOutput(_ key: String) throws {
        let ex = try #require(Self.cases.first { Self.key($0.1) == key }?.1, "no example '\(key)'")
        let r = render(ex.setup + [ex.input])
        // Prose wraps at the width with continuation lines indented two spaces (WordWrapTests);
        // the outputs here are written unwrapped.
        let out = r.text.trimmingCharacters(in: .newlines)
        #expect((out.hasPrefix("error:") ? out : out.replacingOccurrences(of: "\n  ", with: " ")) == Self.wholeOutputs[key])
    }

    static func key(_ ex: CommandExample) -> String { (ex.setup + [ex.input]).joined(separator: "; ") }

    @Test func everyShortExampleStatesItsWholeOutput() {
        for (name, ex) in Self.cases where Self.wholeOutputs[Self.key(ex)] == nil && !Self.varying.contains(Self.key(ex)) {
            let text = render(ex.setup + [ex.input]).text.trimmingCharacters(in: .newlines)
            #expect(text.split(separator: "\n").count > 3, "\(name): '\(ex.input)' has a short output; state it in wholeOutputs:\n\(text)")
        }
    }

    @Test func everyCommandHasAnExampleAndHelp() {
        for c in CommandRegistry.shared.commands {
            #expect(!c.summary.isEmpty, "\(c.name) has no summary")
            #expect(c.usage.hasPrefix(c.name), "\(c.name)'s usage does not start with its name")
            if c.name != "quit" { #expect(!c.examples.isEmpty, "\(c.name) has no example") }
        }
    }

    @Test func namesAreUnique() {
        let names = CommandRegistry.shared.allNames
        #expect(Set(names).count == names.count)
    }
}
