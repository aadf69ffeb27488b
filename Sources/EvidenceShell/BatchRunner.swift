import EvidenceData
import EvidenceAnalysis
import EvidenceSession

/// Runs command text without a prompt (`-c`, piped stdin, start-up loads): prints each output
/// and remembers the first failure, which decides the exit status. With `bail` the first
/// failure stops the run; `quit` always does.
public final class BatchRunner {
    public let session: Session
    public let printer: OutputPrinter
    public let bail: Bool
    /// The status of the first failing command (ok while none failed).
    public private(set) var status = ExitStatus.ok
    /// True once `quit` ran or `bail` stopped the run.
    public private(set) var stopped = false

    public init(session: Session, printer: OutputPrinter, bail: Bool) {
        self.session = session
        self.printer = printer
        self.bail = bail
    }

    /// Run every command in `text` (`;`, `\` continuations and `#` comments as in scripts).
    public func run(_ text: String) {
        for cmd in ScriptText.commands(in: text) {
            if stopped { return }
            let out = session.run(cmd.withComment)
            printer.print(out, session: session)
            if out.failed, status == .ok { status = ExitStatus(out.status) }
            if out.status == .quit || (bail && out.failed) { stopped = true }
        }
    }

    /// Read plain lines from stdin with `readLine()` (libedit reads pipes a byte at a time),
    /// joining `\` continuations, and run each command as soon as it is complete.
    public func runStandardInput() {
        var pending = ""
        while !stopped, let line = readLine(strippingNewline: true) {
            pending += line + "\n"
            if Continuation.continues(line) { continue }
            run(pending)
            pending = ""
        }
        if !stopped, !pending.isEmpty { run(pending) }
    }
}

/// `\` at the end of a line (outside a comment) continues the command on the next line
/// (the rule is `CommandLexer`'s).
public enum Continuation {
    public static func continues(_ line: String) -> Bool {
        var l = line
        if l.hasSuffix("\r") { l.removeLast() }
        return CommandLexer.scan(l).continues
    }

    /// The line as it joins the next one (for history and completion): the `\` and the
    /// blanks before it become one space.
    public static func joined(_ line: String) -> String {
        var l = Substring(CommandLexer.scan(line).continuedText)
        while let c = l.last, c.isWhitespace { l.removeLast() }
        return l + " "
    }
}
