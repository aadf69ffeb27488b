#if canImport(Glibc)
import Glibc
#endif
import Synchronization
import EvidenceData
import EvidenceAnalysis
import EvidenceSession

/// Ctrl-C for the interactive shell. A `sigaction` handler without SA_RESTART only bumps
/// atomics (signal-safe): while a line is edited, libedit's read then fails with EINTR and
/// `el_gets` returns count -1, which cancels the line; while a command runs, the session's
/// `Cancellation` is set and long computations stop with "interrupted".
public enum Interrupts {
    /// The cancellation flag handed to the interactive session's environment.
    public static let cancellation = Cancellation()
    /// Ctrl-C presses seen since the last `take()`.
    static let pending = Atomic<Int>(0)
    /// Ctrl-C presses while a command runs; the third ends a command that does not listen.
    static let duringCommand = Atomic<Int>(0)
    static let commandRunning = Atomic<Bool>(false)

    /// Install the handler (once, before the first prompt).
    public static func install() {
        // Touch the statics first: their lazy initialisation must not happen inside the handler.
        _ = cancellation.isCancelled
        pending.store(0, ordering: .relaxed)
        duringCommand.store(0, ordering: .relaxed)
        commandRunning.store(false, ordering: .relaxed)
        var sa = sigaction()
        sa.__sigaction_handler.sa_handler = { _ in
            Interrupts.pending.add(1, ordering: .relaxed)
            Interrupts.cancellation.cancel()
            if Interrupts.commandRunning.load(ordering: .relaxed) {
                let (n, _) = Interrupts.duringCommand.add(1, ordering: .relaxed)
                if n >= 3 {
                    // A command deaf to cancellation: leave like an unhandled SIGINT would
                    // (the terminal is in its normal mode while a command runs).
                    let msg = "\nevsh: interrupted three times; quitting\n"
                    _ = msg.withCString { write(STDERR_FILENO, $0, strlen($0)) }
                    _exit(ExitStatus.interrupted.rawValue)
                }
            }
        }
        sigemptyset(&sa.sa_mask)
        sa.sa_flags = 0  // no SA_RESTART: the blocked read must fail with EINTR
        sigaction(SIGINT, &sa, nil)
        // A parent may hand down a mask that blocks these (seen under test runners and tmux);
        // Ctrl-C and libedit's resize/suspend/terminate handling need them delivered.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for s in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT, SIGWINCH] { sigaddset(&unblock, s) }
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
    }

    /// True (once) when Ctrl-C was pressed since the last call.
    public static func take() -> Bool {
        pending.exchange(0, ordering: .relaxed) > 0
    }

    /// Run a command with Ctrl-C routed to the session's cancellation. `interrupted` says
    /// whether Ctrl-C was pressed meanwhile (the rest of the line is then skipped).
    /// While the command runs the terminal keeps what is typed ahead through a Ctrl-C (NOFLSH):
    /// Ctrl-C stops the command, not the next one already typed (docs/shell.md).
    public static func whileRunning<T>(_ body: () -> T) -> (result: T, interrupted: Bool) {
        _ = take()
        duringCommand.store(0, ordering: .relaxed)
        var saved = termios()
        let tty = isatty(0) == 1 && tcgetattr(0, &saved) == 0
        if tty {
            var keep = saved
            keep.c_lflag |= tcflag_t(NOFLSH)
            tcsetattr(0, TCSANOW, &keep)
        }
        commandRunning.store(true, ordering: .relaxed)
        let result = body()
        commandRunning.store(false, ordering: .relaxed)
        if tty { tcsetattr(0, TCSANOW, &saved) }
        return (result, take())
    }
}
