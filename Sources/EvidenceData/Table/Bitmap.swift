/// A packed bit vector: one bit per row. Used for validity masks (bit set = value present)
/// and for boolean columns. Operations 64 bits at a time keep filters vectorised.
public struct Bitmap: Sendable, Equatable, Hashable {
    public private(set) var words: [UInt64]
    public let count: Int

    public init(count: Int, allSet: Bool) {
        self.count = count
        let n = (count + 63) >> 6
        words = [UInt64](repeating: allSet ? ~0 : 0, count: n)
        if allSet { clearTail() }
    }

    public init(words: [UInt64], count: Int) {
        precondition(words.count == (count + 63) >> 6)
        self.words = words
        self.count = count
        clearTail()
    }

    public init<S: Sequence>(_ bits: S) where S.Element == Bool {
        var w: [UInt64] = []
        var cur: UInt64 = 0
        var n = 0
        for b in bits {
            if b { cur |= 1 << UInt64(n & 63) }
            n += 1
            if n & 63 == 0 { w.append(cur); cur = 0 }
        }
        if n & 63 != 0 { w.append(cur) }
        self.words = w
        self.count = n
    }

    private mutating func clearTail() {
        let r = count & 63
        if r != 0, !words.isEmpty { words[words.count - 1] &= (1 << UInt64(r)) - 1 }
    }

    @inline(__always) public subscript(i: Int) -> Bool {
        get { words[i >> 6] & (1 << UInt64(i & 63)) != 0 }
        set {
            if newValue { words[i >> 6] |= 1 << UInt64(i & 63) } else { words[i >> 6] &= ~(1 << UInt64(i & 63)) }
        }
    }

    /// Number of set bits.
    public var popcount: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }
    public var allTrue: Bool { popcount == count }

    public static func & (a: Bitmap, b: Bitmap) -> Bitmap {
        precondition(a.count == b.count)
        var w = a.words
        for i in w.indices { w[i] &= b.words[i] }
        return Bitmap(words: w, count: a.count)
    }
    public static func | (a: Bitmap, b: Bitmap) -> Bitmap {
        precondition(a.count == b.count)
        var w = a.words
        for i in w.indices { w[i] |= b.words[i] }
        return Bitmap(words: w, count: a.count)
    }
    public static prefix func ~ (a: Bitmap) -> Bitmap {
        Bitmap(words: a.words.map { ~$0 }, count: a.count)
    }

    /// Indices of the set bits, in order.
    public func setIndices() -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(popcount)
        for (wi, var w) in words.enumerated() {
            while w != 0 {
                let t = w.trailingZeroBitCount
                out.append(Int32(wi << 6 + t))
                w &= w - 1
            }
        }
        return out
    }

    /// Keep the bits at `rows` (a gather), giving a bitmap of rows.count bits.
    public func gather(_ rows: [Int32]) -> Bitmap {
        var out = Bitmap(count: rows.count, allSet: false)
        for (j, r) in rows.enumerated() where self[Int(r)] { out[j] = true }
        return out
    }

    /// Append one bit (used by builders).
    public static func build(count: Int, _ isSet: (Int) -> Bool) -> Bitmap {
        var b = Bitmap(count: count, allSet: false)
        for i in 0..<count where isSet(i) { b[i] = true }
        return b
    }
}
