#if canImport(Glibc)
import Glibc
#endif

/// A fresh multi-megabyte buffer costs one page fault per 4 KB page when first written, and
/// on a virtual machine each fault is expensive (measured: a third of `tail`'s time went to
/// faulting in four 8 MB columns, when it still widened them). `Numbers.doubles` asks for it. Asking for transparent huge pages on the buffer's aligned
/// 2 MB stretches makes that a handful of faults. Only a hint: where THP is off, nothing changes.
package enum HugePages {
    package static let size = 2 << 20

    package static func advise(_ buffer: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
        guard buffer.count >= 2 * size, let base = buffer.baseAddress else { return }
        let start = (UInt(bitPattern: base) + UInt(size - 1)) & ~UInt(size - 1)
        let end = (UInt(bitPattern: base) + UInt(buffer.count)) & ~UInt(size - 1)
        guard end > start, let p = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(p, Int(end - start), MADV_HUGEPAGE)
        #endif
    }
}
