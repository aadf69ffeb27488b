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
