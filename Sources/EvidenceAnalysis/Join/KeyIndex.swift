import EvidenceData

/// Distinct key texts with an open-addressing hash table of 32-bit slots: for a million ids it
/// is several times faster than `[String: Int32]`, whose entries are large and whose growth
/// rehashes every string.
package struct KeyIndex {
    package private(set) var keys: [String] = []
    private var hashes: [Int] = []
    private var slots: [Int32]
    private var mask: Int

    package init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        keys.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
    }

    package var count: Int { keys.count }

    /// The index of `s`, adding it when new.
    package mutating func intern(_ s: String) -> Int32 {
        let h = s.hashValue
        var i = h & mask
        while true {
            let k = slots[i]
            if k < 0 { break }
            if hashes[Int(k)] == h && keys[Int(k)] == s { return k }
            i = (i + 1) & mask
        }
        let k = Int32(keys.count)
        slots[i] = k
        keys.append(s)
        hashes.append(h)
        if keys.count * 2 > slots.count { grow() }
        return k
    }

    /// The index of `s`, or nil.
    package func find(_ s: String) -> Int32? {
        let h = s.hashValue
        var i = h & mask
        while true {
            let k = slots[i]
            if k < 0 { return nil }
            if hashes[Int(k)] == h && keys[Int(k)] == s { return k }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for (k, h) in hashes.enumerated() {
            var i = h & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = Int32(k)
        }
    }
}
