#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes being parsed: the file's bytes read into memory, or a buffer of transcoded UTF-8.
///
/// Files are read with `read()`, not memory-mapped: a mapped file that shrinks while it is
/// parsed (a sync tool rewriting it) raises SIGBUS and would take the session down. Reading
/// until end of file also gets the contents of files whose size `stat` does not know (`/proc`).
/// Only regular files are read: a named pipe or a device could block for ever.
final class FileBytes: @unchecked Sendable {
    let base: UnsafePointer<UInt8>
    let count: Int
    private let owned: UnsafeMutableRawPointer

    enum OpenError: Error { case notFound, isDirectory, notReadable(String), empty, special(String) }

    /// Read the file at `path`.
    init(mapping path: String) throws(OpenError) {
        var st = stat()
        guard stat(path, &st) == 0 else { throw errno == ENOENT || errno == ENOTDIR ? .notFound : .notReadable(String(cString: strerror(errno))) }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory }
        if let kind = Self.specialKind(st.st_mode) { throw .special(kind) }
        // O_NONBLOCK: if the path became a pipe since the stat, open must not wait for a writer.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw .notReadable(String(cString: strerror(errno))) }
        defer { close(fd) }
        guard fstat(fd, &st) == 0 else { throw .notReadable(String(cString: strerror(errno))) }
        if let kind = Self.specialKind(st.st_mode) { throw .special(kind) }
        var capacity = max(Int(st.st_size), 0) + 1          // +1: see end of file in one read
        if st.st_size == 0 { capacity = 64 * 1024 }
        guard var buffer = malloc(capacity) else { throw .notReadable("out of memory") }
        var used = 0
        while true {
            if used == capacity {
                capacity *= 2
                guard let grown = realloc(buffer, capacity) else { free(buffer); throw .notReadable("out of memory") }
                buffer = grown
            }
            let n = read(fd, buffer + used, capacity - used)
            if n > 0 { used += n; continue }
            if n == 0 { break }
            if errno == EINTR { continue }
            let why = String(cString: strerror(errno))
            free(buffer)
            throw .notReadable(why)
        }
        guard used > 0 else { free(buffer); throw .empty }
        owned = buffer
        base = UnsafePointer(buffer.assumingMemoryBound(to: UInt8.self))
        count = used
    }

    /// What a file that is not a regular file or folder is, in words; nil for regular files.
    static func specialKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG, S_IFDIR: nil
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }

    /// Own a copy of already-decoded UTF-8 bytes.
    init(bytes: [UInt8]) {
        let buf = malloc(max(bytes.count, 1))!
        bytes.withUnsafeBytes { if let b = $0.baseAddress { buf.copyMemory(from: b, byteCount: bytes.count) } }
        owned = buf
        base = UnsafePointer(buf.assumingMemoryBound(to: UInt8.self))
        count = bytes.count
    }

    deinit { free(owned) }

    var raw: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// Parsers call this once they are past `range`. The bytes are read into memory, not mapped,
    /// so there are no file pages to hand back: the bytes stay (error messages count lines in
    /// them later).
    func releasePages(_ range: Range<Int>) {}

    /// 1-based line and column (in characters) of a byte offset.
    func location(of offset: Int) -> (line: Int, column: Int) {
        let o = min(max(offset, 0), count)
        var line = 1
        var lineStart = 0
        var i = 0
        while i < o {
            if base[i] == 0x0A { line += 1; lineStart = i + 1 }
            i += 1
        }
        var column = 1
        var k = lineStart
        while k < o { if base[k] & 0xC0 != 0x80 { column += 1 }; k += 1 }
        return (line, column)
    }
}
