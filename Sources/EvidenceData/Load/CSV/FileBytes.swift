#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes being parsed: a read-only memory map of the file, or a buffer of transcoded UTF-8.
/// A map lets the parsers hand pages back to the kernel once they are past them
/// (`releasePages`), so a large file does not sit in memory beside its columns.
final class FileBytes: @unchecked Sendable {
    let base: UnsafePointer<UInt8>
    let count: Int
    private let mapping: UnsafeMutableRawPointer?
    private let mappedLength: Int
    private let owned: UnsafeMutableBufferPointer<UInt8>?

    enum OpenError: Error { case notFound, isDirectory, notReadable(String), empty }

    /// Map the file at `path`.
    init(mapping path: String) throws(OpenError) {
        var st = stat()
        guard stat(path, &st) == 0 else { throw errno == ENOENT || errno == ENOTDIR ? .notFound : .notReadable(String(cString: strerror(errno))) }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .notReadable(String(cString: strerror(errno))) }
        defer { close(fd) }
        let size = Int(st.st_size)
        guard size > 0 else { throw .empty }
        guard let m = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), m != MAP_FAILED else {
            throw .notReadable(String(cString: strerror(errno)))
        }
        _ = madvise(m, size, MADV_SEQUENTIAL)
        mapping = m
        mappedLength = size
        base = UnsafePointer(m.assumingMemoryBound(to: UInt8.self))
        count = size
        owned = nil
    }

    /// Own a copy of already-decoded UTF-8 bytes.
    init(bytes: [UInt8]) {
        let buf = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = buf.initialize(from: bytes)
        owned = buf
        base = UnsafePointer(buf.baseAddress!)
        count = bytes.count
        mapping = nil
        mappedLength = 0
    }

    deinit {
        if let mapping { munmap(mapping, mappedLength) }
        owned?.deallocate()
    }

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
