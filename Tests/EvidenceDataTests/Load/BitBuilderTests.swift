import Testing
@testable import EvidenceData

/// `BitBuilder` keeps its last, partial word apart from the whole ones: every way of adding and
/// dropping bits must give the bitmap a plain list of Bools gives.
struct BitBuilderTests {
    func bools(_ b: BitBuilder) -> [Bool] {
        let m = b.bitmap
        return (0..<m.count).map { m[$0] }
    }

    @Test func appendsJoinsAndDropsLikeAnArrayOfBools() {
        var rng = SplitMix64(seed: 3)
        for round in 0..<300 {
            var b = BitBuilder(capacity: Int(rng.next() % 200))
            var model: [Bool] = []
            for _ in 0..<Int(rng.next() % 6) {
                switch rng.next() % 3 {
                case 0:
                    for _ in 0..<Int(rng.next() % 150) { let bit = rng.next() % 2 == 0; b.append(bit); model.append(bit) }
                case 1:
                    var other = BitBuilder()
                    for _ in 0..<Int(rng.next() % 200) { let bit = rng.next() % 3 == 0; other.append(bit); model.append(bit) }
                    b.append(contentsOf: other)
                    other.free()
                default:
                    let k = Int(rng.next() % UInt64(model.count + 1))
                    b.removeLast(k)
                    model.removeLast(k)
                }
                #expect(b.count == model.count, "round \(round)")
            }
            #expect(bools(b) == model, "round \(round)")
            #expect(b.popcount == model.filter { $0 }.count, "round \(round)")
            // The words past the last bit are zero: a bitmap's counts read whole words.
            #expect(b.bitmap.words.count == (model.count + 63) / 64, "round \(round)")
            if let last = b.bitmap.words.last, model.count % 64 != 0 { #expect(last >> UInt64(model.count % 64) == 0) }
            b.free()
        }
    }
}
