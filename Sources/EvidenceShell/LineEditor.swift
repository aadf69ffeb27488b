#if canImport(Glibc)
import Glibc
#endif
@preconcurrency import CEditLine

/// The prompt, on libedit: Emacs keys, UTF-8 editing, history from a `HistoryStore`, Tab
/// completion from a `Completer`. Ctrl-C while editing cancels the line (see `Interrupts`).
public final class LineEditor {
    public enum Input: Sendable, Equatable {
        case line(String)
        /// Ctrl-C while editing: the line is dropped.
        case interrupted
        /// Ctrl-D on an empty line, or the input ended.
        case end
    }

    let el: OpaquePointer
    public let history: HistoryStore
    public var completer: Completer?
    /// Earlier continued lines (`\` removed), so completion sees the whole command.
    public var pendingText = ""
    private let output: UnsafeMutablePointer<FILE>
    private var promptBuffer: UnsafeMutablePointer<CChar>?
    /// Width for listing candidates.
    public var width: () -> Int = { Terminal.width() ?? 80 }

    /// `input`/`output` default to the process's stdin and stdout; tests pass pipes and turn
    /// `signals` off (libedit's handlers re-send a signal to the whole process group).
    public init(history: HistoryStore, completer: Completer? = nil, signals: Bool = true,
                input: UnsafeMutablePointer<FILE> = shim_stdin(),
                output: UnsafeMutablePointer<FILE> = shim_stdout(),
                error: UnsafeMutablePointer<FILE> = shim_stderr()) {
        el = el_init("evsh", input, output, error)
        self.history = history
        self.completer = completer
        self.output = output
        _ = shim_el_set_editor(el, "emacs")
        // libedit restores the terminal on signals and follows window resizes.
        _ = shim_el_set_signal(el, signals ? 1 : 0)
        _ = shim_el_set_hist(el, history.handle)
        _ = shim_el_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        _ = shim_el_set_prompt(el) { el in
            guard let el, let raw = shim_el_get_clientdata(el) else { return nil }
            return Unmanaged<LineEditor>.fromOpaque(raw).takeUnretainedValue().promptBuffer
        }
        _ = shim_el_addfn(el, "evsh-complete", "complete the word before the cursor") { el, _ in
            guard let el, let raw = shim_el_get_clientdata(el) else { return UInt8(CC_ERROR) }
            return Unmanaged<LineEditor>.fromOpaque(raw).takeUnretainedValue().complete()
        }
        _ = shim_el_bind(el, "^I", "evsh-complete")
        _ = shim_el_bind(el, "^R", "em-inc-search-prev")
    }

    deinit {
        el_end(el)
        free(promptBuffer)
    }

    /// Show `prompt` and read one line (without its newline).
    public func read(prompt: String) -> Input {
        free(promptBuffer)
        promptBuffer = strdup(prompt)
        _ = Interrupts.take()
        var count: Int32 = 0
        errno = 0
        guard let p = el_gets(el, &count) else {
            // Count -1 is an error (EINTR after Ctrl-C), 0 is end of input (Ctrl-D).
            let e = errno
            let pressed = Interrupts.take()
            return count < 0 && (e == EINTR || pressed) ? .interrupted : .end
        }
        var line = String(cString: p)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    /// Tab: complete a lone candidate (or the candidates' common start), else list them.
    private func complete() -> UInt8 {
        guard let completer, let info = el_line(el)?.pointee else { return UInt8(CC_ERROR) }
        let n = info.cursor - info.buffer
        let before = String(decoding: UnsafeRawBufferPointer(start: info.buffer, count: max(0, n)), as: UTF8.self)
        let c = completer.complete(pendingText + before)
        if c.candidates.isEmpty { return UInt8(CC_REFRESH_BEEP) }
        if let edit = c.edit {
            el_deletestr(el, Int32(edit.deleteCount))
            _ = el_insertstr(el, edit.insert)
            return UInt8(CC_REFRESH)
        }
        let lines = CandidateList.layout(c.candidates.map(\.display), width: width())
        fputs("\n" + lines.joined(separator: "\n") + "\n", output)
        fflush(output)
        return UInt8(CC_REDISPLAY)
    }
}
