#if canImport(Glibc)
import Glibc
#endif
@preconcurrency import CEditLine
import EvidenceData
import EvidenceAnalysis
import EvidenceSession

/// What evsh asks of the terminal it runs in: is there one, how wide is it, may it draw colour.
public enum Terminal {
    public static var stdinIsTTY: Bool { isatty(STDIN_FILENO) == 1 }
    public static var stdoutIsTTY: Bool { isatty(STDOUT_FILENO) == 1 }
    /// libedit only when both ends are a terminal: with stdin piped it reads one byte per
    /// syscall, and with stdout redirected it stops editing and lets escape bytes into the line.
    public static var isInteractive: Bool { stdinIsTTY && stdoutIsTTY }

    /// A long load's progress, drawn over itself on stderr when that is a terminal (nothing
    /// otherwise: scripts and pipes get no status lines). "" clears it.
    @Sendable public static func progressLine(_ text: String) {
        guard isatty(STDERR_FILENO) == 1 else { return }
        fputs("\r\u{1B}[K" + text, shim_stderr())
        fflush(shim_stderr())
    }

    /// Columns of the terminal: stdout, then stdin (stdout may be piped), then `COLUMNS`, then 80.
    @Sendable public static func width() -> Int? {
        for fd in [STDOUT_FILENO, STDIN_FILENO] {
            var ws = winsize()
            if ioctl(fd, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 { return Int(ws.ws_col) }
        }
        // A bogus COLUMNS (10000000) must not size anything: the session bounds widths to
        // 20–1000 (`Settings.widthRange`) and the line editor needs no more.
        if let c = environment("COLUMNS"), let n = Int(c), n > 0 { return min(n, Settings.widthRange.upperBound) }
        return 80
    }

    public static func environment(_ name: String) -> String? {
        guard let p = getenv(name) else { return nil }
        return String(cString: p)
    }

    /// libedit edits multibyte text only under a UTF-8 LC_CTYPE, and crashes drawing a non-ASCII
    /// prompt without one. Only LC_CTYPE is set: LC_NUMERIC would give strtod a decimal comma.
    /// Returns true when the locale is multibyte (UTF-8) afterwards.
    @discardableResult
    public static func setUpLocale() -> Bool {
        setlocale(LC_CTYPE, "")
        if shim_mb_cur_max() == 1 { setlocale(LC_CTYPE, "C.UTF-8") }
        return shim_mb_cur_max() > 1
    }
}

/// Whether to add colour: `set color on|off` decides when set; `auto` means a terminal on
/// stdout, `NO_COLOR` unset or empty (no-color.org), and `TERM` not `dumb`. An explicit
/// `set color on` beats `NO_COLOR`, as the no-color.org convention asks of per-run settings.
public struct ColorPolicy: Sendable, Equatable {
    public var outputIsTTY: Bool
    public var noColor: String?
    public var term: String?

    public init(outputIsTTY: Bool, noColor: String?, term: String?) {
        self.outputIsTTY = outputIsTTY
        self.noColor = noColor
        self.term = term
    }

    public static var current: ColorPolicy {
        ColorPolicy(outputIsTTY: Terminal.stdoutIsTTY, noColor: Terminal.environment("NO_COLOR"),
                    term: Terminal.environment("TERM"))
    }

    public func enabled(_ mode: Settings.ColorMode) -> Bool {
        switch mode {
        case .on: return true
        case .off: return false
        case .auto:
            if let n = noColor, !n.isEmpty { return false }
            if term == "dumb" { return false }
            return outputIsTTY
        }
    }
}
