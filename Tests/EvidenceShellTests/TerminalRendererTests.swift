@testable import EvidenceShell
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

@Suite struct TerminalRendererTests {
    let esc = "\u{1B}["

    @Test func colourFollowsTheSettingTheTerminalAndNoColor() {
        let tty = ColorPolicy(outputIsTTY: true, noColor: nil, term: "xterm-256color")
        #expect(tty.enabled(.auto))
        #expect(!tty.enabled(.off))
        #expect(!ColorPolicy(outputIsTTY: false, noColor: nil, term: "xterm").enabled(.auto))
        #expect(!ColorPolicy(outputIsTTY: true, noColor: "1", term: "xterm").enabled(.auto))
        #expect(ColorPolicy(outputIsTTY: true, noColor: "", term: "xterm").enabled(.auto))  // empty: not set
        #expect(!ColorPolicy(outputIsTTY: true, noColor: nil, term: "dumb").enabled(.auto))
        // An explicit `set color on` is a per-run choice and beats NO_COLOR and redirection.
        #expect(ColorPolicy(outputIsTTY: false, noColor: "1", term: nil).enabled(.on))
    }

    @Test func withoutColourTheLinesAreTextRenderersLines() {
        let d = Diagnostic.usage("unknown command 'frob'", span: Span(line: "frob x", range: 0..<4), hint: "type 'help'")
        let block = Block.diagnostic(d)
        let opts = RenderOptions(width: 80)
        #expect(TerminalRenderer.render(block, options: opts, color: false) == TextRenderer.render(block, options: opts))
    }

    @Test func diagnosticsAreRedWithADimHint() {
        let d = Diagnostic.usage("unknown command 'frob'", span: Span(line: "frob x", range: 0..<4), hint: "type 'help'")
        let lines = TerminalRenderer.render(.diagnostic(d), options: RenderOptions(width: 80), color: true)
        #expect(lines.count == 4)
        #expect(lines[0] == "\(esc)1;31merror: unknown command 'frob'\(esc)0m")
        #expect(lines[1] == "  frob x")  // the source line stays plain
        #expect(lines[2] == "\(esc)31m  ^~~~\(esc)0m")
        #expect(lines[3] == "\(esc)2mhint: type 'help'\(esc)0m")
    }

    @Test func warningsAreYellow() {
        let lines = TerminalRenderer.render(.warning("3 groups under 10 suppressed"), options: RenderOptions(), color: true)
        #expect(lines == ["\(esc)1;33mwarning: 3 groups under 10 suppressed\(esc)0m"])
    }

    @Test func styleSpansBecomeColoursByCharacterOffset() {
        let st = StyledText(lines: ["5A ▇▇▇ +12", "5B ▇ −3"], spans: [
            StyleSpan(line: 0, range: 3..<6, style: .series(0)),
            StyleSpan(line: 0, range: 7..<10, style: .up),
            StyleSpan(line: 1, range: 5..<7, style: .down),
            StyleSpan(line: 1, range: 0..<2, style: .emphasis),
        ])
        let lines = TerminalRenderer.render(.styled(st), options: RenderOptions(), color: true)
        #expect(lines[0] == "5A \(esc)34m▇▇▇\(esc)0m \(esc)32m+12\(esc)0m")
        #expect(lines[1] == "\(esc)1m5B\(esc)0m ▇ \(esc)31m−3\(esc)0m")
        // Series colours cycle; a negative index does not trap.
        #expect(TerminalRenderer.SGR.code(for: .series(6)) == TerminalRenderer.SGR.code(for: .series(0)))
        #expect(TerminalRenderer.SGR.code(for: .series(-1)) == "31")
    }

    @Test func asciiFoldsEachRunSoSpansStayAligned() {
        let st = StyledText(lines: ["ä→ö"], spans: [StyleSpan(line: 0, range: 2..<3, style: .dim)])
        let lines = TerminalRenderer.render(.styled(st), options: RenderOptions(ascii: true), color: true)
        #expect(lines == ["a->\(esc)2mo\(esc)0m"])
        // Spans past the end of a line are clipped, not trapped on.
        let odd = StyledText(lines: ["ab"], spans: [StyleSpan(line: 0, range: 1..<9, style: .error), StyleSpan(line: 5, range: 0..<1, style: .dim)])
        #expect(TerminalRenderer.render(.styled(odd), options: RenderOptions(), color: true) == ["a\(esc)31mb\(esc)0m"])
    }

    @Test func exitStatusesHaveNames() {
        #expect(ExitStatus(.ok).rawValue == 0)
        #expect(ExitStatus(.quit).rawValue == 0)
        #expect(ExitStatus(.failed(.usage)).rawValue == 64)
        #expect(ExitStatus(.failed(.data)).rawValue == 65)
        #expect(ExitStatus(.failed(.internal)).rawValue == 70)
        // The codes no command outcome maps to (docs/shell.md, "Exit codes").
        #expect(ExitStatus.changed.rawValue == 1)
        #expect(ExitStatus.noInput.rawValue == 66)
        #expect(ExitStatus.interrupted.rawValue == 130)
    }

    @Test func stateDirectoryFollowsXDG() {
        let env1: (String) -> String? = { ["XDG_STATE_HOME": "/x/state", "HOME": "/home/a"][$0] }
        #expect(StateDirectory.path(environment: env1) == "/x/state/evsh")
        // A relative XDG_STATE_HOME is invalid by the spec and ignored.
        let env2: (String) -> String? = { ["XDG_STATE_HOME": "state", "HOME": "/home/a"][$0] }
        #expect(StateDirectory.path(environment: env2) == "/home/a/.local/state/evsh")
        #expect(StateDirectory.path(environment: { _ in nil }) == nil)
    }

    @Test func continuationLines() {
        #expect(Continuation.continues("count \\"))
        #expect(Continuation.continues("count \\\r"))
        #expect(!Continuation.continues("count # a comment \\"))
        #expect(!Continuation.continues("count \\ "))
        #expect(Continuation.joined("count \\") == "count ")
        #expect(Continuation.joined("count by\\") == "count by ")
    }
}
