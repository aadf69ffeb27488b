import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import EvidenceData
import EvidenceAnalysis

/// The live session on disk: `$XDG_STATE_HOME/evsh/journal-<pid>.evsh`, one line appended as
/// each command completes (fsynced at most once a second), mode 0600. After a crash, `kill -9` or a closed terminal,
/// `session recover` replays the newest journal left by a process that is gone.
public struct Journal: Sendable {
    public let path: String

    /// Called by `Session.run` after every entry: recorded commands are appended (failed ones
    /// as a comment, so a recovery does not stop on them).
    static func record(_ entry: Entry, in session: Session) {
        guard entry.recorded, session.journalingEnabled, let dir = session.environment.stateDirectory else { return }
        var line = entry.failed ? "# failed: " + entry.input : entry.input
        if !entry.failed, let c = entry.comment { line += "  # " + c }
        line = PersonnummerScrubber.scrub(line).text
        if session.journal == nil {
            let j = Journal(path: (dir as NSString).appendingPathComponent("journal-\(getpid()).evsh"))
            let head = SessionScript.header(session, date: Date(), kind: "journal (an unsaved session)", fingerprints: false)
            guard (try? j.create(head.joined(separator: "\n") + "\n", directory: dir)) != nil else {
                session.journalingEnabled = false
                return
            }
            session.journal = j
        }
        // write() after every command survives a crash, kill -9 or a closed terminal; fsync
        // (about 6 ms here) at most once a second bounds what a power cut can take, without
        // making a piped 1000-command script thirty times slower.
        let now = Date().timeIntervalSinceReferenceDate
        let sync = now - session.state.recording.lastSync >= 1
        try? session.journal?.append(line + "\n", sync: sync)
        if sync { session.state.recording.lastSync = now }
        session.state.recording.closeMessageSaid = false
    }

    /// Marks everything so far as saved (recovery offers only what comes after).
    static func markSaved(_ session: Session, to path: String) {
        try? session.journal?.append("\(savedMarker)\(path)\n")
    }

    static let savedMarker = "# saved to: "

    func create(_ text: String, directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        try AtomicFile.save(text, to: path, kind: "journal")
    }

    func append(_ text: String, sync: Bool = true) throws {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Diagnostic.data("cannot write the journal '\(path)'", kind: "write failed") }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { b in write(fd, b.baseAddress.map { $0 + done }, bytes.count - done) }
            if n < 0 { if errno == EINTR { continue }; throw Diagnostic.data("cannot write the journal '\(path)'", kind: "write failed") }
            done += n
        }
        if sync { _ = fsync(fd) }
    }

    // MARK: finding journals left behind

    /// A journal left by a process that is no longer running.
    public struct Leftover: Sendable, Equatable {
        public var path: String
        public var modified: Date
        /// Commands after the last save: what the user would lose.
        public var unsaved: [String]
        /// Every command in the journal (replayed to rebuild the state).
        public var commands: [String]
    }

    public static func leftovers(in dir: String?) -> [Leftover] {
        guard let dir, let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return [] }
        var out: [Leftover] = []
        for n in names where n.hasPrefix("journal-") && n.hasSuffix(".evsh") {
            let pidText = n.dropFirst("journal-".count).dropLast(".evsh".count)
            guard let pid = Int32(pidText), pid != getpid(), !isAlive(pid) else { continue }
            let p = (dir as NSString).appendingPathComponent(n)
            guard let text = try? String(contentsOfFile: p, encoding: .utf8) else { continue }
            var unsaved: [String] = []
            // Unsaved = commands after the last "saved to" marker.
            var all: [String] = []
            for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let l = String(raw)
                if l.hasPrefix(savedMarker) { unsaved = []; continue }
                let cmd = CommandLexer.scan(l).code.trimmed()
                if cmd.isEmpty { continue }
                all.append(l.trimmed())
                unsaved.append(l.trimmed())
            }
            if unsaved.isEmpty { try? FileManager.default.removeItem(atPath: p); continue }
            let mod = (try? FileManager.default.attributesOfItem(atPath: p)[.modificationDate] as? Date) ?? Date(timeIntervalSince1970: 0)
            out.append(Leftover(path: p, modified: mod, unsaved: unsaved, commands: all))
        }
        return out.sorted { $0.modified > $1.modified }
    }

    static func isAlive(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    /// The line a front end shows at start when an unsaved session was left behind.
    public static func startHint(stateDirectory: String?) -> String? {
        guard let l = leftovers(in: stateDirectory).first else { return nil }
        return "an unsaved session (\(l.unsaved.count) command\(l.unsaved.count == 1 ? "" : "s")) was left in \(l.path); 'session recover' brings it back"
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
        return "\(n) unsaved command\(n == 1 ? "" : "s") kept in \(j.path); 'session recover' brings them back"
    }
}
