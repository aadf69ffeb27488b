import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession

/// A session holding `table` as dataset `name` (current), for analysis tests.
package func session(with table: Table, name: String = "t") -> Session {
    let s = Session(environment: .plain)
    s.settings.width = 200
    s.addTable(LoadedTable(table: table, source: DataSource(path: nil, description: "test table")), name: name)
    return s
}

package func text(_ s: Session, _ line: String) -> (String, Output) {
    let o = s.run(line)
    return (TextRenderer.renderString(o, options: s.renderOptions), o)
}

/// The cells of the table titled `title` in an output.
package func table(_ o: Output, titled title: String) -> ResultTable? {
    for b in o.blocks { if case .table(let t) = b, t.title?.hasPrefix(title) == true { return t } }
    return nil
}

package func warnings(_ o: Output) -> [String] {
    o.blocks.compactMap { if case .warning(let w) = $0 { w.text } else { nil } }
}

/// The demo school in long form: one row per student × cycle with reading and maths columns.
package func demoLong(measureValue: Bool = false) -> Table {
    let w = DemoSchool.table()
    var ids: [String?] = [], cycles: [String?] = [], years: [Double?] = [], classes: [String?] = []
    var reading: [Double?] = [], maths: [Double?] = [], measures: [String?] = [], values: [Double?] = []
    guard let id = w.column(named: "student_id"), let cls = w.column(named: "class"), let yr = w.column(named: "year") else { return w }
    for i in 0..<w.rowCount {
        for k in 1...3 {
            let r = w.column(named: "reading_c\(k)")!.value(at: i), m = w.column(named: "maths_c\(k)")!.value(at: i)
            func num(_ v: Value) -> Double? { if case .number(let d) = v { d } else { nil } }
            if measureValue {
                for (name, v) in [("reading", r), ("maths", m)] {
                    ids.append(id.value(at: i).description); cycles.append("c\(k)"); years.append(num(yr.value(at: i)))
                    classes.append(cls.value(at: i).description); measures.append(name); values.append(num(v))
                }
            } else {
                ids.append(id.value(at: i).description); cycles.append("c\(k)"); years.append(num(yr.value(at: i)))
                classes.append(cls.value(at: i).description); reading.append(num(r)); maths.append(num(m))
            }
        }
    }
    var cols: [Column] = [.texts("student_id", ids, isID: true), .texts("class", classes), .numbers("year", years), .texts("cycle", cycles)]
    cols += measureValue ? [.texts("measure", measures), .numbers("value", values)] : [.numbers("reading", reading), .numbers("maths", maths)]
    return Table(columns: cols)
}

extension String {
    /// Rendered output with its wrapped prose joined again (WordWrap indents a continuation
    /// line two spaces), for tests that look for a whole sentence.
    package var unwrapped: String { replacingOccurrences(of: "\n  ", with: " ") }
}
