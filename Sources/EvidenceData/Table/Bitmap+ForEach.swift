extension Bitmap {
    /// Calls `body` for every set bit in order; full words skip the per-bit test.
    @inlinable
    public func forEachSet(_ body: (Int) -> Void) {
        for (wi, word) in words.enumerated() {
            let base = wi << 6
            if word == ~0 {
                for i in base..<(base + 64) { body(i) }
                continue
            }
            var w = word
            while w != 0 {
                body(base + w.trailingZeroBitCount)
                w &= w - 1
            }
        }
    }
}
