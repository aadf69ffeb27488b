import EvidenceData

/// Several vectors of one type as plain `[Double]` lanes (numbers as they are, grade codes,
/// booleans as 0/1, text as codes into one merged dictionary), so `if` and `coalesce` can pick
/// values row by row with one loop and rebuild a typed column afterwards.
package struct Lanes {
    package var values: [([Double], Bitmap)] = []
    package var type: ExprType
    package var dictionary: [String] = []

    package init(_ vecs: ArraySlice<Vec>, type: ExprType, rows n: Int) {
        self.type = type
        var index: [String: Int] = [:]
        func code(_ s: String) -> Double {
            if let k = index[s] { return Double(k) }
            index[s] = dictionary.count
            dictionary.append(s)
            return Double(dictionary.count - 1)
        }
        for v in vecs {
            if type == .text {
                switch v {
                case .column(.text(let t), let valid):
                    let map = t.dictionary.map(code)
                    values.append((t.codes.map { Int($0) < map.count ? map[Int($0)] : 0 }, valid))
                case .constant(.text(let s)):
                    values.append(([Double](repeating: code(s), count: n), Bitmap(count: n, allSet: true)))
                default:
                    values.append(([Double](repeating: 0, count: n), Bitmap(count: n, allSet: false)))
                }
            } else {
                values.append(FunctionLibrary.numbers(v, n))
            }
        }
    }

    package func rebuild(_ v: [Double], _ valid: Bitmap) -> Vec {
        switch type {
        case .number: .column(.number(Numbers(v)), valid)
        case .grade: .column(.grade(v.map { $0.isFinite ? UInt8(Swift.max(0, Swift.min(5, $0))) : 0 }), valid)
        case .boolean: .column(.boolean(Bitmap(v.map { $0 == 1 }) & valid), valid)
        case .date: .column(.date(v), valid)
        case .text: .column(.text(TextData(codes: v.map { $0.isFinite && $0 >= 0 ? UInt32($0) : 0 }, dictionary: dictionary.isEmpty ? [""] : dictionary)), valid)
        case .missing: .constant(.missing(.empty))
        }
    }
}
