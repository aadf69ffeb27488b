#if canImport(Glibc)
import Glibc
#endif
@preconcurrency import CEditLine
import EvidenceData

/// The prompt's history: a libedit `History` plus its file. Each line entered is appended to
/// the file at once (mode 0600), so a crash loses nothing and two shells open at the same
/// time both keep their lines. The file is libedit's own format (`_HiStOrY_V2_`).
/// Every line goes through `scrub` first (personnummer replaced, docs/privacy.md), before it
/// reaches libedit's memory or the file, so no raw personnummer can be written later either.
public final class HistoryStore {
    /// Replaces personnummer in a line: `<personnummer>` by default; the shell gives the
    /// session's (its keyed pseudonym once the session has a key).
    public var scrub: (String) -> String = { PersonnummerScanner.scrub($0).text }
    /// libedit's history handle (for EL_HIST).
    let handle: OpaquePointer
    /// A one-entry history used to write the newest line in libedit's file encoding
    /// (H_NSAVE_FP's count is off by one in libedit 3.1-20221030: 1 writes two entries).
    private let scratch: OpaquePointer
    public let path: String?
    public let size: Int
    private var event = HistEvent()
    private var lastLine: String?

    /// Opens the history, reading `path` when it exists. `path` nil keeps history in memory.
    public init(path: String?, size: Int = 1000) {
        handle = history_init()
        scratch = history_init()
        self.path = path
        self.size = size
        // The default size is 0: without H_SETSIZE first, H_LOAD keeps nothing.
        _ = shim_history_setsize(handle, &event, Int32(size))
        _ = shim_history_setunique(handle, &event, 1)
        _ = shim_history_setsize(scratch, &event, 1)
        guard let path, access(path, R_OK) == 0 else { return }
        let loaded = shim_history_load(handle, &event, path)
        // A file written before lines were scrubbed may hold personnummer: rewrite it without.
        let old = entries
        let clean = old.map(scrub)
        if clean != old {
            _ = shim_history_clear(handle, &event)
            for l in clean { _ = shim_history_enter(handle, &event, l) }
        }
        lastLine = entries.last
        // Appending grows the file without bound; rewrite it with the kept entries now and then.
        if loaded > 2 * size || clean != old { _ = shim_history_save(handle, &event, path) }
        chmod(path, 0o600)
    }

    deinit {
        history_end(handle)
        history_end(scratch)
    }

    /// Add a line to the history and append it to the file. Consecutive repeats are kept once.
    public func add(_ raw: String) {
        let line = scrub(raw)
        guard !line.isEmpty, line != lastLine else { return }
        lastLine = line
        _ = shim_history_enter(handle, &event, line)
        guard let path else { return }
        let dir = StateDirectory.parentOf(path)
        if !dir.isEmpty { StateDirectory.create(dir) }
        // O_CREAT with 0600 so the file is never readable by others, not even briefly.
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        guard fd >= 0 else { return }
        guard let fp = fdopen(fd, "a") else { close(fd); return }
        fseek(fp, 0, SEEK_END)  // libedit writes its header only when the stream is at 0
        _ = shim_history_clear(scratch, &event)
        _ = shim_history_enter(scratch, &event, line)
        _ = shim_history_save_fp(scratch, &event, fp)
        fclose(fp)
    }

    /// The entries, oldest first.
    public var entries: [String] {
        var out: [String] = []
        var ev = HistEvent()
        // H_LAST is the oldest entry; H_PREV walks towards the newest.
        guard shim_history_last(handle, &ev) == 0 else { return [] }
        repeat {
            if let s = ev.str { out.append(stripNewline(String(cString: s))) }
        } while shim_history_prev(handle, &ev) == 0
        return out
    }

    private func stripNewline(_ s: String) -> String {
        s.hasSuffix("\n") ? String(s.dropLast()) : s
    }
}
