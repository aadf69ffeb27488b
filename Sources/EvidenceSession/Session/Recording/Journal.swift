import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import EvidenceData
import EvidenceAnalysis

/// The live session on disk: `$XDG_STATE_HOME/evsh/journal-<pid>-<random>.evsh`, mode 0600,
/// held open and locked (`flock`) while its session lives, one line appended as each command
/// completes (fsynced at most once a second). After a crash, `kill -9` or a closed terminal,
/// `session recover` replays the newest journal whose lock can be taken (its evsh is gone).
///
/// Each command line ends with a checksum (` #~` and 8 hex digits), so a record cut short by a
/// crash or a full disk (`filter year == 5 and reading_c1 < `) is never replayed. The header
/// records the working folder, so relative paths resolve when recovering from elsewhere.
/// Journals of earlier versions (`journal-<pid>.evsh`, no checksums) are still read.
public struct Journal: Sendable {
    public let path: String
    /// The open, locked journal file; the lock goes when the last copy of this journal does.
    let lock: JournalLock?

    init(path: String, lock: JournalLock? = nil) {
        self.path = path
        self.lock = lock
    }

    static let formatLine = "# journal-format: 2 (each command ends with a checksum)"
    static let folderMarker = "# folder: "
    static let checksumMarker = " #~"

    /// Called by `Session.run` after every entry: recorded commands are appended (failed ones
    /// as a comment, so a recovery does not stop on them). Returns a warning to show, once,
    /// when the journal cannot be written.
    static func record(_ entry: Entry, in session: Session) -> String? {
        guard entry.recorded, session.journalingEnabled, let dir = session.environment.stateDirectory else { return nil }
        var line = entry.failed ? "# failed: " + entry.input : entry.input
        if !entry.failed, let c = entry.comment { line += "  # " + c }
        line = PersonnummerScrubber.scrub(line).text.replacingOccurrences(of: "\n", with: " ")
        if !entry.failed { line += checksumMarker + checksum(line) }
        if session.journal == nil {
            var head = SessionScript.header(session, date: Date(), kind: "journal (an unsaved session)", fingerprints: false)
            head.append(formatLine)
            if let folder = session.environment.workingDirectory ?? Optional(FileManager.default.currentDirectoryPath) {
                head.append(folderMarker + folder)
            }
            do {
                session.journal = try create(in: dir, header: head.joined(separator: "\n") + "\n")
                prune(in: dir)
            } catch {
                session.journalingEnabled = false
                return problem(session, JournalMessage.cannotMake.text(session.settings.language, .text(dir), .text("\(error)")))
            }
        }
        // write() after every command survives a crash, kill -9 or a closed terminal; fsync
        // (about 6 ms here) at most once a second bounds what a power cut can take, without
        // making a piped 1000-command script thirty times slower.
        let now = Date().timeIntervalSinceReferenceDate
        let sync = now - session.state.recording.lastSync >= 1
        do {
            try session.journal?.append(line + "\n", sync: sync)
        } catch {
            return problem(session, JournalMessage.cannotWrite.text(session.settings.language, .text(session.journal?.path ?? dir), .text(String(cString: strerror(errno)))))
        }
        if sync { session.state.recording.lastSync = now }
        session.state.recording.closeMessageSaid = false
        return nil
    }

    /// A journal problem is said once per session.
    static func problem(_ session: Session, _ message: String) -> String? {
        guard !session.state.recording.journalProblemSaid else { return nil }
        session.state.recording.journalProblemSaid = true
        return message
    }

    /// FNV-1a over the line's UTF-8, as 8 hex digits.
    static func checksum(_ line: String) -> String {
        var h: UInt32 = 2_166_136_261
        for b in line.utf8 { h = (h ^ UInt32(b)) &* 16_777_619 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// The command of a checksummed line, or nil when the line is torn or altered.
    static func verified(_ line: String) -> String? {
        guard line.utf8.count > 11, let r = line.range(of: checksumMarker, options: .backwards) else { return nil }
        let body = String(line[..<r.lowerBound]), sum = String(line[r.upperBound...])
        return sum == checksum(body) ? body : nil
    }

    /// A new journal with a name no other process has (the pid alone repeats in containers,
    /// pid 1, and after a reboot), created exclusively and locked before anything is written.
    static func create(in directory: String, header: String) throws -> Journal {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        for _ in 0..<8 {
            let tag = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let path = (directory as NSString).appendingPathComponent("journal-\(getpid())-\(tag).evsh")
            let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if fd < 0 { if errno == EEXIST { continue }; throw JournalError(String(cString: strerror(errno))) }
            let lock = JournalLock(fd: fd)
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { unlink(path); throw JournalError(String(cString: strerror(errno))) }
            let j = Journal(path: path, lock: lock)
            do { try j.append(header, sync: true) } catch { unlink(path); throw JournalError(String(cString: strerror(errno))) }
            return j
        }
        throw JournalError("no free name")
    }

    struct JournalError: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    func append(_ text: String, sync: Bool = true) throws {
        let fd = lock?.fd ?? open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Diagnostic.data("cannot write the journal '\(path)'", kind: "write failed") }
        defer { if lock == nil { close(fd) } }
        let bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { b in write(fd, b.baseAddress.map { $0 + done }, bytes.count - done) }
            if n < 0 { if errno == EINTR { continue }; throw Diagnostic.data("cannot write the journal '\(path)'", kind: "write failed") }
            done += n
        }
        if sync, fsync(fd) != 0, errno != EINVAL { throw Diagnostic.data("cannot write the journal '\(path)'", kind: "write failed") }
    }

    /// Marks everything so far as saved (recovery offers only what comes after).
    static func markSaved(_ session: Session, to path: String) {
        try? session.journal?.append("\(savedMarker)\(path)\n")
    }

