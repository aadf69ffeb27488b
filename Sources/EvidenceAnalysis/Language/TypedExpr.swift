import EvidenceData

/// The type of an expression. `missing` is the type of the literal `missing`: it fits anywhere
/// and makes the result missing.
public enum ExprType: String, Sendable, Equatable {
    case number, text, grade, boolean, date, missing

    package init(_ t: ValueType) {
        switch t {
        case .number: self = .number
        case .text: self = .text
        case .grade: self = .grade
        case .boolean: self = .boolean
        case .date: self = .date
        }
    }
}

/// The tree after type checking: names resolved, grade literals turned into grades, every node
/// typed and still carrying its source range. The evaluator runs this, a column at a time.
public struct TypedExpr: Sendable {
    public indirect enum Node: Sendable {
        case constant(Value)
        case column(String)
        case negate(TypedExpr)
        case not(TypedExpr)
        case arithmetic(BinaryOp, TypedExpr, TypedExpr)
        case compare(BinaryOp, TypedExpr, TypedExpr)
        case logic(BinaryOp, TypedExpr, TypedExpr)
        case inList(TypedExpr, [Value])
        case between(TypedExpr, TypedExpr, TypedExpr)
        case isMissing(TypedExpr, negated: Bool)
        case call(FunctionSpec, [TypedExpr])
    }

    public var node: Node
    public var type: ExprType
    public var range: Range<Int>

    public init(_ node: Node, _ type: ExprType, _ range: Range<Int>) {
        self.node = node
        self.type = type
        self.range = range
    }

    /// The constant value, when this node is one.
    package var constant: Value? { if case .constant(let v) = node { v } else { nil } }

    /// True when an aggregate function appears anywhere in the tree.
    public var containsAggregate: Bool {
        switch node {
        case .constant, .column: false
        case .negate(let a), .not(let a), .isMissing(let a, _), .inList(let a, _): a.containsAggregate
        case .arithmetic(_, let a, let b), .compare(_, let a, let b), .logic(_, let a, let b):
            a.containsAggregate || b.containsAggregate
        case .between(let a, let b, let c): a.containsAggregate || b.containsAggregate || c.containsAggregate
        case .call(let f, let xs): f.isAggregate || xs.contains { $0.containsAggregate }
        }
    }
}

/// A column of values during evaluation: a constant (broadcast lazily) or typed contiguous data
/// with a validity mask. Boolean data keeps `values ⊆ validity`, so three-valued logic is a few
/// word operations.
public enum Vec: Sendable {
    case constant(Value)
    case column(ColumnData, Bitmap)

    /// As a column of `count` rows (constants broadcast).
    package func column(count n: Int, type: ExprType, name: String) -> Column {
        switch self {
        case .column(let d, let v): return Column(name: name, data: d, validity: v)
        case .constant(let value):
            let all = Bitmap(count: n, allSet: true), none = Bitmap(count: n, allSet: false)
            switch value {
            case .number(let d): return Column(name: name, data: .number(Numbers([Double](repeating: d, count: n))), validity: all)
            case .text(let s):
                return Column(name: name, data: .text(TextData(codes: [UInt32](repeating: 0, count: n), dictionary: [s])), validity: all)
            case .grade(let g): return Column(name: name, data: .grade([UInt8](repeating: g.rawValue, count: n)), validity: all)
            case .boolean(let b): return Column(name: name, data: .boolean(Bitmap(count: n, allSet: b)), validity: all)
            case .date(let d): return Column(name: name, data: .date([Double](repeating: d, count: n)), validity: all)
            case .missing:
                let data: ColumnData
                switch type {
                case .text: data = .text(TextData(codes: [UInt32](repeating: 0, count: n), dictionary: []))
                case .grade: data = .grade([UInt8](repeating: 0, count: n))
                case .boolean: data = .boolean(none)
                case .date: data = .date([Double](repeating: .nan, count: n))
                case .number, .missing: data = .number(Numbers([Double](repeating: .nan, count: n)))
                }
                return Column(name: name, data: data, validity: none)
            }
        }
    }
}
