import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that a crash or a full disk never leaves it half-written or readable by
/// others: a temporary file (mode 0600) beside it, every byte written, fsync, then rename over
/// the target, then fsync of the directory so the rename itself is durable. (The export code
/// has its own `AtomicFile`; the two can become one after merging.)
public enum AtomicTextFile {
    public static func write(_ text: String, to path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        let base = (path as NSString).lastPathComponent
        let tmp = ((dir.isEmpty ? "." : dir) as NSString)
            .appendingPathComponent(".\(base).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure("cannot create a file in '\(dir.isEmpty ? "." : dir)'", path) }
        var ok = false
        defer {
            if !ok { unlink(tmp) }
        }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { buf in
                sysWrite(fd, buf.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                let e = String(cString: strerror(errno))
                close(fd)
                throw Diagnostic.data("cannot write '\(path)': \(e)", kind: "write failed", hint: "nothing was changed; check the free space")
            }
            written += n
        }
        // fchmod too: the umask may have narrowed the mode, never widened it, but be explicit.
        if fchmod(fd, 0o600) != 0 || fsync(fd) != 0 {
            let e = String(cString: strerror(errno))
            close(fd)
            throw Diagnostic.data("cannot write '\(path)': \(e)", kind: "write failed")
        }
        close(fd)
        guard rename(tmp, path) == 0 else { throw failure("cannot replace '\(path)'", path) }
        ok = true
        let dfd = open(dir.isEmpty ? "." : dir, O_RDONLY | O_CLOEXEC)
        if dfd >= 0 { _ = fsync(dfd); close(dfd) }
    }

    private static func sysWrite(_ fd: Int32, _ p: UnsafeRawPointer?, _ n: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, p, n)
        #else
        Darwin.write(fd, p, n)
        #endif
    }

    private static func failure(_ what: String, _ path: String) -> Diagnostic {
        Diagnostic.data("\(what): \(String(cString: strerror(errno)))", kind: "write failed",
                        hint: "check that the folder exists and is writable")
    }
}
