#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hands the whole pages of a buffer's stretch that has been copied out, and will not be read
/// again, back to the system while the rest is still being copied. The load's peak memory is
/// while builders become columns: without this, a part's values and their copy sit in memory
/// side by side until the part is freed (docs/loading.md, "Speed and memory").
enum MemoryPages {
    static let size = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Drop the whole pages inside `p[range]` (bytes). Their contents read as zeros afterwards:
    /// only for memory its owner is about to free.
    static func release(_ p: UnsafeRawPointer?, bytes range: Range<Int>) {
        guard let p else { return }
        let start = UInt(bitPattern: p) + UInt(range.lowerBound)
        let end = UInt(bitPattern: p) + UInt(range.upperBound)
        let lo = (start + UInt(size - 1)) & ~UInt(size - 1), hi = end & ~UInt(size - 1)
        guard hi > lo, let at = UnsafeMutableRawPointer(bitPattern: lo) else { return }
        _ = madvise(at, Int(hi - lo), MADV_DONTNEED)
    }

    /// Values copied out in stretches of this many bytes, each released after it is copied.
    static let stretch = 1 << 20
}
