import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The per-user secret behind pseudonyms: 32 random bytes in `<state directory>/pseudonym.key`
/// (file 0600, directory 0700). It never goes into a session, a transcript or an export; without
/// it a pseudonym cannot be traced back by hashing every possible personnummer.
public enum PseudonymKey {
    public static let fileName = "pseudonym.key"
    public static let length = 32
    /// Read the key from `stateDirectory`, creating directory and key when missing. With no state
    /// directory the key is random and lives in memory only (pseudonyms then differ per session).
    public static func load(stateDirectory: String?) throws -> (key: [UInt8], notes: [String]) {
        guard let dir = stateDirectory else {
            return (try randomBytes(length), ["no state directory: pseudonyms use a key kept in memory for this session only, so they will differ next time"])
        }
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if !fm.fileExists(atPath: dir, isDirectory: &isDir) {
            do {
                try fm.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw Diagnostic.data("cannot create the state directory '\(dir)': \(error.localizedDescription)", kind: "pseudonym key",
                                      hint: "set XDG_STATE_HOME to a writable directory")
            }
        } else if !isDir.boolValue {
            throw Diagnostic.data("the state directory '\(dir)' is a file, not a directory", kind: "pseudonym key")
        }
        _ = chmod(dir, 0o700)
        let path = (dir as NSString).appendingPathComponent(fileName)
        if let existing = try read(path) { return (existing, []) }
        let key = try randomBytes(length)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        if fd < 0 {
            // Another evsh made it in the meantime: use theirs.
            if errno == EEXIST, let existing = try read(path) { return (existing, []) }
            throw Diagnostic.data("cannot create the pseudonym key '\(path)': \(String(cString: strerror(errno)))", kind: "pseudonym key")
        }
        defer { close(fd) }
        let written = key.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == key.count, fsync(fd) == 0 else {
            unlink(path)
            throw Diagnostic.data("cannot write the pseudonym key '\(path)'", kind: "pseudonym key")
        }
        return (key, ["made a new pseudonym key in \(path) (keep it: the same key gives the same pseudonyms next time)"])
    }

    /// The key already in `stateDirectory`, read and never made (`evsh check`, `run --safe`):
    /// nil when there is none or it cannot be read.
    package static func existing(inStateDirectory dir: String) -> [UInt8]? {
        try? read((dir as NSString).appendingPathComponent(fileName))
    }

    package static func read(_ path: String) throws -> [UInt8]? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic.data("cannot read the pseudonym key '\(path)'", kind: "pseudonym key", hint: "check its owner and mode (0600)")
        }
        guard data.count == length else {
            throw Diagnostic.data("the pseudonym key '\(path)' has \(data.count) bytes, expected \(length)", kind: "pseudonym key",
                                  hint: "move it away to make a new key (pseudonyms will then change)")
        }
        _ = chmod(path, 0o600)
        return [UInt8](data)
    }

    package static func randomBytes(_ n: Int) throws -> [UInt8] {
        guard let h = FileHandle(forReadingAtPath: "/dev/urandom") else {
            throw Diagnostic(.error, category: .internal, message: "cannot open /dev/urandom for a pseudonym key")
        }
        defer { try? h.close() }
        let d = h.readData(ofLength: n)
        guard d.count == n else { throw Diagnostic(.error, category: .internal, message: "short read from /dev/urandom") }
        return [UInt8](d)
    }
}
