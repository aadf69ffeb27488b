import Foundation

/// Dictionary encoding for text columns, keyed on raw UTF-8 bytes so the hot loop never makes a
/// String per field: an open-addressing table of codes over one byte arena. Strings are made
/// once per distinct value, at the end.
struct ByteDictionary {
    private(set) var arena: [UInt8] = []
    /// Start of each entry in `arena`; entry k spans offsets[k]..<offsets[k+1].
    private(set) var offsets: [Int] = [0]
    /// 0 for an empty slot, else the hash's top 32 bits above code + 1: one load (one cache
    /// miss, for a column of unique ids) usually settles a probe.
    private var slots: [UInt64]
    private var mask: Int
    /// Id columns are usually unique and sorted (S0001, S0002, …). While every new value sorts
    /// after the last one, values are simply appended — sequential memory, no hash table —
    /// and the table is built only when that stops being true.
    private(set) var ascending: Bool

    init(capacity: Int = 64, expectAscending: Bool = false) {
        ascending = expectAscending
        var n = 64
        while n * 3 < capacity * 4, !expectAscending { n <<= 1 }
        slots = [UInt64](repeating: 0, count: n)
        mask = n - 1
        if expectAscending { offsets.reserveCapacity(capacity + 1); arena.reserveCapacity(capacity * 8) }
    }

    /// True when `p[0..<n]` sorts after the last entry (bytewise).
    private func isAfterLast(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        guard count > 0 else { return true }
        let lo = offsets[count - 1], len = offsets[count] - lo
        let c = arena.withUnsafeBufferPointer { memcmp($0.baseAddress! + lo, p, min(len, n)) }
        return c < 0 || (c == 0 && len < n)
    }

    /// Leave the ascending mode: put every entry so far into the hash table.
    mutating func index() {
        guard ascending else { return }
        ascending = false
        var n = 64
        while n * 3 < max(count, 16) * 8 { n <<= 1 }
        slots = [UInt64](repeating: 0, count: n)
        mask = n - 1
        for c in 0..<count {
            let h = withEntry(c) { ByteDictionary.hash($0, $1) }
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = h & 0xFFFF_FFFF_0000_0000 | UInt64(c + 1)
        }
    }

