import Foundation

/// Dictionary encoding for text columns, keyed on raw UTF-8 bytes so the hot loop never makes a
/// String per field: an open-addressing table of codes over one byte arena. Strings are made
/// once per distinct value, at the end.
struct ByteDictionary {
    private(set) var arena: [UInt8] = []
    /// Start of each entry in `arena`; entry k spans offsets[k]..<offsets[k+1].
    private(set) var offsets: [Int] = [0]
    private var hashes: [UInt64] = []
    /// code + 1, or 0 for an empty slot.
    private var slots: [UInt32]
    private var mask: Int

    init(capacity: Int = 64) {
        var n = 64
        while n < capacity * 2 { n <<= 1 }
        slots = [UInt32](repeating: 0, count: n)
        mask = n - 1
    }

    var count: Int { offsets.count - 1 }

    @inline(__always)
    static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        var i = 0
        let raw = UnsafeRawPointer(p)
        while i + 8 <= n {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n { tail |= UInt64(p[i]) << shift; shift += 8; i += 1 }
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 29)
    }

    /// The code of `p[0..<n]`, adding it when new.
    @inline(__always)
    mutating func code(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt32 {
        let h = ByteDictionary.hash(p, n)
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[i]
            if s == 0 { return insert(p, n, h, slot: i) }
            let c = Int(s - 1)
            if hashes[c] == h {
                let lo = offsets[c], hi = offsets[c + 1]
                if hi - lo == n {
                    let same = arena.withUnsafeBufferPointer { a in memcmp(a.baseAddress! + lo, p, n) == 0 }
                    if same { return UInt32(c) }
                }
            }
            i = (i + 1) & mask
        }
    }

    private mutating func insert(_ p: UnsafePointer<UInt8>, _ n: Int, _ h: UInt64, slot: Int) -> UInt32 {
        let c = UInt32(count)
        arena.append(contentsOf: UnsafeBufferPointer(start: p, count: n))
        offsets.append(arena.count)
        hashes.append(h)
        slots[slot] = c + 1
        if count * 2 > slots.count { grow() }
        return c
    }

    private mutating func grow() {
        let n = slots.count * 2
        var fresh = [UInt32](repeating: 0, count: n)
        let m = n - 1
        for c in 0..<count {
            var i = Int(truncatingIfNeeded: hashes[c]) & m
            while fresh[i] != 0 { i = (i + 1) & m }
            fresh[i] = UInt32(c + 1)
        }
        slots = fresh
        mask = m
    }

    /// Entry k's bytes, for merging and for making Strings.
    func withEntry<R>(_ k: Int, _ body: (UnsafePointer<UInt8>, Int) -> R) -> R {
        arena.withUnsafeBufferPointer { a in
            let base = a.baseAddress ?? UnsafePointer(bitPattern: 1)!
            return body(base + offsets[k], offsets[k + 1] - offsets[k])
        }
    }

    /// The strings, in code order; nil when an entry is not valid UTF-8.
    func strings() -> [String]? {
        var out: [String] = []
        out.reserveCapacity(count)
        for k in 0..<count {
            let s: String? = withEntry(k) { p, n in String(validating: UnsafeBufferPointer(start: p, count: n), as: UTF8.self) }
            guard let s else { return nil }
            out.append(s)
        }
        return out
    }

    /// The first entry that is not valid UTF-8.
    func firstInvalidEntry() -> Int? {
        for k in 0..<count {
            let ok = withEntry(k) { p, n in String(validating: UnsafeBufferPointer(start: p, count: n), as: UTF8.self) != nil }
            if !ok { return k }
        }
        return nil
    }
}
