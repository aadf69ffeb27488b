#if canImport(Glibc)
import Glibc
#endif
@preconcurrency import CEditLine
import EvidenceData
import EvidenceAnalysis
import EvidenceSession

/// The interactive loop: numbered prompt, `\` continuations, history, Ctrl-C and Ctrl-D.
public final class InteractiveShell {
    public let session: Session
    let printer: OutputPrinter
    let editor: LineEditor
    /// `   …> `, or `   ...> ` when the locale could not be made UTF-8.
    let continuationPrompt: String

    public init(session: Session, history: HistoryStore, utf8: Bool) {
        self.session = session
        printer = OutputPrinter(diagnosticsToStderr: false)
        history.scrub = { [weak session] line in session?.scrubPersonnummer(line).text ?? PersonnummerScanner.scrub(line).text }
        editor = LineEditor(history: history, completer: Completer(session: session))
        continuationPrompt = utf8 ? "   …> " : "   ...> "
    }

    /// `evsh ma_vt25 [12]> `: where the next command runs, and its number (docs/shell.md).
    public var prompt: String { Self.prompt(dataset: session.currentName, number: session.entries.count + 1) }

    static func prompt(dataset: String?, number: Int) -> String {
        guard var name = dataset else { return "evsh [\(number)]> " }
        // A long name is shortened so the prompt leaves room to type.
        if name.count > 24 { name = String(name.prefix(23)) + "…" }
        return "evsh \(name) [\(number)]> "
    }

    /// Runs until `quit` or Ctrl-D. Returns the exit status (always ok: failures were shown).
    public func run() -> ExitStatus {
        var pending = ""        // raw continued lines, for ScriptText
        var pendingJoined = ""  // the same, joined, for completion and history
        while true {
            editor.pendingText = pendingJoined
            switch editor.read(prompt: pending.isEmpty ? prompt : continuationPrompt) {
            case .end:
                // libedit echoes ^D without a newline.
                fputs("\n", shim_stdout())
                fflush(shim_stdout())
                return .ok
            case .interrupted:
                fputs("^C\n", shim_stdout())
                fflush(shim_stdout())
                pending = ""
                pendingJoined = ""
            case .line(let line):
                if Continuation.continues(line) {
                    pending += line + "\n"
                    pendingJoined += Continuation.joined(line)
                    continue
                }
                let text = pending + line
                let entry = (pendingJoined + line).trimmed()
                pending = ""
                pendingJoined = ""
                if entry.isEmpty { continue }
                editor.history.add(entry)
                for cmd in ScriptText.commands(in: text) {
                    let (out, interrupted) = Interrupts.whileRunning { session.run(cmd.withComment) }
                    printer.print(out, session: session)
                    if out.status == .quit { return .ok }
                    if interrupted { break }  // Ctrl-C stops the rest of the line too
                }
            }
        }
    }
}
