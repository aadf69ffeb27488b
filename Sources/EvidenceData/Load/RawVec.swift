import Foundation

/// A growable buffer of plain values for the parse's hot loop: appending is a capacity check
/// and a store, without the uniqueness and exclusivity checks a Swift Array pays per append.
/// Owned by exactly one builder; `free()` must be called (builders do it when assembled).
/// Buffers of 1 MB and more are mapped directly (grown by mapping anew) and unmapped on
/// free, so their memory goes back to the system at once rather than staying in malloc's heap
/// while the columns are being assembled.
struct RawVec<T: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<T>?
    private(set) var count = 0
    private(set) var capacity = 0

    init(capacity: Int = 0) { if capacity > 0 { reserve(capacity) } }

    private static var mapThreshold: Int { 1 << 20 }
    private var mapped: Bool { capacity * MemoryLayout<T>.stride >= RawVec.mapThreshold }

    mutating func reserve(_ n: Int) {
        guard n > capacity else { return }
        let bytes = n * MemoryLayout<T>.stride
        if bytes >= RawVec.mapThreshold {
            let m = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
            guard let raw = m, m != MAP_FAILED else { fatalError("out of memory: \(bytes) bytes") }
            if let base {
                raw.copyMemory(from: base, byteCount: count * MemoryLayout<T>.stride)
                if mapped { munmap(base, capacity * MemoryLayout<T>.stride) } else { base.deallocate() }
            }
            base = raw.bindMemory(to: T.self, capacity: n)
        } else {
            let fresh = UnsafeMutablePointer<T>.allocate(capacity: n)
            if let base { fresh.update(from: base, count: count); base.deallocate() }
            base = fresh
        }
        capacity = n
    }

    @inline(__always)
    mutating func append(_ v: T) {
        if count == capacity { reserve(max(16, capacity * 2)) }
        base.unsafelyUnwrapped[count] = v
        count &+= 1
    }

    @inline(__always)
    subscript(i: Int) -> T {
        get { base.unsafelyUnwrapped[i] }
        nonmutating set { base.unsafelyUnwrapped[i] = newValue }
    }

    mutating func removeLast(_ k: Int) { count -= min(k, count) }

    mutating func append(contentsOf other: UnsafeBufferPointer<T>) {
        reserve(count + other.count)
        if let src = other.baseAddress, other.count > 0 { (base.unsafelyUnwrapped + count).update(from: src, count: other.count) }
        count += other.count
    }

    var buffer: UnsafeBufferPointer<T> { UnsafeBufferPointer(start: base, count: count) }

    /// Append every value to `out`, a stretch at a time, releasing each stretch's pages once it
    /// is copied, then free: the values are never in memory twice (`MemoryPages`).
    mutating func move(to out: inout [T]) {
        let step = max(1, MemoryPages.stretch / MemoryLayout<T>.stride)
        var i = 0
        while i < count {
            let j = min(count, i + step)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[i..<j]))
            MemoryPages.release(UnsafeRawPointer(base), bytes: 0..<(j * MemoryLayout<T>.stride))
            i = j
        }
        free()
    }

    /// Copy out as an Array.
    var array: [T] { Array(buffer) }

    mutating func free() {
        if let base {
            if mapped { munmap(base, capacity * MemoryLayout<T>.stride) } else { base.deallocate() }
        }
        base = nil
        count = 0
        capacity = 0
    }
}
