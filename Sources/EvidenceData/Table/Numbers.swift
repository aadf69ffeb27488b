/// The values of a number column. Most evidence columns hold whole numbers (scale scores,
/// ratings, years) or short decimals (attendance 95.7). Those are kept as 32-bit integers over
/// a power of ten (957 / 10), half the memory of Doubles. They read back as the same Doubles the
/// text parses to: an integer below 2^53 divided by an exact power of ten is one correctly
/// rounded division, which is what a correct parser computes for "95.7".
/// Computed columns hold Doubles. Missing slots read as NaN in either form.
public struct Numbers: Sendable, RandomAccessCollection, ExpressibleByArrayLiteral {
    public enum Storage: Sendable {
        case doubles([Double])
        /// value = Double(int) / 10^decimals; `Numbers.missingSlot` marks a missing slot.
        case scaled([Int32], decimals: Int)
    }

    public private(set) var storage: Storage

    /// The filler of a missing slot in scaled storage (never a stored value: the loader keeps
    /// values within ±(2^31 − 1)).
    public static let missingSlot = Int32.min
    /// The largest number of decimals kept as scaled integers.
    public static let maxDecimals = 6
    /// 10^0 … 10^maxDecimals, exact.
    @usableFromInline package static let divisors: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

    public init(_ values: [Double]) { storage = .doubles(values) }
    public init(arrayLiteral elements: Double...) { storage = .doubles(elements) }

    /// Scaled integers; `decimals` must be within 0…maxDecimals.
    public init(scaled values: [Int32], decimals: Int) {
        precondition((0...Numbers.maxDecimals).contains(decimals), "decimals out of range")
        storage = .scaled(values, decimals: decimals)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int {
        switch storage {
        case .doubles(let d): d.count
        case .scaled(let v, _): v.count
        }
    }

    @inline(__always)
    public subscript(i: Int) -> Double {
        switch storage {
        case .doubles(let d): return d[i]
        case .scaled(let v, let k):
            let x = v[i]
            return x == Numbers.missingSlot ? .nan : Double(x) / Numbers.divisors[k]
        }
    }

    /// True when the values are kept as scaled integers.
    public var isCompact: Bool { if case .scaled = storage { true } else { false } }

    /// All values as Doubles (NaN in missing slots). Free for Double storage; one pass otherwise.
    public var doubles: [Double] {
        switch storage {
        case .doubles(let d): return d
        case .scaled(let v, let k):
            return v.withUnsafeBufferPointer { p in
                [Double](unsafeUninitializedCapacity: p.count) { out, done in
                    HugePages.advise(UnsafeMutableRawBufferPointer(out))
                    if k == 0 {
                        let r = IntegerReader(p.baseAddress!)
                        for i in 0..<p.count { out[i] = r[i] }
                    } else {
                        let r = DecimalReader(p.baseAddress!, decimals: k)
                        for i in 0..<p.count { out[i] = r[i] }
                    }
                    done = p.count
                }
            }
        }
    }

    /// The values at `rows`, in that order, in the same storage.
    public func gather(_ rows: [Int32]) -> Numbers {
        switch storage {
        case .doubles(let d): return Numbers(d.withUnsafeBufferPointer { p in rows.map { p[Int($0)] } })
        case .scaled(let v, let k):
            return Numbers(scaled: v.withUnsafeBufferPointer { p in rows.map { p[Int($0)] } }, decimals: k)
        }
    }

    /// The finite values of the rows set in `valid`, in row order (charts and aggregates).
    public func finiteValues(where valid: Bitmap) -> [Double] {
        struct Pick: NumbersVisitor {
            let valid: Bitmap
            func visit<R: NumberReader>(_ v: R, count: Int) -> [Double] {
                [Double](unsafeUninitializedCapacity: valid.popcount) { out, done in
                    var k = 0
                    valid.forEachSet { i in
                        let x = v[i]
                        out[k] = x
                        k &+= x.isFinite ? 1 : 0
                    }
                    done = k
                }
            }
        }
        return read(Pick(valid: valid))
    }

    /// Run `visitor` over a reader of these values, specialised for the storage, so a kernel
    /// reads scaled integers in place instead of copying them to Doubles first.
    /// `@inlinable`, as are the readers: the kernels live in other targets and must be
    /// specialised for the reader, not call it through a witness table per row.
    @inlinable @inline(__always)
    public func read<V: NumbersVisitor>(_ visitor: V) -> V.Result {
        switch storage {
        case .doubles(let d):
            return d.withUnsafeBufferPointer { p in
                visitor.visit(DoubleReader(p.baseAddress ?? UnsafePointer(bitPattern: 8)!), count: p.count)
            }
        case .scaled(let v, let k):
            return v.withUnsafeBufferPointer { p in
                let base = p.baseAddress ?? UnsafePointer(bitPattern: 4)!
                return k == 0 ? visitor.visit(IntegerReader(base), count: p.count)
                    : visitor.visit(DecimalReader(base, decimals: k), count: p.count)
            }
        }
    }
}

extension Numbers {
    /// Reads two columns at once, each specialised for its storage (the shorter length).
    @inlinable
    package static func read<V: PairVisitor>(_ a: Numbers, _ b: Numbers, _ v: V) -> V.Result {
        a.read(First(b: b, v: v))
    }

