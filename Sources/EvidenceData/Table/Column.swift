/// The value types a column or an expression can have.
public enum ValueType: String, Sendable, CaseIterable {
    case number, text, grade, boolean, date
}

/// One typed, contiguous column. Every kind keeps a validity mask (bit set = present);
/// missing slots in `values` hold a neutral filler (NaN, code 0) so loops need no branches.
/// `markers` remembers, sparsely, which missing values were Skolverket markers rather than empty.
public struct Column: Sendable {
    public var name: String
    public var data: ColumnData
    public var validity: Bitmap
    public var markers: [Int32: MissingKind]
    /// True for the column that identifies students (student_id, elev_id, …).
    public var isID: Bool

    public init(name: String, data: ColumnData, validity: Bitmap? = nil,
                markers: [Int32: MissingKind] = [:], isID: Bool = false) {
        self.name = name
        self.data = data
        self.validity = validity ?? Bitmap(count: data.count, allSet: true)
        self.markers = markers
        self.isID = isID
        precondition(self.validity.count == data.count, "validity mask does not match column length")
    }

    public var count: Int { data.count }
    public var type: ValueType { data.type }
    public var missingCount: Int { count - validity.popcount }
    @inline(__always) public func isPresent(_ row: Int) -> Bool { validity[row] }

    public func missingKind(at row: Int) -> MissingKind? {
        if validity[row] { return nil }
        return markers[Int32(row)] ?? .empty
    }

    /// The value at `row` as a boxed `Value` (for display and tests; not for hot loops).
    public func value(at row: Int) -> Value {
        if !validity[row] { return .missing(markers[Int32(row)] ?? .empty) }
        switch data {
        case .number(let v): return .number(v[row])
        case .text(let t): return .text(t.dictionary[Int(t.codes[row])])
        case .grade(let g): return .grade(Grade(rawValue: g[row]) ?? .F)
        case .boolean(let b): return .boolean(b[row])
        case .date(let d): return .date(d[row])
        }
    }

    /// A new column holding only `rows` (in that order).
    public func gather(_ rows: [Int32]) -> Column {
        let newData: ColumnData
        switch data {
        case .number(let v): newData = .number(v.gather(rows))
        case .text(let t): newData = .text(TextData(codes: rows.map { t.codes[Int($0)] }, dictionary: t.dictionary))
        case .grade(let g): newData = .grade(rows.map { g[Int($0)] })
        case .boolean(let b): newData = .boolean(b.gather(rows))
        case .date(let d): newData = .date(rows.map { d[Int($0)] })
        }
        var m: [Int32: MissingKind] = [:]
        if !markers.isEmpty {
            for (j, r) in rows.enumerated() { if let k = markers[r] { m[Int32(j)] = k } }
        }
        return Column(name: name, data: newData, validity: validity.gather(rows), markers: m, isID: isID)
    }
}

/// Dictionary-encoded text: most text columns are categorical (school, class, gender).
public struct TextData: Sendable {
    public var codes: [UInt32]
    public var dictionary: [String]
    public init(codes: [UInt32], dictionary: [String]) {
        self.codes = codes
        self.dictionary = dictionary
    }

    /// Encode plain strings (missing entries as nil).
    public static func encode(_ values: [String?]) -> (TextData, Bitmap) {
        var dict: [String: UInt32] = [:]
        var words: [String] = []
        var codes = [UInt32](repeating: 0, count: values.count)
        var valid = Bitmap(count: values.count, allSet: false)
        for (i, v) in values.enumerated() {
            guard let v else { continue }
            valid[i] = true
            if let c = dict[v] { codes[i] = c } else {
                let c = UInt32(words.count)
                dict[v] = c
                words.append(v)
                codes[i] = c
            }
        }
        return (TextData(codes: codes, dictionary: words), valid)
    }
}

public enum ColumnData: Sendable {
    case number(Numbers)
    case text(TextData)
    /// Grade codes (Grade.rawValue), 0 = F … 5 = A.
    case grade([UInt8])
    case boolean(Bitmap)
    /// Days since 1970-01-01, the fraction the time of day (`Dates`); NaN in missing slots.
    case date([Double])

    public var count: Int {
        switch self {
        case .number(let v): v.count
        case .text(let t): t.codes.count
        case .grade(let g): g.count
        case .boolean(let b): b.count
        case .date(let d): d.count
        }
    }

    public var type: ValueType {
        switch self {
        case .number: .number
        case .text: .text
        case .grade: .grade
        case .boolean: .boolean
        case .date: .date
        }
    }
}

extension Column {
    /// Convenience constructors, mainly for tests and the demo data.
    public static func numbers(_ name: String, _ values: [Double?]) -> Column {
        Column(name: name, data: .number(Numbers(values.map { $0 ?? .nan })), validity: Bitmap(values.map { $0 != nil }))
    }
    public static func texts(_ name: String, _ values: [String?], isID: Bool = false) -> Column {
        let (t, v) = TextData.encode(values)
        return Column(name: name, data: .text(t), validity: v, isID: isID)
    }
    public static func grades(_ name: String, _ values: [Grade?]) -> Column {
        Column(name: name, data: .grade(values.map { $0?.rawValue ?? 0 }), validity: Bitmap(values.map { $0 != nil }))
    }
    /// Dates from ISO text (`2025-03-14`); nil or text that is no date is missing.
    public static func dates(_ name: String, _ values: [String?]) -> Column {
        let d = values.map { $0.flatMap(Dates.parse) }
        return Column(name: name, data: .date(d.map { $0 ?? .nan }), validity: Bitmap(d.map { $0 != nil }))
    }
    public static func booleans(_ name: String, _ values: [Bool?]) -> Column {
        Column(name: name, data: .boolean(Bitmap(values.map { $0 ?? false })), validity: Bitmap(values.map { $0 != nil }))
    }
}