    static let savedMarker = "# saved to: "

    // MARK: finding journals left behind

    /// A journal left by a process that is no longer running.
    public struct Leftover: Sendable, Equatable {
        public var path: String
        public var modified: Date
        /// Commands after the last save: what the user would lose.
        public var unsaved: [String]
        /// Every command in the journal (replayed to rebuild the state).
        public var commands: [String]
        /// The folder the session worked in (relative paths in `commands` start there).
        public var folder: String? = nil
        /// Lines that failed their checksum (cut short as evsh stopped): never replayed.
        public var torn: [String] = []
    }

    public static func leftovers(in dir: String?) -> [Leftover] {
        guard let dir, let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return [] }
        var out: [Leftover] = []
        for n in names where n.hasPrefix("journal-") && n.hasSuffix(".evsh") {
            let p = (dir as NSString).appendingPathComponent(n)
            let stem = n.dropFirst("journal-".count).dropLast(".evsh".count)
            // Earlier versions named journals by pid alone and did not lock them.
            if let pid = Int32(stem), pid == getpid() || isAlive(pid) { continue }
            if isLocked(p) { continue }
            guard let text = try? String(contentsOfFile: p, encoding: .utf8) else { continue }
            let c = contents(of: text)
            if c.unsaved.isEmpty && c.torn.isEmpty { try? FileManager.default.removeItem(atPath: p); continue }
            if c.unsaved.isEmpty { continue }
            let mod = (try? FileManager.default.attributesOfItem(atPath: p)[.modificationDate] as? Date) ?? Date(timeIntervalSince1970: 0)
            out.append(Leftover(path: p, modified: mod, unsaved: c.unsaved, commands: c.commands, folder: c.folder, torn: c.torn))
        }
        return out.sorted { $0.modified > $1.modified }
    }

    /// What a journal's text holds: pure, so the fuzzer can feed it anything.
    package struct Contents: Equatable {
        package var unsaved: [String] = [], commands: [String] = []
        package var folder: String?
        package var torn: [String] = []
    }

    package static func contents(of text: String) -> Contents {
        let checksummed = text.contains(formatLine)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var c = Contents()
        // A last line without its newline was being written when evsh stopped.
        if let last = lines.last, !last.isEmpty {
            lines.removeLast()
            if !CommandLexer.scan(last).code.trimmed().isEmpty { c.torn.append(last) }
        }
        for l in lines {
            if l.hasPrefix(savedMarker) { c.unsaved = []; continue }
            if l.hasPrefix(folderMarker) { c.folder = String(l.dropFirst(folderMarker.count)); continue }
            if CommandLexer.scan(l).code.trimmed().isEmpty { continue }
            var cmd = l
            if checksummed {
                guard let v = verified(l) else { c.torn.append(l); continue }
                cmd = v
            }
            c.commands.append(cmd.trimmed())
            c.unsaved.append(cmd.trimmed())
        }
        return c
    }

    /// Journals of ended sessions kept for `session recover`: the newest ones.
    static let journalsKept = 5

    /// Removes the journals of ended sessions (no live evsh holds their lock) beyond the newest
    /// `keeping`, so the state folder does not fill up with every session ever quit unsaved
    /// (docs/sessions.md, "The journal"). Live sessions' journals are never touched.
    static func prune(in dir: String, keeping: Int = journalsKept) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
        var ended: [(path: String, modified: Date)] = []
        for n in names where n.hasPrefix("journal-") && n.hasSuffix(".evsh") {
            let p = (dir as NSString).appendingPathComponent(n)
            let stem = n.dropFirst("journal-".count).dropLast(".evsh".count)
            if let pid = Int32(stem), pid == getpid() || isAlive(pid) { continue }
            if isLocked(p) { continue }
            let mod = (try? FileManager.default.attributesOfItem(atPath: p)[.modificationDate] as? Date) ?? Date(timeIntervalSince1970: 0)
            ended.append((p, mod))
        }
        guard ended.count > keeping else { return }
        for old in ended.sorted(by: { $0.modified > $1.modified }).dropFirst(keeping) {
            try? FileManager.default.removeItem(atPath: old.path)
        }
    }

    static func isAlive(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    /// True while the evsh that writes the journal lives: it holds the journal's lock.
    static func isLocked(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        if flock(fd, LOCK_EX | LOCK_NB) == 0 { return false }
        return errno == EWOULDBLOCK
    }

    /// The line a front end shows at start when an unsaved session was left behind.
    public static func startHint(stateDirectory: String?, language: Language = .en) -> String? {
        guard let l = leftovers(in: stateDirectory).first else { return nil }
        return JournalMessage.leftBehind.text(language, .quantity(l.unsaved.count), .text(l.path))
    }

    /// What `quit` and Ctrl-D say: where unsaved work was kept; with nothing unsaved the journal
    /// is removed and nothing is said.
    public static func closeMessage(_ session: Session) -> String? {
        guard let j = session.journal else { return nil }
        let n = session.unsavedCommands.count
        if n == 0 {
            try? FileManager.default.removeItem(atPath: j.path)
            session.journal = nil
            return nil
        }
        // Said once: `quit` says it, and the front end's own call at exit then stays quiet.
        guard !session.state.recording.closeMessageSaid else { return nil }
        session.state.recording.closeMessageSaid = true
        return JournalMessage.keptIn.text(session.settings.language, .quantity(n), .text(j.path))
    }
}

/// The journal's file descriptor, locked while the session lives; closing it releases the lock.
final class JournalLock: Sendable {
    let fd: Int32
    init(fd: Int32) { self.fd = fd }
    deinit { close(fd) }
}
