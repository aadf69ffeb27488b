/// Appends bits one at a time (validity masks, boolean values) and joins parts in order.
/// Storage is a `RawVec` of whole words plus the partial last word, kept apart so that
/// appending a bit is a shift and an or, and a store only every 64 bits (docs/loading.md,
/// "Speed and memory"). The owner calls `free()`.
struct BitBuilder {
    /// Words whose 64 bits are all appended.
    private var full = RawVec<UInt64>()
    /// Bits `0..<count & 63` of the word being filled; the bits above are zero.
    private var tail: UInt64 = 0
    private(set) var count = 0

    init(capacity: Int = 0) { full.reserve((capacity + 63) >> 6) }

    @inline(__always)
    mutating func append(_ bit: Bool) {
        tail |= UInt64(bit ? 1 : 0) &<< UInt64(count & 63)
        count &+= 1
        if count & 63 == 0 { full.append(tail); tail = 0 }
    }

    /// Append the `k` low bits of `w` (1 ≤ k ≤ 64; the bits of `w` above them are zero).
    @inline(__always)
    private mutating func append(bits w: UInt64, _ k: Int) {
        let r = count & 63
        if r + k < 64 {
            tail |= w &<< UInt64(r)
        } else {
            full.append(tail | w &<< UInt64(r))
            // The bits that did not fit; none when the word was empty (a shift by 64 is 0).
            tail = w >> UInt64(64 - r)
        }
        count += k
    }

    /// Append all of `other`'s bits.
    mutating func append(contentsOf other: BitBuilder) {
        if count & 63 == 0 {
            full.append(contentsOf: other.full.buffer)
            count += other.full.count << 6
        } else {
            for w in other.full.buffer { append(bits: w, 64) }
        }
        let rest = other.count & 63
        if rest > 0 { append(bits: other.tail, rest) }
    }

    mutating func removeLast(_ k: Int) {
        guard k > 0 else { return }
        count -= k
        let need = count >> 6
        if full.count > need {
            tail = full[need]
            full.removeLast(full.count - need)
        }
        let r = count & 63
        tail &= r == 0 ? 0 : (1 << UInt64(r)) - 1
    }

    var popcount: Int { full.buffer.reduce(0) { $0 + $1.nonzeroBitCount } + tail.nonzeroBitCount }

    var bitmap: Bitmap {
        var words = [UInt64]()
        words.reserveCapacity(full.count + 1)
        words.append(contentsOf: full.buffer)
        if count & 63 != 0 { words.append(tail) }
        return Bitmap(words: words, count: count)
    }

    mutating func free() { full.free(); tail = 0; count = 0 }
}
