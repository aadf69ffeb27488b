#if canImport(Glibc)
import Glibc
#endif
@preconcurrency import CEditLine
import EvidenceData
import EvidenceAnalysis
import EvidenceSession

/// Writes a command's output. Interactively everything goes to stdout, in order. In `-c` and
/// piped runs results stay on stdout and diagnostics go to stderr, so `evsh < s.evsh > out.txt`
/// keeps errors visible and out of the results (warnings about a result stay with it).
public struct OutputPrinter {
    public var diagnosticsToStderr: Bool
    var stdoutColor: ColorPolicy
    var stderrColor: ColorPolicy

    public init(diagnosticsToStderr: Bool) {
        self.diagnosticsToStderr = diagnosticsToStderr
        stdoutColor = ColorPolicy.current
        stderrColor = ColorPolicy(outputIsTTY: isatty(STDERR_FILENO) == 1, noColor: stdoutColor.noColor,
                                  term: stdoutColor.term)
    }

    public func print(_ output: Output, session: Session) {
        let options = session.renderOptions
        let mode = session.settings.color
        for block in output.blocks {
            var toStderr = false
            if diagnosticsToStderr, case .diagnostic = block { toStderr = true }
            let color = (toStderr ? stderrColor : stdoutColor).enabled(mode)
            let lines = TerminalRenderer.render(block, options: options, color: color)
            if toStderr { fflush(shim_stdout()) }
            let stream = toStderr ? shim_stderr() : shim_stdout()
            for l in lines { fputs(l + "\n", stream) }
            if toStderr { fflush(stream) }
        }
        fflush(shim_stdout())
    }
}
