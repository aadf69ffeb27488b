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
    public static func load(stateDirectory: String?, language: Language = .en) throws -> (key: [UInt8], notes: [String]) {
        typealias M = PrivacyMessage
        guard let dir = stateDirectory else {
            return (try randomBytes(length), [M.noStateDirectory.text(language)])
        }
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if !fm.fileExists(atPath: dir, isDirectory: &isDir) {
            do {
                try fm.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw Diagnostic.data(M.cannotCreateDirectory(.text(dir), .text(error.localizedDescription)), kind: M.keyKind(), hint: M.writableHint())
            }
        } else if !isDir.boolValue {
            throw Diagnostic.data(M.directoryIsFile(.text(dir)), kind: M.keyKind())
        }
        _ = chmod(dir, 0o700)
        let path = (dir as NSString).appendingPathComponent(fileName)
        if let existing = try read(path) { return (existing, []) }
        let key = try randomBytes(length)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        if fd < 0 {
            // Another evsh made it in the meantime: use theirs.
            if errno == EEXIST, let existing = try read(path) { return (existing, []) }
            throw Diagnostic.data(M.cannotCreateKey(.text(path), .text(String(cString: strerror(errno)))), kind: M.keyKind())
        }
        defer { close(fd) }
        let written = key.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == key.count, fsync(fd) == 0 else {
            unlink(path)
            throw Diagnostic.data(M.cannotWriteKey(.text(path)), kind: M.keyKind())
        }
        return (key, [M.newKey.text(language, .text(path))])
    }

    /// The key already in `stateDirectory`, read and never made (`evsh check`, `run --safe`):
    /// nil when there is none or it cannot be read.
    package static func existing(inStateDirectory dir: String) -> [UInt8]? {
        try? read((dir as NSString).appendingPathComponent(fileName))
    }

    package static func read(_ path: String) throws -> [UInt8]? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic.data(PrivacyMessage.cannotReadKey(.text(path)), kind: PrivacyMessage.keyKind(), hint: PrivacyMessage.ownerHint())
        }
        guard data.count == length else {
            throw Diagnostic.data(PrivacyMessage.keyLength(.text(path), .text(String(data.count)), .text(String(length))), kind: PrivacyMessage.keyKind(),
                                  hint: PrivacyMessage.moveHint())
        }
        _ = chmod(path, 0o600)
        return [UInt8](data)
    }

    package static func randomBytes(_ n: Int) throws -> [UInt8] {
        guard let h = FileHandle(forReadingAtPath: "/dev/urandom") else {
            throw Diagnostic(.error, category: .internal, message: ReaderMessage.noRandom())
        }
        defer { try? h.close() }
        let d = h.readData(ofLength: n)
        guard d.count == n else { throw Diagnostic(.error, category: .internal, message: ReaderMessage.shortRandom()) }
        return [UInt8](d)
    }
}
