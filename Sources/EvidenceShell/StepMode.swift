#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import EvidenceData
import EvidenceAnalysis
import EvidenceSession

/// The front end of `evsh run`: prints what the script runner reports and, in workshop step
/// mode (`--step`), waits for a key before each command — Enter/Space runs it, `s` skips, `e`
/// opens a prompt on the same session until `continue`, `q` ends. On a terminal one raw key is
/// read (termios); otherwise one line per step, so a pipe can drive it.
public enum StepMode {
    public static func action(forKey c: Character) -> ScriptRunner.StepAction? {
        switch c {
        case "\n", "\r", " ": .run
        case "s", "S": .skip
        case "e", "E": .explore
        case "q", "Q", "\u{03}", "\u{04}": .quit   // Ctrl-C and Ctrl-D end the tour too
        default: nil
        }
    }

    public static func action(forLine l: String) -> ScriptRunner.StepAction? {
        let t = l.trimmed().lowercased()
        if t.isEmpty { return .run }
        if let c = t.first, t.count == 1 { return action(forKey: c) }
        return ["run": .run, "skip": .skip, "explore": .explore, "quit": .quit][t]
    }

    /// Replays `text` and prints as it goes; returns the exit status.
    public static func replay(_ text: String, file: String, session: Session, options: ScriptRunner.Options,
                              step: Bool) -> ExitStatus {
        var runner = ScriptRunner(session: session, options: options)
        let tty = isatty(0) == 1
        var explored = false
        if step {
            err(SessionMessage.stepIntro.text(session.settings.language))
            runner.step = { _, _ in readAction(tty: tty, language: session.settings.language) }
            runner.explore = {
                explored = true
                return explore(session, tty: tty)
            }
        }
        let result = runner.run(text: text, file: file) { ev in
            switch ev {
            case .narration(let t):
                // Narration is prose: wrapped at words to the width, a paragraph at a time.
                let width = session.renderOptions.width
                let wrapped = t.split(separator: "\n", omittingEmptySubsequences: false)
                    .flatMap { WordWrap.lines(String($0), width: width, indent: "") }.joined(separator: "\n")
                out(step ? "\n" + wrapped + "\n" : wrapped)
            case .command(let c, _): if step { typeOut("evsh> ", c, animate: tty) }
            case .output(let o):
                let lines = TextRenderer.render(o, options: session.renderOptions)
                if o.failed { lines.forEach(err) } else { lines.forEach(out) }
            case .warning(let w):
                WordWrap.lines(CommonMessage.warningPrefix.text(session.settings.language) + w, width: session.renderOptions.width).forEach(err)
            case .stopped(let m): err(m)
            }
        }
        // The script is the record of what it ran; only questions explored on the way are new
        // work, kept in the journal (and said where) until saved.
        if !explored { session.savedEntryCount = session.entries.count }
        if let m = session.endJournal() { err(m) }
        return result.exitStatus
    }

    /// The command as if typed: on a terminal a character every 12 ms (at most half a second),
    /// so the room reads it as it appears; otherwise at once.
    static func typeOut(_ promptText: String, _ command: String, animate: Bool) {
        prompt(promptText)
        guard animate else { prompt(command); return }
        let chars = Array(command)
        let animated = min(chars.count, 40)
        for ch in chars.prefix(animated) {
            prompt(String(ch))
            usleep(12_000)
        }
        if chars.count > animated { prompt(String(chars[animated...])) }
    }

    /// One step decision: a raw key on a terminal, a line otherwise (end of input quits).
    static func readAction(tty: Bool, language: Language = .en) -> ScriptRunner.StepAction {
        while true {
            if tty {
                guard let c = readKey() else { return .quit }
                if let a = action(forKey: c) { out(""); return a }
            } else {
                guard let l = readLine() else { out(""); return .quit }
                if let a = action(forLine: l) { out(""); return a }
                err(SessionMessage.stepKeys.text(language))
            }
        }
    }

    /// One key without Enter and without echo; the terminal's settings are restored after.
    static func readKey() -> Character? {
        var saved = termios()
        guard tcgetattr(0, &saved) == 0 else { return readLine().map { $0.first ?? "\n" } }
        var raw = saved
        // ISIG off as well: Ctrl-C arrives as a key (and ends the tour) instead of killing evsh
        // with the terminal left in raw mode.
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        tcsetattr(0, TCSANOW, &raw)
        defer { tcsetattr(0, TCSANOW, &saved) }
        var b: UInt8 = 0
        while true {
            let n = read(0, &b, 1)
            if n == 1 { return Character(Unicode.Scalar(b)) }
            if n < 0 && errno == EINTR { continue }
            return nil
        }
    }

    /// The participant's question: a prompt on the same session until `continue` (true) or
    /// `quit` / end of input (false). On a terminal it is the shell's own line editor (history,
    /// Tab completion of commands and columns); otherwise plain lines.
    static func explore(_ session: Session, tty: Bool) -> Bool {
        err(SessionMessage.exploring.text(session.settings.language))
        let editor = tty ? LineEditor(history: HistoryStore(path: nil), completer: Completer(session: session)) : nil
        while true {
            let line: String
            if let editor {
                switch editor.read(prompt: explorePrompt) {
                case .end: out(""); return false
                case .interrupted: out("^C"); continue
                case .line(let l): line = l
                }
                if !line.trimmed().isEmpty { editor.history.add(line) }
            } else {
                prompt(explorePrompt)
                guard let l = readLine() else { return false }
                line = l
            }
            let t = line.trimmed()
            if t.lowercased() == "continue" { return true }
            let o = session.run(t)
            if o.status == .quit { return false }
            TextRenderer.render(o, options: session.renderOptions).forEach(o.failed ? err : out)
        }
    }

    static let explorePrompt = "evsh (paused)> "

    // Straight to the file descriptors (no stdio buffers), so prompts, output and errors
    // appear in order.
    static func out(_ s: String) { put(1, s + "\n") }
    static func err(_ s: String) { put(2, s + "\n") }
    static func prompt(_ s: String) { put(1, s) }

    static func put(_ fd: Int32, _ s: String) {
        let bytes = Array(s.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress.map { $0 + done }, bytes.count - done) }
            if n <= 0 { if n < 0 && errno == EINTR { continue }; return }
            done += n
        }
    }
}
