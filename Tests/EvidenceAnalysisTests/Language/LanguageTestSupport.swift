@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Strips position markers (1️⃣ 2️⃣ 3️⃣ …) from a test string and returns the clean text and the
/// Character offset of each marker, in marker order — the swift-syntax convention.
func markers(_ s: String) -> (text: String, at: [Int]) {
    let marks: [Character] = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"]
    var out = ""
    var found: [(Int, Int)] = []
    var n = 0
    for ch in s {
        if let k = marks.firstIndex(of: ch) { found.append((k, n)) } else { out.append(ch); n += 1 }
    }
    return (out, found.sorted { $0.0 < $1.0 }.map(\.1))
}

/// The diagnostics a line produces through the language door (empty when it compiles).
func problems(_ line: String, schema: Checker.Schema = smallSchema, exprStart: Int? = nil) -> [Diagnostic] {
    let start = exprStart ?? (line.firstIndex(of: " ").map { line.distance(from: line.startIndex, to: $0) + 1 } ?? 0)
    let text = String(Array(line)[start...])
    do {
        _ = try Expressions.compile(text, offset: start, line: line, schema: schema)
        return []
    } catch let d as Diagnostic {
        return [d]
    } catch let l as DiagnosticList {
        return l.diagnostics
    } catch {
        return []
    }
}

let smallSchema = Checker.Schema(columns: [
    ("year", .number), ("reading_c1", .number), ("reading_c2", .number), ("class", .text),
    ("writing_c1", .grade), ("sen", .boolean), ("läsning_ht24", .number), ("Läsförståelse HT24", .number),
])

/// A small hand-made table with missing values in every column.
func smallTable() -> Table {
    Table(columns: [
        .numbers("year", [5, 5, 4, nil, 6]),
        .numbers("reading_c1", [340, 360, nil, 400, 300]),
        .numbers("reading_c2", [350, nil, 420, 390, 330]),
        .texts("class", ["5A", "5B", "4A", "5A", nil]),
        .grades("writing_c1", [.C, .A, nil, .F, .E]),
        .booleans("sen", [true, false, nil, false, true]),
        .numbers("läsning_ht24", [1, 2, 3, 4, 5]),
        .numbers("Läsförståelse HT24", [0, 0, 1, 1, nil]),
    ])
}

/// Evaluate over the small table and return boxed values (for readable expectations).
func values(_ text: String, in table: Table = smallTable()) throws -> [Value] {
    let d = ResolvedDataset(name: "t", table: table, selection: nil)
    let c = try Expressions.evaluate(text, offset: 0, line: text, in: d)
    return (0..<c.count).map { c.value(at: $0) }
}

let M = Value.missing(.empty)
func N(_ d: Double) -> Value { .number(d) }
func B(_ b: Bool) -> Value { .boolean(b) }