    @usableFromInline
    struct First<V: PairVisitor>: NumbersVisitor {
        @usableFromInline let b: Numbers, v: V
        @inlinable init(b: Numbers, v: V) { self.b = b; self.v = v }
        @inlinable func visit<A: NumberReader>(_ p: A, count n: Int) -> V.Result { b.read(Second(p: p, n: n, v: v)) }
    }

    @usableFromInline
    struct Second<A: NumberReader, V: PairVisitor>: NumbersVisitor {
        @usableFromInline let p: A, n: Int, v: V
        @inlinable init(p: A, n: Int, v: V) { self.p = p; self.n = n; self.v = v }
        @inlinable func visit<B: NumberReader>(_ q: B, count m: Int) -> V.Result { v.visit(p, q, count: Swift.min(n, m)) }
    }
}

/// A body over two columns, generic over both storages.
public protocol PairVisitor {
    associatedtype Result
    func visit<A: NumberReader, B: NumberReader>(_ p: A, _ q: B, count: Int) -> Result
}

/// A kernel body generic over how the values are stored.
public protocol NumbersVisitor {
    associatedtype Result
    func visit<R: NumberReader>(_ values: R, count: Int) -> Result
}

/// Reads row i of a column's storage in place; a plain pointer, so it crosses threads. The
/// readers' subscripts are `@inlinable`: the kernels that read them live in other targets.
public protocol ColumnReader: Sendable {
    associatedtype Element: Comparable & Sendable
    subscript(i: Int) -> Element { get }
}

/// Reads row i as a Double (NaN when missing).
public protocol NumberReader: ColumnReader where Element == Double {}

/// Codes and Doubles of a plain buffer.
public struct PointerReader<T: Comparable & Sendable>: ColumnReader, @unchecked Sendable {
    @usableFromInline package let p: UnsafePointer<T>
    public init(_ b: UnsafeBufferPointer<T>) { p = b.baseAddress ?? UnsafePointer(bitPattern: MemoryLayout<T>.alignment)! }
    @inlinable @inline(__always) public subscript(i: Int) -> T { p[i] }
}

public struct DoubleReader: NumberReader, @unchecked Sendable {
    @usableFromInline package let p: UnsafePointer<Double>
    @inlinable package init(_ p: UnsafePointer<Double>) { self.p = p }
    public init(_ b: UnsafeBufferPointer<Double>) { p = b.baseAddress ?? UnsafePointer(bitPattern: MemoryLayout<Double>.alignment)! }
    @inlinable @inline(__always) public subscript(i: Int) -> Double { p[i] }
}

public struct IntegerReader: NumberReader, @unchecked Sendable {
    @usableFromInline package let p: UnsafePointer<Int32>
    @inlinable package init(_ p: UnsafePointer<Int32>) { self.p = p }
    @inlinable @inline(__always) public subscript(i: Int) -> Double {
        let x = p[i]
        return x == Numbers.missingSlot ? .nan : Double(x)
    }
}

public struct DecimalReader: NumberReader, @unchecked Sendable {
    @usableFromInline package let p: UnsafePointer<Int32>
    @usableFromInline package let divisor: Double
    @inlinable package init(_ p: UnsafePointer<Int32>, decimals: Int) {
        self.p = p
        divisor = Numbers.divisors[decimals]
    }
    @inlinable @inline(__always) public subscript(i: Int) -> Double {
        let x = p[i]
        return x == Numbers.missingSlot ? .nan : Double(x) / divisor
    }
}

extension Numbers: Equatable {
    /// Equal when they read as the same Doubles, whatever the storage (NaN is never equal).
    public static func == (a: Numbers, b: Numbers) -> Bool { a.count == b.count && a.elementsEqual(b) }
}
