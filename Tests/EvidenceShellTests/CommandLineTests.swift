import Foundation
import Testing
import EvidenceTestSupport

/// The `evsh` executable from outside: exit codes, -c, piped input, stdout/stderr, colour.
@Suite struct CommandLineTests {
    @Test func dashCRunsCommandsAndExitsZero() throws {
        let r = try EvshBinary.run(["-c", "load demo; count"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("demo: 300 rows"))
        #expect(r.stdout.hasSuffix("300 rows\n"))
        #expect(r.stderr.isEmpty)
        #expect(!r.stdout.contains("evsh ["))  // no prompt, no banner
    }

    /// `evsh`, `evsh -c …` and `evsh --bail -c …` start without the argument parser
    /// (docs/shell.md, "Start-up"); they must do what `evsh shell …`, which goes through
    /// it, does, and the forms the quick path leaves alone must still reach the parser.
    @Test func theQuickCommandLinesDoWhatTheParsedOnesDo() throws {
        let forms: [([String], String)] = [
            (["-c", "load demo; count"], ""), (["--bail", "-c", "frob; load demo; count"], ""),
            (["-c", "frob; load demo; count", "--bail"], ""), (["-c", "load demo; count", "--demo"], ""),
            (["-c", ""], ""), ([], "load demo\ncount\n"), (["--bail"], "frob\ncount\n"),
        ]
        for (args, stdin) in forms {
            let quick = try EvshBinary.run(args, stdin: stdin)
            let parsed = try EvshBinary.run(["shell"] + args, stdin: stdin)
            #expect(quick.status == parsed.status, "\(args)")
            #expect(quick.stdout == parsed.stdout, "\(args)")
            #expect(quick.stderr == parsed.stderr, "\(args)")
        }
        // The parser's own answers: a missing value, an option where a value should be.
        #expect(try EvshBinary.run(["-c"]).status == 64)
        let option = try EvshBinary.run(["-c", "--demo"])
        #expect(option.status == 64, "stderr: \(option.stderr)")
    }

    @Test func anUnknownCommandExits64WithTheDiagnosticOnStderr() throws {
        let r = try EvshBinary.run(["-c", "frob; load demo; count"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("error: unknown command 'frob'"))
        #expect(!r.stdout.contains("frob"))
        // The rest still ran.
        #expect(r.stdout.contains("300 rows"))
    }

    @Test func bailStopsAtTheFirstFailure() throws {
        let r = try EvshBinary.run(["--bail", "-c", "frob; load demo; count"])
        #expect(r.status == 64)
        #expect(!r.stdout.contains("300 rows"))
    }

    @Test func badDataExits65() throws {
        // An unclosed quote: the loader reports a data error.
        let r = try EvshBinary.run(["-c", "load bad.csv"], stdin: "", environment: [:], files: ["bad.csv": "a,b\n1,\"x\n"])
        #expect(r.status == 65, "stderr: \(r.stderr)")
        #expect(r.stderr.contains("bad.csv"))
    }

    @Test func runAndCheckExitWithTheDocumentedCodes() throws {
        let files = ["usage.evsh": "load demo\nfrob\ncount\n", "data.evsh": "load bad.csv\n", "bad.csv": "a,b\n1,\"x\n"]
        let missingScript = try EvshBinary.run(["run", "missing.evsh"])
        #expect(missingScript.status == 66)
        #expect(missingScript.stderr.contains("cannot read 'missing.evsh'"))
        let missingTranscript = try EvshBinary.run(["check", "missing.md"])
        #expect(missingTranscript.status == 66)
        #expect(missingTranscript.stderr.contains("cannot read 'missing.md'"))
        let usage = try EvshBinary.run(["run", "usage.evsh"], files: files)
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("usage.evsh:2: stopped at the first failing command"))
        let data = try EvshBinary.run(["run", "data.evsh"], files: files)
        #expect(data.status == 65, "stderr: \(data.stderr)")
        let badOption = try EvshBinary.run(["run", "--data", "no-equals-sign", "usage.evsh"], files: files)
        #expect(badOption.status == 64)
    }

    /// Issue 13, item 10: `evsh run dir/x.evsh` reads the script's relative paths from dir/, the
    /// --data paths from where evsh runs, and an unknown --data name exits 64 before running.
    @Test func runResolvesFromTheScriptsFolder() throws {
        let files = ["term/x.evsh": "load ht24.csv\ncount\n", "term/ht24.csv": "student_id,r\nS1,1\nS2,2\n",
                     "vt25.csv": "student_id,r\nS1,1\nS2,2\nS3,3\n"]
        let here = try EvshBinary.run(["run", "term/x.evsh"], files: files)
        #expect(here.status == 0, "\(here.stderr)")
        #expect(here.stdout.contains("ht24: 2 rows") && here.stdout.contains("\n2 rows"), "\(here.stdout)")
        let repointed = try EvshBinary.run(["run", "term/x.evsh", "--data", "ht24=vt25.csv"], files: files)
        #expect(repointed.status == 0, "\(repointed.stderr)")
        #expect(repointed.stdout.contains("ht24: 3 rows"), "\(repointed.stdout)")
        let unknown = try EvshBinary.run(["run", "term/x.evsh", "--data", "vt25=vt25.csv"], files: files)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("loads no dataset named 'vt25'") && unknown.stderr.contains("the script loads: ht24"), "\(unknown.stderr)")
        #expect(!unknown.stdout.contains("rows"), "nothing ran: \(unknown.stdout)")
    }

