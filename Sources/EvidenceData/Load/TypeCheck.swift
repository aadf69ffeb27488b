/// Values that did not fit their column's kind, counted over all parts of a read: a few are a
/// type error (or, lenient, rows to leave out), many mean the column is text after all.
enum TypeCheck {
    enum Verdict {
        /// Build the table without the rows in `drop` (lenient), which are reported as skipped.
        case keep(drop: Set<Int32>, skipped: [SkippedRow])
        /// Read again with these columns as text.
        case demote(Set<Int>)
        /// Read again with a decimal comma: numbers written `12,5` first appear after the sample.
        case decimalComma
    }

    /// Number columns whose odd values (the first 1000) are all numbers with a decimal comma.
    static func decimalCommaColumns<R: TextFieldReader>(_ parts: FieldParts, plan: R.Plan, reader: R) -> [Int] {
        let layout = plan.layout
        guard !layout.decimalComma else { return [] }
        let comma = NumberParser(decimalComma: true)
        var t = false
        return (0..<layout.columnCount).filter { j in
            guard layout.kinds[j] == .number, parts.builders.contains(where: { $0[j].misfits > 0 }) else { return false }
            return parts.builders.allSatisfy { p in
                p[j].misfitOffsets.allSatisfy { at in
                    let s = Array(reader.fieldText(at: at, in: plan).utf8)
                    return s.contains(UInt8(ascii: ",")) && s.withUnsafeBufferPointer { b in
                        comma.parse(b.baseAddress!, b.count, usedThousands: &t) != nil
                    }
                }
            }
        }
    }

    static func verdict<R: TextFieldReader>(_ parts: FieldParts, plan: R.Plan, lenient: Bool, reader: R) throws -> Verdict {
        let layout = plan.layout
        if layout.decimalCommaPossible, !decimalCommaColumns(parts, plan: plan, reader: reader).isEmpty { return .decimalComma }
        var drop = Set<Int32>()
        var skipped: [SkippedRow] = []
        var demote = Set<Int>()
        var rowBase: [Int] = [0]
        for r in parts.rows { rowBase.append(rowBase.last! + r) }
        for j in 0..<layout.columnCount where layout.kinds[j] != .text {
            let misfits = parts.builders.reduce(0) { $0 + $1[j].misfits }
            guard misfits > 0 else { continue }
            let good = parts.builders.reduce(0) { $0 + $1[j].validity.popcount }
            if good >= 20, misfits <= max(1, good / 100) {
                if !lenient { throw typeError(column: j, parts: parts, good: good, plan: plan, reader: reader) }
                for (k, p) in parts.builders.enumerated() {
                    for (r, at) in zip(p[j].misfitRows, p[j].misfitOffsets) {
                        drop.insert(Int32(rowBase[k]) + r)
                        skipped.append(SkippedRow(position: at, kind: "type"))
                    }
                }
            } else {
                demote.insert(j)
            }
        }
        return demote.isEmpty ? .keep(drop: drop, skipped: skipped) : .demote(demote)
    }

    static func typeError<R: TextFieldReader>(column j: Int, parts: FieldParts, good: Int, plan: R.Plan, reader: R) -> Diagnostic {
        let at = parts.builders.lazy.compactMap { $0[j].firstMisfit?.offset }.first ?? 0
        let kind = plan.layout.kinds[j]
        typealias M = ReaderMessage
        let what = switch kind {
        case .number: M.typeNumbers()
        case .grade: M.typeGrades()
        case .date: M.typeDates()
        case .boolean, .text: M.typeBooleans()
        }
        let misfits = parts.builders.reduce(0) { $0 + $1[j].misfits }
        return Diagnostic(.error, category: .data, kind: M.kindType(),
                          message: M.typeMisfit(.text(reader.fieldText(at: at, in: plan)), .text(plan.layout.names[j]), .quantity(good), .message(what)),
                          location: reader.location(of: at, in: plan), hint: M.typeHint())
            .noting(misfits > 1 ? [M.typeMore(.quantity(misfits))] : [])
    }
}