    /// The first and last entries' bytes compare so that all of `other` sorts after all of self.
    func allBefore(_ other: ByteDictionary) -> Bool {
        guard ascending, other.ascending, count > 0, other.count > 0 else { return false }
        return other.withEntry(0) { isAfterLast($0, $1) }
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
        // The last bytes in one or two loads that may overlap bytes already mixed in (the
        // length is in the seed): no byte loop for the tail of a name.
        var tail: UInt64 = 0
        if i < n {
            if n >= 8 {
                tail = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            } else if n >= 4 {
                tail = UInt64(raw.loadUnaligned(as: UInt32.self)) | UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)) << 32
            } else {
                tail = UInt64(p[0]) | UInt64(p[n >> 1]) << 8 | UInt64(p[n - 1]) << 16
            }
        }
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 29)
    }

    /// The code of `p[0..<n]`, adding it when new.
    @inline(__always)
    mutating func code(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt32 {
        if ascending {
            if isAfterLast(p, n) {
                arena.append(contentsOf: UnsafeBufferPointer(start: p, count: n))
                offsets.append(arena.count)
                return UInt32(count - 1)
            }
            index()
        }
        let h = ByteDictionary.hash(p, n)
        let tag = h & 0xFFFF_FFFF_0000_0000
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots.withUnsafeBufferPointer { $0[i] }
            if s == 0 { return insert(p, n, tag, slot: i) }
            let c = Int(s & 0xFFFF_FFFF) - 1
            if s & 0xFFFF_FFFF_0000_0000 == tag {
                let lo = offsets[c], hi = offsets[c + 1]
                if hi - lo == n {
                    let same = arena.withUnsafeBufferPointer { a in ByteDictionary.equal(a.baseAddress! + lo, p, n) }
                    if same { return UInt32(c) }
                }
            }
            i = (i + 1) & mask
        }
    }

    /// Byte equality, eight bytes at a time and the last bytes in one or two loads that may
    /// overlap bytes already compared (as `hash` reads them): values are short (`6A`, `sv`,
    /// a school's name), so neither a libc call nor a byte loop.
    @inline(__always)
    static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        if n >= 8 {
            var i = 0
            while i &+ 8 < n {
                if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self) != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
                i &+= 8
            }
            return ra.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self) == rb.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
        }
        if n >= 4 {
            return ra.loadUnaligned(as: UInt32.self) == rb.loadUnaligned(as: UInt32.self)
                && ra.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self) == rb.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self)
        }
        if n > 0 {
            return a[0] == b[0] && a[n >> 1] == b[n >> 1] && a[n &- 1] == b[n &- 1]
        }
        return true
    }

    /// The code of `p[0..<n]` if present (read-only: no copy of a shared table).
    func find(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt32? {
        precondition(!ascending, "index() before find")
        let h = ByteDictionary.hash(p, n)
        let tag = h & 0xFFFF_FFFF_0000_0000
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[i]
            if s == 0 { return nil }
            let c = Int(s & 0xFFFF_FFFF) - 1
            if s & 0xFFFF_FFFF_0000_0000 == tag, offsets[c + 1] - offsets[c] == n {
                let same = arena.withUnsafeBufferPointer { a in ByteDictionary.equal(a.baseAddress! + offsets[c], p, n) }
                if same { return UInt32(c) }
            }
            i = (i + 1) & mask
        }
    }

    private mutating func insert(_ p: UnsafePointer<UInt8>, _ n: Int, _ tag: UInt64, slot: Int) -> UInt32 {
        let c = UInt32(count)
        arena.append(contentsOf: UnsafeBufferPointer(start: p, count: n))
        offsets.append(arena.count)
        slots[slot] = tag | UInt64(c + 1)
        if count * 4 > slots.count * 3 { grow() }
        return c
    }

    private mutating func grow() {
        let n = slots.count * 2
        var fresh = [UInt64](repeating: 0, count: n)
        let m = n - 1
        for c in 0..<count {
            let h = withEntry(c) { ByteDictionary.hash($0, $1) }
            var i = Int(truncatingIfNeeded: h) & m
            while fresh[i] != 0 { i = (i + 1) & m }
            fresh[i] = h & 0xFFFF_FFFF_0000_0000 | UInt64(c + 1)
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
        return appendStrings(to: &out, entries: 0..<count) ? out : nil
    }

    /// Append the strings of `entries` to `out`; false when one is not valid UTF-8.
    func appendStrings(to out: inout [String], entries: some Sequence<Int>) -> Bool {
        for k in entries {
            let s: String? = withEntry(k) { p, n in ByteDictionary.string(p, n) }
            guard let s else { return false }
            out.append(s)
        }
        return true
    }

    /// Append every entry's String to `out`, in code order, and leave the dictionary empty. The
    /// pages of the bytes already made into Strings go back to the system as it goes
    /// (`MemoryPages`), so a column of unique ids does not hold its bytes and all its Strings at
    /// once. False when an entry is not UTF-8 (the dictionary is not to be used after that).
    /// Only for a dictionary held nowhere else: released pages read as zeros.
    mutating func moveStrings(to out: inout [String]) -> Bool {
        let n = count
        var done = 0
        while done < n {
            let upTo = min(n, done + 65_536)
            guard appendStrings(to: &out, entries: done..<upTo) else { return false }
            done = upTo
            let bytes = offsets[done]
            arena.withUnsafeBufferPointer { MemoryPages.release(UnsafeRawPointer($0.baseAddress), bytes: 0..<bytes) }
            offsets.withUnsafeBufferPointer { MemoryPages.release(UnsafeRawPointer($0.baseAddress), bytes: 0..<(done * MemoryLayout<Int>.stride)) }
        }
        self = ByteDictionary(capacity: 1)
        return true
    }

    /// The bytes as a String, nil when they are not UTF-8: checked with the loader's own
    /// validator, then made by `String(decoding:as:)`, whose own check is not generic. The
    /// generic `String(validating:as:)` looked its types' metadata up at run time for every
    /// value (docs/loading.md, "Speed and memory").
    @inline(__always)
    static func string(_ p: UnsafePointer<UInt8>, _ n: Int) -> String? {
        let bytes = UnsafeBufferPointer(start: p, count: n)
        guard TextEncoding.firstInvalidUTF8(UnsafeRawBufferPointer(bytes)) == nil else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The first entry that is not valid UTF-8.
    func firstInvalidEntry() -> Int? {
        for k in 0..<count {
            let ok = withEntry(k) { p, n in TextEncoding.firstInvalidUTF8(UnsafeRawBufferPointer(start: p, count: n)) == nil }
            if !ok { return k }
        }
        return nil
    }
}