    @Test func quitEndsTheRun() throws {
        let r = try EvshBinary.run(["-c", "quit; frob"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
    }

    @Test func pipedInputRunsLineByLineWithContinuationsAndComments() throws {
        let script = """
        # a comment line
        load demo
        count \\
          by class   # continued
        frob ; count
        """
        let r = try EvshBinary.run([], stdin: script + "\n")
        #expect(r.status == 64)
        #expect(r.stdout.contains("│ 5A    │ 52 │"))
        #expect(r.stdout.contains("300 rows in 6 groups"))
        #expect(r.stdout.hasSuffix("300 rows\n"))
        #expect(r.stderr.contains("unknown command 'frob'"))
        #expect(!r.stdout.contains("evsh ["))
    }

    @Test func pipedInputWithoutATrailingNewline() throws {
        let r = try EvshBinary.run([], stdin: "load demo\ncount")
        #expect(r.status == 0)
        #expect(r.stdout.hasSuffix("300 rows\n"))
    }

    @Test func startupFilesAndDemo() throws {
        let r = try EvshBinary.run(["--demo", "-c", "datasets"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("demo"))
        let f = try EvshBinary.run(["missing.csv", "-c", "count"])
        #expect(f.status != 0)
        #expect(f.stderr.contains("missing.csv"))
    }

    @Test func noColourWhenPipedUnlessAskedFor() throws {
        let plain = try EvshBinary.run(["-c", "frob"])
        #expect(!plain.stderr.contains("\u{1B}["))
        let on = try EvshBinary.run(["-c", "set color on; frob"])
        #expect(on.stderr.contains("\u{1B}[1;31merror"))
        let off = try EvshBinary.run(["-c", "set color on; set color off; frob"])
        #expect(!off.stderr.contains("\u{1B}["))
    }

    @Test func versionHelpAndBadOptions() throws {
        let v = try EvshBinary.run(["--version"])
        #expect(v.status == 0)
        #expect(v.stdout.trimmingCharacters(in: .whitespacesAndNewlines).first?.isNumber == true)
        let h = try EvshBinary.run(["--help"])
        #expect(h.status == 0)
        #expect(h.stdout.contains("-c <commands>"))
        #expect(h.stdout.contains("Exit codes"))
        let bad = try EvshBinary.run(["--frobnicate"])
        #expect(bad.status == 64)
        // The shell is the default subcommand: naming it changes nothing.
        let named = try EvshBinary.run(["shell", "-c", "load demo; count"])
        #expect(named.status == 0)
        #expect(named.stdout.hasSuffix("300 rows\n"))
    }
}
