/// The words of `cycles`: the measures found at several cycles (Skolverket's "mättillfälle").
public enum CyclesMessage: String, MessageKey {
    case orderNatural, orderFixed, noMeasure, gradePoints, number
    case wide, longMeasureValue, longColumns, title, measure, type, footer, natural, fixedWithOrder
    case expectedLabels, noCycle, cyclesList, namedTwice
    case expectedPair, expectedOneAfterArrow, differentMeasures, oneMeasure, expectedBeforeArrow, expectedMeasure, expectedAt
    case measureHasNoCycle, itsCycles, noMeasureHere, wideOrLong, noMeasureNamed, measuresList

    public var entries: [Language: String] {
        switch self {
        case .orderNatural: [.en: "cycle order: {1} (natural)", .sv: "ordning för mättillfällena: {1} (naturlig)"]
        case .orderFixed: [.en: "cycle order: {1} (fixed for {2})", .sv: "ordning för mättillfällena: {1} (fast för {2})"]
        case .noMeasure:
            [.en: "no measure observed at several cycles in {1}: wide data needs columns like reading_c1, reading_c2; long data a cycle column",
             .sv: "inget mått finns vid flera mättillfällen i {1}: bred data behöver kolumner som reading_c1, reading_c2; lång data en kolumn för mättillfälle"]
        case .gradePoints: [.en: "grade (points)", .sv: "betyg (poäng)"]
        case .number: [.en: "number", .sv: "tal"]
        case .wide: [.en: "wide (one column per measure and cycle)", .sv: "bred (en kolumn per mått och mättillfälle)"]
        case .longMeasureValue:
            [.en: "long (cycle column '{1}', measure column '{2}', value column '{3}')",
             .sv: "lång (mättillfällen i '{1}', mått i '{2}', värden i '{3}')"]
        case .longColumns: [.en: "long (cycle column '{1}', one column per measure)", .sv: "lång (mättillfällen i '{1}', en kolumn per mått)"]
        case .title: [.en: "{1}: {2:measure|measures} × {3:cycle|cycles}, {4}", .sv: "{1}: {2:mått|mått} × {3:mättillfälle|mättillfällen}, {4}"]
        case .measure: [.en: "measure", .sv: "mått"]
        case .type: [.en: "type", .sv: "typ"]
        case .footer: [.en: "cycle order: {1} ({2})", .sv: "ordning för mättillfällena: {1} ({2})"]
        case .natural: [.en: "natural", .sv: "naturlig"]
        case .fixedWithOrder: [.en: "fixed with 'cycles order'", .sv: "fastlagd med 'cycles order'"]
        case .expectedLabels: [.en: "expected cycle labels after 'order'", .sv: "det saknas mättillfällen efter 'order'"]
        case .noCycle: [.en: "no cycle '{1}'", .sv: "inget mättillfälle '{1}'"]
        case .cyclesList: [.en: "cycles: {1}", .sv: "mättillfällen: {1}"]
        case .namedTwice: [.en: "cycle '{1}' named twice", .sv: "mättillfället '{1}' är angivet två gånger"]
        case .expectedPair: [.en: "expected 'MEASURE A -> B', e.g. 'reading c1 -> c2'", .sv: "här ska det stå 'MÅTT A -> B', t.ex. 'reading c1 -> c2'"]
        case .expectedOneAfterArrow: [.en: "expected one cycle or column after '->'", .sv: "efter '->' ska det stå ett mättillfälle eller en kolumn"]
        case .differentMeasures: [.en: "'{1}' and '{2}' are different measures ({3}, {4})", .sv: "'{1}' och '{2}' är olika mått ({3}, {4})"]
        case .oneMeasure:
            [.en: "compare one measure across cycles, e.g. '{1} {2} -> …'", .sv: "jämför ett och samma mått mellan mättillfällen, t.ex. '{1} {2} -> …'"]
        case .expectedBeforeArrow:
            [.en: "expected 'MEASURE A -> B' before '->'", .sv: "före '->' ska det stå ett mått och ett mättillfälle, som i 'MÅTT A -> B'"]
        case .expectedMeasure: [.en: "expected a measure, e.g. 'reading at c1'", .sv: "det saknas ett mått, t.ex. 'reading at c1'"]
        case .expectedAt: [.en: "expected 'MEASURE at CYCLE'", .sv: "här ska det stå 'MÅTT at MÄTTILLFÄLLE'"]
        case .measureHasNoCycle: [.en: "'{1}' has no cycle '{2}'", .sv: "'{1}' har inget mättillfälle '{2}'"]
        case .itsCycles: [.en: "its cycles: {1}", .sv: "dess mättillfällen: {1}"]
        case .noMeasureHere:
            [.en: "no measure observed at several cycles in this dataset", .sv: "inget mått finns vid flera mättillfällen i den här datamängden"]
        case .wideOrLong:
            [.en: "wide data needs columns like reading_c1, reading_c2; long data a cycle column",
             .sv: "bred data behöver kolumner som reading_c1, reading_c2; lång data en kolumn för mättillfälle"]
        case .noMeasureNamed: [.en: "no measure '{1}' observed at several cycles", .sv: "inget mått '{1}' finns vid flera mättillfällen"]
        case .measuresList: [.en: "measures: {1}", .sv: "mått: {1}"]
        }
    }
}
