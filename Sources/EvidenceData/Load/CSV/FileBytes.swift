#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes being parsed: a read-only memory map of the file, the bytes of a file whose size
/// `stat` does not know (`/proc`) read to its end, or a buffer of transcoded UTF-8. A map lets
/// the parsers hand pages back to the kernel once they are past them (`releasePages`), so a
/// large file does not sit in memory beside its columns (reading every file instead cost 0.5 s
/// and 120 MB more on the 1M-row file: docs/loading.md). Only regular files are opened: a named
/// pipe or a device could block for ever. A mapped file that shrinks during the load reads as
/// zeros past its new end and is marked (`MappedFileGuard`), so the reader can refuse it.
final class FileBytes: @unchecked Sendable {
    let base: UnsafePointer<UInt8>
    let count: Int
    private let mapping: UnsafeMutableRawPointer?
    private let mappedLength: Int
    private let owned: UnsafeMutableRawPointer?
    private let guardSlot: Int?

    enum OpenError: Error { case notFound, isDirectory, notReadable(String), empty, special(Message) }

    /// Map the file at `path` (read it when its size is unknown).
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
        let size = Int(st.st_size)
        if size > 0 {
            guard let m = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), m != MAP_FAILED else {
                throw .notReadable(String(cString: strerror(errno)))
            }
            _ = madvise(m, size, MADV_SEQUENTIAL)
            mapping = m
            mappedLength = size
            base = UnsafePointer(m.assumingMemoryBound(to: UInt8.self))
            count = size
            owned = nil
            guardSlot = MappedFileGuard.register(m, length: size)
            return
        }
        var capacity = 64 * 1024
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
        mapping = nil
        mappedLength = 0
        guardSlot = nil
        owned = buffer
        base = UnsafePointer(buffer.assumingMemoryBound(to: UInt8.self))
        count = used
    }

    /// What a file that is not a regular file or folder is, in words; nil for regular files.
    static func specialKind(_ mode: mode_t) -> Message? {
        switch mode & S_IFMT {
        case S_IFREG, S_IFDIR: nil
        case S_IFIFO: ReaderMessage.fifo()
        case S_IFCHR: ReaderMessage.characterDevice()
        case S_IFBLK: ReaderMessage.blockDevice()
        case S_IFSOCK: ReaderMessage.socket()
        default: ReaderMessage.notRegular()
        }
    }

    /// Own a copy of already-decoded UTF-8 bytes.
    init(bytes: [UInt8]) {
        let buf = malloc(max(bytes.count, 1))!
        bytes.withUnsafeBytes { if let b = $0.baseAddress { buf.copyMemory(from: b, byteCount: bytes.count) } }
        owned = buf
        base = UnsafePointer(buf.assumingMemoryBound(to: UInt8.self))
        count = bytes.count
        mapping = nil
        mappedLength = 0
        guardSlot = nil
    }

    deinit {
        if let guardSlot { MappedFileGuard.release(guardSlot) }
        if let mapping { munmap(mapping, mappedLength) }
        free(owned)
    }

    /// Whether the file shrank under its map since it was opened: bytes past the new end read as
    /// zeros, so nothing read from it can be trusted.
    var shrank: Bool { guardSlot.map(MappedFileGuard.wasTruncated) ?? false }
    /// Mapped, not read whole (a file whose size the system does not know is read).
    var isMapped: Bool { guardSlot != nil }

    var raw: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// Drop the mapped pages wholly inside `range` from this process (they are re-read from the
    /// page cache if touched again, e.g. to count lines for an error message).
    func releasePages(_ range: Range<Int>) {
        guard let mapping, range.count > 0 else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let lo = (range.lowerBound + page - 1) / page * page
        let hi = range.upperBound / page * page
        guard hi > lo else { return }
        _ = madvise(mapping + lo, hi - lo, MADV_DONTNEED)
    }

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
