/// Appends bits one at a time (validity masks, boolean values) and joins parts in order.
/// Storage is a `RawVec`; the owner calls `free()`.
struct BitBuilder {
    private(set) var words = RawVec<UInt64>()
    private(set) var count = 0

    init(capacity: Int = 0) { words.reserve((capacity + 63) >> 6) }

    @inline(__always)
    mutating func append(_ bit: Bool) {
        let r = count & 63
        if r == 0 { words.append(bit ? 1 : 0) } else if bit { words[words.count - 1] |= 1 << UInt64(r) }
        count += 1
    }

    /// Append all of `other`'s bits (shifting words when this one ends mid-word).
    mutating func append(contentsOf other: BitBuilder) {
        let r = count & 63
        if r == 0 {
            words.append(contentsOf: other.words.buffer)
        } else {
            for w in other.words.buffer {
                words[words.count - 1] |= w << UInt64(r)
                words.append(w >> UInt64(64 - r))
            }
        }
        count += other.count
        let need = (count + 63) >> 6
        if words.count > need { words.removeLast(words.count - need) }
    }

    mutating func removeLast(_ k: Int) {
        guard k > 0 else { return }
        count -= k
        let need = (count + 63) >> 6
        if words.count > need { words.removeLast(words.count - need) }
        let r = count & 63
        if r != 0 { words[words.count - 1] &= (1 << UInt64(r)) - 1 }
    }

    var popcount: Int { words.buffer.reduce(0) { $0 + $1.nonzeroBitCount } }

    var bitmap: Bitmap { Bitmap(words: words.array, count: count) }

    mutating func free() { words.free(); count = 0 }
}
