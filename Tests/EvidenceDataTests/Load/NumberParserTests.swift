import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// The hand-written number parser must agree bit for bit with Swift's own `Double(_:)`.
struct NumberParserTests {
    func parse(_ s: String, comma: Bool = false) -> Double? {
        var t = false
        return Array(s.utf8).withUnsafeBufferPointer { NumberParser(decimalComma: comma).parse($0.baseAddress!, $0.count, usedThousands: &t) }
    }

    @Test func agreesWithDoubleOnManyValues() {
        var rng = SplitMix64(seed: 7)
        var texts: [String] = ["0", "-0", "1.", ".5", "123456789012345678", "9007199254740993", "1e22", "1e23",
                               "6.0478e-03", "0.1", "2.2250738585072014e-308", "1234567890123456789012", "-17.25"]
        for _ in 0..<20_000 {
            let digits = Int(rng.next() % 12) + 1
            var s = String(rng.next() % 1_000_000_000_000)
            s = String(s.prefix(digits))
            let frac = rng.next() % 4 == 0 ? "" : "." + String(rng.next() % 100_000)
            texts.append((rng.next() % 5 == 0 ? "-" : "") + s + frac)
        }
        for s in texts {
            #expect(parse(s)?.bitPattern == Double(s)?.bitPattern, "\(s)")
        }
    }

    /// Issue 13, item 4: attendance written `94,5 %` is 94.5 percent points.
    @Test func percentSignsAreDropped() {
        #expect(parse("94,5 %", comma: true) == 94.5)
        #expect(parse("88,9%", comma: true) == 88.9)
        #expect(parse("95.1 %") == 95.1)
        #expect(parse("100\u{00A0}%") == 100)
        #expect(parse("1 234 %") == 1234)
        #expect(parse("-2,5 %", comma: true) == -2.5)
        for bad in ["%", " %", "5 %%", "%5", "abc %", "5 % 6"] {
            #expect(parse(bad) == nil, "\(bad)")
        }
        var t = false, percent = false, exact: Int64 = 0, decimals = 0
        let v = Array("94,5 %".utf8).withUnsafeBufferPointer {
            NumberParser(decimalComma: true).parse($0.baseAddress!, $0.count, usedThousands: &t, usedPercent: &percent,
                                                  exact: &exact, decimals: &decimals)
        }
        #expect(v == 94.5 && percent && exact == 945 && decimals == 1, "kept as a scaled integer, and said")
        percent = false
        _ = Array("94,5".utf8).withUnsafeBufferPointer {
            NumberParser(decimalComma: true).parse($0.baseAddress!, $0.count, usedThousands: &t, usedPercent: &percent,
                                                  exact: &exact, decimals: &decimals)
        }
        #expect(!percent)
    }

    @Test func swedishForms() {
        #expect(parse("12,5", comma: true) == 12.5)
        #expect(parse("1 234,5", comma: true) == 1234.5)
        #expect(parse("1\u{00A0}000") == 1000)
        #expect(parse("2\u{202F}000\u{202F}000") == 2_000_000)
        #expect(parse(" 42 ") == 42)
        #expect(parse("12,5") == nil, "a comma is not a decimal point unless asked")
        #expect(parse("1 23") == nil, "groups are three digits")
        #expect(parse("12 345 6") == nil)
        for bad in ["", "-", ".", "abc", "1e", "1-2", "0x10", "inf", "nan", "4O5", "1.2.3"] {
            #expect(parse(bad) == nil, "\(bad)")
        }
    }

    /// The common-shape path (`parseShort`, tried first on load) gives exactly what the full
    /// parser gives, for every field it takes, and refuses every other field.
    @Test func theShortPathAgreesWithTheFullParser() {
        var rng = SplitMix64(seed: 11)
        var texts = ["0", "-0", "+7", "1.", ".5", "-.5", "5,", "12,5", "94.3", "612", "000123", "123456789012345",
                     "1234567890123456", "-999999999999999", "1.2.3", "1..2", "", "-", "+", ".", " 5", "5 ", "1 234",
                     "5%", "1e3", "12a", "--1", "9007199254740993", "0.000000000000001", "1,2,3"]
        let alphabet = Array("0123456789.,-+ e%")
        for _ in 0..<20_000 {
            let n = Int(rng.next() % 18)
            texts.append(String((0..<n).map { _ in rng.next() % 3 == 0 ? alphabet[Int(rng.next() % UInt64(alphabet.count))] : Character(String(rng.next() % 10)) }))
        }
        for comma in [false, true] {
            let parser = NumberParser(decimalComma: comma)
            for s in texts {
                Array(s.utf8).withUnsafeBufferPointer { b in
                    let p = b.baseAddress ?? UnsafePointer(bitPattern: 1)!
                    var exact: Int64 = 0, k = 0, fullExact: Int64 = 0, fullK = 0, t = false, pc = false
                    let full = parser.parse(p, b.count, usedThousands: &t, usedPercent: &pc, exact: &fullExact, decimals: &fullK)
                    guard parser.parseShort(p, b.count, exact: &exact, decimals: &k) else { return }
                    #expect(full != nil, "\(s)")
                    #expect(exact == fullExact && k == fullK, "\(s): \(exact)/10^\(k) vs \(fullExact)/10^\(fullK)")
                    #expect(parser.value(exact: exact, decimals: k).bitPattern == full?.bitPattern, "\(s)")
                }
            }
        }
    }

    /// A number column's builder stores each value as exactly the Double the full parser reads,
    /// whatever the column's decimals so far: its own fast path for short unsigned values
    /// (`ColumnBuilder.append`) included (-0 is stored as 0, as before that path).
    @Test func theBuilderStoresWhatTheParserReads() {
        var rng = SplitMix64(seed: 13)
        var texts = ["0", "00", "7", "1.", ".5", ".", "5,", ",5", "12,5", "94.3", "94.30", "612", "000123", "123456789",
                     "1234567890", "99999999.9", "9.99999999", "2147483647", "2147483648", "-3", "+3", "1.2.3", "1..2"]
        let alphabet = Array("0123456789.,-")
        for _ in 0..<5_000 {
            let n = Int(rng.next() % 12) + 1
            texts.append(String((0..<n).map { _ in rng.next() % 4 == 0 ? alphabet[Int(rng.next() % UInt64(alphabet.count))] : Character(String(rng.next() % 10)) }))
        }
        for comma in [false, true] {
            let parser = NumberParser(decimalComma: comma)
            let sep = comma ? "," : "."
            for s in texts {
                var t = false
                let bytes = Array(s.utf8)
                guard let full = bytes.withUnsafeBufferPointer({ parser.parse($0.baseAddress!, $0.count, usedThousands: &t) }), !t else { continue }
                for primer in ["1", "1\(sep)5", "1\(sep)25", "1\(sep)125"] {
                    var b = ColumnBuilder(kind: .number, capacity: 4)
                    defer { b.free() }
                    for text in [primer, s] {
                        Array(text.utf8).withUnsafeBufferPointer { u in
                            b.append(u.baseAddress!, u.count, quoted: false, offset: 0, parser: parser)
                        }
                    }
                    #expect(b.misfits == 0, "\(primer) then \(s)")
                    let stored = b.compact ? Double(b.ints[1]) / Numbers.divisors[b.decimals] : b.numbers[1]
                    #expect(stored == full, "\(primer) then \(s): \(stored) vs \(full)")
                }
            }
        }
    }
}
