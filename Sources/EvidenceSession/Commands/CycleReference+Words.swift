import EvidenceData
import EvidenceAnalysis

/// Reading a `CycleReference` from command-line words, against a `CycleModel`, with carets and
/// suggestions on mistakes.
extension CycleReference {
    /// `MEASURE A -> B` or `COLUMN_A -> COLUMN_B` (or `COLUMN_A -> B`).
    public static func pair(_ words: [Word], model: CycleModel, args: Arguments, usage: String) throws -> CycleReference {
        let t = CommandLexer.splittingArrows(words)
        guard let arrow = t.firstIndex(where: \.isArrow) else {
            throw Diagnostic.usage(CyclesMessage.expectedPair(), span: words.first.map { args.span($0) } ?? args.endSpan,
                                   hint: CommonMessage.usage(.text(usage)))
        }
        let left = Array(t[..<arrow]), right = Array(t[(arrow + 1)...])
        guard right.count == 1, let rb = right.first else {
            throw Diagnostic.usage(CyclesMessage.expectedOneAfterArrow(), span: right.dropFirst().first.map { args.span($0) } ?? args.endSpan,
                                   hint: CommonMessage.usage(.text(usage)))
        }
        switch left.count {
        case 2:
            let m = try measure(left[0], model: model, args: args)
            let a = try cycle(left[1], of: m, model: model, args: args)
            let b = try cycle(rb, of: m, model: model, args: args)
            return CycleReference(measure: m, cycles: [a, b])
        case 1:
            guard let (m, a) = model.locate(column: left[0].text) else {
                throw unknown(left[0], model: model, args: args)
            }
            if let (m2, b) = model.locate(column: rb.text) {
                guard m2 == m else {
                    throw Diagnostic.usage(CyclesMessage.differentMeasures(.text(left[0].text), .text(rb.text), .text(m), .text(m2)), span: args.span(rb),
                                           hint: CyclesMessage.oneMeasure(.text(m), .text(a)))
                }
                return CycleReference(measure: m, cycles: [a, b])
            }
            return CycleReference(measure: m, cycles: [a, try cycle(rb, of: m, model: model, args: args)])
        default:
            throw Diagnostic.usage(CyclesMessage.expectedBeforeArrow(), span: left.first.map { args.span($0) } ?? args.endSpan,
                                   hint: CommonMessage.usage(.text(usage)))
        }
    }

    /// `MEASURE at A`, `COLUMN`, or `MEASURE` (its first cycle).
    public static func single(_ words: [Word], model: CycleModel, args: Arguments, usage: String) throws -> CycleReference {
        guard let first = words.first else {
            throw Diagnostic.usage(CyclesMessage.expectedMeasure(), span: args.endSpan, hint: CommonMessage.usage(.text(usage)))
        }
        if words.count == 1 {
            if let (m, c) = model.locate(column: first.text) { return CycleReference(measure: m, cycles: [c]) }
            let m = try measure(first, model: model, args: args)
            return CycleReference(measure: m, cycles: [model.cycles(of: m).first ?? ""])
        }
        if words.count == 2 {
            // `reading c1`, the `at` left out.
            let m = try measure(first, model: model, args: args)
            return CycleReference(measure: m, cycles: [try cycle(words[1], of: m, model: model, args: args)])
        }
        guard words.count == 3, words[1].isKeyword("at") else {
            throw Diagnostic.usage(CyclesMessage.expectedAt(), span: args.span(words[1]), hint: CommonMessage.usage(.text(usage)))
        }
        let m = try measure(first, model: model, args: args)
        return CycleReference(measure: m, cycles: [try cycle(words[2], of: m, model: model, args: args)])
    }

    static func measure(_ w: Word, model: CycleModel, args: Arguments) throws -> String {
        if let m = model.measure(named: w.text) { return m.name }
        if let (m, _) = model.locate(column: w.text) { return m }
        throw unknown(w, model: model, args: args)
    }

    static func cycle(_ w: Word, of m: String, model: CycleModel, args: Arguments) throws -> String {
        let cs = model.cycles(of: m)
        if let c = cs.first(where: { $0 == w.text }) ?? cs.first(where: { $0.lowercased() == w.text.lowercased() }) { return c }
        if let (m2, c) = model.locate(column: w.text), m2 == m { return c }
        throw Diagnostic.usage(CyclesMessage.measureHasNoCycle(.text(m), .text(w.text)), span: args.span(w),
                               hint: Suggestions.suggestion(w.text, in: cs) ?? CyclesMessage.itsCycles(.text(cs.joined(separator: " "))))
    }

    static func unknown(_ w: Word, model: CycleModel, args: Arguments) -> Diagnostic {
        if model.isEmpty {
            return Diagnostic.usage(CyclesMessage.noMeasureHere(), span: args.span(w), hint: CyclesMessage.wideOrLong())
        }
        let names = model.measures.map(\.name) + model.measures.flatMap { $0.columns.values }
        return Diagnostic.usage(CyclesMessage.noMeasureNamed(.text(w.text)), span: args.span(w),
                                hint: Suggestions.suggestion(w.text, in: names) ?? CyclesMessage.measuresList(.text(model.measures.map(\.name).joined(separator: ", "))))
    }
}
