import EvidenceData

extension Quartiles {
    /// Quartiles of a chart's values by selection in place, not by sorting; nil for none.
    /// Reorders `buf`. Up to 4096 values, the median is selected first and the quartiles within
    /// its two halves, so each next-order-statistic scan stays inside a quarter (about half the
    /// work of three independent selections); from 4096 on, `Selection`'s histogram, whose
    /// passes do not mispredict on random data.
    package init?(selecting buf: UnsafeMutableBufferPointer<Double>) {
        let n = buf.count
        guard n > 0 else { return nil }
        if n >= 4096 {
            let q = Selection.quantiles(DoubleReader(UnsafeBufferPointer(buf)), count: n, Self.probabilities)
            self.init(q1: q[0], median: q[1], q3: q[2])
            return
        }
        func smallest(_ from: Int, _ to: Int) -> Double {
            var b = buf[from]
            for i in (from + 1)..<to where buf[i] < b { b = buf[i] }
            return b
        }
        // Quantile p whose ⌊h⌋ is k, in place, with buf[k+1..<next] holding the values between
        // it and the next one in place (or the end): the next order statistic is their smallest.
        func quantile(_ p: Double, _ k: Int, _ next: Int) -> Double {
            OrderStatistics.typeSeven(p, n: n) { r in r == k ? buf[k] : smallest(k + 1, Swift.max(k + 2, next)) }
        }
        func floor(_ p: Double) -> Int { Int(OrderStatistics.position(p, n: n).rounded(.down)) }
        let km = floor(0.5), k1 = floor(0.25), k3 = floor(0.75)
        OrderStatistics.select(buf, km)
        if k1 < km { OrderStatistics.select(buf, k1, from: 0, to: km) }
        if k3 > km { OrderStatistics.select(buf, k3, from: km + 1, to: n) }
        let median = quantile(0.5, km, k3 > km ? k3 + 1 : n)
        let q1 = quantile(0.25, k1, k1 < km ? km + 1 : n)
        let q3 = quantile(0.75, k3, n)
        self.init(q1: q1, median: median, q3: q3)
    }
}
