import Foundation
import Testing
import EvidenceTestSupport

/// The language from the command line and the environment (docs/shell.md, "Language"): the
/// executable reads LC_ALL / LC_MESSAGES / LANG and `--language`; the engine reads neither.
@Suite struct LanguageCommandLineTests {
    static let compare = "compare reading c1 -> c2 by class"

    /// The bar of issue 15: Swedish headers, warnings and decimal commas, no English sentence.
    @Test func swedishFromLANG() throws {
        let r = try EvshBinary.run(["--demo", "-c", Self.compare], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("demo: 300 rader, 22 kolumner"))
        #expect(r.stdout.contains("matchade") && r.stdout.contains("0,36") && r.stdout.contains("varning: d_z (0,36) och d_av (0,19)"))
        for line in r.stdout.split(separator: "\n") {
            #expect(EnglishWords.found(in: String(line)).isEmpty, "still English: \(line)")
        }
    }

    @Test func theOptionOverridesTheEnvironment() throws {
        let en = try EvshBinary.run(["--language", "en", "--demo", "-c", Self.compare], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(en.stdout.contains("│ all   │ 272 │ 0.36 │ [0.24, 0.49]  │") || en.stdout.contains("0.36"))
        #expect(!en.stdout.contains("matchade"))
        let sv = try EvshBinary.run(["--language", "sv", "-c", "frob"])
        #expect(sv.status == 64)
        #expect(sv.stderr.contains("fel: okänt kommando 'frob'"))
        // LC_ALL wins over LANG, as POSIX orders them.
        let c = try EvshBinary.run(["-c", "frob"], environment: ["LANG": "sv_SE.UTF-8", "LC_ALL": "C"])
        #expect(c.stderr.contains("error: unknown command 'frob'"))
    }

    @Test func aBadLanguageIsAUsageError() throws {
        let r = try EvshBinary.run(["--language", "fi", "-c", "count"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--language takes sv or en, not 'fi'"))
    }

    /// The command line's own help in Swedish (issue 15: "argument-parser help, where it can be
    /// done"): evsh's words are Swedish; the parser's own (`USAGE:`, `Show help information.`,
    /// the placeholders `<file>`) stay as it writes them.
    @Test(arguments: [["--help"], ["shell", "--help"], ["run", "--help"], ["check", "--help"]])
    func commandLineHelpInSwedish(_ args: [String]) throws {
        let parsers = ["Show the version.", "Show help information.", "for detailed help."]
        for (how, env) in [(args + ["--language", "sv"], [String: String]()), (args, ["LANG": "sv_SE.UTF-8"])] where how != ["--help", "--language", "sv"] {
            let r = try EvshBinary.run(how, environment: env)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.contains("OVERVIEW: ") && (r.stdout.contains("Kör") || r.stdout.contains("Starta") || r.stdout.contains("Skalet för underlag")), "\(r.stdout)")
            for line in r.stdout.split(separator: "\n") where !parsers.contains(where: line.contains) {
                let words = String(line).replacingOccurrences(of: #"<[a-z-]+>"#, with: "", options: .regularExpression)
                #expect(EnglishWords.found(in: words).isEmpty, "\(how) still English: \(line)")
            }
        }
        let en = try EvshBinary.run(args, environment: ["LANG": "C.UTF-8"])
        #expect(en.stdout.contains("Show help information.") && !en.stdout.contains("Kör ") && !en.stdout.contains("Starta "), "\(en.stdout)")
    }

    @Test func commandLineErrorsInSwedish() throws {
        let r = try EvshBinary.run(["run", "--language", "sv", "nope.evsh"])
        #expect(r.status == 66)
        #expect(r.stderr == "evsh: kan inte läsa 'nope.evsh'\n")
        let c = try EvshBinary.run(["check", "nope.md"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(c.stderr == "evsh: kan inte läsa 'nope.md'\n")
        let connect = try EvshBinary.run(["run", "--language", "sv", "--connect", "school", "x.evsh"], files: ["x.evsh": "count\n"])
        #expect(connect.status == 64)
        #expect(connect.stderr.contains("--connect ska följas av NAMN=URL"), "\(connect.stderr)")
        let en = try EvshBinary.run(["run", "nope.evsh"])
        #expect(en.stderr == "evsh: cannot read 'nope.evsh'\n")
    }

    /// The step mode's prompts are in the language of `evsh run --language` (docs/workshop.md).
    @Test func stepModeInSwedish() throws {
        let r = try EvshBinary.run(["run", "--language", "sv", "--step", "tour.evsh"], stdin: "\nq\n",
                                   files: ["tour.evsh": "load demo\ncount\n"])
        #expect(r.stderr.contains("stegläge: Enter eller blanksteg kör kommandot som visas"), "\(r.stderr)")
        #expect(r.stdout.contains("demo: 300 rader"))
    }

    /// The errors of `evsh run` in Swedish: the place stays `file:line`, the words change.
    @Test func runErrorsInSwedish() throws {
        let r = try EvshBinary.run(["run", "--language", "sv", "bad.evsh"], files: ["bad.evsh": "load demo\ncomprae\ncount\n"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("bad.evsh:2: fel: okänt kommando 'comprae'"), "\(r.stderr)")
        #expect(r.stderr.contains("bad.evsh:2: stoppade vid det första kommandot som misslyckades"))
        let csv = try EvshBinary.run(["run", "--language", "sv", "--safe", "x.evsh"], files: ["x.evsh": "id,name\n1,2\n"])
        #expect(csv.stderr.contains("fel: inget skript: 'x.evsh' är inget evsh-skript: rad 1 börjar inte med ett kommando"), "\(csv.stderr)")
    }

    /// `evsh check` replays a transcript in its own language, whatever the environment says.
    @Test func checkUsesTheTranscriptsLanguage() throws {
        let root = TestPaths.packageRoot
        for env in [["LANG": "C.UTF-8"], ["LANG": "sv_SE.UTF-8"]] {
            let sv = try EvshBinary.run(["check", root + "/sessions/sv/compare.md"], environment: env)
            #expect(sv.status == 0, "\(sv.stdout)\(sv.stderr)")
            let en = try EvshBinary.run(["check", root + "/sessions/compare.md"], environment: env)
            #expect(en.status == 0, "\(en.stdout)\(en.stderr)")
        }
    }
}
